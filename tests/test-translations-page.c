/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"
#include "pl-samples.h"
#include "pl-translatable.h"
#include "pl-translation-row.h"
#include "pl-translations-page.h"
#include "pl-versions.h"
#include "pl-window.h"

/* The Translations page (issue 21, point 5) on the sample session: a
 * version typed in place is stored and counted in the progress, and undo
 * takes it back; an original changed under its version makes it
 * outdated, and "Still Correct" makes it done again; the state filter and
 * the search; Arabic is edited right to left; a session with no other
 * language says so; a delegate's account reads only. Then the window's
 * Import Translation… once the file is chosen: a file Plenary wrote comes
 * back, a malformed one changes nothing. */

typedef struct
{
  GtkWidget *window;
  GtkWidget *page;
  PlSession *session;
  guint      total;   /* texts of the sample */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  fixture->session = pl_samples_load (&error);
  g_assert_no_error (error);
  texts = pl_translatables_list (fixture->session);
  fixture->total = texts->len;
  g_assert_cmpuint (fixture->total, >, 5);
  fixture->page = g_object_ref_sink (pl_translations_page_new (fixture->session));
  fixture->window = pl_test_show_page (fixture->page);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pl_test_close_page (fixture->window, fixture->page, fixture->session);
}

static PlRecord *
settings_record (Fixture *fixture)
{
  return PL_RECORD (pl_session_get_settings (fixture->session));
}

static PlTranslationRow *
row_of (Fixture    *fixture,
        PlRecord   *record,
        const char *field)
{
  GtkWidget *row = pl_translations_page_find_row (PL_TRANSLATIONS_PAGE (fixture->page), record, field);

  g_assert_nonnull (row);
  return PL_TRANSLATION_ROW (row);
}

typedef struct
{
  Fixture    *fixture;
  const char *progress;
} ProgressWait;

static gboolean
progress_is (gpointer data)
{
  ProgressWait *wait = data;
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (wait->fixture->page, PL_TYPE_TRANSLATIONS_PAGE,
                                                             "progress_label"));

  return g_strcmp0 (gtk_label_get_label (label), wait->progress) == 0;
}

static void
wait_progress (Fixture    *fixture,
               const char *progress)
{
  ProgressWait wait = { fixture, progress };

  pl_test_spin_until (progress_is, &wait, 5000);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

/* The search entry reports its text after a short delay. */
static void
wait_shown (GListModel *shown,
            guint       n)
{
  CountWait wait = { shown, n };

  pl_test_spin_until (count_is, &wait, 5000);
}

/* The rows the list shows, bound to a text. */
static guint
count_rows (GtkWidget *widget)
{
  guint n = 0;

  if (PL_IS_TRANSLATION_ROW (widget))
    return pl_translation_row_get_translatable (PL_TRANSLATION_ROW (widget)) != NULL &&
           gtk_widget_get_visible (gtk_widget_get_parent (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static guint
n_rows (Fixture *fixture)
{
  return count_rows (GTK_WIDGET (gtk_widget_get_template_child (fixture->page, PL_TYPE_TRANSLATIONS_PAGE, "list_view")));
}

/* Replacing the search's text empties it first, which shows every text
 * at once: some, not all. */
static gboolean
some_shown (gpointer data)
{
  gpointer *pair = data;
  guint n = g_list_model_get_n_items (pair[0]);

  return n > 0 && n < GPOINTER_TO_UINT (pair[1]);
}

static char *
progress (const char *language,
          guint       done,
          guint       total,
          guint       outdated)
{
  if (outdated > 0)
    return g_strdup_printf ("%s: %u of %u texts, %u outdated", language, done, total, outdated);
  return g_strdup_printf ("%s: %u of %u texts", language, done, total);
}

/* Typing a version stores it (one burst, one undo step) and the progress
 * follows; undo takes it back, in the record, the row and the progress. */
static void
test_edit_and_undo (Fixture       *fixture,
                    gconstpointer  data)
{
  PlTranslationsPage *page = PL_TRANSLATIONS_PAGE (fixture->page);
  g_autofree char *before = progress ("French", 0, fixture->total, 0);
  g_autofree char *after = progress ("French", 1, fixture->total, 0);
  GtkWidget *editor;

  g_assert_true (pl_translations_page_set_language (page, "fr"));
  g_assert_cmpstr (pl_translations_page_get_language (page), ==, "fr");
  /* The original is no language to translate into. */
  g_assert_false (pl_translations_page_set_language (page, "en"));
  wait_progress (fixture, before);

  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  g_assert_true (GTK_IS_EDITABLE (editor));
  gtk_editable_set_text (GTK_EDITABLE (editor), "Dixième session");
  wait_progress (fixture, after);
  g_assert_cmpstr (pl_versions_get (settings_record (fixture), "fr", "title"), ==, "Dixième session");
  g_assert_cmpint (pl_versions_state (settings_record (fixture), "fr", "title"), ==, PL_VERSION_DONE);

  pl_edit_burst_flush (fixture->session);
  g_assert_true (pl_history_undo (pl_session_get_history (fixture->session)));
  g_assert_null (pl_versions_get (settings_record (fixture), "fr", "title"));
  wait_progress (fixture, before);
  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "");
}

/* An annotation is edited in a text view; an original changed under its
 * version makes it outdated (said in the row and the progress), and
 * "Still Correct" makes it done against the original as it is now. */
static void
test_outdated (Fixture       *fixture,
               gconstpointer  data)
{
  PlTranslationsPage *page = PL_TRANSLATIONS_PAGE (fixture->page);
  PlSessionSettings *settings = pl_session_get_settings (fixture->session);
  g_autofree char *one = progress ("Spanish", 1, fixture->total, 0);
  g_autofree char *outdated = progress ("Spanish", 0, fixture->total, 1);
  g_autofree char *title = g_strdup (pl_session_settings_get_title (settings));
  g_autofree char *changed = g_strdup_printf ("%s (resumed)", title);
  GtkWidget *box;
  GtkWidget *row;

  g_assert_true (pl_translations_page_set_language (page, "es"));
  pl_versions_set (fixture->session, settings_record (fixture), "es", "title", "Décimo período de sesiones");
  wait_progress (fixture, one);

  pl_session_settings_set_title (settings, changed);
  wait_progress (fixture, outdated);
  row = GTK_WIDGET (row_of (fixture, settings_record (fixture), "title"));
  box = GTK_WIDGET (gtk_widget_get_template_child (row, PL_TYPE_TRANSLATION_ROW, "outdated_box"));
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_template_child (row, PL_TYPE_TRANSLATION_ROW,
                                                                                   "original_label"))),
                   ==, changed);

  g_assert_true (gtk_widget_activate_action (fixture->page, "translations.confirm", "s",
                                             "session#title"));
  wait_progress (fixture, one);
  g_assert_cmpint (pl_versions_state (settings_record (fixture), "es", "title"), ==, PL_VERSION_DONE);
  g_assert_false (gtk_widget_get_visible (box));
}

