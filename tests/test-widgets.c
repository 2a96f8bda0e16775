/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pl-agenda-page.h"
#include "pl-agenda.h"
#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-bureau-page.h"
#include "pl-bureau-seat-row.h"
#include "pl-bureau.h"
#include "pl-conflicts-dialog.h"
#include "pl-couch-client.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-deadlines-page.h"
#include "pl-deadlines.h"
#include "pl-delegation-import.h"
#include "pl-documents-page.h"
#include "pl-overview-page.h"
#include "pl-page.h"
#include "pl-page-refresh.h"
#include "pl-participants-page.h"
#include "pl-participation.h"
#include "pl-preferences-window.h"
#include "pl-reference-states.h"
#include "pl-samples.h"
#include "pl-schedule-page.h"
#include "pl-start-view.h"
#include "pl-schedule.h"
#include "pl-settings-page.h"
#include "pl-speak-request-dialog.h"
#include "pl-speaker-list.h"
#include "pl-speaker-request.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page.h"
#include "pl-sync-account.h"
#include "pl-sync-engine.h"
#include "pl-item-editor.h"
#include "pl-test-support.h"
#include "pl-window.h"

/* Each page and the window are built on the sample session, shown for a
 * few frames, and disposed: g_assert_finalize_object() fails on a leak or
 * a reference cycle (libadwaita's own tests do the same). */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, or fails the test after
 * @timeout_ms: a wait on an event, not on the machine's speed (a fixed
 * spin failed under load). */
static void
spin_until (gboolean (*done) (gpointer data),
            gpointer   data,
            guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("spin_until: still waiting after %u ms", timeout_ms);
      g_main_context_iteration (NULL, FALSE);
    }
}

static PlSession *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);

  g_assert_no_error (error);
  return session;
}

static void
check_page (GType type)
{
  PlSession *session = load_sample ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (type, "session", session, NULL);

  g_object_ref_sink (page);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  /* Let GTK's pending sources for the page's controllers run out before
   * the next test. */
  gtk_window_set_child (GTK_WINDOW (window), NULL);
  spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

static void
test_overview_page (void)
{
  check_page (PL_TYPE_OVERVIEW_PAGE);
}

static void
test_documents_page (void)
{
  check_page (PL_TYPE_DOCUMENTS_PAGE);
}

static void
test_settings_page (void)
{
  check_page (PL_TYPE_SETTINGS_PAGE);
}

static void
test_schedule_page (void)
{
  check_page (PL_TYPE_SCHEDULE_PAGE);
}

/* The page's Create Default Pattern fills an empty organization of work
 * in one undo step, and its view follows: one meeting card per meeting. */
static void
test_schedule_page_pattern (void)
{
  PlSession *session = load_sample ();
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;

  while (g_list_model_get_n_items (meetings) > 0)
    {
      g_autoptr(PlRecord) meeting = g_list_model_get_item (meetings, 0);

      pl_session_remove_record (session, meeting);
    }

  page = pl_schedule_page_new (session);
  g_object_ref_sink (page);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  g_assert_true (gtk_widget_activate_action (page, "schedule.create-pattern", NULL));
  spin (300);
  /* The sample's five working days, two meetings each (seed, annex). */
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 10);

  g_assert_true (pl_history_undo (history));
  spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_object_unref (page);
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

static GtkWidget *
find_by_focus_key (GtkWidget  *widget,
                   const char *key)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "focus-key"), key) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_focus_key (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *window;
  GtkWidget  *button;  /* compared, never used: the rebuild frees it */
  const char *key;
} FocusMoved;

/* The page was rebuilt after the move and the focus is on the new Move
 * Down button of the same entry. */
static gboolean
focus_moved_to_rebuilt_button (gpointer data)
{
  FocusMoved *moved = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (moved->window));

  return focus != NULL && focus != moved->button &&
         g_strcmp0 (g_object_get_data (G_OBJECT (focus), "focus-key"), moved->key) == 0;
}

/* Moving an entry down by keyboard is one undo step, and the focus stays
 * on that entry's Move Down button once the page is rebuilt, so that it
 * can be pressed again. */
static void
test_schedule_page_keyboard_move (void)
{
  PlSession *session = load_sample ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (session);
  PlMeeting *first = g_ptr_array_index (meetings, 0);
  PlAgendaItem *item = pl_agenda_find_by_number (agenda, "1 (a)");
  g_autofree char *key = g_strdup_printf ("down\n%s\n%s", pl_record_get_id (PL_RECORD (first)),
                                          pl_record_get_id (PL_RECORD (item)));
  GtkWidget *page = pl_schedule_page_new (session);
  GtkWidget *button, *focus;
  FocusMoved moved;
  GArray *entries;

  g_object_ref_sink (page);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);

  entries = pl_schedule_get_entries (first);
  g_assert_cmpstr (g_array_index (entries, PlScheduleEntry, 0).item, ==, pl_record_get_id (PL_RECORD (item)));
  g_array_unref (entries);

  button = find_by_focus_key (page, key);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  moved.window = window;
  moved.button = button;
  moved.key = key;
  spin_until (focus_moved_to_rebuilt_button, &moved, 10000);

  entries = pl_schedule_get_entries (first);
  g_assert_cmpstr (g_array_index (entries, PlScheduleEntry, 1).item, ==, pl_record_get_id (PL_RECORD (item)));
  g_array_unref (entries);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus != button);   /* rebuilt */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (focus), "focus-key"), ==, key);

  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  entries = pl_schedule_get_entries (first);
  g_assert_cmpstr (g_array_index (entries, PlScheduleEntry, 0).item, ==, pl_record_get_id (PL_RECORD (item)));
  g_array_unref (entries);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_object_unref (page);
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

/* A deadline is shown in the session's time zone and in the user's, each
 * with its own offset: Vienna is on summer time on 11 October 2020, and so
 * is New York, six hours behind. */
