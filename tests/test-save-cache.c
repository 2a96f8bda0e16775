/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pl-codec.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-sync-table.h"
#include "pl-test-support.h"

/*
 * The autosave's cache of each record's text (issue 23): a save through
 * it must write, byte for byte, what a full serialization writes, after
 * any mix of edits, additions, removals, undo and changes a sync applies
 * (some of which no signal tells of), and encode only what changed.
 */

static void
assert_same_text (const char *cached,
                  gsize       cached_length,
                  const char *full,
                  gsize       full_length)
{
  gsize at = 0;

  while (at < cached_length && at < full_length && cached[at] == full[at])
    at++;
  if (at == cached_length && at == full_length)
    return;

  {
    /* The place where they part, not two whole files. */
    gsize from = at > 80 ? at - 80 : 0;
    g_autofree char *a = g_strndup (cached + from, MIN (cached_length - from, 200));
    g_autofree char *b = g_strndup (full + from, MIN (full_length - from, 200));

    g_test_message ("the texts part at byte %" G_GSIZE_FORMAT, at);
    g_assert_cmpstr (a, ==, b);
    g_assert_cmpuint (cached_length, ==, full_length);
  }
}

static guint
count_records (PlSession *session)
{
  guint n_types, n = 0;
  const GType *types = pl_session_list_record_types (&n_types);

  for (guint i = 0; i < n_types; i++)
    n += g_list_model_get_n_items (pl_session_get_records (session, types[i]));
  return n;
}

/* The cached text equals the full one; @n_encoded records were encoded
 * anew (G_MAXUINT: not checked). */
static void
assert_cached (PlSession   *session,
               PlSaveCache *cache,
               guint        n_encoded)
{
  gsize full_length, cached_length;
  g_autofree char *full = pl_session_file_serialize (session, &full_length);
  g_autofree char *cached = pl_session_file_serialize_cached (session, cache, &cached_length);

  assert_same_text (cached, cached_length, full, full_length);
  if (n_encoded != G_MAXUINT)
    g_assert_cmpuint (pl_save_cache_get_n_encoded (cache), ==, n_encoded);
  /* Nothing kept for records gone since. */
  g_assert_cmpuint (pl_save_cache_get_n_kept (cache), ==, count_records (session));
}

static PlRecord *
nth_record (PlSession *session,
            GType      type,
            guint      position)
{
  g_autoptr(PlRecord) record = g_list_model_get_item (pl_session_get_records (session, type), position);

  g_assert_nonnull (record);
  return record;   /* the session holds it */
}

static void
test_edits_and_undo (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();
  PlHistory *history;
  PlDelegation *delegation;
  PlRecord *document;
  g_autoptr(PlDocument) added = NULL;
  g_autoptr(PlDelegation) inserted = NULL;

  g_assert_no_error (error);
  history = pl_session_get_history (session);

  /* The first save encodes everything, the next nothing; the texts are
   * one piece. */
  assert_cached (session, cache, count_records (session));
  assert_cached (session, cache, 0);
  g_assert_cmpuint (pl_save_cache_get_n_pieces (cache), ==, 1);

  /* An edit: that record only. */
  delegation = PL_DELEGATION (nth_record (session, PL_TYPE_DELEGATION, 3));
  pl_delegation_set_name (delegation, "Ruritania (edited) \"quoted\"\n");
  assert_cached (session, cache, 1);
  g_assert_cmpuint (pl_save_cache_get_n_pieces (cache), ==, 3);

  /* A record added at the end of its kind, one at the front of another. */
  added = pl_document_new (NULL);
  pl_session_add_record (session, PL_RECORD (added));
  inserted = pl_delegation_new (NULL);
  pl_delegation_set_name (inserted, "Inserted first");
  pl_session_insert_record (session, PL_RECORD (inserted), 0);
  assert_cached (session, cache, 2);

  /* Removed records drop out. */
  document = nth_record (session, PL_TYPE_DOCUMENT, 1);
  pl_session_remove_record (session, document);
  pl_session_remove_record (session, PL_RECORD (inserted));
  assert_cached (session, cache, 0);

  /* Undo puts them back where they were, and the edit before them. */
  g_assert_true (pl_history_undo (history));
  assert_cached (session, cache, G_MAXUINT);
  g_assert_true (pl_history_undo (history));
  assert_cached (session, cache, G_MAXUINT);
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  assert_cached (session, cache, G_MAXUINT);
  g_assert_true (pl_history_redo (history));
  g_assert_true (pl_history_redo (history));
  assert_cached (session, cache, G_MAXUINT);
  assert_cached (session, cache, 0);

  /* Many records edited: their texts are gathered into one block again,
   * and the file is one piece. */
  {
    GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
    guint n = g_list_model_get_n_items (delegations);

    g_assert_cmpuint (n, >, count_records (session) / 8);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(PlDelegation) each = g_list_model_get_item (delegations, i);
        g_autofree char *name = g_strconcat (pl_delegation_get_name (each), "!", NULL);

        pl_delegation_set_name (each, name);
      }
    assert_cached (session, cache, n);
    g_assert_cmpuint (pl_save_cache_get_n_pieces (cache), ==, 1);
    assert_cached (session, cache, 0);
  }
}

