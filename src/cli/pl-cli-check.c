/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-check.h"
#include "pl-cli-private.h"
#include "pl-json-writer.h"
#include "pl-session-file.h"

static void
print_findings_json (GListModel *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
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

  /* Not JsonGenerator: a title with a control character in a message
   * would be printed raw, which is not JSON (see pl-json-writer.c). */
  root = json_builder_get_root (builder);
  pl_json_writer_node (text, 0, root);
  g_print ("%s\n", text->str);
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

int
pl_cli_check (int    argc,
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
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("check: give one session file"));

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
    {
      /* Each count its own plural form ("1 error, 2 warnings"). */
      g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                                                 n_errors);
      g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                                n_warnings),
                                                   n_warnings);

      /* Translators: a file name, then "N errors" and "N warnings" */
      g_print (_("%s: %s, %s\n"), argv[1], errors, warnings);
    }

  return n_errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
