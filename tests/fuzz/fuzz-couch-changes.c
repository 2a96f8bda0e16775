/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-couch-base.h"
#include "pl-couch-response.h"
#include "pl-sync-engine-private.h"

/*
 * A `_changes` answer (normal or longpoll feed, heartbeats included) from
 * a server Plenary does not control, merged into a session cut from the sample (fuzz-couch-base.h):
 * whatever arrives, the parse returns changes or an error, the merge
 * never crashes or warns, and the session still saves to a file that
 * loads.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static GBytes *sample_bytes;
static PlCouchClient *client;

static void
init (void)
{
  sample_bytes = fuzz_couch_base_session ();
  client = fuzz_couch_client ();
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) answer = NULL;
  g_autoptr(JsonNode) last_seq = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(PlSession) again = NULL;
  g_autoptr(GBytes) text_bytes = NULL;
  char *text;
  gsize length;

  if (sample_bytes == NULL)
    init ();

  answer = pl_couch_response_parse_body ((const char *) data, size);
  if (answer == NULL)
    return 0;

  /* Whether to ask for another page: a yes or a no, whatever came. */
  (void) pl_couch_response_changes_has_more (answer, 1 + (guint) (size % 500));

  changes = pl_couch_response_parse_changes (answer, &last_seq, &error);
  if (changes == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      PlCouchChange *change = g_ptr_array_index (changes, i);

      /* Server matters are skipped; the server's bookkeeping is dropped. */
      g_assert (change->id != NULL && change->id[0] != '_');
      g_assert (change->doc == NULL || !json_object_has_member (change->doc, "_rev"));
    }

  session = pl_session_file_load_bytes (sample_bytes, "sample.plenary", &error);
  g_assert_no_error (error);
  engine = pl_sync_engine_new (session, client);
  if (!pl_sync_engine_apply_changes (engine, answer, &error))
    g_error ("parsed changes were not applied: %s", error->message);

  text = pl_session_file_serialize (session, &length);
  text_bytes = g_bytes_new_take (text, length);
  again = pl_session_file_load_bytes (text_bytes, "again.plenary", &error);
  if (again == NULL)
    g_error ("a merged session saved as an unreadable file: %s", error->message);

  return 0;
}
