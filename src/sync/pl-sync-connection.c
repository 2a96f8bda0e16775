/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-json-text.h"
#include "pl-session-file.h"
#include "pl-sync-account.h"
#include "pl-sync-connection.h"

/**
 * PlSyncConnection:
 *
 * A session's way to one server and database, whoever drives it: the
 * window's Connect and its live sync, and `plenary-cli sync`. It holds
 * the client (with the password from the keyring), and takes the steps
 * before a session syncs: ask the server about the account and the
 * database (pl_sync_connection_probe_async()), copy the server's session
 * (pl_sync_connection_download_async()), move a file to another database
 * (pl_sync_connection_rebind_async()), and bind a session to the server
 * (pl_sync_connection_bind()). #PlSyncConnection:step says which is
 * under way; what to show for it is the caller's.
 */

struct _PlSyncConnection
{
  GObject               parent_instance;

  PlCouchClient        *client;
  PlAccountProbe       *probe;    /* the last probe's answer */
  PlSyncEngine         *engine;   /* the last download's or round's */
  PlSyncConnectionStep  step;
};

G_DEFINE_FINAL_TYPE (PlSyncConnection, pl_sync_connection, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PlSyncConnectionStep, pl_sync_connection_step,
  G_DEFINE_ENUM_VALUE (PL_SYNC_CONNECTION_IDLE, "idle"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_CONNECTION_PROBING, "probing"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_CONNECTION_CHECKING, "checking"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_CONNECTION_DOWNLOADING, "downloading"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_CONNECTION_SYNCING, "syncing"))

enum {
  PROP_0,
  PROP_CLIENT,
  PROP_STEP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_step (PlSyncConnection     *self,
          PlSyncConnectionStep  step)
{
  if (self->step == step)
    return;
  self->step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
}

static JsonNode *
state_member (JsonObject *state,
              const char *name)
{
  return state != NULL ? json_object_get_member (state, name) : NULL;
}

/* Probe */

static void
on_probe_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncConnection *self = g_task_get_source_object (task);
  g_autoptr(PlAccountProbe) probe = NULL;
  GError *error = NULL;

  probe = pl_account_probe_finish (PL_COUCH_CLIENT (source), result, &error);
  set_step (self, PL_SYNC_CONNECTION_IDLE);
  if (probe == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_clear_pointer (&self->probe, pl_account_probe_free);
  self->probe = g_steal_pointer (&probe);
  g_task_return_boolean (task, TRUE);
}

/* Rebind */

static gboolean
same_member (JsonObject *a,
             JsonObject *b,
             const char *name)
{
  JsonNode *x = json_object_get_member (a, name);
  JsonNode *y = json_object_get_member (b, name);

  return x != NULL && y != NULL && json_node_equal (x, y);
}

/* The old revs and bases mean nothing in the other database: every record
 * is sent as new (an existing copy of the same session merges with it).
 * Open conflicts are about values, and stay. */
static void
forget_binding (PlSession *session)
{
  g_autoptr(JsonObject) fresh = json_object_new ();
  JsonNode *conflicts = state_member (pl_session_get_sync_state (session), "conflicts");

  if (conflicts != NULL)
    json_object_set_member (fresh, "conflicts", json_node_copy (conflicts));
  pl_session_set_sync_state (session, fresh);
}

static void
on_rebind_rows_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncConnection *self = g_task_get_source_object (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (self->client, result, &error);
  if (answer == NULL)
    {
      set_step (self, PL_SYNC_CONNECTION_IDLE);
      g_task_return_error (task, error);
      return;
    }

  /* An answer without rows says nothing against the move. */
  rows = pl_couch_response_parse_rows (answer, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      PlCouchChange *row = g_ptr_array_index (rows, i);

      if (!g_str_has_prefix (row->id, "_design/"))
        {
          set_step (self, PL_SYNC_CONNECTION_IDLE);
          g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                                   _("the database “%s” on %s holds records but no session (such as “%s”); "
                                     "the file stays bound to its own"),
                                   pl_couch_client_get_database (self->client),
                                   pl_couch_client_get_server_url (self->client), row->id);
          return;
        }
    }

  forget_binding (g_task_get_task_data (task));
  set_step (self, PL_SYNC_CONNECTION_IDLE);
  g_task_return_boolean (task, TRUE);
}

