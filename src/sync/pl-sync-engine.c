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
 * push. A push sends every dirty record in one `_bulk_docs`; a record the
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

#define MAX_BACKOFF_S 60
#define DEFAULT_LONG_POLL_S 30
/* Rounds of push-after-merge in one sync; each one can only be needed
 * if the server changed again meanwhile. */
#define MAX_PUSH_PASSES 4

struct _PlSyncEngine
{
  GObject          parent_instance;

  PlSession       *session;
  PlCouchClient   *client;
  gulong           changed_id;

  GHashTable      *entries;      /* _id → PlSyncEntry (pl-sync-table.c) */
  GPtrArray       *conflicts;    /* of JsonObject {_id, field, mine, theirs} */
  JsonNode        *last_seq;     /* opaque; NULL for the beginning */
  JsonObject      *state_extra;  /* members of `sync` we do not know */
  GHashTable      *holds;        /* _id → (field → Hold): fields a person is typing in */

  PlSyncState      state;
  char            *error_message;
  PlSyncStats      stats;

  gboolean         applying;
  gboolean         logged_in;
  gboolean         busy;         /* a round or a push is under way */
  gboolean         push_again;
  gboolean         revs_unknown; /* a push met a rev the server never saw */

  /* Live mode */
  gboolean         live;
  gboolean         polling;
  GCancellable    *cancellable;
  guint            push_source_id;
  guint            retry_source_id;
  guint            persist_source_id;
  guint            backoff_s;
  guint            long_poll_s;
  GNetworkMonitor *monitor;
  gulong           network_id;
};

G_DEFINE_FINAL_TYPE (PlSyncEngine, pl_sync_engine, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PlSyncState, pl_sync_state,
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_SAVED_LOCALLY, "saved-locally"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_SYNCING, "syncing"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_UP_TO_DATE, "up-to-date"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_OFFLINE, "offline"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_CONFLICTS, "conflicts"),
  G_DEFINE_ENUM_VALUE (PL_SYNC_STATE_ERROR, "error"))

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CLIENT,
  PROP_STATE,
  PROP_ERROR_MESSAGE,
  PROP_N_CONFLICTS,
  PROP_LIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_push      (PlSyncEngine *self);
static void start_round        (PlSyncEngine *self,
                                GTask        *task);
static void poll_changes       (PlSyncEngine *self);

/* ------------------------------------------------------------------ */
/* Entries and the persisted state                                     */

/* A document's content, without the server's bookkeeping. */
static JsonObject *
content_of (JsonObject *doc)
{
  return pl_couch_response_content (doc);
}

static JsonObject *
record_content (PlRecord *record)
{
  g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

  return content_of (doc);
}

static JsonObject *
find_foreign (PlSyncEngine *self,
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

static void
persist (PlSyncEngine *self)
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
  persist (self);
  return G_SOURCE_REMOVE;
}

/* Local edits come in bursts (typing); the state follows them lazily.
 * Loading compares records with their base, so a file saved in between
 * loses nothing.
 *
 * So do the answers of a push and the changes of a pull: persist()
 * rebuilds the whole `sync` object, one JSON object per record, and
 * freeing the one it replaces feeds malloc_consolidate() in the next
 * allocation. Issue 11, large session (1372 records): perf of bench-sync
 * over the edit-to-other-client windows put 58 % of the program's time in
 * persist(), three times per edit (the editor's push answer, its own
 * change coming back, the other client's pull), before the other client
 * could go on. A file saved before the state catches up resumes safely
 * (DESIGN.md, "Sync"): a change pulled twice is a no-op, a record pushed
 * twice a conflict with identical content, which merges silently. A
 * round persists at its end, and stop and dispose flush what waits. */
static void
schedule_persist (PlSyncEngine *self)
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
          if (find_foreign (self, key, NULL) != NULL)
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
          g_autoptr(JsonObject) content = record_content (record);

          entry->deleted = FALSE;
          if (!pl_sync_merge_objects_equal (content, entry->base))
            entry->dirty = TRUE;
        }
    }
}

/* ------------------------------------------------------------------ */
/* State                                                               */

static void
set_state (PlSyncEngine *self,
           PlSyncState   state,
           const char   *error_message)
{
  if (g_strcmp0 (self->error_message, error_message) != 0)
    {
      g_free (self->error_message);
      self->error_message = g_strdup (error_message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
    }

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static gboolean
record_is_dirty (PlSyncEngine *self,
                 PlRecord     *record)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, pl_record_get_id (record));

  /* A record the server never saw is dirty. */
  return entry == NULL || pl_sync_entry_is_pending (entry);
}

/* The state after a successful exchange. */
static void
settle_state (PlSyncEngine *self)
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
      set_state (self, PL_SYNC_STATE_ERROR, message);
    }
  else if (self->conflicts->len > 0)
    set_state (self, PL_SYNC_STATE_CONFLICTS, NULL);
  else if (pl_sync_engine_get_n_dirty (self) > 0)
    set_state (self, PL_SYNC_STATE_SAVED_LOCALLY, NULL);
  else
    set_state (self, PL_SYNC_STATE_UP_TO_DATE, NULL);
}

/* ------------------------------------------------------------------ */
/* Applying the server's documents                                     */

static void
begin_apply (PlSyncEngine *self)
{
  self->applying = TRUE;
  pl_history_set_recording (pl_session_get_history (self->session), FALSE);
}

static void
end_apply (PlSyncEngine *self)
{
  pl_history_set_recording (pl_session_get_history (self->session), TRUE);
  self->applying = FALSE;
}

