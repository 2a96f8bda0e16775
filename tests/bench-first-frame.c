/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "pl-autosave.h"
#include "pl-codec.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-sync-table.h"
#include "pl-test-support.h"

/*
 * Process start → first frame of the Plenary window, with the sample and
 * with the large generated session, beside the same figure for a minimal
 * libadwaita window built by this program (--minimal), all measured in
 * this run: each process is spawned and timed until it prints that its
 * first frame was painted (frame clock "after-paint"). Also the autosave
 * of the large session beside a plain write of the same bytes.
 *
 * Plenary draws its window while the file is read on a worker thread
 * (issue 23), so it reports two frames: its first ("first-frame": header
 * bars, sidebar, a spinner if the file is not read yet) and the first
 * that shows the session ("content-frame"). "Plenary, LABEL session" is
 * the second, the figure a user waits for; "window before the content,
 * LABEL" the first.
 */

#define RUNS 5

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  g_print ("first-frame\n");
  fflush (stdout);
  g_application_quit (app);
}

static void
on_map_cb (GtkWidget    *window,
           GApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), app);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Minimal"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_minimal (void)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.plenary.BenchMinimal",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

typedef struct
{
  double first;     /* ms from spawn to the "first-frame" line */
  double content;   /* to the "content-frame" line (the minimal window: its first frame) */
} Frames;

/* Milliseconds from spawn to the "first-frame" and "content-frame" lines. */
static Frames
time_to_first_frame (char **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "PLENARY_BENCHMARK_FIRST_FRAME", "1", TRUE);
  GPid pid;
  int out_fd;
  gint64 start = g_get_monotonic_time ();
  Frames frames = { -1, -1 };
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;

  if (!g_spawn_async_with_pipes (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    g_error ("cannot start %s: %s", argv[0], error->message);

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      double now = (g_get_monotonic_time () - start) / 1000.0;

      if (g_str_has_prefix (line, "first-frame"))
        frames.first = now;
      else if (g_str_has_prefix (line, "content-frame"))
        frames.content = now;
      g_clear_pointer (&line, g_free);
      if (frames.first >= 0 && frames.content >= 0)
        break;
    }
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);

  if (frames.first < 0)
    g_error ("%s never reported its first frame", argv[0]);
  if (frames.content < 0)
    frames.content = frames.first;

  return frames;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The median of each figure over RUNS runs. */
static Frames
median_first_frame (char **argv)
{
  double first[RUNS], content[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      Frames frames = time_to_first_frame (argv);

      first[i] = frames.first;
      content[i] = frames.content;
    }
  qsort (first, RUNS, sizeof first[0], compare_doubles);
  qsort (content, RUNS, sizeof content[0], compare_doubles);

  return (Frames) { first[RUNS / 2], content[RUNS / 2] };
}

/* The edit an autosave follows: the first delegation's name, changed
 * on one run and back on the next, so that every save has one record to
 * write anew, as after a keystroke. */
static void
toggle_edit (PlSession *session,
             guint      run)
{
  g_autoptr(PlDelegation) delegation =
    g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DELEGATION), 0);
  const char *name;
  g_autofree char *changed = NULL;

  g_assert_nonnull (delegation);
  name = pl_delegation_get_name (delegation);
  if (run % 2 == 0)
    changed = g_strconcat (name, " (edited)", NULL);
  else
    {
      g_assert_true (g_str_has_suffix (name, " (edited)"));
      changed = g_strndup (name, strlen (name) - strlen (" (edited)"));
    }
  pl_delegation_set_name (delegation, changed);
}

/* Autosave of one session after an edit (serialize, write, fsync, keep
 * the backup, rename), beside a durable write of the same bytes; then
 * the save of the unchanged session (Ctrl+S with nothing new). */
static void
bench_autosave (const char *label,
                PlSession  *session,
                const char *path,
                const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlAutosave) autosave = pl_autosave_new (session, path);
  g_autofree char *raw_path = g_build_filename (dir, "raw.json", NULL);
  gsize length = 0;
  double save[RUNS], raw[RUNS], unchanged[RUNS];

  /* The first save (what opening a session and editing costs once) is
   * not the steady state an autosave measures. */
  g_assert_true (pl_autosave_save_now (autosave, &error));
  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *bytes = NULL;
      gint64 start;

      toggle_edit (session, i);
      g_assert_true (pl_autosave_save_now (autosave, &error));
      save[i] = pl_autosave_get_last_duration_us (autosave) / 1000.0;

      bytes = pl_session_file_serialize (session, &length);
      start = g_get_monotonic_time ();
      g_assert_true (g_file_set_contents_full (raw_path, bytes, length,
                                               G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                               0644, &error));
      raw[i] = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_true (pl_autosave_save_now (autosave, &error));
      unchanged[i] = pl_autosave_get_last_duration_us (autosave) / 1000.0;
    }
  qsort (save, RUNS, sizeof save[0], compare_doubles);
  qsort (raw, RUNS, sizeof raw[0], compare_doubles);
  qsort (unchanged, RUNS, sizeof unchanged[0], compare_doubles);
  g_print ("autosave of the %s session (%zu bytes, median of %d)\n", label, length, RUNS);
  g_print ("  durable write of the same bytes (reference): %8.1f ms\n", raw[RUNS / 2]);
  g_print ("  PlAutosave save %-6s (after an edit):      %8.1f ms  ratio %.2f\n",
           label, save[RUNS / 2], save[RUNS / 2] / raw[RUNS / 2]);
  g_print ("  PlAutosave unchanged %-6s (nothing new):   %8.1f ms  ratio %.2f\n",
           label, unchanged[RUNS / 2], unchanged[RUNS / 2] / raw[RUNS / 2]);
  g_remove (raw_path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_remove (backup);
  }
}