static void
on_rebind_session_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncConnection *self = g_task_get_source_object (task);
  PlSession *session = g_task_get_task_data (task);
  g_autoptr(JsonNode) doc = NULL;
  g_autoptr(GError) error = NULL;

  doc = pl_couch_client_request_finish (self->client, result, &error);
  if (doc != NULL && JSON_NODE_HOLDS_OBJECT (doc))
    {
      JsonObject *theirs = json_node_get_object (doc);
      PlRecord *settings = pl_session_lookup (session, "session");
      g_autoptr(JsonObject) mine = settings ? pl_codec_record_to_json (settings) : json_object_new ();

      set_step (self, PL_SYNC_CONNECTION_IDLE);
      if (same_member (theirs, mine, "body") && same_member (theirs, mine, "session_number"))
        {
          forget_binding (session);
          g_task_return_boolean (task, TRUE);
          return;
        }
      g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                               _("the database “%s” on %s holds another session (“%s”, session %d), not this one; "
                                 "the file stays bound to its own"),
                               pl_couch_client_get_database (self->client),
                               pl_couch_client_get_server_url (self->client),
                               pl_json_object_get_string (theirs, "body", "?"),
                               (int) pl_json_object_get_int (theirs, "session_number", 0));
      return;
    }
  if (doc == NULL && !g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      set_step (self, PL_SYNC_CONNECTION_IDLE);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  pl_couch_client_request_async (self->client, "GET", "_all_docs", "limit=100", NULL, 0,
                                 g_task_get_cancellable (task), on_rebind_rows_cb, g_object_ref (task));
}

/* Download and round */