static void
test_deadline_format_due (void)
{
  PlSession *session = load_sample ();
  PlDeadline *credentials = pl_deadlines_find_by_basis (session, PL_DEADLINE_BASIS_CREDENTIALS);
  g_autofree char *text = NULL;
  g_autofree char *origin = NULL;
  const char *old_tz = g_getenv ("TZ");
  g_autofree char *saved_tz = g_strdup (old_tz);

  g_assert_nonnull (credentials);
  g_setenv ("TZ", "America/New_York", TRUE);
  text = pl_deadlines_page_format_due (session, credentials);
  if (saved_tz != NULL)
    g_setenv ("TZ", saved_tz, TRUE);
  else
    g_unsetenv ("TZ");

  g_assert_cmpstr (text, ==, "Sun 11 Oct 2020, 12:00 Europe/Vienna — your time: Sun 11 Oct 2020, 06:00 EDT");
  origin = pl_deadlines_page_describe_origin (credentials);
  g_assert_cmpstr (origin, ==, "rule 18, para. 1 · Computed from the rule");

  g_assert_finalize_object (session);
}

static void
test_deadlines_page (void)
{
  check_page (PL_TYPE_DEADLINES_PAGE);
}

static void
test_agenda_page (void)
{
  check_page (PL_TYPE_AGENDA_PAGE);
}

static void
test_bureau_page (void)
{
  check_page (PL_TYPE_BUREAU_PAGE);
}

static void
add_state (PlSession  *session,
           const char *iso3)
{
  g_autoptr(PlDelegation) delegation = pl_reference_states_new_delegation (pl_reference_states_lookup (iso3));

  pl_session_add_record (session, PL_RECORD (delegation));
}

static GtkWidget *
find_seat_row (GtkWidget  *root,
               GType       type,
               const char *seat_id)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (seat_id == NULL || g_strcmp0 (pl_seat_get_id (pl_bureau_seat_row_get_seat (PL_BUREAU_SEAT_ROW (root))),
                                     seat_id) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_seat_row (child, type, seat_id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_holder_rows (GtkWidget *root)
{
  guint n = GTK_IS_LIST_BOX_ROW (root) && g_object_get_data (G_OBJECT (root), "holder") != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_holder_rows (child);
  return n;
}

/* The Bureau page with States: a seat's actions nominate, elect and clear,
 * each one undo step; an earlier officer is added and taken back. */
static void
test_bureau_page_actions (void)
{
  PlSession *session = load_sample ();
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;
  GtkWidget *row;
  PlOfficer *president;

  add_state (session, "DZA");
  add_state (session, "FRA");
  page = pl_bureau_page_new (session);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  row = find_seat_row (page, PL_TYPE_BUREAU_SEAT_ROW, "president");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate_action (row, "seat.nominate", "s", "delegation:DZA"));
  spin (50);
  president = PL_OFFICER (pl_session_lookup (session, "officer:president"));
  g_assert_cmpstr (pl_officer_get_delegation (president), ==, "delegation:DZA");
  g_assert_cmpint (pl_officer_get_status (president), ==, PL_OFFICER_STATUS_NOMINATED);

  g_assert_true (gtk_widget_activate_action (row, "seat.elect", NULL));
  spin (50);
  g_assert_cmpint (pl_officer_get_status (president), ==, PL_OFFICER_STATUS_ELECTED);
  /* Rule 22: elected at the opening, the session's first day. */
  g_assert_cmpstr (pl_officer_get_elected_on (president), ==,
                   pl_session_settings_get_start_date (pl_session_get_settings (session)));
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_officer_get_status (president), ==, PL_OFFICER_STATUS_NOMINATED);

  g_assert_true (gtk_widget_activate_action (row, "seat.vacate", NULL));
  spin (50);
  g_assert_cmpint (pl_officer_get_status (president), ==, PL_OFFICER_STATUS_VACANT);
  g_assert_null (pl_officer_get_delegation (president));
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_officer_get_delegation (president), ==, "delegation:DZA");

  /* The rows follow the records once the page's refresh has run
   * (PL_PAGE_REFRESH_DELAY_MS). */
  g_assert_true (gtk_widget_activate_action (page, "bureau.add-holder", NULL));
  spin (PL_PAGE_REFRESH_DELAY_MS + 100);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_OFFICE_HOLDER)), ==, 1);
  g_assert_cmpuint (count_holder_rows (page), ==, 1);
  g_assert_true (pl_history_undo (history));
  spin (PL_PAGE_REFRESH_DELAY_MS + 100);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_OFFICE_HOLDER)), ==, 0);
  g_assert_cmpuint (count_holder_rows (page), ==, 0);

  gtk_window_set_child (GTK_WINDOW (window), NULL);
  spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

static guint
count_seat_rows (GtkWidget *root)
{
  guint n = PL_IS_BUREAU_SEAT_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_seat_rows (child);
  return n;
}

/* Another body's settings (a Bureau of seven, no rotation, no per-group
 * shares): the page follows them at once, with the seats open to any
 * group under one heading. */
