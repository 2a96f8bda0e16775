/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-agenda.h"
#include "pl-export.h"
#include "pl-proposals.h"
#include "pl-samples.h"
#include "pl-test-support.h"
#include "pl-vote.h"

/*
 * Issue 19, the documents made through the core API: on the sample session
 * (the tenth session), States parties with credentials, a draft resolution
 * adopted without a vote, one adopted by a roll-call vote and a draft
 * decision; `--what decisions` as a PDF read back with pdftotext holds
 * the numbers the core gave in order of adoption and each State in the
 * list of its ballot, in English alphabetical order ("Côte d'Ivoire"
 * between "Costa Rica" and "Croatia", whatever the locale's collation).
 */

typedef struct
{
  const char *iso3;
  const char *name;
  PlBallot    ballot;
} State;

static const State states[] = {
  { "ZMB", "Zambia", PL_BALLOT_YES },
  { "HRV", "Croatia", PL_BALLOT_YES },
  { "CHL", "Chile", PL_BALLOT_NO },
  { "CIV", "Côte d'Ivoire", PL_BALLOT_YES },
  { "AUT", "Austria", PL_BALLOT_YES },
  { "EGY", "Egypt", PL_BALLOT_ABSTAIN },
  { "CRI", "Costa Rica", PL_BALLOT_YES },
  { "BRA", "Brazil", PL_BALLOT_YES },
};

typedef struct
{
  PlSession *session;
  char      *dir;
  char      *meeting_id;   /* the 5th plenary meeting, 14 October 2020 */
  char      *item_id;      /* agenda item 3 */
} Fixture;

static char *
delegation_id (const char *iso3)
{
  return g_strconcat ("delegation:", iso3, NULL);
}

static void
add_states (PlSession *session)
{
  /* A conference of these States alone, whose quorum they make: the
   * sample registers every State party (issue 22). */
  pl_test_remove_delegations (session);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *id = delegation_id (states[i].iso3);
      g_autofree char *credentials_id = g_strconcat ("credentials:", states[i].iso3, NULL);
      g_autoptr(PlDelegation) delegation = pl_delegation_new (id);
      g_autoptr(PlCredentials) credentials = pl_credentials_new (credentials_id);

      pl_delegation_set_name (delegation, states[i].name);
      pl_delegation_set_iso3 (delegation, states[i].iso3);
      pl_delegation_set_category (delegation, PL_DELEGATION_CATEGORY_STATE_PARTY);
      pl_delegation_set_present (delegation, TRUE);
      pl_session_add_record (session, PL_RECORD (delegation));

      pl_credentials_set_delegation (credentials, id);
      pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
      pl_credentials_set_received (credentials, "2020-10-05T10:00:00+02:00");
      pl_session_add_record (session, PL_RECORD (credentials));
    }
}

static char *
find_meeting (PlSession  *session,
              const char *date,
              const char *start)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_strcmp0 (pl_meeting_get_date (meeting), date) == 0 &&
          g_strcmp0 (pl_meeting_get_start (meeting), start) == 0 &&
          pl_meeting_get_body (meeting) == PL_MEETING_BODY_PLENARY)
        return g_strdup (pl_record_get_id (PL_RECORD (meeting)));
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PlAgendaItem *item;

  fixture->session = pl_samples_load (&error);
  g_assert_no_error (error);
  fixture->dir = pl_test_make_temp_dir ();
  add_states (fixture->session);
  fixture->meeting_id = find_meeting (fixture->session, "2020-10-14", "12:00");
  item = pl_agenda_find_by_number (pl_session_get_agenda (fixture->session), "3");
  g_assert_nonnull (item);
  fixture->item_id = g_strdup (pl_record_get_id (PL_RECORD (item)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));

      g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (dir, NULL, NULL);
  g_clear_object (&fixture->session);
  g_free (fixture->dir);
  g_free (fixture->meeting_id);
  g_free (fixture->item_id);
}

