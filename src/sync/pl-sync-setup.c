/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-store-resources.h"
#include "pl-couch-response.h"
#include "pl-sync-setup.h"

/*
 * `plenary-cli server-setup` and `server-user` (DESIGN.md, "Roles,
 * enforced by the server"). With a server admin's credentials,
 * server-setup makes a session's two databases: the secretariat's (every
 * record; members: the role secretariat) and the delegates' (public
 * records only; members: secretariat and delegate), each with its
 * `_security` object and the design document `_design/plenary` (the
 * validate_doc_update function and the replication filters, all from
 * data/couchdb/), and the two continuous server-side replications
 * between them, as `_replicator` documents. CouchDB grants reading per
 * database, so the only way a delegate reads nothing confidential is a
 * database that holds nothing confidential.
 *
 * Idempotent: what is already right is left alone, so running it twice
 * changes nothing.
 *
 * DESIGN: never create a database as a non-admin (PouchDB Server crashes
 * on it): the user's roles are read from `_session` first.
 */

#define RESOURCE_DIR "/io/github/plenary/Plenary/data/couchdb/"

/**
 * pl_sync_delegates_database:
 * @database: the session's database (the secretariat's)
 *
 * The one place that names a session's delegates' database.
 *
 * Returns: (transfer full): its name, `DATABASE-delegates`
 */
char *
pl_sync_delegates_database (const char *database)
{
  g_return_val_if_fail (database != NULL, NULL);

  return g_strconcat (database, "-delegates", NULL);
}

static GBytes *
lookup_resource (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  GBytes *bytes;

  /* Referencing the resource keeps its object (whose constructor
   * registers it) in the link, as pl-samples.c does. */
  (void) pl_store_get_resource ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  return bytes;
}

