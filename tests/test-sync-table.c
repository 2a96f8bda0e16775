/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-sync-table.h"

/*
 * The per-record state table (pl-sync-table.c) on its own: what the
 * file's `sync.records` says comes back as it was written.
 */

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_round_trip (void)
{
  g_autoptr(JsonObject) records = parse_object (
    "{\"a\": {\"rev\": \"1-x\", \"base\": {\"_id\": \"a\", \"n\": 1}, \"dirty\": false},"
    " \"b\": {\"rev\": \"2-y\", \"dirty\": true, \"deleted\": true},"
    " \"c\": {\"dirty\": true, \"refused\": \"forbidden\"},"
    " \"d\": 7}");
  g_autoptr(GHashTable) table = pl_sync_table_new ();
  g_autoptr(JsonObject) written = NULL;
  PlSyncEntry *entry;

  pl_sync_table_load (table, records);
  pl_sync_table_load (table, NULL);
  /* A member that is not an object is no entry. */
  g_assert_cmpuint (g_hash_table_size (table), ==, 3);

  entry = g_hash_table_lookup (table, "a");
  g_assert_cmpstr (entry->rev, ==, "1-x");
  g_assert_nonnull (entry->base);
  g_assert_false (pl_sync_entry_is_pending (entry));

  entry = g_hash_table_lookup (table, "b");
  g_assert_true (entry->deleted);
  g_assert_true (pl_sync_entry_is_pending (entry));

  /* Refused: it waits for the user, not for the next push. */
  entry = g_hash_table_lookup (table, "c");
  g_assert_true (entry->dirty);
  g_assert_false (pl_sync_entry_is_pending (entry));

  g_assert_cmpuint (pl_sync_table_count_refused (table), ==, 1);
  g_assert_cmpuint (pl_sync_table_count_deletions (table), ==, 1);

  written = pl_sync_table_to_json (table);
  json_object_remove_member (records, "d");
  g_assert_true (json_object_equal (written, records));
}

static void
test_ensure_and_set (void)
{
  g_autoptr(GHashTable) table = pl_sync_table_new ();
  g_autoptr(JsonObject) base = parse_object ("{\"_id\": \"a\"}");
  PlSyncEntry *entry = pl_sync_table_ensure (table, "a");

  g_assert_true (pl_sync_table_ensure (table, "a") == entry);
  g_assert_null (entry->rev);
  g_assert_false (entry->dirty);

  pl_sync_entry_set_rev (entry, "1-x");
  pl_sync_entry_set_rev (entry, entry->rev);
  g_assert_cmpstr (entry->rev, ==, "1-x");
  pl_sync_entry_set_base (entry, base);
  pl_sync_entry_set_base (entry, entry->base);
  g_assert_true (entry->base == base);
  pl_sync_entry_set_base (entry, NULL);
  g_assert_null (entry->base);
}

/* Issue 23: an entry's member object is made again only when the entry
 * changed, however it was changed, and a persist refs the same objects. */
static void
test_entry_json (void)
{
  g_autoptr(GHashTable) table = pl_sync_table_new ();
  g_autoptr(JsonObject) base = parse_object ("{\"_id\": \"a\", \"n\": 1}");
  g_autoptr(JsonObject) other = parse_object ("{\"_id\": \"a\", \"n\": 2}");
  PlSyncEntry *entry = pl_sync_table_ensure (table, "a");
  JsonObject *json;
  g_autoptr(JsonObject) records = NULL;

  pl_sync_entry_set_rev (entry, "1-x");
  pl_sync_entry_set_base (entry, base);
  json = pl_sync_entry_get_json (entry);
  g_assert_true (pl_sync_entry_get_json (entry) == json);
  records = pl_sync_table_to_json (table);
  g_assert_true (json_object_get_object_member (records, "a") == json);

  /* Each field, set directly or through its setter. */
  entry->dirty = TRUE;
  g_assert_true (pl_sync_entry_get_json (entry) != json);
  json = pl_sync_entry_get_json (entry);
  g_assert_true (json_object_get_boolean_member (json, "dirty"));

  entry->deleted = TRUE;
  g_assert_true (pl_sync_entry_get_json (entry) != json);
  json = pl_sync_entry_get_json (entry);
  g_assert_true (json_object_get_boolean_member (json, "deleted"));

  entry->refused = g_strdup ("forbidden");
  g_assert_true (pl_sync_entry_get_json (entry) != json);
  json = pl_sync_entry_get_json (entry);
  g_assert_cmpstr (json_object_get_string_member (json, "refused"), ==, "forbidden");
  g_free (entry->refused);
  entry->refused = g_strdup ("forbidden");
  g_assert_true (pl_sync_entry_get_json (entry) == json);

  pl_sync_entry_set_rev (entry, "2-y");
  g_assert_true (pl_sync_entry_get_json (entry) != json);
  json = pl_sync_entry_get_json (entry);
  g_assert_cmpstr (json_object_get_string_member (json, "rev"), ==, "2-y");

  pl_sync_entry_set_base (entry, other);
  g_assert_true (pl_sync_entry_get_json (entry) != json);
  json = pl_sync_entry_get_json (entry);
  g_assert_true (json_object_get_object_member (json, "base") == other);

  /* The object made before is unchanged: the file's old state holds it. */
  g_assert_false (json_object_get_boolean_member (json_object_get_object_member (records, "a"), "dirty"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync-table/round-trip", test_round_trip);
  g_test_add_func ("/sync-table/ensure-and-set", test_ensure_and_set);
  g_test_add_func ("/sync-table/entry-json", test_entry_json);

  return g_test_run ();
}
