/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-proposals.h"
#include "pl-proposals-private.h"
#include "pl-vote-tally.h"

/*
 * Action taken on a proposal and the numbers adopted texts receive
 * (issue 19; RULES.md, rules 41, 55-57, 75): adoption without a vote, a
 * recorded vote, and "resolution 10/1", "decision 10/1" in order of
 * adoption. Each action is one undo step, checked whole before the first
 * record is touched. The register itself is pl-proposals.c.
 */

/* Whether the proposal can be acted on now: not superseded, not final,
 * an amendment before what it amends is acted on, and a proposal after
 * its pending amendments ("amendments are taken before the proposal they
 * amend"). */
static gboolean
check_actionable (PlSession   *session,
                  PlProposal  *proposal,
                  GError     **error)
{
  g_autoptr(GPtrArray) amendments = NULL;
  PlRecord *amended;

  if (pl_proposals_is_superseded (session, proposal))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was replaced by a revision: act on the revision."), pl_proposals_label_of (proposal));
      return FALSE;
    }
  if (pl_proposals_status_is_final (pl_proposal_get_status (proposal)) || pl_proposal_get_action (proposal) != NULL)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("Action was already taken on %s, or it was withdrawn."), pl_proposals_label_of (proposal));
      return FALSE;
    }
  amended = pl_session_lookup (session, pl_proposal_get_amends (proposal));
  if (PL_IS_PROPOSAL (amended))
    {
      PlProposal *current = pl_proposals_current (session, PL_PROPOSAL (amended));

      if (pl_proposals_status_is_final (pl_proposal_get_status (current)) || pl_proposal_get_action (current) != NULL)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER,
                       /* Translators: two document symbols */
                       _("%s amends %s, on which action was already taken: an amendment is taken before the "
                         "proposal it amends."),
                       pl_proposals_label_of (proposal), pl_proposals_label_of (current));
          return FALSE;
        }
    }
  amendments = pl_proposals_amendments_of (session, proposal);
  for (guint i = 0; i < amendments->len; i++)
    {
      PlProposal *amendment = g_ptr_array_index (amendments, i);
      PlProposalStatus status = pl_proposal_get_status (amendment);

      if ((status == PL_PROPOSAL_STATUS_SUBMITTED || status == PL_PROPOSAL_STATUS_IN_CONSULTATIONS
           || status == PL_PROPOSAL_STATUS_APPROVED)
          && pl_proposal_get_action (amendment) == NULL)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER,
                       /* Translators: two document symbols */
                       _("The amendment %s to %s is pending: amendments are taken before the proposal they amend."),
                       pl_proposals_label_of (amendment), pl_proposals_label_of (proposal));
          return FALSE;
        }
    }
  return TRUE;
}

static PlRecord *
check_meeting (PlSession   *session,
               const char  *meeting_id,
               GError     **error)
{
  PlRecord *meeting = pl_session_lookup (session, meeting_id);

  if (meeting_id != NULL && !PL_IS_MEETING (meeting))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a record _id */
                   _("The meeting “%s” is not in the session."), meeting_id);
      return NULL;
    }
  return meeting;
}

static void
set_action (PlProposal *proposal,
            const char *meeting_id,
            const char *method,
            const char *vote_id)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *action = json_object_new ();

  if (meeting_id != NULL)
    json_object_set_string_member (action, "meeting", meeting_id);
  else
    json_object_set_null_member (action, "meeting");
  json_object_set_string_member (action, "method", method);
  if (vote_id != NULL)
    json_object_set_string_member (action, "vote", vote_id);
  else
    json_object_set_null_member (action, "vote");
  node = json_node_init_object (json_node_alloc (), action);
  json_object_unref (action);
  pl_proposal_set_action (proposal, node);
}

/* Adopted at a meeting of the Committee of the Whole is approved: the
 * plenary then adopts what the Committee approved. */
