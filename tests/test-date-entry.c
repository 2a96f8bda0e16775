/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pl-date-entry.h"
#include "pl-meeting-card.h"
#include "pl-schedule-page.h"
#include "pl-schedule.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"

/* Issue 22, point 8: dates and times are typed as ISO text or chosen in a
 * calendar and time picker beside the entry (PlDateEntry); a wrong text
 * is marked and says what is wrong; the Organization of Work page edits a
 * meeting's times in place, one undo step, with no Set Times button. */

typedef struct
{
  GtkWidget *window;
  PlDateEntry *entry;
  guint activated;
  guint picked;
} Fixture;

static void
on_activate_cb (PlDateEntry *entry,
                Fixture     *fixture)
{
  fixture->activated++;
}

static void
on_picked_cb (PlDateEntry *entry,
              Fixture     *fixture)
{
  fixture->picked++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  fixture->entry = PL_DATE_ENTRY (pl_date_entry_new (GPOINTER_TO_INT (data)));
  pl_date_entry_set_label (fixture->entry, "Date of nomination");
  g_signal_connect (fixture->entry, "activate", G_CALLBACK (on_activate_cb), fixture);
  g_signal_connect (fixture->entry, "picked", G_CALLBACK (on_picked_cb), fixture);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->entry));
  gtk_window_present (GTK_WINDOW (fixture->window));
  pl_test_spin (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  pl_test_spin (100);
}

static gboolean
has_error (PlDateEntry *entry)
{
  return gtk_widget_has_css_class (GTK_WIDGET (pl_date_entry_get_entry (entry)), "error");
}

static char *
tooltip (PlDateEntry *entry)
{
  return g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (pl_date_entry_get_entry (entry))));
}

/* Typing still works: a valid day is taken as typed, Enter commits it;
 * a wrong one gets the error style and a tooltip naming the text. */
static void
test_typed (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *hint = NULL;
  g_autofree char *wrong = NULL;

  g_assert_true (GTK_IS_EDITABLE (fixture->entry));
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2020-09-21");
  g_assert_true (pl_date_entry_is_valid (fixture->entry));
  g_assert_false (has_error (fixture->entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pl_date_entry_get_entry (fixture->entry))), ==, "2020-09-21");
  hint = tooltip (fixture->entry);

  g_signal_emit_by_name (pl_date_entry_get_entry (fixture->entry), "activate");
  g_assert_cmpuint (fixture->activated, ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2020-13-45");
  g_assert_false (pl_date_entry_is_valid (fixture->entry));
  g_assert_true (has_error (fixture->entry));
  wrong = tooltip (fixture->entry);
  g_assert_nonnull (wrong);
  g_assert_nonnull (strstr (wrong, "2020-13-45"));
  g_assert_cmpstr (wrong, !=, hint);

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "");
  g_assert_true (pl_date_entry_is_valid (fixture->entry));
  g_assert_false (has_error (fixture->entry));
}

static gboolean
popover_visible (gpointer data)
{
  return pl_date_picker_is_open (pl_date_entry_get_picker (PL_DATE_ENTRY (data)));
}

static gboolean
popover_hidden (gpointer data)
{
  return !popover_visible (data);
}

/* An empty field opens the calendar on the session's first day; a day
 * chosen in it is written as ISO text, and closing the picker tells it was
 * picked, once (not activate: in a form, that is Enter's). */
static void
test_calendar (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *button = pl_date_picker_get_button (pl_date_entry_get_picker (fixture->entry));
  GtkCalendar *calendar = GTK_CALENDAR (pl_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                                                             GTK_TYPE_CALENDAR, NULL));
  g_autoptr(GDateTime) shown = NULL;
  GDate day;

  g_assert_nonnull (calendar);
  pl_date_entry_set_default_date (fixture->entry, "2020-09-21");
  pl_date_picker_open (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_visible, fixture->entry, 5000);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2020);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 9);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 21);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "");

  g_date_set_dmy (&day, 23, G_DATE_SEPTEMBER, 2020);
  pl_date_picker_pick_date (pl_date_entry_get_picker (fixture->entry), &day);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2020-09-23");
  g_assert_cmpuint (fixture->picked, ==, 0);

  pl_date_picker_close (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_hidden, fixture->entry, 5000);
  g_assert_cmpuint (fixture->picked, ==, 1);
  g_assert_cmpuint (fixture->activated, ==, 0);   /* Enter is the form's */

  /* Opened and closed without a choice: nothing to commit. */
  pl_date_picker_open (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_visible, fixture->entry, 5000);
  pl_date_picker_close (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_hidden, fixture->entry, 5000);
  g_assert_cmpuint (fixture->picked, ==, 1);
}

/* A date and time: the picker keeps the typed day and sets the time from
 * its hour and minute. */
