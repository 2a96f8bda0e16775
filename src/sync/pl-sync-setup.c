/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-store-resources.h"
#include "pl-couch-response.h"
#include "pl-sync-setup.h"

/*
 * `plenary-cli server-setup` (DESIGN.md, "Roles, enforced by the
 * server"): with a server admin's credentials, make the session's
 * database, its `_security` object (members: the roles secretariat and
 * delegate) and the design document `_design/plenary` whose
 * validate_doc_update lets the secretariat write anything and a delegate
 * only create speaker_request records for their own delegation. Both
 * come from data/couchdb/. Idempotent: what is already right is left
 * alone, so running it twice changes nothing.
 *
 * DESIGN: never create a database as a non-admin (PouchDB Server crashes
 * on it): the user's roles are read from `_session` first.
 */

#define RESOURCE_DIR "/io/github/plenary/Plenary/data/couchdb/"

typedef enum {
  STEP_LOGIN,
  STEP_CHECK_ADMIN,
  STEP_DATABASE,
  STEP_SECURITY,
  STEP_DESIGN,
  STEP_DONE,
} Step;

typedef struct
{
  Step       step;
  GPtrArray *done;   /* of char*: what was changed or found right */
} SetupData;

static void
setup_data_free (SetupData *data)
{
  g_ptr_array_unref (data->done);
  g_free (data);
}

static JsonNode *
load_json_resource (const char *name)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  /* Referencing the resource keeps its object (whose constructor
   * registers it) in the link, as pl-samples.c does. */
  (void) pl_store_get_resource ();
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    g_assert_not_reached ();
  return json_node_copy (json_parser_get_root (parser));
}

/**
 * pl_sync_setup_security_object:
 *
 * Returns: (transfer full): data/couchdb/security.json
 */
JsonObject *
pl_sync_setup_security_object (void)
{
  g_autoptr(JsonNode) node = load_json_resource ("security.json");

  return json_object_ref (json_node_get_object (node));
}

/**
 * pl_sync_setup_design_document:
 *
 * Returns: (transfer full): `_design/plenary`, with the
 *   validate_doc_update function of data/couchdb/validate_doc_update.js
 */
JsonObject *
pl_sync_setup_design_document (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_DIR "validate_doc_update.js",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *source = NULL;
  JsonObject *doc = json_object_new ();

  (void) pl_store_get_resource ();
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_resources_lookup_data (RESOURCE_DIR "validate_doc_update.js", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  source = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  json_object_set_string_member (doc, "_id", "_design/plenary");
  json_object_set_string_member (doc, "language", "javascript");
  json_object_set_string_member (doc, "validate_doc_update", g_strstrip (source));
  return doc;
}

static void setup_next (GTask *task);

static void
fail (GTask  *task,
      GError *error)
{
  g_task_return_error (task, error);
  g_object_unref (task);
}

static void
on_login_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;

  if (!pl_couch_client_login_finish (PL_COUCH_CLIENT (source), result, &error))
    {
      fail (task, error);
      return;
    }
  setup_next (task);
}

static void
on_session_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;
  gboolean admin;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL)
    {
      fail (task, error);
      return;
    }

  admin = pl_couch_response_session_is_admin (answer);

  if (!admin)
    {
      fail (task, g_error_new (PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                               _("user “%s” is not an admin of the server %s; "
                                 "server-setup needs a server admin’s user name and password"),
                               pl_couch_client_get_user (client) ? pl_couch_client_get_user (client) : "",
                               pl_couch_client_get_server_url (client)));
      return;
    }
  setup_next (task);
}

static void
on_database_created_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  GTask *task = user_data;
  SetupData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      fail (task, error);
      return;
    }
  g_ptr_array_add (data->done, g_strdup_printf (_("created the database “%s”"),
                                                pl_couch_client_get_database (PL_COUCH_CLIENT (source))));
  setup_next (task);
}

