/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void pl_fullscreen_install_actions (GtkWidgetClass *widget_class,
                                    const char     *toggle_name,
                                    const char     *leave_name);

G_END_DECLS
