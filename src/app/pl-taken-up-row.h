/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PL_TYPE_TAKEN_UP_ROW (pl_taken_up_row_get_type ())

G_DECLARE_FINAL_TYPE (PlTakenUpRow, pl_taken_up_row, PL, TAKEN_UP_ROW, AdwActionRow)

GtkWidget *pl_taken_up_row_new (const char *item_id,
                                const char *label,
                                const char *note);

G_END_DECLS
