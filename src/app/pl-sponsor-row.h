/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SPONSOR_ROW (pl_sponsor_row_get_type ())

G_DECLARE_FINAL_TYPE (PlSponsorRow, pl_sponsor_row, PL, SPONSOR_ROW, AdwActionRow)

GtkWidget  *pl_sponsor_row_new             (PlSession  *session,
                                            JsonObject *sponsor);
const char *pl_sponsor_row_get_delegation  (PlSponsorRow *self);

G_END_DECLS
