/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PL_TYPE_JOIN_DIALOG (pl_join_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlJoinDialog, pl_join_dialog, PL, JOIN_DIALOG, AdwWindow)

PlJoinDialog *pl_join_dialog_new             (GtkWindow    *parent);
void          pl_join_dialog_open_invitation (PlJoinDialog *self,
                                              GFile        *file);

G_END_DECLS
