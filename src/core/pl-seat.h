/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-enums.h"
#include "pl-officer.h"

G_BEGIN_DECLS

#define PL_TYPE_SEAT (pl_seat_get_type ())

G_DECLARE_FINAL_TYPE (PlSeat, pl_seat, PL, SEAT, GObject)

const char      *pl_seat_get_id                  (PlSeat *self);
const char      *pl_seat_get_title               (PlSeat *self);
PlOffice         pl_seat_get_office              (PlSeat *self);
const char      *pl_seat_get_regional_group      (PlSeat *self);
const char      *pl_seat_get_regional_group_name (PlSeat *self);
PlOfficer       *pl_seat_get_officer             (PlSeat *self);
PlOfficerStatus  pl_seat_get_status              (PlSeat *self);
const char      *pl_seat_get_delegation_name     (PlSeat *self);
const char      *pl_seat_get_person              (PlSeat *self);
GListModel      *pl_seat_get_findings            (PlSeat *self);
guint            pl_seat_get_n_findings          (PlSeat *self);

/* For PlBureau, which owns the seats and keeps them current. */
PlSeat          *_pl_seat_new                    (const char *id,
                                                  const char *title,
                                                  PlOffice    office,
                                                  const char *regional_group,
                                                  const char *regional_group_name);
void             _pl_seat_update                 (PlSeat     *self,
                                                  PlOfficer  *officer,
                                                  const char *delegation_name,
                                                  GPtrArray  *findings);

G_END_DECLS
