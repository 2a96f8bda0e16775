/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-check.h"
#include "pl-proposals.h"
#include "pl-session-file.h"
#include "pl-vote-tally.h"

/*
 * Issue 19: the register of proposals (pl-proposals.c): symbols and
 * revisions, amendments, sponsors, the workflow and rule 54, action taken
 * and votes, numbering, co-sponsorship requests; each action one undo
 * step, and bad input changes nothing (the whole session file, compared
 * before and after, is the same).
 */

#define AUSTRIA "delegation:AUT"
#define BELGIUM "delegation:BEL"
#define CHILE "delegation:CHL"
#define FINLAND "delegation:FIN"

static void
add_state (PlSession  *session,
           const char *iso3,
           const char *name,
           gboolean    party)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso3);
  g_autofree char *cid = g_strdup_printf ("credentials:%s", iso3);
  g_autoptr(PlDelegation) delegation = pl_delegation_new (id);
  g_autoptr(PlCredentials) credentials = pl_credentials_new (cid);

  pl_delegation_set_name (delegation, name);
  pl_delegation_set_iso3 (delegation, iso3);
  pl_delegation_set_category (delegation, party ? PL_DELEGATION_CATEGORY_STATE_PARTY
                                                : PL_DELEGATION_CATEGORY_SIGNATORY);
  pl_delegation_set_present (delegation, TRUE);
  pl_session_add_record (session, PL_RECORD (delegation));
  pl_credentials_set_delegation (credentials, id);
  pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
  pl_credentials_set_issuer (credentials, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER);
  pl_session_add_record (session, PL_RECORD (credentials));
}

/* Three States parties present with credentials, a signatory, two items
 * (the second first on the agenda), a plenary meeting and one of the
 * Committee of the Whole; nothing to undo. */
static PlSession *
small_session (void)
{
  PlSession *session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(PlAgendaItem) first = pl_agenda_item_new ("item:first");
  g_autoptr(PlAgendaItem) second = pl_agenda_item_new ("item:second");
  g_autoptr(PlMeeting) plenary = pl_meeting_new ("meeting:plenary");
  g_autoptr(PlMeeting) committee = pl_meeting_new ("meeting:cow");

  pl_session_settings_set_session_number (settings, 10);
  pl_session_settings_set_timezone (settings, "Europe/Vienna");
  pl_session_settings_set_start_date (settings, "2020-10-12");
  pl_session_settings_set_end_date (settings, "2020-10-16");
  pl_session_settings_set_proposal_deadline (settings, "2020-09-21");
  pl_agenda_item_set_title (first, "Organizational matters");
  pl_agenda_item_set_position (first, "a");
  pl_session_add_record (session, PL_RECORD (first));
  pl_agenda_item_set_title (second, "Technical assistance");
  pl_agenda_item_set_position (second, "b");
  pl_session_add_record (session, PL_RECORD (second));
  add_state (session, "AUT", "Austria", TRUE);
  add_state (session, "BEL", "Belgium", TRUE);
  add_state (session, "CHL", "Chile", TRUE);
  add_state (session, "FIN", "Finland", FALSE);
  pl_meeting_set_body (plenary, PL_MEETING_BODY_PLENARY);
  pl_meeting_set_date (plenary, "2020-10-15");
  pl_session_add_record (session, PL_RECORD (plenary));
  pl_meeting_set_body (committee, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE);
  pl_meeting_set_date (committee, "2020-10-14");
  pl_session_add_record (session, PL_RECORD (committee));
  pl_history_clear (pl_session_get_history (session));
  return session;
}

static char *
snapshot (PlSession *session)
{
  gsize length;

  return pl_session_file_serialize (session, &length);
}

static PlProposal *
add_submitted (PlSession      *session,
               PlProposalKind  kind,
               const char     *symbol,
               const char     *item)
{
  g_autoptr(GError) error = NULL;
  PlProposal *proposal = pl_proposals_add (session, kind, symbol, "A text", &error);

  g_assert_no_error (error);
  g_assert_nonnull (proposal);
  pl_proposal_set_item (proposal, item);
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_SUBMITTED, &error));
  g_assert_no_error (error);
  return proposal;
}

