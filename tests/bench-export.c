/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

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

/* Fewer runs on files (bench-all: the huge agenda takes seconds). */
static guint n_runs = RUNS;

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

  for (guint i = 0; i < n_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, n_runs, sizeof (double), compare_doubles);
  return times[n_runs / 2];
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

/* Issue 23's references for the agenda PDF, the way a secretariat would
 * otherwise make it and the typesetting library's own limit:
 * - LibreOffice headless converting the flat ODT Plenary wrote of the
 *   same agenda (`soffice --headless --convert-to pdf`), with a profile
 *   of its own, started once before the runs so that its first-start
 *   set-up is not counted;
 * - Pango laying out the same paragraphs (every heading, paragraph and
 *   table cell's plain text, in the export's serif at 11 pt, across the
 *   text width of an A4 page) and cairo drawing them page after page into
 *   a PDF, without Plenary: no model, no pagination rules. */

#define SOFFICE_RUNS 3
#define TEXT_WIDTH (PL_RENDER_A4_WIDTH - 2 * 64.0)
#define TEXT_HEIGHT (PL_RENDER_A4_HEIGHT - 2 * 64.0)

static void
collect_runs (GPtrArray *texts,
              GPtrArray *runs)
{
  if (runs != NULL)
    g_ptr_array_add (texts, pl_doc_runs_to_plain (runs));
}

static GPtrArray *
paragraphs_of (PlDocModel *model)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < pl_doc_model_get_n_blocks (model); i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);

      collect_runs (texts, block->runs);
      if (block->table != NULL)
        {
          for (guint c = 0; block->table->header != NULL && c < block->table->header->len; c++)
            collect_runs (texts, block->table->header->pdata[c]);
          for (guint r = 0; r < block->table->rows->len; r++)
            {
              PlDocRow *row = block->table->rows->pdata[r];

              for (guint c = 0; c < row->cells->len; c++)
                collect_runs (texts, row->cells->pdata[c]);
            }
        }
    }
  for (guint i = 0; i < pl_doc_model_get_n_footnotes (model); i++)
    collect_runs (texts, pl_doc_model_get_footnote (model, i)->runs);
  return texts;
}

static gsize pango_size;
static guint pango_pages;