static void
add_conflict (PlSyncEngine *self,
              const char   *id,
              const char   *field,
              JsonNode     *mine,
              JsonNode     *theirs,
              const char   *rev)
{
  JsonObject *conflict = json_object_new ();

  /* One entry per field: a newer local value replaces an older one
   * only if it is the same local value's successor; the older stays
   * otherwise, so that no edit is dropped. */
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      JsonObject *old = g_ptr_array_index (self->conflicts, i);

      if (g_strcmp0 (pl_json_object_get_string (old, "_id", NULL), id) == 0 &&
          g_strcmp0 (pl_json_object_get_string (old, "field", NULL), field) == 0 &&
          json_node_equal (json_object_get_member (old, "mine"), mine))
        {
          g_ptr_array_remove_index (self->conflicts, i);
          break;
        }
    }

  json_object_set_string_member (conflict, "_id", id);
  json_object_set_string_member (conflict, "field", field);
  json_object_set_member (conflict, "mine", mine ? json_node_copy (mine) : json_node_new (JSON_NODE_NULL));
  json_object_set_member (conflict, "theirs", theirs ? json_node_copy (theirs) : json_node_new (JSON_NODE_NULL));
  if (rev != NULL)
    json_object_set_string_member (conflict, "rev", rev);
  g_ptr_array_add (self->conflicts, conflict);

  self->stats.conflicts++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

/* Whether @record's @field holds @value as the record would hold it:
 * the codec may fill an absent field with its default or write a value
 * in its own form, which is still the same value. */
static gboolean
field_holds (PlRecord   *record,
             JsonObject *content,
             const char *field,
             JsonNode   *value)
{
  g_autoptr(JsonObject) doc = NULL;
  g_autoptr(PlRecord) copy = NULL;
  g_autoptr(JsonObject) normal = NULL;

  if (pl_sync_merge_node_same (json_object_get_member (content, field), value))
    return TRUE;
  doc = pl_codec_record_to_json (record);
  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    json_object_remove_member (doc, field);
  else
    json_object_set_member (doc, field, json_node_copy (value));
  if (!pl_codec_record_from_json (doc, &copy, NULL, NULL) || copy == NULL)
    return FALSE;
  normal = record_content (copy);
  return pl_sync_merge_node_same (json_object_get_member (content, field), json_object_get_member (normal, field));
}

static void
drop_conflict (PlSyncEngine *self,
               guint         index)
{
  g_ptr_array_remove_index (self->conflicts, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
}

/*
 * A new server version of @id (@theirs, NULL for a tombstone) has been
 * merged: the open conflicts on its fields follow it, so that an entry
 * never offers a value that is no longer the server's. The server's new
 * value is mine: agreed, dropped. The local value followed the server
 * (not edited here since): "theirs" is refreshed. Changed on both sides
 * since: dropped, the merge just made a fresh entry if they differ.
 */
static void
refresh_conflicts (PlSyncEngine *self,
                   const char   *id,
                   JsonObject   *theirs)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(JsonObject) local = NULL;

  if (theirs == NULL || record == NULL)
    return;
  local = record_content (record);

  for (guint i = self->conflicts->len; i-- > 0;)
    {
      JsonObject *conflict = g_ptr_array_index (self->conflicts, i);
      const char *field = pl_json_object_get_string (conflict, "field", NULL);
      JsonNode *now, *old;

      /* A set-aside document (`_type`) is no field of the record. */
      if (field == NULL || g_str_equal (field, "_deleted") || g_str_equal (field, "_type") ||
          g_strcmp0 (pl_json_object_get_string (conflict, "_id", NULL), id) != 0)
        continue;
      now = json_object_get_member (theirs, field);
      old = json_object_get_member (conflict, "theirs");
      if (pl_sync_merge_node_same (now, old))
        continue;
      if (pl_sync_merge_node_same (now, json_object_get_member (conflict, "mine")))
        drop_conflict (self, i);
      else if (field_holds (record, local, field, now))
        {
          json_object_set_member (conflict, "theirs", now ? json_node_copy (now) : json_node_new (JSON_NODE_NULL));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
        }
      else
        drop_conflict (self, i);
    }
}

static JsonNode *
boolean_node (gboolean value)
{
  return json_node_init_boolean (json_node_alloc (), value);
}

static JsonNode *
object_node (JsonObject *object)
{
  return json_node_init_object (json_node_alloc (), object);
}

/* Sets @record (or creates it) from @doc, with the history off. */
static gboolean
apply_doc (PlSyncEngine *self,
           const char   *id,
           JsonObject   *doc)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;
  guint index;

  begin_apply (self);
  if (record != NULL)
    ok = pl_codec_apply (record, doc, NULL, &error);
  else
    {
      g_autoptr(PlRecord) created = NULL;

      ok = pl_codec_record_from_json (doc, &created, NULL, &error);
      if (ok && created != NULL && PL_IS_SESSION_SETTINGS (created))
        {
          /* The settings are the one record with the _id "session"
           * (DESIGN), which every session has: a second one cannot be
           * added (found by fuzz-couch-changes). */
          g_set_error (&error, PL_CODEC_ERROR, PL_CODEC_ERROR_WRONG_TYPE,
                       _("record “%s”: the session settings must have the _id “session”"), id);
          ok = FALSE;
        }
      else if (ok && created != NULL)
        {
          /* Kept until now as a type this version did not know: the
           * record replaces it, or the file would hold the _id twice and
           * not load again (found by fuzz-couch-changes). */
          if (find_foreign (self, id, &index) != NULL)
            g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
          pl_session_add_record (self->session, created);
        }
      else if (ok)
        {
          /* A type this version does not know: kept as it is. */
          if (find_foreign (self, id, &index) != NULL)
            g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
          pl_session_add_foreign_doc (self->session, doc);
        }
    }
  end_apply (self);

  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("a record from the server cannot be read: %s"),
                                                  error->message);
      set_state (self, PL_SYNC_STATE_ERROR, message);
    }
  return ok;
}

