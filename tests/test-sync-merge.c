/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-sync-merge.h"

/*
 * The three-way merge (pl-sync-merge.c) on its own: no engine, no server.
 * test-sync and test-sync-random run it through the engine against
 * PouchDB Server.
 */

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return NULL;
  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = parse (text);

  if (node == NULL)
    return NULL;
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

typedef struct
{
  const char *base;    /* NULL: absent */
  const char *mine;
  const char *theirs;
  const char *result;  /* NULL: absent */
  gboolean    conflict;
} FieldCase;

static void
test_merge_field (void)
{
  static const FieldCase cases[] = {
    /* Nobody changed it. */
    { "1", "1", "1", "1", FALSE },
    /* One side changed it: that side's value. */
    { "1", "2", "1", "2", FALSE },
    { "1", "1", "3", "3", FALSE },
    /* Both changed it alike: no conflict. */
    { "1", "2", "2", "2", FALSE },
    /* Both changed it differently: the server's, and a conflict. */
    { "1", "2", "3", "3", TRUE },
    { "\"a\"", "\"b\"", "\"c\"", "\"c\"", TRUE },
    { "[1]", "[1,2]", "[1,3]", "[1,3]", TRUE },
    { "{\"x\":1}", "{\"x\":2}", "{\"x\":1}", "{\"x\":2}", FALSE },
    /* Null is a value like any other. */
    { "1", "null", "1", "null", FALSE },
    { "null", "null", "2", "2", FALSE },
    /* Absent fields: added on one side. */
    { NULL, "1", NULL, "1", FALSE },
    { NULL, NULL, "1", "1", FALSE },
    { NULL, "1", "1", "1", FALSE },
    { NULL, "1", "2", "2", TRUE },
    /* Removed on one side, unchanged on the other: removed. */
    { "1", NULL, "1", NULL, FALSE },
    { "1", "1", NULL, NULL, FALSE },
    /* Removed on both: removed. */
    { "1", NULL, NULL, NULL, FALSE },
    /* Removed on one side, changed on the other: a conflict. */
    { "1", NULL, "2", "2", TRUE },
    { "1", "2", NULL, NULL, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) base = parse (cases[i].base);
      g_autoptr(JsonNode) mine = parse (cases[i].mine);
      g_autoptr(JsonNode) theirs = parse (cases[i].theirs);
      g_autoptr(JsonNode) expected = parse (cases[i].result);
      gboolean conflict = !cases[i].conflict;
      JsonNode *result;

      g_test_message ("case %u: base %s, mine %s, theirs %s", i,
                      cases[i].base, cases[i].mine, cases[i].theirs);
      result = pl_sync_merge_field (base, mine, theirs, &conflict);
      g_assert_cmpint (conflict, ==, cases[i].conflict);
      if (expected == NULL)
        g_assert_null (result);
      else
        {
          g_assert_nonnull (result);
          g_assert_true (json_node_equal (result, expected));
        }
      /* What is kept is one side's own node, not a copy. */
      g_assert_true (result == NULL || result == mine || result == theirs);
    }
}

static void
assert_object (JsonObject *object,
               const char *expected)
{
  g_autoptr(JsonObject) want = parse_object (expected);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = json_to_string (node, FALSE);

  g_test_message ("got %s", text);
  g_assert_true (json_object_equal (object, want));
}

static void
test_merge_contents (void)
{
  g_autoptr(JsonObject) base = parse_object ("{\"_id\":\"item:1\",\"type\":\"agenda-item\","
                                             "\"title\":\"Opening\",\"number\":\"1\",\"note\":\"x\"}");
  g_autoptr(JsonObject) mine = parse_object ("{\"_id\":\"item:1\",\"type\":\"agenda-item\","
                                             "\"title\":\"Opening of the session\",\"number\":\"1\","
                                             "\"note\":\"mine\",\"added\":true}");
  g_autoptr(JsonObject) theirs = parse_object ("{\"_id\":\"item:1\",\"type\":\"agenda-item\","
                                               "\"title\":\"Opening\",\"number\":\"2\",\"note\":\"theirs\"}");
  g_autoptr(JsonObject) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  merged = pl_sync_merge_contents (base, mine, theirs, &conflicts);
  assert_object (merged, "{\"_id\":\"item:1\",\"type\":\"agenda-item\",\"title\":\"Opening of the session\","
                         "\"number\":\"2\",\"note\":\"theirs\",\"added\":true}");
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "note");
}

