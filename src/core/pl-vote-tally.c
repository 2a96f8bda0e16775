/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include "pl-credentials-status.h"
#include "pl-json-text.h"
#include "pl-proposals.h"
#include "pl-vote-tally.h"

/*
 * Who may vote, the quorum and the outcome of a vote (RULES.md, "Meetings,
 * decisions and the record"), derived from the session, never stored:
 *
 * - Entitled (rules 20, 57, 76): a State party (category `state_party`), or
 *   a regional economic integration organization that is a party (its
 *   `adherence` says `party`), present, with credentials of any status:
 *   pending the Bureau's report, representatives participate
 *   provisionally with the same rights (rule 20), so provisional, late,
 *   defective or objected-to credentials all vote; only a State from which
 *   nothing was received does not. On an item under a Protocol (the item's
 *   `instrument`), only the parties to that Protocol (the delegation's
 *   `adherence` for it says `party`) take the decision (rules 1 (c), 76).
 *   "Present" is the meeting's `present` list when it was recorded, else
 *   the delegation's own `present` flag. A delegate's copy holds no
 *   credentials (secretariat-only records): there the credentials
 *   condition is not applied rather than failing every State.
 * - REIO (rule 57): it votes with as many votes as its member States that
 *   are parties, and not when its member States vote, and conversely. So a
 *   REIO's ballot counts once for each of its member States (`member_states`)
 *   that is entitled (a party to the instrument, present, credentialed) and
 *   did not vote itself. When the session does not know its member States,
 *   its ballot counts as one vote and the tally lists it in `reio_unknown`
 *   (the checks report `votes.reio`); a REIO that votes while some of its
 *   members vote too is listed in `reio_conflict`.
 * - Quorum (rule 41): the presence of a majority of the States parties is
 *   required for any decision: the entitled States present (REIOs are not
 *   States and count in neither number) must be at least a majority of the
 *   States parties registered in the session: parties to the Convention,
 *   or to the Protocol for its items.
 * - Present and voting: yes + no; abstentions are not votes. Two thirds:
 *   yes >= ceil(2/3 x (yes + no)); simple majority: yes > no. Which one a
 *   question needs is the session's setting for its kind (`question`).
 * - Abstentions only (no yes, no no): rejected. Nobody present and voting
 *   means no majority of them voted for the proposal, and a proposal is
 *   adopted only by the votes for it; a zero-vote "adoption" would let a
 *   room that declined to vote decide. Hence `required` is at least one.
 */

