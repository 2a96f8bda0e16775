/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): the pull from `_changes`
 * and the rounds: login, push, pull, push again.
 * Its struct and what the parts share: pl-sync-engine-private.h.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-sync-engine.h"
#include "pl-sync-engine-private.h"
#include "pl-sync-registry.h"
#include "pl-sync-merge.h"
#include "pl-sync-table.h"
#include "pl-json-text.h"

/* ------------------------------------------------------------------ */
/* Pull                                                                */

/**
 * pl_sync_engine_apply_changes: (skip)
 * @answer: the server's answer to `_changes` (normal or longpoll)
 *
 * Merges every change of the answer, then keeps its `last_seq`.
 */
gboolean
pl_sync_engine_apply_changes (PlSyncEngine  *self,
                              JsonNode      *answer,
                              GError       **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(JsonNode) last_seq = NULL;

  changes = pl_couch_response_parse_changes (answer, &last_seq, error);
  if (changes == NULL)
    {
      g_prefix_error (error, _("the server %s sent "), pl_couch_client_get_server_url (self->client));
      return FALSE;
    }

  /* The agenda's tree is derived once for the page, not once per item
   * added (pl_agenda_hold()). */
  pl_agenda_hold (pl_session_get_agenda (self->session));
  for (guint i = 0; i < changes->len; i++)
    {
      PlCouchChange *change = g_ptr_array_index (changes, i);

      pl_sync_engine_merge_remote (self, change->id, change->doc, change->rev);
      pl_sync_engine_refresh_conflicts (self, change->id, change->doc);
    }
  pl_agenda_release (pl_session_get_agenda (self->session));

  /* Only now, with every change it covers applied. Opaque: kept as it
   * came. */
  if (last_seq != NULL)
    {
      g_clear_pointer (&self->last_seq, json_node_unref);
      self->last_seq = g_steal_pointer (&last_seq);
    }
  pl_sync_engine_schedule_persist (self);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* A round: login, push, pull, push what the merges left               */

typedef enum {
  STEP_LOGIN,
  STEP_CHECK_REVS,
  STEP_PUSH,
  STEP_PULL,
  STEP_PUSH_AGAIN,
  STEP_REGISTRY,
  STEP_DONE,
} RoundStep;

typedef struct
{
  RoundStep step;
  gboolean  failed;  /* returned with an error: a page asked for ahead is dropped */
} RoundData;

static void round_next (GTask *task);

static void
round_fail (GTask  *task,
            GError *error)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  RoundData *data = g_task_get_task_data (task);

  data->failed = TRUE;
  pl_sync_engine_persist (self);
  self->busy = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    pl_sync_engine_settle_state (self);
  else if (error->domain == PL_COUCH_ERROR &&
           (error->code == PL_COUCH_ERROR_OFFLINE || error->code == PL_COUCH_ERROR_TIMEOUT))
    pl_sync_engine_set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
  else
    {
      if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED))
        self->logged_in = FALSE;
      pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, error->message);
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* The roles the server gave at login go with the copy (`sync.roles`),
 * whoever made it (the window's Connect, `plenary-cli sync`): a
 * delegate's copy opened offline is read-only from the start
 * (pl_account_probe_new_for_sync_state()), and is checked as a
 * delegate's (pl_session_is_delegate_copy()), never offered the
 * secretariat's migrations. */
static void
remember_roles (PlSyncEngine *self)
{
  const char * const *roles = pl_couch_client_get_roles (self->client);
  JsonArray *array;

  if (roles == NULL)
    return;
  if (self->state_extra == NULL)
    self->state_extra = json_object_new ();
  array = json_array_new ();
  for (guint i = 0; roles[i] != NULL; i++)
    json_array_add_string_element (array, roles[i]);
  json_object_set_array_member (self->state_extra, "roles", array);
  pl_sync_engine_schedule_persist (self);
}

static void
on_round_login_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!pl_couch_client_login_finish (PL_COUCH_CLIENT (source), result, &error))
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }
  self->logged_in = TRUE;
  /* On connect: the delegates' database may hold an older registry. */
  self->registry_dirty = TRUE;
  remember_roles (self);
  round_next (g_steal_pointer (&task));
}

