/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-language-names.h"

/**
 * pl_language_name:
 * @code: a UN language's code, as the session stores it ("fr")
 *
 * The language in words, in the interface's language ("French"): what
 * the Translations page and its notices say, never the code.
 *
 * Returns: (transfer none): the name, or @code for another language
 */
const char *
pl_language_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "ar", NC_("language", "Arabic") },
    { "zh", NC_("language", "Chinese") },
    { "en", NC_("language", "English") },
    { "fr", NC_("language", "French") },
    { "ru", NC_("language", "Russian") },
    { "es", NC_("language", "Spanish") },
  };

  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strncasecmp (code, names[i].code, 2) == 0 && (code[2] == '\0' || code[2] == '_' || code[2] == '-'))
      return g_dpgettext2 (GETTEXT_PACKAGE, "language", names[i].name);

  return code;
}