static void
test_bureau_page_settings (void)
{
  PlSession *session = load_sample ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  GtkWidget *window = gtk_window_new ();
  g_autoptr(JsonNode) bureau = json_from_string ("{\"vice_presidents\": 5, \"per_group\": 0, "
                                                 "\"rotating_offices\": [], \"all_instruments_min\": 0}", NULL);
  GtkWidget *page;

  add_state (session, "AUT");
  page = pl_bureau_page_new (session);
  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_cmpuint (count_seat_rows (page), ==, 10);

  pl_session_settings_set_bureau (settings, bureau);
  spin (100);
  g_assert_cmpuint (count_seat_rows (page), ==, 7);
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  spin (100);
  g_assert_cmpuint (count_seat_rows (page), ==, 10);

  gtk_window_set_child (GTK_WINDOW (window), NULL);
  spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

/* The agenda page's actions edit the model, renumber, and undo. */
static void
test_agenda_page_actions (void)
{
  PlSession *session = load_sample ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_agenda_page_new (session);
  PlAgendaItem *first, *second;
  g_autoptr(GPtrArray) before = pl_agenda_list_in_order (agenda);
  g_autoptr(GPtrArray) after = NULL;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  first = pl_agenda_find_by_number (agenda, "1");
  second = pl_agenda_find_by_number (agenda, "2");
  pl_agenda_page_select_item (PL_AGENDA_PAGE (page), second);
  g_assert_true (pl_agenda_page_get_selected (PL_AGENDA_PAGE (page)) == second);

  g_assert_true (gtk_widget_activate_action (page, "agenda.move-up", NULL));
  spin (50);
  g_assert_cmpstr (pl_agenda_item_get_number (second), ==, "1");
  g_assert_cmpstr (pl_agenda_item_get_number (first), ==, "2");
  g_assert_true (pl_agenda_page_get_selected (PL_AGENDA_PAGE (page)) == second);

  g_assert_true (gtk_widget_activate_action (page, "agenda.add-sub-item", NULL));
  spin (50);
  after = pl_agenda_list_in_order (agenda);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_cmpstr (pl_agenda_item_get_number (pl_agenda_page_get_selected (PL_AGENDA_PAGE (page))), ==, "1 (e)");

  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  spin (50);
  g_assert_cmpstr (pl_agenda_item_get_number (first), ==, "1");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

static void
test_speakers_page (void)
{
  check_page (PL_TYPE_SPEAKERS_PAGE);
}

static PlSpeaker *
add_speaker (PlSession  *session,
             const char *list,
             const char *delegation,
             const char *person,
             PlRank      rank,
             const char *requested_at)
{
  PlSpeaker *speaker = pl_speaker_new (NULL);

  pl_speaker_set_list (speaker, list);
  pl_speaker_set_delegation (speaker, delegation);
  pl_speaker_set_person (speaker, person);
  pl_speaker_set_rank (speaker, rank);
  pl_speaker_set_on_behalf_of (speaker, delegation);
  pl_speaker_set_requested_at (speaker, requested_at);
  pl_session_add_record (session, PL_RECORD (speaker));
  return speaker;
}

static const char *
general_discussion (PlSession *session)
{
  GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);

  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (lists, i);

      if (g_strcmp0 (pl_speaker_list_get_title (list), "General discussion") == 0)
        return pl_record_get_id (PL_RECORD (list));
    }
  g_assert_not_reached ();
}

/* The page shows the derived order (a minister before an earlier
 * ambassador); the live window counts down on a fake clock and records
 * the time used; both dispose cleanly. */
static void
test_speakers_live (void)
{
  PlSession *session = load_sample ();
  const char *list_id = general_discussion (session);
  PlSpeakerList *list = PL_SPEAKER_LIST (pl_session_lookup (session, list_id));
  g_autoptr(PlSpeaker) ambassador = add_speaker (session, list_id, "delegation:AUT", "Anna Huber",
                                                 PL_RANK_AMBASSADOR, "2020-09-01T10:00:00+02:00");
  g_autoptr(PlSpeaker) minister = add_speaker (session, list_id, "delegation:MEX", "Luz Ortega",
                                               PL_RANK_MINISTER, "2020-09-02T10:00:00+02:00");
  g_autofree char *clock_path = g_build_filename (g_get_tmp_dir (), "plenary-test-clock", NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_speakers_page_new (session);
  GtkWidget *live;
  PlSpeakerTimer *timer;
  GListModel *entries;
  g_autoptr(PlSpeakerEntry) first = NULL;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  pl_speakers_page_select_list (PL_SPEAKERS_PAGE (page), list);
  spin (100);

  entries = pl_speakers_page_get_entries (PL_SPEAKERS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  first = g_list_model_get_item (entries, 0);
  g_assert_true (pl_speaker_entry_get_speaker (first) == minister);

  g_assert_true (g_file_set_contents (clock_path, "0", -1, NULL));
  g_setenv ("PLENARY_FAKE_CLOCK_FILE", clock_path, TRUE);
  live = pl_speakers_live_new (GTK_WINDOW (window), session, list);
  g_object_ref (live);
  gtk_window_present (GTK_WINDOW (live));
  timer = pl_speakers_live_get_timer (PL_SPEAKERS_LIVE (live));
  spin (100);

  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == minister);
  g_assert_true (gtk_widget_activate_action (live, "live.toggle", NULL));
  g_assert_true (g_file_set_contents (clock_path, "165.2", -1, NULL));
  pl_speaker_timer_update (timer);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, 15);
  g_assert_true (pl_speaker_timer_get_warning (timer));
  g_assert_true (gtk_widget_activate_action (live, "live.spoken", NULL));
  g_assert_cmpint (pl_speaker_get_duration_s (minister), ==, 165);
  g_assert_cmpint (pl_speaker_get_status (minister), ==, PL_SPEAKER_STATUS_SPOKEN);
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == ambassador);

  /* One undo step takes the statement back. */
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  g_assert_cmpint (pl_speaker_get_duration_s (minister), ==, 0);
  spin (100);

  g_unsetenv ("PLENARY_FAKE_CLOCK_FILE");
  gtk_window_destroy (GTK_WINDOW (live));
  spin (100);
  g_assert_finalize_object (live);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_unlink (clock_path);
  g_assert_finalize_object (page);
  g_clear_object (&ambassador);
  g_clear_object (&minister);
  g_assert_finalize_object (session);
}

/* A delegate's request accepted is one undo step that adds the speaker
 * and removes the request; a placement by hand moves the speaker and says
 * where the rules would have put it; withdrawing unnumbers it. */
