/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-enums.h"

G_BEGIN_DECLS

#define PL_TYPE_FINDING_LIST (pl_finding_list_get_type ())

G_DECLARE_FINAL_TYPE (PlFindingList, pl_finding_list, PL, FINDING_LIST, GtkWidget)

GtkWidget  *pl_finding_list_new       (GListModel    *model);
GListModel *pl_finding_list_get_model (PlFindingList *self);
void        pl_finding_list_set_model (PlFindingList *self,
                                       GListModel    *model);

GtkWidget  *pl_finding_list_severity_image_new (PlSeverity  severity);
const char *pl_finding_list_severity_name      (PlSeverity  severity);

G_END_DECLS
