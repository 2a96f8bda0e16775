/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-couch-client.h"
#include "pl-session-file.h"
#include "pl-sync-account.h"
#include "pl-sync-connection.h"
#include "pl-sync-setup.h"

/*
 * `plenary-cli sync` (one push-and-pull round) and `plenary-cli
 * server-setup` (the database, roles and rules on a server).
 */

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

/* Whether @session says exactly what the file at @path says (same
 * records, same sync state, member order aside): then a failed sync has
 * nothing to record, and the file is left as it was, byte for byte. */
static gboolean
file_says_the_same (PlSession  *session,
                    const char *path)
{
  g_autoptr(JsonParser) on_disk = json_parser_new_immutable ();
  g_autoptr(JsonParser) in_memory = json_parser_new_immutable ();
  g_autofree char *text = NULL;
  gsize length;

  text = pl_session_file_serialize (session, &length);
  if (!json_parser_load_from_data (in_memory, text, length, NULL) ||
      !json_parser_load_from_file (on_disk, path, NULL))
    return FALSE;
  return json_node_equal (json_parser_get_root (on_disk), json_parser_get_root (in_memory));
}

int
pl_cli_sync (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — one push-and-pull round with the session’s server"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSyncConnection) connection = NULL;
  PlSyncEngine *engine;
  g_autoptr(GError) error = NULL;
  g_autofree char *server = NULL, *database = NULL, *user = NULL;
  g_autofree char *file_server = NULL, *file_database = NULL;
  JsonObject *state;
  gboolean from_server = FALSE, rebind = FALSE, rebinding = FALSE;
  const PlSyncStats *stats;
  guint n_conflicts, n_dirty, n_changes;
  g_autofree char *pushed = NULL, *deletions = NULL, *pulled = NULL, *updated = NULL;
  PlCliWait wait = { NULL, NULL };
  gboolean ok;
  const GOptionEntry entries[] = {
    { "server", 0, 0, G_OPTION_ARG_STRING, &server, N_("The CouchDB server’s address"), N_("URL") },
    { "database", 0, 0, G_OPTION_ARG_STRING, &database, N_("The database that holds the session"), N_("DB") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("The user name (password from the keyring or PLENARY_PASSWORD)"), N_("NAME") },
    { "rebind", 0, 0, G_OPTION_ARG_NONE, &rebind,
      N_("Move a file bound to one server and database to the ones given, if that database is empty or holds the same session"), NULL },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("A FILE that does not exist is made from the server’s copy of the session. "
      "The server, database and user come from the options, else from the file, "
      "else from Plenary’s account settings. A file once synced is bound to its server "
      "and database: another pair is refused unless --rebind is given. The address may "
      "hold the user name (https://NAME@host/), never the password.\n\n"
      "Exit status: 0 all is on the server and no conflict is open; "
      "2 bad input, or the sync failed (local edits stay in the file); "
      "3 conflicts are open (see “plenary-cli conflicts”); "
      "4 local edits are still not on the server after the round."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("sync: give one session file"));
  if (server != NULL && !pl_sync_connection_take_address (&server, &user, user, &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

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

  /* A file synced with one database cannot be pushed into another
   * (pl_sync_connection_state_is_bound()). Whatever flags are given, only
   * --rebind moves it, after a look at the target (see
   * pl_sync_connection_rebind_async()). One that never got anywhere may
   * be pointed elsewhere. */
  if (file_server != NULL && file_database != NULL && pl_sync_connection_state_is_bound (state) &&
      (server != NULL || database != NULL))
    {
      const char *want_server = server ? server : file_server;
      const char *want_database = database ? database : file_database;

      if (!pl_sync_connection_state_names (state, want_server, want_database, NULL))
        {
          if (!rebind)
            {
              g_printerr (_("plenary-cli: %s: the session is bound to the database “%s” on %s, "
                            "not to “%s” on %s; it syncs with its own only "
                            "(add --rebind to move it to the other, if that one is empty "
                            "or holds the same session)\n"),
                          argv[1], file_database, file_server, want_database, want_server);
              return EXIT_BAD_INPUT;
            }
          rebinding = TRUE;
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
      if (server == NULL && s != NULL)
        {
          /* An address typed into an older Preferences may hold a user
           * name, or a password. */
          if (!pl_sync_connection_take_address (&s, &u, NULL, &error))
            {
              g_printerr ("plenary-cli: %s\n", error->message);
              return EXIT_BAD_INPUT;
            }
          server = g_steal_pointer (&s);
        }
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

  if (!pl_sync_connection_check_user_name (user, &error) ||
      !(connection = pl_sync_connection_new (server, database, user, &error)))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }

  if (rebinding)
    {
      pl_sync_connection_rebind_async (connection, session, NULL, pl_cli_wait_done_cb, &wait);
      ok = pl_sync_connection_rebind_finish (connection, pl_cli_wait_for (&wait), &error);
      g_clear_object (&wait.result);
      if (!ok)
        {
          g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
          return EXIT_BAD_INPUT;
        }
      state = NULL; /* replaced by the rebind */
    }

  if (from_server)
    {
      PlSession *downloaded;

      pl_sync_connection_download_async (connection, NULL, pl_cli_wait_done_cb, &wait);
      downloaded = pl_sync_connection_download_finish (connection, pl_cli_wait_for (&wait), &error);
      ok = downloaded != NULL;
      if (ok)
        {
          g_object_unref (session);
          session = downloaded;
        }
    }
  else
    {
      pl_sync_connection_sync_async (connection, session, NULL, pl_cli_wait_done_cb, &wait);
      ok = pl_sync_connection_sync_finish (connection, pl_cli_wait_for (&wait), &error);
    }
  g_clear_object (&wait.result);
  engine = pl_sync_connection_get_engine (connection);

  stats = pl_sync_engine_get_stats (engine);

  /* Saved whatever happened: what the server acknowledged before a
   * failure is recorded, and local edits are in the file either way. A
   * session that came from nowhere and got nothing is not written, nor a
   * file the failed round changed nothing in. */
  if (ok || (!from_server && !file_says_the_same (session, argv[1])))
    {
      g_autoptr(GError) save_error = NULL;

      if (!pl_session_file_save (session, argv[1], &save_error))
        {
          g_printerr ("plenary-cli: %s\n", save_error->message);
          return EXIT_BAD_INPUT;
        }
    }

  /* Each count its own plural: "pushed 1 record and 2 deletions". */
  n_changes = stats->pulled + stats->removed + stats->merged;
  pushed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "pushed %u record", "pushed %u records", stats->pushed),
                            stats->pushed);
  deletions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deletion", "%u deletions", stats->deleted),
                               stats->deleted);
  pulled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "pulled %u change", "pulled %u changes", n_changes),
                            n_changes);
  updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record added or updated",
                                          "%u records added or updated", stats->pulled), stats->pulled);
  /* Translators: "FILE: pushed N records and N deletions; pulled N changes
   * (N records added or updated, N removed, N merged); N new conflicts,
   * N refused" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %s and %s; %s (%s, %u removed, %u merged); %u new conflict, %u refused\n",
                        "%s: %s and %s; %s (%s, %u removed, %u merged); %u new conflicts, %u refused\n",
                        stats->conflicts),
           argv[1], pushed, deletions, pulled, updated, stats->removed, stats->merged,
           stats->conflicts, stats->refused);

  n_conflicts = pl_sync_engine_get_n_conflicts (engine);
  n_dirty = pl_sync_engine_get_n_dirty (engine);
  {
    g_autofree char *conflicts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict to resolve",
                                                               "%u conflicts to resolve", n_conflicts), n_conflicts);
    g_autofree char *unsent = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record not yet on the server",
                                                            "%u records not yet on the server", n_dirty), n_dirty);

    g_print ("%s: %s, %s, %s\n", argv[1], sync_state_label (pl_sync_engine_get_state (engine)), conflicts, unsent);
  }

  if (!ok)
    {
      /* Only what happened: a copy that was never made keeps nothing. */
      if (from_server)
        g_printerr (_("plenary-cli: %s: sync failed: %s (no file was written)\n"), argv[1], error->message);
      else
        g_printerr (_("plenary-cli: %s: sync failed: %s (local edits are kept in the file)\n"),
                    argv[1], error->message);
      return EXIT_BAD_INPUT;
    }
  if (pl_sync_engine_get_state (engine) == PL_SYNC_STATE_ERROR)
    {
      g_printerr ("plenary-cli: %s: %s\n", argv[1], pl_sync_engine_get_error_message (engine));
      return EXIT_BAD_INPUT;
    }
  /* Unsent edits before open conflicts: data not on the server is the
   * more urgent of the two. */
  if (n_dirty > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "plenary-cli: %s: %u record is still not on the server after the round; "
                               "it is kept in the file, sync again\n",
                               "plenary-cli: %s: %u records are still not on the server after the round; "
                               "they are kept in the file, sync again\n", n_dirty),
                  argv[1], n_dirty);
      return EXIT_UNSENT;
    }
  if (n_conflicts > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "plenary-cli: %s: %u conflict is open; see “plenary-cli conflicts %s”\n",
                               "plenary-cli: %s: %u conflicts are open; see “plenary-cli conflicts %s”\n",
                               n_conflicts),
                  argv[1], n_conflicts, argv[1]);
      return EXIT_CONFLICTS;
    }

  return EXIT_OK;
}

int
pl_cli_server_setup (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("URL DATABASE — install Plenary’s roles on a CouchDB server"));
  g_autoptr(PlSyncConnection) connection = NULL;
  PlCouchClient *client;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) done = NULL;
  g_autofree char *user = NULL, *server = NULL;
  PlCliWait wait = { NULL, NULL };
  const GOptionEntry entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("A server admin’s user name (password from the keyring or PLENARY_PASSWORD)"), N_("ADMIN") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 3)
    return pl_cli_usage_error (context, _("server-setup: give the server URL and the database"));
  server = g_strdup (argv[1]);
  if (!pl_sync_connection_take_address (&server, &user, user, &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  if (user == NULL)
    return pl_cli_usage_error (context, _("server-setup: give a server admin with --user"));

  if (!pl_sync_connection_check_user_name (user, &error) ||
      !(connection = pl_sync_connection_new (server, argv[2], user, &error)))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  client = pl_sync_connection_get_client (connection);

  pl_sync_setup_server_async (client, NULL, pl_cli_wait_done_cb, &wait);
  done = pl_sync_setup_server_finish (client, pl_cli_wait_for (&wait), &error);
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