static JsonObject *
load_json_resource (const char *name)
{
  g_autoptr(GBytes) bytes = lookup_resource (name);
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_assert_not_reached ();
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
load_text_resource (const char *name)
{
  g_autoptr(GBytes) bytes = lookup_resource (name);
  char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return g_strstrip (text);
}

/**
 * pl_sync_setup_security_object:
 *
 * Returns: (transfer full): the secretariat's database's `_security`,
 *   data/couchdb/security.json
 */
JsonObject *
pl_sync_setup_security_object (void)
{
  return load_json_resource ("security.json");
}

/**
 * pl_sync_setup_delegates_security_object:
 *
 * Returns: (transfer full): the delegates' database's `_security`,
 *   data/couchdb/security-delegates.json
 */
JsonObject *
pl_sync_setup_delegates_security_object (void)
{
  return load_json_resource ("security-delegates.json");
}

/**
 * pl_sync_setup_design_document:
 *
 * Returns: (transfer full): `_design/plenary`, the same in both
 *   databases: validate_doc_update and the filters `public` (what the
 *   delegates may read) and `requests` (what they send back), from
 *   data/couchdb/
 */
JsonObject *
pl_sync_setup_design_document (void)
{
  g_autofree char *validate = load_text_resource ("validate_doc_update.js");
  g_autofree char *public = load_text_resource ("filter_public.js");
  g_autofree char *requests = load_text_resource ("filter_requests.js");
  JsonObject *doc = json_object_new ();
  JsonObject *filters = json_object_new ();

  json_object_set_string_member (doc, "_id", "_design/plenary");
  json_object_set_string_member (doc, "language", "javascript");
  json_object_set_string_member (doc, "validate_doc_update", validate);
  json_object_set_string_member (filters, "public", public);
  json_object_set_string_member (filters, "requests", requests);
  json_object_set_object_member (doc, "filters", filters);
  return doc;
}

/* ------------------------------------------------------------------ */
/* A list of things to make sure of, done one after the other          */

typedef enum {
  ACTION_LOGIN,
  ACTION_CHECK_ADMIN,
  ACTION_DATABASE,      /* exists, or is created */
  ACTION_DATABASE_MUST_EXIST,
  ACTION_SECURITY,      /* PUT as is, compared whole */
  ACTION_DOCUMENT,      /* PUT with the rev it replaces, compared on `compare` */
  ACTION_USER,          /* a _users document, and its password */
  ACTION_REPLICATION,   /* a _replicator document, replaced whole */
} ActionKind;

typedef struct
{
  ActionKind   kind;
  char        *path;      /* absolute: "/db", "/db/_security", "/db/id" */
  char        *name;      /* what the messages call it */
  JsonObject  *wanted;
  const char * const *compare;  /* the members that must be equal */
  char        *created;   /* the messages: changed… */
  char        *right;     /* …or found right */
  char        *updated;   /* (nullable) changed, when it existed */
  char        *password;  /* ACTION_USER: the user's, to check it */
  JsonObject  *existing;  /* ACTION_USER: as the server has it */
} Action;

typedef struct
{
  GPtrArray *actions;   /* of Action* */
  guint      next;
  GPtrArray *done;      /* of char*: what was changed or found right */
  gboolean   changed;
} SetupData;

static void
action_free (Action *action)
{
  g_free (action->path);
  g_free (action->name);
  g_clear_pointer (&action->wanted, json_object_unref);
  g_clear_pointer (&action->existing, json_object_unref);
  g_free (action->created);
  g_free (action->right);
  g_free (action->updated);
  if (action->password != NULL)
    memset (action->password, 0, strlen (action->password));
  g_free (action->password);
  g_free (action);
}

static void
setup_data_free (SetupData *data)
{
  g_ptr_array_unref (data->actions);
  g_ptr_array_unref (data->done);
  g_free (data);
}

static Action *
add_action (SetupData  *data,
            ActionKind  kind,
            const char *path)
{
  Action *action = g_new0 (Action, 1);

  action->kind = kind;
  action->path = g_strdup (path);
  g_ptr_array_add (data->actions, action);
  return action;
}

static char *
database_path (const char *database,
               const char *rest)
{
  g_autofree char *escaped = g_uri_escape_string (database, NULL, FALSE);

  return rest != NULL ? g_strconcat ("/", escaped, "/", rest, NULL) : g_strconcat ("/", escaped, NULL);
}

/* The steps below take the task's one reference (fail(), record(),
 * setup_next(), put_wanted(), write_document()); each callback owns it
 * with g_autoptr() and hands it on with g_steal_pointer(). */
static void setup_next (GTask *task);

static void
fail (GTask  *task,
      GError *error)
{
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
record (GTask      *task,
        const char *message,
        gboolean    changed)
{
  SetupData *data = g_task_get_task_data (task);

  g_ptr_array_add (data->done, g_strdup (message));
  data->changed |= changed;
  setup_next (task);
}

static Action *
current_action (GTask *task)
{
  SetupData *data = g_task_get_task_data (task);

  return g_ptr_array_index (data->actions, data->next - 1);
}

static void
on_login_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!pl_couch_client_login_finish (PL_COUCH_CLIENT (source), result, &error))
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  setup_next (g_steal_pointer (&task));
}

static void
on_session_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL)
    {
      fail (g_steal_pointer (&task), error);
      return;
    }

  if (!pl_couch_response_session_is_admin (answer))
    {
      GError *refused = g_error_new (PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                                     _("user “%s” is not an admin of the server %s; "
                                       "%s needs a server admin’s user name and password"),
                                     pl_couch_client_get_user (client) ? pl_couch_client_get_user (client) : "",
                                     pl_couch_client_get_server_url (client),
                                     g_task_get_source_tag (task) == pl_sync_setup_user_async
                                     ? "server-user" : "server-setup");

      fail (g_steal_pointer (&task), refused);
      return;
    }
  setup_next (g_steal_pointer (&task));
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Action *action = current_action (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  record (g_steal_pointer (&task), action->created, TRUE);
}

