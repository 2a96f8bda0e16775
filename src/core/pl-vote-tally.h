/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_VOTE_TALLY (pl_vote_tally_get_type ())

/**
 * PlVoteTally:
 * @entitled: (element-type utf8): the delegation _ids entitled to vote on
 *   the question, in roll-call order (pl_vote_entitled())
 * @n_parties: the States parties registered in the session (to the
 *   Convention, or to the Protocol for its items): the quorum's base
 * @n_present: the States among @entitled (present, with credentials)
 * @quorum: a majority of @n_parties (rule 41)
 * @quorum_met: @n_present reaches @quorum
 * @yes: votes for, a REIO's counting as its member States (rule 57)
 * @no: votes against
 * @abstain: abstentions
 * @present_and_voting: @yes + @no: abstentions are not votes
 * @required: the yes votes the majority needs, at least one
 * @majority: the majority the question needs (the session's setting for
 *   the vote's kind of question)
 * @outcome: what the vote decided
 * @ineligible: (element-type utf8): ballots' delegation _ids that are not
 *   entitled (not counted)
 * @reio_unknown: (element-type utf8): REIOs that voted while the session
 *   does not know their member States: counted as one vote
 * @reio_conflict: (element-type utf8): REIOs that voted while some of
 *   their member States voted themselves (rule 57: one or the other)
 *
 * A vote's derived values, never stored: who was entitled, the quorum,
 * the counts, the majority required and the outcome. Read-only.
 */
typedef struct
{
  GPtrArray     *entitled;
  guint          n_parties;
  guint          n_present;
  guint          quorum;
  gboolean       quorum_met;
  guint          yes;
  guint          no;
  guint          abstain;
  guint          present_and_voting;
  guint          required;
  PlMajority     majority;
  PlVoteOutcome  outcome;
  GPtrArray     *ineligible;
  GPtrArray     *reio_unknown;
  GPtrArray     *reio_conflict;
} PlVoteTally;

GType          pl_vote_tally_get_type      (void) G_GNUC_CONST;
PlVoteTally   *pl_vote_tally_copy          (PlVoteTally *tally);
void           pl_vote_tally_free          (PlVoteTally *tally);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlVoteTally, pl_vote_tally_free)

/**
 * PlVoteRoll:
 *
 * The session's delegations in roll-call order with their credentials
 * condition, computed once for the votes of a check run
 * (pl_vote_roll_new()). A snapshot: make it again after the session
 * changes.
 */
typedef struct _PlVoteRoll PlVoteRoll;

PlVoteRoll    *pl_vote_roll_new            (PlSession   *session);
void           pl_vote_roll_free           (PlVoteRoll  *roll);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlVoteRoll, pl_vote_roll_free)

GPtrArray     *pl_vote_roll_entitled       (PlVoteRoll  *roll,
                                            PlProposal  *proposal,
                                            PlMeeting   *meeting,
                                            const char  *drawn);
guint          pl_vote_roll_count_parties  (PlVoteRoll  *roll,
                                            PlProposal  *proposal);
PlVoteTally   *pl_vote_tally_compute_with  (PlVoteRoll  *roll,
                                            PlVote      *vote);
GPtrArray     *pl_vote_entitled            (PlSession   *session,
                                            PlProposal  *proposal,
                                            PlMeeting   *meeting,
                                            const char  *drawn);
guint          pl_vote_count_parties       (PlSession   *session,
                                            PlProposal  *proposal);
const char    *pl_vote_instrument_of       (PlSession   *session,
                                            PlProposal  *proposal);
guint          pl_vote_required            (PlMajority   majority,
                                            guint        present_and_voting);
PlVoteTally   *pl_vote_tally_compute       (PlSession   *session,
                                            PlVote      *vote);

G_END_DECLS
