/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): the conflict list, and
 * resolving a conflict.
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

void
pl_sync_engine_add_conflict (PlSyncEngine *self,
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
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_N_CONFLICTS]);
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

  if (pl_sync_merge_node_same (pl_sync_merge_get (content, field), value))
    return TRUE;
  doc = pl_codec_record_to_json (record);
  pl_sync_merge_put (doc, field, value == NULL || JSON_NODE_HOLDS_NULL (value) ? NULL : value);
  if (!pl_codec_record_from_json (doc, &copy, NULL, NULL) || copy == NULL)
    return FALSE;
  normal = pl_sync_engine_record_content (copy);
  return pl_sync_merge_node_same (pl_sync_merge_get (content, field), pl_sync_merge_get (normal, field));
}

static void
drop_conflict (PlSyncEngine *self,
               guint         index)
{
  g_ptr_array_remove_index (self->conflicts, index);
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_N_CONFLICTS]);
}

/*
 * A new server version of @id (@theirs, NULL for a tombstone) has been
 * merged: the open conflicts on its fields follow it, so that an entry
 * never offers a value that is no longer the server's. The server's new
 * value is mine: agreed, dropped. The local value followed the server
 * (not edited here since): "theirs" is refreshed. Changed on both sides
 * since: dropped, the merge just made a fresh entry if they differ.
 */
void
pl_sync_engine_refresh_conflicts (PlSyncEngine *self,
                                  const char   *id,
                                  JsonObject   *theirs)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(JsonObject) local = NULL;

  /* The record's content is made only for a conflict of this record:
   * a pull of a whole session has none, and made it once per document
   * (10 % of an initial pull's instructions, issue 23). */
  if (theirs == NULL || record == NULL || self->conflicts->len == 0)
    return;

  for (guint i = self->conflicts->len; i-- > 0;)
    {
      JsonObject *conflict = g_ptr_array_index (self->conflicts, i);
      const char *field = pl_json_object_get_string (conflict, "field", NULL);
      JsonNode *now, *old;

      /* A set-aside document (`_type`) is no field of the record. */
      if (field == NULL || g_str_equal (field, "_deleted") || g_str_equal (field, "_type") ||
          g_strcmp0 (pl_json_object_get_string (conflict, "_id", NULL), id) != 0)
        continue;
      now = pl_sync_merge_get (theirs, field);
      old = json_object_get_member (conflict, "theirs");
      if (pl_sync_merge_node_same (now, old))
        continue;
      if (pl_sync_merge_node_same (now, json_object_get_member (conflict, "mine")))
        {
          drop_conflict (self, i);
          continue;
        }
      if (local == NULL)
        local = pl_sync_engine_record_content (record);
      if (field_holds (record, local, field, now))
        {
          json_object_set_member (conflict, "theirs", now ? json_node_copy (now) : json_node_new (JSON_NODE_NULL));
          g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_N_CONFLICTS]);
        }
      else
        drop_conflict (self, i);
    }
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
gboolean
pl_sync_engine_set_aside_misfit (PlSyncEngine *self,
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

  mine_node = pl_sync_engine_string_node (local_type);
  theirs_node = pl_sync_engine_object_node (theirs);
  pl_sync_engine_add_conflict (self, id, "_type", mine_node, theirs_node, rev);

  if (dirty && (local_type != NULL ? pl_record_id_fits_type (id, local_type) : entry != NULL && entry->deleted))
    {
      entry = pl_sync_table_ensure (self->entries, id);
      pl_sync_entry_set_rev (entry, rev);
      entry->dirty = TRUE;
    }
  return TRUE;
}

/* A `_type` conflict (pl_sync_engine_set_aside_misfit()) resolved as "keep mine": this
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

          pl_sync_merge_put (doc, field, mine);
          if (!pl_codec_apply (record, doc, NULL, error))
            return FALSE;
        }
    }
  else if (record != NULL && !g_str_equal (field, "_deleted") && !g_str_equal (field, "_type"))
    {
      /* The server's value back, in case mine was put back by hand
       * meanwhile (checked current by the caller). */
      g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

      if (!pl_sync_merge_node_same (pl_sync_merge_get (doc, field), theirs))
        {
          pl_sync_merge_put (doc, field, theirs == NULL || JSON_NODE_HOLDS_NULL (theirs) ? NULL : theirs);
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
      g_autoptr(JsonObject) local = record ? pl_sync_engine_record_content (record) : NULL;
      JsonNode *theirs = json_object_get_member (conflict, "theirs");
      JsonNode *there = entry && entry->base ? pl_sync_merge_get (entry->base, field) : NULL;

      if (record == NULL || !pl_sync_merge_node_same (there, theirs) ||
          (!field_holds (record, local, field, theirs) && !field_holds (record, local, field, mine)))
        {
          drop_conflict (self, index);
          pl_sync_engine_persist (self);
          if (self->state == PL_SYNC_STATE_CONFLICTS && self->conflicts->len == 0)
            pl_sync_engine_settle_state (self);
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
  g_object_notify_by_pspec (G_OBJECT (self), pl_sync_engine_properties[PROP_N_CONFLICTS]);
  pl_sync_engine_persist (self);
  if (self->state == PL_SYNC_STATE_CONFLICTS && self->conflicts->len == 0)
    pl_sync_engine_settle_state (self);
  return TRUE;
}
