/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pl-cosponsor-decline-dialog.h"
#include "pl-cosponsor-requests.h"
#include "pl-cosponsoring.h"
#include "pl-delegate-proposal-row.h"
#include "pl-delegate-proposals-page.h"
#include "pl-notices.h"
#include "pl-page.h"
#include "pl-proposals.h"
#include "pl-samples.h"

/* Issue 19, point 4, in the window: a delegate co-sponsors from the
 * Proposals page (in a read-only window) and follows the answer; staff
 * accept or decline in PlCosponsorRequests, one undo step each. */

#define KEN "delegation:KEN"
#define MEX "delegation:MEX"

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static PlProposal *
add_proposal (PlSession        *session,
              const char       *symbol,
              const char       *title,
              PlProposalStatus  status)
{
  g_autoptr(PlProposal) proposal = pl_proposal_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) sponsors =
    json_from_string ("[{\"delegation\": \"delegation:MEX\", \"role\": \"sponsor\", \"on_behalf_of\": null,"
                      "  \"joined\": \"2020-09-18T10:00:00Z\", \"withdrawn\": null}]", &error);

  g_assert_no_error (error);
  pl_proposal_set_kind (proposal, PL_PROPOSAL_KIND_DRAFT_RESOLUTION);
  pl_proposal_set_symbol (proposal, symbol);
  pl_proposal_set_title (proposal, title);
  pl_proposal_set_status (proposal, status);
  pl_proposal_set_sponsors (proposal, sponsors);
  pl_session_add_record (session, PL_RECORD (proposal));
  return proposal;   /* the session holds it */
}

/* The sample with Kenya and Mexico, three proposals of Mexico's: L.3
 * submitted, L.4 adopted, L.5 a draft; as Kenya's delegate's copy when
 * @delegate. */
static PlSession *
load_session (gboolean delegate)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);
  const char *states[][2] = { { KEN, "Kenya" }, { MEX, "Mexico" } };

  g_assert_no_error (error);
  /* The sample registers them, as every State party. */
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      PlRecord *delegation = pl_session_lookup (session, states[i][0]);

      g_assert_true (PL_IS_DELEGATION (delegation));
      g_assert_cmpstr (pl_delegation_get_name (PL_DELEGATION (delegation)), ==, states[i][1]);
    }
  add_proposal (session, "CTOC/COP/2020/L.3", "Strengthening cooperation", PL_PROPOSAL_STATUS_SUBMITTED);
  add_proposal (session, "CTOC/COP/2020/L.4", "Firearms", PL_PROPOSAL_STATUS_ADOPTED);
  add_proposal (session, "CTOC/COP/2020/L.5", "Not yet submitted", PL_PROPOSAL_STATUS_DRAFT);
  if (delegate)
    {
      g_autoptr(JsonObject) state = json_object_new ();
      g_autoptr(JsonArray) roles = json_array_new ();

      json_array_add_string_element (roles, "delegate");
      json_array_add_string_element (roles, "delegation:KEN");
      json_object_set_array_member (state, "roles", json_array_ref (roles));
      json_object_set_string_member (state, "user", "ken");
      pl_session_set_sync_state (session, state);
    }
  pl_history_clear (pl_session_get_history (session));
  return session;
}

static PlProposal *
proposal_by_symbol (PlSession  *session,
                    const char *symbol)
{
  GListModel *proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) proposal = g_list_model_get_item (proposals, i);

      if (g_strcmp0 (pl_proposal_get_symbol (proposal), symbol) == 0)
        return proposal;   /* the session holds it */
    }
  g_assert_not_reached ();
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static PlDelegateProposalRow *
row_for (GtkWidget  *page,
         const char *symbol)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (page, PL_TYPE_DELEGATE_PROPOSAL_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (pl_proposal_get_symbol (pl_delegate_proposal_row_get_proposal (rows->pdata[i])), symbol) == 0)
      return rows->pdata[i];
  return NULL;
}

/* The row's visible button bound to @action, if any. */
static GtkWidget *
shown_button (GtkWidget  *row,
              const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0
        && gtk_widget_get_visible (buttons->pdata[i]))
      return buttons->pdata[i];
  return NULL;
}

static PlCosponsorRequest *
only_request (PlSession *session)
{
  GListModel *requests = pl_session_get_records (session, PL_TYPE_COSPONSOR_REQUEST);
  g_autoptr(PlCosponsorRequest) request = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, 1);
  request = g_list_model_get_item (requests, 0);
  return request;   /* the session holds it */
}

static GtkWidget *
present (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  return window;
}

/* The delegate's page in a read-only window: the submitted proposals
 * only; Co-sponsor on the open one, which makes the request; the request
 * waits, and the delegation withdraws it. */
