/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-finding.h"
#include "pl-finding-list.h"
#include "pl-meetings.h"
#include "pl-meetings-page.h"
#include "pl-page.h"
#include "pl-test-ui.h"
#include "pl-schedule.h"
#include "pl-test-support.h"

/* The Meetings page (issue 20, point 5) on the sample with nine States
 * parties and an observer: a planned meeting opened and closed through
 * the page's buttons, its number and status in words; a cancelled one;
 * the attendance ticked through the rows' boxes, the quorum line
 * following each tick and the meetings.quorum finding shown on the
 * meeting until enough are present; a read-only page offers no edit. */

static const char *states[] = { "AUT", "BRA", "CAN", "DZA", "EGY", "FRA", "GHA", "IND", "KEN" };

static void
add_delegation (PlSession            *session,
                const char           *iso,
                const char           *name,
                PlDelegationCategory  category)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso);
  g_autoptr(PlDelegation) delegation = pl_delegation_new (id);

  pl_delegation_set_name (delegation, name);
  pl_delegation_set_iso3 (delegation, iso);
  pl_delegation_set_category (delegation, category);
  pl_session_add_record (session, PL_RECORD (delegation));
}

static PlSession *
load_session (void)
{
  PlSession *session = pl_test_load_sample ();

  /* A conference of these States alone, whose quorum is worked out below:
   * the sample registers every State party (issue 22). */
  pl_test_remove_delegations (session);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    add_delegation (session, states[i], states[i], PL_DELEGATION_CATEGORY_STATE_PARTY);
  add_delegation (session, "ICRC", "International Committee of the Red Cross", PL_DELEGATION_CATEGORY_IGO);
  pl_history_clear (pl_session_get_history (session));
  return session;
}

typedef PlTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->session = load_session ();
  fixture->page = g_object_ref_sink (pl_meetings_page_new (fixture->session));
  fixture->window = pl_test_show_page (fixture->page);
}

static GtkWidget *
child (Fixture    *fixture,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (fixture->page, PL_TYPE_MEETINGS_PAGE, name));
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  return gtk_label_get_label (GTK_LABEL (child (fixture, name)));
}

static PlMeeting *
planned_meeting (Fixture *fixture,
                 guint    index)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (fixture->session);

  g_assert_cmpuint (index, <, meetings->len);
  return g_ptr_array_index (meetings, index);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (fixture->page, action, NULL));
  pl_test_spin (50);
}

/* Open Meeting, then Close Meeting, through the page: the record changes,
 * the buttons follow the status, and the number is the body's first. */