static cairo_status_t
count_bytes (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  pango_size += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
bench_pango (gpointer data)
{
  GPtrArray *texts = data;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (count_bytes, NULL, PL_RENDER_A4_WIDTH,
                                                                  PL_RENDER_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Liberation Serif,DejaVu Serif,serif 11");
  double y = 0;

  pango_size = 0;
  pango_pages = 1;
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (TEXT_WIDTH));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < texts->len; i++)
    {
      int height;

      pango_layout_set_text (layout, texts->pdata[i], -1);
      pango_layout_get_size (layout, NULL, &height);
      if (y > 0 && y + pango_units_to_double (height) > TEXT_HEIGHT)
        {
          cairo_show_page (cr);
          pango_pages++;
          y = 0;
        }
      cairo_move_to (cr, 64.0, 64.0 + y);
      pango_cairo_show_layout (cr, layout);
      y += pango_units_to_double (height) + 6;
    }
  cairo_show_page (cr);
  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

static double
soffice_ms (const char *profile_url,
            const char *fodt,
            const char *outdir)
{
  g_autofree char *env = g_strconcat ("-env:UserInstallation=", profile_url, NULL);
  const char *argv[] = { "soffice", env, "--headless", "--norestore", "--convert-to", "pdf",
                         "--outdir", outdir, fodt, NULL };
  g_autoptr(GError) error = NULL;
  int wait_status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                     G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &wait_status, &error) ||
      !g_spawn_check_wait_status (wait_status, &error))
    g_error ("soffice: %s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The agenda PDF of one session beside LibreOffice and Pango. */
static void
bench_agenda_pdf (const char *label,
                  PlSession  *session,
                  const char *dir)
{
  ExportData data = { session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_PDF };
  g_autoptr(PlDocModel) model = pl_export_build (session, PL_EXPORT_WHAT_AGENDA, "en");
  g_autoptr(GPtrArray) texts = paragraphs_of (model);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) fodt = pl_export_render (model, PL_EXPORT_FORMAT_ODT, &error);
  g_autofree char *fodt_path = g_strdup_printf ("%s/agenda-%s.fodt", dir, label);
  g_autofree char *pdf_path = g_strdup_printf ("%s/agenda-%s.pdf", dir, label);
  g_autofree char *profile = g_strdup_printf ("%s/soffice-profile", dir);
  g_autofree char *profile_url = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *what = NULL;
  double runs[SOFFICE_RUNS];
  double ms, pango_ms, soffice;
  gsize plenary_size;
  guint plenary_pages;

  g_assert_no_error (error);
  if (!g_file_set_contents (fodt_path, g_bytes_get_data (fodt, NULL), g_bytes_get_size (fodt), &error))
    g_error ("%s", error->message);

  ms = median_ms (bench_export, &data);
  plenary_size = last_size;
  bench_paginate (&data);
  plenary_pages = last_pages;
  pango_ms = median_ms (bench_pango, texts);

  soffice_ms (profile_url, fodt_path, dir);
  for (guint i = 0; i < SOFFICE_RUNS; i++)
    runs[i] = soffice_ms (profile_url, fodt_path, dir);
  qsort (runs, SOFFICE_RUNS, sizeof (double), compare_doubles);
  soffice = runs[SOFFICE_RUNS / 2];

  g_print ("# agenda %s: Plenary's PDF %u pages, %" G_GSIZE_FORMAT " bytes; Pango's %u pages, %" G_GSIZE_FORMAT
           " bytes, %u paragraphs; the .fodt %" G_GSIZE_FORMAT " bytes\n",
           label, plenary_pages, plenary_size, pango_pages, pango_size, texts->len, g_bytes_get_size (fodt));
  what = g_strdup_printf ("agenda pdf %s", label);
  g_print ("%-17s %9.2f ms   %-30s %9.2f ms   ratio %7.2f\n", what, ms, "LibreOffice converting the .fodt",
           soffice, ms / soffice);
  g_print ("%-17s %9.2f ms   %-30s %9.2f ms   ratio %7.2f\n", what, ms, "Pango laying out the paragraphs",
           pango_ms, ms / pango_ms);
  g_unlink (fodt_path);
  g_unlink (pdf_path);
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

  /* bench-export LABEL=FILE...: the agenda PDF of these sessions
   * (tests/bench-all.py passes large=… huge=…) beside issue 23's
   * references; the other exports are in the default run. */
  if (argc > 1)
    {
      n_runs = 5;
      g_print ("# agenda PDF beside LibreOffice (median of %d) and Pango (median of %u)\n", SOFFICE_RUNS, n_runs);
      for (int i = 1; i < argc; i++)
        {
          const char *eq = strchr (argv[i], '=');
          g_autofree char *label = NULL;
          g_autoptr(PlSession) session = NULL;

          if (eq == NULL)
            g_error ("usage: bench-export [LABEL=FILE...]");
          label = g_strndup (argv[i], eq - argv[i]);
          session = pl_session_file_load (eq + 1, &error);
          g_assert_no_error (error);
          bench_agenda_pdf (label, session, dir);
        }
      return 0;
    }

  large = pl_test_generate_large_session (1);

  g_print ("# annotated provisional agenda and the reports (credentials, participants, Bureau,\n"
           "# speakers), build + render in memory; median of %d runs\n", RUNS);
  g_print ("# reference: json-glib parsing the same session file, same run\n");
  bench_session ("sample", sample, dir);
  bench_session ("large", large, dir);
  g_rmdir (dir);

  return 0;
}