static void
test_delegate_page (void)
{
  PlSession *session = load_session (TRUE);
  GtkWidget *page = pl_delegate_proposals_page_new (session);
  GtkWidget *window = present (page);
  PlProposal *l3 = proposal_by_symbol (session, "CTOC/COP/2020/L.3");
  PlDelegateProposalRow *row;
  PlCosponsorRequest *request;
  g_autofree char *request_id = NULL;

  g_assert_cmpstr (pl_page_get_delegation (PL_PAGE (page)), ==, KEN);
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  pl_page_flush_refresh (PL_PAGE (page));

  g_assert_nonnull (row_for (page, "CTOC/COP/2020/L.3"));
  g_assert_nonnull (row_for (page, "CTOC/COP/2020/L.4"));
  g_assert_null (row_for (page, "CTOC/COP/2020/L.5"));
  /* Adopted: closed to co-sponsors. */
  g_assert_null (shown_button (GTK_WIDGET (row_for (page, "CTOC/COP/2020/L.4")), "delegate-proposals.cosponsor"));
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_for (page, "CTOC/COP/2020/L.3"))),
                         "Sponsors: Mexico") != NULL);

  /* Read-only, the delegate still asks: the button reaches the action. */
  row = row_for (page, "CTOC/COP/2020/L.3");
  g_assert_nonnull (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor"));
  g_assert_true (gtk_widget_is_sensitive (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor")));
  g_signal_emit_by_name (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor"), "clicked");
  request = only_request (session);
  request_id = g_strdup (pl_record_get_id (PL_RECORD (request)));
  g_assert_cmpstr (pl_cosponsor_request_get_proposal (request), ==, pl_record_get_id (PL_RECORD (l3)));
  g_assert_cmpstr (pl_cosponsor_request_get_delegation (request), ==, KEN);
  g_assert_cmpstr (pl_cosponsor_request_get_requested_by (request), ==, "ken");
  g_assert_nonnull (pl_cosponsor_request_get_requested_at (request));

  pl_page_flush_refresh (PL_PAGE (page));
  row = row_for (page, "CTOC/COP/2020/L.3");
  g_assert_true (g_str_has_prefix (pl_delegate_proposal_row_get_state (row),
                                   "Request to co-sponsor waiting for the secretariat"));
  g_assert_null (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor"));
  g_assert_nonnull (shown_button (GTK_WIDGET (row), "delegate-proposals.withdraw"));
  /* Once only while it waits. */
  g_assert_true (gtk_widget_activate_action (page, "delegate-proposals.cosponsor", "s", pl_record_get_id (PL_RECORD (l3))));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_COSPONSOR_REQUEST)), ==, 1);

  g_signal_emit_by_name (shown_button (GTK_WIDGET (row), "delegate-proposals.withdraw"), "clicked");
  g_assert_null (pl_session_lookup (session, request_id));
  pl_page_flush_refresh (PL_PAGE (page));
  g_assert_nonnull (shown_button (GTK_WIDGET (row_for (page, "CTOC/COP/2020/L.3")), "delegate-proposals.cosponsor"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* What the delegate reads once staff answered: declined with the reason
 * (and Co-sponsor again), accepted as a co-sponsor. */
static void
test_delegate_page_answers (void)
{
  PlSession *session = load_session (TRUE);
  GtkWidget *page = pl_delegate_proposals_page_new (session);
  GtkWidget *window = present (page);
  PlProposal *l3 = proposal_by_symbol (session, "CTOC/COP/2020/L.3");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  PlCosponsorRequest *request;
  PlDelegateProposalRow *row;

  pl_page_set_read_only (PL_PAGE (page), TRUE);
  request = pl_cosponsoring_request (session, l3, KEN, "ken", now, &error);
  g_assert_no_error (error);
  pl_cosponsor_request_decline (session, request, "The sponsors closed the list");
  pl_page_flush_refresh (PL_PAGE (page));
  row = row_for (page, "CTOC/COP/2020/L.3");
  g_assert_cmpstr (pl_delegate_proposal_row_get_state (row), ==, "Declined: The sponsors closed the list");
  g_assert_nonnull (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor"));
  g_assert_null (shown_button (GTK_WIDGET (row), "delegate-proposals.withdraw"));

  request = pl_cosponsoring_request (session, l3, KEN, "ken", now, &error);
  g_assert_no_error (error);
  g_assert_true (pl_cosponsor_request_accept (session, request, &error));
  g_assert_no_error (error);
  pl_page_flush_refresh (PL_PAGE (page));
  row = row_for (page, "CTOC/COP/2020/L.3");
  g_assert_cmpstr (pl_delegate_proposal_row_get_state (row), ==, "Your delegation co-sponsors it");
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Co-sponsors: Kenya") != NULL);
  g_assert_null (shown_button (GTK_WIDGET (row), "delegate-proposals.cosponsor"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

static guint n_pending_notified;

static void
on_n_pending_cb (void)
{
  n_pending_notified++;
}

static void
wait_pending (PlCosponsorRequests *widget,
              guint                n)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (pl_cosponsor_requests_get_n_pending (widget) != n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
}

static GtkWindow *
find_decline_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (PL_IS_COSPONSOR_DECLINE_DIALOG (window))
        return window;   /* GTK holds it while it is a toplevel */
    }
  return NULL;
}

/* Staff: the pending requests, Accept (one undo step: the co-sponsor and
 * the answer), Decline… with the reason asked for; read-only turns both
 * off. */
static void
test_staff_widget (void)
{
  PlSession *session = load_session (FALSE);
  PlProposal *l3 = proposal_by_symbol (session, "CTOC/COP/2020/L.3");
  GtkWidget *widget = pl_cosponsor_requests_new (session);
  GtkWidget *window = present (widget);
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  PlCosponsorRequest *request;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWindow *dialog;
  GtkWidget *entry;

  g_signal_connect (widget, "notify::n-pending", G_CALLBACK (on_n_pending_cb), NULL);
  g_assert_cmpuint (pl_cosponsor_requests_get_n_pending (PL_COSPONSOR_REQUESTS (widget)), ==, 0);
  request = pl_cosponsoring_request (session, l3, KEN, "ken", now, &error);
  g_assert_no_error (error);
  id = g_strdup (pl_record_get_id (PL_RECORD (request)));
  wait_pending (PL_COSPONSOR_REQUESTS (widget), 1);
  g_assert_cmpuint (n_pending_notified, ==, 1);
  pl_history_clear (history);

  /* Named for the delegation and the symbol. */
  collect (widget, GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, 2);

  /* Read-only: both off, and kept off. */
  pl_cosponsor_requests_set_read_only (PL_COSPONSOR_REQUESTS (widget), TRUE);
  gtk_widget_activate_action (widget, "cosponsor-requests.accept", "s", id);
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  pl_cosponsor_requests_set_read_only (PL_COSPONSOR_REQUESTS (widget), FALSE);

  /* Accept: one step, undone as one. */
  g_assert_true (gtk_widget_activate_action (widget, "cosponsor-requests.accept", "s", id));
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_ACCEPTED);
  g_assert_cmpstr (pl_cosponsoring_role_of (l3, KEN), ==, "cosponsor");
  wait_pending (PL_COSPONSOR_REQUESTS (widget), 0);
  g_assert_true (pl_history_get_can_undo (history));
  pl_history_undo (history);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_null (pl_cosponsoring_role_of (l3, KEN));
  wait_pending (PL_COSPONSOR_REQUESTS (widget), 1);

  /* Decline… asks the reason; Decline is off until one is typed. */
  g_assert_true (gtk_widget_activate_action (widget, "cosponsor-requests.decline", "s", id));
  spin (50);
  dialog = find_decline_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decline"));
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();

    collect (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, entries);
    g_assert_cmpuint (entries->len, ==, 1);
    entry = entries->pdata[0];
  }
  gtk_editable_set_text (GTK_EDITABLE (entry), "  The list of sponsors is closed ");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decline"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  gtk_window_destroy (dialog);
  spin (50);
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_DECLINED);
  g_assert_cmpstr (pl_cosponsor_request_get_reason (request), ==, "The list of sponsors is closed");
  g_assert_null (pl_cosponsoring_role_of (l3, KEN));
  wait_pending (PL_COSPONSOR_REQUESTS (widget), 0);
  pl_history_undo (history);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_cmpint (pl_cosponsor_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* The delegate's notices (the floor's, PlNotices) tell of an answer, once. */
static void
test_notices (void)
{
  PlSession *session = load_session (TRUE);
  g_autoptr(PlNotices) notices = pl_notices_new (session, KEN);
  GPtrArray *sent = pl_notices_get_sent (notices);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;
  PlCosponsorRequest *request = pl_cosponsoring_request (session, proposal_by_symbol (session, "CTOC/COP/2020/L.3"),
                                                         KEN, "ken", now, &error);
  g_autofree char *id = g_strdup_printf ("cosponsor-declined:%s", pl_record_get_id (PL_RECORD (request)));

  g_assert_no_error (error);
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 0);
  pl_cosponsor_request_decline (session, request, "The list is closed");
  pl_notices_check (notices);
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sent, 0), ==, id);

  g_clear_object (&notices);
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/cosponsor/delegate-page", test_delegate_page);
  g_test_add_func ("/cosponsor/delegate-page/answers", test_delegate_page_answers);
  g_test_add_func ("/cosponsor/staff-widget", test_staff_widget);
  g_test_add_func ("/cosponsor/notices", test_notices);

  return g_test_run ();
}
