/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-fullscreen.h"

/* The live mode's controls and the room display both go full screen the
 * same way (F11 toggles, Escape only ever leaves); one pair of actions
 * keeps the two from drifting apart. */

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_unfullscreen (GTK_WINDOW (widget));
}

/**
 * pl_fullscreen_install_actions:
 * @widget_class: the class of a #GtkWindow subclass
 * @toggle_name: the action that goes full screen or back, e.g. "room.fullscreen"
 * @leave_name: the action that only leaves full screen (Escape's)
 *
 * Installs the two actions; the caller binds its keys to them.
 */
void
pl_fullscreen_install_actions (GtkWidgetClass *widget_class,
                               const char     *toggle_name,
                               const char     *leave_name)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), GTK_TYPE_WINDOW));

  gtk_widget_class_install_action (widget_class, toggle_name, NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, leave_name, NULL, leave_action);
}