/* The state as pl_sync_engine_persist() makes it from its table;
 * returns how long that took, in ms. */
static double
persist (PlSession  *session,
         GHashTable *table)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(JsonObject) state = json_object_new ();

  json_object_set_string_member (state, "server", "https://example.org");
  json_object_set_string_member (state, "database", "bench");
  json_object_set_null_member (state, "user");
  json_object_set_string_member (state, "last_seq", "1-bench");
  json_object_set_object_member (state, "records", pl_sync_table_to_json (table));
  json_object_set_array_member (state, "conflicts", json_array_new ());
  pl_session_set_sync_state (session, state);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
set_entry (GHashTable *table,
           PlRecord   *record,
           const char *rev,
           gboolean    dirty)
{
  PlSyncEntry *entry = pl_sync_table_ensure (table, pl_record_get_id (record));
  g_autoptr(JsonObject) base = pl_codec_record_to_json (record);

  json_object_remove_member (base, "_rev");
  pl_sync_entry_set_rev (entry, rev);
  if (!dirty)
    pl_sync_entry_set_base (entry, base);
  entry->dirty = dirty;
}

/* Issue 23: the autosave of a synced session, whose `sync.records` holds
 * a base copy of every record: the state made as the sync engine makes
 * it, an entry for every record, then after each edit (its entry dirty)
 * and each pulled change (a new rev and base) the state persisted and the
 * session saved, beside a durable write of the same bytes. The rows are
 * not "PlAutosave save LABEL" (bench-all's goal row). */
