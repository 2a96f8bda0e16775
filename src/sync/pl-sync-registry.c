/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-json-text.h"
#include "pl-sync-registry.h"
#include "pl-sync-setup.h"

/*
 * The registry of members (issue 18): which members each delegation
 * registered, with their ranks, published by the secretariat's client into
 * the delegates' database's `_security` object as
 *
 *   "plenary": { "members": { "delegation:AUT": { "<member id>": "minister", … }, … } }
 *
 * because that object is the only thing besides the document that
 * CouchDB (and PouchDB Server) give validate_doc_update: there it refuses
 * a delegate's request to speak for an unregistered member or with a rank
 * above the registered one. `members` and `admins` (who may read and
 * write) are left as they are; so is anything else under `plenary`.
 * Writing `_security` needs a database admin: server-setup makes the role
 * `secretariat` one of the delegates' database.
 */

/**
 * pl_sync_registry_build:
 *
 * Returns: (transfer full): {delegation _id: {member id: rank}} for every
 *   delegation of @session; a member without a rank this version knows is
 *   `unknown`, a member without an `id` is left out
 */
JsonObject *
pl_sync_registry_build (PlSession *session)
{
  JsonObject *registry = json_object_new ();
  GListModel *delegations;

  g_return_val_if_fail (PL_IS_SESSION (session), registry);

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      JsonNode *members = pl_delegation_get_members (delegation);
      JsonObject *ranks = json_object_new ();

      for (guint k = 0; members != NULL && JSON_NODE_HOLDS_ARRAY (members)
                        && k < json_array_get_length (json_node_get_array (members)); k++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (members), k);
          JsonObject *member;
          const char *id, *rank;
          int value;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          member = json_node_get_object (element);
          id = pl_json_object_get_string (member, "id", NULL);
          rank = pl_json_object_get_string (member, "rank", NULL);
          if (id == NULL || *id == '\0')
            continue;
          if (!pl_enum_from_nick (PL_TYPE_RANK, rank, &value))
            rank = pl_enum_to_nick (PL_TYPE_RANK, PL_RANK_UNKNOWN);
          json_object_set_string_member (ranks, id, rank);
        }
      json_object_set_object_member (registry, pl_record_get_id (PL_RECORD (delegation)), ranks);
    }
  return registry;
}

typedef struct
{
  JsonObject *registry;
  char       *security_path;
  char       *design_path;
  gboolean    changed;
} PublishData;

static void
publish_data_free (PublishData *data)
{
  json_object_unref (data->registry);
  g_free (data->security_path);
  g_free (data->design_path);
  g_free (data);
}

static void
publish_fail (GTask  *task,
              GError *error)
{
  g_prefix_error (&error, _("Could not publish the delegations’ registered members: "));
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* @object with `plenary.members` set to the registry, everything else
 * kept; NULL when it holds that registry already. */
static JsonObject *
with_registry (JsonObject *object,
               JsonObject *registry)
{
  JsonObject *result = json_object_new ();
  g_autoptr(JsonObject) plenary = json_object_new ();
  JsonObject *old_plenary = NULL;
  JsonNode *published = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (json_object_has_member (object, "plenary") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "plenary")))
    old_plenary = json_object_get_object_member (object, "plenary");
  if (old_plenary != NULL)
    published = json_object_get_member (old_plenary, "members");
  if (published != NULL && JSON_NODE_HOLDS_OBJECT (published)
      && json_object_equal (json_node_get_object (published), registry))
    {
      json_object_unref (result);
      return NULL;
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!g_str_equal (name, "plenary"))
      json_object_set_member (result, name, json_node_copy (node));
  if (old_plenary != NULL)
    {
      json_object_iter_init_ordered (&iter, old_plenary);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        if (!g_str_equal (name, "members"))
          json_object_set_member (plenary, name, json_node_copy (node));
    }
  json_object_set_object_member (plenary, "members", json_object_ref (registry));
  json_object_set_object_member (result, "plenary", json_object_ref (plenary));
  return result;
}

