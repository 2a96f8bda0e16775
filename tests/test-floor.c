/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-delegate-speakers-page.h"
#include "pl-notices.h"
#include "pl-page.h"
#include "pl-room-state.h"
#include "pl-speak-request-dialog.h"
#include "pl-speaker-forecast.h"
#include "pl-speaker-notices.h"
#include "pl-speaker-order.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"

/* Issue 18, the floor: requests to speak from the registered members,
 * accepted with the registration's rank or declined with a reason the
 * delegate reads, My Requests with position and expected time, the live
 * mode's room_state, and notices given once. */

#define AUT "delegation:AUT"
#define GENERAL "speaker_list:f2ebe01a-bc02-4acc-ab32-88c3b6e1e26c"
#define OPENING "speaker_list:0727cdd1-d0ba-4b60-b178-118e15939d31"

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;   /* GTK holds it while it is a toplevel */
    }
  return NULL;
}

/* The sample with Austria registered: a minister (the head) and an
 * adviser, and Kenya with no one registered. */
static PlSession *
load_floor_session (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_test_load_sample ();
  /* The sample registers both, as every State party (issue 22). */
  g_autoptr(PlDelegation) austria = pl_test_delegation (session, AUT);
  g_autoptr(PlDelegation) kenya = pl_test_delegation (session, "delegation:KEN");
  g_autoptr(JsonNode) members =
    json_from_string ("[{\"id\": \"m1\", \"name\": \"Ms. Gruber\", \"function\": \"head\", \"rank\": \"minister\"},"
                      " {\"id\": \"m2\", \"name\": \"Mr. Huber\", \"function\": \"adviser\", \"rank\": \"official\"}]",
                      &error);

  g_assert_no_error (error);
  pl_delegation_set_name (austria, "Austria");
  pl_delegation_set_iso3 (austria, "AUT");
  pl_delegation_set_members (austria, members);
  g_assert_cmpstr (pl_delegation_get_name (kenya), ==, "Kenya");
  return session;
}

static PlSpeakerList *
lookup_list (PlSession  *session,
             const char *id)
{
  PlRecord *list = pl_session_lookup (session, id);

  g_assert_true (PL_IS_SPEAKER_LIST (list));
  return PL_SPEAKER_LIST (list);
}

static PlSpeakerRequest *
last_request (PlSession *session)
{
  GListModel *requests = pl_session_get_records (session, PL_TYPE_SPEAKER_REQUEST);
  guint n = g_list_model_get_n_items (requests);

  g_assert_cmpuint (n, >, 0);
  return g_list_model_get_item (requests, n - 1);
}

static PlSpeakerRequest *
add_request (PlSession  *session,
             const char *list,
             const char *member,
             const char *person,
             PlRank      rank)
{
  g_autoptr(PlSpeakerRequest) request = pl_speaker_request_new (NULL);

  pl_speaker_request_set_list (request, list);
  pl_speaker_request_set_delegation (request, AUT);
  pl_speaker_request_set_member (request, member);
  pl_speaker_request_set_person (request, person);
  pl_speaker_request_set_rank (request, rank);
  pl_speaker_request_set_requested_at (request, "2020-10-01T09:00:00Z");
  pl_session_add_record (session, PL_RECORD (request));
  return request;   /* the session holds it */
}

static PlSpeaker *
add_speaker (PlSession  *session,
             const char *list,
             const char *delegation,
             const char *person,
             const char *requested_at)
{
  g_autoptr(PlSpeaker) speaker = pl_speaker_new (NULL);

  pl_speaker_set_list (speaker, list);
  pl_speaker_set_delegation (speaker, delegation);
  pl_speaker_set_person (speaker, person);
  pl_speaker_set_rank (speaker, PL_RANK_MINISTER);
  pl_speaker_set_requested_at (speaker, requested_at);
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_LISTED);
  pl_session_add_record (session, PL_RECORD (speaker));
  return speaker;
}

/* The dialog offers the delegation's registered members only, shows the
 * registration's function and rank, asks on the list it was given, and
 * writes a pending request naming the member with the registered rank. */