static void
remove_local (PlSyncEngine *self,
              const char   *id)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  guint index;

  begin_apply (self);
  if (record != NULL && !PL_IS_SESSION_SETTINGS (record))
    pl_session_remove_record (self->session, record);
  else if (find_foreign (self, id, &index) != NULL)
    g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
  end_apply (self);
}

static JsonNode *
string_node (const char *value)
{
  return value ? json_node_init_string (json_node_alloc (), value) : json_node_new (JSON_NODE_NULL);
}

/*
 * Issue 16, point 7: a server document whose `type` does not belong to
 * its `_id` (a request to speak written as `delegation:ITA`), or is not
 * the local record's, is never merged across types. It is set aside: a
 * conflict on the pseudo-field `_type` holds the whole document ("theirs")
 * and the local type ("mine", null if there is no local record), and the
 * local record stays as it is.
 *
 * A local change waiting to go (an edit, a record never pushed, a
 * deletion) is based on the set-aside revision, so that the next push
 * puts this copy's record, of the type the _id belongs to, in its place;
 * otherwise the server would answer "conflict" on every push. A record
 * nobody edited here is not offered: a delegate's client, which may not
 * write it, never tries.
 *
 * Returns: %TRUE if @theirs was set aside
 */
static gboolean
set_aside_misfit (PlSyncEngine *self,
                  const char   *id,
                  JsonObject   *theirs,
                  const char   *rev,
                  const char   *local_type,
                  gboolean      dirty)
{
  const char *type = pl_json_object_get_string (theirs, "type", NULL);
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
  g_autoptr(JsonNode) mine_node = NULL;
  g_autoptr(JsonNode) theirs_node = NULL;

  /* No type at all: the codec says what is wrong with it. */
  if (type == NULL)
    return FALSE;
  if (pl_record_id_fits_type (id, type) && (local_type == NULL || g_str_equal (local_type, type)))
    return FALSE;

  mine_node = string_node (local_type);
  theirs_node = object_node (theirs);
  add_conflict (self, id, "_type", mine_node, theirs_node, rev);

  if (dirty && (local_type != NULL ? pl_record_id_fits_type (id, local_type) : entry != NULL && entry->deleted))
    {
      entry = pl_sync_table_ensure (self->entries, id);
      pl_sync_entry_set_rev (entry, rev);
      entry->dirty = TRUE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Held fields                                                         */

/*
 * A field a person is typing in is held (issue 16, point 5): live, each
 * keystroke used to go to the server and the other clerk's keystrokes
 * came back into the same field, so both typed after the other's text
 * and the title became a mix of the two, with no conflict (each push was
 * based on the other's last one). While held, the server's value of the
 * field is kept aside and the record is not pushed (no half-typed word
 * leaves); on release the field is merged as any other: three-way
 * against the base, a conflict if both sides changed it.
 */
typedef struct
{
  guint     count;    /* holds taken, released one by one */
  gboolean  pending;  /* the server changed the field meanwhile */
  JsonNode *theirs;   /* its latest value there; NULL when absent */
} Hold;

static void
hold_free (Hold *hold)
{
  g_clear_pointer (&hold->theirs, json_node_unref);
  g_free (hold);
}

static gboolean
record_is_held (PlSyncEngine *self,
                const char   *id)
{
  return g_hash_table_contains (self->holds, id);
}

/*
 * The hook of merge_remote(): @theirs as the merge is to see it, the held
 * fields at their base value (so the merge keeps the person's), each
 * server value kept in its hold; %NULL when nothing of @id is held.
 */
static JsonObject *
hold_remote (PlSyncEngine *self,
             const char   *id,
             JsonObject   *theirs)
{
  GHashTable *fields = g_hash_table_lookup (self->holds, id);
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
  JsonObject *base = entry != NULL ? entry->base : NULL;
  JsonObject *view;
  GHashTableIter iter;
  gpointer key, value;

  if (fields == NULL || theirs == NULL)
    return NULL;

  view = pl_sync_merge_with_rev (theirs, NULL);
  g_hash_table_iter_init (&iter, fields);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Hold *hold = value;
      JsonNode *t = json_object_get_member (theirs, key);
      JsonNode *b = base != NULL ? json_object_get_member (base, key) : NULL;

      if (!((t == NULL && b == NULL) || (t != NULL && b != NULL && json_node_equal (t, b))))
        hold->pending = TRUE;
      g_clear_pointer (&hold->theirs, json_node_unref);
      hold->theirs = t != NULL ? json_node_copy (t) : NULL;

      if (b != NULL)
        json_object_set_member (view, key, json_node_copy (b));
      else if (json_object_has_member (view, key))
        json_object_remove_member (view, key);
    }
  return view;
}

/* The edit has ended: the server's value kept aside meets the person's. */
static void
hold_merge (PlSyncEngine *self,
            const char   *id,
            const char   *field,
            Hold         *hold)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(JsonObject) mine = NULL;
  g_autoptr(JsonObject) base = NULL;
  JsonNode *b, *m, *result;
  gboolean conflict;

  if (entry == NULL || record == NULL || entry->base == NULL)
    return;

  mine = record_content (record);
  b = json_object_get_member (entry->base, field);
  m = json_object_get_member (mine, field);
  result = pl_sync_merge_field (b, m, hold->theirs, &conflict);
  if (conflict)
    add_conflict (self, id, field, m, hold->theirs, NULL);

  /* The base is the server's record again, this field included. */
  base = pl_sync_merge_with_rev (entry->base, NULL);
  if (hold->theirs != NULL)
    json_object_set_member (base, field, json_node_copy (hold->theirs));
  else if (json_object_has_member (base, field))
    json_object_remove_member (base, field);
  pl_sync_entry_set_base (entry, base);

  if (result != m)
    {
      g_autoptr(JsonObject) doc = NULL;

      if (result != NULL)
        json_object_set_member (mine, field, json_node_copy (result));
      else if (json_object_has_member (mine, field))
        json_object_remove_member (mine, field);
      doc = pl_sync_merge_with_rev (mine, entry->rev);
      if (apply_doc (self, id, doc))
        self->stats.merged++;
      g_clear_pointer (&mine, json_object_unref);
      mine = record_content (record);
    }
  entry->dirty = !pl_sync_merge_objects_equal (mine, entry->base);
}