static void
test_speakers_page_edits (void)
{
  PlSession *session = load_sample ();
  const char *list_id = general_discussion (session);
  PlSpeakerList *list = PL_SPEAKER_LIST (pl_session_lookup (session, list_id));
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlSpeaker) first = add_speaker (session, list_id, "delegation:AUT", "Anna Huber",
                                            PL_RANK_AMBASSADOR, "2020-09-01T10:00:00+02:00");
  g_autoptr(PlSpeaker) second = add_speaker (session, list_id, "delegation:FRA", "Claire Martin",
                                             PL_RANK_AMBASSADOR, "2020-09-03T10:00:00+02:00");
  g_autoptr(PlSpeakerRequest) request = pl_speaker_request_new ("speaker_request:test");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_speakers_page_new (session);
  GListModel *entries;
  GListModel *speakers = pl_session_get_records (session, PL_TYPE_SPEAKER);
  g_autoptr(PlSpeakerEntry) top = NULL;
  g_autoptr(PlSpeakerEntry) moved = NULL;
  guint n_speakers = g_list_model_get_n_items (speakers);

  if (pl_session_lookup (session, "delegation:MEX") == NULL)
    {
      g_autoptr(PlDelegation) mexico = pl_delegation_new ("delegation:MEX");
      g_autoptr(JsonNode) members = json_from_string ("[{\"id\": \"mex-1\", \"name\": \"Luz Ortega\", "
                                                      "\"function\": \"head\", \"rank\": \"minister\"}]", NULL);

      /* Accept takes the rank from the registration. */
      pl_delegation_set_name (mexico, "Mexico");
      pl_delegation_set_members (mexico, members);
      pl_session_add_record (session, PL_RECORD (mexico));
    }
  pl_speaker_request_set_list (request, list_id);
  pl_speaker_request_set_delegation (request, "delegation:MEX");
  pl_speaker_request_set_person (request, "Luz Ortega");
  pl_speaker_request_set_rank (request, PL_RANK_MINISTER);
  pl_speaker_request_set_requested_at (request, "2020-09-05T10:00:00+02:00");
  pl_speaker_request_set_requested_by (request, "mex.delegate");
  pl_session_add_record (session, PL_RECORD (request));

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  pl_speakers_page_select_list (PL_SPEAKERS_PAGE (page), list);
  spin (200);
  entries = pl_speakers_page_get_entries (PL_SPEAKERS_PAGE (page));

  g_assert_true (gtk_widget_activate_action (page, "speakers.accept-request", "s", "speaker_request:test"));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, n_speakers + 1);
  /* Kept, marked, for the delegate to see (issue 18). */
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_ACCEPTED);
  top = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (pl_speaker_get_person (pl_speaker_entry_get_speaker (top)), ==, "Luz Ortega");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_cmpuint (g_list_model_get_n_items (speakers), ==, n_speakers);

  /* Move the second speaker up by hand. */
  pl_page_select_record (PL_PAGE (page), PL_RECORD (second));
  spin (50);
  g_assert_true (gtk_widget_activate_action (page, "speakers.move-up", NULL));
  spin (50);
  moved = g_list_model_get_item (entries, 0);
  g_assert_true (pl_speaker_entry_get_speaker (moved) == second);
  g_assert_cmpstr (pl_speaker_entry_get_deviation (moved), ==, "Placed by hand at 1; by the rules, 2");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_get_manual_position (second), ==, 0);

  pl_page_select_record (PL_PAGE (page), PL_RECORD (first));
  g_assert_true (gtk_widget_activate_action (page, "speakers.withdraw", NULL));
  g_assert_cmpint (pl_speaker_get_status (first), ==, PL_SPEAKER_STATUS_WITHDRAWN);
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_get_status (first), ==, PL_SPEAKER_STATUS_LISTED);

  /* Deleting the list takes its speakers and requests with it, as one
   * step; undo brings all back. */
  g_assert_true (gtk_widget_activate_action (page, "speakers.delete-list", NULL));
  spin (200);
  g_assert_null (pl_session_lookup (session, list_id));
  g_assert_null (pl_session_lookup (session, pl_record_get_id (PL_RECORD (first))));
  g_assert_null (pl_session_lookup (session, "speaker_request:test"));
  g_assert_true (pl_speakers_page_get_list (PL_SPEAKERS_PAGE (page)) != list);
  g_assert_true (pl_history_undo (history));
  g_assert_nonnull (pl_session_lookup (session, list_id));
  g_assert_nonnull (pl_session_lookup (session, pl_record_get_id (PL_RECORD (first))));
  g_assert_nonnull (pl_session_lookup (session, "speaker_request:test"));
  spin (200);

  /* A new list opens its dialog; undo takes the list back. */
  {
    GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
    guint n_lists = g_list_model_get_n_items (lists);
    GtkWidget *dialog = NULL;
    g_autoptr(GList) toplevels = NULL;

    g_assert_true (gtk_widget_activate_action (page, "speakers.add-list", NULL));
    spin (100);
    g_assert_cmpuint (g_list_model_get_n_items (lists), ==, n_lists + 1);
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, g_type_from_name ("PlSpeakerListDialog")))
        dialog = l->data;
    g_assert_nonnull (dialog);
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (pl_history_undo (history));
    g_assert_cmpuint (g_list_model_get_n_items (lists), ==, n_lists);
    spin (200);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_clear_object (&first);
  g_clear_object (&second);
  g_clear_object (&request);
  g_clear_object (&top);
  g_clear_object (&moved);
  g_assert_finalize_object (session);
}

static void
test_participants_page (void)
{
  check_page (PL_TYPE_PARTICIPANTS_PAGE);
}

static void
test_credentials_page (void)
{
  check_page (PL_TYPE_CREDENTIALS_PAGE);
}

static const char import_csv[] =
  "delegation,iso,name,function,rank,email\n"
  "Austria,AUT,Anna Berger,head,ambassador,anna@example.org\n"
  "Austria,AUT,Karl Huber,adviser,official,karl@example.org\n"
  "Brazil,BRA,Ana Souza,head,minister,ana@example.org\n"
  "Japan,JPN,Ken Sato,representative,official,ken@example.org\n";

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* A member's entry for @field ("name", "email") in the page's editor. */
static GtkWidget *
find_member_entry (GtkWidget  *widget,
                   const char *member_id,
                   const char *field)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ENTRY (child) &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "member-id"), member_id) == 0 &&
          g_strcmp0 (g_object_get_data (G_OBJECT (child), "field"), field) == 0)
        return child;
      if ((found = find_member_entry (child, member_id, field)) != NULL)
        return found;
    }
  return NULL;
}

