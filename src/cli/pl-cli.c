/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-i18n.h"

/*
 * plenary-cli: the headless front door (DESIGN.md). Exit status 0 on
 * success, 1 when `check` finds errors, 2 on bad input or usage, with a
 * message on stderr that says what and where; `sync` also 3 when
 * conflicts are open and 4 when local edits are still not on the server. Each command lives in its
 * own pl-cli-<command>.c.
 */

int
pl_cli_usage_error (GOptionContext *context,
                    const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("plenary-cli: %s\n\n%s", message, help);
  return EXIT_BAD_INPUT;
}

int
pl_cli_parse_options (GOptionContext  *context,
                      int             *argc,
                      char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return pl_cli_usage_error (context, error->message);
  return EXIT_OK;
}

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  run;
} Command;

static const Command commands[] = {
  { "new", N_("[--sample] OUT.plenary"), N_("Create a session file, empty or with the sample session"), pl_cli_new },
  { "check", N_("FILE [--json]"), N_("Check a session; exit 1 if there are errors"), pl_cli_check },
  { "export", N_("FILE --what WHAT --format FORMAT -o OUT [--language LL] [--date YYYY-MM-DD]"),
    N_("Write a document or calendar of the session (agenda: pdf, html, odt, md; schedule: ics)"), pl_cli_export },
  { "generate", N_("--scale large|huge [--seed N] OUT.plenary"),
    N_("Generate a made-up session of that size, for benchmarks and tests"), pl_cli_generate },
  { "import-delegations", N_("FILE CSV"), N_("Import delegation members from a registration CSV, all or nothing"),
    pl_cli_import_delegations },
  { "sync", N_("FILE [--server URL --database DB --user NAME]"), N_("One push-and-pull round with a CouchDB server"),
    pl_cli_sync },
  { "conflicts", N_("FILE [--json]"), N_("List the open sync conflicts"), pl_cli_conflicts },
  { "resolve", N_("FILE ID FIELD --keep mine|theirs"), N_("Resolve one sync conflict"), pl_cli_resolve },
  { "server-setup", N_("URL DATABASE --user ADMIN"),
    N_("Install a session’s two databases (secretariat’s, delegates’), rules and replications on a server"),
    pl_cli_server_setup },
  { "server-user", N_("URL DATABASE NAME --role ROLE [--delegation ISO3] --user ADMIN"),
    N_("Create or update a user of the server: secretariat, or a delegate of one delegation"),
    pl_cli_server_user },
  { "invite", N_("URL DATABASE NAME -o FILE.plenary-invite"),
    N_("Write an invitation that Plenary opens to join a session (address, database, user; no password)"),
    pl_cli_invite },
  { "translations", N_("FILE export|import --language LL XLIFF"),
    N_("Hand the texts to translators as XLIFF 1.2, and take their translations back"), pl_cli_translations },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n%s\n", _("Usage: plenary-cli COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-18s %-40s %s\n", commands[i].name, _(commands[i].args), _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “plenary-cli COMMAND --help” for a command’s options. "
                            "Exit status: 0 success, 1 check found errors, 2 bad input or usage; "
                            "sync: 3 conflicts are open, 4 local edits are still not on the server."));
}

int
main (int    argc,
      char **argv)
{
  pl_i18n_init ();

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

void
pl_cli_wait_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  PlCliWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

GAsyncResult *
pl_cli_wait_for (PlCliWait *wait)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  wait->loop = loop;
  g_main_loop_run (loop);
  wait->loop = NULL;
  return wait->result;
}
