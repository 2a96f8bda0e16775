/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the widget tests (test-widgets, test-floor) share beyond
 * pl-test-support.h: finding the widgets they drive. */

GtkWidget *pl_test_find_widget (GtkWidget  *widget,
                                GType       type,
                                const char *name);

guint      pl_test_count_buttons (GtkWidget  *widget,
                                  const char *name);

G_END_DECLS