/* What a pull or a push answer changes: some of it with no signal
 * (a `_rev`, members this version does not know). */
static void
test_sync_changes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();
  PlRecord *delegation;
  g_autoptr(JsonObject) pulled = NULL;
  g_autoptr(JsonObject) sync = json_object_new ();

  g_assert_no_error (error);
  assert_cached (session, cache, G_MAXUINT);

  /* A pulled version: another name, a member of a newer version, a _rev. */
  delegation = nth_record (session, PL_TYPE_DELEGATION, 0);
  pulled = pl_codec_record_to_json (delegation);
  json_object_set_string_member (pulled, "name", "Pulled name");
  json_object_set_string_member (pulled, "from_a_newer_version", "kept");
  json_object_set_string_member (pulled, "_rev", "2-aaaa");
  g_assert_true (pl_codec_apply (delegation, pulled, NULL, &error));
  g_assert_no_error (error);
  assert_cached (session, cache, 1);

  /* A pull that changes only the unknown member: no field changes. */
  json_object_set_string_member (pulled, "from_a_newer_version", "changed");
  json_object_set_string_member (pulled, "_rev", "3-bbbb");
  g_assert_true (pl_codec_apply (delegation, pulled, NULL, &error));
  assert_cached (session, cache, 1);

  /* A push answer: the new _rev alone. */
  pl_record_set_rev (delegation, "4-cccc");
  assert_cached (session, cache, 1);

  /* A pull that leaves a field out: written back without it. */
  json_object_remove_member (pulled, "name");
  g_assert_true (pl_codec_apply (delegation, pulled, NULL, &error));
  assert_cached (session, cache, 1);
  json_object_set_null_member (pulled, "name");
  g_assert_true (pl_codec_apply (delegation, pulled, NULL, &error));
  assert_cached (session, cache, 1);

  /* The parts after the records are written anew each time. */
  {
    g_autoptr(JsonObject) foreign = json_object_new ();

    json_object_set_string_member (foreign, "_id", "future:1");
    json_object_set_string_member (foreign, "type", "future");
    pl_session_add_foreign_doc (session, foreign);
  }
  json_object_set_string_member (sync, "server", "https://example.org");
  pl_session_set_sync_state (session, sync);
  assert_cached (session, cache, 0);
}

/* The state as pl_sync_engine_persist() makes it from its table. */
static void
persist (PlSession  *session,
         GHashTable *table)
{
  g_autoptr(JsonObject) state = json_object_new ();

  json_object_set_string_member (state, "server", "https://example.org");
  json_object_set_string_member (state, "database", "cop");
  json_object_set_null_member (state, "user");
  json_object_set_string_member (state, "last_seq", "12-abc");
  json_object_set_object_member (state, "records", pl_sync_table_to_json (table));
  json_object_set_array_member (state, "conflicts", json_array_new ());
  pl_session_set_sync_state (session, state);
}

static JsonObject *
content_of (PlRecord *record)
{
  JsonObject *content = pl_codec_record_to_json (record);

  json_object_remove_member (content, "_rev");
  return content;
}

/* Issue 23: a synced session's `sync.records` holds a base copy of every
 * record; a save after a push answer, a pull or an edit encodes the
 * entries that changed, not all of them, and writes the full
 * serializer's bytes. */
