/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Read-only by construction (issue 18, point 2): the actions of a widget
 * class that edit are turned off while the widget is read-only, and kept
 * off whatever the widget's own code later asks (a page enabling "Delete"
 * when a row is selected). The class says which of its actions are safe
 * (navigation, export, copy, find); every other action it installed
 * counts as an edit, so that a new action is off for a delegate unless
 * someone decides otherwise.
 */

void     pl_action_guard_set_read_only  (GtkWidget          *widget,
                                         GtkWidget          *host,
                                         GType               owner_base,
                                         const char * const *safe_actions,
                                         gboolean            read_only);
gboolean pl_action_guard_is_guarded     (GtkWidget          *widget,
                                         const char         *action_name);

G_END_DECLS
