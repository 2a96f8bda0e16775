/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-sync-engine.h"
#include "pl-sync-engine-private.h"
#include "pl-sync-merge.h"
#include "pl-sync-table.h"
#include "pl-json-text.h"

/**
 * PlSyncEngine:
 *
 * Keeps a #PlSession and a CouchDB database in step (DESIGN.md, "Sync:
 * the CouchDB protocol").
 *
 * Local edits never wait for the network: the engine only listens to the
 * session's #PlSession::changed signal, marks the record dirty (or, for a
 * removal, remembers a tombstone to push with its rev) and schedules a
 * push. A push sends the dirty records in `_bulk_docs` of PUSH_BATCH; a record the
 * server says is in conflict is fetched and merged. A pull reads
 * `_changes` from `last_seq` and merges each document; the live loop then
 * long-polls. Remote changes are applied with the history not recording,
 * so they are not the user's to undo.
 *
 * The merge is three-way, field by field (pl-sync-merge.c), against
 * `base`, the record as last agreed with the server: a field changed on one side takes that
 * side's value; one changed on both sides to different values keeps the
 * server's value and puts the local one in the conflict list; a record
 * deleted on one side and edited on the other is a conflict on the
 * pseudo-field `_deleted`. Nothing local is dropped silently.
 *
 * Everything the engine knows is in the session's `sync` object (rev,
 * base and dirty flag per record in the state table of pl-sync-table.c,
 * tombstones, conflicts, `last_seq`),
 * which the session file saves. `last_seq` moves only after the changes
 * it covers are applied, and a record is clean only once the server has
 * acknowledged exactly what is in it, so a crash or a quit at any moment
 * resumes safely: at worst a change is pulled twice (a no-op, its rev is
 * known) or a record pushed twice (a conflict with identical content,
 * which merges silently). On load the engine also compares every record
 * with its base, so an edit saved by autosave before the sync state was
 * updated is still pushed.
 */

G_DEFINE_FINAL_TYPE (PlSyncEngine, pl_sync_engine, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PlSyncState, pl_sync_state,
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_SAVED_LOCALLY, "saved-locally"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_SYNCING, "syncing"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_UP_TO_DATE, "up-to-date"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_OFFLINE, "offline"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_CONFLICTS, "conflicts"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_ERROR, "error"))

GParamSpec *pl_sync_engine_properties[N_PROPS];

/* ------------------------------------------------------------------ */
/* Entries and the persisted state                                     */

/* A document's content, without the server's bookkeeping. */
JsonObject *
pl_sync_engine_content_of (JsonObject *doc)
{
  return pl_couch_response_content (doc);
}

JsonObject *
pl_sync_engine_record_content (PlRecord *record)
{
  g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

  return pl_sync_engine_content_of (doc);
}

JsonObject *
pl_sync_engine_find_foreign (PlSyncEngine *self,
                             const char   *id,
                             guint        *index)
{
  GPtrArray *foreign = pl_session_get_foreign_docs (self->session);

  for (guint i = 0; i < foreign->len; i++)
    {
      JsonObject *doc = g_ptr_array_index (foreign, i);

      if (g_strcmp0 (pl_json_object_get_string (doc, "_id", NULL), id) == 0)
        {
          if (index != NULL)
            *index = i;
          return doc;
        }
    }
  return NULL;
}

void
pl_sync_engine_persist (PlSyncEngine *self)
{
  g_autoptr(JsonObject) state = json_object_new ();
  JsonObject *records = pl_sync_table_to_json (self->entries);
  JsonArray *conflicts = json_array_new ();

  g_clear_handle_id (&self->persist_source_id, g_source_remove);

  if (self->state_extra != NULL)
    {
      JsonObjectIter extra_iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init (&extra_iter, self->state_extra);
      while (json_object_iter_next (&extra_iter, &name, &node))
        json_object_set_member (state, name, json_node_copy (node));
    }

  json_object_set_string_member (state, "server", pl_couch_client_get_server_url (self->client));
  json_object_set_string_member (state, "database", pl_couch_client_get_database (self->client));
  if (pl_couch_client_get_user (self->client) != NULL)
    json_object_set_string_member (state, "user", pl_couch_client_get_user (self->client));
  else
    json_object_set_null_member (state, "user");
  json_object_set_member (state, "last_seq",
                          self->last_seq ? json_node_copy (self->last_seq) : json_node_new (JSON_NODE_NULL));

  json_object_set_object_member (state, "records", records);

  for (guint i = 0; i < self->conflicts->len; i++)
    json_array_add_object_element (conflicts, json_object_ref (g_ptr_array_index (self->conflicts, i)));
  json_object_set_array_member (state, "conflicts", conflicts);

  pl_session_set_sync_state (self->session, state);
}

