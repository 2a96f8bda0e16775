/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-codec.h"
#include "pl-couch-client.h"
#include "pl-json-text.h"
#include "pl-session-file.h"
#include "pl-sync-account.h"
#include "pl-sync-engine.h"
#include "pl-sync-setup.h"

/*
 * `plenary-cli sync` (one push-and-pull round) and `plenary-cli
 * server-setup` (the database, roles and rules on a server).
 */

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

/* A file is bound to its pair once the server has given it something: a
 * last_seq, or a rev for a record. */
static gboolean
state_is_bound (JsonObject *state)
{
  JsonNode *node;

  if (state == NULL)
    return FALSE;
  node = json_object_get_member (state, "last_seq");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  node = json_object_get_member (state, "records");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &node))
        if (JSON_NODE_HOLDS_OBJECT (node) && json_object_has_member (json_node_get_object (node), "rev"))
          return TRUE;
    }
  return FALSE;
}

static JsonNode *
request_sync (PlCouchClient *client,
              const char    *path,
              const char    *query,
              GError       **error)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait wait = { loop, NULL };
  JsonNode *answer;

  pl_couch_client_request_async (client, "GET", path, query, NULL, 0, NULL, on_wait_done_cb, &wait);
  g_main_loop_run (loop);
  answer = pl_couch_client_request_finish (client, wait.result, error);
  g_clear_object (&wait.result);
  return answer;
}

static gboolean
same_member (JsonObject *a,
             JsonObject *b,
             const char *name)
{
  JsonNode *x = json_object_get_member (a, name);
  JsonNode *y = json_object_get_member (b, name);

  return x != NULL && y != NULL && json_node_equal (x, y);
}

/*
 * --rebind moves a file only to a database that is empty (no record but
 * design documents) or holds the same session. Sessions have no uuid:
 * the same session is the one whose `session` record has the same
 * `body` and `session_number` (the symbol may be reissued, the title
 * edited).
 */
static gboolean
check_rebind_target (PlCouchClient *client,
                     PlSession     *session,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) doc = request_sync (client, "session", NULL, &local_error);
  g_autoptr(JsonNode) rows = NULL;
  PlRecord *settings = pl_session_lookup (session, "session");

  if (doc != NULL && JSON_NODE_HOLDS_OBJECT (doc))
    {
      JsonObject *theirs = json_node_get_object (doc);
      g_autoptr(JsonObject) mine = settings ? pl_codec_record_to_json (settings) : json_object_new ();

      if (same_member (theirs, mine, "body") && same_member (theirs, mine, "session_number"))
        return TRUE;
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                   _("the database “%s” on %s holds another session (“%s”, session %d), not this one; "
                     "the file stays bound to its own"),
                   pl_couch_client_get_database (client), pl_couch_client_get_server_url (client),
                   pl_json_object_get_string (theirs, "body", "?"),
                   (int) pl_json_object_get_int (theirs, "session_number", 0));
      return FALSE;
    }
  if (!g_error_matches (local_error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  rows = request_sync (client, "_all_docs", "limit=100", error);
  if (rows == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (rows) && json_object_has_member (json_node_get_object (rows), "rows") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (rows), "rows")))
    {
      JsonArray *array = json_object_get_array_member (json_node_get_object (rows), "rows");

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *row = json_array_get_element (array, i);
          const char *id = JSON_NODE_HOLDS_OBJECT (row)
                           ? pl_json_object_get_string (json_node_get_object (row), "id", NULL) : NULL;

          if (id != NULL && !g_str_has_prefix (id, "_design/"))
            {
              g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                           _("the database “%s” on %s holds records but no session (such as “%s”); "
                             "the file stays bound to its own"),
                           pl_couch_client_get_database (client), pl_couch_client_get_server_url (client), id);
              return FALSE;
            }
        }
    }
  return TRUE;
}

/* The server address as given, made canonical, with the user name it may
 * hold taken out into @user (a --user that names another is refused).
 * A password in it is refused without being echoed: on a command line it
 * would sit in the shell's history and in `ps`, and the file, the
 * settings and the messages must never hold it (issue 16). */