/* Issue 16: the editor shows and edits a member's email in the
 * delegation's contact record, one undo step per edit; the delegation
 * never holds it. */
static void
check_member_email_edit (PlSession          *session,
                         PlParticipantsPage *self,
                         PlDelegation       *austria)
{
  PlHistory *history = pl_session_get_history (session);
  PlContact *contact = pl_contact_lookup (session, "delegation:AUT");
  JsonObject *member = pl_delegation_get_member (austria, 0);
  g_autofree char *member_id = g_strdup (json_object_get_string_member (member, "id"));
  GtkWidget *entry;

  g_assert_nonnull (contact);
  g_assert_false (json_object_has_member (member, "email"));
  g_assert_cmpstr (pl_contact_get_email (contact, member_id), ==, "anna@example.org");

  pl_participants_page_select_delegation (self, austria);
  spin (50);
  entry = find_member_entry (GTK_WIDGET (self), member_id, "email");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "anna@example.org");

  gtk_editable_set_text (GTK_EDITABLE (entry), "anna.berger@example.org");
  g_signal_emit_by_name (entry, "activate");
  spin (50);
  g_assert_cmpstr (pl_contact_get_email (contact, member_id), ==, "anna.berger@example.org");
  g_assert_false (json_object_has_member (pl_delegation_get_member (austria, 0), "email"));
  /* The editor, rebuilt, shows the new email. */
  entry = find_member_entry (GTK_WIDGET (self), member_id, "email");
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "anna.berger@example.org");

  g_assert_true (pl_history_undo (history));
  spin (50);
  g_assert_cmpstr (pl_contact_get_email (contact, member_id), ==, "anna@example.org");
  entry = find_member_entry (GTK_WIDGET (self), member_id, "email");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "anna@example.org");

  /* Deleting the delegation takes its contact record with it, one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (self), "participants.delete", NULL));
  spin (50);
  g_assert_null (pl_session_lookup (session, "delegation:AUT"));
  g_assert_null (pl_session_lookup (session, "contact:AUT"));
  g_assert_true (pl_history_undo (history));
  spin (50);
  g_assert_true (pl_session_lookup (session, "contact:AUT") == PL_RECORD (contact));
  g_assert_true (pl_session_lookup (session, "delegation:AUT") == PL_RECORD (austria));
}

/* The participants page imports all or nothing as one undo step, and its
 * search and sort follow the model. */