static GPtrArray *
strv_array (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static gpointer
copy_string (gconstpointer string,
             gpointer      data)
{
  return g_strdup (string);
}

PlVoteTally *
pl_vote_tally_copy (PlVoteTally *tally)
{
  PlVoteTally *copy = g_new (PlVoteTally, 1);

  *copy = *tally;
  copy->entitled = g_ptr_array_copy (tally->entitled, copy_string, NULL);
  copy->ineligible = g_ptr_array_copy (tally->ineligible, copy_string, NULL);
  copy->reio_unknown = g_ptr_array_copy (tally->reio_unknown, copy_string, NULL);
  copy->reio_conflict = g_ptr_array_copy (tally->reio_conflict, copy_string, NULL);
  return copy;
}

void
pl_vote_tally_free (PlVoteTally *tally)
{
  if (tally == NULL)
    return;
  g_clear_pointer (&tally->entitled, g_ptr_array_unref);
  g_clear_pointer (&tally->ineligible, g_ptr_array_unref);
  g_clear_pointer (&tally->reio_unknown, g_ptr_array_unref);
  g_clear_pointer (&tally->reio_conflict, g_ptr_array_unref);
  g_free (tally);
}

G_DEFINE_BOXED_TYPE (PlVoteTally, pl_vote_tally, pl_vote_tally_copy, pl_vote_tally_free)

/**
 * pl_vote_instrument_of:
 *
 * Returns: (nullable): the `id` of the Protocol the proposal's item is
 *   under (an amendment's, the item of what it amends), or %NULL for the
 *   Convention
 */
const char *
pl_vote_instrument_of (PlSession  *session,
                       PlProposal *proposal)
{
  PlRecord *item;
  const char *instrument;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (proposal == NULL)
    return NULL;
  item = pl_session_lookup (session, pl_proposals_item_of (session, proposal));
  if (!PL_IS_AGENDA_ITEM (item))
    return NULL;
  instrument = pl_agenda_item_get_instrument (PL_AGENDA_ITEM (item));
  if (instrument == NULL || *instrument == '\0' ||
      g_strcmp0 (instrument, pl_session_settings_get_convention_id (pl_session_get_settings (session))) == 0)
    return NULL;
  return instrument;
}

static gboolean
adheres (PlDelegation *delegation,
         const char   *instrument)
{
  JsonNode *node = pl_delegation_get_adherence (delegation);

  if (instrument == NULL || node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  return g_strcmp0 (pl_json_object_get_string (json_node_get_object (node), instrument, NULL), "party") == 0;
}

/* A party to the instrument (%NULL: the Convention): a State party by
 * its category, and to a Protocol by its adherence; a REIO by its
 * adherence only, since its category does not say it is a party. */
static gboolean
is_party (PlDelegation *delegation,
          const char   *instrument,
          const char   *convention)
{
  switch (pl_delegation_get_category (delegation))
    {
    case PL_DELEGATION_CATEGORY_STATE_PARTY:
      return instrument == NULL || adheres (delegation, instrument);
    case PL_DELEGATION_CATEGORY_REIO:
      return adheres (delegation, instrument != NULL ? instrument : convention);
    case PL_DELEGATION_CATEGORY_SIGNATORY:
    case PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE:
    case PL_DELEGATION_CATEGORY_UN_ENTITY:
    case PL_DELEGATION_CATEGORY_IGO:
    case PL_DELEGATION_CATEGORY_NGO_ECOSOC:
    case PL_DELEGATION_CATEGORY_NGO_OTHER:
    default:
      return FALSE;
    }
}

static gboolean
json_array_has_string (JsonNode   *node,
                       const char *value)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (json_node_get_value_type (element) == G_TYPE_STRING
          && g_strcmp0 (json_node_get_string (element), value) == 0)
        return TRUE;
    }
  return FALSE;
}

/* English alphabetical order: by the name with accents folded to ASCII
 * ("Côte d'Ivoire" among the Cs) and case ignored. */
static char *
sort_key (PlDelegation *delegation)
{
  const char *name = pl_delegation_get_name (delegation);
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : pl_record_get_id (PL_RECORD (delegation)), "C");

  return g_ascii_strdown (ascii, -1);
}

typedef struct
{
  char         *key;
  char         *id;
  PlDelegation *delegation;
  gboolean      credentialed;   /* its credentials are not missing */
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_free (entry->id);
  g_clear_object (&entry->delegation);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;
  int c = strcmp (x->key, y->key);

  return c != 0 ? c : strcmp (x->id, y->id);
}

/* Every delegation in roll-call order with its credentials condition,
 * computed once: a check of the huge session's 400 votes made each vote
 * build its own credentials context, derive 2,000 statuses and sort keys
 * and sort them (issue 23: 64 % of the check). */
struct _PlVoteRoll
{
  PlSession *session;
  gboolean   check_credentials;
  GArray    *entries;   /* of Entry, sorted by compare_entries() */
  GHashTable *n_parties;  /* instrument ("": the Convention) → count + 1 */
};

/**
 * pl_vote_roll_new:
 *
 * A snapshot of @session's delegations for pl_vote_roll_entitled() and
 * pl_vote_tally_compute_with(): their roll-call order and whether they
 * have credentials, computed once for many votes (a check run). Like a
 * #PlCredentialsContext, make it again after the session changes.
 *
 * Returns: (transfer full): the roll
 */