/*
 * A server version of @id arrives, from a pull or after a conflicting
 * push: @theirs is its content (NULL for a tombstone) at @rev.
 */
static void
merge_remote (PlSyncEngine *self,
              const char   *id,
              JsonObject   *theirs,
              const char   *rev)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
  PlRecord *record = pl_session_lookup (self->session, id);
  JsonObject *foreign = find_foreign (self, id, NULL);
  g_autoptr(JsonObject) mine = NULL;
  g_autoptr(JsonObject) held_view = NULL;
  gboolean dirty;

  if (entry != NULL && rev != NULL && g_strcmp0 (entry->rev, rev) == 0)
    return; /* ours, or already applied */

  /* A field being typed in keeps what is typed; see hold_remote(). */
  held_view = hold_remote (self, id, theirs);
  if (held_view != NULL)
    theirs = held_view;

  if (record != NULL)
    mine = record_content (record);
  else if (foreign != NULL)
    mine = content_of (foreign);

  /* A record the server never saw, of an id two people may both make
   * ("delegation:FRA"), is a local edit to merge with an empty base. */
  dirty = entry != NULL ? entry->dirty : mine != NULL;

  if (theirs != NULL &&
      set_aside_misfit (self, id, theirs, rev,
                        record != NULL ? pl_record_get_type_name (record) :
                        foreign != NULL ? pl_json_object_get_string (foreign, "type", NULL) : NULL,
                        dirty))
    return;

  if (theirs == NULL)
    {
      if (mine == NULL || !dirty)
        {
          if (mine != NULL)
            {
              remove_local (self, id);
              self->stats.removed++;
            }
          g_hash_table_remove (self->entries, id);
          return;
        }

      /* Deleted there, edited here: the deletion stands, the local
       * record waits in the conflict list. */
      {
        g_autoptr(JsonNode) mine_node = object_node (mine);
        g_autoptr(JsonNode) theirs_node = boolean_node (TRUE);

        add_conflict (self, id, "_deleted", mine_node, theirs_node, rev);
      }
      remove_local (self, id);
      g_hash_table_remove (self->entries, id);
      self->stats.removed++;
      return;
    }

  if (mine == NULL)
    {
      if (entry != NULL && entry->deleted && !pl_sync_merge_objects_equal (theirs, entry->base))
        {
          /* Deleted here, edited there: the server's record comes back,
           * the deletion waits in the conflict list. */
          g_autoptr(JsonNode) mine_node = boolean_node (TRUE);
          g_autoptr(JsonNode) theirs_node = object_node (theirs);
          g_autoptr(JsonObject) doc = pl_sync_merge_with_rev (theirs, rev);

          add_conflict (self, id, "_deleted", mine_node, theirs_node, rev);
          if (apply_doc (self, id, doc))
            {
              pl_sync_entry_set_rev (entry, rev);
              pl_sync_entry_set_base (entry, theirs);
              entry->deleted = FALSE;
              entry->dirty = FALSE;
              g_clear_pointer (&entry->refused, g_free);
              self->stats.pulled++;
            }
          return;
        }
      if (entry != NULL && entry->deleted)
        {
          /* Unchanged there: the deletion goes on, based on this rev. */
          pl_sync_entry_set_rev (entry, rev);
          pl_sync_entry_set_base (entry, theirs);
          return;
        }

      {
        g_autoptr(JsonObject) doc = pl_sync_merge_with_rev (theirs, rev);

        if (apply_doc (self, id, doc))
          {
            entry = pl_sync_table_ensure (self->entries, id);
            pl_sync_entry_set_rev (entry, rev);
            pl_sync_entry_set_base (entry, theirs);
            entry->dirty = FALSE;
            self->stats.pulled++;
          }
      }
      return;
    }

  if (!dirty)
    {
      g_autoptr(JsonObject) doc = pl_sync_merge_with_rev (theirs, rev);

      if (apply_doc (self, id, doc))
        {
          entry = pl_sync_table_ensure (self->entries, id);
          pl_sync_entry_set_rev (entry, rev);
          pl_sync_entry_set_base (entry, theirs);
          entry->dirty = FALSE;
          self->stats.pulled++;
        }
      return;
    }

  /* Both sides changed: field by field. */
  {
    g_autoptr(GPtrArray) conflicts = NULL;
    g_autoptr(JsonObject) merged = pl_sync_merge_contents (entry != NULL ? entry->base : NULL, mine, theirs,
                                                           &conflicts);
    g_autoptr(JsonObject) doc = NULL;

    for (guint i = 0; i < conflicts->len; i++)
      {
        const char *name = g_ptr_array_index (conflicts, i);

        add_conflict (self, id, name, json_object_get_member (mine, name),
                      json_object_get_member (theirs, name), NULL);
      }

    doc = pl_sync_merge_with_rev (merged, rev);
    if (apply_doc (self, id, doc))
      {
        entry = pl_sync_table_ensure (self->entries, id);
        pl_sync_entry_set_rev (entry, rev);
        pl_sync_entry_set_base (entry, theirs);
        entry->dirty = !pl_sync_merge_objects_equal (merged, theirs);
        entry->deleted = FALSE;
        self->stats.merged++;
      }
  }
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

  schedule_persist (self);

  if (self->state == PL_SYNC_STATE_UP_TO_DATE)
    set_state (self, PL_SYNC_STATE_SAVED_LOCALLY, NULL);

  if (self->live)
    schedule_push (self);
}