static void
on_round_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncConnection *self = g_task_get_source_object (task);
  GError *error = NULL;

  set_step (self, PL_SYNC_CONNECTION_IDLE);
  if (!pl_sync_engine_sync_finish (PL_SYNC_ENGINE (source), result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
pl_sync_connection_dispose (GObject *object)
{
  PlSyncConnection *self = PL_SYNC_CONNECTION (object);

  g_clear_object (&self->engine);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (pl_sync_connection_parent_class)->dispose (object);
}

static void
pl_sync_connection_finalize (GObject *object)
{
  PlSyncConnection *self = PL_SYNC_CONNECTION (object);

  g_clear_pointer (&self->probe, pl_account_probe_free);

  G_OBJECT_CLASS (pl_sync_connection_parent_class)->finalize (object);
}

static void
pl_sync_connection_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlSyncConnection *self = PL_SYNC_CONNECTION (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_STEP:
      g_value_set_enum (value, self->step);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_sync_connection_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlSyncConnection *self = PL_SYNC_CONNECTION (object);

  switch (prop_id)
    {
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_sync_connection_class_init (PlSyncConnectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_sync_connection_dispose;
  object_class->finalize = pl_sync_connection_finalize;
  object_class->get_property = pl_sync_connection_get_property;
  object_class->set_property = pl_sync_connection_set_property;

  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, PL_TYPE_COUCH_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEP] =
    g_param_spec_enum ("step", NULL, NULL, PL_TYPE_SYNC_CONNECTION_STEP, PL_SYNC_CONNECTION_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_sync_connection_init (PlSyncConnection *self)
{
}

/**
 * pl_sync_connection_take_address:
 * @server: (inout): the server address as given, made canonical
 * @user: (inout) (nullable): the user name, replaced by the one the
 *   address holds, if it holds one
 * @option_user: (nullable): a user name given besides the address
 *
 * Takes the user name an address may hold out of it (an @option_user
 * that names another is refused). A password in it is refused without
 * being echoed: on a command line it would sit in the shell's history
 * and in `ps`, and the file, the settings and the messages must never
 * hold it (issue 16).
 */
gboolean
pl_sync_connection_take_address (char       **server,
                                 char       **user,
                                 const char  *option_user,
                                 GError     **error)
{
  g_autofree char *canonical = NULL;
  g_autofree char *url_user = NULL;
  g_autofree char *password = NULL;

  g_return_val_if_fail (server != NULL && *server != NULL, FALSE);
  g_return_val_if_fail (user != NULL, FALSE);

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

/**
 * pl_sync_connection_check_user_name:
 *
 * No CouchDB user name holds a ":" (Basic authentication splits there):
 * one that does is a "user:password" an older Plenary took from an
 * address and saved as the user name. Not echoed.
 */
gboolean
pl_sync_connection_check_user_name (const char  *user,
                                    GError     **error)
{
  if (user == NULL || strchr (user, ':') == NULL)
    return TRUE;
  g_set_error_literal (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                       _("the user name holds a “:”, as no CouchDB user name does: it may hold a password "
                         "(which is not shown); give the user name with --user"));
  return FALSE;
}

/**
 * pl_sync_connection_state_is_bound:
 * @state: (nullable): a file's `sync` section
 *
 * A file is bound to its server and database once the server has given
 * it something: a last_seq, or a rev for a record. Its revs and bases
 * then mean nothing in another database, and the other's records would
 * be merged into it: it syncs with its own only, unless rebound.
 */
gboolean
pl_sync_connection_state_is_bound (JsonObject *state)
{
  JsonNode *node;

  node = state_member (state, "last_seq");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  node = state_member (state, "records");
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

/**
 * pl_sync_connection_state_names:
 * @state: (nullable): a file's `sync` section
 * @user: (nullable): a user name, or %NULL for any
 *
 * Returns: whether @state names @server and @database (and @user, unless
 *   %NULL), the addresses compared in their canonical form
 */
gboolean
pl_sync_connection_state_names (JsonObject *state,
                                const char *server,
                                const char *database,
                                const char *user)
{
  const char *bound_server = pl_couch_response_string_member (state, "server");
  const char *bound_database = pl_couch_response_string_member (state, "database");
  g_autoptr(PlCouchClient) bound = NULL;
  g_autoptr(PlCouchClient) asked = NULL;

  if (server == NULL || database == NULL || bound_server == NULL ||
      g_strcmp0 (bound_database, database) != 0)
    return FALSE;
  if (user != NULL && g_strcmp0 (pl_couch_response_string_member (state, "user"), user) != 0)
    return FALSE;

  bound = pl_couch_client_new (bound_server, bound_database, NULL);
  asked = pl_couch_client_new (server, database, NULL);
  return bound != NULL && asked != NULL &&
         g_str_equal (pl_couch_client_get_server_url (bound), pl_couch_client_get_server_url (asked));
}

/**
 * pl_sync_connection_new_full:
 * @user: (nullable): the user name
 * @password: (nullable): the user's password, or %NULL to take it from
 *   the keyring or `PLENARY_PASSWORD`
 *
 * Returns: (transfer full) (nullable): a connection, or %NULL with @error
 *   (a bad address, no password)
 */
PlSyncConnection *
pl_sync_connection_new_full (const char  *server,
                             const char  *database,
                             const char  *user,
                             const char  *password,
                             GError     **error)
{
  g_autoptr(PlCouchClient) client = pl_couch_client_new (server, database, error);
  g_autofree char *stored = NULL;

  if (client == NULL)
    return NULL;

  if (user != NULL)
    {
      if (password == NULL)
        {
          stored = pl_sync_account_lookup_password (pl_couch_client_get_server_url (client), user, NULL, error);
          if (stored == NULL)
            return NULL;
        }
      pl_couch_client_set_credentials (client, user, password != NULL ? password : stored);
    }

  return g_object_new (PL_TYPE_SYNC_CONNECTION, "client", client, NULL);
}

/**
 * pl_sync_connection_new:
 * @user: (nullable): the user name; its password comes from the keyring
 *   or `PLENARY_PASSWORD`
 *
 * Returns: (transfer full) (nullable): a connection, or %NULL with @error
 *   (a bad address, no password)
 */
PlSyncConnection *
pl_sync_connection_new (const char  *server,
                        const char  *database,
                        const char  *user,
                        GError     **error)
{
  return pl_sync_connection_new_full (server, database, user, NULL, error);
}

/**
 * pl_sync_connection_new_for_sync_state:
 * @state: (nullable): a file's `sync` section
 *
 * Returns: (transfer full) (nullable): a connection to the server,
 *   database and user @state names; %NULL without @error if it names no
 *   server or database, %NULL with @error if it cannot be made
 */
PlSyncConnection *
pl_sync_connection_new_for_sync_state (JsonObject  *state,
                                       GError     **error)
{
  const char *server = pl_couch_response_string_member (state, "server");
  const char *database = pl_couch_response_string_member (state, "database");

  if (server == NULL || database == NULL)
    return NULL;
  return pl_sync_connection_new (server, database, pl_couch_response_string_member (state, "user"), error);
}

PlCouchClient *
pl_sync_connection_get_client (PlSyncConnection *self)
{
  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), NULL);

  return self->client;
}

PlSyncConnectionStep
pl_sync_connection_get_step (PlSyncConnection *self)
{
  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), PL_SYNC_CONNECTION_IDLE);

  return self->step;
}

/**
 * pl_sync_connection_get_probe:
 *
 * Returns: (transfer none) (nullable): what the last probe found
 */
PlAccountProbe *
pl_sync_connection_get_probe (PlSyncConnection *self)
{
  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), NULL);

  return self->probe;
}

/**
 * pl_sync_connection_get_engine:
 *
 * Returns: (transfer none) (nullable): the engine of the last download
 *   or round, whose stats and state say how it went
 */
PlSyncEngine *
pl_sync_connection_get_engine (PlSyncConnection *self)
{
  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), NULL);

  return self->engine;
}