static void
bench_autosave_synced (const char *label,
                       PlSession  *session,
                       const char *path,
                       const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlAutosave) autosave = pl_autosave_new (session, path);
  g_autoptr(GHashTable) table = pl_sync_table_new ();
  g_autofree char *raw_path = g_build_filename (dir, "raw.json", NULL);
  g_autoptr(PlRecord) edited = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DELEGATION), 0);
  g_autoptr(PlDelegation) pulled = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DELEGATION), 1);
  g_autofree char *pulled_name = g_strdup (pl_delegation_get_name (pulled));
  guint n_types;
  const GType *types = pl_session_list_record_types (&n_types);
  gsize length = 0;
  double edit[RUNS], pull[RUNS], raw[RUNS], persisted[RUNS];

  for (guint i = 0; i < n_types; i++)
    {
      GListModel *model = pl_session_get_records (session, types[i]);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, j);

          set_entry (table, record, "1-bench", FALSE);
        }
    }
  persist (session, table);
  g_assert_true (pl_autosave_save_now (autosave, &error));

  for (guint i = 0; i < RUNS; i++)
    {
      g_autofree char *bytes = NULL;
      g_autofree char *rev = g_strdup_printf ("%u-bench", i + 2);
      g_autofree char *name = g_strdup_printf ("%s (pulled %u)", pulled_name, i);
      gint64 start;

      /* An edit, and the state persisted (the engine's 200 ms timer). */
      toggle_edit (session, i);
      set_entry (table, edited, "1-bench", TRUE);
      persisted[i] = persist (session, table);
      g_assert_true (pl_autosave_save_now (autosave, &error));
      edit[i] = pl_autosave_get_last_duration_us (autosave) / 1000.0;

      /* Its push answer and a change pulled from another client. */
      set_entry (table, edited, rev, FALSE);
      pl_delegation_set_name (pulled, name);
      pl_record_set_rev (PL_RECORD (pulled), rev);
      set_entry (table, PL_RECORD (pulled), rev, FALSE);
      persist (session, table);
      g_assert_true (pl_autosave_save_now (autosave, &error));
      pull[i] = pl_autosave_get_last_duration_us (autosave) / 1000.0;

      bytes = pl_session_file_serialize (session, &length);
      start = g_get_monotonic_time ();
      g_assert_true (g_file_set_contents_full (raw_path, bytes, length,
                                               G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                               0644, &error));
      raw[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (edit, RUNS, sizeof edit[0], compare_doubles);
  qsort (pull, RUNS, sizeof pull[0], compare_doubles);
  qsort (raw, RUNS, sizeof raw[0], compare_doubles);
  qsort (persisted, RUNS, sizeof persisted[0], compare_doubles);
  g_print ("autosave of the %s session, synced (%zu bytes, median of %d)\n", label, length, RUNS);
  g_print ("# the sync state persisted (%s, %u entries): %.1f ms\n", label, g_hash_table_size (table),
           persisted[RUNS / 2]);
  g_print ("  durable write of the same bytes (reference): %8.1f ms\n", raw[RUNS / 2]);
  g_print ("  PlAutosave synced %-6s (after an edit):    %8.1f ms  ratio %.2f\n",
           label, edit[RUNS / 2], edit[RUNS / 2] / raw[RUNS / 2]);
  g_print ("  PlAutosave synced %-6s (after a pull):     %8.1f ms  ratio %.2f\n",
           label, pull[RUNS / 2], pull[RUNS / 2] / raw[RUNS / 2]);
  g_remove (raw_path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_remove (backup);
  }
}

/*
 *   bench-first-frame                    the sample and the large generated session
 *   bench-first-frame LABEL=FILE...      these sessions (tests/bench-all.py passes
 *                                        large=… huge=…); each file is copied first,
 *                                        as the autosave writes it
 *   bench-first-frame --autosave LABEL=FILE...
 *                                        the autosave only (no display needed:
 *                                        for profiling it)
 */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *self = NULL;
  const char *app = g_getenv ("PLENARY_APP");
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean autosave_only = FALSE;
  double minimal;

  if (argc > 1 && g_str_equal (argv[1], "--minimal"))
    return run_minimal ();
  if (argc > 1 && g_str_equal (argv[1], "--autosave"))
    {
      autosave_only = TRUE;
      argv++;
      argc--;
    }

  if (app == NULL && !autosave_only)
    g_error ("PLENARY_APP is not set");

  dir = g_dir_make_tmp ("plenary-bench-XXXXXX", &error);
  g_assert_no_error (error);
  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          const char *eq = strchr (argv[i], '=');
          PlSession *session;

          if (eq == NULL)
            g_error ("usage: bench-first-frame [LABEL=FILE...]");
          session = pl_session_file_load (eq + 1, &error);
          g_assert_no_error (error);
          g_ptr_array_add (labels, g_strndup (argv[i], eq - argv[i]));
          g_ptr_array_add (sessions, session);
        }
    }
  else
    {
      g_ptr_array_add (labels, g_strdup ("sample"));
      g_ptr_array_add (sessions, pl_samples_load (&error));
      g_assert_no_error (error);
      g_ptr_array_add (labels, g_strdup ("large"));
      g_ptr_array_add (sessions, pl_test_generate_large_session (42));
    }
  for (guint i = 0; i < labels->len; i++)
    {
      char *path = g_strdup_printf ("%s/%s.plenary", dir, (char *) labels->pdata[i]);

      g_assert_true (pl_session_file_save (sessions->pdata[i], path, &error));
      g_ptr_array_add (paths, path);
    }

  if (autosave_only)
    goto autosave;

  self = g_file_read_link ("/proc/self/exe", NULL);
  minimal = median_first_frame ((char *[]) { self, (char *) "--minimal", NULL }).first;

  g_print ("process start to first frame (median of %d runs)\n", RUNS);
  g_print ("  minimal libadwaita window (reference): %8.1f ms\n", minimal);
  for (guint i = 0; i < labels->len; i++)
    {
      Frames ms = median_first_frame ((char *[]) { (char *) app, paths->pdata[i], NULL });
      g_autofree char *what = g_strdup_printf ("Plenary, %s session:", (char *) labels->pdata[i]);
      g_autofree char *before = g_strdup_printf ("window before the content, %s:", (char *) labels->pdata[i]);

      g_print ("  %-38s %8.1f ms  ratio %.2f\n", what, ms.content, ms.content / minimal);
      g_print ("  %-38s %8.1f ms  ratio %.2f\n", before, ms.first, ms.first / minimal);
    }

autosave:
  for (guint i = 0; i < labels->len; i++)
    bench_autosave (labels->pdata[i], sessions->pdata[i], paths->pdata[i], dir);
  /* After the unsynced rows: it leaves each session synced. */
  for (guint i = 0; i < labels->len; i++)
    bench_autosave_synced (labels->pdata[i], sessions->pdata[i], paths->pdata[i], dir);

  for (guint i = 0; i < paths->len; i++)
    g_remove (paths->pdata[i]);
  g_rmdir (dir);

  return 0;
}