PlVoteRoll *
pl_vote_roll_new (PlSession *session)
{
  g_auto(PlCredentialsContext) context = { 0 };
  GListModel *delegations;
  PlVoteRoll *roll;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  roll = g_new0 (PlVoteRoll, 1);
  roll->session = g_object_ref (session);
  roll->check_credentials = !pl_session_is_delegate_copy (session);
  roll->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (roll->entries, entry_clear);
  roll->n_parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (roll->check_credentials)
    pl_credentials_context_init (&context, session);

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      PlDelegation *delegation = g_list_model_get_item (delegations, i);
      Entry entry;

      entry.key = sort_key (delegation);
      entry.id = g_strdup (pl_record_get_id (PL_RECORD (delegation)));
      entry.delegation = delegation;
      entry.credentialed = !roll->check_credentials
                           || pl_credentials_derive_status (pl_delegation_get_category (delegation),
                                                            pl_credentials_context_find (&context, delegation),
                                                            &context) != PL_CREDENTIALS_STATUS_MISSING;
      g_array_append_val (roll->entries, entry);
    }
  g_array_sort (roll->entries, compare_entries);
  return roll;
}

void
pl_vote_roll_free (PlVoteRoll *roll)
{
  if (roll == NULL)
    return;
  g_array_unref (roll->entries);
  g_hash_table_unref (roll->n_parties);
  g_object_unref (roll->session);
  g_free (roll);
}

/* The meeting's `present` list as a set: looking each delegation up in
 * the array made a vote quadratic in the delegations. NULL: the list was
 * not recorded, the delegations' own flags say who is present. */
static GHashTable *
present_set (PlMeeting *meeting)
{
  JsonNode *present = meeting != NULL ? pl_meeting_get_present (meeting) : NULL;
  GHashTable *set;
  JsonArray *array;

  if (present == NULL || !JSON_NODE_HOLDS_ARRAY (present))
    return NULL;
  set = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (present);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (json_node_get_value_type (element) == G_TYPE_STRING)
        g_hash_table_add (set, (gpointer) json_node_get_string (element));
    }
  return set;
}

/**
 * pl_vote_roll_entitled:
 *
 * pl_vote_entitled() from @roll's snapshot of the session.
 *
 * Returns: (transfer full) (element-type utf8): delegation _ids
 */
GPtrArray *
pl_vote_roll_entitled (PlVoteRoll *roll,
                       PlProposal *proposal,
                       PlMeeting  *meeting,
                       const char *drawn)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GHashTable) present = NULL;
  g_autofree char *drawn_key = NULL;
  const char *instrument, *convention;
  GPtrArray *result = strv_array ();
  guint start = 0;

  g_return_val_if_fail (roll != NULL, result);

  instrument = pl_vote_instrument_of (roll->session, proposal);
  convention = pl_session_settings_get_convention_id (pl_session_get_settings (roll->session));
  present = present_set (meeting);

  /* The roll is sorted: the entitled among it are too. */
  for (guint i = 0; i < roll->entries->len; i++)
    {
      Entry *entry = &g_array_index (roll->entries, Entry, i);

      if (!entry->credentialed || !is_party (entry->delegation, instrument, convention))
        continue;
      if (present != NULL ? !g_hash_table_contains (present, entry->id)
                          : !pl_delegation_get_present (entry->delegation))
        continue;
      g_ptr_array_add (entries, entry);
    }

  if (drawn != NULL && PL_IS_DELEGATION (pl_session_lookup (roll->session, drawn)))
    {
      Entry probe;

      drawn_key = sort_key (PL_DELEGATION (pl_session_lookup (roll->session, drawn)));
      probe.key = drawn_key;
      probe.id = (char *) drawn;
      while (start < entries->len && compare_entries (g_ptr_array_index (entries, start), &probe) < 0)
        start++;
      if (start == entries->len)
        start = 0;
    }

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (result, g_strdup (((Entry *) g_ptr_array_index (entries, (start + i) % entries->len))->id));
  return result;
}

