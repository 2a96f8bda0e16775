/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): the push, the dirty
 * records in `_bulk_docs` of PUSH_BATCH at most, and what its answers do.
 * Its struct and what the parts share: pl-sync-engine-private.h.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-sync-engine.h"
#include "pl-sync-engine-private.h"
#include "pl-sync-merge.h"
#include "pl-sync-table.h"
#include "pl-json-text.h"

/* ------------------------------------------------------------------ */
/* Push                                                                */

typedef struct
{
  JsonArray  *docs;
  GHashTable *sent;      /* _id → JsonObject content sent (an empty object: a tombstone) */
  GHashTable *sent_rev;  /* _id → rev it was based on */
  JsonArray  *conflicted; /* ids the server answered "conflict" for */
  guint       passes;
  gboolean    more;      /* dirty records left out of the last batch */
  guint       batches;   /* requests sent so far */
  guint       budget;    /* the most requests this push may send (0: not yet known) */
} PushData;

static void
push_data_free (PushData *data)
{
  g_clear_pointer (&data->docs, json_array_unref);
  g_clear_pointer (&data->sent, g_hash_table_unref);
  g_clear_pointer (&data->sent_rev, g_hash_table_unref);
  g_clear_pointer (&data->conflicted, json_array_unref);
  g_free (data);
}

/* Whether one more dirty record goes in this batch; one that does not is
 * left for the next (data->more). */
static gboolean
batch_has_room (PushData *data,
                guint    *n_dirty)
{
  (*n_dirty)++;
  if (json_array_get_length (data->docs) < PUSH_BATCH)
    return TRUE;
  data->more = TRUE;
  return FALSE;
}

/* The dirty records, PUSH_BATCH at most; returns how many are dirty in
 * all. */
static guint
collect_dirty (PlSyncEngine *self,
               PushData     *data)
{
  guint n_dirty = 0;
  const GType *types;
  guint n_types;
  GHashTableIter iter;
  gpointer key, value;

  data->docs = json_array_new ();
  data->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) json_object_unref);
  data->sent_rev = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  data->more = FALSE;

  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *model = pl_session_get_records (self->session, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, i);
          const char *id = pl_record_get_id (record);
          PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
          JsonObject *content;

          /* Held: sent when the person stops typing. */
          if (!pl_sync_engine_record_is_dirty (self, record) || pl_sync_engine_record_is_held (self, id))
            continue;
          if (!batch_has_room (data, &n_dirty))
            continue;

          content = pl_sync_engine_record_content (record);
          json_array_add_object_element (data->docs, pl_sync_merge_with_rev (content, entry ? entry->rev : NULL));
          g_hash_table_insert (data->sent_rev, g_strdup (id), g_strdup (entry ? entry->rev : NULL));
          g_hash_table_insert (data->sent, g_strdup (id), content);
        }
    }

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PlSyncEntry *entry = value;
      JsonObject *tombstone;

      if (!entry->deleted || !pl_sync_entry_is_pending (entry) || entry->rev == NULL)
        continue;
      if (!batch_has_room (data, &n_dirty))
        continue;

      /* DESIGN: always the rev on a delete. */
      tombstone = json_object_new ();
      json_object_set_string_member (tombstone, "_id", key);
      json_object_set_string_member (tombstone, "_rev", entry->rev);
      json_object_set_boolean_member (tombstone, "_deleted", TRUE);
      json_array_add_object_element (data->docs, tombstone);
      g_hash_table_insert (data->sent_rev, g_strdup (key), g_strdup (entry->rev));
      g_hash_table_insert (data->sent, g_strdup (key), json_object_new ());
    }

  return n_dirty;
}

static void push_pass (GTask *task);

/* The server answered "conflict" for @id and has no such document at
 * all: the rev we hold is from a database deleted and made again. The
 * record goes as new (without a rev) in the next pass, instead of
 * conflicting with a rev the server does not know again and again. */
void
pl_sync_engine_forget_unknown_rev (PlSyncEngine *self,
                                   const char   *id)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);

  if (entry == NULL)
    return;
  if (entry->deleted)
    {
      g_hash_table_remove (self->entries, id); /* nothing left to delete there */
      return;
    }
  /* The others are likely gone too: the live loop runs a round, whose
   * _revs_diff finds them all (see pl_sync_engine_check_revs()). */
  if (entry->rev != NULL)
    self->revs_unknown = TRUE;
  pl_sync_entry_set_rev (entry, NULL);
  pl_sync_entry_set_base (entry, NULL);
  entry->dirty = TRUE;
}

