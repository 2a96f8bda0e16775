/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-office-holder.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_OFFICE_HOLDER_ROW (pl_office_holder_row_get_type ())

G_DECLARE_FINAL_TYPE (PlOfficeHolderRow, pl_office_holder_row, PL, OFFICE_HOLDER_ROW, GtkListBoxRow)

GtkWidget      *pl_office_holder_row_new        (PlSession         *session,
                                                 PlOfficeHolder    *holder,
                                                 GPtrArray         *group_names);
PlOfficeHolder *pl_office_holder_row_get_holder (PlOfficeHolderRow *self);
void            pl_office_holder_row_sync       (PlOfficeHolderRow *self,
                                                 GPtrArray         *group_ids);

G_END_DECLS
