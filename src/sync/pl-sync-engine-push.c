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
#include "pl-json-writer.h"


/* ------------------------------------------------------------------ */
/* Push                                                                */

/* Requests of one pass in flight at once: the next batch is encoded and
 * sent while the server stores the previous one, and an answer is applied
 * while the server works on the next (issue 23). Two keep the server busy
 * without queueing more of our requests behind each other on it. */
#define PUSH_IN_FLIGHT 2

/*
 * A push is passes; a pass collects every dirty record once and sends
 * them in `_bulk_docs` of PUSH_BATCH, PUSH_IN_FLIGHT at a time. When all
 * its answers are in, the records the server answered "conflict" for are
 * fetched and merged, and another pass sends what that left dirty.
 */
typedef struct
{
  GHashTable *sent;       /* _id → JsonObject content sent (an empty object: a tombstone), this pass */
  GHashTable *sent_rev;   /* _id → rev it was based on */
  GPtrArray  *order;      /* the ids of this pass, in the order they go */
  guint       next;       /* the first of @order not sent yet */
  guint       in_flight;  /* requests sent and not answered yet */
  guint64     edits;      /* self->edits when this pass was collected */
  GError     *error;      /* the first failure of this pass */
  JsonArray  *conflicted; /* ids the server answered "conflict" for, this pass */
  guint       fetched;    /* how many of @conflicted were fetched */
  gboolean    progress;   /* a conflicted record is now based on another rev */
  guint       passes;
  guint       batches;    /* requests sent so far */
  guint       budget;     /* the most requests this push may send (0: not yet known) */
} PushData;

static void
push_data_clear_pass (PushData *data)
{
  g_clear_pointer (&data->sent, g_hash_table_unref);
  g_clear_pointer (&data->sent_rev, g_hash_table_unref);
  g_clear_pointer (&data->order, g_ptr_array_unref);
  g_clear_pointer (&data->conflicted, json_array_unref);
  g_clear_error (&data->error);
  data->next = 0;
  data->fetched = 0;
  data->progress = FALSE;
}

static void
push_data_free (PushData *data)
{
  push_data_clear_pass (data);
  g_free (data);
}

static void
add_to_pass (PushData   *data,
             const char *id,
             JsonObject *content,
             const char *rev)
{
  char *key;

  /* Once a pass (@order shares the table's keys). */
  if (g_hash_table_contains (data->sent, id))
    {
      json_object_unref (content);
      return;
    }
  key = g_strdup (id);
  g_hash_table_insert (data->sent, key, content);
  g_hash_table_insert (data->sent_rev, g_strdup (id), g_strdup (rev));
  g_ptr_array_add (data->order, key);
}

/* Every dirty record and deletion, once; returns how many. */
static guint
collect_dirty (PlSyncEngine *self,
               PushData     *data)
{
  const GType *types;
  guint n_types;
  GHashTableIter iter;
  gpointer key, value;

  data->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) json_object_unref);
  data->sent_rev = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  data->order = g_ptr_array_new ();
  data->conflicted = json_array_new ();
  data->edits = self->edits;

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

          /* Held: sent when the person stops typing. */
          if (!pl_sync_engine_record_is_dirty (self, record) || pl_sync_engine_record_is_held (self, id))
            continue;
          add_to_pass (data, id, pl_sync_engine_record_content (record), entry ? entry->rev : NULL);
        }
    }

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PlSyncEntry *entry = value;

      /* DESIGN: always the rev on a delete. */
      if (entry->deleted && pl_sync_entry_is_pending (entry) && entry->rev != NULL)
        add_to_pass (data, key, json_object_new (), entry->rev);
    }

  return data->order->len;
}

/* The text of the next batch, `{"docs":[…]}`: each document is written
 * once, from the content kept as what was sent, with its `_rev` put in
 * front (no copy of the content with the rev added). */
static GBytes *
encode_batch (PushData *data,
              guint     end)
{
  GString *out = g_string_sized_new (1024 * (end - data->next));

  g_string_append (out, "{\"docs\":[");
  for (guint i = data->next; i < end; i++)
    {
      const char *id = g_ptr_array_index (data->order, i);
      JsonObject *content = g_hash_table_lookup (data->sent, id);
      const char *rev = g_hash_table_lookup (data->sent_rev, id);

      if (i > data->next)
        g_string_append_c (out, ',');
      if (json_object_get_size (content) == 0)
        {
          g_string_append (out, "{\"_id\":");
          pl_json_writer_string (out, id);
          g_string_append (out, ",\"_rev\":");
          pl_json_writer_string (out, rev);
          g_string_append (out, ",\"_deleted\":true}");
        }
      else
        {
          g_autoptr(JsonNode) node = pl_sync_engine_object_node (content);
          gsize length;
          g_autofree char *text = pl_json_writer_compact (node, &length);

          if (rev != NULL)
            {
              /* text is "{…}" with at least `_id` in it. */
              g_string_append (out, "{\"_rev\":");
              pl_json_writer_string (out, rev);
              g_string_append_c (out, ',');
              g_string_append_len (out, text + 1, length - 1);
            }
          else
            g_string_append_len (out, text, length);
        }
    }
  g_string_append (out, "]}");
  data->next = end;
  return g_string_free_to_bytes (out);
}

static void on_bulk_docs_cb (GObject      *source,
                             GAsyncResult *result,
                             gpointer      user_data);

