/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_VOTE_DIALOG (pl_vote_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlVoteDialog, pl_vote_dialog, PL, VOTE_DIALOG, AdwWindow)

GtkWidget *pl_vote_dialog_new (GtkWindow  *parent,
                               PlSession  *session,
                               PlProposal *proposal);

G_END_DECLS