static void
test_request_dialog (void)
{
  PlSession *session = load_floor_session ();
  PlSpeakerList *general = lookup_list (session, GENERAL);
  GtkWidget *dialog = pl_speak_request_dialog_new (NULL, session, AUT, "aut-delegate");
  GListModel *requests = pl_session_get_records (session, PL_TYPE_SPEAKER_REQUEST);
  guint before = g_list_model_get_n_items (requests);
  AdwComboRow *member_row = NULL;
  AdwComboRow *list_row = NULL;
  g_autoptr(PlSpeakerRequest) request = NULL;

  g_object_ref (dialog);
  pl_speak_request_dialog_select_list (PL_SPEAK_REQUEST_DIALOG (dialog), general);
  gtk_window_present (GTK_WINDOW (dialog));
  pl_test_spin (100);

  /* The rows: list, speaker, (rank), on behalf of. */
  for (GtkWidget *row = pl_test_find_widget (dialog, ADW_TYPE_COMBO_ROW, NULL); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_COMBO_ROW (row))
      {
        const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

        if (g_str_equal (title, "_List of Speakers"))
          list_row = ADW_COMBO_ROW (row);
        else if (g_str_equal (title, "_Speaker"))
          member_row = ADW_COMBO_ROW (row);
      }
  g_assert_nonnull (list_row);
  g_assert_nonnull (member_row);

  /* The selected list is the default. */
  {
    GListModel *titles = adw_combo_row_get_model (list_row);
    g_autoptr(GtkStringObject) shown = g_list_model_get_item (titles, adw_combo_row_get_selected (list_row));

    g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "General discussion");
  }

  /* Only the two registered members. */
  {
    GListModel *names = adw_combo_row_get_model (member_row);
    g_autoptr(GtkStringObject) first = g_list_model_get_item (names, 0);
    g_autoptr(GtkStringObject) second = g_list_model_get_item (names, 1);

    g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Ms. Gruber");
    g_assert_cmpstr (gtk_string_object_get_string (second), ==, "Mr. Huber");
  }
  g_assert_null (pl_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL));

  adw_combo_row_set_selected (member_row, 1);
  {
    GtkWidget *rank_row = pl_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, NULL);

    while (rank_row != NULL && ADW_IS_COMBO_ROW (rank_row))
      rank_row = gtk_widget_get_next_sibling (rank_row);
    g_assert_nonnull (rank_row);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (rank_row)), ==, "Adviser, Official");
  }

  g_signal_emit_by_name (pl_test_find_widget (dialog, GTK_TYPE_BUTTON, "_Request"), "clicked");
  pl_test_spin (100);

  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, before + 1);
  request = last_request (session);
  g_assert_cmpstr (pl_speaker_request_get_list (request), ==, GENERAL);
  g_assert_cmpstr (pl_speaker_request_get_delegation (request), ==, AUT);
  g_assert_cmpstr (pl_speaker_request_get_member (request), ==, "m2");
  g_assert_cmpstr (pl_speaker_request_get_person (request), ==, "Mr. Huber");
  g_assert_cmpint (pl_speaker_request_get_rank (request), ==, PL_RANK_OFFICIAL);
  g_assert_null (pl_speaker_request_get_on_behalf_of (request));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_cmpstr (pl_speaker_request_get_requested_by (request), ==, "aut-delegate");
  g_clear_object (&request);

  pl_test_spin (100);
  g_assert_finalize_object (dialog);
  g_assert_finalize_object (session);
}

/* A delegation with no one registered cannot ask: there is no one to
 * name. */
