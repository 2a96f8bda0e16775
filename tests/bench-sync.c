/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "pl-session-file.h"
#include "pl-sync-engine.h"
#include "pl-sync-engine-private.h"
#include "pl-test-server.h"
#include "pl-test-support.h"

/*
 * Sync figures against a real PouchDB Server on loopback (issue 5), each
 * beside a reference measured in the same run:
 * - pushing a local session into an empty database (issue 23), against
 *   curl POSTing the same documents in one `_bulk_docs` to another empty
 *   database of the same server (the body is the pushed database's
 *   documents without their `_rev`, as a first push sends them); and,
 *   since the push sends `_bulk_docs` of PUSH_BATCH (1,000) where that
 *   curl sends one, beside curl POSTing the same batches one after the
 *   other (one curl, one connection): the floor of what the push sends.
 *   The push's figure is a whole round (login, push, the pull that
 *   follows it, the registry of the delegates' database), as a person's
 *   first sync is;
 * - pulling the large generated session into an empty client, against
 *   curl fetching the same `_changes?include_docs=true` from the same
 *   server (the floor: the bytes over HTTP, no parsing, no model);
 * - the time from an edit on one live client to its arrival on another
 *   (push, then the other's long poll), against curl fetching one
 *   document (one HTTP round trip).
 * Medians of several runs; nothing is asserted.
 *
 * PLENARY_BENCH_SYNC=pull measures the pull only (one untimed push
 * fills the database): for profiling it, `valgrind --tool=callgrind
 * --toggle-collect=pull_once` or perf of that program.
 *
 * PLENARY_BENCH_SYNC=push measures the push and its references only,
 * each push in push_once() for a profiler to single out (callgrind's
 * --toggle-collect=push_once).
 */

#define PULL_RUNS 5
#define PUSH_RUNS 3
#define LATENCY_RUNS 21

static PlTestServer *server;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *times,
        guint   n)
{
  qsort (times, n, sizeof (double), compare_doubles);
  return times[n / 2];
}

