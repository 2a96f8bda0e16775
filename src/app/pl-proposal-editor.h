/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_PROPOSAL_EDITOR (pl_proposal_editor_get_type ())

G_DECLARE_FINAL_TYPE (PlProposalEditor, pl_proposal_editor, PL, PROPOSAL_EDITOR, AdwBin)

GtkWidget  *pl_proposal_editor_new          (void);
void        pl_proposal_editor_set_session  (PlProposalEditor *self,
                                             PlSession        *session);
PlProposal *pl_proposal_editor_get_proposal (PlProposalEditor *self);
void        pl_proposal_editor_set_proposal (PlProposalEditor *self,
                                             PlProposal       *proposal);
void        pl_proposal_editor_update       (PlProposalEditor *self);
void        pl_proposal_editor_add_sponsor  (PlProposalEditor *self);
void        pl_proposal_editor_withdraw_sponsor (PlProposalEditor *self,
                                                 const char       *delegation_id);

G_END_DECLS