/* The state filter and the search narrow the texts; a version made done
 * under the Missing filter stays shown until the filter is chosen again. */
static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  PlTranslationsPage *page = PL_TRANSLATIONS_PAGE (fixture->page);
  GListModel *shown = pl_translations_page_get_shown (page);
  GtkDropDown *state = GTK_DROP_DOWN (gtk_widget_get_template_child (fixture->page, PL_TYPE_TRANSLATIONS_PAGE,
                                                                     "state_drop"));
  GtkWidget *search = GTK_WIDGET (gtk_widget_get_template_child (fixture->page, PL_TYPE_TRANSLATIONS_PAGE,
                                                                 "search_entry"));
  const char *title = pl_session_settings_get_title (pl_session_get_settings (fixture->session));
  GtkWidget *editor;

  g_assert_true (pl_translations_page_set_language (page, "fr"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, fixture->total);
  gtk_drop_down_set_selected (state, 3);   /* Done */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  gtk_drop_down_set_selected (state, 1);   /* Missing */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, fixture->total);

  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  gtk_editable_set_text (GTK_EDITABLE (editor), "Dixième session");
  pl_test_spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, fixture->total);
  gtk_drop_down_set_selected (state, 3);   /* Done */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);

  /* The search looks in the versions too, and in the originals. */
  gtk_drop_down_set_selected (state, 0);
  gtk_editable_set_text (GTK_EDITABLE (search), "dixième");
  wait_shown (shown, 1);
  pl_test_spin (100);
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "no text says this");
  wait_shown (shown, 0);
  gtk_editable_set_text (GTK_EDITABLE (search), title);
  {
    gpointer pair[2] = { shown, GUINT_TO_POINTER (fixture->total) };

    pl_test_spin_until (some_shown, pair, 5000);
  }
  g_assert_nonnull (pl_translations_page_find_row (page, settings_record (fixture), "title"));
}

/* Arabic versions are typed right to left, French left to right. */
static void
test_direction (Fixture       *fixture,
                gconstpointer  data)
{
  PlTranslationsPage *page = PL_TRANSLATIONS_PAGE (fixture->page);
  GtkWidget *editor;

  g_assert_true (pl_translations_page_set_language (page, "ar"));
  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  g_assert_cmpint (gtk_widget_get_direction (editor), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (pl_translations_page_set_language (page, "fr"));
  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  g_assert_cmpint (gtk_widget_get_direction (editor), ==, GTK_TEXT_DIR_LTR);
}

static gboolean
empty_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (fixture->page, PL_TYPE_TRANSLATIONS_PAGE, "page_stack"));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "empty") == 0;
}

/* A session that issues its documents in its original language only has
 * nothing to translate: the page says so. */
