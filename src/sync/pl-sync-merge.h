/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * The three-way merge of a record's content (DESIGN.md, "Sync"), without
 * any I/O or engine: `base` is the record as last agreed with the
 * server, `mine` this copy's, `theirs` the server's. Contents are JSON
 * objects without the server's bookkeeping (`_rev`...); an absent member
 * is %NULL.
 */

JsonNode   *pl_sync_merge_field         (JsonNode    *base,
                                         JsonNode    *mine,
                                         JsonNode    *theirs,
                                         gboolean    *out_conflict);
JsonObject *pl_sync_merge_contents      (JsonObject  *base,
                                         JsonObject  *mine,
                                         JsonObject  *theirs,
                                         GPtrArray  **out_conflicts);
JsonNode   *pl_sync_merge_get           (JsonObject  *content,
                                         const char  *field);
void        pl_sync_merge_put           (JsonObject  *content,
                                         const char  *field,
                                         JsonNode    *value);

gboolean    pl_sync_merge_node_same     (JsonNode    *a,
                                         JsonNode    *b);
gboolean    pl_sync_merge_objects_equal (JsonObject  *a,
                                         JsonObject  *b);
JsonObject *pl_sync_merge_with_rev      (JsonObject  *content,
                                         const char  *rev);

G_END_DECLS
