/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * PlSyncEntry:
 * @rev: (nullable): the server's revision this copy is based on
 * @base: (nullable): the record as last agreed, without `_rev`
 * @dirty: local changes not yet acknowledged
 * @deleted: removed here: a tombstone to push
 * @refused: (nullable): the server's reason for refusing the last push
 *
 * What the sync engine knows of one record: a member of the file's
 * `sync.records`.
 */
typedef struct
{
  char       *rev;
  JsonObject *base;
  gboolean    dirty;
  gboolean    deleted;
  char       *refused;

  /*< private >*/
  /* The member of `sync.records` last made from the fields above
   * (pl_sync_table_to_json()), and what it was made from: made again
   * only when one of them changed. Never changed once made, so that the
   * save cache may keep its text by identity. */
  JsonObject *json;
  const char *json_rev;      /* in json */
  JsonObject *json_base;     /* held by json */
  const char *json_refused;  /* in json */
  gboolean    json_dirty;
  gboolean    json_deleted;
} PlSyncEntry;

/*
 * The per-record state table: a #GHashTable of `_id` → #PlSyncEntry, as
 * the file's `sync.records` holds it.
 */
GHashTable  *pl_sync_table_new           (void);
PlSyncEntry *pl_sync_table_ensure        (GHashTable  *table,
                                          const char  *id);
void         pl_sync_table_load          (GHashTable  *table,
                                          JsonObject  *records);
JsonObject  *pl_sync_table_to_json       (GHashTable  *table);
guint        pl_sync_table_count_refused (GHashTable  *table);
guint        pl_sync_table_count_deletions (GHashTable *table);

void         pl_sync_entry_free          (PlSyncEntry *entry);
void         pl_sync_entry_set_rev       (PlSyncEntry *entry,
                                          const char  *rev);
void         pl_sync_entry_set_base      (PlSyncEntry *entry,
                                          JsonObject  *base);
gboolean     pl_sync_entry_is_pending    (PlSyncEntry *entry);
JsonObject  *pl_sync_entry_get_json      (PlSyncEntry *entry);

G_END_DECLS
