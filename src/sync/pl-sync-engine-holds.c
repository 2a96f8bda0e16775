/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): held fields, kept out of
 * the server's reach while a person types in them.
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

gboolean
pl_sync_engine_record_is_held (PlSyncEngine *self,
                               const char   *id)
{
  return g_hash_table_contains (self->holds, id);
}

/*
 * The hook of pl_sync_engine_merge_remote(): @theirs as the merge is to see it, the held
 * fields at their base value (so the merge keeps the person's), each
 * server value kept in its hold; %NULL when nothing of @id is held.
 */
JsonObject *
pl_sync_engine_hold_remote (PlSyncEngine *self,
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

  mine = pl_sync_engine_record_content (record);
  b = json_object_get_member (entry->base, field);
  m = json_object_get_member (mine, field);
  result = pl_sync_merge_field (b, m, hold->theirs, &conflict);
  if (conflict)
    pl_sync_engine_add_conflict (self, id, field, m, hold->theirs, NULL);

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
      if (pl_sync_engine_apply_doc (self, id, doc))
        self->stats.merged++;
      g_clear_pointer (&mine, json_object_unref);
      mine = pl_sync_engine_record_content (record);
    }
  entry->dirty = !pl_sync_merge_objects_equal (mine, entry->base);
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
      pl_sync_engine_schedule_persist (self);
      if (!self->busy)
        pl_sync_engine_settle_state (self);
    }
  g_hash_table_remove (fields, field);
  if (g_hash_table_size (fields) == 0)
    g_hash_table_remove (self->holds, record_id);

  if (self->live && pl_sync_engine_get_n_dirty (self) > 0)
    pl_sync_engine_schedule_push (self);
}
