/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-agenda-page.h"
#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-deadlines-page.h"
#include "pl-deadlines.h"
#include "pl-documents-page.h"
#include "pl-overview-page.h"
#include "pl-samples.h"
#include "pl-schedule-page.h"
#include "pl-schedule.h"
#include "pl-settings-page.h"
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
  spin (400);

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
  for (const char * const *name = (const char * const[]) { "overview", "agenda", "documents", "settings", NULL };
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/overview-page", test_overview_page);
  g_test_add_func ("/widgets/agenda-page", test_agenda_page);
  g_test_add_func ("/widgets/agenda-page/actions", test_agenda_page_actions);
  g_test_add_func ("/widgets/documents-page", test_documents_page);
  g_test_add_func ("/widgets/schedule-page", test_schedule_page);
  g_test_add_func ("/widgets/schedule-page/pattern", test_schedule_page_pattern);
  g_test_add_func ("/widgets/schedule-page/keyboard-move", test_schedule_page_keyboard_move);
  g_test_add_func ("/widgets/deadlines-page", test_deadlines_page);
  g_test_add_func ("/widgets/deadlines-page/format-due", test_deadline_format_due);
  g_test_add_func ("/widgets/settings-page", test_settings_page);
  g_test_add_func ("/widgets/window", test_window);

  return g_test_run ();
}
