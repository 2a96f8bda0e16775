/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-codec.h"
#include "pl-session-file.h"
#include "pl-sync-engine.h"
#include "pl-test-server.h"
#include "pl-test-support.h"

/*
 * The randomized convergence test (issue 5): three clients make random
 * edits (titles, notes, new records, deletions), go offline (do not sync)
 * and online, and sync in random order. After each round every replica
 * and the server hold the same records, and every edit of the round is
 * either what the server holds or in its author's conflict list. Then
 * the conflicts are resolved (the first client keeps its own values, the
 * others the server's) and everything converges again with no conflict
 * left.
 *
 * Now and then a client is closed and reopened from its saved file (as
 * after a quit or a crash), and now and then it syncs through a proxy
 * that cuts the server's list of changes short, so that the round fails
 * after its push: both must resume without losing or doubling anything.
 *
 * PLENARY_SYNC_ROUNDS overrides the number of rounds (200); the seed is
 * GTest's (--seed to replay).
 */

#define N_CLIENTS 3

typedef struct
{
  PlSession     *session;
  PlCouchClient *client;
  PlSyncEngine  *engine;
} Replica;

typedef struct
{
  guint  client;
  char  *id;
  char  *field;   /* "title", "note", or "_deleted" */
  char  *value;
} Write;

static PlTestServer *server;
static Replica replicas[N_CLIENTS];
static const char *database = "random";
static char *cut_url;
static guint n_reopened, n_failed;

/* Closes the client and opens it again from its file, talking to @url. */
static void
reopen (guint       c,
        const char *url)
{
  Replica *r = &replicas[c];
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_clear_object (&r->engine);   /* writes its state into the session */
  text = pl_session_file_serialize (r->session, NULL);
  bytes = g_bytes_new (text, strlen (text));
  g_clear_object (&r->session);
  g_clear_object (&r->client);

  r->session = pl_session_file_load_bytes (bytes, "replica.plenary", &error);
  g_assert_no_error (error);
  r->client = pl_couch_client_new (url, database, &error);
  g_assert_no_error (error);
  pl_couch_client_set_credentials (r->client, "admin", "secret");
  r->engine = pl_sync_engine_new (r->session, r->client);
  n_reopened++;
}

/* A round that fails after its push: the list of changes is cut short. */
static void
flaky_sync (guint c)
{
  g_autoptr(GError) error = NULL;

  reopen (c, cut_url);
  g_assert_false (pl_test_sync (replicas[c].engine, &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE);
  g_assert_cmpint (pl_sync_engine_get_state (replicas[c].engine), ==, PL_SYNC_STATE_ERROR);
  n_failed++;
  reopen (c, pl_test_server_get_url (server));
}

static GSubprocess *
start_cut_proxy (void)
{
  const char *root = g_getenv ("PLENARY_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root, "tests", "server", "faulty-proxy.py", NULL);
  guint16 port = pl_test_free_port ();
  g_autofree char *port_text = g_strdup_printf ("%u", port);
  g_autofree char *upstream = g_strdup_printf ("%u", pl_test_server_get_port (server));
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  GSubprocess *proxy;

  proxy = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "python3", script,
                            "--port", port_text, "--upstream", upstream, "--mode", "cut", NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proxy));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "ready");
  cut_url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  return proxy;
}

static void
write_free (Write *w)
{
  g_free (w->id);
  g_free (w->field);
  g_free (w->value);
  g_free (w);
}

static void
sync_ok (Replica *r)
{
  g_autoptr(GError) error = NULL;

  pl_test_sync (r->engine, &error);
  g_assert_no_error (error);
}

static void
shuffle (guint *order,
         guint  n)
{
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = g_test_rand_int_range (0, i + 1);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
    }
}

static void
settle (void)
{
  guint order[N_CLIENTS];

  for (guint pass = 0; pass < 2; pass++)
    {
      shuffle (order, N_CLIENTS);
      for (guint i = 0; i < N_CLIENTS; i++)
        sync_ok (&replicas[order[i]]);
    }
  for (guint i = 0; i < N_CLIENTS; i++)
    g_assert_cmpuint (pl_sync_engine_get_n_dirty (replicas[i].engine), ==, 0);
}

static JsonObject *
server_docs (void)
{
  g_autofree char *path = g_strdup_printf ("%s/_all_docs?include_docs=true", database);
  g_autoptr(JsonNode) answer = NULL;
  JsonObject *docs = json_object_new ();
  JsonArray *rows;
  guint status;

  answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  rows = json_object_get_array_member (json_node_get_object (answer), "rows");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      const char *id = json_object_get_string_member (row, "id");
      g_autoptr(PlRecord) record = NULL;
      g_autoptr(GError) error = NULL;

      if (id[0] == '_')
        continue;
      /* Through the codec, as a client reads it, then compared. */
      g_assert_true (pl_codec_record_from_json (json_object_get_object_member (row, "doc"), &record, NULL, &error));
      g_assert_nonnull (record);
      {
        JsonObject *doc = pl_codec_record_to_json (record);

        json_object_remove_member (doc, "_rev");
        json_object_set_object_member (docs, id, doc);
      }
    }
  return docs;
}

