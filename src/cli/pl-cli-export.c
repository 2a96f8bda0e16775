/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-export.h"
#include "pl-export-check.h"
#include "pl-session-file.h"

/* The same file given as input and output would replace the session
 * with a calendar: refused, since a session file is never overwritten by
 * something that is not a session. */
static gboolean
same_file (const char *a,
           const char *b)
{
  g_autoptr(GFile) fa = g_file_new_for_commandline_arg (a);
  g_autoptr(GFile) fb = g_file_new_for_commandline_arg (b);
  g_autoptr(GFileInfo) ia = NULL;
  g_autoptr(GFileInfo) ib = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_ID_FILE;

  if (g_file_equal (fa, fb))
    return TRUE;

  ia = g_file_query_info (fa, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  ib = g_file_query_info (fb, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return ia != NULL && ib != NULL
         && g_strcmp0 (g_file_info_get_attribute_string (ia, G_FILE_ATTRIBUTE_ID_FILE),
                       g_file_info_get_attribute_string (ib, G_FILE_ATTRIBUTE_ID_FILE)) == 0;
}

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
  g_autofree char *date = NULL;
  g_autofree char *fallback = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  gboolean strict = FALSE;
  PlExportFlags flags = PL_EXPORT_FLAGS_NONE;
  PlExportWhat what;
  PlExportFormat format;
  const GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what_name, N_("What to write: agenda, credentials, participants, bureau, speakers, proposals (the register), decisions (the texts adopted), report (the draft report of the session), journal (the Journal of one day, with --date), or schedule (the meetings and deadlines as a calendar)"), N_("WHAT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("pdf, html, odt (flat .fodt) or md for documents; ics for the schedule"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("OUT") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The document's language (en, fr, es, ru, ar, zh); English if its translation is not installed"), N_("LL") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the Journal (--what journal)"), N_("YYYY-MM-DD") },
    { "fallback", 0, 0, G_OPTION_ARG_STRING, &fallback,
      N_("original: print a text missing in the document's language in its original language, marked with that language's name, instead of refusing the document"), N_("original") },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Write nothing (exit 1) while the checks find errors that affect the document"), NULL },
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

  if (fallback != NULL && !g_str_equal (fallback, "original"))
    return pl_cli_usage_error (context, _("export: --fallback takes “original”"));
  if (fallback != NULL)
    flags |= PL_EXPORT_FLAGS_FALLBACK_ORIGINAL;

  /* Check every argument before the (slow) work, and before touching OUT. */
  if (!pl_export_what_from_string (what_name, &what, &error) ||
      !pl_export_format_from_string (format_name, &format, &error) ||
      !pl_export_check_combination (what, format, &error))
    return pl_cli_usage_error (context, error->message);

  /* The Journal is of one day; no other document takes a date. */
  if (what == PL_EXPORT_WHAT_JOURNAL && date == NULL)
    return pl_cli_usage_error (context, _("export: --what journal needs --date YYYY-MM-DD"));
  if (what != PL_EXPORT_WHAT_JOURNAL && date != NULL)
    return pl_cli_usage_error (context, _("export: --date goes with --what journal"));
  if (date != NULL && !pl_export_date_is_valid (date))
    {
      g_autofree char *message = g_strdup_printf (_("export: “%s” is not a date: write it YYYY-MM-DD, e.g. 2020-10-13"),
                                                  date);

      return pl_cli_usage_error (context, message);
    }

  if (same_file (argv[1], output))
    {
      g_printerr (_("plenary-cli: export: the output %s is the session file itself; give another file\n"), output);
      return EXIT_BAD_INPUT;
    }

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  /* The open errors that affect this document, said before it is
   * written (issue 22): an agenda exported while an item is unscheduled
   * leaves the item out of its annex. */
  errors = pl_export_open_errors (session, what);
  for (guint i = 0; i < errors->len; i++)
    {
      PlFinding *finding = g_ptr_array_index (errors, i);

      g_printerr (_("plenary-cli: export: %s: open error: [%s] %s%s%s\n"), argv[1],
                  pl_finding_get_code (finding), pl_finding_get_message (finding),
                  pl_finding_get_subject (finding) ? " — " : "",
                  pl_finding_get_subject (finding) ? pl_finding_get_subject (finding) : "");
    }
  if (strict && errors->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "plenary-cli: export: %s not written: %u open error affects it (--strict)\n",
                               "plenary-cli: export: %s not written: %u open errors affect it (--strict)\n",
                               errors->len),
                  output, errors->len);
      return EXIT_FINDINGS;
    }

  if (!pl_export_to_file_full (session, what, format, language, date, flags, output, &error))
    {
      if (g_error_matches (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_INCOMPLETE))
        {
          g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
          g_printerr (_("plenary-cli: export: %s not written; --fallback original prints these texts in their original language, marked\n"),
                      output);
          return EXIT_BAD_INPUT;
        }

      /* A write error names OUT; anything else is about the session. */
      if (g_error_matches (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_WRITE))
        g_printerr ("plenary-cli: %s\n", error->message);
      else
        g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}
