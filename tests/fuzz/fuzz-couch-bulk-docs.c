/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-codec.h"
#include "fuzz-couch-base.h"
#include "pl-couch-response.h"
#include "pl-sync-engine-private.h"

/*
 * The answer to a `_bulk_docs` push of every record of a session cut from the sample (and one
 * tombstone), whatever the server says: new revs, conflicts, refusals, or
 * garbage. The engine never crashes or warns, only ids it sent come back
 * as conflicts, and the session still saves to a file that loads.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

#define TOMBSTONE_ID "item:deleted-here"

static GBytes *sample_bytes;
static PlCouchClient *client;

static void
init (void)
{
  sample_bytes = fuzz_couch_base_session ();
  client = fuzz_couch_client ();
}

static void
add_sent (GHashTable *sent,
          GListModel *records)
{
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(PlRecord) record = g_list_model_get_item (records, i);
      g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

      g_hash_table_insert (sent, g_strdup (pl_record_get_id (record)), pl_couch_response_content (doc));
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(PlSession) again = NULL;
  g_autoptr(GBytes) text_bytes = NULL;
  g_autoptr(GHashTable) sent = NULL;
  g_autoptr(GHashTable) sent_revs = NULL;
  g_autoptr(JsonArray) conflicted = json_array_new ();
  const GType *types;
  guint n_types;
  char *text;
  gsize length;

  if (sample_bytes == NULL)
    init ();

  answer = pl_couch_response_parse_body ((const char *) data, size);
  if (answer == NULL)
    return 0;

  session = pl_session_file_load_bytes (sample_bytes, "sample.plenary", &error);
  g_assert_no_error (error);
  engine = pl_sync_engine_new (session, client);

  /* What collect_dirty sends on a first push: every record, never synced. */
  sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_object_unref);
  sent_revs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    add_sent (sent, pl_session_get_records (session, types[t]));
  g_hash_table_insert (sent, g_strdup (TOMBSTONE_ID), json_object_new ());

  if (!pl_sync_engine_apply_push_results (engine, sent, sent_revs, answer, conflicted, &error))
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  for (guint i = 0; i < json_array_get_length (conflicted); i++)
    g_assert (g_hash_table_contains (sent, json_array_get_string_element (conflicted, i)));

  text = pl_session_file_serialize (session, &length);
  text_bytes = g_bytes_new_take (text, length);
  again = pl_session_file_load_bytes (text_bytes, "again.plenary", &error);
  if (again == NULL)
    g_error ("a pushed session saved as an unreadable file: %s", error->message);

  return 0;
}
