/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "pl-document.h"
#include "pl-session-file.h"
#include "pl-sync-engine.h"
#include "pl-test-server.h"
#include "pl-test-support.h"
#include "pl-window.h"

/*
 * Issue 23, the live room: the frames of a Plenary window while a server
 * feed delivers 50 changed records a second. The session is pushed to a
 * real PouchDB Server on loopback and the window's session syncs live
 * with it (the engine started on the session the window shows, its
 * Overview built and then its Documents page in view); another process, tests/bench-live-writer.py,
 * changes documents' titles on the server 50 times a second for 10
 * seconds, and the window pulls each change from its changes feed and
 * shows it.
 *
 * The frame clock is kept ticking (a tick callback) so that it paces a
 * frame every refresh whether or not something changed. Each frame is
 * timed from its "update" phase to "after-paint" (layout and paint): the
 * frame's own work, beside one frame (16 ms). The longest gap between two
 * frames is printed too: it also counts what the main loop did between
 * them (applying pulled changes), beside the refresh interval.
 *
 *   bench-live WRITER [LABEL=FILE]    that session; the generated large one by default
 *
 * With PL_BENCH_LIVE_TRACE set, each frame over 16 ms and each gap over
 * 50 ms is printed to stderr with its start and end (g_get_monotonic_time,
 * CLOCK_MONOTONIC in µs), to find them in `perf record -k CLOCK_MONOTONIC`.
 */

#define RATE 50
#define SECONDS 10

typedef struct
{
  gint64  frame_start;
  gint64  last_frame_time;
  gint64  last_frame_end;
  gboolean trace;      /* PL_BENCH_LIVE_TRACE: print the long frames' and gaps' times */
  GArray *frames;      /* of double, ms */
  GArray *gaps;        /* of double, ms */
  gboolean recording;
} Frames;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *times,
            double  p)
{
  if (times->len == 0)
    g_error ("no frame was painted");
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, MIN (times->len - 1, (guint) (times->len * p)));
}

/* The frame's first phase that every frame runs: the tick callback
 * requests it. The paint phases run only when something asked for them,
 * so after-paint is requested here too, to end every frame. */
static void
on_update_cb (GdkFrameClock *clock,
              Frames        *frames)
{
  frames->frame_start = g_get_monotonic_time ();
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frames        *frames)
{
  gint64 now = g_get_monotonic_time ();
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock);

  if (frames->recording && frames->frame_start > 0)
    {
      double ms = (now - frames->frame_start) / 1000.0;

      g_array_append_val (frames->frames, ms);
      /* For perf record -k CLOCK_MONOTONIC: which samples fell in a long
       * frame, or between two frames far apart. */
      if (frames->trace && ms > 16.0)
        g_printerr ("# trace frame %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %.2f\n",
                    frames->frame_start, now, ms);
      if (frames->trace && frames->last_frame_end > 0 && frames->frame_start - frames->last_frame_end > 50000)
        g_printerr ("# trace gap %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %.2f\n",
                    frames->last_frame_end, frames->frame_start,
                    (frames->frame_start - frames->last_frame_end) / 1000.0);
      if (frames->last_frame_time > 0)
        {
          double gap = (frame_time - frames->last_frame_time) / 1000.0;

          g_array_append_val (frames->gaps, gap);
        }
    }
  frames->last_frame_time = frame_time;
  frames->last_frame_end = now;
  frames->frame_start = 0;
}