static void
test_participants_page_import_filter (void)
{
  PlSession *session = load_sample ();
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_participants_page_new (session);
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);
  GListModel *model = pl_participants_page_get_model (self);
  g_autoptr(GBytes) good = g_bytes_new_static (import_csv, sizeof import_csv - 1);
  g_autoptr(GBytes) bad = g_bytes_new_static ("delegation,iso,name,function,rank,email\n"
                                              "Atlantis,ATL,Nobody,head,official,x@example.org\n", 88);
  g_autoptr(PlDelegation) first = NULL;
  g_autoptr(PlDelegation) last = NULL;
  GtkWidget *report;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_cmpuint (n_items (model), ==, 0);

  g_assert_true (pl_participants_page_import_bytes (self, good, "good.csv"));
  spin (50);
  g_assert_cmpuint (n_items (model), ==, 3);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 2);
  g_assert_cmpstr (pl_delegation_get_name (first), ==, "Austria");
  g_assert_cmpstr (pl_delegation_get_name (last), ==, "Japan");
  g_assert_cmpuint (pl_delegation_get_n_members (first), ==, 2);
  check_member_email_edit (session, self, first);

  /* By name, by ISO code, case-insensitive; then everything again. */
  pl_participants_page_set_search (self, "bra");
  g_assert_cmpuint (n_items (model), ==, 1);
  pl_participants_page_set_search (self, "jpn");
  g_assert_cmpuint (n_items (model), ==, 1);
  pl_participants_page_set_search (self, "");
  g_assert_cmpuint (n_items (model), ==, 3);

  /* A rejected file changes nothing (the report window opens). */
  g_assert_false (pl_participants_page_import_bytes (self, bad, "bad.csv"));
  spin (50);
  g_assert_cmpuint (n_items (model), ==, 3);
  report = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (g_strcmp0 (gtk_window_get_title (toplevel), "Import Refused") == 0)
        report = GTK_WIDGET (toplevel);
    }
  g_assert_nonnull (report);
  gtk_window_destroy (GTK_WINDOW (report));

  /* The whole import is one step. */
  g_assert_true (pl_history_undo (history));
  spin (300);
  g_assert_cmpuint (n_items (model), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

/* A copy, then the original: provisional, then in due form, in the page's
 * model as in the rules. */
static void
test_credentials_page_receipt (void)
{
  PlSession *session = load_sample ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_credentials_page_new (session);
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (page);
  g_autoptr(GError) error = NULL;
  PlDelegation *austria, *observer;
  PlCredentials *credentials;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  austria = pl_delegation_import_add_state (session, "AUT", &error);
  g_assert_no_error (error);
  observer = pl_participation_add_delegation (session, "INTERPOL", PL_DELEGATION_CATEGORY_IGO, NULL);
  g_assert_nonnull (observer);
  spin (100);
  /* Observers need no credentials (rule 18). */
  g_assert_cmpuint (g_list_model_get_n_items (pl_credentials_page_get_model (self)), ==, 1);

  pl_credentials_page_select_delegation (self, austria);
  g_assert_true (pl_credentials_page_get_selected (self) == austria);
  g_assert_cmpint (pl_credentials_status_for (session, austria), ==, PL_CREDENTIALS_STATUS_MISSING);

  credentials = pl_credentials_ensure (session, austria);
  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_COPY,
                                                PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "", "2020-10-09T10:00:00+02:00"));
  spin (100);
  g_assert_cmpint (pl_credentials_status_for (session, austria), ==, PL_CREDENTIALS_STATUS_PROVISIONAL);
  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                                PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "", "2020-10-10T10:00:00+02:00"));
  spin (100);
  g_assert_cmpint (pl_credentials_status_for (session, austria), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);

  /* The page's own Record Receipt (Ctrl+Enter) with an empty time: the
   * original from the Minister for Foreign Affairs, received now, years
   * after the 24-hour mark of the sample's 2020 session: late. One step. */
  {
    g_autoptr(PlDelegation) brazil = NULL;
    PlDelegation *added = pl_delegation_import_add_state (session, "BRA", &error);
    PlHistory *history = pl_session_get_history (session);

    g_assert_no_error (error);
    brazil = g_object_ref (added);
    spin (100);
    pl_credentials_page_select_delegation (self, brazil);
    g_assert_true (gtk_widget_activate_action (page, "credentials.record", NULL));
    spin (100);
    g_assert_nonnull (pl_credentials_find (session, brazil));
    g_assert_cmpint (pl_credentials_get_form (pl_credentials_find (session, brazil)), ==, PL_CREDENTIALS_FORM_ORIGINAL);
    g_assert_cmpint (pl_credentials_get_issuer (pl_credentials_find (session, brazil)), ==,
                     PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER);
    g_assert_cmpint (pl_credentials_status_for (session, brazil), ==, PL_CREDENTIALS_STATUS_LATE);
    g_assert_true (pl_history_undo (history));
    spin (100);
    g_assert_null (pl_credentials_find (session, brazil));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

static void
test_window (void)
{
  g_autoptr(PlApplication) app = pl_application_new ();
  PlSession *session = load_sample ();
  g_autoptr(GError) error = NULL;
  PlWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  window = pl_window_new (app);
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_null (pl_window_get_session (window));

  pl_window_set_session (window, session, NULL);
  spin (100);
  for (const char * const *name = (const char * const[]) { "overview", "agenda", "schedule", "deadlines", "documents",
                                                          "participants", "credentials", "bureau", "speakers",
                                                          "settings", NULL };
       *name != NULL; name++)
    {
      g_assert_nonnull (pl_window_get_page (window, *name));
      pl_window_show_page (window, *name);
      spin (100);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* The first descendant of @widget of @type whose accessible label (or,
 * for a button, mnemonic label) starts with @name. */
static GtkWidget *
find_widget (GtkWidget  *widget,
             GType       type,
             const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : NULL;

          if (name == NULL || (label != NULL && g_str_has_prefix (label, name)))
            return child;
        }
      if ((found = find_widget (child, type, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
destroy_and_finalize (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (window);
}

static void
on_start_view_open_cb (PlStartView *view,
                       const char  *path,
                       char       **opened)
{
  g_free (*opened);
  *opened = g_strdup (path);
}

/* The start view offers the recent sessions still on disk, in the
 * settings' order, follows the settings, and a row opens its own file. */
static void
test_start_view (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.plenary.Plenary");
  g_autofree char *dir = g_dir_make_tmp ("plenary-start-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "first.plenary", NULL);
  g_autofree char *gone = g_build_filename (dir, "gone.plenary", NULL);
  g_autofree char *second = g_build_filename (dir, "second.plenary", NULL);
  g_autofree char *opened = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  PlStartView *view;
  GtkWidget *list;
  GtkWidget *row;

  g_assert_true (g_file_set_contents (first, "{}", -1, NULL));
  g_assert_true (g_file_set_contents (second, "{}", -1, NULL));
  g_settings_set_strv (settings, "recent-files", (const char * const[]) { first, gone, second, NULL });

  view = g_object_ref_sink (g_object_new (PL_TYPE_START_VIEW, "menu-model", menu, NULL));
  g_assert_true (pl_start_view_get_menu_model (view) == G_MENU_MODEL (menu));
  g_signal_connect (view, "open", G_CALLBACK (on_start_view_open_cb), &opened);
  list = find_widget (GTK_WIDGET (view), GTK_TYPE_LIST_BOX, NULL);
  g_assert_nonnull (list);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (list)));

  pl_start_view_set_settings (view, settings);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (list)));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "second.plenary");
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (opened, ==, second);

  g_settings_set_strv (settings, "recent-files", (const char * const[]) { gone, NULL });
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (list)));

  g_settings_reset (settings, "recent-files");
  g_assert_finalize_object (view);
  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

/* Preferences: the account's fields go to the settings as typed. */
static void
test_preferences_window (void)
{
  GtkWidget *window = pl_preferences_window_new (NULL);
  GtkWidget *url_row, *user_row;
  g_autofree char *server = NULL, *database = NULL, *user = NULL;

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);

  url_row = find_widget (window, ADW_TYPE_ENTRY_ROW, NULL);
  g_assert_nonnull (url_row);
  gtk_editable_set_text (GTK_EDITABLE (url_row), "http://127.0.0.1:5984/");
  user_row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (url_row));
  g_assert_true (ADW_IS_ENTRY_ROW (user_row));
  gtk_editable_set_text (GTK_EDITABLE (user_row), "clerk");
  spin (50);

  g_assert_true (pl_sync_account_get_defaults (&server, &database, &user));
  g_assert_cmpstr (server, ==, "http://127.0.0.1:5984/");
  g_assert_null (database);
  g_assert_cmpstr (user, ==, "clerk");

  /* Test Connection without a database says what is missing; it does
   * not try the network. */
  g_signal_emit_by_name (find_widget (window, GTK_TYPE_BUTTON, "_Test Connection"), "clicked");
  spin (50);

  destroy_and_finalize (window);
  pl_sync_account_set_defaults (NULL, NULL, NULL);
}

/* Issue 16: an address typed with a user name and password in it. The
 * settings never get the password; Test Connection moves both to their
 * own rows (and so the password to the keyring, as typed ones go). */