/* ------------------------------------------------------------------ */
/* Push                                                                */

typedef struct
{
  JsonArray  *docs;
  GHashTable *sent;      /* _id → JsonObject content sent (an empty object: a tombstone) */
  GHashTable *sent_rev;  /* _id → rev it was based on */
  JsonArray  *conflicted; /* ids the server answered "conflict" for */
  guint       passes;
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

static void
collect_dirty (PlSyncEngine *self,
               PushData     *data)
{
  const GType *types;
  guint n_types;
  GHashTableIter iter;
  gpointer key, value;

  data->docs = json_array_new ();
  data->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) json_object_unref);
  data->sent_rev = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

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
          if (!record_is_dirty (self, record) || record_is_held (self, id))
            continue;

          content = record_content (record);
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

      /* DESIGN: always the rev on a delete. */
      tombstone = json_object_new ();
      json_object_set_string_member (tombstone, "_id", key);
      json_object_set_string_member (tombstone, "_rev", entry->rev);
      json_object_set_boolean_member (tombstone, "_deleted", TRUE);
      json_array_add_object_element (data->docs, tombstone);
      g_hash_table_insert (data->sent_rev, g_strdup (key), g_strdup (entry->rev));
      g_hash_table_insert (data->sent, g_strdup (key), json_object_new ());
    }
}

static void push_pass (GTask *task);

/* The server answered "conflict" for @id and has no such document at
 * all: the rev we hold is from a database deleted and made again. The
 * record goes as new (without a rev) in the next pass, instead of
 * conflicting with a rev the server does not know again and again. */
static void
forget_unknown_rev (PlSyncEngine *self,
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
   * _revs_diff finds them all (see check_revs()). */
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
      persist (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  rows = pl_couch_response_parse_rows (answer, &error);
  if (rows == NULL)
    {
      persist (self);
      g_prefix_error (&error, _("the server %s sent "), pl_couch_client_get_server_url (self->client));
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      PlCouchChange *row = g_ptr_array_index (rows, i);

      merge_remote (self, row->id, row->doc, row->rev);
      refresh_conflicts (self, row->id, row->doc);
    }

  for (guint i = 0; data->conflicted != NULL && i < json_array_get_length (data->conflicted); i++)
    {
      const char *id = json_array_get_string_element (data->conflicted, i);
      gboolean found = FALSE;

      for (guint k = 0; k < rows->len && !found; k++)
        found = g_strcmp0 (((PlCouchChange *) g_ptr_array_index (rows, k))->id, id) == 0;
      if (!found)
        forget_unknown_rev (self, id);
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

  persist (self);
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
              g_autoptr(JsonObject) now = record_content (record);

              entry->dirty = !pl_sync_merge_objects_equal (now, sent);
              begin_apply (self);
              pl_record_set_rev (record, result->rev);
              end_apply (self);
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

  schedule_persist (self);

  if (json_array_get_length (conflicted) > 0)
    {
      g_autoptr(JsonObject) keys = json_object_new ();
      g_autoptr(JsonNode) body = NULL;
      GCancellable *cancellable = g_task_get_cancellable (task);

      json_object_set_array_member (keys, "keys", json_array_ref (conflicted));
      g_clear_pointer (&data->conflicted, json_array_unref);
      data->conflicted = json_array_ref (conflicted);
      body = object_node (keys);
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

  g_clear_pointer (&data->docs, json_array_unref);
  g_clear_pointer (&data->sent, g_hash_table_unref);
  g_clear_pointer (&data->sent_rev, g_hash_table_unref);

  if (data->passes >= MAX_PUSH_PASSES)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  data->passes++;

  collect_dirty (self, data);
  if (json_array_get_length (data->docs) == 0)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  pl_couch_client_bulk_docs_async (self->client, data->docs, g_task_get_cancellable (task),
                                   on_bulk_docs_cb, task);
}

static void
push_async (PlSyncEngine        *self,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, push_async);
  g_task_set_task_data (task, g_new0 (PushData, 1), (GDestroyNotify) push_data_free);
  push_pass (task);
}

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

  for (guint i = 0; i < changes->len; i++)
    {
      PlCouchChange *change = g_ptr_array_index (changes, i);

      merge_remote (self, change->id, change->doc, change->rev);
      refresh_conflicts (self, change->id, change->doc);
    }

  /* Only now, with every change it covers applied. Opaque: kept as it
   * came. */
  if (last_seq != NULL)
    {
      g_clear_pointer (&self->last_seq, json_node_unref);
      self->last_seq = g_steal_pointer (&last_seq);
    }
  schedule_persist (self);
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
  STEP_DONE,
} RoundStep;

typedef struct
{
  RoundStep step;
} RoundData;

static void round_next (GTask *task);

static void
round_fail (GTask  *task,
            GError *error)
{
  PlSyncEngine *self = g_task_get_source_object (task);

  persist (self);
  self->busy = FALSE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    settle_state (self);
  else if (error->domain == PL_COUCH_ERROR &&
           (error->code == PL_COUCH_ERROR_OFFLINE || error->code == PL_COUCH_ERROR_TIMEOUT))
    set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
  else
    {
      if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED))
        self->logged_in = FALSE;
      set_state (self, PL_SYNC_STATE_ERROR, error->message);
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
  schedule_persist (self);
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
  remember_roles (self);
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

static void
on_round_changes_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlSyncEngine *self = g_task_get_source_object (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonNode) since = self->last_seq ? json_node_copy (self->last_seq) : NULL;
  GError *error = NULL;

  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (answer == NULL || !pl_sync_engine_apply_changes (self, answer, &error))
    {
      round_fail (g_steal_pointer (&task), error);
      return;
    }

  /* One page is applied and its last_seq kept: the next, if any. A
   * server whose full page does not move last_seq would page forever:
   * then the round goes on (the next one starts from the same place). */
  if (pl_couch_response_changes_has_more (answer, pl_couch_client_get_changes_page (self->client)) &&
      self->last_seq != NULL && (since == NULL || !json_node_equal (since, self->last_seq)))
    {
      pl_couch_client_changes_async (self->client, self->last_seq, FALSE, 0, cancellable,
                                     on_round_changes_cb, g_steal_pointer (&task));
      return;
    }
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
          forget_unknown_rev (self, id);
          continue;
        }
      pl_sync_entry_set_rev (entry, row->rev);
      pl_sync_entry_set_base (entry, row->doc);
      if (record != NULL)
        {
          g_autoptr(JsonObject) content = record_content (record);

          entry->dirty = !pl_sync_merge_objects_equal (content, row->doc);
        }
    }

  g_clear_pointer (&self->last_seq, json_node_unref);
  self->revs_unknown = FALSE; /* this round is the one that deals with them */
  persist (self);
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
  body = object_node (keys);
  pl_couch_client_request_async (self->client, "POST", "_all_docs", "include_docs=true", body, 0,
                                 cancellable, on_round_missing_cb, g_steal_pointer (&task));
}