static void
test_no_other_language (Fixture       *fixture,
                        gconstpointer  data)
{
  PlSessionSettings *settings = pl_session_get_settings (fixture->session);
  g_autoptr(JsonNode) languages = json_from_string ("[\"en\"]", NULL);
  AdwStatusPage *status = ADW_STATUS_PAGE (gtk_widget_get_template_child (fixture->page, PL_TYPE_TRANSLATIONS_PAGE,
                                                                         "empty_status"));

  g_assert_false (empty_shown (fixture));
  pl_session_settings_set_issue_languages (settings, languages);
  pl_test_spin_until (empty_shown, fixture, 5000);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Other Languages");
  g_assert_null (pl_translations_page_get_language (PL_TRANSLATIONS_PAGE (fixture->page)));
}

/* A delegate's account reads the versions: no typing, no import. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  PlTranslationsPage *page = PL_TRANSLATIONS_PAGE (fixture->page);
  GtkWidget *editor;

  pl_page_set_read_only (PL_PAGE (page), TRUE);
  g_assert_true (pl_translations_page_set_language (page, "ru"));
  editor = pl_translation_row_get_editor (row_of (fixture, settings_record (fixture), "title"));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (editor)));
  /* A button follows its action's state. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (fixture->page,
                                                                                       PL_TYPE_TRANSLATIONS_PAGE,
                                                                                       "import_button"))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (fixture->page,
                                                                                      PL_TYPE_TRANSLATIONS_PAGE,
                                                                                      "export_button"))));
}

/* The body of the message dialog that lists the refused units, closed. */
static char *
refused_dialog_body (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), "Some Texts Were Not Imported") == 0)
        {
          char *body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (window)));

          gtk_window_destroy (GTK_WINDOW (window));
          return body;
        }
    }
  g_error ("no dialog lists the refused texts");
  return NULL;
}

/* The window's import, once the file is chosen: what Plenary wrote comes
 * back as one undo step; a malformed file changes nothing. */
static void
test_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autofree char *dir = g_dir_make_tmp ("plenary-translations-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "cop10-fr.xlf", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.xlf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  PlRecord *settings = PL_RECORD (pl_session_get_settings (session));
  PlWindow *window;

  g_assert_no_error (error);
  window = g_object_ref_sink (pl_window_new (NULL));
  pl_window_set_session (window, session, NULL);

  pl_versions_set (session, settings, "fr", "title", "Dixième session");
  g_assert_true (pl_window_export_translation_file (window, "fr", file));
  pl_versions_set (session, settings, "fr", "title", NULL);
  pl_history_clear (pl_session_get_history (session));

  g_assert_true (pl_window_import_translation_file (window, "fr", file));
  g_assert_cmpstr (pl_versions_get (settings, "fr", "title"), ==, "Dixième session");
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  g_assert_null (pl_versions_get (settings, "fr", "title"));

  /* A unit whose original changed since the file was written is refused,
   * said in words (where the text is printed, then why); the others are
   * imported. */
  pl_versions_set (session, settings, "fr", "venue", "Vienne");
  g_assert_true (pl_window_export_translation_file (window, "fr", file));
  pl_versions_set (session, settings, "fr", "venue", NULL);
  pl_session_settings_set_title (PL_SESSION_SETTINGS (settings), "Tenth session (resumed)");
  g_assert_true (pl_window_import_translation_file (window, "fr", file));
  g_assert_cmpstr (pl_versions_get (settings, "fr", "venue"), ==, "Vienne");
  g_assert_null (pl_versions_get (settings, "fr", "title"));
  {
    g_autofree char *body = refused_dialog_body ();

    g_assert_nonnull (strstr (body, "\n• Session, title: the original changed after the file was written"));
    g_assert_null (strstr (body, "session#title"));
  }

  g_assert_true (g_file_set_contents (bad, "<xliff version=\"1.2\"><file", -1, NULL));
  g_assert_false (pl_window_import_translation_file (window, "fr", bad_file));
  g_assert_null (pl_versions_get (settings, "fr", "title"));

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (200);
  g_object_unref (window);
  g_unlink (path);
  g_unlink (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/translations-page/edit-and-undo", Fixture, NULL, fixture_set_up, test_edit_and_undo,
              fixture_tear_down);
  g_test_add ("/translations-page/outdated", Fixture, NULL, fixture_set_up, test_outdated, fixture_tear_down);
  g_test_add ("/translations-page/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/translations-page/direction", Fixture, NULL, fixture_set_up, test_direction, fixture_tear_down);
  g_test_add ("/translations-page/no-other-language", Fixture, NULL, fixture_set_up, test_no_other_language,
              fixture_tear_down);
  g_test_add ("/translations-page/read-only", Fixture, NULL, fixture_set_up, test_read_only, fixture_tear_down);
  g_test_add_func ("/translations-page/import", test_import);

  return g_test_run ();
}