static void
test_date_time (Fixture       *fixture,
                gconstpointer  data)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2020-09-21 18:00");
  g_assert_false (has_error (fixture->entry));
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2020-09-21 25:00");
  g_assert_true (has_error (fixture->entry));
  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2020-09-21 18:00");

  pl_date_picker_open (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_visible, fixture->entry, 5000);
  pl_date_picker_pick_time (pl_date_entry_get_picker (fixture->entry), 9 * 60 + 5);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2020-09-21 09:05");
  pl_date_picker_close (pl_date_entry_get_picker (fixture->entry));
  pl_test_spin_until (popover_hidden, fixture->entry, 5000);
  g_assert_cmpuint (fixture->picked, ==, 1);
}

/* Every control of the entry has a name. */
static void
test_names (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *button = pl_date_picker_get_button (pl_date_entry_get_picker (fixture->entry));

  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), !=, NULL);
  g_assert_cmpstr (pl_date_entry_get_label (fixture->entry), ==, "Date of nomination");
}

/* A read-only page turns its fields' editable off (PlPage): their
 * pickers follow, so that nothing can be picked into them. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  PlDatePicker *picker = pl_date_entry_get_picker (fixture->entry);

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (picker)));
  gtk_editable_set_editable (GTK_EDITABLE (fixture->entry), FALSE);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (picker)));
  gtk_editable_set_editable (GTK_EDITABLE (fixture->entry), TRUE);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (picker)));
}

/* The Organization of Work page */

static PlDateEntry *
find_date_entry (GtkWidget  *widget,
                 const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PlDateEntry *found;

      if (PL_IS_DATE_ENTRY (child) && g_strcmp0 (pl_date_entry_get_label (PL_DATE_ENTRY (child)), label) == 0)
        return PL_DATE_ENTRY (child);
      if ((found = find_date_entry (child, label)) != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  PlMeeting  *meeting;
  const char *start;
} StartIs;

static gboolean
start_is (gpointer data)
{
  StartIs *wait = data;

  return g_strcmp0 (pl_meeting_get_start (wait->meeting), wait->start) == 0;
}

/* The start chosen in the time picker on the meeting's card moves the
 * meeting's start when the picker closes: no Set Times button, one undo
 * step. */
static void
test_meeting_time_in_place (void)
{
  PlSession *session = pl_test_load_sample ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = pl_schedule_page_new (session);
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *card;
  PlMeeting *meeting;
  PlDateEntry *start;
  g_autofree char *old_start = NULL;
  g_autofree char *old_end = NULL;
  StartIs wait;

  g_object_ref_sink (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_spin (300);

  card = pl_test_find_widget (page, PL_TYPE_MEETING_CARD, NULL);
  g_assert_nonnull (card);
  g_assert_null (pl_test_find_widget (card, GTK_TYPE_BUTTON, "Set Times"));
  meeting = pl_meeting_card_get_meeting (PL_MEETING_CARD (card));
  old_start = g_strdup (pl_meeting_get_start (meeting));
  old_end = g_strdup (pl_meeting_get_end (meeting));
  g_assert_cmpstr (old_start, !=, "09:30");
  pl_history_clear (history);

  start = find_date_entry (card, "Meeting Start");
  g_assert_nonnull (start);
  pl_date_picker_open (pl_date_entry_get_picker (start));
  pl_test_spin_until (popover_visible, start, 5000);
  pl_date_picker_pick_time (pl_date_entry_get_picker (start), 9 * 60 + 30);
  /* Choosing is not yet changing: the meeting moves when the picker closes. */
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, old_start);
  pl_date_picker_close (pl_date_entry_get_picker (start));
  wait.meeting = meeting;
  wait.start = "09:30";
  pl_test_spin_until (start_is, &wait, 5000);
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, old_end);

  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, old_start);
  g_assert_false (pl_history_get_can_undo (history));

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (200);
  g_object_unref (page);
  pl_test_spin (200);
  g_object_unref (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/date-entry/typed", Fixture, GINT_TO_POINTER (PL_DATE_ENTRY_DATE),
              fixture_set_up, test_typed, fixture_tear_down);
  g_test_add ("/date-entry/calendar", Fixture, GINT_TO_POINTER (PL_DATE_ENTRY_DATE),
              fixture_set_up, test_calendar, fixture_tear_down);
  g_test_add ("/date-entry/date-time", Fixture, GINT_TO_POINTER (PL_DATE_ENTRY_DATE_TIME),
              fixture_set_up, test_date_time, fixture_tear_down);
  g_test_add ("/date-entry/names", Fixture, GINT_TO_POINTER (PL_DATE_ENTRY_TIME),
              fixture_set_up, test_names, fixture_tear_down);
  g_test_add ("/date-entry/read-only", Fixture, GINT_TO_POINTER (PL_DATE_ENTRY_DATE),
              fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add_func ("/date-entry/meeting-time-in-place", test_meeting_time_in_place);

  return g_test_run ();
}
