/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include "pl-sync-merge.h"

static gboolean
same (JsonNode *a,
      JsonNode *b)
{
  return (a == NULL && b == NULL) || (a != NULL && b != NULL && json_node_equal (a, b));
}

/**
 * pl_sync_merge_field:
 * @base: (nullable): the field as last agreed
 * @mine: (nullable): the field here
 * @theirs: (nullable): the field on the server
 * @out_conflict: (out): whether both sides changed it, differently
 *
 * A field changed on one side takes that side's value; one changed on
 * both sides to different values keeps the server's, and is a conflict
 * (the local value goes to the conflict list: nothing local is dropped
 * silently). Absent is not null here: a field removed on one side is a
 * change.
 *
 * Returns: (transfer none) (nullable): @mine or @theirs, whichever the
 *   merge keeps; %NULL if that side has no such field
 */
JsonNode *
pl_sync_merge_field (JsonNode *base,
                     JsonNode *mine,
                     JsonNode *theirs,
                     gboolean *out_conflict)
{
  g_return_val_if_fail (out_conflict != NULL, theirs);

  *out_conflict = FALSE;
  if (same (mine, theirs))
    return theirs;
  if (same (mine, base))
    return theirs;
  if (same (theirs, base))
    return mine;

  *out_conflict = TRUE;
  return theirs;
}

/**
 * pl_sync_merge_contents:
 * @base: (nullable): the record as last agreed, %NULL for a record the
 *   server never saw
 * @mine: the record here
 * @theirs: the record on the server
 * @out_conflicts: (out) (transfer full) (element-type utf8): the fields
 *   both sides changed differently
 *
 * Merges a record changed on both sides, field by field
 * (pl_sync_merge_field()); `_id` and `type` are the server's, which a
 * misfit check has already found to be this copy's too.
 *
 * Returns: (transfer full): the merged content
 */
JsonObject *
pl_sync_merge_contents (JsonObject  *base,
                        JsonObject  *mine,
                        JsonObject  *theirs,
                        GPtrArray  **out_conflicts)
{
  g_autoptr(JsonObject) merged = json_object_new ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  JsonObject *sides[3] = { base, mine, theirs };

  g_return_val_if_fail (mine != NULL && theirs != NULL, NULL);

  /* The union of the sides' fields, each once. Their order means
   * nothing: json_object_iter_init() visits members in no particular
   * order, and the codec writes a record's fields in its own. */
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      if (sides[s] == NULL)
        continue;
      json_object_iter_init (&iter, sides[s]);
      while (json_object_iter_next (&iter, &name, &node))
        if (g_hash_table_add (names, (gpointer) name))
          g_ptr_array_add (order, (gpointer) name);
    }

  for (guint i = 0; i < order->len; i++)
    {
      const char *name = g_ptr_array_index (order, i);
      JsonNode *b = base ? json_object_get_member (base, name) : NULL;
      JsonNode *m = json_object_get_member (mine, name);
      JsonNode *t = json_object_get_member (theirs, name);
      JsonNode *result;
      gboolean conflict = FALSE;

      if (g_str_equal (name, "_id") || g_str_equal (name, "type"))
        result = t ? t : m;
      else
        result = pl_sync_merge_field (b, m, t, &conflict);

      if (conflict)
        g_ptr_array_add (conflicts, g_strdup (name));
      if (result != NULL)
        json_object_set_member (merged, name, json_node_copy (result));
    }

  if (out_conflicts != NULL)
    *out_conflicts = g_steal_pointer (&conflicts);
  return g_steal_pointer (&merged);
}

/**
 * pl_sync_merge_node_same:
 *
 * Absent and null are the same value here (a conflict stores an absent
 * side as null).
 */
gboolean
pl_sync_merge_node_same (JsonNode *a,
                         JsonNode *b)
{
  gboolean a_null = a == NULL || JSON_NODE_HOLDS_NULL (a);
  gboolean b_null = b == NULL || JSON_NODE_HOLDS_NULL (b);

  if (a_null || b_null)
    return a_null && b_null;
  return json_node_equal (a, b);
}

gboolean
pl_sync_merge_objects_equal (JsonObject *a,
                             JsonObject *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_object_equal (a, b);
}

/**
 * pl_sync_merge_with_rev:
 * @rev: (nullable): the revision, or %NULL for none
 *
 * Returns: (transfer full): a copy of @content, with `_rev` set to @rev
 */
JsonObject *
pl_sync_merge_with_rev (JsonObject *content,
                        const char *rev)
{
  JsonObject *doc = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, content);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (doc, name, json_node_copy (node));
  if (rev != NULL)
    json_object_set_string_member (doc, "_rev", rev);
  return doc;
}
