/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-cosponsoring.h"
#include "pl-proposals.h"
#include "pl-samples.h"

/* Issue 19, point 4, a delegation's side: which proposals are open to
 * co-sponsors, its part in one, and the request it makes. */

#define KEN "delegation:KEN"
#define MEX "delegation:MEX"
#define ITA "delegation:ITA"

static PlProposal *
add_proposal (PlSession        *session,
              const char       *symbol,
              PlProposalStatus  status,
              const char       *sponsors)
{
  g_autoptr(PlProposal) proposal = pl_proposal_new (NULL);
  g_autoptr(GError) error = NULL;

  pl_proposal_set_kind (proposal, PL_PROPOSAL_KIND_DRAFT_RESOLUTION);
  pl_proposal_set_symbol (proposal, symbol);
  pl_proposal_set_title (proposal, "Strengthening cooperation");
  pl_proposal_set_status (proposal, status);
  if (sponsors != NULL)
    {
      g_autoptr(JsonNode) node = json_from_string (sponsors, &error);

      g_assert_no_error (error);
      pl_proposal_set_sponsors (proposal, node);
    }
  pl_session_add_record (session, PL_RECORD (proposal));
  return proposal;   /* the session holds it */
}

static PlSession *
load_session (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);
  const char *states[][2] = { { KEN, "Kenya" }, { MEX, "Mexico" }, { ITA, "Italy" } };

  g_assert_no_error (error);
  /* The sample registers them, as every State party. */
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      PlRecord *delegation = pl_session_lookup (session, states[i][0]);

      g_assert_true (PL_IS_DELEGATION (delegation));
      g_assert_cmpstr (pl_delegation_get_name (PL_DELEGATION (delegation)), ==, states[i][1]);
    }
  return session;
}

#define SPONSORED_BY_MEXICO \
  "[{\"delegation\": \"delegation:MEX\", \"role\": \"sponsor\", \"on_behalf_of\": null," \
  "  \"joined\": \"2020-09-18T10:00:00Z\", \"withdrawn\": null}," \
  " {\"delegation\": \"delegation:ITA\", \"role\": \"cosponsor\", \"on_behalf_of\": null," \
  "  \"joined\": \"2020-10-12T10:00:00Z\", \"withdrawn\": \"2020-10-13T10:00:00Z\"}]"

static void
test_open (void)
{
  g_autoptr(PlSession) session = load_session ();
  struct { PlProposalStatus status; gboolean open; } cases[] = {
    { PL_PROPOSAL_STATUS_DRAFT, FALSE },
    { PL_PROPOSAL_STATUS_SUBMITTED, TRUE },
    { PL_PROPOSAL_STATUS_IN_CONSULTATIONS, TRUE },
    { PL_PROPOSAL_STATUS_APPROVED, TRUE },
    { PL_PROPOSAL_STATUS_DEFERRED, TRUE },
    { PL_PROPOSAL_STATUS_ADOPTED, FALSE },
    { PL_PROPOSAL_STATUS_REJECTED, FALSE },
    { PL_PROPOSAL_STATUS_WITHDRAWN, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *symbol = g_strdup_printf ("CTOC/COP/2020/L.%u", i + 1);
      PlProposal *proposal = add_proposal (session, symbol, cases[i].status, NULL);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", symbol);
      g_assert_cmpint (pl_cosponsoring_is_open (session, proposal), ==, cases[i].open);
      g_assert_cmpint (pl_cosponsoring_can_request (session, proposal, KEN, &error), ==, cases[i].open);
      if (!cases[i].open)
        g_assert_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_CLOSED);
    }
}

