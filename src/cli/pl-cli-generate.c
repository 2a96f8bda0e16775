/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-session-file.h"
#include "pl-session-generator.h"

/* For benchmarks and tests: a made-up session of a given size, the same
 * file for the same seed (docs/cli.md). */
int
pl_cli_generate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("OUT.plenary — generate a session for benchmarks and "
                                                              "tests"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *scale_name = NULL;
  PlGeneratorScale scale;
  int seed = 1;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_name,
      N_("How big: large (250 delegations, 1,400 records) or huge (2,000 delegations, 40,000 members)"),
      N_("SCALE") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The same seed gives the same file (default 1)"), N_("N") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace an existing file"), NULL },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("generate: give one output file"));
  if (!pl_generator_scale_from_name (scale_name, &scale))
    return pl_cli_usage_error (context, _("generate: --scale is large or huge"));
  if (seed < 0)
    return pl_cli_usage_error (context, _("generate: --seed is a number from 0"));

  if (!force && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      g_printerr (_("plenary-cli: %s: the file exists; use --force to replace it\n"), argv[1]);
      return EXIT_BAD_INPUT;
    }

  session = pl_session_generate (scale, (guint32) seed);
  if (!pl_session_file_save (session, argv[1], &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}
