/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include "pl-json-text.h"
#include "pl-sync-table.h"

void
pl_sync_entry_free (PlSyncEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->rev);
  g_clear_pointer (&entry->base, json_object_unref);
  g_free (entry->refused);
  g_clear_pointer (&entry->json, json_object_unref);
  g_free (entry);
}

void
pl_sync_entry_set_rev (PlSyncEntry *entry,
                       const char  *rev)
{
  if (g_strcmp0 (entry->rev, rev) == 0)
    return;
  g_free (entry->rev);
  entry->rev = g_strdup (rev);
}

void
pl_sync_entry_set_base (PlSyncEntry *entry,
                        JsonObject  *base)
{
  if (base != NULL)
    json_object_ref (base);
  g_clear_pointer (&entry->base, json_object_unref);
  entry->base = base;
}

/**
 * pl_sync_entry_is_pending:
 *
 * Returns: whether the record waits to be pushed: changed here, and not
 *   refused by the server (a refused change waits for the user)
 */
gboolean
pl_sync_entry_is_pending (PlSyncEntry *entry)
{
  return entry->dirty && entry->refused == NULL;
}

GHashTable *
pl_sync_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pl_sync_entry_free);
}

PlSyncEntry *
pl_sync_table_ensure (GHashTable *table,
                      const char *id)
{
  PlSyncEntry *entry = g_hash_table_lookup (table, id);

  if (entry == NULL)
    {
      entry = g_new0 (PlSyncEntry, 1);
      g_hash_table_insert (table, g_strdup (id), entry);
    }
  return entry;
}

/**
 * pl_sync_table_load:
 * @records: (nullable): a file's `sync.records`
 *
 * Adds what @records says to @table; members that are not objects are
 * skipped.
 */
void
pl_sync_table_load (GHashTable *table,
                    JsonObject *records)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (records == NULL)
    return;

  json_object_iter_init (&iter, records);
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonObject *object;
      PlSyncEntry *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      entry = pl_sync_table_ensure (table, name);
      pl_sync_entry_set_rev (entry, pl_json_object_get_string (object, "rev", NULL));
      if (json_object_has_member (object, "base") &&
          JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "base")))
        pl_sync_entry_set_base (entry, json_object_get_object_member (object, "base"));
      entry->dirty = pl_json_object_get_boolean (object, "dirty", FALSE);
      entry->deleted = pl_json_object_get_boolean (object, "deleted", FALSE);
      entry->refused = g_strdup (pl_json_object_get_string (object, "refused", NULL));
    }
}

/**
 * pl_sync_entry_get_json:
 *
 * The entry as a member of the file's `sync.records`. The object is made
 * again only when a field changed since it was last made, whoever
 * changed it (the engine sets the fields directly in many places), and
 * is never changed once made: a persist refs the objects of unchanged
 * entries instead of making 11,000 new ones (issue 23, the huge
 * session), and the save cache keeps their text by identity
 * (pl_save_cache_member()).
 *
 * Returns: (transfer none): the entry's member object
 */
JsonObject *
pl_sync_entry_get_json (PlSyncEntry *entry)
{
  JsonObject *object;

  if (entry->json != NULL && entry->base == entry->json_base && entry->dirty == entry->json_dirty &&
      entry->deleted == entry->json_deleted && g_strcmp0 (entry->rev, entry->json_rev) == 0 &&
      g_strcmp0 (entry->refused, entry->json_refused) == 0)
    return entry->json;

  object = json_object_new ();
  if (entry->rev != NULL)
    json_object_set_string_member (object, "rev", entry->rev);
  if (entry->base != NULL)
    json_object_set_object_member (object, "base", json_object_ref (entry->base));
  json_object_set_boolean_member (object, "dirty", entry->dirty);
  if (entry->deleted)
    json_object_set_boolean_member (object, "deleted", TRUE);
  if (entry->refused != NULL)
    json_object_set_string_member (object, "refused", entry->refused);

  g_clear_pointer (&entry->json, json_object_unref);
  entry->json = object;
  entry->json_rev = entry->rev != NULL ? json_object_get_string_member (object, "rev") : NULL;
  entry->json_base = entry->base;
  entry->json_refused = entry->refused != NULL ? json_object_get_string_member (object, "refused") : NULL;
  entry->json_dirty = entry->dirty;
  entry->json_deleted = entry->deleted;
  return object;
}

/**
 * pl_sync_table_to_json:
 *
 * The members in the table's order, as before the entries kept their
 * objects (the file's bytes do not change).
 *
 * Returns: (transfer full): the table as the file's `sync.records`
 */
JsonObject *
pl_sync_table_to_json (GHashTable *table)
{
  JsonObject *records = json_object_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, &value))
    json_object_set_object_member (records, key, json_object_ref (pl_sync_entry_get_json (value)));
  return records;
}

guint
pl_sync_table_count_refused (GHashTable *table)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((PlSyncEntry *) value)->refused != NULL)
      n++;
  return n;
}

/**
 * pl_sync_table_count_deletions:
 *
 * Returns: the deletions waiting to be pushed
 */
guint
pl_sync_table_count_deletions (GHashTable *table)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((PlSyncEntry *) value)->deleted && pl_sync_entry_is_pending (value))
      n++;
  return n;
}
