/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-bench"

#include "config.h"

#include "pl-sync-engine.h"
#include "pl-test-server.h"
#include "pl-test-support.h"

/*
 * Sync figures against a real PouchDB Server on loopback (issue 5), each
 * beside a reference measured in the same run:
 * - pulling the large generated session into an empty client, against
 *   curl fetching the same `_changes?include_docs=true` from the same
 *   server (the floor: the bytes over HTTP, no parsing, no model);
 * - the time from an edit on one live client to its arrival on another
 *   (push, then the other's long poll), against curl fetching one
 *   document (one HTTP round trip).
 * Medians of several runs; nothing is asserted.
 */

#define PULL_RUNS 5
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

int
main (int    argc,
      char **argv)
{
  g_autoptr(PlSession) large = NULL;
  g_autoptr(PlCouchClient) up_client = NULL;
  g_autoptr(PlSyncEngine) up = NULL;
  g_autoptr(GError) error = NULL;
  double pull[PULL_RUNS], curl[PULL_RUNS], latency[LATENCY_RUNS], curl_one[LATENCY_RUNS];
  g_autofree char *doc_path = NULL;
  g_autofree char *id = NULL;
  gint64 start;
  guint n_docs;

  server = pl_test_server_start (FALSE);
  pl_test_server_setup_db (server, "bench");

  large = pl_test_generate_large_session (1);
  up_client = pl_test_client_new (server, "bench", PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
  up = pl_sync_engine_new (large, up_client);
  start = g_get_monotonic_time ();
  if (!pl_test_sync (up, &error))
    g_error ("upload: %s", error->message);
  n_docs = pl_sync_engine_get_stats (up)->pushed;
  g_print ("# large session: %u records uploaded in %.1f ms (one _bulk_docs)\n",
           n_docs, (g_get_monotonic_time () - start) / 1000.0);
  g_print ("# median of %d runs (pull) and %d runs (latency)\n", PULL_RUNS, LATENCY_RUNS);

  for (guint i = 0; i < PULL_RUNS; i++)
    {
      g_autoptr(PlSession) empty = pl_session_new_empty ();
      g_autoptr(PlCouchClient) client = pl_test_client_new (server, "bench", PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
      g_autoptr(PlSyncEngine) engine = pl_sync_engine_new (empty, client);

      pl_sync_engine_mark_clean (engine);
      start = g_get_monotonic_time ();
      if (!pl_test_sync (engine, &error))
        g_error ("pull: %s", error->message);
      pull[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (pl_sync_engine_get_stats (engine)->pulled + 1 < n_docs)
        g_error ("pull: %u of %u records", pl_sync_engine_get_stats (engine)->pulled, n_docs);

      curl[i] = curl_ms ("bench/_changes?include_docs=true");
    }
  report ("pull large session (empty client)", median (pull, PULL_RUNS),
          "curl _changes?include_docs=true", median (curl, PULL_RUNS));

  /* Two live clients. */
  {
    g_autoptr(PlSession) other = pl_session_new_empty ();
    g_autoptr(PlCouchClient) other_client = pl_test_client_new (server, "bench", PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
    g_autoptr(PlSyncEngine) other_engine = pl_sync_engine_new (other, other_client);
    g_autoptr(PlDocument) doc = g_list_model_get_item (pl_session_get_records (large, PL_TYPE_DOCUMENT), 0);

    pl_sync_engine_mark_clean (other_engine);
    id = g_strdup (pl_record_get_id (PL_RECORD (doc)));
    doc_path = g_strdup_printf ("bench/%s", id);
    pl_sync_engine_start (up);
    pl_sync_engine_start (other_engine);
    if (!pl_test_wait_for (is_up_to_date, up, 60000) || !pl_test_wait_for (is_up_to_date, other_engine, 60000))
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
    report ("edit -> other live client", median (latency, LATENCY_RUNS),
            "curl GET one document", median (curl_one, LATENCY_RUNS));

    pl_sync_engine_stop (up);
    pl_sync_engine_stop (other_engine);
  }

  pl_test_server_free (server);
  return 0;
}
