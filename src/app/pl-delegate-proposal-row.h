/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-cosponsor-request.h"
#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATE_PROPOSAL_ROW (pl_delegate_proposal_row_get_type ())

G_DECLARE_FINAL_TYPE (PlDelegateProposalRow, pl_delegate_proposal_row, PL, DELEGATE_PROPOSAL_ROW, AdwActionRow)

GtkWidget          *pl_delegate_proposal_row_new          (PlSession             *session,
                                                           PlProposal            *proposal,
                                                           const char            *delegation);
PlProposal         *pl_delegate_proposal_row_get_proposal (PlDelegateProposalRow *self);
const char         *pl_delegate_proposal_row_get_state    (PlDelegateProposalRow *self);

G_END_DECLS