/**
 * pl_sync_connection_dup_copy_path:
 *
 * Where the server's session is kept on this computer: one file per
 * server and database, under the user's data folder. A folder of copies
 * an older version left open to other local users is made its owner's
 * only (issue 16); a failure shows when the copy is written.
 *
 * Returns: (transfer full): the copy's path
 */
char *
pl_sync_connection_dup_copy_path (PlSyncConnection *self)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *host = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), NULL);

  uri = g_uri_parse (pl_couch_client_get_server_url (self->client), G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && g_uri_get_port (uri) > 0)
    host = g_strdup_printf ("%s-%d", g_uri_get_host (uri), g_uri_get_port (uri));
  else
    host = g_strdup (uri ? g_uri_get_host (uri) : "server");
  name = g_strdup_printf ("%s-%s.plenary", host, pl_couch_client_get_database (self->client));
  g_strdelimit (name, "/\\:", '-');

  dir = g_build_filename (g_get_user_data_dir (), "plenary", "sessions", NULL);
  pl_session_file_make_private_folder (dir, NULL);
  return g_build_filename (dir, name, NULL);
}

/**
 * pl_sync_connection_bind:
 *
 * Returns: (transfer full): an engine that syncs @session with the
 *   server, for the caller to start
 */
PlSyncEngine *
pl_sync_connection_bind (PlSyncConnection *self,
                         PlSession        *session)
{
  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), NULL);
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return pl_sync_engine_new (session, self->client);
}

/**
 * pl_sync_connection_keep_copy:
 * @session: a session pl_sync_connection_download_finish() gave
 *
 * Writes the server's session where it is kept. The download's engine is
 * dropped first: it writes the rest of its state (revs, bases, last_seq,
 * the login's roles) into the session, so the file holds everything a
 * window needs to go live. The copy holds what its account may read, for
 * no other local user: the folder is made (or made again) its owner's
 * only (issue 16).
 */
gboolean
pl_sync_connection_keep_copy (PlSyncConnection  *self,
                              PlSession         *session,
                              const char        *path,
                              GError           **error)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (PL_IS_SYNC_CONNECTION (self), FALSE);
  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);

  if (self->engine != NULL && pl_sync_engine_get_session (self->engine) == session)
    g_clear_object (&self->engine);

  dir = g_path_get_dirname (path);
  return pl_session_file_make_private_folder (dir, error) &&
         pl_session_file_save (session, path, error);
}

/**
 * pl_sync_connection_set_aside_copy:
 * @path: a local copy (or any session file)
 * @aside_path: (out) (optional): where it now is
 *
 * Moves a copy in trouble out of the way before it is downloaded again
 * (issue 18): renamed whole, byte for byte, next to itself as
 * `NAME.discarded-YYYYMMDD-HHMMSS` (a number added if that exists), so
 * nothing of it is lost and nothing opens it as the session by mistake.
 * Never deletes: a failure leaves the file where it was.
 */
