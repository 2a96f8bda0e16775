/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-session-file.h"
#include "pl-versions.h"
#include "pl-xliff.h"

/*
 * translations FILE export|import --language LL XLIFF (issue 21): the
 * texts to translate go out as XLIFF 1.2 and come back as language
 * versions. An import is all or nothing for a file that cannot be read
 * (exit 2, FILE unchanged); units whose original changed meanwhile are
 * refused and listed on stderr, the others applied and FILE saved (exit 1
 * then, as for findings, so that a script sees something to look at).
 */
int
pl_cli_translations (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE export|import --language LL XLIFF — exchange texts with translators"));
  g_autofree char *language = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The translators’ language (ar, zh, en, fr, ru, es)"), N_("LL") },
    { NULL }
  };
  const char *action, *xliff;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("export writes every text a document prints (titles, annotations, notes…) "
                                      "as XLIFF 1.2, the original as source and the LL version as target, with "
                                      "its state: new, translated, or needs-review-translation when the original "
                                      "changed since it was translated. import reads such a file back: a file "
                                      "that is not XLIFF 1.2 for LL changes nothing (exit 2); a unit whose "
                                      "original changed since the export is refused and listed on stderr, the "
                                      "others are applied and FILE is saved (exit 1 if any unit was refused, "
                                      "0 otherwise)."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 4)
    return pl_cli_usage_error (context, _("translations: give the session file, export or import, and the XLIFF file"));
  action = argv[2];
  xliff = argv[3];
  if (!g_str_equal (action, "export") && !g_str_equal (action, "import"))
    return pl_cli_usage_error (context, _("translations: the action is export or import"));
  if (language == NULL)
    return pl_cli_usage_error (context, _("translations: give the language with --language LL"));
  if (!pl_versions_is_language (language))
    return pl_cli_usage_error (context, _("translations: --language is one of ar, zh, en, fr, ru, es"));

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (g_str_equal (action, "export"))
    {
      if (!pl_xliff_write (session, language, xliff, &error))
        {
          g_printerr ("plenary-cli: %s: %s\n", xliff, error->message);
          return EXIT_BAD_INPUT;
        }
      return EXIT_OK;
    }

  if (!pl_xliff_read (session, xliff, language, &refused, &error))
    {
      g_printerr (_("plenary-cli: %s; %s was not changed\n"), error->message, argv[1]);
      return EXIT_BAD_INPUT;
    }
  for (guint i = 0; i < refused->len; i++)
    /* Translators: the XLIFF file, then a unit id and why it was refused */
    g_printerr (_("%s: refused: %s\n"), xliff, (const char *) g_ptr_array_index (refused, i));
  if (!pl_session_file_save (session, argv[1], &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  return refused->len > 0 ? EXIT_FINDINGS : EXIT_OK;
}
