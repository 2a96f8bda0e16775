/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_NEW_SESSION_DIALOG (pl_new_session_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlNewSessionDialog, pl_new_session_dialog, PL, NEW_SESSION_DIALOG, AdwWindow)

GtkWidget *pl_new_session_dialog_new               (GtkWindow          *parent);
gboolean   pl_new_session_dialog_set_previous_path (PlNewSessionDialog *self,
                                                    const char         *path);

G_END_DECLS