static void
test_request_dialog_no_members (void)
{
  PlSession *session = load_floor_session ();
  GtkWidget *dialog = pl_speak_request_dialog_new (NULL, session, "delegation:KEN", "ken-delegate");

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  pl_test_spin (100);
  g_assert_false (gtk_widget_get_sensitive (pl_test_find_widget (dialog, GTK_TYPE_BUTTON, "_Request")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  pl_test_spin (100);
  g_assert_finalize_object (dialog);
  g_assert_finalize_object (session);
}

/* The delegate's page: Request to Speak opens the dialog on the list the
 * page shows; the delegation comes from the copy's roles. */
static void
test_delegate_page_request (void)
{
  PlSession *session = load_floor_session ();
  g_autoptr(JsonObject) state = json_object_new ();
  g_autoptr(JsonArray) roles = json_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  GtkWindow *dialog;

  json_array_add_string_element (roles, "delegate");
  json_array_add_string_element (roles, "delegation:AUT");
  json_object_set_array_member (state, "roles", json_array_ref (roles));
  json_object_set_string_member (state, "user", "aut-delegate");
  pl_session_set_sync_state (session, state);

  page = pl_delegate_speakers_page_new (session);
  g_assert_cmpstr (pl_page_get_delegation (PL_PAGE (page)), ==, AUT);
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  pl_test_spin (100);

  pl_delegate_speakers_page_select_list (PL_DELEGATE_SPEAKERS_PAGE (page), lookup_list (session, GENERAL));
  /* Read-only, the delegate still asks. */
  g_assert_true (gtk_widget_is_sensitive (pl_test_find_widget (page, GTK_TYPE_BUTTON, "_Request to Speak")));
  gtk_widget_activate_action (page, "delegate-speakers.request", NULL);
  pl_test_spin (100);
  dialog = find_toplevel (PL_TYPE_SPEAK_REQUEST_DIALOG);
  g_assert_nonnull (dialog);
  g_signal_emit_by_name (pl_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Request"), "clicked");
  pl_test_spin (100);
  {
    g_autoptr(PlSpeakerRequest) request = last_request (session);

    g_assert_cmpstr (pl_speaker_request_get_list (request), ==, GENERAL);
    g_assert_cmpstr (pl_speaker_request_get_member (request), ==, "m1");
    g_assert_cmpint (pl_speaker_request_get_rank (request), ==, PL_RANK_MINISTER);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

static const char *
status_of_row (GtkWidget *row)
{
  GtkWidget *status = g_object_get_data (G_OBJECT (row), "status");

  g_assert_nonnull (status);
  return gtk_label_get_label (GTK_LABEL (status));
}

/* The row of My Requests for @request. */
static GtkWidget *
request_row_for (GtkWidget        *page,
                 PlSpeakerRequest *request)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, page);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (g_object_get_data (G_OBJECT (widget), "request") == request)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  return NULL;
}

/* Staff accept with the registration's rank whatever the request claims,
 * and decline with a reason the delegate reads in My Requests. */
static void
test_accept_and_decline (void)
{
  PlSession *session = load_floor_session ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *staff = pl_speakers_page_new (session);
  GtkWidget *delegate;
  PlSpeakerRequest *claim = add_request (session, GENERAL, "m2", "Mr. Huber", PL_RANK_HEAD_OF_STATE);
  PlSpeakerRequest *late = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  PlRecord *speaker;
  AdwMessageDialog *decline;
  GtkWidget *row;

  g_object_ref (claim);
  g_object_ref (late);
  gtk_window_set_child (GTK_WINDOW (window), staff);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_speakers_page_select_list (PL_SPEAKERS_PAGE (staff), lookup_list (session, GENERAL));
  pl_test_spin (100);
  /* On the Speakers page, the requests are seen there, not announced. */
  g_assert_true (pl_notices_get_quiet (pl_speakers_page_get_notices (PL_SPEAKERS_PAGE (staff))));
  g_assert_cmpuint (pl_notices_get_n_pending (pl_speakers_page_get_notices (PL_SPEAKERS_PAGE (staff))), ==, 2);

  gtk_widget_activate_action (staff, "speakers.accept-request", "s", pl_record_get_id (PL_RECORD (claim)));
  pl_test_spin (50);
  g_assert_cmpint (pl_speaker_request_get_status (claim), ==, PL_SPEAKER_REQUEST_ACCEPTED);
  speaker = pl_session_lookup (session, pl_speaker_request_get_speaker (claim));
  g_assert_true (PL_IS_SPEAKER (speaker));
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (speaker)), ==, PL_RANK_OFFICIAL);

  gtk_widget_activate_action (staff, "speakers.decline-request", "s", pl_record_get_id (PL_RECORD (late)));
  pl_test_spin (100);
  decline = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (decline);
  g_assert_false (adw_message_dialog_get_response_enabled (decline, "decline"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (decline)), "The list is closed");
  g_assert_true (adw_message_dialog_get_response_enabled (decline, "decline"));
  adw_message_dialog_response (decline, "decline");
  pl_test_spin (100);
  g_assert_cmpint (pl_speaker_request_get_status (late), ==, PL_SPEAKER_REQUEST_DECLINED);
  g_assert_cmpstr (pl_speaker_request_get_reason (late), ==, "The list is closed");

  /* The delegate's copy shows it. */
  delegate = pl_delegate_speakers_page_new (session);
  pl_page_set_delegation (PL_PAGE (delegate), AUT);
  gtk_window_set_child (GTK_WINDOW (window), delegate);
  pl_test_spin (100);
  pl_page_flush_refresh (PL_PAGE (delegate));
  row = request_row_for (delegate, late);
  g_assert_nonnull (row);
  g_assert_cmpstr (status_of_row (row), ==, "Declined: The list is closed");
  row = request_row_for (delegate, claim);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (status_of_row (row), "Accepted"));

  g_object_unref (claim);
  g_object_unref (late);
  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* My Requests: an accepted request shows the speaker's position and the
 * time the room's state makes it expected at. */
static void
test_my_requests_forecast (void)
{
  PlSession *session = load_floor_session ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2020, 10, 12, 14, 10, 0);   /* 16:10 in Vienna */
  PlSpeaker *first = add_speaker (session, GENERAL, "delegation:KEN", "Ms. Wanjiru", "2020-09-01T09:00:00Z");
  PlSpeakerRequest *request = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  g_autoptr(PlSpeakerForecast) forecast = NULL;
  g_autofree char *speaker_id = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *at = NULL;
  g_autoptr(GError) error = NULL;
  PlRecord *speaker;
  GtkWidget *row;

  g_assert_true (pl_speaker_request_accept (session, request, &speaker_id, &error));
  g_assert_no_error (error);
  speaker = pl_session_lookup (session, speaker_id);
  g_assert_true (PL_IS_SPEAKER (speaker));

  /* Kenya has the floor since 16:09, in Monday's afternoon meeting. */
  pl_speaker_set_status (first, PL_SPEAKER_STATUS_SPEAKING);
  pl_room_state_set_meeting (state, "meeting:47a30b0e-1096-4e55-b5a8-f1c947f07d4f");
  pl_room_state_set_list (state, GENERAL);
  pl_room_state_set_item (state, pl_speaker_list_get_item (lookup_list (session, GENERAL)));
  pl_room_state_set_speaker (state, pl_record_get_id (PL_RECORD (first)));
  pl_room_state_set_started_at (state, "2020-10-12T14:09:00Z");
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_time_limit_s (state, 180);
  pl_session_add_record (session, PL_RECORD (state));

  forecast = pl_speaker_forecast_for (session, PL_SPEAKER (speaker), now);
  g_assert_nonnull (forecast);
  g_assert_cmpint (forecast->position, ==, 2);
  g_assert_nonnull (forecast->expected_at);
  {
    g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (session);
    g_autoptr(GDateTime) local = g_date_time_to_timezone (forecast->expected_at, tz);

    at = g_date_time_format (local, "%H:%M");
  }
  g_assert_cmpstr (at, ==, "16:12");

  page = pl_delegate_speakers_page_new (session);
  pl_page_set_delegation (PL_PAGE (page), AUT);
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_spin (100);
  pl_delegate_speakers_page_set_now (PL_DELEGATE_SPEAKERS_PAGE (page), now);

  row = request_row_for (page, request);
  g_assert_nonnull (row);
  expected = g_strdup_printf ("Accepted, at position 2, expected in the meeting of Monday 16:00 at about %s", at);
  g_assert_cmpstr (status_of_row (row), ==, expected);

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* A pending request can be withdrawn from My Requests, even read-only. */
static void
test_withdraw_request (void)
{
  PlSession *session = load_floor_session ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_delegate_speakers_page_new (session);
  PlSpeakerRequest *request = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  g_autofree char *id = g_strdup (pl_record_get_id (PL_RECORD (request)));

  pl_page_set_delegation (PL_PAGE (page), AUT);
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  pl_test_spin (100);
  pl_page_flush_refresh (PL_PAGE (page));

  g_assert_nonnull (request_row_for (page, request));
  g_assert_true (gtk_widget_activate_action (page, "delegate-speakers.withdraw", "s", id));
  g_assert_null (pl_session_lookup (session, id));

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

static PlRoomState *
plenary_state (PlSession *session)
{
  return pl_session_get_room_state (session, "plenary");
}

static gboolean
state_has_speaker (gpointer data)
{
  PlRoomState *state = plenary_state (data);

  return state != NULL && pl_room_state_get_speaker (state) != NULL && pl_room_state_get_running (state);
}

static gboolean
state_paused (gpointer data)
{
  PlRoomState *state = plenary_state (data);

  return state != NULL && !pl_room_state_get_running (state) && pl_room_state_get_paused_at (state) != NULL;
}

static gboolean
state_ended (gpointer data)
{
  PlRoomState *state = plenary_state (data);

  return state != NULL && pl_room_state_get_speaker (state) == NULL;
}

/* The live mode writes the room's state at each start, pause, resume and
 * end, and none of it is an undo step. */
static void
test_live_room_state (void)
{
  PlSession *session = load_floor_session ();
  PlSpeakerList *general = lookup_list (session, GENERAL);
  PlSpeaker *first = add_speaker (session, GENERAL, "delegation:KEN", "Ms. Wanjiru", "2020-09-01T09:00:00Z");
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *live;
  PlRoomState *state;

  add_speaker (session, GENERAL, AUT, "Ms. Gruber", "2020-09-02T09:00:00Z");
  pl_history_clear (history);
  live = pl_speakers_live_new (NULL, session, general);
  g_object_ref (live);
  gtk_window_present (GTK_WINDOW (live));
  pl_test_spin (100);
  g_assert_null (plenary_state (session));

  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_has_speaker, session, 5000);
  state = plenary_state (session);
  g_assert_cmpstr (pl_room_state_get_speaker (state), ==, pl_record_get_id (PL_RECORD (first)));
  g_assert_cmpstr (pl_room_state_get_list (state), ==, GENERAL);
  g_assert_nonnull (pl_room_state_get_started_at (state));
  g_assert_null (pl_room_state_get_paused_at (state));
  g_assert_cmpint (pl_room_state_get_time_limit_s (state), ==, 180);

  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_paused, session, 5000);

  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_has_speaker, session, 5000);
  g_assert_null (pl_room_state_get_paused_at (state));

  gtk_widget_activate_action (live, "live.spoken", NULL);
  pl_test_spin_until (state_ended, session, 5000);
  g_assert_null (pl_room_state_get_started_at (state));
  g_assert_false (pl_room_state_get_running (state));
  g_assert_cmpstr (pl_room_state_get_list (state), ==, GENERAL);

  /* The undo steps are the speaker's: speaking, then spoken. */
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_null (pl_room_state_get_speaker (state));

  gtk_window_destroy (GTK_WINDOW (live));
  pl_test_spin (100);
  g_assert_finalize_object (live);
  g_assert_finalize_object (session);
}