static void
on_database_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  SetupData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer != NULL)
    {
      g_ptr_array_add (data->done, g_strdup_printf (_("the database “%s” exists"),
                                                    pl_couch_client_get_database (client)));
      setup_next (task);
      return;
    }
  if (!g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      fail (task, error);
      return;
    }
  g_error_free (error);
  pl_couch_client_request_async (client, "PUT", "", NULL, NULL, 0, g_task_get_cancellable (task),
                                 on_database_created_cb, task);
}

static void
on_put_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GTask *task = user_data;
  SetupData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      fail (task, error);
      return;
    }
  g_ptr_array_add (data->done, g_strdup (data->step == STEP_DESIGN + 1
                                         ? _("installed the design document _design/plenary")
                                         : _("installed the _security object (members: secretariat, delegate)")));
  setup_next (task);
}

static void
on_security_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  SetupData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) wanted = pl_sync_setup_security_object ();
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL)
    {
      fail (task, error);
      return;
    }
  if (JSON_NODE_HOLDS_OBJECT (answer) && json_object_equal (json_node_get_object (answer), wanted))
    {
      g_ptr_array_add (data->done, g_strdup (_("the _security object is already right")));
      setup_next (task);
      return;
    }
  pl_couch_client_put_security_async (client, wanted, g_task_get_cancellable (task), on_put_cb, task);
}

static void
on_design_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  SetupData *data = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) wanted = pl_sync_setup_design_document ();
  JsonObject *existing;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL && !g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    {
      fail (task, error);
      return;
    }
  g_clear_error (&error);

  existing = answer != NULL ? pl_couch_response_document (answer, NULL) : NULL;
  if (existing != NULL)
    {
      const char *rev = pl_couch_response_string_member (existing, "_rev");

      if (g_strcmp0 (pl_couch_response_string_member (existing, "validate_doc_update"),
                     json_object_get_string_member (wanted, "validate_doc_update")) == 0)
        {
          g_ptr_array_add (data->done, g_strdup (_("the design document _design/plenary is already right")));
          setup_next (task);
          return;
        }
      /* An update: with the rev it replaces. */
      json_object_set_string_member (wanted, "_rev",
                                     rev != NULL ? rev : "");
    }
  pl_couch_client_put_doc_async (client, wanted, g_task_get_cancellable (task), on_put_cb, task);
}

static void
setup_next (GTask *task)
{
  PlCouchClient *client = g_task_get_source_object (task);
  SetupData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  switch (data->step++)
    {
    case STEP_LOGIN:
      pl_couch_client_login_async (client, cancellable, on_login_cb, task);
      break;
    case STEP_CHECK_ADMIN:
      pl_couch_client_request_async (client, "GET", "/_session", NULL, NULL, 0, cancellable, on_session_cb, task);
      break;
    case STEP_DATABASE:
      pl_couch_client_request_async (client, "GET", "", NULL, NULL, 0, cancellable, on_database_cb, task);
      break;
    case STEP_SECURITY:
      pl_couch_client_request_async (client, "GET", "_security", NULL, NULL, 0, cancellable, on_security_cb, task);
      break;
    case STEP_DESIGN:
      pl_couch_client_get_doc_async (client, "_design/plenary", cancellable, on_design_cb, task);
      break;
    case STEP_DONE:
    default:
      g_ptr_array_add (data->done, NULL);
      g_task_return_pointer (task, g_ptr_array_steal (data->done, NULL), (GDestroyNotify) g_strfreev);
      g_object_unref (task);
      break;
    }
}

/**
 * pl_sync_setup_server_async:
 * @admin_client: a client with a server admin's credentials, for the
 *   session's database
 */
void
pl_sync_setup_server_async (PlCouchClient       *admin_client,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  SetupData *data;

  g_return_if_fail (PL_IS_COUCH_CLIENT (admin_client));

  task = g_task_new (admin_client, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_setup_server_async);
  data = g_new0 (SetupData, 1);
  data->done = g_ptr_array_new_with_free_func (g_free);
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