static void
check_revs (GTask *task)
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
  body = object_node (revs);
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
      check_revs (task);
      return;

    case STEP_PUSH:
    case STEP_PUSH_AGAIN:
      push_async (self, cancellable, on_round_push_cb, task);
      return;

    case STEP_PULL:
      pl_couch_client_changes_async (self->client, self->last_seq, FALSE, 0, cancellable,
                                     on_round_changes_cb, task);
      return;

    case STEP_DONE:
    default:
      persist (self);
      self->busy = FALSE;
      self->backoff_s = 0;
      settle_state (self);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
}

static void
start_round (PlSyncEngine *self,
             GTask        *task)
{
  RoundData *data = g_new0 (RoundData, 1);

  g_task_set_task_data (task, data, g_free);
  self->busy = TRUE;
  self->push_again = FALSE;
  set_state (self, PL_SYNC_STATE_SYNCING, NULL);
  round_next (task);
}

/* ------------------------------------------------------------------ */
/* Live: pushes on edits, a long poll, retries with backoff            */

static void live_round (PlSyncEngine *self);

static gboolean
on_retry_timeout_cb (gpointer user_data)
{
  PlSyncEngine *self = user_data;

  self->retry_source_id = 0;
  live_round (self);
  return G_SOURCE_REMOVE;
}

/* DESIGN: a failed request marks the session offline and retries from
 * 1 s, doubling to 60 s, or as soon as the network comes back. An answer
 * that will not change by itself (a wrong password) is not retried: the
 * user is told instead. */
static void
live_failed (PlSyncEngine *self,
             GError       *error)
{
  if (!self->live || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!pl_couch_error_is_transient (error))
    return;

  self->backoff_s = self->backoff_s == 0 ? 1 : MIN (self->backoff_s * 2, MAX_BACKOFF_S);
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  self->retry_source_id = g_timeout_add_seconds (self->backoff_s, on_retry_timeout_cb, self);
}

static void
on_live_round_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      live_failed (self, error);
      return;
    }
  if (!self->live)
    return;
  if (self->push_again || pl_sync_engine_get_n_dirty (self) > 0)
    schedule_push (self);
  poll_changes (self);
}

static void
live_round (PlSyncEngine *self)
{
  GTask *task;

  if (!self->live)
    return;
  if (self->busy)
    {
      /* A push is under way: try again just after it. */
      g_clear_handle_id (&self->retry_source_id, g_source_remove);
      self->retry_source_id = g_timeout_add_seconds (1, on_retry_timeout_cb, self);
      return;
    }
  task = g_task_new (self, self->cancellable, on_live_round_cb, g_object_ref (self));
  g_task_set_source_tag (task, live_round);
  start_round (self, task);
}

static void
on_live_push_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (error->domain == PL_COUCH_ERROR && (error->code == PL_COUCH_ERROR_OFFLINE ||
                                              error->code == PL_COUCH_ERROR_TIMEOUT))
        set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
      else
        set_state (self, PL_SYNC_STATE_ERROR, error->message);
      /* Retried with the same backoff as everything else; the edits
       * stay dirty meanwhile. */
      live_failed (self, error);
      return;
    }

  settle_state (self);
  if (self->live && self->revs_unknown)
    {
      live_round (self);
      return;
    }
  if (self->live && (self->push_again || pl_sync_engine_get_n_dirty (self) > 0))
    schedule_push (self);
}

/* Dirty records that may go now: not held, not a refused one. Held
 * records wait, or every push would find nothing to send and start
 * again. */
static gboolean
has_pushable (PlSyncEngine *self)
{
  GHashTableIter iter;
  gpointer key;
  guint n_held = 0;

  g_hash_table_iter_init (&iter, self->holds);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      PlRecord *record = pl_session_lookup (self->session, key);

      if (record != NULL && record_is_dirty (self, record))
        n_held++;
    }
  return pl_sync_engine_get_n_dirty (self) > n_held;
}

