/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pl-agenda.h"
#include "pl-agenda-page.h"
#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-documents-page.h"
#include "pl-overview-page.h"
#include "pl-page.h"
#include "pl-samples.h"
#include "pl-settings-page.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page.h"
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
  g_assert_null (pl_session_lookup (session, "speaker_request:test"));
  top = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (pl_speaker_get_person (pl_speaker_entry_get_speaker (top)), ==, "Luz Ortega");
  g_assert_true (pl_history_undo (history));
  g_assert_nonnull (pl_session_lookup (session, "speaker_request:test"));
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
  for (const char * const *name = (const char * const[]) { "overview", "agenda", "documents", "speakers", "settings", NULL };
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
  g_test_add_func ("/widgets/speakers-page", test_speakers_page);
  g_test_add_func ("/widgets/speakers-page/live", test_speakers_live);
  g_test_add_func ("/widgets/speakers-page/edits", test_speakers_page_edits);
  g_test_add_func ("/widgets/window", test_window);

  return g_test_run ();
}