static void
on_fetch_conflicts_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  PushData *data = g_task_get_task_data (task);
  gboolean progress = FALSE;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      pl_sync_engine_persist (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  rows = pl_couch_response_parse_rows (answer, &error);
  if (rows == NULL)
    {
      pl_sync_engine_persist (self);
      g_prefix_error (&error, _("the server %s sent "), pl_couch_client_get_server_url (self->client));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      PlCouchChange *row = g_ptr_array_index (rows, i);

      pl_sync_engine_merge_remote (self, row->id, row->doc, row->rev);
      pl_sync_engine_refresh_conflicts (self, row->id, row->doc);
    }

  for (guint i = 0; data->conflicted != NULL && i < json_array_get_length (data->conflicted); i++)
    {
      const char *id = json_array_get_string_element (data->conflicted, i);
      gboolean found = FALSE;

      for (guint k = 0; k < rows->len && !found; k++)
        found = g_strcmp0 (((PlCouchChange *) g_ptr_array_index (rows, k))->id, id) == 0;
      if (!found)
        pl_sync_engine_forget_unknown_rev (self, id);
    }

  /* Another pass only if it can go differently: some record is now
   * based on a rev it was not sent with. A server that answers
   * "conflict" and then shows the very rev we sent on would otherwise be
   * asked again and again; the records stay dirty and the round says so. */
  for (guint i = 0; data->conflicted != NULL && i < json_array_get_length (data->conflicted) && !progress; i++)
    {
      const char *id = json_array_get_string_element (data->conflicted, i);
      PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);

      progress = g_strcmp0 (entry ? entry->rev : NULL, g_hash_table_lookup (data->sent_rev, id)) != 0;
    }

  pl_sync_engine_persist (self);
  if (!progress)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  push_pass (g_steal_pointer (&task));
}

/**
 * pl_sync_engine_apply_push_results: (skip)
 * @sent_docs: _id → the content pushed (an empty object for a tombstone)
 * @sent_revs: _id → the rev the push was based on
 * @answer: the server's answer to the `_bulk_docs`
 * @conflicted: the ids the server refused as conflicts are appended here
 *
 * What a push's answer says, applied: new revs and bases, refusals.
 * Results for ids that were not sent are ignored.
 */
gboolean
pl_sync_engine_apply_push_results (PlSyncEngine  *self,
                                   GHashTable    *sent_docs,
                                   GHashTable    *sent_revs,
                                   JsonNode      *answer,
                                   JsonArray     *conflicted,
                                   GError       **error)
{
  g_autoptr(GPtrArray) results = NULL;

  results = pl_couch_response_parse_bulk_results (answer, error);
  if (results == NULL)
    {
      g_prefix_error (error, _("the server %s sent "), pl_couch_client_get_server_url (self->client));
      return FALSE;
    }

  for (guint i = 0; i < results->len; i++)
    {
      PlCouchResult *result = g_ptr_array_index (results, i);
      const char *id = result->id;
      JsonObject *sent;
      PlSyncEntry *entry;

      if (!g_hash_table_lookup_extended (sent_docs, id, NULL, (gpointer *) &sent))
        continue;
      entry = g_hash_table_lookup (self->entries, id);

      if (result->error == NULL && result->rev != NULL)
        {
          const char *sent_rev = g_hash_table_lookup (sent_revs, id);
          gboolean tombstone = json_object_get_size (sent) == 0;
          PlRecord *record;

          /* The registered members and ranks the delegates' database
           * checks requests against come from the delegations: written
           * or deleted, they are published again (before the check
           * below: the live poll may bring this very rev back first). */
          if (g_str_has_prefix (id, "delegation:"))
            self->registry_dirty = TRUE;

          /* A pull since applied a newer version: that one counts. */
          if (entry != NULL && g_strcmp0 (entry->rev, sent_rev) != 0)
            continue;

          if (tombstone)
            {
              self->stats.deleted++;
              if (entry != NULL && entry->deleted)
                g_hash_table_remove (self->entries, id);
              else if (entry != NULL)
                pl_sync_entry_set_rev (entry, result->rev); /* put back meanwhile (undo) */
              continue;
            }

          self->stats.pushed++;
          entry = pl_sync_table_ensure (self->entries, id);
          pl_sync_entry_set_rev (entry, result->rev);
          pl_sync_entry_set_base (entry, sent);
          record = pl_session_lookup (self->session, id);
          if (record != NULL)
            {
              g_autoptr(JsonObject) now = pl_sync_engine_record_content (record);

              entry->dirty = !pl_sync_merge_objects_equal (now, sent);
              pl_sync_engine_begin_apply (self);
              pl_record_set_rev (record, result->rev);
              pl_sync_engine_end_apply (self);
            }
          /* else: removed meanwhile; its tombstone goes with this rev. */
        }
      else if (g_strcmp0 (result->error, "conflict") == 0)
        json_array_add_string_element (conflicted, id);
      else
        {
          const char *reason = result->reason ? result->reason : result->error;

          /* Refused (a delegate's forbidden write, 401 and 403 alike):
           * said plainly, and not retried until the record is edited
           * again. The local edit stays. */
          entry = pl_sync_table_ensure (self->entries, id);
          g_free (entry->refused);
          entry->refused = g_strdup (reason ? reason : _("refused"));
          /* A record the server never had gets an entry without a rev
           * here, so that the refusal is remembered too. */
          entry->dirty = TRUE;
          self->stats.refused++;
        }
    }

  return TRUE;
}

