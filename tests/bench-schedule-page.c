/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-documents-page.h"
#include "pl-samples.h"
#include "pl-schedule-page.h"
#include "pl-schedule.h"
#include "pl-test-support.h"

/*
 * Showing the Organization of work page (it builds its cards when shown)
 * until the frame that paints it, with the sample and with the large
 * generated session given the default pattern and its 120 items spread
 * over the 10 meetings; beside the same figure for the Documents page
 * (a GtkColumnView of the large session's 400 documents), measured in the
 * same run. Medians of RUNS; no assertion on speed.
 */

#define RUNS 7

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  painted = TRUE;
}

static double
show_page_ms (GtkWindow *window,
              GType      type,
              PlSession *session)
{
  GtkWidget *page = g_object_new (type, "session", session, NULL);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  gint64 start;

  /* Let pending frames go by first. */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  painted = FALSE;
  start = g_get_monotonic_time ();
  gtk_window_set_child (window, page);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, handler);
  gtk_window_set_child (window, NULL);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_ms (GtkWindow *window,
           GType      type,
           PlSession *session)
{
  double runs[RUNS];

  for (guint i = 0; i < RUNS; i++)
    runs[i] = show_page_ms (window, type, session);
  qsort (runs, RUNS, sizeof (double), compare_doubles);

  return runs[RUNS / 2];
}

static PlSession *
large_session_scheduled (void)
{
  PlSession *session = pl_test_generate_large_session (42);
  g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;

  if (!pl_schedule_create_default_pattern (schedule, NULL, &error))
    g_error ("default pattern: %s", error->message);

  meetings = pl_schedule_list_meetings (session);
  g_assert_cmpuint (meetings->len, >, 0);
  for (guint i = 0; i < items->len; i++)
    if (!pl_schedule_assign_item (schedule, g_ptr_array_index (meetings, i * meetings->len / items->len),
                                  g_ptr_array_index (items, i), -1, &error))
      g_error ("assign: %s", error->message);

  return session;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PlSession) sample = NULL;
  g_autoptr(PlSession) large = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  GtkWindow *window;
  double reference, with_sample, with_large;

  gtk_init ();
  adw_init ();

  if ((sample = pl_samples_load (&error)) == NULL)
    g_error ("sample: %s", error->message);
  large = large_session_scheduled ();
  meetings = pl_schedule_list_meetings (large);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_present (window);
  while (gtk_widget_get_frame_clock (GTK_WIDGET (window)) == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  reference = median_ms (window, PL_TYPE_DOCUMENTS_PAGE, large);
  with_sample = median_ms (window, PL_TYPE_SCHEDULE_PAGE, sample);
  with_large = median_ms (window, PL_TYPE_SCHEDULE_PAGE, large);

  g_print ("page shown to its first frame (median of %d runs)\n", RUNS);
  g_print ("  Documents page, large session, 400 documents (reference): %8.1f ms\n", reference);
  g_print ("  Organization of work page, sample session:                %8.1f ms  ratio %.2f\n",
           with_sample, with_sample / reference);
  g_print ("  Organization of work page, large session, %u meetings:     %8.1f ms  ratio %.2f\n",
           meetings->len, with_large, with_large / reference);

  gtk_window_destroy (window);

  return 0;
}
