/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include "pl-sync-merge.h"
#include "pl-versions.h"

/* A record's language versions (`i18n`, DESIGN.md "Languages (rule
 * 38)") merge per language and field: two translators working on two
 * texts of one record is the daily case, not a conflict. A conflict on
 * one version is named by its path, "i18n.<language>.<field>"
 * (pl_versions_split_path()), which pl_sync_merge_get() and
 * pl_sync_merge_put() read and write. */
#define I18N "i18n"

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

static JsonObject *
object_of (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonNode *
member_of (JsonNode   *node,
           const char *name)
{
  JsonObject *object = object_of (node);

  return object ? json_object_get_member (object, name) : NULL;
}

/* The union of the members' names of @nodes' objects, each once, in the
 * order met. */
static GPtrArray *
union_of_names (JsonNode **nodes,
                guint      n_nodes)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new ();

  for (guint s = 0; s < n_nodes; s++)
    {
      JsonObject *object = object_of (nodes[s]);
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      if (object == NULL)
        continue;
      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        if (g_hash_table_add (seen, (gpointer) name))
          g_ptr_array_add (names, (gpointer) name);
    }
  return names;
}

static gboolean
object_or_absent (JsonNode *node)
{
  return node == NULL || JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_NULL (node);
}

/* The `i18n` member merged per (language, field); the paths of the
 * versions changed on both sides go to @conflicts. Returns a new node,
 * or %NULL when no version is left. */
static JsonNode *
merge_i18n (JsonNode  *base,
            JsonNode  *mine,
            JsonNode  *theirs,
            GPtrArray *conflicts)
{
  JsonNode *sides[3] = { theirs, mine, base };
  g_autoptr(GPtrArray) languages = union_of_names (sides, G_N_ELEMENTS (sides));
  g_autoptr(JsonObject) merged = json_object_new ();
  JsonNode *result;

  for (guint l = 0; l < languages->len; l++)
    {
      const char *language = g_ptr_array_index (languages, l);
      JsonNode *per[3] = { member_of (theirs, language), member_of (mine, language), member_of (base, language) };
      g_autoptr(GPtrArray) fields = union_of_names (per, G_N_ELEMENTS (per));
      g_autoptr(JsonObject) versions = json_object_new ();

      for (guint f = 0; f < fields->len; f++)
        {
          const char *field = g_ptr_array_index (fields, f);
          gboolean conflict = FALSE;
          JsonNode *kept = pl_sync_merge_field (member_of (per[2], field), member_of (per[1], field),
                                                member_of (per[0], field), &conflict);

          if (conflict)
            g_ptr_array_add (conflicts, g_strdup_printf (I18N ".%s.%s", language, field));
          if (kept != NULL)
            json_object_set_member (versions, field, json_node_copy (kept));
        }
      if (json_object_get_size (versions) > 0)
        json_object_set_object_member (merged, language, json_object_ref (versions));
    }

  if (json_object_get_size (merged) == 0)
    return NULL;
  result = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (result, merged);
  return result;
}

/**
 * pl_sync_merge_get:
 * @content: a record's content
 * @field: a field's name, or the path of a language version
 *   ("i18n.fr.title") as a conflict names it
 *
 * Returns: (transfer none) (nullable): the value, %NULL if absent
 */
JsonNode *
pl_sync_merge_get (JsonObject *content,
                   const char *field)
{
  g_autofree char *language = NULL;
  g_autofree char *name = NULL;

  if (content == NULL || field == NULL)
    return NULL;
  if (!pl_versions_split_path (field, &language, &name))
    return json_object_get_member (content, field);
  return member_of (member_of (json_object_get_member (content, I18N), language), name);
}

/**
 * pl_sync_merge_put:
 * @value: (nullable): the value; for a language version, %NULL or null
 *   removes it
 *
 * Sets @field (a name or a version's path, as pl_sync_merge_get()) of
 * @content to a copy of @value; a plain field is set as given (null
 * included), %NULL removes it.
 */
void
pl_sync_merge_put (JsonObject *content,
                   const char *field,
                   JsonNode   *value)
{
  g_autofree char *language = NULL;
  g_autoptr(JsonObject) i18n = json_object_new ();
  g_autoptr(JsonObject) versions = json_object_new ();
  g_autofree char *name = NULL;
  JsonNode *old;

  g_return_if_fail (content != NULL && field != NULL);

  if (!pl_versions_split_path (field, &language, &name))
    {
      if (value == NULL)
        json_object_remove_member (content, field);
      else
        json_object_set_member (content, field, json_node_copy (value));
      return;
    }

  /* Copies all the way down: @content's members may be shared. */
  old = json_object_get_member (content, I18N);
  if (object_of (old) != NULL)
    {
      JsonObjectIter iter;
      const char *lang;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, object_of (old));
      while (json_object_iter_next_ordered (&iter, &lang, &node))
        if (!g_str_equal (lang, language))
          json_object_set_member (i18n, lang, json_node_copy (node));
        else if (object_of (node) != NULL)
          {
            JsonObjectIter inner;
            const char *f;
            JsonNode *v;

            json_object_set_object_member (i18n, lang, json_object_ref (versions));
            json_object_iter_init_ordered (&inner, object_of (node));
            while (json_object_iter_next_ordered (&inner, &f, &v))
              json_object_set_member (versions, f, json_node_copy (v));
          }
    }
  if (!json_object_has_member (i18n, language))
    json_object_set_object_member (i18n, language, json_object_ref (versions));

  if (value == NULL || JSON_NODE_HOLDS_NULL (value))
    json_object_remove_member (versions, name);
  else
    json_object_set_member (versions, name, json_node_copy (value));

  if (json_object_get_size (versions) == 0)
    json_object_remove_member (i18n, language);
  if (json_object_get_size (i18n) == 0)
    json_object_remove_member (content, I18N);
  else
    json_object_set_object_member (content, I18N, json_object_ref (i18n));
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
 * misfit check has already found to be this copy's too. The language
 * versions (`i18n`) merge per language and field; a version changed on
 * both sides is a conflict named by its path ("i18n.fr.title").
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
      else if (g_str_equal (name, I18N) && object_or_absent (b) && object_or_absent (m) && object_or_absent (t))
        {
          g_autoptr(JsonNode) versions = merge_i18n (b, m, t, conflicts);

          if (versions != NULL)
            json_object_set_member (merged, name, g_steal_pointer (&versions));
          continue;
        }
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