static gboolean
on_push_idle_cb (gpointer user_data)
{
  PlSyncEngine *self = user_data;

  self->push_source_id = 0;
  if (!self->live)
    return G_SOURCE_REMOVE;
  if (self->busy || self->retry_source_id != 0)
    {
      /* Pushed when the current exchange (or the retry) is over. */
      self->push_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->push_again = FALSE;
  if (!has_pushable (self))
    return G_SOURCE_REMOVE;

  self->busy = TRUE;
  set_state (self, PL_SYNC_STATE_SYNCING, NULL);
  push_async (self, self->cancellable, on_live_push_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
schedule_push (PlSyncEngine *self)
{
  /* An idle, not a call: the edit returns at once, and a burst of
   * setters in one main-loop turn goes in one _bulk_docs. */
  if (self->push_source_id == 0)
    self->push_source_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_push_idle_cb, self, NULL);
}

static void
on_poll_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;

  self->polling = FALSE;
  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (!self->live)
    return;

  if (answer == NULL)
    {
      /* Our own limit: PouchDB Server ignores the long-poll timeout, so
       * an idle poll ends here, and simply starts again. */
      if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TIMEOUT))
        {
          poll_changes (self);
          return;
        }
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (error->domain == PL_COUCH_ERROR && error->code == PL_COUCH_ERROR_OFFLINE)
        set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
      else
        set_state (self, PL_SYNC_STATE_ERROR, error->message);
      live_failed (self, error);
      return;
    }

  if (!pl_sync_engine_apply_changes (self, answer, &error))
    {
      set_state (self, PL_SYNC_STATE_ERROR, error->message);
      live_failed (self, error);
      return;
    }

  if (!self->busy)
    settle_state (self);
  if (pl_sync_engine_get_n_dirty (self) > 0)
    schedule_push (self);
  poll_changes (self);
}

static void
poll_changes (PlSyncEngine *self)
{
  if (!self->live || self->polling)
    return;
  self->polling = TRUE;
  pl_couch_client_changes_async (self->client, self->last_seq, TRUE, self->long_poll_s,
                                 self->cancellable, on_poll_cb, g_object_ref (self));
}

static void
on_network_changed_cb (GNetworkMonitor *monitor,
                       gboolean         available,
                       PlSyncEngine    *self)
{
  if (!available || !self->live || self->retry_source_id == 0)
    return;

  /* Back online: no need to wait out the backoff. */
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  live_round (self);
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
    persist (self);
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

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLIENT] =
    g_param_spec_object ("client", NULL, NULL, PL_TYPE_COUCH_CLIENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, PL_TYPE_SYNC_STATE, PL_SYNC_STATE_SAVED_LOCALLY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CONFLICTS] =
    g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIVE] =
    g_param_spec_boolean ("live", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

          if (record_is_dirty (self, record))
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
  persist (self);
}

/* A `_type` conflict (set_aside_misfit()) resolved as "keep mine": this
 * copy's record goes over the server's document; "keep theirs" only drops
 * the entry, as a document that does not fit its _id cannot become a
 * record here. */
static void
keep_mine_over_misfit (PlSyncEngine *self,
                       JsonObject   *conflict,
                       PlRecord     *record)
{
  const char *id = json_object_get_string_member (conflict, "_id");
  PlSyncEntry *entry;

  if (record == NULL || !pl_record_id_fits_type (id, pl_record_get_type_name (record)))
    return;
  entry = pl_sync_table_ensure (self->entries, id);
  pl_sync_entry_set_rev (entry, pl_json_object_get_string (conflict, "rev", NULL));
  entry->dirty = TRUE;
  g_clear_pointer (&entry->refused, g_free);
}

