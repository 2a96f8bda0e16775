/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-bureau.h"

G_BEGIN_DECLS

#define PL_TYPE_BUREAU_SEAT_ROW (pl_bureau_seat_row_get_type ())

G_DECLARE_FINAL_TYPE (PlBureauSeatRow, pl_bureau_seat_row, PL, BUREAU_SEAT_ROW, GtkListBoxRow)

GtkWidget *pl_bureau_seat_row_new         (PlBureau        *bureau,
                                           PlSeat          *seat);
PlSeat    *pl_bureau_seat_row_get_seat    (PlBureauSeatRow *self);
void       pl_bureau_seat_row_sync        (PlBureauSeatRow *self);
void       pl_bureau_seat_row_focus_state (PlBureauSeatRow *self);

G_END_DECLS
