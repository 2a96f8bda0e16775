/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PL_TYPE_START_VIEW (pl_start_view_get_type ())

G_DECLARE_FINAL_TYPE (PlStartView, pl_start_view, PL, START_VIEW, AdwBin)

GMenuModel *pl_start_view_get_menu_model (PlStartView *self);
void        pl_start_view_set_menu_model (PlStartView *self,
                                          GMenuModel  *menu_model);
void        pl_start_view_set_settings   (PlStartView *self,
                                          GSettings   *settings);

G_END_DECLS