/* What pl_sync_engine_resolve_conflict() changes in the session. */
static gboolean
apply_choice (PlSyncEngine      *self,
              JsonObject        *conflict,
              PlConflictChoice   choice,
              GError           **error)
{
  const char *id = json_object_get_string_member (conflict, "_id");
  const char *field = json_object_get_string_member (conflict, "field");
  JsonNode *mine = json_object_get_member (conflict, "mine");
  JsonNode *theirs = json_object_get_member (conflict, "theirs");
  PlRecord *record = pl_session_lookup (self->session, id);

  if (choice == PL_CONFLICT_KEEP_MINE)
    {
      if (g_str_equal (field, "_type"))
        keep_mine_over_misfit (self, conflict, record);
      else if (g_str_equal (field, "_deleted") && JSON_NODE_HOLDS_OBJECT (mine))
        {
          /* Bring the record back over the server's tombstone. */
          g_autoptr(PlRecord) created = NULL;
          const char *rev = pl_json_object_get_string (conflict, "rev", NULL);

          if (record == NULL)
            {
              if (!pl_codec_record_from_json (json_node_get_object (mine), &created, NULL, error))
                return FALSE;
              if (created != NULL)
                {
                  PlSyncEntry *entry = pl_sync_table_ensure (self->entries, id);

                  pl_sync_entry_set_rev (entry, rev);
                  pl_sync_entry_set_base (entry, NULL);
                  entry->dirty = TRUE;
                  entry->deleted = FALSE;
                  pl_record_set_rev (created, NULL);
                  pl_session_add_record (self->session, created);
                }
            }
        }
      else if (g_str_equal (field, "_deleted"))
        {
          if (record != NULL && !PL_IS_SESSION_SETTINGS (record))
            pl_session_remove_record (self->session, record);
        }
      else if (record != NULL)
        {
          g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

          json_object_set_member (doc, field, json_node_copy (mine));
          if (!pl_codec_apply (record, doc, NULL, error))
            return FALSE;
        }
    }
  else if (record != NULL && !g_str_equal (field, "_deleted") && !g_str_equal (field, "_type"))
    {
      /* The server's value back, in case mine was put back by hand
       * meanwhile (checked current by the caller). */
      g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

      if (!pl_sync_merge_node_same (json_object_get_member (doc, field), theirs))
        {
          if (theirs == NULL || JSON_NODE_HOLDS_NULL (theirs))
            json_object_remove_member (doc, field);
          else
            json_object_set_member (doc, field, json_node_copy (theirs));
          if (!pl_codec_apply (record, doc, NULL, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * pl_sync_engine_resolve_conflict:
 * @index: which conflict (see pl_sync_engine_get_conflict())
 * @choice: keep the local value (an ordinary, undoable edit, pushed like
 *   any other) or the server's
 *
 * Returns: %FALSE with @error if the local value can no longer be put
 *   back (the record's type rejects it)
 */
gboolean
pl_sync_engine_resolve_conflict (PlSyncEngine      *self,
                                 guint              index,
                                 PlConflictChoice   choice,
                                 GError           **error)
{
  g_autoptr(JsonObject) conflict = NULL;
  const char *id, *field;
  JsonNode *mine;
  PlHistory *history;
  gboolean ok;

  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), FALSE);
  g_return_val_if_fail (index < self->conflicts->len, FALSE);

  conflict = json_object_ref (g_ptr_array_index (self->conflicts, index));
  id = json_object_get_string_member (conflict, "_id");
  field = json_object_get_string_member (conflict, "field");
  mine = json_object_get_member (conflict, "mine");

  /* Never applied stale: the entry stands for "here mine, there
   * theirs". If the server's value (the base) is no longer theirs, or
   * the value here is neither theirs nor mine any more (edited since),
   * the field has moved on and either choice would bring back an old
   * value: the entry is dropped and nothing is changed. The next sync
   * makes a fresh one if the two sides still differ. */
  if (!g_str_equal (field, "_deleted") && !g_str_equal (field, "_type"))
    {
      PlRecord *record = pl_session_lookup (self->session, id);
      PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
      g_autoptr(JsonObject) local = record ? record_content (record) : NULL;
      JsonNode *theirs = json_object_get_member (conflict, "theirs");
      JsonNode *there = entry && entry->base ? json_object_get_member (entry->base, field) : NULL;

      if (record == NULL || !pl_sync_merge_node_same (there, theirs) ||
          (!field_holds (record, local, field, theirs) && !field_holds (record, local, field, mine)))
        {
          drop_conflict (self, index);
          persist (self);
          if (self->state == PL_SYNC_STATE_CONFLICTS && self->conflicts->len == 0)
            settle_state (self);
          g_set_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_STALE_CONFLICT,
                       _("the conflict on “%s” of “%s” is out of date: the field changed since, here or on "
                         "the server; nothing was changed and the conflict is dropped (sync again to see "
                         "whether the two sides still differ)"), field, id);
          return FALSE;
        }
    }

  /* One undo step, whatever it takes. */
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Resolve Conflict"));
  ok = apply_choice (self, conflict, choice, error);
  pl_history_end_group (history);
  if (!ok)
    return FALSE;

  g_ptr_array_remove (self->conflicts, conflict);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
  persist (self);
  if (self->state == PL_SYNC_STATE_CONFLICTS && self->conflicts->len == 0)
    settle_state (self);
  return TRUE;
}

/**
 * pl_sync_engine_hold_field:
 * @record_id: the record's `_id`
 * @field: the JSON name of the field ("title")
 *
 * Says that a person is typing in @field: until the matching
 * pl_sync_engine_release_field(), the server's changes to it are kept
 * aside (never written under the cursor) and the record is not pushed
 * (no half-typed word is sent). Holds nest.
 */
void
pl_sync_engine_hold_field (PlSyncEngine *self,
                           const char   *record_id,
                           const char   *field)
{
  GHashTable *fields;
  Hold *hold;

  g_return_if_fail (PL_IS_SYNC_ENGINE (self));
  g_return_if_fail (record_id != NULL);
  g_return_if_fail (field != NULL);

  fields = g_hash_table_lookup (self->holds, record_id);
  if (fields == NULL)
    {
      fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) hold_free);
      g_hash_table_insert (self->holds, g_strdup (record_id), fields);
    }
  hold = g_hash_table_lookup (fields, field);
  if (hold == NULL)
    {
      hold = g_new0 (Hold, 1);
      g_hash_table_insert (fields, g_strdup (field), hold);
    }
  hold->count++;
}

/**
 * pl_sync_engine_release_field:
 *
 * Ends a hold taken with pl_sync_engine_hold_field(). When the last one
 * ends, a server value that arrived meanwhile is merged with what was
 * typed, as any other field: the server's value if only it changed, a
 * conflict (the server's value shown, the typed one in the conflict
 * list) if both did. Then the record is pushed if it is still an edit.
 */
void
pl_sync_engine_release_field (PlSyncEngine *self,
                              const char   *record_id,
                              const char   *field)
{
  GHashTable *fields;
  Hold *hold;

  g_return_if_fail (PL_IS_SYNC_ENGINE (self));
  g_return_if_fail (record_id != NULL);
  g_return_if_fail (field != NULL);

  fields = g_hash_table_lookup (self->holds, record_id);
  hold = fields != NULL ? g_hash_table_lookup (fields, field) : NULL;
  g_return_if_fail (hold != NULL);

  if (--hold->count > 0)
    return;

  if (hold->pending)
    {
      hold_merge (self, record_id, field, hold);
      schedule_persist (self);
      if (!self->busy)
        settle_state (self);
    }
  g_hash_table_remove (fields, field);
  if (g_hash_table_size (fields) == 0)
    g_hash_table_remove (self->holds, record_id);

  if (self->live && pl_sync_engine_get_n_dirty (self) > 0)
    schedule_push (self);
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
  start_round (self, task);
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
                                       G_CALLBACK (on_network_changed_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVE]);

  live_round (self);
}

void
pl_sync_engine_stop (PlSyncEngine *self)
{
  g_return_if_fail (PL_IS_SYNC_ENGINE (self));

  if (!self->live)
    return;

  self->live = FALSE;
  if (self->persist_source_id != 0)
    persist (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->push_source_id, g_source_remove);
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  if (self->monitor != NULL)
    g_clear_signal_handler (&self->network_id, self->monitor);
  self->monitor = NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIVE]);
}

gboolean
pl_sync_engine_get_live (PlSyncEngine *self)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (self), FALSE);

  return self->live;
}