static void
test_preferences_password_in_address (void)
{
  GtkWidget *window = pl_preferences_window_new (NULL);
  GtkWidget *url_row, *user_row, *password_row;
  g_autofree char *server = NULL, *database = NULL, *user = NULL;

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);

  url_row = find_widget (window, ADW_TYPE_ENTRY_ROW, NULL);
  user_row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (url_row));
  password_row = gtk_widget_get_next_sibling (user_row);
  g_assert_true (ADW_IS_ENTRY_ROW (user_row));
  g_assert_true (ADW_IS_ENTRY_ROW (password_row));
  gtk_editable_set_text (GTK_EDITABLE (url_row), "http://clerk:s3cret%40x@127.0.0.1:5984/");
  spin (50);

  g_assert_true (pl_sync_account_get_defaults (&server, &database, &user));
  g_assert_cmpstr (server, ==, "http://127.0.0.1:5984/");
  g_assert_cmpstr (user, ==, "clerk");

  /* Without a database the test stops before the network. */
  g_signal_emit_by_name (find_widget (window, GTK_TYPE_BUTTON, "_Test Connection"), "clicked");
  spin (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "http://127.0.0.1:5984/");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (user_row)), ==, "clerk");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, "s3cret@x");
  g_clear_pointer (&server, g_free);
  g_clear_pointer (&user, g_free);
  g_assert_true (pl_sync_account_get_defaults (&server, &database, &user));
  g_assert_cmpstr (server, ==, "http://127.0.0.1:5984/");

  /* Destroyed, not closed: nothing goes to a keyring the test has not. */
  destroy_and_finalize (window);
  pl_sync_account_set_defaults (NULL, NULL, NULL);
}

static JsonObject *
conflict_state (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser,
    "{\"server\": \"http://127.0.0.1:9/\", \"database\": \"cop10\", \"user\": null, \"last_seq\": null,"
    " \"records\": {},"
    " \"conflicts\": [{\"_id\": \"session\", \"field\": \"venue\", \"mine\": \"Vienna\", \"theirs\": \"Geneva\"},"
    "                 {\"_id\": \"session\", \"field\": \"title\", \"mine\": \"Mine\", \"theirs\": \"Theirs\"}]}",
    -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* The Conflicts dialog lists the engine's conflicts and resolves them. */
static void
test_conflicts_dialog (void)
{
  PlSession *session = load_sample ();
  g_autoptr(JsonObject) state = conflict_state ();
  g_autoptr(GError) error = NULL;
  PlCouchClient *client = pl_couch_client_new ("http://127.0.0.1:9/", "cop10", &error);
  PlSyncEngine *engine;
  GtkWidget *dialog;
  PlSessionSettings *settings = pl_session_get_settings (session);

  g_assert_no_error (error);
  pl_session_set_sync_state (session, state);
  engine = pl_sync_engine_new (session, client);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (engine), ==, 2);

  dialog = pl_conflicts_dialog_new (NULL, engine);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (200);

  /* Keep Mine puts the local value back; Keep Theirs forgets it. The
   * dialog rebuilds its rows from the engine's notification: wait for it
   * (bounded), the machine may be busy. */
  g_signal_emit_by_name (find_widget (dialog, GTK_TYPE_BUTTON, "Keep _Mine"), "clicked");
  for (guint i = 0; i < 100 && pl_sync_engine_get_n_conflicts (engine) != 1; i++)
    spin (20);
  spin (50);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (engine), ==, 1);
  g_assert_cmpstr (pl_session_settings_get_venue (settings), ==, "Vienna");
  g_signal_emit_by_name (find_widget (dialog, GTK_TYPE_BUTTON, "Keep _Theirs"), "clicked");
  for (guint i = 0; i < 100 && pl_sync_engine_get_n_conflicts (engine) != 0; i++)
    spin (20);
  spin (50);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (engine), ==, 0);
  g_assert_cmpstr (pl_session_settings_get_title (settings), !=, "Mine");
  g_assert_null (find_widget (dialog, GTK_TYPE_BUTTON, "Keep _Theirs"));

  destroy_and_finalize (dialog);
  g_assert_finalize_object (engine);
  g_assert_finalize_object (client);
  g_assert_finalize_object (session);
}

static void
assert_edit_buttons_insensitive (GtkWidget  *widget,
                                 const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (child));

          if (action != NULL && g_str_has_prefix (action, prefix))
            {
              g_test_message ("%s", action);
              g_assert_false (gtk_widget_is_sensitive (child));
            }
        }
      assert_edit_buttons_insensitive (child, prefix);
    }
}

/* A read-only window's pages refuse edits; the property notifies once. */
static void
test_window_read_only (void)
{
  PlSession *session = load_sample ();
  g_autoptr(GPtrArray) before = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(PlNotifyCounter) counter = NULL;
  PlWindow *window;
  GtkWidget *agenda;
  GtkWidget *documents;

  /* No application: one per process is registered by /widgets/window. */
  window = pl_window_new (NULL);
  g_object_ref (window);
  pl_window_set_session (window, session, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  agenda = pl_window_get_page (window, "agenda");
  documents = pl_window_get_page (window, "documents");

  counter = pl_notify_counter_new (G_OBJECT (window));
  pl_window_set_read_only (window, TRUE);
  pl_window_set_read_only (window, TRUE);
  g_assert_cmpuint (pl_notify_counter_get (counter, "read-only"), ==, 1);
  g_assert_true (pl_page_get_read_only (PL_PAGE (agenda)));
  g_assert_true (pl_page_get_read_only (PL_PAGE (documents)));

  /* Disabled actions do nothing, even after the selection changes. */
  gtk_widget_activate_action (agenda, "agenda.add-item", NULL);
  pl_agenda_page_select_item (PL_AGENDA_PAGE (agenda), pl_agenda_find_by_number (pl_session_get_agenda (session), "2"));
  gtk_widget_activate_action (agenda, "agenda.move-up", NULL);
  gtk_widget_activate_action (agenda, "agenda.delete", NULL);
  spin (50);
  after = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    g_assert_true (after->pdata[i] == before->pdata[i]);
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));
  assert_edit_buttons_insensitive (agenda, "agenda.");
  {
    GtkWidget *settings = pl_window_get_page (window, "settings");
    GtkWidget *spin = find_widget (settings, GTK_TYPE_SPIN_BUTTON, NULL);
    GtkWidget *combo = find_widget (settings, ADW_TYPE_COMBO_ROW, NULL);
    GtkWidget *entry = find_widget (settings, ADW_TYPE_ENTRY_ROW, NULL);

    g_assert_nonnull (spin);
    g_assert_false (gtk_widget_is_sensitive (spin));
    g_assert_nonnull (combo);
    g_assert_false (gtk_widget_is_sensitive (combo));
    g_assert_nonnull (entry);
    g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (entry)));
  }

  pl_window_set_read_only (window, FALSE);
  g_assert_cmpuint (pl_notify_counter_get (counter, "read-only"), ==, 2);
  g_assert_false (pl_page_get_read_only (PL_PAGE (agenda)));
  g_clear_pointer (&counter, pl_notify_counter_free);
  g_clear_pointer (&before, g_ptr_array_unref);
  g_clear_pointer (&after, g_ptr_array_unref);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* A delegate's copy (roles kept in its `sync` object) is read-only as
 * soon as it is shown, before the server answers, even when it cannot. */
