/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_TAKE_ACTION_DIALOG (pl_take_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlTakeActionDialog, pl_take_action_dialog, PL, TAKE_ACTION_DIALOG, AdwMessageDialog)

GtkWidget  *pl_take_action_dialog_new            (GtkWindow          *parent,
                                                  PlSession          *session,
                                                  PlProposal         *proposal);
PlProposal *pl_take_action_dialog_get_proposal   (PlTakeActionDialog *self);
const char *pl_take_action_dialog_get_meeting_id (PlTakeActionDialog *self);

G_END_DECLS
