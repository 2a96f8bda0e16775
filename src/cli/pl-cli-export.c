/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-export.h"
#include "pl-session-file.h"

int
pl_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — write a session's document"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what_name = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  PlExportWhat what;
  PlExportFormat format;
  const GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what_name, N_("The document: agenda"), N_("WHAT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("pdf, html, odt (flat .fodt) or md"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("OUT") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The document's language (en, fr, es, ru, ar, zh); English if its translation is not installed"), N_("LL") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("export: give one session file"));
  if (what_name == NULL)
    return pl_cli_usage_error (context, _("export: --what is required"));
  if (format_name == NULL)
    return pl_cli_usage_error (context, _("export: --format is required"));
  if (output == NULL)
    return pl_cli_usage_error (context, _("export: -o OUT is required"));

  /* Check every argument before the (slow) work, and before touching OUT. */
  if (!pl_export_what_from_string (what_name, &what, &error) ||
      !pl_export_format_from_string (format_name, &format, &error))
    return pl_cli_usage_error (context, error->message);

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (!pl_export_to_file (session, what, format, language, output, &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}