static void
test_window_delegate_copy (void)
{
  PlSession *session = load_sample ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  PlWindow *window;

  /* Port 9 (discard) refuses: the copy is offline. */
  json_parser_load_from_data (parser,
    "{\"server\": \"http://127.0.0.1:9/\", \"database\": \"cop10\", \"user\": \"ken\","
    " \"last_seq\": null, \"records\": {}, \"conflicts\": [],"
    " \"roles\": [\"delegate\", \"delegation:KEN\"]}", -1, &error);
  g_assert_no_error (error);
  pl_session_set_sync_state (session, json_node_get_object (json_parser_get_root (parser)));
  g_setenv ("PLENARY_PASSWORD", "ken-pw", TRUE);

  window = pl_window_new (NULL);
  g_object_ref (window);
  pl_window_set_session (window, session, NULL);
  g_assert_true (pl_window_get_read_only (window));
  g_assert_true (pl_page_get_read_only (PL_PAGE (pl_window_get_page (window, "agenda"))));
  g_assert_nonnull (pl_window_get_sync_engine (window));
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  g_assert_true (pl_window_get_read_only (window));

  /* Request to Speak works offline too: the request waits to be sent. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint before = g_list_model_get_n_items (toplevels);
    g_autoptr(GtkWindow) dialog = NULL;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.request-to-speak", NULL);
    spin (100);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

        if (PL_IS_SPEAK_REQUEST_DIALOG (w))
          dialog = g_steal_pointer (&w);
      }
    g_assert_nonnull (dialog);
    gtk_window_destroy (dialog);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_unsetenv ("PLENARY_PASSWORD");
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

static GtkWidget *
find_entry_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_ENTRY (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_with_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A change from elsewhere (the server) to the field being typed in
 * leaves the cursor where it was, not at the start (issue 16, point 5). */
static void
test_item_editor_keeps_cursor (void)
{
  PlSession *session = load_sample ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = pl_item_editor_new (session);
  PlAgendaItem *item = pl_agenda_find_by_number (pl_session_get_agenda (session), "1");
  GtkWidget *entry;

  g_object_ref (editor);
  pl_item_editor_set_item (PL_ITEM_EDITOR (editor), item);
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  entry = find_entry_with_text (editor, pl_agenda_item_get_title (item));
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  spin (50);
  gtk_editable_set_position (GTK_EDITABLE (entry), 6);

  pl_agenda_item_set_title (item, "Organizational matters and others");
  spin (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Organizational matters and others");
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (entry)), ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (300);
  g_assert_finalize_object (editor);
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/overview-page", test_overview_page);
  g_test_add_func ("/widgets/agenda-page", test_agenda_page);
  g_test_add_func ("/widgets/agenda-page/actions", test_agenda_page_actions);
  g_test_add_func ("/widgets/item-editor/keeps-cursor", test_item_editor_keeps_cursor);
  g_test_add_func ("/widgets/documents-page", test_documents_page);
  g_test_add_func ("/widgets/schedule-page", test_schedule_page);
  g_test_add_func ("/widgets/schedule-page/pattern", test_schedule_page_pattern);
  g_test_add_func ("/widgets/schedule-page/keyboard-move", test_schedule_page_keyboard_move);
  g_test_add_func ("/widgets/deadlines-page", test_deadlines_page);
  g_test_add_func ("/widgets/deadlines-page/format-due", test_deadline_format_due);
  g_test_add_func ("/widgets/settings-page", test_settings_page);
  g_test_add_func ("/widgets/speakers-page", test_speakers_page);
  g_test_add_func ("/widgets/speakers-page/live", test_speakers_live);
  g_test_add_func ("/widgets/speakers-page/edits", test_speakers_page_edits);
  g_test_add_func ("/widgets/bureau-page", test_bureau_page);
  g_test_add_func ("/widgets/bureau-page/actions", test_bureau_page_actions);
  g_test_add_func ("/widgets/bureau-page/settings", test_bureau_page_settings);
  g_test_add_func ("/widgets/participants-page", test_participants_page);
  g_test_add_func ("/widgets/participants-page/import-filter", test_participants_page_import_filter);
  g_test_add_func ("/widgets/credentials-page", test_credentials_page);
  g_test_add_func ("/widgets/credentials-page/receipt", test_credentials_page_receipt);
  g_test_add_func ("/widgets/window", test_window);
  g_test_add_func ("/widgets/start-view", test_start_view);
  g_test_add_func ("/widgets/window/read-only", test_window_read_only);
  g_test_add_func ("/widgets/window/delegate-copy", test_window_delegate_copy);
  g_test_add_func ("/widgets/preferences-window", test_preferences_window);
  g_test_add_func ("/widgets/preferences-window/password-in-address", test_preferences_password_in_address);
  g_test_add_func ("/widgets/conflicts-dialog", test_conflicts_dialog);

  return g_test_run ();
}