static void
on_database_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GCancellable *cancellable = g_task_get_cancellable (task);
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  Action *action = current_action (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer != NULL)
    {
      if (action->kind == ACTION_DATABASE)
        record (g_steal_pointer (&task), action->right, FALSE);
      else
        setup_next (g_steal_pointer (&task));
      return;
    }
  if (!g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  g_clear_error (&error);
  if (action->kind == ACTION_DATABASE_MUST_EXIST)
    {
      fail (g_steal_pointer (&task),
            g_error_new (PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND,
                         _("the database “%s” does not exist on %s: "
                           "run plenary-cli server-setup for it first"),
                         action->name, pl_couch_client_get_server_url (client)));
      return;
    }
  pl_couch_client_request_async (client, "PUT", action->path, NULL, NULL, 0, cancellable,
                                 on_written_cb, g_steal_pointer (&task));
}

static gboolean
members_equal (JsonObject         *existing,
               JsonObject         *wanted,
               const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      JsonNode *a = json_object_get_member (existing, names[i]);
      JsonNode *b = json_object_get_member (wanted, names[i]);

      if ((a == NULL) != (b == NULL) || (a != NULL && !json_node_equal (a, b)))
        return FALSE;
    }
  return TRUE;
}

static void
put_wanted (GTask      *task,
            JsonObject *wanted)
{
  PlCouchClient *client = g_task_get_source_object (task);
  g_autoptr(JsonNode) body = json_node_init_object (json_node_alloc (), wanted);

  pl_couch_client_request_async (client, "PUT", current_action (task)->path, NULL, body, 0,
                                 g_task_get_cancellable (task), on_written_cb, task);
}

static void
on_replication_deleted_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Action *action = current_action (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  g_free (action->created);
  action->created = g_strdup (action->updated);
  put_wanted (g_steal_pointer (&task), action->wanted);
}

static void write_document (GTask      *task,
                            JsonObject *existing);

static void
on_existing_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  Action *action = current_action (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) wanted = json_object_ref (action->wanted);
  JsonObject *existing;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL && !g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  g_clear_error (&error);

  existing = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  if (action->kind == ACTION_SECURITY)
    {
      static const char * const access[] = { "admins", "members", NULL };

      /* Only who may read and write is server-setup's: what else the
       * object holds stays (the registered members the secretariat's
       * client publishes there, `plenary`, issue 18). */
      if (existing != NULL && members_equal (existing, wanted, access))
        {
          record (g_steal_pointer (&task), action->right, FALSE);
          return;
        }
      if (existing != NULL)
        {
          g_autoptr(JsonObject) merged = json_object_new ();
          JsonObjectIter iter;
          const char *name;
          JsonNode *node;

          json_object_iter_init_ordered (&iter, existing);
          while (json_object_iter_next_ordered (&iter, &name, &node))
            if (!g_strv_contains (access, name))
              json_object_set_member (merged, name, json_node_copy (node));
          for (guint i = 0; access[i] != NULL; i++)
            json_object_set_member (merged, access[i], json_node_copy (json_object_get_member (wanted, access[i])));
          put_wanted (g_steal_pointer (&task), merged);
          return;
        }
      put_wanted (g_steal_pointer (&task), wanted);
      return;
    }

  if (existing != NULL && members_equal (existing, wanted, action->compare))
    {
      record (g_steal_pointer (&task), action->right, FALSE);
      return;
    }
  write_document (g_steal_pointer (&task), existing);
}