static void
test_open_close (Fixture       *fixture,
                 gconstpointer  data)
{
  PlMeeting *meeting = planned_meeting (fixture, 0);
  PlMeeting *other = planned_meeting (fixture, 1);

  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), meeting);
  g_assert_true (pl_meetings_page_get_selected (PL_MEETINGS_PAGE (fixture->page)) == meeting);
  g_assert_cmpstr (label_text (fixture, "status_label"), ==, "Planned");
  g_assert_true (gtk_widget_get_visible (child (fixture, "open_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "close_button")));
  g_assert_false (gtk_widget_get_visible (child (fixture, "attendance_group")));

  activate (fixture, "meetings.open");
  g_assert_cmpint (pl_meeting_get_status (meeting), ==, PL_MEETING_STATUS_HELD);
  g_assert_nonnull (pl_meeting_get_opened_at (meeting));
  g_assert_null (pl_meeting_get_closed_at (meeting));
  g_assert_cmpint (pl_meetings_number (fixture->session, meeting), ==, 1);
  g_assert_cmpstr (label_text (fixture, "status_label"), ==, "In Progress");
  g_assert_cmpstr (label_text (fixture, "title_label"), ==, "Plenary, 1st meeting");
  g_assert_false (gtk_widget_get_visible (child (fixture, "open_button")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "close_button")));
  g_assert_true (gtk_widget_get_visible (child (fixture, "attendance_group")));

  /* A second meeting of the plenary while this one is open: refused,
   * and nothing changes. */
  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), other);
  gtk_widget_activate_action (fixture->page, "meetings.open", NULL);
  pl_test_spin (50);
  g_assert_cmpint (pl_meeting_get_status (other), ==, PL_MEETING_STATUS_PLANNED);

  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), meeting);

  /* The record: an item taken up, then another, one removed; someone
   * not elected presided. */
  {
    PlAgendaItem *first = pl_agenda_find_by_number (pl_session_get_agenda (fixture->session), "1 (a)");
    PlAgendaItem *second = pl_agenda_find_by_number (pl_session_get_agenda (fixture->session), "1 (b)");
    AdwComboRow *presiding = ADW_COMBO_ROW (child (fixture, "presiding_row"));
    GtkWidget *name = child (fixture, "presiding_name_row");

    g_assert_nonnull (first);
    g_assert_nonnull (second);
    g_assert_true (gtk_widget_activate_action (fixture->page, "meetings.take-up", "s", pl_record_get_id (PL_RECORD (first))));
    g_assert_true (gtk_widget_activate_action (fixture->page, "meetings.take-up", "s", pl_record_get_id (PL_RECORD (second))));
    g_assert_cmpuint (json_array_get_length (json_node_get_array (pl_meeting_get_taken_up (meeting))), ==, 2);
    g_assert_true (gtk_widget_activate_action (fixture->page, "meetings.drop-item", "s", pl_record_get_id (PL_RECORD (first))));
    g_assert_cmpuint (json_array_get_length (json_node_get_array (pl_meeting_get_taken_up (meeting))), ==, 1);

    /* No officer is elected in the sample: Not Recorded, Someone Else. */
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (presiding)), ==, 2);
    adw_combo_row_set_selected (presiding, 1);
    g_assert_true (gtk_widget_get_visible (name));
    gtk_editable_set_text (GTK_EDITABLE (name), "Li Wei");
    g_signal_emit_by_name (name, "apply");
    g_assert_cmpstr (pl_meeting_get_presiding (meeting), ==, "Li Wei");
  }

  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), meeting);
  activate (fixture, "meetings.close");
  g_assert_nonnull (pl_meeting_get_closed_at (meeting));
  g_assert_cmpstr (label_text (fixture, "status_label"), ==, "Held");
  g_assert_false (gtk_widget_get_visible (child (fixture, "close_button")));

  /* The next meeting held is the 2nd; a cancelled one takes no number. */
  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), other);
  activate (fixture, "meetings.cancel");
  g_assert_cmpint (pl_meeting_get_status (other), ==, PL_MEETING_STATUS_CANCELLED);
  g_assert_cmpstr (label_text (fixture, "status_label"), ==, "Cancelled");
  g_assert_cmpint (pl_meetings_number (fixture->session, other), ==, 0);

  /* A meeting not planned, opened from the bar: shown, and the 2nd
   * (the first opened on its day, not within the second the test ran). */
  pl_meeting_set_opened_at (meeting, "2020-10-12T12:04:00+02:00");
  pl_meeting_set_closed_at (meeting, "2020-10-12T14:58:00+02:00");
  g_assert_true (gtk_widget_activate_action (fixture->page, "meetings.open-unplanned", "s", "plenary"));
  pl_test_spin (50);
  g_assert_true (pl_meetings_page_get_selected (PL_MEETINGS_PAGE (fixture->page)) != meeting);
  g_assert_cmpint (pl_meetings_number (fixture->session, pl_meetings_page_get_selected (PL_MEETINGS_PAGE (fixture->page))), ==, 2);
  g_assert_cmpstr (label_text (fixture, "title_label"), ==, "Plenary, 2nd meeting");
}

static guint
n_quorum_findings (Fixture *fixture)
{
  GListModel *model = pl_finding_list_get_model (PL_FINDING_LIST (child (fixture, "findings_list")));
  guint n = 0;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (model, i);

      n += g_strcmp0 (pl_finding_get_code (finding), "meetings.quorum") == 0;
    }
  return n;
}

