/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_MEMBER_ROW (pl_member_row_get_type ())

G_DECLARE_FINAL_TYPE (PlMemberRow, pl_member_row, PL, MEMBER_ROW, AdwExpanderRow)

GtkWidget  *pl_member_row_new           (PlSession    *session,
                                         PlDelegation *delegation,
                                         guint         index);
const char *pl_member_row_get_member_id (PlMemberRow  *self);

G_END_DECLS
