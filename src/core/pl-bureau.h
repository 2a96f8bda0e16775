/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-seat.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_BUREAU (pl_bureau_get_type ())

G_DECLARE_FINAL_TYPE (PlBureau, pl_bureau, PL, BUREAU, GObject)

PlBureau    *pl_bureau_new                (PlSession  *session);
PlSession   *pl_bureau_get_session        (PlBureau   *self);
PlSeat      *pl_bureau_get_seat           (PlBureau   *self,
                                           const char *seat_id);
GListModel  *pl_bureau_get_findings       (PlBureau   *self);
GListModel  *pl_bureau_get_group_findings (PlBureau   *self,
                                           const char *regional_group);
guint        pl_bureau_get_n_seats        (PlBureau   *self);
guint        pl_bureau_get_n_nominated    (PlBureau   *self);
guint        pl_bureau_get_n_elected      (PlBureau   *self);
guint        pl_bureau_get_n_unmet        (PlBureau   *self);
const char  *pl_bureau_get_summary        (PlBureau   *self);

void         pl_bureau_nominate           (PlBureau   *self,
                                           const char *seat_id,
                                           const char *delegation_id,
                                           const char *person,
                                           const char *nominated_on);
void         pl_bureau_elect              (PlBureau   *self,
                                           const char *seat_id,
                                           const char *elected_on);
void         pl_bureau_withdraw           (PlBureau   *self,
                                           const char *seat_id,
                                           const char *withdrawn_on);
void         pl_bureau_vacate             (PlBureau   *self,
                                           const char *seat_id);

G_END_DECLS