static void
assert_converged (guint round)
{
  g_autoptr(JsonObject) on_server = server_docs ();

  for (guint i = 0; i < N_CLIENTS; i++)
    {
      g_autoptr(JsonObject) docs = pl_test_session_docs (replicas[i].session);

      if (!json_object_equal (docs, on_server))
        g_error ("round %u: client %u differs from the server (%u records here, %u there)",
                 round, i, json_object_get_size (docs), json_object_get_size (on_server));
    }
}

static gboolean
in_conflicts (Write *w)
{
  PlSyncEngine *engine = replicas[w->client].engine;

  for (guint i = 0; i < pl_sync_engine_get_n_conflicts (engine); i++)
    {
      JsonObject *c = pl_sync_engine_get_conflict (engine, i);
      JsonNode *mine = json_object_get_member (c, "mine");

      if (g_strcmp0 (json_object_get_string_member (c, "_id"), w->id) != 0)
        continue;
      if (g_str_equal (w->field, "_deleted"))
        {
          if (g_str_equal (json_object_get_string_member (c, "field"), "_deleted") &&
              JSON_NODE_HOLDS_VALUE (mine) && json_node_get_boolean (mine))
            return TRUE;
          continue;
        }
      if (g_strcmp0 (json_object_get_string_member (c, "field"), w->field) == 0 &&
          JSON_NODE_HOLDS_VALUE (mine) && g_strcmp0 (json_node_get_string (mine), w->value) == 0)
        return TRUE;
      if (g_str_equal (json_object_get_string_member (c, "field"), "_deleted") &&
          JSON_NODE_HOLDS_OBJECT (mine) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (mine), w->field, NULL),
                     w->value) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
assert_writes_kept (GPtrArray *writes,
                    guint      round)
{
  g_autoptr(JsonObject) on_server = server_docs ();

  for (guint i = 0; i < writes->len; i++)
    {
      Write *w = g_ptr_array_index (writes, i);
      JsonObject *doc = json_object_has_member (on_server, w->id)
        ? json_object_get_object_member (on_server, w->id) : NULL;
      gboolean present;

      if (g_str_equal (w->field, "_deleted"))
        present = doc == NULL;
      else
        present = doc != NULL && g_strcmp0 (json_object_get_string_member_with_default (doc, w->field, NULL),
                                            w->value) == 0;

      if (!present && !in_conflicts (w))
        g_error ("round %u: client %u's edit of %s.%s (“%s”) is neither on the server nor in its conflicts",
                 round, w->client, w->id, w->field, w->value ? w->value : "deleted");
    }
}

static void
record_write (GPtrArray  *writes,
              guint       client,
              const char *id,
              const char *field,
              const char *value)
{
  Write *w;

  /* Only a client's last word on a field counts; its own deletion
   * supersedes its edits of that record. */
  for (guint i = writes->len; i > 0; i--)
    {
      Write *old = g_ptr_array_index (writes, i - 1);

      if (old->client == client && g_str_equal (old->id, id) &&
          (g_str_equal (old->field, field) || g_str_equal (field, "_deleted")))
        g_ptr_array_remove_index (writes, i - 1);
    }

  w = g_new0 (Write, 1);
  w->client = client;
  w->id = g_strdup (id);
  w->field = g_strdup (field);
  w->value = g_strdup (value);
  g_ptr_array_add (writes, w);
}

static void
random_edits (guint      c,
              guint      round,
              GPtrArray *writes)
{
  PlSession *session = replicas[c].session;
  GListModel *docs = pl_session_get_records (session, PL_TYPE_DOCUMENT);
  guint n_edits = g_test_rand_int_range (0, 4);

  for (guint e = 0; e < n_edits; e++)
    {
      guint n = g_list_model_get_n_items (docs);
      guint op = g_test_rand_int_range (0, 100);
      g_autofree char *value = g_strdup_printf ("c%u-r%u-e%u", c, round, e);

      if (op < 70 && n > 0)
        {
          g_autoptr(PlDocument) doc = g_list_model_get_item (docs, g_test_rand_int_range (0, n));
          gboolean title = g_test_rand_bit ();

          if (title)
            pl_document_set_title (doc, value);
          else
            pl_document_set_note (doc, value);
          record_write (writes, c, pl_record_get_id (PL_RECORD (doc)), title ? "title" : "note", value);
        }
      else if (op < 85 || n <= 4)
        {
          g_autofree char *id = g_strdup_printf ("document:%s", value);
          g_autoptr(PlDocument) doc = pl_document_new (id);

          pl_document_set_title (doc, value);
          pl_session_add_record (session, PL_RECORD (doc));
          record_write (writes, c, id, "title", value);
        }
      else
        {
          g_autoptr(PlRecord) doc = g_list_model_get_item (docs, g_test_rand_int_range (0, n));

          record_write (writes, c, pl_record_get_id (doc), "_deleted", NULL);
          pl_session_remove_record (session, doc);
        }
    }
}

static void
resolve_all (void)
{
  for (guint c = 0; c < N_CLIENTS; c++)
    {
      PlSyncEngine *engine = replicas[c].engine;

      while (pl_sync_engine_get_n_conflicts (engine) > 0)
        {
          g_autoptr(GError) error = NULL;

          /* An entry whose field moved on since is dropped instead
           * (issue 16: never applied stale); either way it is gone. */
          if (!pl_sync_engine_resolve_conflict (engine, 0,
                                                c == 0 ? PL_CONFLICT_KEEP_MINE : PL_CONFLICT_KEEP_THEIRS,
                                                &error))
            g_assert_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_STALE_CONFLICT);
        }
    }
}