/* A revision replaces what it revises: the revision is the one to join. */
static void
test_superseded (void)
{
  g_autoptr(PlSession) session = load_session ();
  PlProposal *first = add_proposal (session, "CTOC/COP/2020/L.3", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  g_autoptr(GError) error = NULL;
  PlProposal *revision = pl_proposals_revise (session, first, &error);

  g_assert_no_error (error);
  g_assert_nonnull (revision);
  pl_proposal_set_status (revision, PL_PROPOSAL_STATUS_SUBMITTED);
  g_assert_false (pl_cosponsoring_is_open (session, first));
  g_assert_true (pl_cosponsoring_is_open (session, revision));
}

static void
test_role (void)
{
  g_autoptr(PlSession) session = load_session ();
  PlProposal *proposal = add_proposal (session, "CTOC/COP/2020/L.3", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (pl_cosponsoring_role_of (proposal, MEX), ==, "sponsor");
  /* Italy withdrew: no part in it any more, and it may ask again. */
  g_assert_null (pl_cosponsoring_role_of (proposal, ITA));
  g_assert_null (pl_cosponsoring_role_of (proposal, KEN));
  g_assert_true (pl_cosponsoring_can_request (session, proposal, ITA, NULL));
  g_assert_false (pl_cosponsoring_can_request (session, proposal, MEX, &error));
  g_assert_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_SPONSORING);
  g_clear_error (&error);
  g_assert_false (pl_cosponsoring_can_request (session, proposal, "delegation:XYZ", &error));
  g_assert_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_NO_DELEGATION);
  g_clear_error (&error);

  g_assert_true (pl_proposals_add_sponsor (session, proposal, KEN, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_cosponsoring_role_of (proposal, KEN), ==, "cosponsor");
}

static gboolean
is_uuid (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  /* The server takes lowercase only, as g_uuid_string_random() gives. */
  return g_uuid_string_is_valid (text) && g_str_equal (text, lower);
}

/* The request is the record the server takes from a delegate: its own
 * delegation, its user name, pending, no reason, an ID in the uuid form. */
static void
test_request (void)
{
  g_autoptr(PlSession) session = load_session ();
  PlProposal *proposal = add_proposal (session, "CTOC/COP/2020/L.3", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2020-10-12T12:30:00+02:00", NULL);
  g_autoptr(GDateTime) later = g_date_time_add_minutes (now, 5);
  g_autoptr(GError) error = NULL;
  PlCosponsorRequest *request, *again;
  const char *id;

  request = pl_cosponsoring_request (session, proposal, KEN, "ken", now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (request);
  id = pl_record_get_id (PL_RECORD (request));
  g_assert_true (g_str_has_prefix (id, "cosponsor_request:"));
  g_assert_true (is_uuid (id + strlen ("cosponsor_request:")));
  g_assert_true (pl_session_lookup (session, id) == PL_RECORD (request));
  g_assert_cmpstr (pl_cosponsor_request_get_proposal (request), ==, pl_record_get_id (PL_RECORD (proposal)));
  g_assert_cmpstr (pl_cosponsor_request_get_delegation (request), ==, KEN);
  g_assert_cmpstr (pl_cosponsor_request_get_requested_by (request), ==, "ken");
  g_assert_cmpstr (pl_cosponsor_request_get_requested_at (request), ==, "2020-10-12T10:30:00Z");
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_null (pl_cosponsor_request_get_reason (request));
  g_assert_true (pl_cosponsoring_request_of (session, proposal, KEN) == request);
  g_assert_null (pl_cosponsoring_request_of (session, proposal, ITA));

  /* Once is enough while it waits. */
  g_assert_null (pl_cosponsoring_request (session, proposal, KEN, "ken", later, &error));
  g_assert_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_PENDING);
  g_clear_error (&error);

  /* Declined, it may ask again; the pending one then tells where it stands. */
  pl_cosponsor_request_decline (session, request, "The text is closed for co-sponsors");
  g_assert_true (pl_cosponsoring_request_of (session, proposal, KEN) == request);
  again = pl_cosponsoring_request (session, proposal, KEN, "ken", later, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_true (pl_cosponsoring_request_of (session, proposal, KEN) == again);

  /* Accepted: a co-sponsor, asking no more. */
  g_assert_true (pl_cosponsor_request_accept (session, again, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_cosponsoring_role_of (proposal, KEN), ==, "cosponsor");
  g_assert_true (pl_cosponsoring_request_of (session, proposal, KEN) == again);
  g_assert_false (pl_cosponsoring_can_request (session, proposal, KEN, &error));
  g_assert_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_SPONSORING);
}

/* What the secretariat answers: the pending requests, first asked first,
 * whatever the offset they were written with; answered ones are not
 * there, and one without a time comes last. */
static void
test_pending (void)
{
  g_autoptr(PlSession) session = load_session ();
  PlProposal *proposal = add_proposal (session, "CTOC/COP/2020/L.3", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  const char *asked[][2] = { { KEN, "2020-10-12T12:30:00+02:00" },   /* 10:30Z */
                             { ITA, "2020-10-12T10:20:00Z" },
                             { MEX, NULL },
                             { "delegation:AUT", "2020-10-12T10:00:00Z" } };
  g_autoptr(GPtrArray) pending = NULL;
  PlCosponsorRequest *requests[G_N_ELEMENTS (asked)];

  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      g_autofree char *id = g_strdup_printf ("cosponsor_request:%u", i);
      g_autoptr(PlCosponsorRequest) request = pl_cosponsor_request_new (id);

      pl_cosponsor_request_set_proposal (request, pl_record_get_id (PL_RECORD (proposal)));
      pl_cosponsor_request_set_delegation (request, asked[i][0]);
      pl_cosponsor_request_set_requested_at (request, asked[i][1]);
      pl_session_add_record (session, PL_RECORD (request));
      requests[i] = request;   /* the session holds it */
    }
  pl_cosponsor_request_decline (session, requests[3], "Closed");

  pending = pl_cosponsoring_pending (session);
  g_assert_cmpuint (pending->len, ==, 3);
  g_assert_true (g_ptr_array_index (pending, 0) == requests[1]);
  g_assert_true (g_ptr_array_index (pending, 1) == requests[0]);
  g_assert_true (g_ptr_array_index (pending, 2) == requests[2]);
}

/* The delegation learns of each answer once staff give it; nothing
 * while it waits, nothing of another delegation's. */
static void
test_notices (void)
{
  g_autoptr(PlSession) session = load_session ();
  PlProposal *l3 = add_proposal (session, "CTOC/COP/2020/L.3", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  PlProposal *l4 = add_proposal (session, "CTOC/COP/2020/L.4", PL_PROPOSAL_STATUS_SUBMITTED, SPONSORED_BY_MEXICO);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  PlCosponsorRequest *accepted = pl_cosponsoring_request (session, l3, KEN, "ken", now, &error);
  PlCosponsorRequest *declined = pl_cosponsoring_request (session, l4, KEN, "ken", now, &error);
  PlCosponsorRequest *italy = pl_cosponsoring_request (session, l4, ITA, "ita", now, &error);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *accepted_id = NULL;
  g_autofree char *declined_id = NULL;

  g_assert_no_error (error);
  before = pl_cosponsoring_notices_for_delegation (session, KEN);
  g_assert_cmpuint (before->len, ==, 0);

  g_assert_true (pl_cosponsor_request_accept (session, accepted, &error));
  g_assert_no_error (error);
  pl_cosponsor_request_decline (session, declined, "The list is closed");
  pl_cosponsor_request_decline (session, italy, "Not Italy's");
  after = pl_cosponsoring_notices_for_delegation (session, KEN);
  g_assert_cmpuint (after->len, ==, 2);
  accepted_id = g_strdup_printf ("cosponsor-accepted:%s", pl_record_get_id (PL_RECORD (accepted)));
  declined_id = g_strdup_printf ("cosponsor-declined:%s", pl_record_get_id (PL_RECORD (declined)));
  for (guint i = 0; i < after->len; i++)
    {
      PlSpeakerNotice *notice = g_ptr_array_index (after, i);

      if (g_str_equal (notice->id, accepted_id))
        {
          g_assert_cmpstr (notice->title, ==, "Request to Co-sponsor Accepted");
          g_assert_cmpstr (notice->body, ==, "Your delegation co-sponsors CTOC/COP/2020/L.3");
        }
      else
        {
          g_assert_cmpstr (notice->id, ==, declined_id);
          g_assert_cmpstr (notice->title, ==, "Request to Co-sponsor Declined");
          g_assert_cmpstr (notice->body, ==, "CTOC/COP/2020/L.4: The list is closed");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cosponsoring/open", test_open);
  g_test_add_func ("/cosponsoring/superseded", test_superseded);
  g_test_add_func ("/cosponsoring/role", test_role);
  g_test_add_func ("/cosponsoring/request", test_request);
  g_test_add_func ("/cosponsoring/pending", test_pending);
  g_test_add_func ("/cosponsoring/notices", test_notices);

  return g_test_run ();
}
