/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pl-export.h"
#include "pl-render.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * Export time of the annotated provisional agenda and of the reports
 * (credentials, participants, Bureau, speakers) per format, for the
 * sample and for the large generated session, each beside its reference
 * measured in the same run: json-glib alone parsing the same session file
 * (as bench-session does). Median of several runs; build + render, no
 * file write.
 */

#define RUNS 9

typedef struct
{
  PlSession      *session;
  PlExportWhat    what;
  PlExportFormat  format;
} ExportData;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench_json_parse (gpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_mapped_file (parser, data, &error))
    g_error ("%s", error->message);
}

static gsize last_size;
static guint last_pages;

static void
bench_export (gpointer data)
{
  ExportData *export = data;
  g_autoptr(PlDocModel) model = pl_export_build (export->session, export->what, "en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pl_export_render (model, export->format, &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
  last_size = g_bytes_get_size (bytes);
}

static void
bench_paginate (gpointer data)
{
  ExportData *export = data;
  g_autoptr(PlDocModel) model = pl_export_build (export->session, PL_EXPORT_WHAT_AGENDA, "en");
  g_autoptr(PlRenderPagination) pagination = pl_render_paginate (model, PL_RENDER_A4_WIDTH, PL_RENDER_A4_HEIGHT);

  last_pages = pl_render_pagination_get_n_pages (pagination);
}

static double
median_ms (void (*func) (gpointer), gpointer data)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

static void
bench_session (const char *label,
               PlSession  *session,
               const char *dir)
{
  static const struct { const char *name; PlExportFormat format; } formats[] = {
    { "pdf", PL_EXPORT_FORMAT_PDF }, { "html", PL_EXPORT_FORMAT_HTML },
    { "odt", PL_EXPORT_FORMAT_ODT }, { "md", PL_EXPORT_FORMAT_MD },
  };
  g_autofree char *path = g_strdup_printf ("%s/%s.plenary", dir, label);
  g_autoptr(GError) error = NULL;
  static const struct { const char *name; PlExportWhat what; } reports[] = {
    { "credentials", PL_EXPORT_WHAT_CREDENTIALS }, { "participants", PL_EXPORT_WHAT_PARTICIPANTS },
    { "bureau", PL_EXPORT_WHAT_BUREAU }, { "speakers", PL_EXPORT_WHAT_SPEAKERS },
  };
  ExportData data = { session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_PDF };
  double parse_ms, ms;

  if (!pl_session_file_save (session, path, &error))
    g_error ("%s", error->message);
  parse_ms = median_ms (bench_json_parse, path);

  ms = median_ms (bench_paginate, &data);
  g_print ("%-17s %-7s %9.2f ms   %-16s %8.2f ms   ratio %7.2f   (%u pages)\n",
           "paginate", label, ms, "json-glib parse", parse_ms, ms / parse_ms, last_pages);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *what = g_strdup_printf ("export %s", formats[i].name);

      data.format = formats[i].format;
      ms = median_ms (bench_export, &data);
      g_print ("%-17s %-7s %9.2f ms   %-16s %8.2f ms   ratio %7.2f   (%" G_GSIZE_FORMAT " bytes)\n",
               what, label, ms, "json-glib parse", parse_ms, ms / parse_ms, last_size);
    }

  /* The reports of issues 6-8, each in every document format. */
  for (guint r = 0; r < G_N_ELEMENTS (reports); r++)
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      {
        g_autofree char *what = g_strdup_printf ("%s %s", reports[r].name, formats[i].name);

        data.what = reports[r].what;
        data.format = formats[i].format;
        ms = median_ms (bench_export, &data);
        g_print ("%-17s %-7s %9.2f ms   %-16s %8.2f ms   ratio %7.2f   (%" G_GSIZE_FORMAT " bytes)\n",
                 what, label, ms, "json-glib parse", parse_ms, ms / parse_ms, last_size);
      }
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autoptr(PlSession) large = NULL;
  g_autofree char *dir = g_dir_make_tmp ("plenary-bench-export-XXXXXX", &error);

  g_assert_no_error (error);
  large = pl_test_generate_large_session (1);

  g_print ("# annotated provisional agenda and the reports (credentials, participants, Bureau,\n"
           "# speakers), build + render in memory; median of %d runs\n", RUNS);
  g_print ("# reference: json-glib parsing the same session file, same run\n");
  bench_session ("sample", sample, dir);
  bench_session ("large", large, dir);
  g_rmdir (dir);

  return 0;
}
