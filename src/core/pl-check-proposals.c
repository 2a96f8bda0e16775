/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-check-proposals.h"
#include "pl-finding.h"
#include "pl-json-text.h"
#include "pl-proposals.h"
#include "pl-vote-tally.h"

/*
 * The checks of the register and of votes (issue 19; RULES.md, "Meetings,
 * decisions and the record"). The subject of each finding is the record's
 * _id (the proposal's or the vote's):
 *  - proposals.late (warning): a draft resolution or decision submitted
 *    after the session's `proposal_deadline` (decision 6/3: two weeks
 *    before the opening; 21 September 2020 for the tenth session), read in
 *    the session's time zone; the register shows the latest revision only,
 *    which carries the original's submission time, so once per proposal;
 *  - proposals.no-item (warning): a proposal under no agenda item, or one
 *    the session does not have (procedural motions need none; an amendment
 *    takes the item of what it amends);
 *  - proposals.sponsor (warning): a sponsor that is not a State party (or
 *    a REIO party), not in the session, or a proposal still before the
 *    Conference whose sponsors all withdrew;
 *  - proposals.financial (error): acted on while the statement of
 *    financial implications is pending (rule 75);
 *  - proposals.unnumbered (warning): an adopted draft resolution or
 *    decision without its number;
 *  - proposals.number-gap (error): the numbers of one kind are not 1..n
 *    at this session: a gap, a number given twice, another session's
 *    number, or a number that does not read "10/3";
 *  - votes.ineligible (error): a ballot from a delegation not entitled to
 *    vote on that question (not a party to the instrument, absent, no
 *    credentials, not in the session);
 *  - votes.quorum (error): a decision taken without a majority of the
 *    States parties present (rule 41): a vote, or an adoption without a
 *    vote at a meeting whose attendance was recorded;
 *  - votes.counts (error): counts as announced that differ from the
 *    ballots, or a non-recorded vote without counts;
 *  - votes.outcome (error): the proposal's recorded status contradicts
 *    what the majority rule gives for the vote;
 *  - votes.roll-call-order (warning): a roll call without the State drawn
 *    by lot, or whose ballots were not taken in roll-call order;
 *  - votes.reio (warning): a REIO voted while the session does not know
 *    its member States (counted as one vote), or while some of its member
 *    States voted too (rule 57: one or the other).
 */

static void
add (GPtrArray  *findings,
     PlSeverity  severity,
     const char *code,
     PlRecord   *subject,
     char       *message)
{
  g_ptr_array_add (findings, pl_finding_new (severity, code, pl_record_get_id (subject), message));
  g_free (message);
}

static const char *
label_of (PlProposal *proposal)
{
  const char *symbol = pl_proposal_get_symbol (proposal);
  const char *title = pl_proposal_get_title (proposal);

  if (symbol != NULL && *symbol != '\0')
    return symbol;
  if (title != NULL && *title != '\0')
    return title;
  return pl_record_get_id (PL_RECORD (proposal));
}

static const char *
name_of (PlSession  *session,
         const char *delegation_id)
{
  PlRecord *record = pl_session_lookup (session, delegation_id);

  if (PL_IS_DELEGATION (record) && pl_delegation_get_name (PL_DELEGATION (record)) != NULL)
    return pl_delegation_get_name (PL_DELEGATION (record));
  return delegation_id;
}

/* The submission's date in the session's time zone, "YYYY-MM-DD". */
static char *
submitted_date (PlSession  *session,
                const char *submitted)
{
  const char *zone_name = pl_session_settings_get_timezone (pl_session_get_settings (session));
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (strlen (submitted) == 10)
    return g_strdup (submitted);
  zone = zone_name != NULL ? g_time_zone_new_identifier (zone_name) : NULL;
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (submitted, zone);
  if (time == NULL)
    return NULL;
  local = g_date_time_to_timezone (time, zone);
  return g_date_time_format (local, "%Y-%m-%d");
}