static void
test_random_convergence (void)
{
  const char *env = g_getenv ("PLENARY_SYNC_ROUNDS");
  guint rounds = env ? (guint) g_ascii_strtoull (env, NULL, 10) : 200;
  g_autoptr(PlSession) first = pl_session_new ();
  g_autoptr(GSubprocess) proxy = start_cut_proxy ();
  guint total_writes = 0, total_conflicts = 0;

  pl_test_server_setup_db (server, database);

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("document:seed-%u", i);
      g_autofree char *title = g_strdup_printf ("Seed document %u", i);
      g_autoptr(PlDocument) doc = pl_document_new (id);

      pl_document_set_title (doc, title);
      pl_session_add_record (first, PL_RECORD (doc));
    }

  for (guint c = 0; c < N_CLIENTS; c++)
    {
      Replica *r = &replicas[c];

      r->session = c == 0 ? g_object_ref (first) : pl_session_new_empty ();
      r->client = pl_test_client_new (server, database, "admin", "secret");
      r->engine = pl_sync_engine_new (r->session, r->client);
      if (c > 0)
        pl_sync_engine_mark_clean (r->engine);
      sync_ok (r);
    }
  settle ();
  assert_converged (0);

  for (guint round = 1; round <= rounds; round++)
    {
      g_autoptr(GPtrArray) writes = g_ptr_array_new_with_free_func ((GDestroyNotify) write_free);
      guint order[N_CLIENTS];

      for (guint c = 0; c < N_CLIENTS; c++)
        random_edits (c, round, writes);

      /* Some clients online, in random order, some twice; some quit
       * and come back, some have a round cut short. */
      shuffle (order, N_CLIENTS);
      for (guint i = 0; i < N_CLIENTS; i++)
        {
          guint dice = g_test_rand_int_range (0, 100);

          if (dice < 10)
            reopen (order[i], pl_test_server_get_url (server));
          else if (dice < 20)
            flaky_sync (order[i]);
          if (g_test_rand_int_range (0, 100) < 60)
            sync_ok (&replicas[order[i]]);
          if (g_test_rand_int_range (0, 100) < 20)
            sync_ok (&replicas[order[(i + 1) % N_CLIENTS]]);
        }

      /* Everyone back online. */
      settle ();
      assert_converged (round);
      assert_writes_kept (writes, round);
      total_writes += writes->len;
      for (guint c = 0; c < N_CLIENTS; c++)
        total_conflicts += pl_sync_engine_get_n_conflicts (replicas[c].engine);

      resolve_all ();
      settle ();
      assert_converged (round);
      for (guint c = 0; c < N_CLIENTS; c++)
        g_assert_cmpuint (pl_sync_engine_get_n_conflicts (replicas[c].engine), ==, 0);
    }

  g_test_message ("%u rounds, %u edits checked, %u conflicts listed and resolved, "
                  "%u reopenings, %u rounds cut short",
                  rounds, total_writes, total_conflicts, n_reopened, n_failed);
  g_assert_cmpuint (total_conflicts, >, 0);
  g_subprocess_force_exit (proxy);
  g_subprocess_wait (proxy, NULL, NULL);

  for (guint c = 0; c < N_CLIENTS; c++)
    {
      g_clear_object (&replicas[c].engine);
      g_clear_object (&replicas[c].client);
      g_clear_object (&replicas[c].session);
    }
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  server = pl_test_server_start (FALSE);

  g_test_add_func ("/sync-random/convergence", test_random_convergence);

  status = g_test_run ();
  pl_test_server_free (server);
  return status;
}
