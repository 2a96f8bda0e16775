/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-sync-engine.h"

G_BEGIN_DECLS

#define PL_TYPE_CONFLICTS_DIALOG (pl_conflicts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlConflictsDialog, pl_conflicts_dialog, PL, CONFLICTS_DIALOG, AdwWindow)

GtkWidget    *pl_conflicts_dialog_new        (GtkWindow        *parent,
                                              PlSyncEngine     *engine);
PlSyncEngine *pl_conflicts_dialog_get_engine (PlConflictsDialog *self);

G_END_DECLS