/**
 * pl_vote_entitled:
 * @proposal: (nullable): what is put to the vote; %NULL: a question under
 *   the Convention
 * @meeting: (nullable): the meeting, whose `present` list says who is
 *   present when it was recorded
 * @drawn: (nullable): the delegation _id drawn by lot
 *
 * The delegations entitled to vote on @proposal (the file's comment says
 * who: rules 20, 57, 76), in roll-call order: English alphabetical order,
 * starting with the State drawn by lot and wrapping round to the start of
 * the alphabet. When the drawn delegation is not itself entitled, the roll
 * call starts where its name would stand. For many votes, make a
 * #PlVoteRoll once and call pl_vote_roll_entitled().
 *
 * Returns: (transfer full) (element-type utf8): delegation _ids
 */
GPtrArray *
pl_vote_entitled (PlSession  *session,
                  PlProposal *proposal,
                  PlMeeting  *meeting,
                  const char *drawn)
{
  g_autoptr(PlVoteRoll) roll = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), strv_array ());

  roll = pl_vote_roll_new (session);
  return pl_vote_roll_entitled (roll, proposal, meeting, drawn);
}

/**
 * pl_vote_count_parties:
 * @proposal: (nullable): what is put to the vote
 *
 * The quorum's base (rule 41): the States parties registered in the
 * session, to the Convention or, for a Protocol's item, to the Protocol;
 * present or not. REIOs are not States and are not counted.
 */
guint
pl_vote_count_parties (PlSession  *session,
                       PlProposal *proposal)
{
  GListModel *delegations;
  const char *instrument;
  guint n = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), 0);

  instrument = pl_vote_instrument_of (session, proposal);
  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_STATE_PARTY
          && is_party (delegation, instrument, NULL))
        n++;
    }
  return n;
}

/**
 * pl_vote_required:
 *
 * Returns: the yes votes @majority needs out of @present_and_voting:
 *   ceil(2/3 x present and voting), or more than half; at least one, for
 *   abstentions alone adopt nothing (see the file's comment)
 */
guint
pl_vote_required (PlMajority majority,
                  guint      present_and_voting)
{
  guint required;

  if (majority == PL_MAJORITY_TWO_THIRDS)
    required = (2 * present_and_voting + 2) / 3;
  else
    required = present_and_voting / 2 + 1;
  return MAX (required, 1);
}

static gboolean
ptr_array_has (GPtrArray  *array,
               const char *id)
{
  return g_ptr_array_find_with_equal_func (array, id, g_str_equal, NULL);
}

static guint
json_count (JsonNode   *counts,
            const char *member)
{
  JsonNode *node;
  gint64 value;

  if (counts == NULL || !JSON_NODE_HOLDS_OBJECT (counts))
    return 0;
  node = json_object_get_member (json_node_get_object (counts), member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return 0;
  value = json_node_get_int (node);
  return value < 0 ? 0 : (guint) MIN (value, G_MAXUINT);
}

static void
add_ballot (PlVoteTally *tally,
            PlBallot     ballot,
            guint        weight)
{
  switch (ballot)
    {
    case PL_BALLOT_YES:
      tally->yes += weight;
      break;
    case PL_BALLOT_NO:
      tally->no += weight;
      break;
    case PL_BALLOT_ABSTAIN:
      tally->abstain += weight;
      break;
    case PL_BALLOT_NONE:
    default:
      break;
    }
}

/* The entitled member States of @reio (rule 57), and whether any of them
 * voted itself; %FALSE when the session does not know its members. */
static gboolean
reio_members (PlDelegation *reio,
              PlVote       *vote,
              GPtrArray    *entitled,
              guint        *silent,
              gboolean     *some_voted)
{
  JsonNode *node = pl_delegation_get_member_states (reio);
  JsonArray *array;

  *silent = 0;
  *some_voted = FALSE;
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *member;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      member = json_node_get_string (element);
      if (!ptr_array_has (entitled, member))
        continue;
      if (pl_vote_get_ballot (vote, member) != PL_BALLOT_NONE)
        *some_voted = TRUE;
      else
        (*silent)++;
    }
  return TRUE;
}

/* Whether the REIO @delegation_id belongs to voted on the member's behalf:
 * a roll call does not wait for a State whose organization voted for it. */