static gboolean
on_persist_timeout_cb (gpointer user_data)
{
  PlSyncEngine *self = user_data;

  self->persist_source_id = 0;
  pl_sync_engine_persist (self);
  return G_SOURCE_REMOVE;
}

/* Local edits come in bursts (typing); the state follows them lazily.
 * Loading compares records with their base, so a file saved in between
 * loses nothing.
 *
 * So do the answers of a push and the changes of a pull: pl_sync_engine_persist()
 * rebuilds the whole `sync` object, one JSON object per record, and
 * freeing the one it replaces feeds malloc_consolidate() in the next
 * allocation. Issue 11, large session (1372 records): perf of bench-sync
 * over the edit-to-other-client windows put 58 % of the program's time in
 * pl_sync_engine_persist(), three times per edit (the editor's push answer, its own
 * change coming back, the other client's pull), before the other client
 * could go on. A file saved before the state catches up resumes safely
 * (DESIGN.md, "Sync"): a change pulled twice is a no-op, a record pushed
 * twice a conflict with identical content, which merges silently. A
 * round persists at its end, and stop and dispose flush what waits. */
void
pl_sync_engine_schedule_persist (PlSyncEngine *self)
{
  if (self->persist_source_id == 0)
    self->persist_source_id = g_timeout_add (200, on_persist_timeout_cb, self);
}

static void
load_state (PlSyncEngine *self)
{
  JsonObject *state = pl_session_get_sync_state (self->session);
  JsonObject *records;
  JsonArray *conflicts;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (state == NULL)
    return;

  self->state_extra = json_object_new ();
  json_object_iter_init (&iter, state);
  while (json_object_iter_next (&iter, &name, &node))
    if (!g_str_equal (name, "server") && !g_str_equal (name, "database") && !g_str_equal (name, "user") &&
        !g_str_equal (name, "last_seq") && !g_str_equal (name, "records") && !g_str_equal (name, "conflicts"))
      json_object_set_member (self->state_extra, name, json_node_copy (node));

  node = json_object_get_member (state, "last_seq");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    self->last_seq = json_node_copy (node);

  node = json_object_get_member (state, "records");
  records = node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  pl_sync_table_load (self->entries, records);

  node = json_object_get_member (state, "conflicts");
  conflicts = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  for (guint i = 0; conflicts != NULL && i < json_array_get_length (conflicts); i++)
    {
      JsonNode *element = json_array_get_element (conflicts, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        g_ptr_array_add (self->conflicts, json_object_ref (json_node_get_object (element)));
    }
}

/* The file may have been saved between an edit and the state catching
 * up (autosave, a crash): the records themselves are the truth. */
static void
reconcile_with_records (PlSyncEngine *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      PlSyncEntry *entry = value;
      PlRecord *record = pl_session_lookup (self->session, key);

      if (record == NULL)
        {
          if (pl_sync_engine_find_foreign (self, key, NULL) != NULL)
            continue;
          if (entry->rev == NULL)
            g_hash_table_iter_remove (&iter);
          else if (!entry->deleted)
            {
              entry->deleted = TRUE;
              entry->dirty = TRUE;
            }
        }
      else
        {
          g_autoptr(JsonObject) content = pl_sync_engine_record_content (record);

          entry->deleted = FALSE;
          if (!pl_sync_merge_objects_equal (content, entry->base))
            entry->dirty = TRUE;
        }
    }
}