static GtkWidget *
open_live (PlSession     *session,
           PlSpeakerList *list)
{
  GtkWidget *live = pl_speakers_live_new (NULL, session, list);

  g_object_ref (live);
  gtk_window_present (GTK_WINDOW (live));
  pl_test_spin (100);
  return live;
}

static void
close_live (GtkWidget *live)
{
  gtk_window_destroy (GTK_WINDOW (live));
  pl_test_spin (100);
  g_assert_finalize_object (live);
}

/* Issue 22, point 1: a statement's clock lives in the room's state, not
 * in the window. A window closed during a statement leaves it running;
 * the next one takes it up, running, from the same start. A statement
 * paused stays paused when a window is opened and closed without giving
 * the floor. */
static void
test_live_other_window (void)
{
  PlSession *session = load_floor_session ();
  PlSpeakerList *general = lookup_list (session, GENERAL);
  PlSpeaker *first = add_speaker (session, GENERAL, "delegation:KEN", "Ms. Wanjiru", "2020-09-01T09:00:00Z");
  GtkWidget *live = open_live (session, general);
  PlSpeakerTimer *timer;
  PlRoomState *state;
  g_autofree char *started = NULL;

  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_has_speaker, session, 5000);
  state = plenary_state (session);
  started = g_strdup (pl_room_state_get_started_at (state));
  close_live (live);
  g_assert_true (pl_room_state_get_running (state));
  g_assert_null (pl_room_state_get_paused_at (state));

  /* Taken up, still running. */
  live = open_live (session, general);
  timer = pl_speakers_live_get_timer (PL_SPEAKERS_LIVE (live));
  g_assert_true (pl_speaker_timer_get_running (timer));
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == first);
  g_assert_cmpstr (pl_room_state_get_started_at (state), ==, started);

  /* Paused there, it stays paused through a window that gives no floor. */
  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_paused, session, 5000);
  close_live (live);
  live = open_live (session, general);
  g_assert_false (pl_speaker_timer_get_running (pl_speakers_live_get_timer (PL_SPEAKERS_LIVE (live))));
  close_live (live);
  g_assert_true (state_paused (session));
  g_assert_cmpstr (pl_room_state_get_speaker (state), ==, pl_record_get_id (PL_RECORD (first)));

  /* Resumed, it goes on from the same start. */
  live = open_live (session, general);
  gtk_widget_activate_action (live, "live.toggle", NULL);
  pl_test_spin_until (state_has_speaker, session, 5000);
  g_assert_cmpstr (pl_room_state_get_started_at (state), ==, started);
  g_assert_null (pl_room_state_get_paused_at (state));
  close_live (live);
  g_assert_finalize_object (session);
}