/* The CPU time this process has used, in ms: what the window spent on
 * the feed, which the machine's load moves far less than wall-clock
 * figures. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static gboolean
keep_ticking_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
is_up_to_date (gpointer data)
{
  return pl_sync_engine_get_state (data) == PL_SYNC_STATE_UP_TO_DATE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

typedef struct
{
  PlSession  *session;
  const char *id;
} Sentinel;

static gboolean
has_arrived (gpointer data)
{
  Sentinel *sentinel = data;
  PlRecord *record = pl_session_lookup (sentinel->session, sentinel->id);

  return record != NULL && g_strcmp0 (pl_document_get_title (PL_DOCUMENT (record)), "bench-live: done") == 0;
}

static void
on_writer_exit_cb (GPid     pid,
                   int      wait_status,
                   gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!g_spawn_check_wait_status (wait_status, &error))
    g_error ("bench-live-writer: %s", error->message);
  g_spawn_close_pid (pid);
  *(gboolean *) data = TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autofree char *label = NULL;
  g_autofree char *rate = g_strdup_printf ("%d", RATE);
  g_autofree char *seconds = g_strdup_printf ("%d", SECONDS);
  g_autofree char *writer_out = NULL;
  g_autofree char *what = NULL;
  g_auto(GStrv) words = NULL;
  Frames frames = { 0, };
  PlTestServer *server;
  PlWindow *window;
  GdkFrameClock *clock;
  GPid writer;
  int out_fd;
  gboolean writer_done = FALSE;
  gsize length;
  double cpu_start;

  gtk_init ();
  adw_init ();
  if (argc < 2)
    g_error ("usage: bench-live WRITER [LABEL=FILE]");
  if (argc > 2)
    {
      const char *eq = strchr (argv[2], '=');

      if (eq == NULL)
        g_error ("usage: bench-live WRITER [LABEL=FILE]");
      label = g_strndup (argv[2], eq - argv[2]);
      session = pl_session_file_load (eq + 1, &error);
      g_assert_no_error (error);
    }
  else
    {
      label = g_strdup ("large");
      session = pl_test_generate_large_session (1);
    }

  server = pl_test_server_start (FALSE);
  pl_test_server_setup_db (server, "live");
  client = pl_test_client_new (server, "live", PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD);
  engine = pl_sync_engine_new (session, client);
  if (!pl_test_sync (engine, &error))
    g_error ("upload: %s", error->message);

  window = pl_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  pl_window_set_session (window, session, NULL);
  /* The secretariat has looked at the Overview (its findings) before
   * going to the Documents page: the Overview is built, and hidden. */
  pl_window_show_page (window, "overview");
  pl_window_show_page (window, "documents");
  gtk_window_present (GTK_WINDOW (window));
  pl_sync_engine_start (engine);
  if (!pl_test_wait_for (is_up_to_date, engine, 120000))
    g_error ("the window's sync did not settle");

  frames.frames = g_array_new (FALSE, FALSE, sizeof (double));
  frames.gaps = g_array_new (FALSE, FALSE, sizeof (double));
  frames.trace = g_getenv ("PL_BENCH_LIVE_TRACE") != NULL;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "update", G_CALLBACK (on_update_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &frames);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), keep_ticking_cb, NULL, NULL);

  {
    const char *writer_argv[] = { "python3", argv[1], pl_test_server_get_url (server), "live",
                                  PL_TEST_ADMIN, PL_TEST_ADMIN_PASSWORD, rate, seconds, NULL };

    if (!g_spawn_async_with_pipes (NULL, (char **) writer_argv, NULL,
                                   G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                   &writer, NULL, &out_fd, NULL, &error))
      g_error ("bench-live-writer: %s", error->message);
  }
  frames.recording = TRUE;
  cpu_start = cpu_ms ();
  g_child_watch_add (writer, on_writer_exit_cb, &writer_done);
  if (!pl_test_wait_for (is_true, &writer_done, (SECONDS + 60) * 1000))
    g_error ("the writer did not finish");

  /* The writer's one line names the document it changed last: the window
   * must show that change, or the feed did not deliver. */
  {
    g_autoptr(GIOChannel) channel = g_io_channel_unix_new (out_fd);

    g_io_channel_set_close_on_unref (channel, TRUE);
    g_io_channel_read_to_end (channel, &writer_out, &length, NULL);
  }
  g_print ("%s", writer_out);
  words = g_strsplit (g_strstrip (writer_out), " ", -1);
  {
    Sentinel sentinel = { session, words[g_strv_length (words) - 1] };

    if (!pl_test_wait_for (has_arrived, &sentinel, 60000))
      g_error ("the last change never reached the window");
  }
  frames.recording = FALSE;

  g_print ("# %s session: %u frames while %d changes a second arrived for %d s; the window's process used %.0f ms of CPU\n",
           label, frames.frames->len, RATE, SECONDS, cpu_ms () - cpu_start);
  what = g_strdup_printf ("frame p95 under %d changes/s, %s", RATE, label);
  g_print ("%-40s %9.2f ms   %-32s %9.2f ms   ratio %6.2f\n", what, percentile (frames.frames, 0.95),
           "one frame", 16.0, percentile (frames.frames, 0.95) / 16.0);
  g_free (what);
  what = g_strdup_printf ("frame max under %d changes/s, %s", RATE, label);
  g_print ("%-40s %9.2f ms   %-32s %9.2f ms   ratio %6.2f\n", what, percentile (frames.frames, 1.0),
           "one frame", 16.0, percentile (frames.frames, 1.0) / 16.0);
  g_free (what);
  what = g_strdup_printf ("longest gap between frames, %s", label);
  g_print ("%-40s %9.2f ms   %-32s %9.2f ms   ratio %6.2f\n", what, percentile (frames.gaps, 1.0),
           "refresh interval (median gap)", percentile (frames.gaps, 0.5),
           percentile (frames.gaps, 1.0) / percentile (frames.gaps, 0.5));

  pl_sync_engine_stop (engine);
  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_server_free (server);
  g_array_unref (frames.frames);
  g_array_unref (frames.gaps);
  return 0;
}