/* ------------------------------------------------------------------ */
/* State                                                               */

void
pl_sync_engine_set_state (PlSyncEngine *self,
                          PlSyncState   state,
                          const char   *error_message)
{
  if (g_strcmp0 (self->error_message, error_message) != 0)
    {
      g_free (self->error_message);
      self->error_message = g_strdup (error_message);
      g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_ERROR_MESSAGE]);
    }

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_STATE]);
}

gboolean
pl_sync_engine_record_is_dirty (PlSyncEngine *self,
                                PlRecord     *record)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, pl_record_get_id (record));

  /* A record the server never saw is dirty. */
  return entry == NULL || pl_sync_entry_is_pending (entry);
}

/* The state after a successful exchange. */
void
pl_sync_engine_settle_state (PlSyncEngine *self)
{
  guint refused = pl_sync_table_count_refused (self->entries);

  if (refused > 0)
    {
      g_autofree char *message = NULL;
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (((PlSyncEntry *) value)->refused != NULL)
          {
            if (refused == 1)
              message = g_strdup_printf (_("The server refused the change to “%s”: %s"),
                                         (const char *) key, ((PlSyncEntry *) value)->refused);
            else
              message = g_strdup_printf (_("The server refused changes to %u records, such as “%s”: %s"),
                                         refused, (const char *) key, ((PlSyncEntry *) value)->refused);
            break;
          }
      pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, message);
    }
  else if (self->conflicts->len > 0)
    pl_sync_engine_set_state (self, PL_SYNC_STATE_CONFLICTS, NULL);
  else if (pl_sync_engine_get_n_dirty (self) > 0)
    pl_sync_engine_set_state (self, PL_SYNC_STATE_SAVED_LOCALLY, NULL);
  else
    pl_sync_engine_set_state (self, PL_SYNC_STATE_UP_TO_DATE, NULL);
}

/* ------------------------------------------------------------------ */
/* Applying the server's documents                                     */

void
pl_sync_engine_begin_apply (PlSyncEngine *self)
{
  self->applying = TRUE;
  pl_history_set_recording (pl_session_get_history (self->session), FALSE);
}

void
pl_sync_engine_end_apply (PlSyncEngine *self)
{
  pl_history_set_recording (pl_session_get_history (self->session), TRUE);
  self->applying = FALSE;
}