static double
curl_ms (const char *path)
{
  g_autofree char *url = g_strconcat (pl_test_server_get_url (server), path, NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "curl", "-s", "-f", "-o", "/dev/null", "-u", PL_TEST_ADMIN ":" PL_TEST_ADMIN_PASSWORD,
                         "-H", "Accept: application/json", url, NULL };
  int wait_status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &wait_status, &error) || !g_spawn_check_wait_status (wait_status, &error))
    g_error ("curl %s: %s", url, error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Milliseconds for curl to POST FILE to PATH. */
static double
curl_post_ms (const char *path,
              const char *file)
{
  g_autofree char *url = g_strconcat (pl_test_server_get_url (server), path, NULL);
  g_autofree char *data = g_strconcat ("@", file, NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "curl", "-s", "-f", "-o", "/dev/null", "-u", PL_TEST_ADMIN ":" PL_TEST_ADMIN_PASSWORD,
                         "-H", "Content-Type: application/json", "-X", "POST", "--data-binary", data, url, NULL };
  int wait_status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &wait_status, &error) || !g_spawn_check_wait_status (wait_status, &error))
    g_error ("curl POST %s: %s", url, error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Milliseconds for one curl to POST each of FILES, in order, to PATH. */
static double
curl_post_each_ms (const char *path,
                   GPtrArray  *files)
{
  g_autofree char *url = g_strconcat (pl_test_server_get_url (server), path, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  int wait_status;
  gint64 start;

  g_ptr_array_add (argv, g_strdup ("curl"));
  for (guint i = 0; i < files->len; i++)
    {
      const char *options[] = { "-s", "-f", "-o", "/dev/null", "-u", PL_TEST_ADMIN ":" PL_TEST_ADMIN_PASSWORD,
                                "-H", "Content-Type: application/json", "-X", "POST", "--data-binary" };

      if (i > 0)
        g_ptr_array_add (argv, g_strdup ("--next"));
      for (guint k = 0; k < G_N_ELEMENTS (options); k++)
        g_ptr_array_add (argv, g_strdup (options[k]));
      g_ptr_array_add (argv, g_strconcat ("@", (const char *) g_ptr_array_index (files, i), NULL));
      g_ptr_array_add (argv, g_strdup (url));
    }
  g_ptr_array_add (argv, NULL);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &wait_status, &error) || !g_spawn_check_wait_status (wait_status, &error))
    g_error ("curl POST %s: %s", url, error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* BODY's documents in `_bulk_docs` of PUSH_BATCH, each in a file;
 * returns the files. */
static GPtrArray *
write_batches (const char *body)
{
  g_autoptr(JsonNode) root = json_from_string (body, NULL);
  JsonArray *docs = json_object_get_array_member (json_node_get_object (root), "docs");
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  for (guint first = 0; first < json_array_get_length (docs); first += PUSH_BATCH)
    {
      g_autoptr(JsonArray) batch = json_array_new ();
      g_autoptr(JsonObject) object = json_object_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      char *path = NULL;
      int fd = g_file_open_tmp ("plenary-bench-batch-XXXXXX.json", &path, &error);

      g_assert_no_error (error);
      close (fd);
      for (guint i = first; i < MIN (first + PUSH_BATCH, json_array_get_length (docs)); i++)
        json_array_add_element (batch, json_node_copy (json_array_get_element (docs, i)));
      json_object_set_array_member (object, "docs", json_array_ref (batch));
      node = json_node_init_object (json_node_alloc (), object);
      text = json_to_string (node, FALSE);
      if (!g_file_set_contents (path, text, -1, &error))
        g_error ("%s", error->message);
      g_ptr_array_add (files, path);
    }
  return files;
}

/* The body of a first push of DATABASE's documents: every document but
 * the design ones, without `_rev`, in one `_bulk_docs`. */
static char *
bulk_docs_of (const char *database)
{
  g_autofree char *path = g_strdup_printf ("/%s/_all_docs?include_docs=true", database);
  g_autoptr(JsonNode) answer = pl_test_server_admin_request (server, "GET", path, NULL, NULL);
  JsonArray *rows = json_object_get_array_member (json_node_get_object (answer), "rows");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "docs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autoptr(JsonNode) doc = NULL;

      if (g_str_has_prefix (json_object_get_string_member (row, "id"), "_design/"))
        continue;
      doc = json_node_copy (json_object_get_member (row, "doc"));
      json_object_remove_member (json_node_get_object (doc), "_rev");
      json_builder_add_value (builder, g_steal_pointer (&doc));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
report (const char *what,
        double      ms,
        const char *reference,
        double      ref_ms)
{
  g_print ("%-34s %9.2f ms   %-34s %9.2f ms   ratio %6.2f\n", what, ms, reference, ref_ms, ms / ref_ms);
}

typedef struct
{
  PlSession  *session;
  const char *id;
  const char *title;
} TitleWait;

static gboolean
has_title (gpointer data)
{
  TitleWait *wait = data;
  PlRecord *record = pl_session_lookup (wait->session, wait->id);

  return record != NULL && g_strcmp0 (pl_document_get_title (PL_DOCUMENT (record)), wait->title) == 0;
}

static gboolean
is_up_to_date (gpointer data)
{
  return pl_sync_engine_get_state (data) == PL_SYNC_STATE_UP_TO_DATE;
}

/* One initial pull of ENGINE's database into its empty client. Its own
 * function so that a profiler can single it out (callgrind's
 * --toggle-collect=pull_once); the client is made and freed outside it,
 * and outside the time measured. */
static G_GNUC_NO_INLINE void
pull_once (PlSyncEngine *engine)
{
  g_autoptr(GError) error = NULL;

  if (!pl_test_sync (engine, &error))
    g_error ("pull: %s", error->message);
}

/* One initial push (a round) of ENGINE; returns its milliseconds. Its own
 * function so that a profiler can single it out. */
static G_GNUC_NO_INLINE double
push_once (PlSyncEngine *engine)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (!pl_test_sync (engine, &error))
    g_error ("push: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Push, pull and edit latency of one session file, labelled LABEL. */
static void
bench_file (const char *label,
            const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strdup_printf ("bench-%s", label);
  g_autofree char *changes = g_strdup_printf ("%s/_changes?include_docs=true", database);
  g_autoptr(PlSession) up_session = NULL;
  g_autoptr(PlCouchClient) up_client = NULL;
  g_autoptr(PlSyncEngine) up = NULL;
  double pull[PULL_RUNS], curl[PULL_RUNS], push[PUSH_RUNS], curl_push[PUSH_RUNS], curl_batches[PUSH_RUNS];
  g_autoptr(GPtrArray) batch_paths = NULL;
  double latency[LATENCY_RUNS], curl_one[LATENCY_RUNS];
  g_autofree char *doc_path = NULL;
  g_autofree char *body_path = NULL;
  g_autofree char *what = NULL;
  gboolean pull_only = g_strcmp0 (g_getenv ("PLENARY_BENCH_SYNC"), "pull") == 0;
  gint64 start;
  guint n_docs = 0;

  /* Initial push of the local session into an empty database; the
   * first run's database is the one the pulls read. */
  for (guint i = 0; i < (pull_only ? 1 : PUSH_RUNS); i++)
    {
      g_autofree char *db = i == 0 ? g_strdup (database) : g_strdup_printf ("%s-push-%u", database, i);
      g_autoptr(PlSession) session = pl_session_file_load (file, &error);
      g_autoptr(PlCouchClient) client = NULL;
      g_autoptr(PlSyncEngine) engine = NULL;

      g_assert_no_error (error);
      pl_test_server_setup_db (server, db);
      client = pl_test_client_new (server, db, PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
      engine = pl_sync_engine_new (session, client);
      push[i] = push_once (engine);
      n_docs = pl_sync_engine_get_stats (engine)->pushed;
      if (i == 0)
        {
          up_session = g_object_ref (session);
          up_client = g_object_ref (client);
          up = g_object_ref (engine);
        }
    }
  if (!pull_only)
  {
    g_autofree char *body = bulk_docs_of (database);
    g_autoptr(GError) write_error = NULL;
    int fd = g_file_open_tmp ("plenary-bench-bulk-XXXXXX.json", &body_path, &write_error);

    g_assert_no_error (write_error);
    close (fd);
    if (!g_file_set_contents (body_path, body, -1, &write_error))
      g_error ("%s", write_error->message);
    g_print ("# %s session: %u records pushed; the reference's _bulk_docs is %zu bytes\n",
             label, n_docs, strlen (body));
    batch_paths = write_batches (body);
  }
  for (guint i = 0; i < PUSH_RUNS && !pull_only; i++)
    {
      g_autofree char *db = g_strdup_printf ("%s-curl-%u", database, i);
      g_autofree char *bulk = g_strdup_printf ("%s/_bulk_docs", db);

      pl_test_server_setup_db (server, db);
      curl_push[i] = curl_post_ms (bulk, body_path);
    }
  if (!pull_only)
    {
      for (guint i = 0; i < PUSH_RUNS; i++)
        {
          g_autofree char *db = g_strdup_printf ("%s-batches-%u", database, i);
          g_autofree char *bulk = g_strdup_printf ("%s/_bulk_docs", db);

          pl_test_server_setup_db (server, db);
          curl_batches[i] = curl_post_each_ms (bulk, batch_paths);
        }
      for (guint i = 0; i < batch_paths->len; i++)
        g_remove (g_ptr_array_index (batch_paths, i));
      g_remove (body_path);
      what = g_strdup_printf ("push %s session (empty server)", label);
      report (what, median (push, PUSH_RUNS), "curl POST the same _bulk_docs", median (curl_push, PUSH_RUNS));
      g_free (what);
      what = g_strdup_printf ("push %s, beside curl in %u batches", label, batch_paths->len);
      report (what, median (push, PUSH_RUNS), "curl POST the same batches", median (curl_batches, PUSH_RUNS));
      if (g_strcmp0 (g_getenv ("PLENARY_BENCH_SYNC"), "push") == 0)
        return;
    }

  for (guint i = 0; i < PULL_RUNS; i++)
    {
      g_autoptr(PlSession) empty = pl_session_new_empty ();
      g_autoptr(PlCouchClient) client = pl_test_client_new (server, database, PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
      g_autoptr(PlSyncEngine) engine = pl_sync_engine_new (empty, client);

      pl_sync_engine_mark_clean (engine);
      start = g_get_monotonic_time ();
      pull_once (engine);
      pull[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (pl_sync_engine_get_stats (engine)->pulled + 1 < n_docs)
        g_error ("pull: %u of %u records", pl_sync_engine_get_stats (engine)->pulled, n_docs);

      curl[i] = curl_ms (changes);
    }
  g_free (what);
  what = g_strdup_printf ("pull %s session (empty client)", label);
  report (what, median (pull, PULL_RUNS), "curl _changes?include_docs=true", median (curl, PULL_RUNS));

  /* Two live clients. */
  if (!pull_only)
  {
    g_autoptr(PlSession) other = pl_session_new_empty ();
    g_autoptr(PlCouchClient) other_client = pl_test_client_new (server, database, PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
    g_autoptr(PlSyncEngine) other_engine = pl_sync_engine_new (other, other_client);
    g_autoptr(PlDocument) doc = g_list_model_get_item (pl_session_get_records (up_session, PL_TYPE_DOCUMENT), 0);
    const char *id = pl_record_get_id (PL_RECORD (doc));

    pl_sync_engine_mark_clean (other_engine);
    doc_path = g_strdup_printf ("%s/%s", database, id);
    pl_sync_engine_start (up);
    pl_sync_engine_start (other_engine);
    if (!pl_test_wait_for (is_up_to_date, up, 120000) || !pl_test_wait_for (is_up_to_date, other_engine, 120000))
      g_error ("live clients did not settle");

    for (guint i = 0; i < LATENCY_RUNS; i++)
      {
        g_autofree char *title = g_strdup_printf ("Latency probe %u", i);
        TitleWait wait = { other, id, title };

        start = g_get_monotonic_time ();
        pl_document_set_title (doc, title);
        if (!pl_test_wait_for (has_title, &wait, 30000))
          g_error ("edit %u did not arrive", i);
        latency[i] = (g_get_monotonic_time () - start) / 1000.0;
        curl_one[i] = curl_ms (doc_path);
      }
    g_free (what);
    what = g_strdup_printf ("edit -> other live client, %s", label);
    report (what, median (latency, LATENCY_RUNS), "curl GET one document", median (curl_one, LATENCY_RUNS));

    pl_sync_engine_stop (up);
    pl_sync_engine_stop (other_engine);
  }
}

/*
 *   bench-sync                  the large generated session
 *   bench-sync LABEL=FILE...    these sessions (tests/bench-all.py passes large=… huge=…)
 */
int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;

  server = pl_test_server_start (FALSE);
  g_print ("# medians of %d runs (push), %d runs (pull) and %d runs (latency)\n",
           PUSH_RUNS, PULL_RUNS, LATENCY_RUNS);
  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          const char *eq = strchr (argv[i], '=');
          g_autofree char *label = NULL;

          if (eq == NULL)
            g_error ("usage: bench-sync [LABEL=FILE...]");
          label = g_strndup (argv[i], eq - argv[i]);
          bench_file (label, eq + 1);
        }
    }
  else
    {
      g_autoptr(PlSession) large = pl_test_generate_large_session (1);
      g_autofree char *dir = g_dir_make_tmp ("plenary-bench-sync-XXXXXX", &error);
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      path = g_build_filename (dir, "large.plenary", NULL);
      if (!pl_session_file_save (large, path, &error))
        g_error ("%s", error->message);
      bench_file ("large", path);
      g_remove (path);
      g_rmdir (dir);
    }

  pl_test_server_free (server);
  return 0;
}
