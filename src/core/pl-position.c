/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include "pl-position.h"

/*
 * Fractional indexing (DESIGN.md, "The document format"): siblings are
 * ordered by a string key, compared byte by byte, and a new key can always
 * be made between two others. Moving an item then rewrites one record, and
 * two people reordering offline each write different records, which merge.
 *
 * Keys are strings over the 62 digits below (in ASCII order) that do not
 * end in '0', so that there is always room after a key's last digit.
 */
static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
#define BASE 62

static int
digit_value (char c)
{
  const char *p = c != '\0' ? strchr (digits, c) : NULL;

  return p != NULL ? (int) (p - digits) : -1;
}

/* A key strictly between @a and @b (@a may be "", @b may be NULL for "no
 * upper bound"), appended to @out. Both are valid keys and a < b. */
static void
midpoint (GString    *out,
          const char *a,
          const char *b)
{
  int da, db;

  if (b != NULL)
    {
      gsize alen = strlen (a);
      gsize n = 0;

      /* Copy the common prefix, reading a's missing digits (past its end)
       * as '0'. */
      while (b[n] != '\0' && (n < alen ? a[n] : '0') == b[n])
        n++;

      if (n > 0)
        {
          g_string_append_len (out, b, n);
          midpoint (out, alen >= n ? a + n : "", b + n);
          return;
        }
    }

  da = a[0] != '\0' ? digit_value (a[0]) : 0;
  db = b != NULL ? digit_value (b[0]) : BASE;

  if (db - da > 1)
    {
      g_string_append_c (out, digits[(da + db + 1) / 2]);
    }
  else if (b != NULL && b[1] != '\0')
    {
      /* b's first digit alone is below b and above a. */
      g_string_append_c (out, b[0]);
    }
  else
    {
      g_string_append_c (out, digits[da]);
      midpoint (out, a[0] != '\0' ? a + 1 : "", NULL);
    }
}

static gboolean
is_valid_key (const char *key)
{
  gsize len;

  if (key == NULL || key[0] == '\0')
    return FALSE;

  for (const char *p = key; *p; p++)
    if (digit_value (*p) < 0)
      return FALSE;

  len = strlen (key);
  return key[len - 1] != '0';
}

/**
 * pl_position_between:
 * @before: (nullable): the key of the sibling before, or %NULL at the start
 * @after: (nullable): the key of the sibling after, or %NULL at the end
 *
 * Returns: (transfer full) (nullable): a key strictly between the two, or
 *   %NULL when none can be made (the keys are equal, out of order, or not
 *   keys this function makes): the caller then spreads the siblings anew
 *   with pl_position_spread().
 */
char *
pl_position_between (const char *before,
                     const char *after)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (before != NULL && !is_valid_key (before))
    return NULL;
  if (after != NULL && !is_valid_key (after))
    return NULL;
  if (before != NULL && after != NULL && strcmp (before, after) >= 0)
    return NULL;

  if (before != NULL && after == NULL)
    {
      /* Appending is the common case: step the last digit up rather than
       * halve the distance to the end, and when it is at the top start a
       * new digit at the bottom, so a list built one item at a time grows
       * its keys by one digit per 61 items, not one per few. */
      gsize len = strlen (before);
      int last = digit_value (before[len - 1]);

      g_string_append (out, before);
      if (last < BASE - 1)
        out->str[len - 1] = digits[last + 1];
      else
        g_string_append_c (out, digits[1]);
    }
  else
    {
      midpoint (out, before != NULL ? before : "", after);
    }

  g_assert (before == NULL || strcmp (before, out->str) < 0);
  g_assert (after == NULL || strcmp (out->str, after) < 0);
  g_assert (is_valid_key (out->str));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * pl_position_spread:
 * @n: how many keys
 *
 * Returns: (transfer full): @n increasing keys, evenly spread, for a fresh
 *   list of siblings.
 */
GStrv
pl_position_spread (guint n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint width = 1;
  guint64 space = BASE;

  while (space <= (guint64) n + 1)
    {
      width++;
      space *= BASE;
    }

  for (guint i = 0; i < n; i++)
    {
      guint64 value = (guint64) (i + 1) * space / ((guint64) n + 1);
      char key[16] = { 0 };

      for (guint d = width; d > 0; d--)
        {
          key[d - 1] = digits[value % BASE];
          value /= BASE;
        }

      /* Trailing zeros carry no order; a key must not end in one. */
      for (guint d = width; d > 1 && key[d - 1] == '0'; d--)
        key[d - 1] = '\0';

      g_strv_builder_add (builder, key);
    }

  return g_strv_builder_end (builder);
}

/* NULL sorts first, then byte order. */
int
pl_position_compare (const char *a,
                     const char *b)
{
  return g_strcmp0 (a, b);
}