static gboolean
covered_by_reio (PlSession  *session,
                 PlVote     *vote,
                 GPtrArray  *entitled,
                 const char *delegation_id)
{
  for (guint i = 0; i < entitled->len; i++)
    {
      PlRecord *record = pl_session_lookup (session, g_ptr_array_index (entitled, i));

      if (PL_IS_DELEGATION (record)
          && pl_delegation_get_category (PL_DELEGATION (record)) == PL_DELEGATION_CATEGORY_REIO
          && pl_vote_get_ballot (vote, pl_record_get_id (record)) != PL_BALLOT_NONE
          && json_array_has_string (pl_delegation_get_member_states (PL_DELEGATION (record)), delegation_id))
        return TRUE;
    }
  return FALSE;
}

/* Whether a REIO's member States voted: then it need not be called. */
static gboolean
members_voted (PlDelegation *reio,
               PlVote       *vote)
{
  JsonNode *node = pl_delegation_get_member_states (reio);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);

      if (json_node_get_value_type (element) == G_TYPE_STRING
          && pl_vote_get_ballot (vote, json_node_get_string (element)) != PL_BALLOT_NONE)
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_vote_roll_count_parties:
 *
 * pl_vote_count_parties(), counted once per instrument of the roll's
 * votes.
 */
guint
pl_vote_roll_count_parties (PlVoteRoll *roll,
                            PlProposal *proposal)
{
  const char *instrument;
  gpointer n;

  g_return_val_if_fail (roll != NULL, 0);

  instrument = pl_vote_instrument_of (roll->session, proposal);

  if (!g_hash_table_lookup_extended (roll->n_parties, instrument ? instrument : "", NULL, &n))
    {
      n = GUINT_TO_POINTER (pl_vote_count_parties (roll->session, proposal) + 1);
      g_hash_table_insert (roll->n_parties, g_strdup (instrument ? instrument : ""), n);
    }
  return GPOINTER_TO_UINT (n) - 1;
}

/**
 * pl_vote_tally_compute:
 *
 * Derives a vote's entitled voters, quorum, counts, majority and outcome
 * (the rules are in this file's comment). A recorded or roll-call vote is
 * counted from its `ballots` (a ballot from a delegation not entitled is
 * not counted, and listed in `ineligible`); a non-recorded vote from its
 * `counts`. The outcome: %PL_VOTE_OUTCOME_NO_QUORUM without the quorum;
 * %PL_VOTE_OUTCOME_INCOMPLETE while a roll call has entitled States not
 * called (a member State whose REIO voted, or a REIO whose members voted,
 * is not waited for); else adopted when the yes votes reach `required`.
 *
 * Returns: (transfer full): the tally
 */
PlVoteTally *
pl_vote_tally_compute (PlSession *session,
                       PlVote    *vote)
{
  g_autoptr(PlVoteRoll) roll = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_VOTE (vote), NULL);

  roll = pl_vote_roll_new (session);
  return pl_vote_tally_compute_with (roll, vote);
}

/**
 * pl_vote_tally_compute_with:
 *
 * pl_vote_tally_compute() from @roll's snapshot of the session: for the
 * votes of a check run.
 *
 * Returns: (transfer full): the tally
 */