/* ------------------------------------------------------------------ */
/* Local changes                                                       */

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlSyncEngine *self)
{
  const char *id = pl_record_get_id (record);
  PlSyncEntry *entry;

  /* Applied or local, a record changed: see PlSyncEngine.edits. */
  self->edits++;
  if (self->applying)
    return;

  entry = g_hash_table_lookup (self->entries, id);
  if (kind == PL_CHANGE_REMOVED)
    {
      if (entry != NULL && entry->rev == NULL)
        g_hash_table_remove (self->entries, id);
      else if (entry != NULL)
        {
          entry->deleted = TRUE;
          entry->dirty = TRUE;
          g_clear_pointer (&entry->refused, g_free);
        }
    }
  else if (entry != NULL)
    {
      entry->deleted = FALSE;
      entry->dirty = TRUE;
      /* Edited again: worth offering to the server again. */
      g_clear_pointer (&entry->refused, g_free);
    }

  pl_sync_engine_schedule_persist (self);

  if (self->state == PL_SYNC_STATE_UP_TO_DATE)
    pl_sync_engine_set_state (self, PL_SYNC_STATE_SAVED_LOCALLY, NULL);

  if (self->live)
    pl_sync_engine_schedule_push (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
pl_sync_engine_constructed (GObject *object)
{
  PlSyncEngine *self = PL_SYNC_ENGINE (object);

  G_OBJECT_CLASS (pl_sync_engine_parent_class)->constructed (object);

  g_assert (self->session != NULL);
  g_assert (self->client != NULL);

  load_state (self);
  reconcile_with_records (self);
  self->changed_id = g_signal_connect (self->session, "changed",
                                       G_CALLBACK (on_session_changed_cb), self);
  self->state = self->conflicts->len > 0 ? PL_SYNC_STATE_CONFLICTS : PL_SYNC_STATE_SAVED_LOCALLY;
}

static void
pl_sync_engine_dispose (GObject *object)
{
  PlSyncEngine *self = PL_SYNC_ENGINE (object);

  if (self->persist_source_id != 0)
    pl_sync_engine_persist (self);
  pl_sync_engine_stop (self);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (pl_sync_engine_parent_class)->dispose (object);
}

static void
pl_sync_engine_finalize (GObject *object)
{
  PlSyncEngine *self = PL_SYNC_ENGINE (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->holds, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->last_seq, json_node_unref);
  g_clear_pointer (&self->state_extra, json_object_unref);
  g_free (self->error_message);

  G_OBJECT_CLASS (pl_sync_engine_parent_class)->finalize (object);
}

static void
pl_sync_engine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlSyncEngine *self = PL_SYNC_ENGINE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CLIENT:
      g_value_set_object (value, self->client);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    case PROP_N_CONFLICTS:
      g_value_set_uint (value, self->conflicts->len);
      break;
    case PROP_LIVE:
      g_value_set_boolean (value, self->live);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_sync_engine_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlSyncEngine *self = PL_SYNC_ENGINE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CLIENT:
      self->client = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_sync_engine_class_init (PlSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_sync_engine_constructed;
  object_class->dispose = pl_sync_engine_dispose;
  object_class->finalize = pl_sync_engine_finalize;
  object_class->get_property = pl_sync_engine_get_property;
  object_class->set_property = pl_sync_engine_set_property;

  pl_sync_engine_properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  pl_sync_engine_properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, PL_TYPE_COUCH_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  pl_sync_engine_properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, PL_TYPE_SYNC_STATE, PL_SYNC_STATE_SAVED_LOCALLY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  pl_sync_engine_properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  pl_sync_engine_properties[PROP_N_CONFLICTS] =
    g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  pl_sync_engine_properties[PROP_LIVE] =
    g_param_spec_boolean ("live", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, pl_sync_engine_properties);
}

static void
pl_sync_engine_init (PlSyncEngine *self)
{
  self->entries = pl_sync_table_new ();
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->holds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  self->long_poll_s = DEFAULT_LONG_POLL_S;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

/**
 * pl_sync_engine_new:
 *
 * Reads the session's `sync` object (if any) and starts tracking its
 * edits. Nothing is sent until pl_sync_engine_sync_async() or
 * pl_sync_engine_start().
 *
 * Returns: (transfer full): the engine
 */
PlSyncEngine *
pl_sync_engine_new (PlSession     *session,
                    PlCouchClient *client)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (client), NULL);

  return g_object_new (PL_TYPE_SYNC_ENGINE, "session", session, "client", client, NULL);
}

PlSession *
pl_sync_engine_get_session (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), NULL);

  return self->session;
}

PlCouchClient *
pl_sync_engine_get_client (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), NULL);

  return self->client;
}

PlSyncState
pl_sync_engine_get_state (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), PL_SYNC_STATE_ERROR);

  return self->state;
}

/**
 * pl_sync_engine_get_error_message:
 *
 * Returns: (nullable): why the state is offline or error
 */
const char *
pl_sync_engine_get_error_message (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), NULL);

  return self->error_message;
}

/**
 * pl_sync_engine_get_stats:
 *
 * Returns: what the engine did since it was made (pl_sync_engine_sync_async()
 *   resets it at the start of each round)
 */
const PlSyncStats *
pl_sync_engine_get_stats (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), NULL);

  return &self->stats;
}

guint
pl_sync_engine_get_n_conflicts (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), 0);

  return self->conflicts->len;
}

/**
 * pl_sync_engine_get_conflict:
 *
 * Returns: (transfer none): `{"_id", "field", "mine", "theirs"}`; the
 *   field `_deleted` stands for a record deleted on one side and edited
 *   on the other, where the edited side's value is the whole record
 */
JsonObject *
pl_sync_engine_get_conflict (PlSyncEngine *self,
                             guint         index)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);

  return g_ptr_array_index (self->conflicts, index);
}

