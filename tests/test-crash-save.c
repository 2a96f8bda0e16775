/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * A process saves a large session in a loop, a new title each time; we
 * kill it with SIGKILL at random moments, 200 times, and after each kill
 * the file must load, as one complete version or another. It saves as
 * the autosave does, through the cache of the records' texts (the file
 * written in pieces, issue 23); pl_session_file_save() shares the rest.
 */

#define N_KILLS 200

static int
run_saver (const char *path)
{
  g_autoptr(PlSession) session = pl_test_generate_large_session (7);
  g_autoptr(PlSaveCache) cache = pl_save_cache_new ();

  for (guint i = 1; ; i++)
    {
      g_autofree char *title = g_strdup_printf ("iteration %u", i);
      g_autoptr(GError) error = NULL;

      pl_session_settings_set_title (pl_session_get_settings (session), title);
      if (!pl_session_file_save_cached (session, path, cache, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (i == 1)
        {
          /* Tell the parent the first version is on disk. */
          if (write (STDOUT_FILENO, "1", 1) != 1)
            return 1;
        }
    }
}

static void
test_kill_while_saving (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "large.plenary", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  const char *self = g_getenv ("PL_TEST_SELF");
  guint n_old = 0, n_new_titles = 0;
  guint last_iteration = 0;

  g_assert_nonnull (self);

  for (guint kill_no = 0; kill_no < N_KILLS; kill_no++)
    {
      const char *argv[] = { self, "--saver", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(PlSession) loaded = NULL;
      GPid pid;
      int out_fd, status;
      char c;
      const char *title;
      guint iteration;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* The first kill waits for one complete save; later ones may land
       * anywhere, before the first save of the new process included. */
      if (kill_no == 0)
        g_assert_cmpint (read (out_fd, &c, 1), ==, 1);
      g_usleep (g_rand_int_range (rand, 0, 400) * 1000);

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      close (out_fd);
      g_spawn_close_pid (pid);

      loaded = pl_session_file_load (path, &error);
      g_assert_no_error (error);
      title = pl_session_settings_get_title (pl_session_get_settings (loaded));
      g_assert_true (g_str_has_prefix (title, "iteration "));
      iteration = (guint) g_ascii_strtoull (title + strlen ("iteration "), NULL, 10);
      g_assert_cmpuint (iteration, >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (loaded, PL_TYPE_SPEAKER)), ==, 600);

      if (iteration == last_iteration)
        n_old++;
      else
        n_new_titles++;
      last_iteration = iteration;
    }

  g_test_message ("%u kills: %u found a version not seen before, %u the same as the last", N_KILLS,
                  n_new_titles, n_old);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--saver"))
    return run_saver (argv[2]);

  g_setenv ("PL_TEST_SELF", argv[0], TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash-save/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