static void
test_symbol_parse (void)
{
  static const struct { const char *symbol; const char *base; int revision; } good[] = {
    { "CTOC/COP/2020/L.3", "CTOC/COP/2020/L.3", 0 },
    { "CTOC/COP/2020/L.3/Rev.1", "CTOC/COP/2020/L.3", 1 },
    { "CTOC/COP/2020/L.12/Rev.2", "CTOC/COP/2020/L.12", 2 },
    { "A/C.3/75/L.7", "A/C.3/75/L.7", 0 },
  };
  static const char *bad[] = {
    "", "L.3", "CTOC/COP/2020/3", "CTOC/COP/2020/L.3/Rev.0", "CTOC/COP/2020/L.03", "ctoc/cop/2020/L.3",
    "CTOC/COP/2020/L.3/Rev.1/Rev.2", "CTOC/COP/2020/L.3/Add.1", "CTOC/COP/2020/L.", "CTOC//L.3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *base = NULL;
      int revision = -1;

      g_test_message ("%s", good[i].symbol);
      g_assert_true (pl_proposal_symbol_parse (good[i].symbol, &base, &revision, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (base, ==, good[i].base);
      g_assert_cmpint (revision, ==, good[i].revision);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (pl_proposal_symbol_parse (bad[i], NULL, NULL, &error));
      g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL);
      g_assert_cmpstr (error->message, !=, "");
    }
}

/* A bad or taken symbol changes nothing; a good one is one undo step. */
static void
test_add (void)
{
  g_autoptr(PlSession) session = small_session ();
  PlHistory *history = pl_session_get_history (session);
  GListModel *proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *proposal;

  proposal = pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.3", "Firearms", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, PL_PROPOSAL_STATUS_DRAFT);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Add Proposal");

  before = snapshot (session);
  g_assert_null (pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L3", NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL);
  g_clear_error (&error);
  g_assert_null (pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.3", NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL_TAKEN);
  g_clear_error (&error);
  g_assert_null (pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_DECISION, NULL, "No symbol", &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 1);

  /* An oral amendment and a motion have no L document. */
  g_assert_nonnull (pl_proposals_add (session, PL_PROPOSAL_KIND_ORAL_AMENDMENT, NULL, "Insert “all”", &error));
  g_assert_no_error (error);
  g_assert_nonnull (pl_proposals_add (session, PL_PROPOSAL_KIND_PROCEDURAL_MOTION, NULL, "Adjourn", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 3);
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (proposals), ==, 2);
}

static void
test_revisions (void)
{
  g_autoptr(PlSession) session = small_session ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *original, *rev1, *rev2;

  original = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.3", "item:second");
  g_assert_true (pl_proposals_add_sponsor (session, original, AUSTRIA, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  rev1 = pl_proposals_revise (session, original, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_proposal_get_symbol (rev1), ==, "CTOC/COP/2020/L.3/Rev.1");
  g_assert_cmpstr (pl_proposal_get_revises (rev1), ==, pl_record_get_id (PL_RECORD (original)));
  g_assert_cmpstr (pl_proposal_get_title (rev1), ==, "A text");
  g_assert_cmpstr (pl_proposal_get_item (rev1), ==, "item:second");
  g_assert_cmpstr (pl_proposal_get_submitted (rev1), ==, pl_proposal_get_submitted (original));
  g_assert_true (pl_proposals_is_sponsor (rev1, AUSTRIA));
  g_assert_true (pl_proposals_is_superseded (session, original));
  g_assert_false (pl_proposals_is_superseded (session, rev1));
  g_assert_true (pl_proposals_current (session, original) == rev1);

  /* Only the latest revision is revised, or moves. */
  before = snapshot (session);
  g_assert_null (pl_proposals_revise (session, original, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_clear_error (&error);
  g_assert_false (pl_proposals_set_status (session, original, PL_PROPOSAL_STATUS_IN_CONSULTATIONS, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);

  rev2 = pl_proposals_revise (session, rev1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_proposal_get_symbol (rev2), ==, "CTOC/COP/2020/L.3/Rev.2");
  g_assert_true (pl_proposals_current (session, original) == rev2);

  /* The register shows the latest only; the history stays. */
  list = pl_proposals_list (session);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (g_ptr_array_index (list, 0) == rev2);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_PROPOSAL)), ==, 3);

  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_session_lookup (session, "CTOC/COP/2020/L.3/Rev.2"));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_PROPOSAL)), ==, 2);
  g_assert_true (pl_proposals_current (session, original) == rev1);
}

