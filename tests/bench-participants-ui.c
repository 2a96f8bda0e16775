/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pl-participants-page.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * Issue 6: filtering and sorting the 250 delegations of the large session
 * per keystroke in the Participants page's column view, shown in a window
 * under Xvfb. A sequence of keystrokes is typed into the search (names and
 * ISO codes, typed and erased); each is timed from the text change to the
 * model having settled: the filter and the sort recomputed, the column
 * view told, and every source that change made pending run out. The
 * reference is the same GtkFilterListModel + GtkSortListModel chain (an
 * every-filter of an any-filter of the two string filters and a custom
 * filter, sorted by name) over the same store, without a view, measured
 * the same way in the same run. Medians; the ratio is view / reference.
 *
 * A second figure follows each keystroke to the frame that shows it
 * painted (the frame clock's "after-paint"): rows rebound, relaid out and
 * drawn. Frames are paced by the frame clock, so its reference is a redraw
 * of the same page with nothing changed, timed the same way.
 */

static const char *keystrokes[] = {
  "u", "un", "uni", "unit", "unite", "united", "unite", "unit", "uni", "un", "u", "",
  "b", "bu", "bur", "burk", "bur", "bu", "b", "",
  "f", "fr", "fra", "fr", "f", "",
  "rep", "repu", "repub", "republic", "repub", "rep", "",
  "z", "za", "zaf", "za", "z", "",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* From now to the end of the next frame painted. */
static double
until_painted (GtkWidget  *page,
               const char *search)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (page);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gint64 start = g_get_monotonic_time ();

  /* A keystroke that leaves the same rows changes nothing to draw: the
   * redraw makes sure a frame comes either way. */
  if (search != NULL)
    pl_delegation_table_page_set_search (PL_DELEGATION_TABLE_PAGE (page), search);
  gtk_widget_queue_draw (page);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean
reference_facet_cb (gpointer item,
                    gpointer user_data)
{
  /* What the page's facet filter does with every facet at "All". */
  return pl_delegation_get_category (item) <= PL_DELEGATION_CATEGORY_NGO_OTHER;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PlSession) session = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GArray) view_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) model_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GtkStringFilter) name_filter = NULL;
  g_autoptr(GtkStringFilter) iso_filter = NULL;
  g_autoptr(GtkFilterListModel) filter_model = NULL;
  g_autoptr(GtkSortListModel) sort_model = NULL;
  GtkFilter *any, *every;
  GListModel *delegations, *view_model;
  GtkWidget *window, *page;
  const guint rounds = 5;
  double view_ms, model_ms;

  gtk_init ();
  adw_init ();

  /* bench-participants-ui [LABEL=FILE]: that session (tests/bench-all.py
   * passes large=… or huge=…) instead of the generated large one. */
  if (argc > 1)
    {
      g_autoptr(GError) error = NULL;
      const char *eq = strchr (argv[1], '=');

      if (eq == NULL)
        g_error ("usage: bench-participants-ui [LABEL=FILE]");
      label = g_strndup (argv[1], eq - argv[1]);
      session = pl_session_file_load (eq + 1, &error);
      g_assert_no_error (error);
    }
  else
    {
      label = g_strdup ("large");
      session = pl_test_generate_large_session (1);
    }
  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = pl_participants_page_new (session);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (500);
  view_model = pl_delegation_table_page_get_model (PL_DELEGATION_TABLE_PAGE (page));

  name_filter = gtk_string_filter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name"));
  iso_filter = gtk_string_filter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "iso3"));
  any = GTK_FILTER (gtk_any_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (name_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (iso_filter)));
  every = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), any);
  gtk_multi_filter_append (GTK_MULTI_FILTER (every),
                           GTK_FILTER (gtk_custom_filter_new (reference_facet_cb, NULL, NULL)));
  filter_model = gtk_filter_list_model_new (g_object_ref (delegations), every);
  sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (filter_model)),
                                        GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name"))));

  for (guint round = 0; round < rounds; round++)
    for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
      {
        gint64 start;
        double ms;

        start = g_get_monotonic_time ();
        pl_delegation_table_page_set_search (PL_DELEGATION_TABLE_PAGE (page), keystrokes[k]);
        drain ();
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (view_times, ms);

        start = g_get_monotonic_time ();
        gtk_string_filter_set_search (name_filter, keystrokes[k]);
        gtk_string_filter_set_search (iso_filter, keystrokes[k]);
        drain ();
        ms = (g_get_monotonic_time () - start) / 1000.0;
        g_array_append_val (model_times, ms);

        /* Both chains must agree, or the figures compare different work. */
        if (g_list_model_get_n_items (view_model) != g_list_model_get_n_items (G_LIST_MODEL (sort_model)))
          g_error ("“%s”: the page shows %u delegations, the reference %u", keystrokes[k],
                   g_list_model_get_n_items (view_model), g_list_model_get_n_items (G_LIST_MODEL (sort_model)));

        /* Let the page paint, as between two keystrokes. */
        spin (20);
      }

  g_print ("delegations: %u, keystrokes: %u x %u\n", g_list_model_get_n_items (delegations),
           (guint) G_N_ELEMENTS (keystrokes), rounds);
  view_ms = median (view_times);
  model_ms = median (model_times);
  what = g_strdup_printf ("keystroke %s, column view (median)", label);
  g_print ("%-36s %9.3f ms   %-36s %9.3f ms   ratio %6.2f\n",
           what, view_ms,
           "filter+sort models alone (median)", model_ms, view_ms / model_ms);

  /* To the painted frame. */
  {
    g_autoptr(GArray) paint_times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) redraw_times = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint round = 0; round < rounds; round++)
      for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
        {
          double ms = until_painted (page, keystrokes[k]);

          g_array_append_val (paint_times, ms);
          ms = until_painted (page, NULL);
          g_array_append_val (redraw_times, ms);
        }

    view_ms = median (paint_times);
    model_ms = median (redraw_times);
    g_free (what);
    what = g_strdup_printf ("keystroke %s to painted frame (median)", label);
    g_print ("%-36s %9.3f ms   %-36s %9.3f ms   ratio %6.2f\n",
             what, view_ms,
             "redraw, nothing changed (median)", model_ms, view_ms / model_ms);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);

  return 0;
}
