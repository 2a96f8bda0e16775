/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

/* Words the Proposals page, its editor and its dialogs share. */

const char *pl_proposal_kind_label      (PlProposalKind           kind);
const char *pl_proposal_status_label    (PlProposalStatus         status);
const char *pl_proposal_financial_label (PlFinancialImplications  financial);
const char *pl_proposal_body_label      (PlMeetingBody            body);
char       *pl_proposal_adopted_label   (PlProposal              *proposal);
char       *pl_proposal_sponsors_label  (PlSession               *session,
                                         PlProposal              *proposal);
char       *pl_proposal_meeting_label   (PlMeeting               *meeting);
GDateTime  *pl_proposal_now             (PlSession               *session);

G_END_DECLS