static void
check_late (PlSession  *session,
            PlProposal *proposal,
            GPtrArray  *findings)
{
  const char *deadline = pl_session_settings_get_proposal_deadline (pl_session_get_settings (session));
  const char *submitted = pl_proposal_get_submitted (proposal);
  g_autofree char *date = NULL;

  if (deadline == NULL || *deadline == '\0' || submitted == NULL || *submitted == '\0'
      || !pl_proposal_kind_is_numbered (pl_proposal_get_kind (proposal)))
    return;
  date = submitted_date (session, submitted);
  if (date != NULL && g_strcmp0 (date, deadline) > 0)
    add (findings, PL_SEVERITY_WARNING, "proposals.late", PL_RECORD (proposal),
         /* Translators: a document symbol, then two ISO dates */
         g_strdup_printf (_("%s was submitted on %s, after the deadline for draft resolutions (%s). "
                            "The Conference may still take it up; say so when it is introduced."),
                          label_of (proposal), date, deadline));
}

static void
check_item (PlSession  *session,
            PlProposal *proposal,
            GPtrArray  *findings)
{
  const char *item = pl_proposals_item_of (session, proposal);

  if (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_PROCEDURAL_MOTION)
    return;
  if (item == NULL)
    add (findings, PL_SEVERITY_WARNING, "proposals.no-item", PL_RECORD (proposal),
         /* Translators: a document symbol */
         g_strdup_printf (_("%s is under no agenda item. Choose the item it is submitted under."),
                          label_of (proposal)));
  else if (!PL_IS_AGENDA_ITEM (pl_session_lookup (session, item)))
    add (findings, PL_SEVERITY_WARNING, "proposals.no-item", PL_RECORD (proposal),
         /* Translators: a document symbol, then a record _id */
         g_strdup_printf (_("%s is under the item “%s”, which is not on the agenda. Choose the item it is "
                            "submitted under."), label_of (proposal), item));
}

static gboolean
is_party (PlDelegation *delegation)
{
  JsonNode *adherence;

  if (pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_STATE_PARTY)
    return TRUE;
  if (pl_delegation_get_category (delegation) != PL_DELEGATION_CATEGORY_REIO)
    return FALSE;
  /* A REIO is a party when it adheres to some instrument as a party. */
  adherence = pl_delegation_get_adherence (delegation);
  if (adherence != NULL && JSON_NODE_HOLDS_OBJECT (adherence))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, json_node_get_object (adherence));
      while (json_object_iter_next_ordered (&iter, &name, &value))
        if (json_node_get_value_type (value) == G_TYPE_STRING && g_strcmp0 (json_node_get_string (value), "party") == 0)
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_before_conference (PlProposalStatus status)
{
  return status == PL_PROPOSAL_STATUS_SUBMITTED || status == PL_PROPOSAL_STATUS_IN_CONSULTATIONS
         || status == PL_PROPOSAL_STATUS_APPROVED;
}