static void
on_round_registry_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!pl_sync_registry_publish_finish (PL_COUCH_CLIENT (source), result, NULL, &error))
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }
  self->registry_dirty = FALSE;
  round_next (g_steal_pointer (&task));
}

static void
on_round_push_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }
  round_next (g_steal_pointer (&task));
}

/* The `since` of the page after @answer, or %NULL when @answer is the
 * last one. A server whose full page does not move last_seq would page
 * forever: then the round goes on (the next one starts from the same
 * place). */
static JsonNode *
next_since (PlSyncEngine *self,
            JsonNode     *answer,
            JsonNode     *since)
{
  JsonNode *seq;

  if (!pl_couch_response_changes_has_more (answer, pl_couch_client_get_changes_page (self->client)))
    return NULL;
  seq = json_object_get_member (json_node_get_object (answer), "last_seq");
  if (seq == NULL || (since != NULL && json_node_equal (since, seq)))
    return NULL;
  return seq;
}

static void
on_round_changes_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  RoundData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) answer = NULL;
  JsonNode *next;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (data->failed)
    {
      /* A page asked for ahead of a round that has failed since. */
      g_clear_error (&error);
      return;
    }
  if (answer == NULL)
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }

  /* The next page is asked for before this one is applied, so that the
   * server makes it while this client applies this one (issue 23: an
   * initial pull of the huge session is 22 pages, each of which had
   * the server and the client wait for each other in turn). It is
   * applied only after this one, and last_seq still moves only once a
   * page is applied. */
  next = next_since (self, answer, self->last_seq);
  if (next != NULL)
    pl_couch_client_changes_async (self->client, next, FALSE, 0, cancellable,
                                   on_round_changes_cb, g_object_ref (task));

  if (!pl_sync_engine_apply_changes (self, answer, &error))
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }
  if (next == NULL)
    round_next (g_steal_pointer (&task));
}

/*
 * Issue 16: a database deleted and made again, or restored from an older
 * backup, does not say so (CouchDB 3's instance_start_time is always
 * "0", and last_seq is opaque, so "going backwards" cannot be seen). What
 * CouchDB documents, and PouchDB Server 4.2 answers alike, is
 * `_revs_diff`: the revs we hold that the server has never seen. For
 * those records the server's copy (if any) is fetched: the rev it has
 * becomes the one we build on, with its content as the base, so that
 * what we hold goes up again in this round's push; a record it does not
 * have at all goes as new. last_seq starts over: the changes since it
 * were counted in another database. A rev the server knows (ours, or an
 * ancestor of its current one) is never "missing", so an ordinary round
 * costs one request and changes nothing.
 */
static void
on_round_missing_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  JsonArray *missing = g_object_get_data (G_OBJECT (task), "missing");
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer != NULL)
    rows = pl_couch_response_parse_rows (answer, &error);
  if (rows == NULL)
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }

  for (guint i = 0; i < json_array_get_length (missing); i++)
    {
      const char *id = json_array_get_string_element (missing, i);
      PlCouchChange *row = NULL;
      PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
      PlRecord *record = pl_session_lookup (self->session, id);

      for (guint k = 0; k < rows->len && row == NULL; k++)
        if (g_strcmp0 (((PlCouchChange *) g_ptr_array_index (rows, k))->id, id) == 0)
          row = g_ptr_array_index (rows, k);

      if (entry == NULL)
        continue;
      if (row == NULL || row->doc == NULL || row->rev == NULL)
        {
          pl_sync_engine_forget_unknown_rev (self, id);
          continue;
        }
      pl_sync_entry_set_rev (entry, row->rev);
      pl_sync_entry_set_base (entry, row->doc);
      if (record != NULL)
        {
          g_autoptr(JsonObject) content = pl_sync_engine_record_content (record);

          entry->dirty = !pl_sync_merge_objects_equal (content, row->doc);
        }
    }

  g_clear_pointer (&self->last_seq, json_node_unref);
  self->revs_unknown = FALSE; /* this round is the one that deals with them */
  pl_sync_engine_persist (self);
  round_next (g_steal_pointer (&task));
}