static PlProposalStatus
adopted_status_at (PlRecord *meeting)
{
  if (PL_IS_MEETING (meeting)
      && pl_meeting_get_body (PL_MEETING (meeting)) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE)
    return PL_PROPOSAL_STATUS_APPROVED;
  return PL_PROPOSAL_STATUS_ADOPTED;
}

/**
 * pl_proposals_take_action_without_vote:
 * @meeting_id: (nullable): the meeting
 * @outcome: %PL_PROPOSAL_STATUS_ADOPTED (or %PL_PROPOSAL_STATUS_APPROVED):
 *   a text taken without a vote is adopted by consensus (rule 56); or
 *   %PL_PROPOSAL_STATUS_REJECTED, for the rare text the Conference decides
 *   without a vote not to adopt
 *
 * Records action without a vote, in one undo step: `action` {meeting,
 * method "without_vote"}, the status adopted (approved at a meeting of the
 * Committee of the Whole, whose texts the plenary then adopts), and for a
 * draft resolution or decision adopted in plenary its number, in order of
 * adoption.
 *
 * Returns: %FALSE with @error and nothing changed when the outcome is not
 *   an adoption or a rejection, the meeting is not in the session, or the proposal cannot
 *   be acted on now (superseded, acted on, amendments pending, an amendment
 *   after its proposal)
 */
gboolean
pl_proposals_take_action_without_vote (PlSession         *session,
                                       PlProposal        *proposal,
                                       const char        *meeting_id,
                                       PlProposalStatus   outcome,
                                       GError           **error)
{
  g_autoptr(GError) local = NULL;
  PlHistory *history;
  PlRecord *meeting;
  PlProposalStatus status;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (outcome != PL_PROPOSAL_STATUS_ADOPTED && outcome != PL_PROPOSAL_STATUS_APPROVED
      && outcome != PL_PROPOSAL_STATUS_REJECTED)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                           _("Action taken on a proposal adopts or rejects it."));
      return FALSE;
    }
  meeting = check_meeting (session, meeting_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!check_actionable (session, proposal, error))
    return FALSE;

  status = outcome == PL_PROPOSAL_STATUS_ADOPTED ? adopted_status_at (meeting) : outcome;
  history = pl_session_get_history (session);
  pl_history_begin_group (history, status == PL_PROPOSAL_STATUS_REJECTED ? _("Reject Without a Vote")
                                                                        : _("Adopt Without a Vote"));
  set_action (proposal, meeting_id, "without_vote", NULL);
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    pl_proposals_give_number_if_due (session, proposal);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_proposals_record_vote:
 * @vote: a vote not yet in the session; its `proposal` is set to
 *   @proposal when empty
 *
 * Records a vote and the action it decided, in one undo step: the `vote`
 * joins the session (with `announced_at` now when empty), the proposal's
 * `action` names it, its status is what the tally's outcome says (adopted,
 * approved at a meeting of the Committee of the Whole, or rejected), and an
 * adopted draft resolution or decision gets its number.
 *
 * Returns: %FALSE with @error and nothing changed for: a ballot for a
 *   delegation not in the session, or not entitled to vote on the
 *   question (pl_vote_entitled()); a vote for another proposal; a
 *   proposal that cannot be acted on now; a vote without any ballot (or
 *   a non-recorded one without counts), without quorum or a roll call not
 *   finished, which decide nothing
 */
