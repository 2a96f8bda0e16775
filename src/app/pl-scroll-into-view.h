/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean pl_scroll_into_view       (GtkWidget *widget);
void     pl_scroll_into_view_later (GtkWidget *widget);

G_END_DECLS