static gboolean
quorum_shown (gpointer data)
{
  return n_quorum_findings (data) > 0;
}

static gboolean
quorum_cleared (gpointer data)
{
  return n_quorum_findings (data) == 0;
}

/* Ticking the attendance changes the quorum line at once, and the
 * meetings.quorum finding comes and goes with the refresh. */
static void
test_attendance (Fixture       *fixture,
                 gconstpointer  data)
{
  PlMeeting *meeting = planned_meeting (fixture, 0);
  JsonNode *present;

  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), meeting);
  activate (fixture, "meetings.open");
  g_assert_cmpstr (pl_meetings_page_get_quorum_text (PL_MEETINGS_PAGE (fixture->page)), ==,
                   "0 of 9 States parties present: 3 needed to open, 5 to take decisions");

  pl_meetings_page_set_present (PL_MEETINGS_PAGE (fixture->page), "delegation:AUT", TRUE);
  g_assert_cmpstr (pl_meetings_page_get_quorum_text (PL_MEETINGS_PAGE (fixture->page)), ==,
                   "1 of 9 States parties present: 3 needed to open, 5 to take decisions");
  present = pl_meeting_get_present (meeting);
  g_assert_nonnull (present);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (present)), ==, 1);
  pl_test_spin_until (quorum_shown, fixture, 5000);

  /* An observer is present, and counts for no quorum. */
  pl_meetings_page_set_present (PL_MEETINGS_PAGE (fixture->page), "delegation:ICRC", TRUE);
  g_assert_cmpstr (pl_meetings_page_get_quorum_text (PL_MEETINGS_PAGE (fixture->page)), ==,
                   "1 of 9 States parties present: 3 needed to open, 5 to take decisions");

  pl_meetings_page_set_present (PL_MEETINGS_PAGE (fixture->page), "delegation:BRA", TRUE);
  pl_meetings_page_set_present (PL_MEETINGS_PAGE (fixture->page), "delegation:CAN", TRUE);
  g_assert_cmpstr (pl_meetings_page_get_quorum_text (PL_MEETINGS_PAGE (fixture->page)), ==,
                   "3 of 9 States parties present: 3 needed to open, 5 to take decisions");
  pl_test_spin_until (quorum_cleared, fixture, 5000);

  /* Unticked: absent again. */
  pl_meetings_page_set_present (PL_MEETINGS_PAGE (fixture->page), "delegation:CAN", FALSE);
  g_assert_cmpstr (pl_meetings_page_get_quorum_text (PL_MEETINGS_PAGE (fixture->page)), ==,
                   "2 of 9 States parties present: 3 needed to open, 5 to take decisions");
  pl_test_spin_until (quorum_shown, fixture, 5000);
}

/* A delegate's copy: the meeting is shown, nothing can be changed. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  PlMeeting *meeting = planned_meeting (fixture, 0);

  pl_meetings_page_select (PL_MEETINGS_PAGE (fixture->page), meeting);
  pl_page_set_read_only (PL_PAGE (fixture->page), TRUE);
  g_assert_false (gtk_widget_activate_action (fixture->page, "meetings.open", NULL) &&
                  pl_meeting_get_status (meeting) != PL_MEETING_STATUS_PLANNED);
  g_assert_cmpint (pl_meeting_get_status (meeting), ==, PL_MEETING_STATUS_PLANNED);
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "open_button")));
  g_assert_false (gtk_widget_is_sensitive (child (fixture, "unplanned_button")));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/meetings-page/open-close", Fixture, NULL, fixture_set_up, test_open_close, pl_test_page_fixture_tear_down);
  g_test_add ("/meetings-page/attendance", Fixture, NULL, fixture_set_up, test_attendance, pl_test_page_fixture_tear_down);
  g_test_add ("/meetings-page/read-only", Fixture, NULL, fixture_set_up, test_read_only, pl_test_page_fixture_tear_down);

  return g_test_run ();
}