gboolean
pl_proposals_record_vote (PlSession   *session,
                          PlProposal  *proposal,
                          PlVote      *vote,
                          GError     **error)
{
  g_autoptr(PlVoteTally) tally = NULL;
  g_autoptr(GError) local = NULL;
  JsonNode *ballots;
  PlHistory *history;
  PlRecord *meeting;
  const char *proposal_id;
  PlProposalStatus status;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (PL_IS_VOTE (vote), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  proposal_id = pl_record_get_id (PL_RECORD (proposal));
  if (pl_vote_get_proposal (vote) != NULL && g_strcmp0 (pl_vote_get_proposal (vote), proposal_id) != 0)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("This vote is on another proposal than %s."), pl_proposals_label_of (proposal));
      return FALSE;
    }
  if (pl_session_lookup (session, pl_record_get_id (PL_RECORD (vote))) != NULL)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                           _("This vote was recorded already."));
      return FALSE;
    }
  meeting = check_meeting (session, pl_vote_get_meeting (vote), &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!check_actionable (session, proposal, error))
    return FALSE;

  /* The tally reads the vote's proposal: give it one for the computation
   * without changing the caller's record when refused. */
  {
    g_autofree char *saved = g_strdup (pl_vote_get_proposal (vote));

    pl_vote_set_proposal (vote, proposal_id);
    tally = pl_vote_tally_compute (session, vote);
    pl_vote_set_proposal (vote, saved);
  }

  ballots = pl_vote_get_ballots (vote);
  if (ballots != NULL && JSON_NODE_HOLDS_OBJECT (ballots))
    {
      JsonObjectIter iter;
      const char *id;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, json_node_get_object (ballots));
      while (json_object_iter_next_ordered (&iter, &id, &value))
        {
          PlRecord *delegation = pl_session_lookup (session, id);

          if (!PL_IS_DELEGATION (delegation))
            {
              g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT,
                           /* Translators: a record _id */
                           _("A ballot is for “%s”, which is not a delegation of the session."), id);
              return FALSE;
            }
          if (g_ptr_array_find_with_equal_func (tally->ineligible, id, g_str_equal, NULL))
            {
              g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT,
                           /* Translators: a State's name, then a document symbol */
                           _("%s is not entitled to vote on %s: only the parties present with credentials "
                             "vote, and on a Protocol’s item only the parties to it."),
                           pl_delegation_get_name (PL_DELEGATION (delegation)), pl_proposals_label_of (proposal));
              return FALSE;
            }
        }
    }
  if (tally->yes + tally->no + tally->abstain == 0)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                           pl_vote_get_kind (vote) == PL_VOTE_KIND_NON_RECORDED
                           ? _("A non-recorded vote needs its counts: the votes in favour, against and the "
                               "abstentions as announced.")
                           : _("No ballot is recorded: record each State’s vote."));
      return FALSE;
    }
  if (tally->outcome == PL_VOTE_OUTCOME_NO_QUORUM)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                   _("No decision can be taken: %u States parties are present with credentials, and a decision "
                     "needs a majority of the %u States parties, %u (rule 41)."),
                   tally->n_present, tally->n_parties, tally->quorum);
      return FALSE;
    }
  if (tally->outcome == PL_VOTE_OUTCOME_INCOMPLETE)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                           _("The roll call is not finished: some States entitled to vote were not called."));
      return FALSE;
    }

  status = tally->outcome == PL_VOTE_OUTCOME_ADOPTED ? adopted_status_at (meeting) : PL_PROPOSAL_STATUS_REJECTED;
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Record Vote"));
  pl_vote_set_proposal (vote, proposal_id);
  if (pl_vote_get_announced_at (vote) == NULL)
    {
      g_autofree char *now = pl_proposals_format_now_or (NULL);

      pl_vote_set_announced_at (vote, now);
    }
  pl_session_add_record (session, PL_RECORD (vote));
  set_action (proposal, pl_vote_get_meeting (vote), "vote", pl_record_get_id (PL_RECORD (vote)));
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    pl_proposals_give_number_if_due (session, proposal);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_proposals_number_parse:
 * @session_number: (out) (optional)
 * @order: (out) (optional)
 *
 * Reads an adopted text's number, "10/3": the session's number, then the
 * order of adoption from 1.
 *
 * Returns: whether @number reads so
 */
gboolean
pl_proposals_number_parse (const char *number,
                           int        *session_number,
                           int        *order)
{
  const char *slash;

  if (number == NULL || (slash = strchr (number, '/')) == NULL
      || !pl_proposals_is_number (number, slash - number) || !pl_proposals_is_number (slash + 1, strlen (slash + 1)))
    return FALSE;
  if (session_number != NULL)
    *session_number = (int) MIN (strtol (number, NULL, 10), G_MAXINT);
  if (order != NULL)
    *order = (int) MIN (strtol (slash + 1, NULL, 10), G_MAXINT);
  return TRUE;
}

