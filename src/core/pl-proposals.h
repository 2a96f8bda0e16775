/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_PROPOSALS_ERROR (pl_proposals_error_quark ())

/**
 * PlProposalsError:
 * @PL_PROPOSALS_ERROR_SYMBOL: the symbol is not an L document's symbol
 * @PL_PROPOSALS_ERROR_SYMBOL_TAKEN: another proposal has that symbol
 * @PL_PROPOSALS_ERROR_NO_DELEGATION: a delegation named is not in the
 *   session
 * @PL_PROPOSALS_ERROR_SPONSOR: the delegation sponsors it already, or
 *   does not (withdrawing)
 * @PL_PROPOSALS_ERROR_WORKFLOW: the status cannot go there from where it
 *   is (an adopted text, a superseded revision...)
 * @PL_PROPOSALS_ERROR_WITHDRAWAL: rule 54: put to the vote, or amended by
 *   decision of the Conference
 * @PL_PROPOSALS_ERROR_AMENDS: an amendment to itself, to one of its own
 *   amendments, or to a proposal not in the session
 * @PL_PROPOSALS_ERROR_NUMBER: the number does not read "10/3", or another
 *   adopted text of the same kind has it
 * @PL_PROPOSALS_ERROR_BALLOT: a ballot for a State not in the session or
 *   not entitled to vote on the question
 * @PL_PROPOSALS_ERROR_ORDER: rule-wise order: an amendment after the
 *   proposal it amends, or a proposal before its pending amendments
 * @PL_PROPOSALS_ERROR_NO_DECISION: the vote cannot decide: no quorum, or
 *   a roll call not finished
 * @PL_PROPOSALS_ERROR_ANSWERED: the co-sponsorship request was accepted
 *   already
 * @PL_PROPOSALS_ERROR_NO_PROPOSAL: the proposal is not in the session
 *
 * Why the register refused a change; nothing was changed.
 */
typedef enum {
  PL_PROPOSALS_ERROR_SYMBOL,
  PL_PROPOSALS_ERROR_SYMBOL_TAKEN,
  PL_PROPOSALS_ERROR_NO_DELEGATION,
  PL_PROPOSALS_ERROR_SPONSOR,
  PL_PROPOSALS_ERROR_WORKFLOW,
  PL_PROPOSALS_ERROR_WITHDRAWAL,
  PL_PROPOSALS_ERROR_AMENDS,
  PL_PROPOSALS_ERROR_NUMBER,
  PL_PROPOSALS_ERROR_BALLOT,
  PL_PROPOSALS_ERROR_ORDER,
  PL_PROPOSALS_ERROR_NO_DECISION,
  PL_PROPOSALS_ERROR_ANSWERED,
  PL_PROPOSALS_ERROR_NO_PROPOSAL,
} PlProposalsError;

GQuark        pl_proposals_error_quark            (void);

gboolean      pl_proposal_symbol_parse            (const char         *symbol,
                                                   char              **base,
                                                   int                *revision,
                                                   GError            **error);
gboolean      pl_proposal_kind_is_numbered        (PlProposalKind      kind);

PlProposal   *pl_proposals_add                    (PlSession          *session,
                                                   PlProposalKind      kind,
                                                   const char         *symbol,
                                                   const char         *title,
                                                   GError            **error);
PlProposal   *pl_proposals_revise                 (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   GError            **error);
PlProposal   *pl_proposals_current                (PlSession          *session,
                                                   PlProposal         *proposal);
gboolean      pl_proposals_is_superseded          (PlSession          *session,
                                                   PlProposal         *proposal);
PlProposal   *pl_proposals_item_source            (PlSession          *session,
                                                   PlProposal         *proposal);
const char   *pl_proposals_item_of                (PlSession          *session,
                                                   PlProposal         *proposal);
gboolean      pl_proposals_set_amends             (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   const char         *amended_id,
                                                   GError            **error);
gboolean      pl_proposals_add_sponsor            (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   const char         *delegation_id,
                                                   gboolean            cosponsor,
                                                   const char         *on_behalf_of,
                                                   GDateTime          *joined,
                                                   GError            **error);
gboolean      pl_proposals_withdraw_sponsor       (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   const char         *delegation_id,
                                                   GDateTime          *withdrawn,
                                                   GError            **error);
gboolean      pl_proposals_is_sponsor             (PlProposal         *proposal,
                                                   const char         *delegation_id);
gboolean      pl_proposals_can_withdraw           (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   GError            **error);
gboolean      pl_proposals_set_status             (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   PlProposalStatus    status,
                                                   GError            **error);
gboolean      pl_proposals_take_action_without_vote (PlSession        *session,
                                                   PlProposal         *proposal,
                                                   const char         *meeting_id,
                                                   PlProposalStatus    outcome,
                                                   GError            **error);
gboolean      pl_proposals_record_vote            (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   PlVote             *vote,
                                                   GError            **error);
char         *pl_proposals_next_number            (PlSession          *session,
                                                   PlProposalKind      kind);
gboolean      pl_proposals_set_number             (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   const char         *number,
                                                   GError            **error);
gboolean      pl_proposals_number_parse           (const char         *number,
                                                   int                *session_number,
                                                   int                *order);
int           pl_proposals_compare_adoption       (gconstpointer       a,
                                                   gconstpointer       b);
GPtrArray    *pl_proposals_list                   (PlSession          *session);
GPtrArray    *pl_proposals_sponsor_names          (PlSession          *session,
                                                   PlProposal         *proposal,
                                                   gboolean            cosponsors);

gboolean      pl_cosponsor_request_accept         (PlSession          *session,
                                                   PlCosponsorRequest *request,
                                                   GError            **error);
void          pl_cosponsor_request_decline        (PlSession          *session,
                                                   PlCosponsorRequest *request,
                                                   const char         *reason);

G_END_DECLS