/* Writes the action's document: new, or over @existing. */
static void
write_document (GTask      *task,
                JsonObject *existing)
{
  PlCouchClient *client = g_task_get_source_object (task);
  Action *action = current_action (task);
  g_autoptr(JsonObject) wanted = json_object_ref (action->wanted);

  if (existing != NULL && action->kind == ACTION_REPLICATION &&
      pl_couch_response_string_member (existing, "_rev") != NULL)
    {
      /* A running replication's document is the replicator's to change:
       * this one is deleted and written anew. */
      g_autofree char *query = g_strconcat ("rev=", pl_couch_response_string_member (existing, "_rev"), NULL);

      pl_couch_client_request_async (client, "DELETE", action->path, query, NULL, 0,
                                     g_task_get_cancellable (task), on_replication_deleted_cb, task);
      return;
    }
  if (existing != NULL && pl_couch_response_string_member (existing, "_rev") != NULL)
    {
      /* An update: what the server added (a replication's state, a
       * user's password hash) goes with it, ours replaces the rest. */
      JsonObject *update = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init (&iter, existing);
      while (json_object_iter_next (&iter, &name, &node))
        json_object_set_member (update, name, json_node_copy (node));
      json_object_iter_init (&iter, wanted);
      while (json_object_iter_next (&iter, &name, &node))
        json_object_set_member (update, name, json_node_copy (node));
      if (action->kind == ACTION_USER)
        {
          /* The server derives these from the new password again. */
          json_object_remove_member (update, "derived_key");
          json_object_remove_member (update, "salt");
        }
      json_object_unref (wanted);
      wanted = update;
    }
  if (existing != NULL && action->updated != NULL)
    {
      g_free (action->created);
      action->created = g_strdup (action->updated);
    }
  put_wanted (task, wanted);
}

/* A user whose roles are right may still have another password: the
 * only way to tell is to log in as them, with a client of its own. */
static void
on_user_login_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(PlCouchClient) probe = PL_COUCH_CLIENT (source);
  Action *action = current_action (task);
  GError *error = NULL;

  if (pl_couch_client_login_finish (probe, result, &error))
    {
      record (g_steal_pointer (&task), action->right, FALSE);
      return;
    }
  if (!g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED))
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  g_clear_error (&error);
  /* The roles are right, the password is not: the same update. */
  write_document (g_steal_pointer (&task), action->existing);
}

static void
on_user_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GCancellable *cancellable = g_task_get_cancellable (task);
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  Action *action = current_action (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;
  PlCouchClient *probe;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL && !g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      fail (g_steal_pointer (&task), error);
      return;
    }
  g_clear_error (&error);
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer) ||
      !members_equal (json_node_get_object (answer), action->wanted, action->compare))
    {
      /* New, or other roles: on_existing_cb() writes it. */
      pl_couch_client_request_async (client, "GET", action->path, NULL, NULL, 0,
                                     cancellable, on_existing_cb, g_steal_pointer (&task));
      return;
    }

  action->existing = json_object_ref (json_node_get_object (answer));
  probe = pl_couch_client_new (pl_couch_client_get_server_url (client), pl_couch_client_get_database (client), NULL);
  pl_couch_client_set_credentials (probe, action->name, action->password);
  pl_couch_client_login_async (probe, cancellable, on_user_login_cb, g_steal_pointer (&task));
}

static void
setup_next (GTask *task)
{
  PlCouchClient *client = g_task_get_source_object (task);
  SetupData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  Action *action;

  if (data->next == data->actions->len)
    {
      g_ptr_array_add (data->done, NULL);
      g_task_return_pointer (task, g_ptr_array_steal (data->done, NULL), (GDestroyNotify) g_strfreev);
      g_object_unref (task);
      return;
    }

  action = g_ptr_array_index (data->actions, data->next++);
  switch (action->kind)
    {
    case ACTION_LOGIN:
      pl_couch_client_login_async (client, cancellable, on_login_cb, task);
      break;
    case ACTION_CHECK_ADMIN:
      pl_couch_client_request_async (client, "GET", "/_session", NULL, NULL, 0, cancellable, on_session_cb, task);
      break;
    case ACTION_DATABASE:
    case ACTION_DATABASE_MUST_EXIST:
      pl_couch_client_request_async (client, "GET", action->path, NULL, NULL, 0, cancellable, on_database_cb, task);
      break;
    case ACTION_SECURITY:
    case ACTION_DOCUMENT:
    case ACTION_REPLICATION:
      pl_couch_client_request_async (client, "GET", action->path, NULL, NULL, 0, cancellable, on_existing_cb, task);
      break;
    case ACTION_USER:
    default:
      pl_couch_client_request_async (client, "GET", action->path, NULL, NULL, 0, cancellable, on_user_cb, task);
      break;
    }
}