static PlProposal *
add_proposal (Fixture        *fixture,
              PlProposalKind  kind,
              const char     *symbol,
              const char     *title,
              const char     *sponsor_iso3)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sponsor = delegation_id (sponsor_iso3);
  PlProposal *proposal = pl_proposals_add (fixture->session, kind, symbol, title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (proposal);
  pl_proposal_set_item (proposal, fixture->item_id);
  g_assert_true (pl_proposals_add_sponsor (fixture->session, proposal, sponsor, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pl_proposals_set_status (fixture->session, proposal, PL_PROPOSAL_STATUS_SUBMITTED, &error));
  g_assert_no_error (error);
  return proposal;
}

static char *
export_text (Fixture      *fixture,
             PlExportWhat  what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "out.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  int status;

  g_assert_true (pl_export_to_file (fixture->session, what, PL_EXPORT_FORMAT_PDF, "en", pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  return g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
}

static void
assert_in_order (const char         *text,
                 const char * const *sequence)
{
  const char *at = text;

  for (guint i = 0; sequence[i] != NULL; i++)
    {
      const char *found = strstr (at, sequence[i]);

      if (found == NULL)
        g_error ("“%s” not found after “%.200s”", sequence[i], at);
      at = found + strlen (sequence[i]);
    }
}

static void
test_decisions_roll_call (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *vote_id = g_strconcat ("vote:", uuid, NULL);
  g_autofree char *drawn = delegation_id ("CHL");
  g_autoptr(PlVote) vote = pl_vote_new (vote_id);
  PlProposal *first, *second, *decision;

  first = add_proposal (fixture, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.1", "First text", "AUT");
  second = add_proposal (fixture, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.2", "Second text", "BRA");
  decision = add_proposal (fixture, PL_PROPOSAL_KIND_DRAFT_DECISION, "CTOC/COP/2020/L.3", "A decision", "EGY");

  /* Adopted in the order L.2 (by vote), L.3, L.1: the numbers follow it. */
  pl_vote_set_proposal (vote, pl_record_get_id (PL_RECORD (second)));
  pl_vote_set_meeting (vote, fixture->meeting_id);
  pl_vote_set_question (vote, PL_VOTE_QUESTION_SUBSTANCE);
  pl_vote_set_kind (vote, PL_VOTE_KIND_ROLL_CALL);
  pl_vote_set_drawn (vote, drawn);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *id = delegation_id (states[i].iso3);

      pl_vote_set_ballot (vote, id, states[i].ballot);
    }
  g_assert_true (pl_proposals_record_vote (fixture->session, second, vote, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_proposal_get_status (second), ==, PL_PROPOSAL_STATUS_ADOPTED);

  g_assert_true (pl_proposals_take_action_without_vote (fixture->session, decision, fixture->meeting_id,
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);
  g_assert_true (pl_proposals_take_action_without_vote (fixture->session, first, fixture->meeting_id,
                                                        PL_PROPOSAL_STATUS_ADOPTED, &error));
  g_assert_no_error (error);

  text = export_text (fixture, PL_EXPORT_WHAT_DECISIONS);
  assert_in_order (text, (const char *[]) {
    "Resolutions and decisions adopted by the Conference",
    "Resolutions",
    "Resolution 10/1. Second text",
    "Draft resolution CTOC/COP/2020/L.2, agenda item 3",
    "Adopted by a roll-call vote of 6 to 1, with 1 abstention, at the 5th meeting, on 14 October 2020.",
    "The voting was as follows:",
    "In favour: Austria, Brazil, Costa Rica, Côte d'Ivoire, Croatia, Zambia.",
    "Against: Chile.",
    "Abstaining: Egypt.",
    "Resolution 10/2. First text",
    "Adopted without a vote at the 5th meeting, on 14 October 2020.",
    "Decisions",
    "Decision 10/1. A decision",
    "Adopted without a vote at the 5th meeting, on 14 October 2020.",
    NULL });
  g_assert_null (strstr (text, "Resolution 10/3"));

  g_free (text);
  text = export_text (fixture, PL_EXPORT_WHAT_PROPOSALS);
  assert_in_order (text, (const char *[]) {
    "Register of proposals", "The register holds 3 proposals.",
    "CTOC/COP/2020/L.1", "First text", "Sponsor: Austria", "Adopted without a vote",
    "CTOC/COP/2020/L.2", "Second text", "Sponsor: Brazil",
    "Adopted by a roll-call vote of 6 to 1, with 1 abstention",
    "CTOC/COP/2020/L.3", "A decision", "Sponsor: Egypt",
    NULL });
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/export/decisions/roll-call", Fixture, NULL, fixture_set_up, test_decisions_roll_call,
              fixture_tear_down);

  return g_test_run ();
}