/**
 * pl_sync_engine_get_n_dirty:
 *
 * Returns: how many records (and deletions) wait to be pushed, not
 *   counting those the server refused
 */
guint
pl_sync_engine_get_n_dirty (PlSyncEngine *self)
{
  const GType *types;
  guint n_types, n = 0;

  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), 0);

  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *model = pl_session_get_records (self->session, types[t]);
      guint n_items = g_list_model_get_n_items (model);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, i);

          if (pl_sync_engine_record_is_dirty (self, record))
            n++;
        }
    }

  return n + pl_sync_table_count_deletions (self->entries);
}

guint
pl_sync_engine_get_long_poll_timeout (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), 0);

  return self->long_poll_s;
}

/**
 * pl_sync_engine_set_long_poll_timeout:
 * @seconds: how long one long poll may wait before the client ends it
 */
void
pl_sync_engine_set_long_poll_timeout (PlSyncEngine *self,
                                      guint         seconds)
{
  g_return_if_fail (PL_IS_SYNC_ENGINE (self));
  g_return_if_fail (seconds > 0);

  self->long_poll_s = seconds;
}

/**
 * pl_sync_engine_mark_clean:
 *
 * Declares the session's current records to be no local edit: for a
 * fresh copy that is about to be filled from the server ("open a server
 * session"), whose empty settings record must not be pushed over the
 * server's.
 */
void
pl_sync_engine_mark_clean (PlSyncEngine *self)
{
  const GType *types;
  guint n_types;

  g_return_if_fail (PL_IS_SYNC_ENGINE (self));

  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *model = pl_session_get_records (self->session, types[t]);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, i);
          PlSyncEntry *entry = pl_sync_table_ensure (self->entries, pl_record_get_id (record));

          entry->dirty = FALSE;
        }
    }
  pl_sync_engine_persist (self);
}

/**
 * pl_sync_engine_sync_async:
 *
 * One round: log in if needed, push every dirty record, pull every
 * change since `last_seq`, push what the merges left. The session's
 * `sync` object is up to date at the end, whatever happened; the caller
 * saves the file. pl_sync_engine_get_stats() says what was done.
 */
void
pl_sync_engine_sync_async (PlSyncEngine        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (PL_IS_SYNC_ENGINE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_sync_engine_sync_async);

  if (self->busy)
    {
      g_task_return_new_error (task, PL_SYNC_ERROR, PL_SYNC_ERROR_BUSY,
                               _("a sync with the server is already under way"));
      g_object_unref (task);
      return;
    }

  memset (&self->stats, 0, sizeof self->stats);
  pl_sync_engine_start_round (self, task);
}

gboolean
pl_sync_engine_sync_finish (PlSyncEngine  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pl_sync_engine_start:
 *
 * Goes live: a round now, then a long poll for the server's changes and
 * a push after each local edit, until pl_sync_engine_stop(). The requests
 * under way hold a reference: call pl_sync_engine_stop() before dropping
 * the engine (a window does it in its dispose).
 */
void
pl_sync_engine_start (PlSyncEngine *self)
{
  g_return_if_fail (PL_IS_SYNC_ENGINE (self));

  if (self->live)
    return;

  self->live = TRUE;
  self->cancellable = g_cancellable_new ();
  self->backoff_s = 0;
  self->monitor = g_network_monitor_get_default ();
  self->network_id = g_signal_connect (self->monitor, "network-changed",
                                       G_CALLBACK (pl_sync_engine_on_network_changed_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_LIVE]);

  pl_sync_engine_live_round (self);
}

void
pl_sync_engine_stop (PlSyncEngine *self)
{
  g_return_if_fail (PL_IS_SYNC_ENGINE (self));

  if (!self->live)
    return;

  self->live = FALSE;
  if (self->persist_source_id != 0)
    pl_sync_engine_persist (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->push_source_id, g_source_remove);
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  if (self->monitor != NULL)
    g_clear_signal_handler (&self->network_id, self->monitor);
  self->monitor = NULL;
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_LIVE]);
}

gboolean
pl_sync_engine_get_live (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), FALSE);

  return self->live;
}
