/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pl-check.h"
#include "pl-cli-export-schedule.h"
#include "pl-samples.h"
#include "pl-session-file.h"

/*
 * plenary-cli: the headless front door (DESIGN.md). Exit status 0 on
 * success, 1 when `check` finds errors, 2 on bad input or usage, with a
 * message on stderr that says what and where.
 */

enum {
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,
  EXIT_BAD_INPUT = 2,
};

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  run;
} Command;

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("plenary-cli: %s\n\n%s", message, help);
  return EXIT_BAD_INPUT;
}

static int
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (context, error->message);
  return EXIT_OK;
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("OUT.plenary — create a session file"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gboolean sample = FALSE;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "sample", 0, 0, G_OPTION_ARG_NONE, &sample,
      N_("Fill it with the sample session (tenth session of the COP to the Organized Crime Convention)"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace an existing file"), NULL },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return usage_error (context, _("new: give one output file"));

  if (!force && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr (_("plenary-cli: %s: the file exists; use --force to replace it\n"), argv[1]);
      return EXIT_BAD_INPUT;
    }

  session = sample ? pl_samples_load (&error) : pl_session_new ();
  if (session == NULL || !pl_session_file_save (session, argv[1], &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}

static void
print_findings_json (GListModel *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (findings);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, pl_enum_to_nick (PL_TYPE_SEVERITY, pl_finding_get_severity (finding)));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, pl_finding_get_code (finding));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, pl_finding_get_message (finding));
      json_builder_set_member_name (builder, "subject");
      if (pl_finding_get_subject (finding) != NULL)
        json_builder_add_string_value (builder, pl_finding_get_subject (finding));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static const char *
severity_label (PlSeverity severity)
{
  switch (severity)
    {
    case PL_SEVERITY_ERROR:
      return _("error");
    case PL_SEVERITY_WARNING:
      return _("warning");
    case PL_SEVERITY_INFO:
    default:
      return _("info");
    }
}

static int
cmd_check (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — check a session against the rules"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GListStore) findings = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  guint n, n_errors = 0, n_warnings = 0;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the findings as a JSON array"), NULL },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return usage_error (context, _("check: give one session file"));

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  findings = pl_check_session (session);
  n = g_list_model_get_n_items (G_LIST_MODEL (findings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (pl_finding_get_severity (finding) == PL_SEVERITY_ERROR)
        n_errors++;
      else if (pl_finding_get_severity (finding) == PL_SEVERITY_WARNING)
        n_warnings++;

      if (!json)
        g_print ("%s: %s: [%s] %s%s%s\n", argv[1], severity_label (pl_finding_get_severity (finding)),
                 pl_finding_get_code (finding), pl_finding_get_message (finding),
                 pl_finding_get_subject (finding) ? " — " : "",
                 pl_finding_get_subject (finding) ? pl_finding_get_subject (finding) : "");
    }

  if (json)
    print_findings_json (G_LIST_MODEL (findings));
  else
    g_print (_("%s: %u errors, %u warnings\n"), argv[1], n_errors, n_warnings);

  return n_errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

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

static int
cmd_export (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — export a session"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "what", 0, 0, G_OPTION_ARG_STRING, &what, N_("What to export: schedule"), N_("WHAT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("The format: ics"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("OUT") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return usage_error (context, _("export: give one session file"));
  if (what == NULL)
    return usage_error (context, _("export: say what to export with --what"));
  if (format == NULL)
    return usage_error (context, _("export: give the format with --format"));
  if (output == NULL)
    return usage_error (context, _("export: give the output file with -o"));

  if (!g_str_equal (what, "schedule"))
    {
      g_printerr (_("plenary-cli: export: --what “%s” is not supported; this version exports "
                    "--what schedule (--format ics)\n"), what);
      return EXIT_BAD_INPUT;
    }
  if (!g_str_equal (format, "ics"))
    {
      g_printerr (_("plenary-cli: export: --what schedule is written as --format ics, not “%s”\n"), format);
      return EXIT_BAD_INPUT;
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

  if (!pl_cli_export_schedule (session, format, output, &error))
    {
      g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}

static const Command commands[] = {
  { "new", N_("[--sample] OUT.plenary"), N_("Create a session file, empty or with the sample session"), cmd_new },
  { "check", N_("FILE [--json]"), N_("Check a session; exit 1 if there are errors"), cmd_check },
  { "export", N_("FILE --what schedule --format ics -o OUT"), N_("Export meetings and deadlines as a calendar"), cmd_export },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: plenary-cli COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-6s %-28s %s\n", commands[i].name, _(commands[i].args), _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “plenary-cli COMMAND --help” for a command’s options. "
                            "Exit status: 0 success, 1 check found errors, 2 bad input or usage."));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_BAD_INPUT;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("plenary-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_set_prgname (commands[i].name);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("plenary-cli: unknown command “%s”\n\n"), argv[1]);
  print_usage (stderr);
  return EXIT_BAD_INPUT;
}
