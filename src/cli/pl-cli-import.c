/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-delegation-import.h"
#include "pl-session-file.h"

/* import-delegations: all or nothing. On any rejected row the report goes
 * to stderr, one `CSV:LINE: reason` per row, and FILE is not written. */
int
pl_cli_import_delegations (int    argc,
                           char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("FILE CSV — import delegation members from a registration system’s CSV"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  char *contents = NULL;
  gsize length;
  int status;

  g_option_context_set_description (context,
                                    _("The CSV has a header line naming the columns delegation, iso (ISO 3166 "
                                      "alpha-3 code or name), name, function, rank and email, and optionally "
                                      "category. Members already registered (same name and email) are not added "
                                      "again. If any row is rejected, nothing is imported and FILE is unchanged."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 3)
    return pl_cli_usage_error (context, _("import-delegations: give a session file and a CSV file"));

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (!g_file_get_contents (argv[2], &contents, &length, &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  csv = g_bytes_new_take (contents, length);

  if (!pl_delegation_import (session, csv, &report, &error))
    {
      g_autofree char *rejections = pl_delegation_import_report_format (report, argv[2]);

      g_printerr ("%s", rejections);
      g_printerr (_("plenary-cli: %s: %s; %s was not changed\n"), argv[2], error->message, argv[1]);
      return EXIT_BAD_INPUT;
    }

  if (!pl_session_file_save (session, argv[1], &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  summary = pl_delegation_import_report_summary (report);
  g_print (_("%s: imported into %s: %s\n"), argv[2], argv[1], summary);
  return EXIT_OK;
}
