/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-proposal.h"
#include "pl-session.h"
#include "pl-vote.h"

G_BEGIN_DECLS

PlDocModel *pl_proposals_report_build (PlSession  *session,
                                       const char *language);
PlDocModel *pl_decisions_report_build (PlSession  *session,
                                       const char *language);

/* Shared with the draft report (pl-draft-report.c), which words the
 * action taken on a proposal as the register does. */
const char *pl_proposals_report_kind_label   (const char     *language,
                                              PlProposalKind  kind);
gboolean    pl_proposals_report_has_ballots  (PlVote         *vote);
char       *pl_proposals_report_vote_phrase  (PlSession      *session,
                                              PlVote         *vote,
                                              const char     *language,
                                              gboolean       *with_abstentions);
PlVote     *pl_proposals_report_action_vote  (PlSession      *session,
                                              PlProposal     *proposal);
char       *pl_proposals_report_behalf_text  (PlSession      *session,
                                              const char     *behalf,
                                              const char     *language);
GPtrArray  *pl_proposals_report_voters       (PlSession      *session,
                                              PlVote         *vote,
                                              const char     *ballot);
char       *pl_proposals_report_comma_list   (const char     *language,
                                              GPtrArray      *names);

G_END_DECLS