static void
test_sponsors (void)
{
  g_autoptr(PlSession) session = small_session ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) joined = g_date_time_new_from_iso8601 ("2020-09-10T09:00:00Z", NULL);
  g_autoptr(GPtrArray) sponsors = NULL;
  g_autoptr(GPtrArray) cosponsors = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *proposal;
  JsonObject *entry;

  proposal = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.3", "item:second");
  g_assert_true (pl_proposals_add_sponsor (session, proposal, AUSTRIA, FALSE, "african", joined, &error));
  g_assert_no_error (error);
  g_assert_true (pl_proposals_add_sponsor (session, proposal, BELGIUM, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Add Co-sponsor");
  entry = json_array_get_object_element (json_node_get_array (pl_proposal_get_sponsors (proposal)), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "delegation"), ==, AUSTRIA);
  g_assert_cmpstr (json_object_get_string_member (entry, "role"), ==, "sponsor");
  g_assert_cmpstr (json_object_get_string_member (entry, "on_behalf_of"), ==, "african");
  g_assert_cmpstr (json_object_get_string_member (entry, "joined"), ==, "2020-09-10T09:00:00Z");
  g_assert_true (json_object_get_null_member (entry, "withdrawn"));

  sponsors = pl_proposals_sponsor_names (session, proposal, FALSE);
  cosponsors = pl_proposals_sponsor_names (session, proposal, TRUE);
  g_assert_cmpuint (sponsors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sponsors, 0), ==, "Austria, on behalf of the African States");
  g_assert_cmpuint (cosponsors->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cosponsors, 0), ==, "Belgium");

  /* Refused, and nothing changed: a second time, a stranger, a
   * withdrawal by one that does not sponsor. */
  before = snapshot (session);
  g_assert_false (pl_proposals_add_sponsor (session, proposal, BELGIUM, FALSE, NULL, NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SPONSOR);
  g_clear_error (&error);
  g_assert_false (pl_proposals_add_sponsor (session, proposal, "delegation:ZZZ", TRUE, NULL, NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DELEGATION);
  g_clear_error (&error);
  g_assert_false (pl_proposals_withdraw_sponsor (session, proposal, CHILE, NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SPONSOR);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);

  /* Withdrawn names stay on the record, out of the lists; the State may
   * join again. */
  g_assert_true (pl_proposals_withdraw_sponsor (session, proposal, BELGIUM, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pl_proposals_is_sponsor (proposal, BELGIUM));
  g_clear_pointer (&cosponsors, g_ptr_array_unref);
  cosponsors = pl_proposals_sponsor_names (session, proposal, TRUE);
  g_assert_cmpuint (cosponsors->len, ==, 0);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (pl_proposal_get_sponsors (proposal))), ==, 2);
  g_assert_true (pl_proposals_add_sponsor (session, proposal, BELGIUM, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pl_proposals_is_sponsor (proposal, BELGIUM));
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_proposals_is_sponsor (proposal, BELGIUM));

  /* States join until the text is adopted. */
  g_assert_true (pl_proposals_take_action_without_vote (session, proposal, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_false (pl_proposals_add_sponsor (session, proposal, CHILE, TRUE, NULL, NULL, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_assert_false (pl_proposals_is_sponsor (proposal, CHILE));
}

static void
test_workflow (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *proposal;

  proposal = pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (pl_proposal_get_submitted (proposal));

  /* A draft is not approved before it is submitted. */
  before = snapshot (session);
  g_assert_false (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_APPROVED, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);

  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_SUBMITTED, &error));
  g_assert_nonnull (pl_proposal_get_submitted (proposal));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_IN_CONSULTATIONS, &error));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_APPROVED, &error));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_proposal_get_adopted_as (proposal), ==, "10/1");

  /* Adopted is final at the session (rule 55), and not withdrawn. */
  g_assert_false (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_DRAFT, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_clear_error (&error);
  g_assert_false (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_WITHDRAWN, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL);
  g_clear_error (&error);

  /* Withdrawn, then reintroduced (rule 54). */
  proposal = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.2", "item:first");
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_WITHDRAWN, &error));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_SUBMITTED, &error));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_DEFERRED, &error));
  g_assert_true (pl_proposals_set_status (session, proposal, PL_PROPOSAL_STATUS_IN_CONSULTATIONS, &error));
  g_assert_no_error (error);
}