static void
on_bulk_docs_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  PushData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonArray) conflicted = json_array_new ();

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL)
    {
      /* Nothing is known of what the server kept: every record stays
       * dirty, and a repeat is harmless (a conflict that merges). */
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!pl_sync_engine_apply_push_results (self, data->sent, data->sent_rev, answer, conflicted, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  pl_sync_engine_schedule_persist (self);

  if (json_array_get_length (conflicted) > 0)
    {
      g_autoptr(JsonObject) keys = json_object_new ();
      g_autoptr(JsonNode) body = NULL;
      GCancellable *cancellable = g_task_get_cancellable (task);

      json_object_set_array_member (keys, "keys", json_array_ref (conflicted));
      g_clear_pointer (&data->conflicted, json_array_unref);
      data->conflicted = json_array_ref (conflicted);
      body = pl_sync_engine_object_node (keys);
      pl_couch_client_request_async (self->client, "POST", "_all_docs", "include_docs=true", body, 0,
                                     cancellable, on_fetch_conflicts_cb, g_steal_pointer (&task));
      return;
    }

  push_pass (g_steal_pointer (&task));
}

static void
push_pass (GTask *task)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  PushData *data = g_task_get_task_data (task);
  guint n_dirty;

  g_clear_pointer (&data->docs, json_array_unref);
  g_clear_pointer (&data->sent, g_hash_table_unref);
  g_clear_pointer (&data->sent_rev, g_hash_table_unref);

  /* A pass goes over every dirty record, in batches: the next batch of
   * a pass is not another pass. */
  if (!data->more)
    {
      if (data->passes >= MAX_PUSH_PASSES)
        {
          g_task_return_boolean (task, TRUE);
          g_object_unref (task);
          return;
        }
      data->passes++;
    }

  n_dirty = collect_dirty (self, data);
  /* Each pass's batches, as many as the first collection needed: a batch
   * the server keeps refusing as conflicts does not loop. */
  if (data->budget == 0)
    data->budget = MAX_PUSH_PASSES * (1 + n_dirty / PUSH_BATCH);
  if (json_array_get_length (data->docs) == 0 || data->batches >= data->budget)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  data->batches++;
  pl_couch_client_bulk_docs_async (self->client, data->docs, g_task_get_cancellable (task),
                                   on_bulk_docs_cb, task);
}

void
pl_sync_engine_push_async (PlSyncEngine        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, pl_sync_engine_push_async);
  g_task_set_task_data (task, g_new0 (PushData, 1), (GDestroyNotify) push_data_free);
  push_pass (task);
}

/**
 * pl_sync_engine_wants_registry: (skip)
 *
 * Whether the registered members are to be published now: after a login
 * (on connect) or a push of a delegation, by the secretariat's client
 * only (a delegate may not, and a delegate's copy holds no more than the
 * server gave it).
 */
gboolean
pl_sync_engine_wants_registry (PlSyncEngine *self)
{
  const char * const *roles = pl_couch_client_get_roles (self->client);

  if (!self->registry_dirty || roles == NULL || pl_session_is_delegate_copy (self->session))
    return FALSE;
  return g_strv_contains (roles, "secretariat") || g_strv_contains (roles, "_admin");
}