/* Each new request is one notice for the secretariat, never repeated;
 * while quiet it is remembered, not sent. What was so at the start is
 * not announced. */
static void
test_notices_secretariat (void)
{
  PlSession *session = load_floor_session ();
  PlSpeakerRequest *old = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  g_autoptr(PlNotices) notices = pl_notices_new (session, NULL);
  GPtrArray *sent = pl_notices_get_sent (notices);
  PlSpeakerRequest *request;
  g_autofree char *id = NULL;

  (void) old;
  g_assert_cmpuint (sent->len, ==, 0);
  g_assert_cmpuint (pl_notices_get_n_pending (notices), ==, 1);

  request = add_request (session, GENERAL, "m2", "Mr. Huber", PL_RANK_OFFICIAL);
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 1);
  id = g_strdup_printf ("request:%s", pl_record_get_id (PL_RECORD (request)));
  g_assert_cmpstr (g_ptr_array_index (sent, 0), ==, id);
  g_assert_cmpuint (pl_notices_get_n_pending (notices), ==, 2);

  /* Another change, another look: nothing new. */
  pl_speaker_request_set_person (request, "Mr. Huber, MA");
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 1);

  /* Looking at the Speakers page: seen there, not announced, nor later. */
  pl_notices_set_quiet (notices, TRUE);
  add_request (session, OPENING, "m2", "Mr. Huber", PL_RANK_OFFICIAL);
  pl_notices_check (notices);
  pl_notices_set_quiet (notices, FALSE);
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_cmpuint (pl_notices_get_n_pending (notices), ==, 3);

  g_clear_object (&notices);
  g_assert_finalize_object (session);
}

