/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pl-check.h"
#include "pl-couch-client.h"
#include "pl-sync-account.h"
#include "pl-sync-engine.h"
#include "pl-sync-setup.h"
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

/* Runs the main loop until an async call is done. */
typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
on_wait_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static const char *
sync_state_label (PlSyncState state)
{
  switch (state)
    {
    case PL_SYNC_STATE_SAVED_LOCALLY:
      return _("saved locally, not yet on the server");
    case PL_SYNC_STATE_SYNCING:
      return _("syncing");
    case PL_SYNC_STATE_UP_TO_DATE:
      return _("up to date");
    case PL_SYNC_STATE_OFFLINE:
      return _("offline");
    case PL_SYNC_STATE_CONFLICTS:
      return _("conflicts to resolve");
    case PL_SYNC_STATE_ERROR:
    default:
      return _("error");
    }
}

static char *
state_string (JsonObject *state,
              const char *member)
{
  if (state == NULL || !json_object_has_member (state, member) ||
      !JSON_NODE_HOLDS_VALUE (json_object_get_member (state, member)))
    return NULL;
  return g_strdup (json_object_get_string_member (state, member));
}

static int
cmd_sync (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — one push-and-pull round with the session’s server"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *server = NULL, *database = NULL, *user = NULL, *password = NULL;
  g_autofree char *file_server = NULL, *file_database = NULL;
  JsonObject *state;
  gboolean from_server = FALSE;
  const PlSyncStats *stats;
  Wait wait = { NULL, NULL };
  gboolean ok;
  const GOptionEntry entries[] = {
    { "server", 0, 0, G_OPTION_ARG_STRING, &server, N_("The CouchDB server’s address"), N_("URL") },
    { "database", 0, 0, G_OPTION_ARG_STRING, &database, N_("The database that holds the session"), N_("DB") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user name (password from the keyring or PLENARY_PASSWORD)"), N_("NAME") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("A FILE that does not exist is made from the server’s copy of the session. "
      "The server, database and user come from the options, else from the file, "
      "else from Plenary’s account settings."));
  if ((status = parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return usage_error (context, _("sync: give one session file"));

  if (g_file_test (argv[1], G_FILE_TEST_EXISTS))
    {
      session = pl_session_file_load (argv[1], &error);
      if (session == NULL)
        {
          g_printerr ("plenary-cli: %s\n", error->message);
          return EXIT_BAD_INPUT;
        }
    }
  else
    {
      session = pl_session_new_empty ();
      from_server = TRUE;
    }

  state = pl_session_get_sync_state (session);
  file_server = state_string (state, "server");
  file_database = state_string (state, "database");

  /* A file synced with one database cannot be pushed into another: its
   * revs and bases mean nothing there. (One that never got anywhere may
   * be pointed elsewhere.) */
  if (server != NULL && file_server != NULL && state != NULL &&
      json_object_has_member (state, "last_seq") && !json_object_get_null_member (state, "last_seq"))
    {
      g_autoptr(PlCouchClient) probe = pl_couch_client_new (server, database ? database : file_database ? file_database : "-", NULL);

      if (probe != NULL && (g_strcmp0 (pl_couch_client_get_server_url (probe), file_server) != 0 ||
                            (database != NULL && g_strcmp0 (database, file_database) != 0)))
        {
          g_printerr (_("plenary-cli: %s: the session is connected to the database “%s” on %s, "
                        "not to the one given; sync it there, or start from a copy without a sync section\n"),
                      argv[1], file_database, file_server);
          return EXIT_BAD_INPUT;
        }
    }

  if (server == NULL)
    server = g_steal_pointer (&file_server);
  if (database == NULL)
    database = g_steal_pointer (&file_database);
  if (user == NULL)
    user = state_string (state, "user");
  if (server == NULL || database == NULL || (user == NULL && state == NULL))
    {
      g_autofree char *s = NULL, *d = NULL, *u = NULL;

      pl_sync_account_get_defaults (&s, &d, &u);
      if (server == NULL)
        server = g_steal_pointer (&s);
      if (database == NULL)
        database = g_steal_pointer (&d);
      if (user == NULL)
        user = g_steal_pointer (&u);
    }

  if (server == NULL || database == NULL)
    {
      g_printerr (_("plenary-cli: %s: no server to sync with: give --server URL --database DB "
                    "(or connect the session to a server in Plenary)\n"), argv[1]);
      return EXIT_BAD_INPUT;
    }

  client = pl_couch_client_new (server, database, &error);
  if (client == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (user != NULL)
    {
      password = pl_sync_account_lookup_password (pl_couch_client_get_server_url (client), user, NULL, &error);
      if (password == NULL)
        {
          g_printerr ("plenary-cli: %s\n", error->message);
          return EXIT_BAD_INPUT;
        }
      pl_couch_client_set_credentials (client, user, password);
    }

  engine = pl_sync_engine_new (session, client);
  if (from_server)
    pl_sync_engine_mark_clean (engine);

  loop = g_main_loop_new (NULL, FALSE);
  wait.loop = loop;
  pl_sync_engine_sync_async (engine, NULL, on_wait_done_cb, &wait);
  g_main_loop_run (loop);
  ok = pl_sync_engine_sync_finish (engine, wait.result, &error);
  g_clear_object (&wait.result);

  stats = pl_sync_engine_get_stats (engine);

  /* Saved whatever happened: what the server acknowledged before a
   * failure is recorded, and local edits are in the file either way. A
   * session that came from nowhere and got nothing is not written. */
  if (!from_server || ok)
    {
      g_autoptr(GError) save_error = NULL;

      if (!pl_session_file_save (session, argv[1], &save_error))
        {
          g_printerr ("plenary-cli: %s\n", save_error->message);
          return EXIT_BAD_INPUT;
        }
    }

  g_print (_("%s: pushed %u records and %u deletions; pulled %u changes (%u records removed, %u merged); "
             "%u new conflicts, %u refused\n"),
           argv[1], stats->pushed, stats->deleted, stats->pulled, stats->removed, stats->merged,
           stats->conflicts, stats->refused);
  g_print (_("%s: %s, %u conflicts to resolve, %u records not yet on the server\n"), argv[1],
           sync_state_label (pl_sync_engine_get_state (engine)),
           pl_sync_engine_get_n_conflicts (engine), pl_sync_engine_get_n_dirty (engine));

  if (!ok)
    {
      g_printerr (_("plenary-cli: %s: sync failed: %s (local edits are kept in the file)\n"),
                  argv[1], error->message);
      return EXIT_BAD_INPUT;
    }
  if (pl_sync_engine_get_state (engine) == PL_SYNC_STATE_ERROR)
    {
      g_printerr ("plenary-cli: %s: %s\n", argv[1], pl_sync_engine_get_error_message (engine));
      return EXIT_BAD_INPUT;
    }

  return EXIT_OK;
}

static int
cmd_server_setup (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("URL DATABASE — install Plenary’s roles on a CouchDB server"));
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_auto(GStrv) done = NULL;
  g_autofree char *user = NULL, *password = NULL;
  Wait wait = { NULL, NULL };
  const GOptionEntry entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("A server admin’s user name (password from the keyring or PLENARY_PASSWORD)"), N_("ADMIN") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 3)
    return usage_error (context, _("server-setup: give the server URL and the database"));
  if (user == NULL)
    return usage_error (context, _("server-setup: give a server admin with --user"));

  client = pl_couch_client_new (argv[1], argv[2], &error);
  if (client == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  password = pl_sync_account_lookup_password (pl_couch_client_get_server_url (client), user, NULL, &error);
  if (password == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  pl_couch_client_set_credentials (client, user, password);

  loop = g_main_loop_new (NULL, FALSE);
  wait.loop = loop;
  pl_sync_setup_server_async (client, NULL, on_wait_done_cb, &wait);
  g_main_loop_run (loop);
  done = pl_sync_setup_server_finish (client, wait.result, &error);
  g_clear_object (&wait.result);

  if (done == NULL)
    {
      g_printerr (_("plenary-cli: server-setup: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }
  for (guint i = 0; done[i] != NULL; i++)
    g_print ("%s %s: %s\n", pl_couch_client_get_server_url (client), argv[2], done[i]);

  return EXIT_OK;
}

static const Command commands[] = {
  { "new", N_("[--sample] OUT.plenary"), N_("Create a session file, empty or with the sample session"), cmd_new },
  { "check", N_("FILE [--json]"), N_("Check a session; exit 1 if there are errors"), cmd_check },
  { "sync", N_("FILE [--server URL --database DB --user NAME]"), N_("One push-and-pull round with a CouchDB server"), cmd_sync },
  { "server-setup", N_("URL DATABASE --user ADMIN"), N_("Install the database, roles and rules on a server"), cmd_server_setup },
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