gboolean
pl_sync_connection_set_aside_copy (const char  *path,
                                   char       **aside_path,
                                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autoptr(GFile) source = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  source = g_file_new_for_path (path);
  for (guint n = 0; n < 100; n++)
    {
      g_autofree char *target_path = n == 0 ? g_strdup_printf ("%s.discarded-%s", path, stamp)
                                            : g_strdup_printf ("%s.discarded-%s-%u", path, stamp, n);
      g_autoptr(GFile) target = g_file_new_for_path (target_path);
      g_autoptr(GError) local_error = NULL;

      /* No overwrite: an earlier copy set aside in the same second stays. */
      if (g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local_error))
        {
          if (aside_path != NULL)
            *aside_path = g_steal_pointer (&target_path);
          return TRUE;
        }
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("the copy “%s” could not be set aside: %s"), path, local_error->message);
          return FALSE;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("the copy “%s” could not be set aside: too many copies set aside this second"), path);
  return FALSE;
}

/**
 * pl_sync_connection_probe_async:
 *
 * Asks the server whether the password is right, which roles the user
 * holds, and whether the database holds a session (see #PlAccountProbe).
 */
void
pl_sync_connection_probe_async (PlSyncConnection    *self,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PL_IS_SYNC_CONNECTION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_connection_probe_async);
  set_step (self, PL_SYNC_CONNECTION_PROBING);
  pl_account_probe_async (self->client, cancellable, on_probe_cb, g_steal_pointer (&task));
}

/**
 * pl_sync_connection_probe_finish:
 *
 * Returns: %TRUE, with the answer in pl_sync_connection_get_probe(), or
 *   %FALSE with @error (wrong password, no such database, server down...)
 */
gboolean
pl_sync_connection_probe_finish (PlSyncConnection  *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pl_sync_connection_rebind_async:
 *
 * Moves a file bound to one database to this connection's, if it is
 * empty (no record but design documents) or holds the same session; the
 * session then forgets its old revs and bases. Sessions have no uuid:
 * the same session is the one whose `session` record has the same
 * `body` and `session_number` (the symbol may be reissued, the title
 * edited).
 */
void
pl_sync_connection_rebind_async (PlSyncConnection    *self,
                                 PlSession           *session,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PL_IS_SYNC_CONNECTION (self));
  g_return_if_fail (PL_IS_SESSION (session));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_connection_rebind_async);
  g_task_set_task_data (task, g_object_ref (session), g_object_unref);
  set_step (self, PL_SYNC_CONNECTION_CHECKING);
  pl_couch_client_get_doc_async (self->client, "session", cancellable, on_rebind_session_cb,
                                 g_steal_pointer (&task));
}

gboolean
pl_sync_connection_rebind_finish (PlSyncConnection  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pl_sync_connection_download_async:
 *
 * Makes a session from the server's, in one round.
 */
void
pl_sync_connection_download_async (PlSyncConnection    *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(PlSession) session = pl_session_new_empty ();
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PL_IS_SYNC_CONNECTION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_connection_download_async);
  g_task_set_task_data (task, g_object_ref (session), g_object_unref);

  g_clear_object (&self->engine);
  self->engine = pl_sync_connection_bind (self, session);
  /* The empty session's settings record is not an edit to push over the
   * server's. */
  pl_sync_engine_mark_clean (self->engine);
  set_step (self, PL_SYNC_CONNECTION_DOWNLOADING);
  pl_sync_engine_sync_async (self->engine, cancellable, on_round_cb, g_steal_pointer (&task));
}

/**
 * pl_sync_connection_download_finish:
 *
 * Returns: (transfer full) (nullable): the server's session, or %NULL
 *   with @error; pl_sync_connection_get_engine() says what the round did
 *   either way
 */
PlSession *
pl_sync_connection_download_finish (PlSyncConnection  *self,
                                    GAsyncResult      *result,
                                    GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  return g_object_ref (g_task_get_task_data (G_TASK (result)));
}

/**
 * pl_sync_connection_sync_async:
 *
 * One push-and-pull round of @session with the server.
 */
void
pl_sync_connection_sync_async (PlSyncConnection    *self,
                               PlSession           *session,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PL_IS_SYNC_CONNECTION (self));
  g_return_if_fail (PL_IS_SESSION (session));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_connection_sync_async);

  if (self->engine == NULL || pl_sync_engine_get_session (self->engine) != session)
    {
      g_clear_object (&self->engine);
      self->engine = pl_sync_connection_bind (self, session);
    }
  set_step (self, PL_SYNC_CONNECTION_SYNCING);
  pl_sync_engine_sync_async (self->engine, cancellable, on_round_cb, g_steal_pointer (&task));
}

gboolean
pl_sync_connection_sync_finish (PlSyncConnection  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