/* A record the server never saw (no base), made on both sides with the
 * same _id ("delegation:FRA"): what both made alike merges, a field only
 * one side has is kept, one both set differently is a conflict. */
static void
test_merge_contents_no_base (void)
{
  g_autoptr(JsonObject) mine = parse_object ("{\"_id\":\"delegation:FRA\",\"type\":\"delegation\","
                                             "\"name\":\"France\",\"head\":\"A\"}");
  g_autoptr(JsonObject) theirs = parse_object ("{\"_id\":\"delegation:FRA\",\"type\":\"delegation\","
                                               "\"name\":\"France\",\"head\":\"B\",\"email\":\"f@x\"}");
  g_autoptr(JsonObject) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  merged = pl_sync_merge_contents (NULL, mine, theirs, &conflicts);
  assert_object (merged, "{\"_id\":\"delegation:FRA\",\"type\":\"delegation\",\"name\":\"France\","
                         "\"head\":\"B\",\"email\":\"f@x\"}");
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "head");
}

/* Removed here, unchanged there: the merge drops the field; `_id` and
 * `type` are the server's whatever the sides say. */
static void
test_merge_contents_removed (void)
{
  g_autoptr(JsonObject) base = parse_object ("{\"_id\":\"a\",\"type\":\"t\",\"x\":1,\"y\":2}");
  g_autoptr(JsonObject) mine = parse_object ("{\"_id\":\"a\",\"type\":\"t\",\"y\":3}");
  g_autoptr(JsonObject) theirs = parse_object ("{\"_id\":\"a\",\"type\":\"t\",\"x\":1,\"y\":2,\"z\":4}");
  g_autoptr(JsonObject) merged = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  merged = pl_sync_merge_contents (base, mine, theirs, &conflicts);
  assert_object (merged, "{\"_id\":\"a\",\"type\":\"t\",\"y\":3,\"z\":4}");
  g_assert_cmpuint (conflicts->len, ==, 0);
}

static void
test_node_same (void)
{
  g_autoptr(JsonNode) null = parse ("null");
  g_autoptr(JsonNode) one = parse ("1");
  g_autoptr(JsonNode) other = parse ("1");
  g_autoptr(JsonNode) text = parse ("\"1\"");

  /* A conflict stores an absent side as null: the two are the same. */
  g_assert_true (pl_sync_merge_node_same (NULL, NULL));
  g_assert_true (pl_sync_merge_node_same (NULL, null));
  g_assert_true (pl_sync_merge_node_same (null, NULL));
  g_assert_false (pl_sync_merge_node_same (NULL, one));
  g_assert_false (pl_sync_merge_node_same (null, one));
  g_assert_true (pl_sync_merge_node_same (one, other));
  g_assert_false (pl_sync_merge_node_same (one, text));
}

static void
test_with_rev (void)
{
  g_autoptr(JsonObject) content = parse_object ("{\"_id\":\"a\",\"x\":1}");
  g_autoptr(JsonObject) doc = pl_sync_merge_with_rev (content, "2-abc");
  g_autoptr(JsonObject) copy = pl_sync_merge_with_rev (content, NULL);

  assert_object (doc, "{\"_id\":\"a\",\"x\":1,\"_rev\":\"2-abc\"}");
  assert_object (copy, "{\"_id\":\"a\",\"x\":1}");
  g_assert_false (json_object_has_member (content, "_rev"));
  g_assert_true (pl_sync_merge_objects_equal (copy, content));
  g_assert_false (pl_sync_merge_objects_equal (doc, content));
  g_assert_true (pl_sync_merge_objects_equal (NULL, NULL));
  g_assert_false (pl_sync_merge_objects_equal (content, NULL));
}

/* Issue 21: two translators, one on the French title and one on the
 * Spanish annotation (and a third on the French annotation), edit one
 * record at the same time: all their work stays, and no conflict. */
