/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PL_TYPE_ADD_ORGANIZATION_DIALOG (pl_add_organization_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlAddOrganizationDialog, pl_add_organization_dialog, PL, ADD_ORGANIZATION_DIALOG, AdwWindow)

GtkWidget *pl_add_organization_dialog_new (GtkWindow  *parent,
                                           GListModel *categories,
                                           guint       category);

G_END_DECLS
