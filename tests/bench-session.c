/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pl-check.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * Load and save times of the sample and of the large generated session,
 * each beside its reference measured in the same run: json-glib alone
 * parsing the same file. Median of several runs; prints a table.
 */

#define RUNS 15

/* Fewer runs on files (bench-all: the huge session loads in seconds). */
static guint runs = RUNS;

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (BenchFunc func,
           gpointer  data)
{
  double times[RUNS];

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  return times[runs / 2];
}

static void
bench_json_parse (gpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_mapped_file (parser, data, &error))
    g_error ("%s", error->message);
}

static void
bench_load (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load (data, &error);

  if (session == NULL)
    g_error ("%s", error->message);
}

typedef struct
{
  PlSession  *session;
  const char *path;
} SaveData;

static void
bench_save (gpointer data)
{
  SaveData *save = data;
  g_autoptr(GError) error = NULL;

  if (!pl_session_file_save (save->session, save->path, &error))
    g_error ("%s", error->message);
}

static void
bench_serialize (gpointer data)
{
  g_free (pl_session_file_serialize (data, NULL));
}

static void
bench_check (gpointer data)
{
  g_object_unref (pl_check_session (data));
}

static void
report (const char *what,
        const char *session,
        double      ms,
        const char *reference,
        double      reference_ms)
{
  g_print ("%-10s %-8s %9.2f ms   %-24s %9.2f ms   ratio %6.2f\n",
           what, session, ms, reference, reference_ms, ms / reference_ms);
}

static void
bench_session (const char *label,
               PlSession  *session,
               const char *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.plenary", dir, label);
  g_autoptr(GError) error = NULL;
  SaveData save = { session, path };
  double parse_ms;
  GStatBuf st;

  if (!pl_session_file_save (session, path, &error))
    g_error ("%s", error->message);
  g_stat (path, &st);

  parse_ms = median_ms (bench_json_parse, path);
  g_print ("# %s: %" G_GOFFSET_FORMAT " bytes\n", label, (goffset) st.st_size);
  report ("load", label, median_ms (bench_load, path), "json-glib parse", parse_ms);
  report ("save", label, median_ms (bench_save, &save), "json-glib parse", parse_ms);
  report ("serialize", label, median_ms (bench_serialize, session), "json-glib parse", parse_ms);
  report ("check", label, median_ms (bench_check, session), "json-glib parse", parse_ms);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autoptr(PlSession) large = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-bench-XXXXXX", &error);
  gint64 start;

  g_assert_no_error (error);

  /* bench-session LABEL=FILE...: these sessions (tests/bench-all.py
   * passes large=… huge=…) instead of the sample and the generated one. */
  if (argc > 1)
    {
      runs = 5;
      g_print ("# median of %u runs each\n", runs);
      for (int i = 1; i < argc; i++)
        {
          const char *eq = strchr (argv[i], '=');
          g_autofree char *label = NULL;
          g_autoptr(PlSession) session = NULL;

          if (eq == NULL)
            g_error ("usage: bench-session [LABEL=FILE...]");
          label = g_strndup (argv[i], eq - argv[i]);
          session = pl_session_file_load (eq + 1, &error);
          g_assert_no_error (error);
          bench_session (label, session, dir);
        }
      return 0;
    }

  start = g_get_monotonic_time ();
  large = pl_test_generate_large_session (1);
  g_print ("# large session generated in %.1f ms: 250 delegations x 12 members, 120 items, "
           "400 documents, 600 speakers\n", (g_get_monotonic_time () - start) / 1000.0);
  g_print ("# median of %d runs each\n", RUNS);

  bench_session ("sample", sample, dir);
  bench_session ("large", large, dir);

  return 0;
}