static void
check_sponsors (PlSession  *session,
                PlProposal *proposal,
                GPtrArray  *findings)
{
  g_autoptr(GPtrArray) entries = pl_json_node_get_objects (pl_proposal_get_sponsors (proposal));
  guint n_sponsors = 0, n_active = 0;

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      JsonObject *entry = g_ptr_array_index (entries, i);
      const char *id = pl_json_object_get_string (entry, "delegation", NULL);
      const char *withdrawn = pl_json_object_get_string (entry, "withdrawn", NULL);
      gboolean sponsor = g_strcmp0 (pl_json_object_get_string (entry, "role", NULL), "cosponsor") != 0;
      PlRecord *delegation = pl_session_lookup (session, id);

      if (sponsor)
        {
          n_sponsors++;
          if (withdrawn == NULL || *withdrawn == '\0')
            n_active++;
        }
      if (withdrawn != NULL && *withdrawn != '\0')
        continue;
      if (!PL_IS_DELEGATION (delegation))
        add (findings, PL_SEVERITY_WARNING, "proposals.sponsor", PL_RECORD (proposal),
             /* Translators: a document symbol, then a record _id */
             g_strdup_printf (_("A sponsor of %s, “%s”, is not a delegation of the session. Remove it or add "
                                "the delegation."), label_of (proposal), id ? id : ""));
      else if (!is_party (PL_DELEGATION (delegation)))
        add (findings, PL_SEVERITY_WARNING, "proposals.sponsor", PL_RECORD (proposal),
             /* Translators: a State's name, then a document symbol */
             g_strdup_printf (_("%s sponsors %s but is not a State party: proposals are made by States parties. "
                                "Check its category, or remove it."),
                              name_of (session, id), label_of (proposal)));
    }
  if (n_sponsors > 0 && n_active == 0 && is_before_conference (pl_proposal_get_status (proposal)))
    add (findings, PL_SEVERITY_WARNING, "proposals.sponsor", PL_RECORD (proposal),
         /* Translators: a document symbol */
         g_strdup_printf (_("Every sponsor of %s withdrew: without a sponsor it is withdrawn (rule 54), unless a "
                            "State party reintroduces it."), label_of (proposal)));
}

static gboolean
acted_on (PlProposal *proposal)
{
  PlProposalStatus status = pl_proposal_get_status (proposal);

  return pl_proposal_get_action (proposal) != NULL || status == PL_PROPOSAL_STATUS_ADOPTED
         || status == PL_PROPOSAL_STATUS_REJECTED || status == PL_PROPOSAL_STATUS_APPROVED;
}

static void
check_financial (PlProposal *proposal,
                 GPtrArray  *findings)
{
  if (pl_proposal_get_financial_implications (proposal) == PL_FINANCIAL_IMPLICATIONS_PENDING && acted_on (proposal))
    add (findings, PL_SEVERITY_ERROR, "proposals.financial", PL_RECORD (proposal),
         /* Translators: a document symbol */
         g_strdup_printf (_("Action was taken on %s while the statement of its financial implications is pending: "
                            "the Conference acts once the secretariat’s statement is before it (rule 75). "
                            "Record the statement as issued, or the proposal as having none."),
                          label_of (proposal)));
}

static const char *
kind_plural (PlProposalKind kind)
{
  return kind == PL_PROPOSAL_KIND_DRAFT_RESOLUTION ? _("resolutions") : _("decisions");
}

/* Within one kind: every adopted text numbered, the numbers at this
 * session 1..n, each once. */
static void
check_numbers (PlSession      *session,
               GPtrArray      *register_,
               PlProposalKind  kind,
               GPtrArray      *findings)
{
  int session_number = pl_session_settings_get_session_number (pl_session_get_settings (session));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n_numbered = 0;
  int highest = 0;
  PlProposal *last = NULL;

  for (guint i = 0; i < register_->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (register_, i);
      const char *number = pl_proposal_get_adopted_as (proposal);
      int s, order;

      if (pl_proposal_get_kind (proposal) != kind || pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED)
        continue;
      if (number == NULL || *number == '\0')
        {
          add (findings, PL_SEVERITY_WARNING, "proposals.unnumbered", PL_RECORD (proposal),
               /* Translators: a document symbol */
               g_strdup_printf (_("%s was adopted but has no number. Give it the next number in order of "
                                  "adoption."), label_of (proposal)));
          continue;
        }
      if (!pl_proposals_number_parse (number, &s, &order) || s != session_number)
        {
          add (findings, PL_SEVERITY_ERROR, "proposals.number-gap", PL_RECORD (proposal),
               /* Translators: a document symbol, a number as typed, then the session's number */
               g_strdup_printf (_("%s is numbered “%s”, which is not a number of this session (%d/1, %d/2 …). "
                                  "Correct it."), label_of (proposal), number, session_number, session_number));
          continue;
        }
      if (g_hash_table_contains (seen, GINT_TO_POINTER (order)))
        {
          add (findings, PL_SEVERITY_ERROR, "proposals.number-gap", PL_RECORD (proposal),
               /* Translators: a document symbol, then a number ("10/3") */
               g_strdup_printf (_("%s has the number %s, which another adopted text has too. Each text gets its "
                                  "own number in order of adoption."), label_of (proposal), number));
          continue;
        }
      g_hash_table_add (seen, GINT_TO_POINTER (order));
      n_numbered++;
      if (order > highest)
        {
          highest = order;
          last = proposal;
        }
    }
  if (last != NULL && (guint) highest != n_numbered)
    add (findings, PL_SEVERITY_ERROR, "proposals.number-gap", PL_RECORD (last),
         /* Translators: a count, the kind in the plural ("resolutions"), then a number */
         g_strdup_printf (_("The %u adopted %s are not numbered 1 to %u: the highest number is %d/%d. Texts are "
                            "numbered in order of adoption, without gaps."),
                          n_numbered, kind_plural (kind), n_numbered, session_number, highest));
}

