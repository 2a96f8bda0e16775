/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_VOTE (pl_vote_get_type ())

G_DECLARE_FINAL_TYPE (PlVote, pl_vote, PL, VOTE, PlRecord)

PlVote *            pl_vote_new              (const char *id);
const char *        pl_vote_get_proposal     (PlVote *self);
const char *        pl_vote_get_meeting      (PlVote *self);
PlVoteQuestion      pl_vote_get_question     (PlVote *self);
PlVoteKind          pl_vote_get_kind         (PlVote *self);
const char *        pl_vote_get_drawn        (PlVote *self);
JsonNode *          pl_vote_get_ballots      (PlVote *self);
JsonNode *          pl_vote_get_counts       (PlVote *self);
const char *        pl_vote_get_announced_at (PlVote *self);
void                pl_vote_set_proposal     (PlVote *self,
                                              const char *proposal);
void                pl_vote_set_meeting      (PlVote *self,
                                              const char *meeting);
void                pl_vote_set_question     (PlVote *self,
                                              PlVoteQuestion question);
void                pl_vote_set_kind         (PlVote *self,
                                              PlVoteKind kind);
void                pl_vote_set_drawn        (PlVote *self,
                                              const char *drawn);
void                pl_vote_set_ballots      (PlVote *self,
                                              JsonNode *ballots);
void                pl_vote_set_counts       (PlVote *self,
                                              JsonNode *counts);
void                pl_vote_set_announced_at (PlVote *self,
                                              const char *announced_at);

PlBallot            pl_vote_get_ballot       (PlVote *self,
                                              const char *delegation_id);
void                pl_vote_set_ballot       (PlVote *self,
                                              const char *delegation_id,
                                              PlBallot ballot);

G_END_DECLS
