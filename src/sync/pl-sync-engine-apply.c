/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): applying the server's
 * documents to the session, the three-way merge of one record.
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

static JsonNode *
boolean_node (gboolean value)
{
  return json_node_init_boolean (json_node_alloc (), value);
}

JsonNode *
pl_sync_engine_object_node (JsonObject *object)
{
  return json_node_init_object (json_node_alloc (), object);
}

/* Sets @record (or creates it) from @doc, with the history off. */
gboolean
pl_sync_engine_apply_doc (PlSyncEngine *self,
                          const char   *id,
                          JsonObject   *doc)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;
  guint index;

  pl_sync_engine_begin_apply (self);
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
          if (pl_sync_engine_find_foreign (self, id, &index) != NULL)
            g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
          pl_session_add_record (self->session, created);
        }
      else if (ok)
        {
          /* A type this version does not know: kept as it is. */
          if (pl_sync_engine_find_foreign (self, id, &index) != NULL)
            g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
          pl_session_add_foreign_doc (self->session, doc);
        }
    }
  pl_sync_engine_end_apply (self);

  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("a record from the server cannot be read: %s"),
                                                  error->message);
      pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, message);
    }
  return ok;
}

static void
remove_local (PlSyncEngine *self,
              const char   *id)
{
  PlRecord *record = pl_session_lookup (self->session, id);
  guint index;

  pl_sync_engine_begin_apply (self);
  if (record != NULL && !PL_IS_SESSION_SETTINGS (record))
    pl_session_remove_record (self->session, record);
  else if (pl_sync_engine_find_foreign (self, id, &index) != NULL)
    g_ptr_array_remove_index (pl_session_get_foreign_docs (self->session), index);
  pl_sync_engine_end_apply (self);
}

JsonNode *
pl_sync_engine_string_node (const char *value)
{
  return value ? json_node_init_string (json_node_alloc (), value) : json_node_new (JSON_NODE_NULL);
}

/*
 * A server version of @id arrives, from a pull or after a conflicting
 * push: @theirs is its content (NULL for a tombstone) at @rev.
 */
void
pl_sync_engine_merge_remote (PlSyncEngine *self,
                             const char   *id,
                             JsonObject   *theirs,
                             const char   *rev)
{
  PlSyncEntry *entry = g_hash_table_lookup (self->entries, id);
  PlRecord *record = pl_session_lookup (self->session, id);
  JsonObject *foreign = pl_sync_engine_find_foreign (self, id, NULL);
  g_autoptr(JsonObject) mine = NULL;
  g_autoptr(JsonObject) held_view = NULL;
  gboolean dirty;

  if (entry != NULL && rev != NULL && g_strcmp0 (entry->rev, rev) == 0)
    return; /* ours, or already applied */

  /* A field being typed in keeps what is typed; see pl_sync_engine_hold_remote(). */
  held_view = pl_sync_engine_hold_remote (self, id, theirs);
  if (held_view != NULL)
    theirs = held_view;

  if (record != NULL)
    mine = pl_sync_engine_record_content (record);
  else if (foreign != NULL)
    mine = pl_sync_engine_content_of (foreign);

  /* A record the server never saw, of an id two people may both make
   * ("delegation:FRA"), is a local edit to merge with an empty base. */
  dirty = entry != NULL ? entry->dirty : mine != NULL;

  if (theirs != NULL &&
      pl_sync_engine_set_aside_misfit (self, id, theirs, rev,
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
        g_autoptr(JsonNode) mine_node = pl_sync_engine_object_node (mine);
        g_autoptr(JsonNode) theirs_node = boolean_node (TRUE);

        pl_sync_engine_add_conflict (self, id, "_deleted", mine_node, theirs_node, rev);
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
          g_autoptr(JsonNode) theirs_node = pl_sync_engine_object_node (theirs);
          g_autoptr(JsonObject) doc = pl_sync_merge_with_rev (theirs, rev);

          pl_sync_engine_add_conflict (self, id, "_deleted", mine_node, theirs_node, rev);
          if (pl_sync_engine_apply_doc (self, id, doc))
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

        if (pl_sync_engine_apply_doc (self, id, doc))
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

      if (pl_sync_engine_apply_doc (self, id, doc))
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

        pl_sync_engine_add_conflict (self, id, name, pl_sync_merge_get (mine, name),
                                     pl_sync_merge_get (theirs, name), NULL);
      }

    doc = pl_sync_merge_with_rev (merged, rev);
    if (pl_sync_engine_apply_doc (self, id, doc))
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
