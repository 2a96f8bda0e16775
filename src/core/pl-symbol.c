/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pl-symbol.h"

G_DEFINE_QUARK (pl-symbol-error-quark, pl_symbol_error)

/*
 * UN document symbols (RULES.md, "The session"): a series of capital
 * letters, then components separated by '/': CTOC/COP/2020/1,
 * CTOC/COP/2020/CRP.1, E/CN.7/2020/16, A/75/L.1/Rev.1/Add.2. Two symbols of
 * a jointly issued document are joined by '-':
 * E/CN.7/2020/16-E/CN.15/2020/16.
 *
 * A component is a number (2020, 16), a capital-letter code with an
 * optional number (COP, CN.7, CRP.1, L.1, INF.2), or one of the
 * capitalized suffixes of revisions and addenda (Add.1, Rev.1, Corr.1,
 * Amend.1, Summary).
 */

static const char * const suffixes[] = { "Add", "Rev", "Corr", "Amend", "Summary", "Sup", "Misc" };

static gboolean
fail (GError    **error,
      const char *symbol,
      const char *reason)
{
  g_set_error (error, PL_SYMBOL_ERROR, PL_SYMBOL_ERROR_INVALID,
               /* Translators: “%s” is a document symbol, then why it is wrong */
               _("“%s” is not a document symbol: %s"), symbol, reason);
  return FALSE;
}

static gboolean
is_number (const char *s,
           gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* CODE or CODE.N, capitals (and digits after the first letter); or a
 * suffix, Add.N. */
static gboolean
is_code (const char *s,
         gsize       len)
{
  const char *dot = memchr (s, '.', len);
  gsize head = dot ? (gsize) (dot - s) : len;

  if (dot != NULL && !is_number (dot + 1, len - head - 1))
    return FALSE;
  if (head == 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (strlen (suffixes[i]) == head && strncmp (s, suffixes[i], head) == 0)
      return TRUE;

  if (!g_ascii_isupper (s[0]))
    return FALSE;
  for (gsize i = 1; i < head; i++)
    if (!g_ascii_isupper (s[i]) && !g_ascii_isdigit (s[i]))
      return FALSE;

  return TRUE;
}

static gboolean
validate_single (const char  *whole,
                 const char  *s,
                 gsize        len,
                 GError     **error)
{
  gsize start = 0;
  guint n_components = 0;

  if (len == 0)
    return fail (error, whole, _("a joined symbol has an empty part"));

  for (gsize i = 0; i <= len; i++)
    {
      if (i < len && s[i] != '/')
        continue;

      if (i == start)
        return fail (error, whole, _("it has an empty component (two slashes, or a slash at an end)"));

      if (n_components == 0)
        {
          for (gsize k = start; k < i; k++)
            if (!g_ascii_isupper (s[k]))
              return fail (error, whole, _("it must begin with a series in capital letters, such as A, E or CTOC"));
        }
      else if (!is_number (s + start, i - start) && !is_code (s + start, i - start))
        {
          g_autofree char *component = g_strndup (s + start, i - start);
          g_autofree char *reason =
            /* Translators: a component of a document symbol, such as "CRP.1" */
            g_strdup_printf (_("the component “%s” is neither a number nor a code such as CRP.1 or Add.1"),
                             component);
          return fail (error, whole, reason);
        }

      n_components++;
      start = i + 1;
    }

  if (n_components < 2)
    return fail (error, whole, _("it needs a series and at least one more component, as in A/75/1"));

  return TRUE;
}

/**
 * pl_symbol_validate:
 *
 * Checks that @symbol is a UN document symbol.
 *
 * Returns: %TRUE if it is; otherwise %FALSE with @error saying why
 */
gboolean
pl_symbol_validate (const char  *symbol,
                    GError     **error)
{
  const char *part;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (symbol == NULL || symbol[0] == '\0')
    return fail (error, "", _("it is empty"));

  for (const char *p = symbol; *p; p++)
    {
      if (g_ascii_isspace (*p))
        return fail (error, symbol, _("it contains a space"));
      if (!g_ascii_isalnum (*p) && *p != '/' && *p != '.' && *p != '-')
        {
          g_autofree char *reason =
            g_strdup_printf (_("the character “%.*s” at position %d is not allowed"),
                             (int) (g_utf8_next_char (p) - p), p, (int) g_utf8_pointer_to_offset (symbol, p) + 1);
          return fail (error, symbol, reason);
        }
    }

  part = symbol;
  for (;;)
    {
      const char *dash = strchr (part, '-');
      gsize len = dash ? (gsize) (dash - part) : strlen (part);

      if (!validate_single (symbol, part, len, error))
        return FALSE;
      if (dash == NULL)
        break;
      part = dash + 1;
    }

  return TRUE;
}