static void
test_merge_i18n_two_translators (void)
{
  g_autoptr(JsonObject) base = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture\",\"source\":\"h1\"}}}}");
  g_autoptr(JsonObject) mine = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture de la session\",\"source\":\"h1\"}}}}");
  g_autoptr(JsonObject) theirs = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture\",\"source\":\"h1\"},"
    "\"annotation\":{\"text\":\"Note\",\"source\":\"h2\"}},"
    "\"es\":{\"annotation\":{\"text\":\"Nota\",\"source\":\"h2\"}}}}");
  g_autoptr(JsonObject) expected = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture de la session\",\"source\":\"h1\"},"
    "\"annotation\":{\"text\":\"Note\",\"source\":\"h2\"}},"
    "\"es\":{\"annotation\":{\"text\":\"Nota\",\"source\":\"h2\"}}}}");
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(JsonObject) merged = pl_sync_merge_contents (base, mine, theirs, &conflicts);

  g_assert_cmpuint (conflicts->len, ==, 0);
  g_assert_true (json_object_equal (merged, expected));

  /* And the other way round: the record first had no versions at all. */
  {
    g_autoptr(JsonObject) bare = parse_object ("{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\"}");
    g_autoptr(JsonObject) fr = parse_object (
      "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
      "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture\",\"source\":\"h1\"}}}}");
    g_autoptr(JsonObject) ar = parse_object (
      "{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"Opening\","
      "\"i18n\":{\"ar\":{\"title\":{\"text\":\"\u0627\u0641\u062a\u062a\u0627\u062d\",\"source\":\"h1\"}}}}");
    g_autoptr(GPtrArray) none = NULL;
    g_autoptr(JsonObject) both = pl_sync_merge_contents (bare, fr, ar, &none);

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_nonnull (pl_sync_merge_get (both, "i18n.fr.title"));
    g_assert_nonnull (pl_sync_merge_get (both, "i18n.ar.title"));
  }
}

/* One version edited on both sides, differently: the server's stays
 * and the conflict names that version alone; the other versions merge. */
static void
test_merge_i18n_same_version (void)
{
  g_autoptr(JsonObject) base = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture\",\"source\":\"h1\"}}}}");
  g_autoptr(JsonObject) mine = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture (moi)\",\"source\":\"h1\"}},"
    "\"ru\":{\"title\":{\"text\":\"Otkrytie\",\"source\":\"h1\"}}}}");
  g_autoptr(JsonObject) theirs = parse_object (
    "{\"_id\":\"item:1\",\"type\":\"item\","
    "\"i18n\":{\"fr\":{\"title\":{\"text\":\"Ouverture (eux)\",\"source\":\"h1\"}}}}");
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(JsonObject) merged = pl_sync_merge_contents (base, mine, theirs, &conflicts);
  JsonNode *fr;

  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "i18n.fr.title");
  fr = pl_sync_merge_get (merged, "i18n.fr.title");
  g_assert_nonnull (fr);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (fr), "text"), ==, "Ouverture (eux)");
  g_assert_nonnull (pl_sync_merge_get (merged, "i18n.ru.title"));
  /* The local value the conflict keeps is the version itself. */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (pl_sync_merge_get (mine, "i18n.fr.title")),
                                                  "text"), ==, "Ouverture (moi)");
}

/* A version's path reads and writes one version; removing the last
 * removes `i18n`. */
static void
test_merge_i18n_path (void)
{
  g_autoptr(JsonObject) doc = parse_object ("{\"_id\":\"item:1\",\"type\":\"item\",\"title\":\"T\"}");
  g_autoptr(JsonNode) version = parse ("{\"text\":\"Titre\",\"source\":\"h\"}");
  g_autoptr(JsonNode) null_node = json_node_new (JSON_NODE_NULL);

  g_assert_null (pl_sync_merge_get (doc, "i18n.fr.title"));
  pl_sync_merge_put (doc, "i18n.fr.title", version);
  g_assert_true (pl_sync_merge_node_same (pl_sync_merge_get (doc, "i18n.fr.title"), version));
  g_assert_cmpstr (json_object_get_string_member (doc, "title"), ==, "T");
  pl_sync_merge_put (doc, "i18n.fr.title", null_node);
  g_assert_false (json_object_has_member (doc, "i18n"));
  /* A plain field as before. */
  pl_sync_merge_put (doc, "title", version);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (doc, "title")));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync-merge/i18n-two-translators", test_merge_i18n_two_translators);
  g_test_add_func ("/sync-merge/i18n-same-version", test_merge_i18n_same_version);
  g_test_add_func ("/sync-merge/i18n-path", test_merge_i18n_path);
  g_test_add_func ("/sync-merge/field", test_merge_field);
  g_test_add_func ("/sync-merge/contents", test_merge_contents);
  g_test_add_func ("/sync-merge/contents-no-base", test_merge_contents_no_base);
  g_test_add_func ("/sync-merge/contents-removed", test_merge_contents_removed);
  g_test_add_func ("/sync-merge/node-same", test_node_same);
  g_test_add_func ("/sync-merge/with-rev", test_with_rev);

  return g_test_run ();
}