PlVoteTally *
pl_vote_tally_compute_with (PlVoteRoll *roll,
                            PlVote     *vote)
{
  PlSession *session;
  PlVoteTally *tally;
  PlRecord *proposal, *meeting;
  PlSessionSettings *settings;
  gboolean incomplete = FALSE;

  g_return_val_if_fail (roll != NULL, NULL);
  g_return_val_if_fail (PL_IS_VOTE (vote), NULL);

  session = roll->session;

  tally = g_new0 (PlVoteTally, 1);
  tally->ineligible = strv_array ();
  tally->reio_unknown = strv_array ();
  tally->reio_conflict = strv_array ();

  proposal = pl_session_lookup (session, pl_vote_get_proposal (vote));
  meeting = pl_session_lookup (session, pl_vote_get_meeting (vote));
  tally->entitled = pl_vote_roll_entitled (roll,
                                           PL_IS_PROPOSAL (proposal) ? PL_PROPOSAL (proposal) : NULL,
                                           PL_IS_MEETING (meeting) ? PL_MEETING (meeting) : NULL,
                                           pl_vote_get_drawn (vote));
  tally->n_parties = pl_vote_roll_count_parties (roll, PL_IS_PROPOSAL (proposal) ? PL_PROPOSAL (proposal) : NULL);
  for (guint i = 0; i < tally->entitled->len; i++)
    {
      PlRecord *record = pl_session_lookup (session, g_ptr_array_index (tally->entitled, i));

      if (pl_delegation_get_category (PL_DELEGATION (record)) != PL_DELEGATION_CATEGORY_REIO)
        tally->n_present++;
    }
  tally->quorum = tally->n_parties / 2 + 1;
  tally->quorum_met = tally->n_present >= tally->quorum;

  settings = pl_session_get_settings (session);
  tally->majority = pl_vote_get_question (vote) == PL_VOTE_QUESTION_PROCEDURE
                    ? pl_session_settings_get_majority_procedure (settings)
                    : pl_session_settings_get_majority_substance (settings);

  if (pl_vote_get_kind (vote) == PL_VOTE_KIND_NON_RECORDED)
    {
      JsonNode *counts = pl_vote_get_counts (vote);

      tally->yes = json_count (counts, "yes");
      tally->no = json_count (counts, "no");
      tally->abstain = json_count (counts, "abstain");
    }
  else
    {
      JsonNode *ballots = pl_vote_get_ballots (vote);

      if (ballots != NULL && JSON_NODE_HOLDS_OBJECT (ballots))
        {
          JsonObjectIter iter;
          const char *id;
          JsonNode *value;

          json_object_iter_init_ordered (&iter, json_node_get_object (ballots));
          while (json_object_iter_next_ordered (&iter, &id, &value))
            {
              PlRecord *record = pl_session_lookup (session, id);
              PlBallot ballot = pl_vote_get_ballot (vote, id);
              guint weight = 1;

              if (ballot == PL_BALLOT_NONE)
                continue;
              if (!ptr_array_has (tally->entitled, id))
                {
                  g_ptr_array_add (tally->ineligible, g_strdup (id));
                  continue;
                }
              if (pl_delegation_get_category (PL_DELEGATION (record)) == PL_DELEGATION_CATEGORY_REIO)
                {
                  gboolean some_voted;
                  guint silent;

                  if (!reio_members (PL_DELEGATION (record), vote, tally->entitled, &silent, &some_voted))
                    g_ptr_array_add (tally->reio_unknown, g_strdup (id));
                  else
                    {
                      weight = silent;
                      if (some_voted)
                        g_ptr_array_add (tally->reio_conflict, g_strdup (id));
                    }
                }
              add_ballot (tally, ballot, weight);
            }
        }

      if (pl_vote_get_kind (vote) == PL_VOTE_KIND_ROLL_CALL)
        for (guint i = 0; i < tally->entitled->len && !incomplete; i++)
          {
            const char *id = g_ptr_array_index (tally->entitled, i);
            PlDelegation *delegation = PL_DELEGATION (pl_session_lookup (session, id));

            if (pl_vote_get_ballot (vote, id) != PL_BALLOT_NONE)
              continue;
            if (pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_REIO
                ? members_voted (delegation, vote)
                : covered_by_reio (session, vote, tally->entitled, id))
              continue;
            incomplete = TRUE;
          }
    }

  tally->present_and_voting = tally->yes + tally->no;
  tally->required = pl_vote_required (tally->majority, tally->present_and_voting);
  if (!tally->quorum_met)
    tally->outcome = PL_VOTE_OUTCOME_NO_QUORUM;
  else if (incomplete)
    tally->outcome = PL_VOTE_OUTCOME_INCOMPLETE;
  else if (tally->yes >= tally->required)
    tally->outcome = PL_VOTE_OUTCOME_ADOPTED;
  else
    tally->outcome = PL_VOTE_OUTCOME_REJECTED;

  return tally;
}