static gboolean
take_address (char       **server,
              char       **user,
              const char  *option_user,
              GError     **error)
{
  g_autofree char *canonical = NULL;
  g_autofree char *url_user = NULL;
  g_autofree char *password = NULL;

  if (!pl_couch_url_parse (*server, &canonical, &url_user, &password, error))
    return FALSE;
  if (password != NULL)
    {
      g_autofree char *shown = pl_couch_url_redact (*server);

      memset (password, 0, strlen (password));
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("the server address “%s” holds a password: put the password in the keyring "
                     "or PLENARY_PASSWORD, not in the address"), shown);
      return FALSE;
    }
  if (url_user != NULL && option_user != NULL && !g_str_equal (url_user, option_user))
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("the server address names the user “%s” and --user names “%s”: give one"),
                   url_user, option_user);
      return FALSE;
    }

  g_free (*server);
  *server = g_steal_pointer (&canonical);
  if (url_user != NULL)
    {
      g_free (*user);
      *user = g_steal_pointer (&url_user);
    }
  return TRUE;
}

/* No CouchDB user name holds a ":" (Basic authentication splits there):
 * one that does is a "user:password" an older Plenary took from an
 * address and saved as the user name. Not echoed. */
static gboolean
check_user_name (const char  *user,
                 GError     **error)
{
  if (user == NULL || strchr (user, ':') == NULL)
    return TRUE;
  g_set_error_literal (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                       _("the user name holds a “:”, as no CouchDB user name does: it may hold a password "
                         "(which is not shown); give the user name with --user"));
  return FALSE;
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
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *server = NULL, *database = NULL, *user = NULL, *password = NULL;
  g_autofree char *file_server = NULL, *file_database = NULL;
  JsonObject *state;
  gboolean from_server = FALSE, rebind = FALSE, rebinding = FALSE;
  const PlSyncStats *stats;
  guint n_conflicts, n_dirty, n_changes;
  g_autofree char *pushed = NULL, *deletions = NULL, *pulled = NULL, *updated = NULL;
  Wait wait = { NULL, NULL };
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
  if (server != NULL && !take_address (&server, &user, user, &error))
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

  /* A file synced with one database cannot be pushed into another: its
   * revs and bases mean nothing there, and the other's records would be
   * merged into it. Whatever flags are given, only --rebind moves it,
   * after a look at the target (see check_rebind_target()). One that
   * never got anywhere may be pointed elsewhere. */
  if (file_server != NULL && file_database != NULL && state_is_bound (state) &&
      (server != NULL || database != NULL))
    {
      g_autoptr(PlCouchClient) probe = pl_couch_client_new (server ? server : file_server,
                                                            database ? database : file_database, NULL);
      const char *want_server = probe ? pl_couch_client_get_server_url (probe) : server;
      const char *want_database = database ? database : file_database;

      if (g_strcmp0 (want_server, file_server) != 0 || g_strcmp0 (want_database, file_database) != 0)
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
          if (!take_address (&s, &u, NULL, &error))
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

  client = pl_couch_client_new (server, database, &error);
  if (client == NULL || !check_user_name (user, &error))
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

  if (rebinding)
    {
      g_autoptr(JsonObject) fresh = json_object_new ();
      JsonNode *conflicts;

      if (!check_rebind_target (client, session, &error))
        {
          g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
          return EXIT_BAD_INPUT;
        }
      /* The old revs and bases mean nothing there: every record is sent
       * as new (an existing copy of the same session merges with it).
       * Open conflicts are about values, and stay. */
      conflicts = json_object_get_member (state, "conflicts");
      if (conflicts != NULL)
        json_object_set_member (fresh, "conflicts", json_node_copy (conflicts));
      state = NULL;
      pl_session_set_sync_state (session, fresh);
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
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_auto(GStrv) done = NULL;
  g_autofree char *user = NULL, *password = NULL, *server = NULL;
  Wait wait = { NULL, NULL };
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
  if (!take_address (&server, &user, user, &error))
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  if (user == NULL)
    return pl_cli_usage_error (context, _("server-setup: give a server admin with --user"));

  client = pl_couch_client_new (server, argv[2], &error);
  if (client == NULL || !check_user_name (user, &error))
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