/* Many new requests at once (a return from offline) are one notice for
 * the secretariat; many answers at once (a copy downloaded again) are
 * none for the delegation. */
static void
test_notices_burst (void)
{
  PlSession *session = load_floor_session ();
  g_autoptr(PlNotices) staff = pl_notices_new (session, NULL);
  g_autoptr(PlNotices) delegate = pl_notices_new (session, AUT);
  g_autoptr(GPtrArray) answered = g_ptr_array_new ();

  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (answered, add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER));
  pl_notices_check (staff);
  g_assert_cmpuint (pl_notices_get_sent (staff)->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (pl_notices_get_sent (staff), 0), "requests:"));
  g_assert_cmpuint (pl_notices_get_n_pending (staff), ==, 5);

  for (guint i = 0; i < answered->len; i++)
    pl_speaker_request_decline (session, g_ptr_array_index (answered, i), "The list is closed");
  pl_notices_check (delegate);
  g_assert_cmpuint (pl_notices_get_sent (delegate)->len, ==, 0);
  /* And they are not news later either. */
  pl_notices_check (delegate);
  g_assert_cmpuint (pl_notices_get_sent (delegate)->len, ==, 0);

  g_clear_object (&staff);
  g_clear_object (&delegate);
  g_assert_finalize_object (session);
}

/* The delegation hears once of an acceptance and of a refusal. */
static void
test_notices_delegation (void)
{
  PlSession *session = load_floor_session ();
  g_autoptr(PlNotices) notices = pl_notices_new (session, AUT);
  GPtrArray *sent = pl_notices_get_sent (notices);
  PlSpeakerRequest *accepted = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  PlSpeakerRequest *declined = add_request (session, OPENING, "m2", "Mr. Huber", PL_RANK_OFFICIAL);
  g_autofree char *speaker_id = NULL;
  g_autofree char *accepted_id = g_strdup_printf ("accepted:%s", pl_record_get_id (PL_RECORD (accepted)));
  g_autofree char *declined_id = g_strdup_printf ("declined:%s", pl_record_get_id (PL_RECORD (declined)));
  g_autoptr(GError) error = NULL;

  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 0);

  g_assert_true (pl_speaker_request_accept (session, accepted, &speaker_id, &error));
  pl_notices_check (notices);
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (sent, 0), ==, accepted_id);

  pl_speaker_request_decline (session, declined, "The list is closed");
  pl_notices_check (notices);
  g_assert_cmpuint (sent->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (sent, 1), ==, declined_id);

  g_clear_object (&notices);
  g_assert_finalize_object (session);
}

