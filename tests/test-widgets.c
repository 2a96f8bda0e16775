/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-agenda-page.h"
#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-bureau.h"
#include "pl-bureau-page.h"
#include "pl-bureau-seat-row.h"
#include "pl-documents-page.h"
#include "pl-overview-page.h"
#include "pl-reference-states.h"
#include "pl-samples.h"
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
find_widget (GtkWidget *root,
             GType      type,
             const char *seat_id)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (seat_id == NULL || g_strcmp0 (pl_seat_get_id (pl_bureau_seat_row_get_seat (PL_BUREAU_SEAT_ROW (root))),
                                     seat_id) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, seat_id);

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

  row = find_widget (page, PL_TYPE_BUREAU_SEAT_ROW, "president");
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

  g_assert_true (gtk_widget_activate_action (page, "bureau.add-holder", NULL));
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_OFFICE_HOLDER)), ==, 1);
  g_assert_cmpuint (count_holder_rows (page), ==, 1);
  g_assert_true (pl_history_undo (history));
  spin (50);
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
  for (const char * const *name = (const char * const[]) { "overview", "agenda", "documents", "bureau", "settings", NULL };
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
  g_test_add_func ("/widgets/settings-page", test_settings_page);
  g_test_add_func ("/widgets/bureau-page", test_bureau_page);
  g_test_add_func ("/widgets/bureau-page/actions", test_bureau_page_actions);
  g_test_add_func ("/widgets/bureau-page/settings", test_bureau_page_settings);
  g_test_add_func ("/widgets/window", test_window);

  return g_test_run ();
}
