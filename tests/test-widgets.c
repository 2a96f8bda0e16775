/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-agenda-page.h"
#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-documents-page.h"
#include "pl-overview-page.h"
#include "pl-participation.h"
#include "pl-participants-page.h"
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
test_participants_page (void)
{
  check_page (PL_TYPE_PARTICIPANTS_PAGE);
}

static void
test_credentials_page (void)
{
  check_page (PL_TYPE_CREDENTIALS_PAGE);
}

/* A registration CSV: three States (one of them twice, merged) and an
 * organization. */
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
  for (const char * const *name = (const char * const[]) { "overview", "agenda", "documents", "participants", "credentials", "settings", NULL };
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
  g_test_add_func ("/widgets/participants-page", test_participants_page);
  g_test_add_func ("/widgets/participants-page/import-filter", test_participants_page_import_filter);
  g_test_add_func ("/widgets/credentials-page", test_credentials_page);
  g_test_add_func ("/widgets/credentials-page/receipt", test_credentials_page_receipt);
  g_test_add_func ("/widgets/window", test_window);

  return g_test_run ();
}