static void on_design_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
get_design (GTask *task)
{
  PublishData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  pl_couch_client_request_async (g_task_get_source_object (task), "GET", data->design_path, NULL, NULL, 0,
                                 cancellable, on_design_cb, task);
}

static void
on_design_put_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = user_data;
  PublishData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      publish_fail (task, error);
      return;
    }
  data->changed = TRUE;
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/* The same registry in the design document, for PouchDB Server 4.2.0:
 * its _bulk_docs (how every client pushes) calls validate_doc_update with
 * an empty security object, since that route comes before the one that
 * reads it; the function is called on the design document (`this`) there,
 * so it reads this copy instead. CouchDB gives the security object on
 * every write. */
static void
on_design_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  PublishData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) update = NULL;
  g_autoptr(JsonNode) body = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      if (answer == NULL && !g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
        {
          publish_fail (task, error);
          return;
        }
      g_clear_error (&error);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  update = with_registry (json_node_get_object (answer), data->registry);
  if (update == NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  body = json_node_init_object (json_node_alloc (), update);
  pl_couch_client_request_async (PL_COUCH_CLIENT (source), "PUT", data->design_path, NULL, body, 0,
                                 cancellable, on_design_put_cb, task);
}

static void
on_security_put_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GTask *task = user_data;
  PublishData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      publish_fail (task, error);
      return;
    }
  data->changed = TRUE;
  get_design (task);
}

static void
on_security_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  PublishData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) update = NULL;
  g_autoptr(JsonObject) empty = json_object_new ();
  g_autoptr(JsonNode) body = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      /* A session set up without a delegates' database has no one to
       * publish to. */
      if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
        {
          g_clear_error (&error);
          g_task_return_boolean (task, TRUE);
          g_object_unref (task);
          return;
        }
      publish_fail (task, error);
      return;
    }

  update = with_registry (JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : empty, data->registry);
  if (update == NULL)
    {
      get_design (task);
      return;
    }
  body = json_node_init_object (json_node_alloc (), update);
  pl_couch_client_request_async (PL_COUCH_CLIENT (source), "PUT", data->security_path, NULL, body, 0,
                                 cancellable, on_security_put_cb, task);
}

/**
 * pl_sync_registry_publish_async:
 * @client: the secretariat's client, logged in, for the session's
 *   database
 *
 * Publishes @session's registered members (pl_sync_registry_build(), taken
 * now) into the delegates' database's `_security` and, for PouchDB Server,
 * its design document `_design/plenary`, unless they hold them already. A
 * session without a delegates' database is left alone.
 */
void
pl_sync_registry_publish_async (PlCouchClient       *client,
                                PlSession           *session,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  GTask *task = g_task_new (client, cancellable, callback, user_data);
  g_autofree char *delegates = NULL;
  g_autofree char *escaped = NULL;
  PublishData *data;

  g_return_if_fail (PL_IS_COUCH_CLIENT (client));
  g_return_if_fail (PL_IS_SESSION (session));

  g_task_set_source_tag (task, pl_sync_registry_publish_async);
  delegates = pl_sync_delegates_database (pl_couch_client_get_database (client));
  escaped = g_uri_escape_string (delegates, NULL, FALSE);
  data = g_new0 (PublishData, 1);
  data->registry = pl_sync_registry_build (session);
  data->security_path = g_strconcat ("/", escaped, "/_security", NULL);
  data->design_path = g_strconcat ("/", escaped, "/_design/plenary", NULL);
  g_task_set_task_data (task, data, (GDestroyNotify) publish_data_free);

  pl_couch_client_request_async (client, "GET", data->security_path, NULL, NULL, 0, cancellable,
                                 on_security_cb, task);
}

/**
 * pl_sync_registry_publish_finish:
 * @changed: (out) (optional): whether the server's copy was written
 */
gboolean
pl_sync_registry_publish_finish (PlCouchClient  *client,
                                 GAsyncResult   *result,
                                 gboolean       *changed,
                                 GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, client), FALSE);

  if (changed != NULL)
    *changed = !g_task_had_error (G_TASK (result))
               && ((PublishData *) g_task_get_task_data (G_TASK (result)))->changed;
  return g_task_propagate_boolean (G_TASK (result), error);
}