/* Sends batches while fewer than PUSH_IN_FLIGHT wait for an answer. */
static void
send_batches (GTask *task)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  PushData *data = g_task_get_task_data (task);

  while (data->in_flight < PUSH_IN_FLIGHT && data->error == NULL &&
         data->next < data->order->len && data->batches < data->budget)
    {
      g_autoptr(GBytes) body = encode_batch (data, MIN (data->next + PUSH_BATCH, data->order->len));

      data->batches++;
      data->in_flight++;
      pl_couch_client_bulk_docs_async (self->client, body, g_task_get_cancellable (task),
                                       on_bulk_docs_cb, g_object_ref (task));
    }
}

static void push_pass (GTask *task);
static void fetch_conflicts (GTask *task);
static gboolean apply_results (PlSyncEngine  *self,
                               GHashTable    *sent_docs,
                               GHashTable    *sent_revs,
                               JsonNode      *answer,
                               JsonArray     *conflicted,
                               gboolean       unedited,
                               GError       **error);

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
  g_autoptr(GHashTable) found = NULL;
  PushData *data = g_task_get_task_data (task);
  guint end = MIN (data->fetched + PUSH_BATCH, json_array_get_length (data->conflicted));

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

  found = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < rows->len; i++)
    {
      PlCouchChange *row = g_ptr_array_index (rows, i);

      pl_sync_engine_merge_remote (self, row->id, row->doc, row->rev);
      pl_sync_engine_refresh_conflicts (self, row->id, row->doc);
      if (row->id != NULL)
        g_hash_table_add (found, row->id);
    }

  for (guint i = data->fetched; i < end; i++)
    {
      const char *id = json_array_get_string_element (data->conflicted, i);

      if (!g_hash_table_contains (found, id))
        pl_sync_engine_forget_unknown_rev (self, id);
    }

  /* Another pass only if it can go differently: some record is now
   * based on a rev it was not sent with. A server that answers
   * "conflict" and then shows the very rev we sent on would otherwise be
   * asked again and again; the records stay dirty and the round says so. */
  for (guint i = data->fetched; i < end && !data->progress; i++)
    {
      const char *id = json_array_get_string_element (data->conflicted, i);
      PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);

      data->progress = g_strcmp0 (entry ? entry->rev : NULL, g_hash_table_lookup (data->sent_rev, id)) != 0;
    }

  data->fetched = end;
  if (data->fetched < json_array_get_length (data->conflicted))
    {
      fetch_conflicts (g_steal_pointer (&task));
      return;
    }

  pl_sync_engine_persist (self);
  if (!data->progress)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  push_pass (g_steal_pointer (&task));
}

/* The records the server refused as conflicts, PUSH_BATCH ids a request:
 * their server version, to merge. */
static void
fetch_conflicts (GTask *task)
{
  PlSyncEngine *self = g_task_get_source_object (task);
  PushData *data = g_task_get_task_data (task);
  g_autoptr(JsonObject) keys = json_object_new ();
  g_autoptr(JsonNode) body = NULL;
  JsonArray *chunk = json_array_new ();
  guint end = MIN (data->fetched + PUSH_BATCH, json_array_get_length (data->conflicted));

  for (guint i = data->fetched; i < end; i++)
    json_array_add_string_element (chunk, json_array_get_string_element (data->conflicted, i));
  json_object_set_array_member (keys, "keys", chunk);
  body = pl_sync_engine_object_node (keys);
  pl_couch_client_request_async (self->client, "POST", "_all_docs", "include_docs=true", body, 0,
                                 g_task_get_cancellable (task), on_fetch_conflicts_cb, task);
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
  return apply_results (self, sent_docs, sent_revs, answer, conflicted, FALSE, error);
}

/* @unedited: no record of the session changed since @sent_docs was
 * collected (self->edits did not move), so each accepted record holds
 * what was sent and is clean without being encoded again to compare. */
static gboolean
apply_results (PlSyncEngine  *self,
               GHashTable    *sent_docs,
               GHashTable    *sent_revs,
               JsonNode      *answer,
               JsonArray     *conflicted,
               gboolean       unedited,
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
              if (unedited)
                entry->dirty = FALSE;
              else
                {
                  g_autoptr(JsonObject) now = pl_sync_engine_record_content (record);

                  entry->dirty = !pl_sync_merge_objects_equal (now, sent);
                }
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

  data->in_flight--;
  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  /* A failed request: nothing is known of what the server kept of it,
   * its records stay dirty, and a repeat is harmless (a conflict that
   * merges). The other one in flight is still applied when it answers,
   * and no more are sent. */
  if (answer != NULL &&
      apply_results (self, data->sent, data->sent_rev, answer, data->conflicted,
                     self->edits == data->edits, &error))
    {
      pl_sync_engine_schedule_persist (self);
      send_batches (task);
    }
  else if (data->error == NULL)
    data->error = g_steal_pointer (&error);

  if (data->in_flight > 0)
    return;

  /* Every answer of the pass is in. */
  if (data->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&data->error));
      return;
    }
  if (data->next < data->order->len)
    {
      /* Out of budget: what is left stays dirty, the round says so. */
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (json_array_get_length (data->conflicted) > 0)
    {
      fetch_conflicts (g_steal_pointer (&task));
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

  push_data_clear_pass (data);
  if (data->passes >= MAX_PUSH_PASSES)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  data->passes++;

  n_dirty = collect_dirty (self, data);
  /* As many requests as the first pass needed, for each pass: a batch
   * the server keeps refusing as conflicts does not loop. */
  if (data->budget == 0)
    data->budget = MAX_PUSH_PASSES * (1 + n_dirty / PUSH_BATCH);
  if (n_dirty == 0 || data->batches >= data->budget)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  send_batches (task);
  g_object_unref (task); /* each request holds its own */
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