static void
test_synced (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();
  g_autoptr(GHashTable) table = pl_sync_table_new ();
  guint n_types, n = 0;
  const GType *types = pl_session_list_record_types (&n_types);
  PlRecord *delegation;
  PlSyncEntry *entry;

  g_assert_no_error (error);

  /* Every record pushed once. */
  for (guint i = 0; i < n_types; i++)
    {
      GListModel *model = pl_session_get_records (session, types[i]);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, j);
          g_autoptr(JsonObject) base = content_of (record);

          entry = pl_sync_table_ensure (table, pl_record_get_id (record));
          pl_record_set_rev (record, "1-aaaa");
          pl_sync_entry_set_rev (entry, "1-aaaa");
          pl_sync_entry_set_base (entry, base);
          n++;
        }
    }
  /* A tombstone and a refused change: members with more in them. */
  entry = pl_sync_table_ensure (table, "delegation:gone");
  pl_sync_entry_set_rev (entry, "3-dddd");
  entry->deleted = entry->dirty = TRUE;
  entry = pl_sync_table_ensure (table, "delegation:refused");
  entry->dirty = TRUE;
  entry->refused = g_strdup ("forbidden: “not yours”");
  n += 2;

  persist (session, table);
  assert_cached (session, cache, G_MAXUINT);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, n);

  /* Nothing changed: nothing encoded. */
  persist (session, table);
  assert_cached (session, cache, 0);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, 0);

  /* An edit: the record and its entry (now dirty). */
  delegation = nth_record (session, PL_TYPE_DELEGATION, 0);
  pl_delegation_set_name (PL_DELEGATION (delegation), "Edited here");
  entry = g_hash_table_lookup (table, pl_record_get_id (delegation));
  entry->dirty = TRUE;
  persist (session, table);
  assert_cached (session, cache, 1);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, 1);

  /* Its push answer: a new rev and base, clean again. */
  {
    g_autoptr(JsonObject) base = content_of (delegation);

    pl_record_set_rev (delegation, "2-bbbb");
    pl_sync_entry_set_rev (entry, "2-bbbb");
    pl_sync_entry_set_base (entry, base);
    entry->dirty = FALSE;
  }
  persist (session, table);
  assert_cached (session, cache, 1);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, 1);

  /* A pull of another record: its new version becomes its base. */
  {
    PlRecord *item = nth_record (session, PL_TYPE_AGENDA_ITEM, 0);
    g_autoptr(JsonObject) pulled = pl_codec_record_to_json (item);
    g_autoptr(JsonObject) base = NULL;

    json_object_set_string_member (pulled, "title", "Pulled title");
    json_object_set_string_member (pulled, "_rev", "2-cccc");
    g_assert_true (pl_codec_apply (item, pulled, NULL, &error));
    g_assert_no_error (error);
    base = content_of (item);
    entry = g_hash_table_lookup (table, pl_record_get_id (item));
    pl_sync_entry_set_rev (entry, "2-cccc");
    pl_sync_entry_set_base (entry, base);
  }
  persist (session, table);
  assert_cached (session, cache, 1);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, 1);

  /* A removal: the entry becomes a tombstone; one gone for good. */
  entry = g_hash_table_lookup (table, pl_record_get_id (delegation));
  entry->deleted = entry->dirty = TRUE;
  pl_session_remove_record (session, delegation);
  g_hash_table_remove (table, "delegation:gone");
  persist (session, table);
  assert_cached (session, cache, 0);
  g_assert_cmpuint (pl_save_cache_get_n_members_encoded (cache), ==, 1);
  g_assert_cmpuint (pl_save_cache_get_n_members_kept (cache), ==, n - 1);

  /* A state from elsewhere (a file, a rebind): written as it is. */
  {
    g_autoptr(JsonObject) fresh = json_object_new ();

    json_object_set_object_member (fresh, "records", json_object_new ());
    pl_session_set_sync_state (session, fresh);
  }
  assert_cached (session, cache, 0);
  g_assert_cmpuint (pl_save_cache_get_n_members_kept (cache), ==, 0);
}

/* The settings alone: the first record follows "[" without a comma. */
static void
test_settings_only (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();

  assert_cached (session, cache, 1);
  pl_session_settings_set_title (pl_session_get_settings (session), "Changed");
  assert_cached (session, cache, 1);
}

/* A save through the cache writes the file a full save writes. */
static void
test_save_cached (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_test_generate_large_session (7);
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();
  g_autofree char *dir = g_dir_make_tmp ("plenary-save-cache-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "large.plenary", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *full = NULL, *written = NULL, *before = NULL, *kept = NULL;
      gsize full_length, written_length, before_length = 0, kept_length;
      PlDelegation *delegation = PL_DELEGATION (nth_record (session, PL_TYPE_DELEGATION, i));

      if (i > 0)
        g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
      pl_delegation_set_name (delegation, "Saved through the cache");
      g_assert_true (pl_session_file_save_cached (session, path, cache, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (pl_save_cache_get_n_encoded (cache), ==, i == 0 ? count_records (session) : 1);
      /* The unchanged records between the edited ones are one piece. */
      g_assert_cmpuint (pl_save_cache_get_n_pieces (cache), <=, 1 + 2 * i);

      full = pl_session_file_serialize (session, &full_length);
      g_assert_true (g_file_get_contents (path, &written, &written_length, NULL));
      assert_same_text (written, written_length, full, full_length);
      if (i > 0)
        {
          /* The version replaced is kept as NAME~. */
          g_assert_true (g_file_get_contents (backup, &kept, &kept_length, NULL));
          assert_same_text (kept, kept_length, before, before_length);
        }
    }

  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/save-cache/edits-and-undo", test_edits_and_undo);
  g_test_add_func ("/save-cache/sync-changes", test_sync_changes);
  g_test_add_func ("/save-cache/settings-only", test_settings_only);
  g_test_add_func ("/save-cache/synced", test_synced);
  g_test_add_func ("/save-cache/save-cached", test_save_cached);

  return g_test_run ();
}