static SetupData *
setup_data_new (void)
{
  SetupData *data = g_new0 (SetupData, 1);

  data->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) action_free);
  data->done = g_ptr_array_new_with_free_func (g_free);
  add_action (data, ACTION_LOGIN, NULL);
  add_action (data, ACTION_CHECK_ADMIN, NULL);
  return data;
}

static void
add_database (SetupData  *data,
              const char *database,
              JsonObject *security,
              const char *members)
{
  static const char * const design_members[] = { "language", "validate_doc_update", "filters", NULL };
  g_autofree char *path = database_path (database, NULL);
  g_autofree char *security_path = database_path (database, "_security");
  g_autofree char *design_path = database_path (database, "_design/plenary");
  Action *action;

  action = add_action (data, ACTION_DATABASE, path);
  action->created = g_strdup_printf (_("created the database “%s”"), database);
  action->right = g_strdup_printf (_("the database “%s” exists"), database);

  if (security != NULL)
    {
      action = add_action (data, ACTION_SECURITY, security_path);
      action->wanted = security;
      action->created = g_strdup_printf (_("installed the _security object of “%s” (members: %s)"),
                                         database, members);
      action->right = g_strdup_printf (_("the _security object of “%s” is already right"), database);

      action = add_action (data, ACTION_DOCUMENT, design_path);
      action->wanted = pl_sync_setup_design_document ();
      action->compare = design_members;
      action->created = g_strdup_printf (_("installed the design document _design/plenary in “%s”"), database);
      action->right = g_strdup_printf (_("the design document _design/plenary in “%s” is already right"),
                                       database);
    }
}

/* A continuous replication, run by the server itself with the admin's
 * credentials (only an admin reads `_replicator`). */
static void
add_replication (SetupData     *data,
                 PlCouchClient *client,
                 const char    *id,
                 const char    *source,
                 const char    *target,
                 const char    *filter)
{
  static const char * const replication_members[] = { "source", "target", "filter", "continuous", NULL };
  g_autofree char *path = g_strconcat ("/_replicator/", id, NULL);
  g_autofree char *source_url = pl_couch_client_dup_database_url (client, source);
  g_autofree char *target_url = pl_couch_client_dup_database_url (client, target);
  Action *action;

  action = add_action (data, ACTION_REPLICATION, path);
  action->wanted = json_object_new ();
  action->compare = replication_members;
  json_object_set_string_member (action->wanted, "_id", id);
  json_object_set_string_member (action->wanted, "source", source_url);
  json_object_set_string_member (action->wanted, "target", target_url);
  json_object_set_string_member (action->wanted, "filter", filter);
  json_object_set_boolean_member (action->wanted, "continuous", TRUE);
  action->created = g_strdup_printf (_("started the continuous replication “%s” (%s → %s, filter %s)"),
                                     id, source, target, filter);
  action->updated = g_strdup_printf (_("restarted the continuous replication “%s” (%s → %s, filter %s)"),
                                     id, source, target, filter);
  action->right = g_strdup_printf (_("the replication “%s” is already right"), id);
  memset (source_url, 0, strlen (source_url));
  memset (target_url, 0, strlen (target_url));
}

/**
 * pl_sync_setup_server_async:
 * @admin_client: a client with a server admin's credentials, for the
 *   session's database (the secretariat's)
 */
