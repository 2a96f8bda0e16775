/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include "pl-account-probe.h"
#include "pl-couch-response.h"
#include "pl-json-text.h"

/*
 * Asks a server three things, in order, each needing the one before: is
 * the user's password right (`POST /_session`), which roles does the user
 * hold (`GET /_session`), and does the database exist and hold a session
 * (`GET /db`, `GET /db/session`). Preferences' "Test Connection" reports
 * the answers; connecting a window uses them to choose between upload and
 * download, and to make a delegate's window read-only.
 */

void
pl_account_probe_free (PlAccountProbe *probe)
{
  if (probe == NULL)
    return;
  g_free (probe->user);
  g_strfreev (probe->roles);
  g_free (probe->delegation);
  g_free (probe);
}

/* What the roles mean (data/couchdb/validate_doc_update.js): `_admin` and
 * `secretariat` write anything; `delegate` with `delegation:<ISO3>` only
 * requests to speak for that delegation. */
static void
derive_from_roles (PlAccountProbe *probe)
{
  gboolean delegate = FALSE, writer = FALSE;

  g_clear_pointer (&probe->delegation, g_free);
  for (guint i = 0; probe->roles != NULL && probe->roles[i] != NULL; i++)
    {
      const char *role = probe->roles[i];

      if (g_str_equal (role, "delegate"))
        delegate = TRUE;
      else if (g_str_equal (role, "secretariat") || g_str_equal (role, "_admin"))
        writer = TRUE;
      else if (g_str_has_prefix (role, "delegation:") && probe->delegation == NULL)
        probe->delegation = g_strdup (role);
    }
  /* The window shows that a delegate writes nothing but requests to
   * speak, rather than letting edits be refused. */
  probe->read_only = delegate && !writer;
}

/**
 * pl_account_probe_new_for_roles:
 *
 * What roles known from before (a copy's `sync.roles`) mean, until the
 * server can be asked again.
 */
PlAccountProbe *
pl_account_probe_new_for_roles (const char         *user,
                                const char * const *roles)
{
  PlAccountProbe *probe = g_new0 (PlAccountProbe, 1);

  probe->user = g_strdup (user);
  probe->roles = g_strdupv ((GStrv) roles);
  derive_from_roles (probe);
  return probe;
}

/**
 * pl_account_probe_new_for_sync_state:
 * @state: (nullable): a copy's `sync` section
 *
 * Roles known from before (the copy's `sync.roles`, which the engine
 * keeps at each login) make a delegate's copy read-only at once, even
 * offline; the server's answer has the last word.
 *
 * Returns: (transfer full) (nullable): what the copy says, or %NULL if
 *   it holds no roles
 */
PlAccountProbe *
pl_account_probe_new_for_sync_state (JsonObject *state)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) roles = NULL;
  JsonArray *array;

  if (state == NULL || !json_object_has_member (state, "roles") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (state, "roles")))
    return NULL;

  builder = g_strv_builder_new ();
  array = json_object_get_array_member (state, "roles");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (node));
    }
  roles = g_strv_builder_end (builder);
  return pl_account_probe_new_for_roles (pl_couch_response_string_member (state, "user"),
                                         (const char * const *) roles);
}

static void on_session_doc_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
on_db_info_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  PlAccountProbe *probe = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (JSON_NODE_HOLDS_OBJECT (answer))
    probe->doc_count = pl_json_object_get_int (json_node_get_object (answer), "doc_count", 0);

  pl_couch_client_get_doc_async (client, "session", g_task_get_cancellable (task),
                                 on_session_doc_cb, g_object_ref (task));
}

static void
on_session_doc_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlAccountProbe *probe = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer != NULL)
    probe->has_session = TRUE;
  else if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND))
    probe->has_session = FALSE;
  else
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_user_ctx_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  PlAccountProbe *probe = g_task_get_task_data (task);
  g_autoptr(JsonNode) answer = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (client, result, &error);
  if (answer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  probe->user = g_strdup (pl_couch_response_session_user (answer));
  probe->roles = pl_couch_response_session_roles (answer);
  derive_from_roles (probe);

  pl_couch_client_request_async (client, "GET", "", NULL, NULL, 0, g_task_get_cancellable (task),
                                 on_db_info_cb, g_object_ref (task));
}

static void
on_login_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *client = PL_COUCH_CLIENT (source);
  GError *error = NULL;

  if (!pl_couch_client_login_finish (client, result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  pl_couch_client_request_async (client, "GET", "/_session", NULL, NULL, 0,
                                 g_task_get_cancellable (task), on_user_ctx_cb, g_object_ref (task));
}

void
pl_account_probe_async (PlCouchClient       *client,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PL_IS_COUCH_CLIENT (client));

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_account_probe_async);
  g_task_set_task_data (task, g_new0 (PlAccountProbe, 1), (GDestroyNotify) pl_account_probe_free);

  pl_couch_client_login_async (client, cancellable, on_login_cb, g_steal_pointer (&task));
}

/**
 * pl_account_probe_finish:
 *
 * Returns: (transfer full) (nullable): what the server said, or %NULL
 *   with @error (wrong password, no such database, server down...)
 */
PlAccountProbe *
pl_account_probe_finish (PlCouchClient  *client,
                         GAsyncResult   *result,
                         GError        **error)
{
  GTask *task;
  PlAccountProbe *probe;

  g_return_val_if_fail (g_task_is_valid (result, client), NULL);

  task = G_TASK (result);
  if (!g_task_propagate_boolean (task, error))
    return NULL;

  probe = g_task_get_task_data (task);
  /* The task keeps its data until it is finalized: hand over a copy. */
  {
    PlAccountProbe *copy = g_new0 (PlAccountProbe, 1);

    copy->user = g_strdup (probe->user);
    copy->roles = g_strdupv (probe->roles);
    copy->delegation = g_strdup (probe->delegation);
    copy->read_only = probe->read_only;
    copy->has_session = probe->has_session;
    copy->doc_count = probe->doc_count;
    return copy;
  }
}