static gboolean
has_notice (GPtrArray  *notices,
            const char *id,
            const char *title)
{
  for (guint i = 0; i < notices->len; i++)
    {
      PlSpeakerNotice *notice = g_ptr_array_index (notices, i);

      if (g_str_equal (notice->id, id))
        {
          if (title != NULL)
            g_assert_cmpstr (notice->title, ==, title);
          return TRUE;
        }
    }
  return FALSE;
}

/* The rule: a list closing within 15 minutes; "You Are 3rd" only while
 * the list runs in the room, with the minutes to wait. */
static void
test_notices_rule (void)
{
  PlSession *session = load_floor_session ();
  PlSpeakerList *general = lookup_list (session, GENERAL);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2020, 10, 9, 9, 40, 0);    /* 11:40 in Vienna */
  g_autoptr(GDateTime) closing = g_date_time_new_utc (2020, 10, 9, 9, 50, 0);   /* 11:50 */
  g_autoptr(GDateTime) now = g_date_time_new_utc (2020, 10, 12, 14, 10, 0);     /* Monday 16:10 */
  g_autoptr(GPtrArray) notices = NULL;
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  g_autofree char *closing_id = g_strdup_printf ("closing:%s:%s", GENERAL, pl_speaker_list_get_closes (general));
  g_autofree char *third_id = NULL;
  PlSpeaker *first = add_speaker (session, GENERAL, "delegation:KEN", "Ms. Wanjiru", "2020-09-01T09:00:00Z");
  PlSpeaker *ours;

  add_speaker (session, GENERAL, "delegation:KEN", "Mr. Kamau", "2020-09-01T10:00:00Z");
  ours = add_speaker (session, GENERAL, AUT, "Ms. Gruber", "2020-09-02T09:00:00Z");
  third_id = g_strdup_printf ("position:%s:3", pl_record_get_id (PL_RECORD (ours)));

  notices = pl_speaker_notices_for_delegation (session, AUT, before);
  g_assert_false (has_notice (notices, closing_id, NULL));
  g_clear_pointer (&notices, g_ptr_array_unref);
  notices = pl_speaker_notices_for_delegation (session, AUT, closing);
  g_assert_true (has_notice (notices, closing_id, "List of Speakers Closing"));
  g_clear_pointer (&notices, g_ptr_array_unref);

  /* Third, but the list is not running: nothing yet. */
  notices = pl_speaker_notices_for_delegation (session, AUT, now);
  g_assert_false (has_notice (notices, third_id, NULL));
  g_clear_pointer (&notices, g_ptr_array_unref);

  pl_speaker_set_status (first, PL_SPEAKER_STATUS_SPEAKING);
  pl_room_state_set_meeting (state, "meeting:47a30b0e-1096-4e55-b5a8-f1c947f07d4f");
  pl_room_state_set_list (state, GENERAL);
  pl_room_state_set_speaker (state, pl_record_get_id (PL_RECORD (first)));
  pl_room_state_set_started_at (state, "2020-10-12T14:09:00Z");
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_time_limit_s (state, 180);
  pl_session_add_record (session, PL_RECORD (state));
  notices = pl_speaker_notices_for_delegation (session, AUT, now);
  g_assert_true (has_notice (notices, third_id, "You Are 3rd"));
  for (guint i = 0; i < notices->len; i++)
    {
      PlSpeakerNotice *notice = g_ptr_array_index (notices, i);

      /* Two minutes left of Kenya's statement, three for the next. */
      if (g_str_equal (notice->id, third_id))
        g_assert_cmpstr (notice->body, ==, "Ms. Gruber on “General discussion”: about 5 minutes");
    }
  /* Kenya's delegate is not told of Austria's turn. */
  g_clear_pointer (&notices, g_ptr_array_unref);
  notices = pl_speaker_notices_for_delegation (session, "delegation:KEN", now);
  g_assert_false (has_notice (notices, third_id, NULL));

  g_clear_pointer (&notices, g_ptr_array_unref);
  g_assert_finalize_object (session);
}

