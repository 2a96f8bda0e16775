/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"

G_BEGIN_DECLS

#define PL_TYPE_ATTENDANCE_ROW (pl_attendance_row_get_type ())

G_DECLARE_FINAL_TYPE (PlAttendanceRow, pl_attendance_row, PL, ATTENDANCE_ROW, AdwActionRow)

GtkWidget  *pl_attendance_row_new               (PlDelegation    *delegation,
                                                 gboolean         state_party);
const char *pl_attendance_row_get_delegation_id (PlAttendanceRow *self);
const char *pl_attendance_row_get_name          (PlAttendanceRow *self);
gboolean    pl_attendance_row_get_state_party   (PlAttendanceRow *self);
gboolean    pl_attendance_row_get_present       (PlAttendanceRow *self);
void        pl_attendance_row_set_present       (PlAttendanceRow *self,
                                                 gboolean         present);

G_END_DECLS
