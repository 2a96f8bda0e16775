/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-scroll-into-view.h"

/* Room left above or below a widget brought into view. */
#define MARGIN 12

/**
 * pl_scroll_into_view:
 *
 * Scrolls the nearest #GtkScrolledWindow around @widget so that @widget
 * is wholly visible, moving as little as it can. (GTK 4.8 has no
 * gtk_widget_scroll_to.)
 *
 * Returns: whether it scrolled
 */
gboolean
pl_scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  GtkAdjustment *adjustment;
  double value, height, target;

  if (scrolled == NULL || !gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return FALSE;

  height = gtk_widget_get_height (scrolled);
  if (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= height)
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  if (bounds.origin.y < 0)
    target = value + bounds.origin.y - MARGIN;
  else
    target = value + MIN (bounds.origin.y - MARGIN, bounds.origin.y + bounds.size.height - height + MARGIN);
  gtk_adjustment_set_value (adjustment, target);
  return TRUE;
}

static gboolean
scroll_when_allocated_cb (GtkWidget     *widget,
                          GdkFrameClock *frame_clock,
                          gpointer       user_data)
{
  if (!gtk_widget_get_visible (widget))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_width (widget) == 0)
    return G_SOURCE_CONTINUE;   /* shown a moment ago: not laid out yet */

  pl_scroll_into_view (widget);
  return G_SOURCE_REMOVE;
}

/**
 * pl_scroll_into_view_later:
 *
 * pl_scroll_into_view() once @widget, shown a moment ago (a message below
 * a field), has its place: at the next frame where it is laid out.
 */
void
pl_scroll_into_view_later (GtkWidget *widget)
{
  gtk_widget_add_tick_callback (widget, scroll_when_allocated_cb, NULL, NULL);
}