/* Rule 54: not once put to the vote, nor once amended by decision. */
static void
test_rule_54 (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PlVote) vote = pl_vote_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *voted, *amended, *amendment;

  voted = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  pl_vote_set_meeting (vote, "meeting:plenary");
  pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_NO);
  pl_vote_set_ballot (vote, BELGIUM, PL_BALLOT_NO);
  g_assert_true (pl_proposals_record_vote (session, voted, vote, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_proposal_get_status (voted), ==, PL_PROPOSAL_STATUS_REJECTED);

  amended = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.2", "item:first");
  amendment = add_submitted (session, PL_PROPOSAL_KIND_AMENDMENT, "CTOC/COP/2020/L.4", NULL);
  g_assert_true (pl_proposals_set_amends (session, amendment, pl_record_get_id (PL_RECORD (amended)), &error));
  g_assert_cmpstr (pl_proposals_item_of (session, amendment), ==, "item:first");
  g_assert_true (pl_proposals_can_withdraw (session, amended, NULL));
  g_assert_true (pl_proposals_take_action_without_vote (session, amendment, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  /* An amendment gets no number. */
  g_assert_null (pl_proposal_get_adopted_as (amendment));

  before = snapshot (session);
  g_assert_false (pl_proposals_set_status (session, amended, PL_PROPOSAL_STATUS_WITHDRAWN, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
}

static void
test_amends (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *text, *a, *b;

  text = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  a = add_submitted (session, PL_PROPOSAL_KIND_AMENDMENT, "CTOC/COP/2020/L.5", NULL);
  b = add_submitted (session, PL_PROPOSAL_KIND_ORAL_AMENDMENT, NULL, NULL);
  g_assert_true (pl_proposals_set_amends (session, a, pl_record_get_id (PL_RECORD (text)), &error));
  g_assert_true (pl_proposals_set_amends (session, b, pl_record_get_id (PL_RECORD (a)), &error));
  g_assert_no_error (error);

  before = snapshot (session);
  g_assert_false (pl_proposals_set_amends (session, a, pl_record_get_id (PL_RECORD (a)), &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_AMENDS);
  g_clear_error (&error);
  /* Through its own amendment. */
  g_assert_false (pl_proposals_set_amends (session, a, pl_record_get_id (PL_RECORD (b)), &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_AMENDS);
  g_clear_error (&error);
  g_assert_false (pl_proposals_set_amends (session, a, "proposal:nowhere", &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_AMENDS);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
}

/* Resolutions and decisions numbered apart, in order of adoption; a
 * number taken twice refused. */
static void
test_numbering (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *next = NULL;
  PlProposal *r1, *d1, *r2, *d2;

  r1 = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  d1 = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.2", "item:first");
  r2 = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.3", "item:second");
  d2 = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.4", "item:second");
  g_assert_null (pl_proposals_next_number (session, PL_PROPOSAL_KIND_AMENDMENT));

  /* Adopted in the order r2, d1, r1, d2. */
  g_assert_true (pl_proposals_take_action_without_vote (session, r2, "meeting:plenary", PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_true (pl_proposals_take_action_without_vote (session, d1, "meeting:plenary", PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_true (pl_proposals_take_action_without_vote (session, r1, "meeting:plenary", PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_proposal_get_adopted_as (r2), ==, "10/1");
  g_assert_cmpstr (pl_proposal_get_adopted_as (d1), ==, "10/1");
  g_assert_cmpstr (pl_proposal_get_adopted_as (r1), ==, "10/2");
  next = pl_proposals_next_number (session, PL_PROPOSAL_KIND_DRAFT_DECISION);
  g_assert_cmpstr (next, ==, "10/2");

  /* Approved by the Committee of the Whole: no number yet. */
  g_assert_true (pl_proposals_take_action_without_vote (session, d2, "meeting:cow", PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_cmpint (pl_proposal_get_status (d2), ==, PL_PROPOSAL_STATUS_APPROVED);
  g_assert_null (pl_proposal_get_adopted_as (d2));

  before = snapshot (session);
  g_assert_false (pl_proposals_set_number (session, d2, "10/1", &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER);
  g_clear_error (&error);
  g_assert_false (pl_proposals_set_number (session, d2, "ten/2", &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER);
  g_clear_error (&error);
  /* Acted on already. */
  g_assert_false (pl_proposals_take_action_without_vote (session, r1, "meeting:plenary", PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);

  /* Rejected without a vote: no number; withdrawn is no action. */
  {
    PlProposal *r3 = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.9", "item:first");

    g_assert_false (pl_proposals_take_action_without_vote (session, r3, "meeting:plenary",
                                                           PL_PROPOSAL_STATUS_WITHDRAWN, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW);
    g_clear_error (&error);
    g_assert_null (pl_proposal_get_action (r3));
    g_assert_true (pl_proposals_take_action_without_vote (session, r3, "meeting:plenary",
                                                          PL_PROPOSAL_STATUS_REJECTED, &error));
    g_assert_no_error (error);
    g_assert_cmpint (pl_proposal_get_status (r3), ==, PL_PROPOSAL_STATUS_REJECTED);
    g_assert_null (pl_proposal_get_adopted_as (r3));
  }

  /* The same number is fine in the other series. */
  g_assert_true (pl_proposals_set_number (session, d2, "10/2", &error));
  g_assert_no_error (error);
}

/* Action without a vote and a recorded vote are one undo step each. */
static void
test_undo_one_step (void)
{
  g_autoptr(PlSession) session = small_session ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlVote) vote = pl_vote_new ("vote:one");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *proposal;

  proposal = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  before = snapshot (session);
  g_assert_true (pl_proposals_take_action_without_vote (session, proposal, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Adopt Without a Vote");
  g_assert_true (pl_history_undo (history));
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  pl_vote_set_meeting (vote, "meeting:plenary");
  pl_vote_set_kind (vote, PL_VOTE_KIND_ROLL_CALL);
  pl_vote_set_drawn (vote, BELGIUM);
  pl_vote_set_ballot (vote, BELGIUM, PL_BALLOT_YES);
  pl_vote_set_ballot (vote, CHILE, PL_BALLOT_YES);
  pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_ABSTAIN);
  g_assert_true (pl_proposals_record_vote (session, proposal, vote, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, PL_PROPOSAL_STATUS_ADOPTED);
  g_assert_cmpstr (pl_proposal_get_adopted_as (proposal), ==, "10/1");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (pl_proposal_get_action (proposal)), "vote"),
                   ==, "vote:one");
  g_assert_true (pl_session_lookup (session, "vote:one") == PL_RECORD (vote));
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Record Vote");
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_session_lookup (session, "vote:one"));
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, PL_PROPOSAL_STATUS_SUBMITTED);
  g_assert_null (pl_proposal_get_action (proposal));
  g_assert_null (pl_proposal_get_adopted_as (proposal));
}

/* A ballot for a State not in the session, or not entitled, an
 * unfinished roll call, amendments out of order: refused, nothing
 * changed. */
static void
test_record_vote_refused (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *text, *amendment;

  text = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  amendment = add_submitted (session, PL_PROPOSAL_KIND_AMENDMENT, "CTOC/COP/2020/L.6", NULL);
  g_assert_true (pl_proposals_set_amends (session, amendment, pl_record_get_id (PL_RECORD (text)), &error));
  g_assert_no_error (error);
  before = snapshot (session);

  {
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_YES);
    pl_vote_set_ballot (vote, "delegation:ZZZ", PL_BALLOT_YES);
    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT);
    g_clear_error (&error);
    /* The caller's vote is as it was. */
    g_assert_null (pl_vote_get_proposal (vote));
  }
  {
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_YES);
    pl_vote_set_ballot (vote, FINLAND, PL_BALLOT_YES);
    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT);
    g_clear_error (&error);
  }
  {
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    pl_vote_set_kind (vote, PL_VOTE_KIND_ROLL_CALL);
    pl_vote_set_drawn (vote, AUSTRIA);
    pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_YES);
    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION);
    g_clear_error (&error);
  }
  {
    /* Nobody voted; a non-recorded vote without its counts. */
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION);
    g_clear_error (&error);
    pl_vote_set_kind (vote, PL_VOTE_KIND_NON_RECORDED);
    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION);
    g_clear_error (&error);
  }
  {
    /* The proposal before its pending amendment. */
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_YES);
    g_assert_false (pl_proposals_record_vote (session, text, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER);
    g_clear_error (&error);
  }
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* Amendment first, then the text; then no amendment after it. */
  g_assert_true (pl_proposals_take_action_without_vote (session, amendment, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_true (pl_proposals_take_action_without_vote (session, text, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  amendment = add_submitted (session, PL_PROPOSAL_KIND_ORAL_AMENDMENT, NULL, NULL);
  g_assert_true (pl_proposals_set_amends (session, amendment, pl_record_get_id (PL_RECORD (text)), &error));
  before = snapshot (session);
  {
    g_autoptr(PlVote) vote = pl_vote_new (NULL);

    pl_vote_set_ballot (vote, AUSTRIA, PL_BALLOT_YES);
    g_assert_false (pl_proposals_record_vote (session, amendment, vote, &error));
    g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER);
    g_clear_error (&error);
  }
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);
}

static void
test_cosponsor_request (void)
{
  g_autoptr(PlSession) session = small_session ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlCosponsorRequest) request = pl_cosponsor_request_new (NULL);
  g_autoptr(PlCosponsorRequest) again = pl_cosponsor_request_new (NULL);
  g_autoptr(PlCosponsorRequest) other = pl_cosponsor_request_new (NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlProposal *proposal;
  JsonObject *entry;

  proposal = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  g_assert_true (g_str_has_prefix (pl_record_get_id (PL_RECORD (request)), "cosponsor_request:"));
  pl_cosponsor_request_set_proposal (request, pl_record_get_id (PL_RECORD (proposal)));
  pl_cosponsor_request_set_delegation (request, CHILE);
  pl_cosponsor_request_set_requested_at (request, "2020-10-13T10:15:00Z");
  pl_cosponsor_request_set_requested_by (request, "chile.delegate");
  pl_session_add_record (session, PL_RECORD (request));
  pl_history_clear (history);

  g_assert_true (pl_cosponsor_request_accept (session, request, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_ACCEPTED);
  entry = json_array_get_object_element (json_node_get_array (pl_proposal_get_sponsors (proposal)), 0);
  g_assert_cmpstr (json_object_get_string_member (entry, "delegation"), ==, CHILE);
  g_assert_cmpstr (json_object_get_string_member (entry, "role"), ==, "cosponsor");
  g_assert_cmpstr (json_object_get_string_member (entry, "joined"), ==, "2020-10-13T10:15:00Z");

  /* Accepted once; a second request of the same State is refused. */
  before = snapshot (session);
  g_assert_false (pl_cosponsor_request_accept (session, request, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ANSWERED);
  g_clear_error (&error);
  pl_cosponsor_request_set_proposal (again, pl_record_get_id (PL_RECORD (proposal)));
  pl_cosponsor_request_set_delegation (again, CHILE);
  g_assert_false (pl_cosponsor_request_accept (session, again, &error));
  g_assert_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SPONSOR);
  g_clear_error (&error);
  after = snapshot (session);
  g_assert_cmpstr (after, ==, before);

  /* One undo step takes back both the sponsor and the answer. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_false (pl_proposals_is_sponsor (proposal, CHILE));
  g_assert_false (pl_history_get_can_undo (history));

  pl_cosponsor_request_set_proposal (other, pl_record_get_id (PL_RECORD (proposal)));
  pl_cosponsor_request_set_delegation (other, BELGIUM);
  pl_session_add_record (session, PL_RECORD (other));
  pl_cosponsor_request_decline (session, other, "Consultations are closed.");
  g_assert_cmpint (pl_cosponsor_request_get_status (other), ==, PL_SPEAKER_REQUEST_DECLINED);
  g_assert_cmpstr (pl_cosponsor_request_get_reason (other), ==, "Consultations are closed.");
}

/* The register in agenda order, then by symbol in natural order. */
static void
test_list_order (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GPtrArray) list = NULL;
  const char *expected[] = { "CTOC/COP/2020/L.2", "CTOC/COP/2020/L.10", "CTOC/COP/2020/L.1", "CTOC/COP/2020/L.7" };

  add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.7", NULL);
  add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:second");
  add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.10", "item:first");
  add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.2", "item:first");
  list = pl_proposals_list (session);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (pl_proposal_get_symbol (g_ptr_array_index (list, i)), ==, expected[i]);
}

static char *
codes_of (PlSession  *session,
          const char *subject)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const char *code = pl_finding_get_code (finding);

      if (g_strcmp0 (pl_finding_get_subject (finding), subject) == 0
          && (g_str_has_prefix (code, "proposals.") || g_str_has_prefix (code, "votes.")))
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", code);
    }
  return g_string_free (out, FALSE);
}

/* The register's checks, each proposal with its exact codes. */
static void
test_checks (void)
{
  g_autoptr(PlSession) session = small_session ();
  g_autoptr(GError) error = NULL;
  PlProposal *on_time, *late, *no_item, *sponsor, *financial, *unnumbered, *gap, *revision;
  g_autofree char *codes = NULL;

  /* 23:30 in Vienna on the 21st is on time; 22:30 UTC is 00:30 the
   * next day there. */
  on_time = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "item:first");
  pl_proposal_set_submitted (on_time, "2020-09-21T23:30:00+02:00");
  late = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.2", "item:first");
  pl_proposal_set_submitted (late, "2020-09-21T22:30:00Z");
  /* A revision carries the original's submission time: the late text is
   * reported once, on its revision, which replaced it in the register. */
  revision = pl_proposals_revise (session, late, &error);
  g_assert_no_error (error);
  no_item = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.3", NULL);
  pl_proposal_set_submitted (no_item, "2020-09-01T10:00:00Z");
  sponsor = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.4", "item:second");
  pl_proposal_set_submitted (sponsor, "2020-09-01T10:00:00Z");
  g_assert_true (pl_proposals_add_sponsor (session, sponsor, FINLAND, FALSE, NULL, NULL, &error));
  financial = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.5", "item:second");
  pl_proposal_set_submitted (financial, "2020-09-01T10:00:00Z");
  pl_proposal_set_financial_implications (financial, PL_FINANCIAL_IMPLICATIONS_PENDING);
  g_assert_true (pl_proposals_take_action_without_vote (session, financial, "meeting:plenary",
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  unnumbered = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.6", "item:second");
  pl_proposal_set_submitted (unnumbered, "2020-09-01T10:00:00Z");
  pl_proposal_set_status (unnumbered, PL_PROPOSAL_STATUS_ADOPTED);
  gap = add_submitted (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.8", "item:second");
  pl_proposal_set_submitted (gap, "2020-09-01T10:00:00Z");
  pl_proposal_set_status (gap, PL_PROPOSAL_STATUS_ADOPTED);
  pl_proposal_set_adopted_as (gap, "10/3");

#define EXPECT(p, c) \
  G_STMT_START { \
    g_free (codes); \
    codes = codes_of (session, pl_record_get_id (PL_RECORD (p))); \
    g_test_message ("%s", pl_proposal_get_symbol (p)); \
    g_assert_cmpstr (codes, ==, c); \
  } G_STMT_END

  EXPECT (on_time, "");
  EXPECT (late, "");
  EXPECT (revision, "proposals.late");
  EXPECT (no_item, "proposals.no-item");
  EXPECT (sponsor, "proposals.sponsor");
  EXPECT (financial, "proposals.financial");
  EXPECT (unnumbered, "proposals.unnumbered");
  EXPECT (gap, "proposals.number-gap");
#undef EXPECT
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/proposals/symbol-parse", test_symbol_parse);
  g_test_add_func ("/proposals/add", test_add);
  g_test_add_func ("/proposals/revisions", test_revisions);
  g_test_add_func ("/proposals/sponsors", test_sponsors);
  g_test_add_func ("/proposals/workflow", test_workflow);
  g_test_add_func ("/proposals/rule-54", test_rule_54);
  g_test_add_func ("/proposals/amends", test_amends);
  g_test_add_func ("/proposals/numbering", test_numbering);
  g_test_add_func ("/proposals/undo-one-step", test_undo_one_step);
  g_test_add_func ("/proposals/record-vote-refused", test_record_vote_refused);
  g_test_add_func ("/proposals/cosponsor-request", test_cosponsor_request);
  g_test_add_func ("/proposals/list-order", test_list_order);
  g_test_add_func ("/proposals/checks", test_checks);

  return g_test_run ();
}
