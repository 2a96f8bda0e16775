/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pl-autosave.h"
#include "pl-samples.h"
#include "pl-session-file.h"

/* An edit reaches the file within PL_AUTOSAVE_DELAY_MS, a burst of edits
 * makes one save, and a session without a file is never written. */

static void
on_state_cb (PlAutosave *autosave,
             GParamSpec *pspec,
             guint      *n_saved)
{
  if (pl_autosave_get_state (autosave) == PL_SAVE_STATE_SAVED)
    (*n_saved)++;
}

static gboolean
on_quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, on_quit_cb, loop);
  g_main_loop_run (loop);
}

static void
test_autosave_after_edit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autofree char *dir = g_dir_make_tmp ("plenary-autosave-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "s.plenary", NULL);
  g_autoptr(PlAutosave) autosave = NULL;
  g_autoptr(PlSession) reloaded = NULL;
  PlSessionSettings *settings;
  guint n_saved = 0;

  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (session, path, &error));
  autosave = pl_autosave_new (session, path);
  g_signal_connect (autosave, "notify::state", G_CALLBACK (on_state_cb), &n_saved);

  settings = pl_session_get_settings (session);
  pl_session_settings_set_venue (settings, "V");
  pl_session_settings_set_venue (settings, "Ve");
  pl_session_settings_set_venue (settings, "Geneva");
  g_assert_cmpint (pl_autosave_get_state (autosave), ==, PL_SAVE_STATE_UNSAVED);
  g_assert_true (pl_autosave_is_pending (autosave));

  run_for (PL_AUTOSAVE_DELAY_MS + 300);
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_cmpint (pl_autosave_get_state (autosave), ==, PL_SAVE_STATE_SAVED);
  g_assert_false (pl_history_get_modified (pl_session_get_history (session)));

  reloaded = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_session_settings_get_venue (pl_session_get_settings (reloaded)), ==, "Geneva");

  g_remove (path);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_remove (backup);
  g_rmdir (dir);
}

static void
test_autosave_without_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlAutosave) autosave = pl_autosave_new (session, NULL);

  pl_session_settings_set_venue (pl_session_get_settings (session), "Nowhere");
  g_assert_false (pl_autosave_is_pending (autosave));
  g_assert_cmpint (pl_autosave_get_state (autosave), ==, PL_SAVE_STATE_UNSAVED);
  g_assert_false (pl_autosave_save_now (autosave, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
}

static void
test_autosave_error_keeps_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlAutosave) autosave = pl_autosave_new (session, "/nonexistent-dir/s.plenary");

  pl_session_settings_set_venue (pl_session_get_settings (session), "X");
  g_assert_false (pl_autosave_save_now (autosave, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (pl_autosave_get_state (autosave), ==, PL_SAVE_STATE_ERROR);
  g_assert_nonnull (pl_autosave_get_error (autosave));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/autosave/after-edit", test_autosave_after_edit);
  g_test_add_func ("/autosave/without-path", test_autosave_without_path);
  g_test_add_func ("/autosave/error", test_autosave_error_keeps_file);

  return g_test_run ();
}
