/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-vote.h"

/**
 * PlVote:
 *
 * A vote taken on a proposal (rule 57): recorded, by roll call or
 * non-recorded. Its stored fields are those of the `vote` record of the
 * document format; their values live in #PlRecord. Who was entitled, the
 * quorum and the outcome are derived (pl-vote-tally.c), never stored.
 */
struct _PlVote
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlVote, pl_vote, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PROPOSAL,
  PROP_MEETING,
  PROP_QUESTION,
  PROP_KIND,
  PROP_DRAWN,
  PROP_BALLOTS,
  PROP_COUNTS,
  PROP_ANNOUNCED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_vote_class_init (PlVoteClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the proposal's _id */
  properties[PROP_PROPOSAL] = g_param_spec_string ("proposal", NULL, NULL, NULL, FLAGS);
  /* the meeting's _id */
  properties[PROP_MEETING] = g_param_spec_string ("meeting", NULL, NULL, NULL, FLAGS);
  /* substance or procedure: the Conference decides which, so each vote records it */
  properties[PROP_QUESTION] = g_param_spec_enum ("question", NULL, NULL, PL_TYPE_VOTE_QUESTION, PL_VOTE_QUESTION_SUBSTANCE, FLAGS);
  /* recorded, roll call or non-recorded */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PL_TYPE_VOTE_KIND, PL_VOTE_KIND_RECORDED, FLAGS);
  /* the delegation _id drawn by lot, which the roll call starts with */
  properties[PROP_DRAWN] = g_param_spec_string ("drawn", NULL, NULL, NULL, FLAGS);
  /* each State's vote, {delegation _id: "yes"/"no"/"abstain"}, in the order taken (recorded and
   * roll-call votes) */
  properties[PROP_BALLOTS] = pl_param_spec_json ("ballots", NULL);
  /* {yes, no, abstain}: a non-recorded vote's counts, or the counts as announced */
  properties[PROP_COUNTS] = pl_param_spec_json ("counts", NULL);
  /* when the President announced the result, ISO date-time */
  properties[PROP_ANNOUNCED_AT] = g_param_spec_string ("announced-at", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "vote", properties, N_PROPS);
}

static void
pl_vote_init (PlVote *self)
{
}

PlVote *
pl_vote_new (const char *id)
{
  return g_object_new (PL_TYPE_VOTE, "id", id, NULL);
}

const char *
pl_vote_get_proposal (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PROPOSAL);
}

void
pl_vote_set_proposal (PlVote *self,
                      const char *proposal)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_string (PL_RECORD (self), PROP_PROPOSAL, proposal);
}

const char *
pl_vote_get_meeting (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_MEETING);
}

void
pl_vote_set_meeting (PlVote *self,
                     const char *meeting)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_string (PL_RECORD (self), PROP_MEETING, meeting);
}

PlVoteQuestion
pl_vote_get_question (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), PL_VOTE_QUESTION_SUBSTANCE);

  return (PlVoteQuestion) pl_record_get_enum (PL_RECORD (self), PROP_QUESTION);
}

void
pl_vote_set_question (PlVote *self,
                      PlVoteQuestion question)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_enum (PL_RECORD (self), PROP_QUESTION, question);
}

PlVoteKind
pl_vote_get_kind (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), PL_VOTE_KIND_RECORDED);

  return (PlVoteKind) pl_record_get_enum (PL_RECORD (self), PROP_KIND);
}

void
pl_vote_set_kind (PlVote *self,
                  PlVoteKind kind)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_enum (PL_RECORD (self), PROP_KIND, kind);
}

const char *
pl_vote_get_drawn (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_DRAWN);
}

void
pl_vote_set_drawn (PlVote *self,
                   const char *drawn)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_string (PL_RECORD (self), PROP_DRAWN, drawn);
}

/**
 * pl_vote_get_ballots:
 *
 * Returns: (transfer none) (nullable): the field's JSON value
 */
JsonNode *
pl_vote_get_ballots (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_BALLOTS);
}