static void
check_reio (PlSession   *session,
            PlVote      *vote,
            PlVoteTally *tally,
            GPtrArray   *findings)
{
  for (guint i = 0; i < tally->reio_unknown->len; i++)
    add (findings, PL_SEVERITY_WARNING, "votes.reio", PL_RECORD (vote),
         /* Translators: an organization's name */
         g_strdup_printf (_("%s voted, but the session does not know its member States: its vote was counted as "
                            "one. Record its member States in the delegation (rule 57: as many votes as its "
                            "members that are parties)."),
                          name_of (session, g_ptr_array_index (tally->reio_unknown, i))));
  for (guint i = 0; i < tally->reio_conflict->len; i++)
    add (findings, PL_SEVERITY_WARNING, "votes.reio", PL_RECORD (vote),
         /* Translators: an organization's name */
         g_strdup_printf (_("%s voted while some of its member States voted too: an organization does not vote "
                            "when its member States vote, and conversely (rule 57). Its vote counted only for "
                            "the members that did not vote."),
                          name_of (session, g_ptr_array_index (tally->reio_conflict, i))));
}

static gboolean
counts_member (JsonNode   *counts,
               const char *name,
               guint      *value)
{
  JsonNode *node;

  if (counts == NULL || !JSON_NODE_HOLDS_OBJECT (counts))
    return FALSE;
  node = json_object_get_member (json_node_get_object (counts), name);
  if (node == NULL || (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return FALSE;
  *value = (guint) CLAMP (json_node_get_int (node), 0, G_MAXUINT);
  return TRUE;
}

static void
check_counts (PlVote      *vote,
              PlVoteTally *tally,
              GPtrArray   *findings)
{
  JsonNode *counts = pl_vote_get_counts (vote);
  guint yes, no, abstain;

  if (pl_vote_get_kind (vote) == PL_VOTE_KIND_NON_RECORDED)
    {
      if (!counts_member (counts, "yes", &yes) || !counts_member (counts, "no", &no)
          || !counts_member (counts, "abstain", &abstain))
        add (findings, PL_SEVERITY_ERROR, "votes.counts", PL_RECORD (vote),
             g_strdup (_("A non-recorded vote without its counts: record the votes for, against and the "
                         "abstentions as announced.")));
      return;
    }
  if (counts == NULL)
    return;
  if (!counts_member (counts, "yes", &yes) || !counts_member (counts, "no", &no)
      || !counts_member (counts, "abstain", &abstain)
      || yes != tally->yes || no != tally->no || abstain != tally->abstain)
    add (findings, PL_SEVERITY_ERROR, "votes.counts", PL_RECORD (vote),
         /* Translators: three counts from the ballots */
         g_strdup_printf (_("The counts as announced differ from the ballots, which give %u in favour, %u against "
                            "and %u abstentions. Correct the ballots or the counts."),
                          tally->yes, tally->no, tally->abstain));
}

static void
check_roll_call (PlSession   *session,
                 PlVote      *vote,
                 PlVoteTally *tally,
                 GPtrArray   *findings)
{
  JsonNode *ballots = pl_vote_get_ballots (vote);
  guint position = 0;

  if (pl_vote_get_kind (vote) != PL_VOTE_KIND_ROLL_CALL)
    return;
  if (pl_vote_get_drawn (vote) == NULL || !PL_IS_DELEGATION (pl_session_lookup (session, pl_vote_get_drawn (vote))))
    {
      add (findings, PL_SEVERITY_WARNING, "votes.roll-call-order", PL_RECORD (vote),
           g_strdup (_("A roll call without the State drawn by lot: the roll call starts with the State whose "
                       "name the President draws. Record it.")));
      return;
    }
  if (ballots == NULL || !JSON_NODE_HOLDS_OBJECT (ballots))
    return;

  /* The ballots object keeps the order votes were taken in: each must
   * come later in the roll-call order than the one before it. */
  {
    JsonObjectIter iter;
    const char *id;
    JsonNode *value;

    json_object_iter_init_ordered (&iter, json_node_get_object (ballots));
    while (json_object_iter_next_ordered (&iter, &id, &value))
      {
        guint index;

        if (!g_ptr_array_find_with_equal_func (tally->entitled, id, g_str_equal, &index))
          continue;
        if (index < position)
          {
            add (findings, PL_SEVERITY_WARNING, "votes.roll-call-order", PL_RECORD (vote),
                 /* Translators: a State's name, then another's */
                 g_strdup_printf (_("%s was called after %s, against the roll-call order, which is English "
                                    "alphabetical order from the State drawn by lot."),
                                  name_of (session, id), name_of (session, pl_vote_get_drawn (vote))));
            return;
          }
        position = index;
      }
  }
}

static void
check_outcome (PlSession   *session,
               PlVote      *vote,
               PlVoteTally *tally,
               GPtrArray   *findings)
{
  PlRecord *record = pl_session_lookup (session, pl_vote_get_proposal (vote));
  PlProposalStatus status;
  gboolean adopted;

  if (!PL_IS_PROPOSAL (record))
    return;
  status = pl_proposal_get_status (PL_PROPOSAL (record));
  if (status != PL_PROPOSAL_STATUS_ADOPTED && status != PL_PROPOSAL_STATUS_APPROVED
      && status != PL_PROPOSAL_STATUS_REJECTED)
    return;
  adopted = status != PL_PROPOSAL_STATUS_REJECTED;
  if (adopted != (tally->outcome == PL_VOTE_OUTCOME_ADOPTED))
    add (findings, PL_SEVERITY_ERROR, "votes.outcome", PL_RECORD (vote),
         adopted
         /* Translators: a document symbol, then counts */
         ? g_strdup_printf (_("%s is recorded as adopted, but the vote does not give it the majority: %u in "
                              "favour, %u against, %u needed."),
                            label_of (PL_PROPOSAL (record)), tally->yes, tally->no, tally->required)
         /* Translators: a document symbol, then counts */
         : g_strdup_printf (_("%s is recorded as rejected, but the vote gives it the majority: %u in favour, %u "
                              "against, %u needed."),
                            label_of (PL_PROPOSAL (record)), tally->yes, tally->no, tally->required));
}

static void
check_vote (PlSession  *session,
            PlVoteRoll *roll,
            PlVote     *vote,
            GPtrArray  *findings)
{
  g_autoptr(PlVoteTally) tally = pl_vote_tally_compute_with (roll, vote);

  for (guint i = 0; i < tally->ineligible->len; i++)
    {
      const char *id = g_ptr_array_index (tally->ineligible, i);

      add (findings, PL_SEVERITY_ERROR, "votes.ineligible", PL_RECORD (vote),
           PL_IS_DELEGATION (pl_session_lookup (session, id))
           /* Translators: a State's name */
           ? g_strdup_printf (_("%s voted but is not entitled to vote on this question: only the parties (to the "
                                "Protocol, for its items) present with credentials vote. Its vote is not "
                                "counted."), name_of (session, id))
           /* Translators: a record _id */
           : g_strdup_printf (_("A ballot is recorded for “%s”, which is not a delegation of the session. It is "
                                "not counted."), id));
    }
  if (!tally->quorum_met)
    add (findings, PL_SEVERITY_ERROR, "votes.quorum", PL_RECORD (vote),
         /* Translators: three counts */
         g_strdup_printf (_("A decision was taken with %u States parties present, fewer than a majority of the %u "
                            "States parties (%u): rule 41 requires it. Check who was present."),
                          tally->n_present, tally->n_parties, tally->quorum));
  check_counts (vote, tally, findings);
  check_outcome (session, vote, tally, findings);
  check_roll_call (session, vote, tally, findings);
  check_reio (session, vote, tally, findings);
}

/* An adoption without a vote is a decision too (rule 41), when the
 * meeting's attendance was recorded. */
static void
check_quorum_without_vote (PlSession  *session,
                           PlVoteRoll *roll,
                           PlProposal *proposal,
                           GPtrArray  *findings)
{
  JsonNode *action = pl_proposal_get_action (proposal);
  g_autoptr(GPtrArray) entitled = NULL;
  PlRecord *meeting;
  guint n_parties, n_present = 0;

  if (action == NULL || !JSON_NODE_HOLDS_OBJECT (action)
      || g_strcmp0 (pl_json_object_get_string (json_node_get_object (action), "method", NULL), "without_vote") != 0)
    return;
  meeting = pl_session_lookup (session, pl_json_object_get_string (json_node_get_object (action), "meeting", NULL));
  if (!PL_IS_MEETING (meeting) || pl_meeting_get_present (PL_MEETING (meeting)) == NULL)
    return;
  entitled = pl_vote_roll_entitled (roll, proposal, PL_MEETING (meeting), NULL);
  for (guint i = 0; i < entitled->len; i++)
    if (pl_delegation_get_category (PL_DELEGATION (pl_session_lookup (session, g_ptr_array_index (entitled, i))))
        != PL_DELEGATION_CATEGORY_REIO)
      n_present++;
  n_parties = pl_vote_roll_count_parties (roll, proposal);
  if (n_present < n_parties / 2 + 1)
    add (findings, PL_SEVERITY_ERROR, "votes.quorum", PL_RECORD (proposal),
         /* Translators: a document symbol, then three counts */
         g_strdup_printf (_("%s was adopted with %u States parties present, fewer than a majority of the %u States "
                            "parties (%u): rule 41 requires it. Check who was present."),
                          label_of (proposal), n_present, n_parties, n_parties / 2 + 1));
}

/**
 * pl_check_proposals:
 *
 * The register's and the votes' checks (the codes are listed in this
 * file's comment and in the help's findings page).
 */
void
pl_check_proposals (PlSession *session,
                    GPtrArray *findings)
{
  g_autoptr(GPtrArray) register_ = pl_proposals_list (session);
  GListModel *votes = pl_session_get_records (session, PL_TYPE_VOTE);
  /* One roll for the whole run: the session does not change during it. */
  g_autoptr(PlVoteRoll) roll = pl_vote_roll_new (session);

  for (guint i = 0; i < register_->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (register_, i);

      if (pl_proposal_get_status (proposal) == PL_PROPOSAL_STATUS_WITHDRAWN)
        continue;
      check_late (session, proposal, findings);
      check_item (session, proposal, findings);
      check_sponsors (session, proposal, findings);
      check_financial (proposal, findings);
      check_quorum_without_vote (session, roll, proposal, findings);
    }
  check_numbers (session, register_, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, findings);
  check_numbers (session, register_, PL_PROPOSAL_KIND_DRAFT_DECISION, findings);

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(PlVote) vote = g_list_model_get_item (votes, i);

      check_vote (session, roll, vote, findings);
    }
}