/**
 * pl_proposals_next_number:
 *
 * The number the next text of @kind adopted at the session receives:
 * "<session number>/<n>", n one more than the highest given so far to
 * that kind, since texts are numbered in order of adoption and draft
 * resolutions and draft decisions apart ("resolution 10/1", "decision
 * 10/1").
 *
 * Returns: (transfer full) (nullable): the number, or %NULL for a kind
 *   that is not numbered
 */
char *
pl_proposals_next_number (PlSession      *session,
                          PlProposalKind  kind)
{
  GListModel *proposals;
  int highest = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (!pl_proposal_kind_is_numbered (kind))
    return NULL;
  proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) proposal = g_list_model_get_item (proposals, i);
      int order;

      if (pl_proposal_get_kind (proposal) == kind
          && pl_proposals_number_parse (pl_proposal_get_adopted_as (proposal), NULL, &order))
        highest = MAX (highest, order);
    }
  return g_strdup_printf ("%d/%d",
                          pl_session_settings_get_session_number (pl_session_get_settings (session)),
                          highest + 1);
}

/**
 * pl_proposals_set_number:
 * @number: (nullable): "10/3", or %NULL to clear it
 *
 * Sets an adopted text's number by hand (a number announced in the room),
 * in one undo step.
 *
 * Returns: %FALSE with @error (%PL_PROPOSALS_ERROR_NUMBER) and nothing
 *   changed for a number that does not read "10/3", or that another text
 *   of the same kind has
 */
gboolean
pl_proposals_set_number (PlSession   *session,
                         PlProposal  *proposal,
                         const char  *number,
                         GError     **error)
{
  GListModel *proposals;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (number != NULL && !pl_proposals_number_parse (number, NULL, NULL))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER,
                   /* Translators: what was typed */
                   _("“%s” is not the number of an adopted text: write the session’s number, a slash and the "
                     "order of adoption, as in 10/3."), number);
      return FALSE;
    }
  proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  for (guint i = 0; number != NULL && i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) other = g_list_model_get_item (proposals, i);

      if (other != proposal && pl_proposal_get_kind (other) == pl_proposal_get_kind (proposal)
          && g_strcmp0 (pl_proposal_get_adopted_as (other), number) == 0)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER,
                       /* Translators: a number ("10/3"), then a document symbol */
                       _("The number %s was given already, to %s."), number, pl_proposals_label_of (other));
          return FALSE;
        }
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Number"));
  pl_proposal_set_adopted_as (proposal, number);
  pl_history_end_group (history);
  return TRUE;
}

/* The order of adoption in "10/3": 3; an unnumbered text sorts last. */
static guint
adoption_order (PlProposal *proposal)
{
  int order = 0;

  if (!pl_proposals_number_parse (pl_proposal_get_adopted_as (proposal), NULL, &order) || order <= 0)
    return G_MAXUINT;
  return (guint) order;
}

/**
 * pl_proposals_compare_adoption:
 * @a: (type PlProposal **): a proposal in a #GPtrArray
 * @b: (type PlProposal **): another
 *
 * For g_ptr_array_sort(): texts in the order they were adopted ("10/1",
 * "10/2"...; resolutions and decisions are numbered apart, so sort each
 * series on its own), unnumbered ones last, by symbol.
 */
int
pl_proposals_compare_adoption (gconstpointer a,
                               gconstpointer b)
{
  PlProposal *x = *(PlProposal **) a, *y = *(PlProposal **) b;
  guint nx = adoption_order (x), ny = adoption_order (y);

  if (nx != ny)
    return nx < ny ? -1 : 1;
  return g_strcmp0 (pl_proposal_get_symbol (x), pl_proposal_get_symbol (y));
}