/* PLENARY_FLOOR_SHOTS=DIR: pictures of what this file tests, rendered
 * by the window's own renderer (not a test: it asserts nothing). */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("PLENARY_FLOOR_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
test_shots (void)
{
  PlSession *session = load_floor_session ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page;
  GtkWidget *staff;
  GtkWidget *dialog;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2020, 10, 12, 14, 10, 0);
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  PlSpeaker *first = add_speaker (session, GENERAL, "delegation:KEN", "Ms. Wanjiru", "2020-09-01T09:00:00Z");
  PlSpeakerRequest *accepted = add_request (session, GENERAL, "m1", "Ms. Gruber", PL_RANK_MINISTER);
  PlSpeakerRequest *declined = add_request (session, OPENING, "m2", "Mr. Huber", PL_RANK_OFFICIAL);
  g_autofree char *speaker_id = NULL;

  add_speaker (session, GENERAL, "delegation:KEN", "Mr. Kamau", "2020-09-01T10:00:00Z");
  g_assert_true (pl_speaker_request_accept (session, accepted, &speaker_id, NULL));
  pl_speaker_request_decline (session, declined, "The list closed on 9 October at noon");
  add_request (session, GENERAL, "m2", "Mr. Huber", PL_RANK_OFFICIAL);
  pl_speaker_set_status (first, PL_SPEAKER_STATUS_SPEAKING);
  pl_room_state_set_meeting (state, "meeting:47a30b0e-1096-4e55-b5a8-f1c947f07d4f");
  pl_room_state_set_list (state, GENERAL);
  pl_room_state_set_speaker (state, pl_record_get_id (PL_RECORD (first)));
  pl_room_state_set_started_at (state, "2020-10-12T14:09:00Z");
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_time_limit_s (state, 180);
  pl_session_add_record (session, PL_RECORD (state));

  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  page = pl_delegate_speakers_page_new (session);
  pl_page_set_delegation (PL_PAGE (page), AUT);
  gtk_window_set_child (GTK_WINDOW (window), page);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  pl_delegate_speakers_page_select_list (PL_DELEGATE_SPEAKERS_PAGE (page), lookup_list (session, GENERAL));
  pl_delegate_speakers_page_set_now (PL_DELEGATE_SPEAKERS_PAGE (page), now);
  pl_test_spin (500);
  shot (window, "18-floor-delegate-speakers.png");

  gtk_widget_activate_action (page, "delegate-speakers.request", NULL);
  pl_test_spin (500);
  dialog = GTK_WIDGET (find_toplevel (PL_TYPE_SPEAK_REQUEST_DIALOG));
  shot (dialog, "18-floor-request-dialog.png");
  gtk_window_destroy (GTK_WINDOW (dialog));

  staff = pl_speakers_page_new (session);
  gtk_window_set_child (GTK_WINDOW (window), staff);
  pl_speakers_page_select_list (PL_SPEAKERS_PAGE (staff), lookup_list (session, GENERAL));
  pl_test_spin (500);
  shot (window, "18-floor-staff-requests.png");
  {
    GListModel *requests = pl_session_get_records (session, PL_TYPE_SPEAKER_REQUEST);
    g_autoptr(PlSpeakerRequest) pending = g_list_model_get_item (requests, g_list_model_get_n_items (requests) - 1);

    gtk_widget_activate_action (staff, "speakers.decline-request", "s", pl_record_get_id (PL_RECORD (pending)));
    pl_test_spin (300);
    dialog = GTK_WIDGET (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                           "Austria is already on the list");
    pl_test_spin (300);
    shot (dialog, "18-floor-decline-dialog.png");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/floor/request-dialog", test_request_dialog);
  g_test_add_func ("/floor/request-dialog/no-members", test_request_dialog_no_members);
  g_test_add_func ("/floor/delegate-page/request", test_delegate_page_request);
  g_test_add_func ("/floor/delegate-page/withdraw", test_withdraw_request);
  g_test_add_func ("/floor/accept-and-decline", test_accept_and_decline);
  g_test_add_func ("/floor/my-requests/forecast", test_my_requests_forecast);
  g_test_add_func ("/floor/live/room-state", test_live_room_state);
  g_test_add_func ("/floor/live/other-window", test_live_other_window);
  g_test_add_func ("/floor/notices/secretariat", test_notices_secretariat);
  g_test_add_func ("/floor/notices/delegation", test_notices_delegation);
  g_test_add_func ("/floor/notices/rule", test_notices_rule);
  g_test_add_func ("/floor/notices/burst", test_notices_burst);
  if (g_getenv ("PLENARY_FLOOR_SHOTS") != NULL)
    g_test_add_func ("/floor/shots", test_shots);

  return g_test_run ();
}