void
pl_sync_setup_server_async (PlCouchClient       *admin_client,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  const char *database;
  g_autofree char *delegates = NULL;
  g_autofree char *public_id = NULL;
  g_autofree char *requests_id = NULL;
  GTask *task;
  SetupData *data;

  g_return_if_fail (PL_IS_COUCH_CLIENT (admin_client));

  database = pl_couch_client_get_database (admin_client);
  delegates = pl_sync_delegates_database (database);
  public_id = g_strconcat ("plenary-", database, "-public", NULL);
  requests_id = g_strconcat ("plenary-", database, "-requests", NULL);

  task = g_task_new (admin_client, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_setup_server_async);
  data = setup_data_new ();
  add_database (data, database, pl_sync_setup_security_object (), "secretariat");
  add_database (data, delegates, pl_sync_setup_delegates_security_object (), "secretariat, delegate");
  /* CouchDB 3 makes `_replicator` when a node is set up; a bare one may
   * lack it. */
  add_database (data, "_replicator", NULL, NULL);
  add_replication (data, admin_client, public_id, database, delegates, "plenary/public");
  add_replication (data, admin_client, requests_id, delegates, database, "plenary/requests");
  g_task_set_task_data (task, data, (GDestroyNotify) setup_data_free);
  setup_next (task);
}

/**
 * pl_sync_setup_server_finish:
 *
 * Returns: (transfer full): one line per thing done or found right
 */
GStrv
pl_sync_setup_server_finish (PlCouchClient  *admin_client,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, admin_client), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pl_sync_setup_user_async:
 * @admin_client: a client with a server admin's credentials, for the
 *   session's database (which must exist)
 * @name: the user's name
 * @password: the user's password
 * @roles: the user's roles, e.g. `secretariat`, or `delegate` and
 *   `delegation:FRA`
 *
 * Creates or updates `_users/org.couchdb.user:NAME`. A user whose roles
 * and password are already right is left alone.
 */
void
pl_sync_setup_user_async (PlCouchClient       *admin_client,
                          const char          *name,
                          const char          *password,
                          const char * const  *roles,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  static const char * const user_members[] = { "roles", NULL };
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  g_autofree char *listed = NULL;
  JsonArray *array = json_array_new ();
  GTask *task;
  SetupData *data;
  Action *action;

  g_return_if_fail (PL_IS_COUCH_CLIENT (admin_client));
  g_return_if_fail (name != NULL && password != NULL && roles != NULL);

  id = g_strconcat ("org.couchdb.user:", name, NULL);
  escaped = g_uri_escape_string (id, ":", FALSE);
  path = g_strconcat ("/_users/", escaped, NULL);
  listed = g_strjoinv (", ", (GStrv) roles);
  for (guint i = 0; roles[i] != NULL; i++)
    json_array_add_string_element (array, roles[i]);

  task = g_task_new (admin_client, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_setup_user_async);
  data = setup_data_new ();
  {
    g_autofree char *db_path = database_path (pl_couch_client_get_database (admin_client), NULL);

    action = add_action (data, ACTION_DATABASE_MUST_EXIST, db_path);
    action->name = g_strdup (pl_couch_client_get_database (admin_client));
  }
  action = add_action (data, ACTION_USER, path);
  action->name = g_strdup (name);
  action->password = g_strdup (password);
  action->wanted = json_object_new ();
  action->compare = user_members;
  json_object_set_string_member (action->wanted, "_id", id);
  json_object_set_string_member (action->wanted, "name", name);
  json_object_set_string_member (action->wanted, "type", "user");
  json_object_set_array_member (action->wanted, "roles", array);
  json_object_set_string_member (action->wanted, "password", password);
  action->created = g_strdup_printf (_("created the user “%s” (roles: %s)"), name, listed);
  action->updated = g_strdup_printf (_("updated the user “%s” (roles: %s)"), name, listed);
  action->right = g_strdup_printf (_("the user “%s” is already right, nothing changed (roles: %s)"), name, listed);
  g_task_set_task_data (task, data, (GDestroyNotify) setup_data_free);
  setup_next (task);
}

/**
 * pl_sync_setup_user_finish:
 *
 * Returns: (transfer full): one line per thing done or found right
 */
GStrv
pl_sync_setup_user_finish (PlCouchClient  *admin_client,
                           GAsyncResult   *result,
                           GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, admin_client), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
