/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_ADD_STATE_DIALOG (pl_add_state_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlAddStateDialog, pl_add_state_dialog, PL, ADD_STATE_DIALOG, AdwWindow)

GtkWidget *pl_add_state_dialog_new (GtkWindow *parent,
                                    PlSession *session);

G_END_DECLS