/**
 * pl_vote_set_ballots:
 * @ballots: (nullable): copied
 */
void
pl_vote_set_ballots (PlVote *self,
                     JsonNode *ballots)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_json (PL_RECORD (self), PROP_BALLOTS, ballots);
}

/**
 * pl_vote_get_counts:
 *
 * Returns: (transfer none) (nullable): the field's JSON value
 */
JsonNode *
pl_vote_get_counts (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_COUNTS);
}

/**
 * pl_vote_set_counts:
 * @counts: (nullable): copied
 */
void
pl_vote_set_counts (PlVote *self,
                    JsonNode *counts)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_json (PL_RECORD (self), PROP_COUNTS, counts);
}

const char *
pl_vote_get_announced_at (PlVote *self)
{
  g_return_val_if_fail (PL_IS_VOTE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_ANNOUNCED_AT);
}

void
pl_vote_set_announced_at (PlVote *self,
                          const char *announced_at)
{
  g_return_if_fail (PL_IS_VOTE (self));

  pl_record_set_string (PL_RECORD (self), PROP_ANNOUNCED_AT, announced_at);
}

/**
 * pl_vote_get_ballot:
 * @delegation_id: a delegation's _id
 *
 * Returns: the State's vote in `ballots`, %PL_BALLOT_NONE when it has none
 *   (or a value this version does not know)
 */
PlBallot
pl_vote_get_ballot (PlVote     *self,
                                    const char *delegation_id)
{
  JsonNode *ballots;
  JsonNode *member;
  int ballot;

  g_return_val_if_fail (PL_IS_VOTE (self), PL_BALLOT_NONE);
  g_return_val_if_fail (delegation_id != NULL, PL_BALLOT_NONE);

  ballots = pl_vote_get_ballots (self);
  if (ballots == NULL || !JSON_NODE_HOLDS_OBJECT (ballots))
    return PL_BALLOT_NONE;
  member = json_object_get_member (json_node_get_object (ballots), delegation_id);
  if (member == NULL || json_node_get_value_type (member) != G_TYPE_STRING
      || !pl_enum_from_nick (PL_TYPE_BALLOT, json_node_get_string (member), &ballot))
    return PL_BALLOT_NONE;
  return (PlBallot) ballot;
}

/**
 * pl_vote_set_ballot:
 * @delegation_id: a delegation's _id
 * @ballot: the State's vote; %PL_BALLOT_NONE removes it
 *
 * Sets one State's vote in `ballots` (one field change, so one undo step
 * when made alone). The object keeps the order votes were taken in: a
 * changed vote stays in its place, a new one goes last, as a roll call
 * records them.
 */
void
pl_vote_set_ballot (PlVote     *self,
                                    const char *delegation_id,
                    PlBallot    ballot)
{
  g_autoptr(JsonNode) node = NULL;
  JsonNode *ballots;
  JsonObject *copy;
  gboolean placed = FALSE;

  g_return_if_fail (PL_IS_VOTE (self));
  g_return_if_fail (delegation_id != NULL);

  copy = json_object_new ();
  ballots = pl_vote_get_ballots (self);
  if (ballots != NULL && JSON_NODE_HOLDS_OBJECT (ballots))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, json_node_get_object (ballots));
      while (json_object_iter_next_ordered (&iter, &name, &value))
        {
          if (g_str_equal (name, delegation_id))
            {
              placed = TRUE;
              if (ballot != PL_BALLOT_NONE)
                json_object_set_string_member (copy, name, pl_enum_to_nick (PL_TYPE_BALLOT, ballot));
            }
          else
            json_object_set_member (copy, name, json_node_copy (value));
        }
    }
  if (!placed && ballot != PL_BALLOT_NONE)
    json_object_set_string_member (copy, delegation_id, pl_enum_to_nick (PL_TYPE_BALLOT, ballot));

  node = json_node_init_object (json_node_alloc (), copy);
  json_object_unref (copy);
  pl_vote_set_ballots (self, node);
}