static void
on_round_revs_diff_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonObject) keys = NULL;
  g_autoptr(JsonNode) body = NULL;
  JsonArray *missing;
  JsonObjectIter iter;
  const char *id;
  JsonNode *node;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (answer))
    {
      round_fail (g_steal_pointer (&task),
                  g_error_new (PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                               _("the server %s sent an answer to _revs_diff that is not an object"),
                               pl_couch_client_get_server_url (self->client)));
      return;
    }

  missing = json_array_new ();
  json_object_iter_init (&iter, json_node_get_object (answer));
  while (json_object_iter_next (&iter, &id, &node))
    if (g_hash_table_contains (self->entries, id) && JSON_NODE_HOLDS_OBJECT (node) &&
        json_object_has_member (json_node_get_object (node), "missing"))
      json_array_add_string_element (missing, id);

  if (json_array_get_length (missing) == 0)
    {
      json_array_unref (missing);
      round_next (g_steal_pointer (&task));
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "missing", missing, (GDestroyNotify) json_array_unref);
  keys = json_object_new ();
  json_object_set_array_member (keys, "keys", json_array_ref (missing));
  body = pl_sync_engine_object_node (keys);
  pl_couch_client_request_async (self->client, "POST", "_all_docs", "include_docs=true", body, 0,
                                 cancellable, on_round_missing_cb, g_steal_pointer (&task));
}

void
pl_sync_engine_check_revs (GTask *task)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(JsonObject) revs = json_object_new ();
  g_autoptr(JsonNode) body = NULL;
  GHashTableIter iter;
  gpointer key, value;

  self->revs_unknown = FALSE;
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((PlSyncEntry *) value)->rev != NULL)
      {
        JsonArray *one = json_array_new ();

        json_array_add_string_element (one, ((PlSyncEntry *) value)->rev);
        json_object_set_array_member (revs, key, one);
      }

  if (json_object_get_size (revs) == 0)
    {
      round_next (task);
      return;
    }
  body = pl_sync_engine_object_node (revs);
  pl_couch_client_request_async (self->client, "POST", "_revs_diff", NULL, body, 0,
                                 g_task_get_cancellable (task), on_round_revs_diff_cb, task);
}

static void
round_next (GTask *task)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  RoundData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  switch (data->step++)
    {
    case STEP_LOGIN:
      if (!self->logged_in)
        {
          pl_couch_client_login_async (self->client, cancellable, on_round_login_cb, task);
          return;
        }
      round_next (task);
      return;

    case STEP_CHECK_REVS:
      pl_sync_engine_check_revs (task);
      return;

    case STEP_PUSH:
    case STEP_PUSH_AGAIN:
      pl_sync_engine_push_async (self, cancellable, on_round_push_cb, task);
      return;

    case STEP_PULL:
      pl_couch_client_changes_async (self->client, self->last_seq, FALSE, 0, cancellable,
                                     on_round_changes_cb, task);
      return;

    case STEP_REGISTRY:
      /* After the pull: a copy being downloaded publishes what the
       * server holds, never its empty start. */
      if (pl_sync_engine_wants_registry (self))
        {
          pl_sync_registry_publish_async (self->client, self->session, cancellable, on_round_registry_cb, task);
          return;
        }
      round_next (task);
      return;

    case STEP_DONE:
    default:
      pl_sync_engine_persist (self);
      self->busy = FALSE;
      self->backoff_s = 0;
      pl_sync_engine_settle_state (self);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
}

void
pl_sync_engine_start_round (PlSyncEngine *self,
                            GTask        *task)
{
  RoundData *data = g_new0 (RoundData, 1);

  g_task_set_task_data (task, data, g_free);
  self->busy = TRUE;
  self->push_again = FALSE;
  pl_sync_engine_set_state (self, PL_SYNC_STATE_SYNCING, NULL);
  round_next (task);
}
