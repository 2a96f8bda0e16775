/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-samples.h"
#include "pl-session-file.h"

int
pl_cli_new (int    argc,
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
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("new: give one output file"));

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
