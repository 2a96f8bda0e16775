/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pl-agenda.h"
#include "pl-agenda-item.h"
#include "pl-export-choices.h"
#include "pl-export-dialog.h"
#include "pl-print-operation.h"
#include "pl-translatable.h"
#include "pl-versions.h"
#include "pl-samples.h"
#include "pl-test-support.h"

/* Print… and Export… of the window (issue 4, item 3), headless but with
 * GTK: the print operation "exports" to a PDF file, which pdftotext
 * reads back; the export's writer runs its thread and writes a file. */

static PlSession *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);

  g_assert_no_error (error);
  return session;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The text of each page of a PDF, whitespace squashed. */
static GStrv
pdf_pages (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  /* pdftotext ends each page with a form feed. */
  pages = g_strsplit (out, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      g_autofree char *squashed = g_regex_replace_literal (space, pages[i], -1, 0, " ", 0, NULL);

      g_strstrip (squashed);
      if (pages[i + 1] != NULL || *squashed != '\0')
        g_strv_builder_add (builder, squashed);
    }

  return g_strv_builder_end (builder);
}

static char *
squash (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  char *squashed = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

  return g_strstrip (squashed);
}

static void
test_print_to_pdf (void)
{
  g_autoptr(PlSession) session = load_sample ();
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autoptr(PlPrintOperation) operation = pl_print_operation_new (session, PL_EXPORT_WHAT_AGENDA, "en");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_auto(GStrv) printed_pages = NULL;
  g_auto(GStrv) exported_pages = NULL;
  g_autofree char *all = NULL;
  const char *cursor;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (printed, G_FILE_TEST_IS_REGULAR));

  /* Every item's title, in the agenda's order: the provisional agenda
   * lists them once, then the annotations again, so look for each after
   * the previous one within the whole text. */
  printed_pages = pdf_pages (printed);
  g_assert_cmpuint (g_strv_length (printed_pages), >, 1);
  all = g_strjoinv (" ", printed_pages);
  g_assert_nonnull (strstr (all, "CTOC/COP/2020/1"));
  items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_assert_cmpuint (items->len, >, 10);
  cursor = all;
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *title = squash (pl_agenda_item_get_title (g_ptr_array_index (items, i)));
      const char *found = strstr (cursor, title);

      if (found == NULL)
        g_error ("item %u “%s” is not in the printed agenda after position %ld",
                 i, title, (long) (cursor - all));
      cursor = found + strlen (title);
    }

  /* The same pagination as the PDF export: page for page, the same text. */
  g_assert_true (pl_export_to_file (session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_PDF,
                                    "en", exported, &error));
  g_assert_no_error (error);
  exported_pages = pdf_pages (exported);
  g_assert_cmpuint (g_strv_length (printed_pages), ==, g_strv_length (exported_pages));
  for (guint i = 0; exported_pages[i] != NULL; i++)
    g_assert_cmpstr (printed_pages[i], ==, exported_pages[i]);

  g_clear_object (&operation);
  g_assert_cmpint (g_unlink (printed), ==, 0);
  g_assert_cmpint (g_unlink (exported), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The document's language and report reach the page: the French
 * credentials report, printed. */
static void
test_print_language (void)
{
  g_autoptr(PlSession) session = load_sample ();
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autoptr(PlPrintOperation) operation = pl_print_operation_new (session, PL_EXPORT_WHAT_AGENDA, NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) printed_pages = NULL;
  g_auto(GStrv) exported_pages = NULL;

  g_assert_cmpstr (pl_print_operation_get_language (operation), ==, "en");
  /* Every document that has pages prints (the schedule is a calendar):
   * the property's range holds the last one (the decisions once fell
   * outside it, a fatal warning). */
  for (PlExportWhat what = PL_EXPORT_WHAT_AGENDA; what <= PL_EXPORT_WHAT_LAST; what++)
    if (what != PL_EXPORT_WHAT_SCHEDULE)
    {
      pl_print_operation_set_what (operation, what);
      g_assert_cmpint (pl_print_operation_get_what (operation), ==, what);
    }
  pl_print_operation_set_what (operation, PL_EXPORT_WHAT_CREDENTIALS);
  pl_print_operation_set_language (operation, "fr");
  /* Setting the same again notifies nothing (EXPLICIT_NOTIFY). */
  {
    g_autoptr(PlNotifyCounter) counter = pl_notify_counter_new (G_OBJECT (operation));

    pl_print_operation_set_what (operation, PL_EXPORT_WHAT_CREDENTIALS);
    pl_print_operation_set_language (operation, "fr");
    g_assert_cmpuint (pl_notify_counter_total (counter), ==, 0);
    pl_print_operation_set_language (operation, "ru");
    pl_print_operation_set_language (operation, "fr");
    g_assert_cmpuint (pl_notify_counter_get (counter, "language"), ==, 2);
    g_assert_cmpuint (pl_notify_counter_get (counter, "what"), ==, 0);
  }

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                            GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  /* Print… prints what the export prints with the originals allowed:
   * the sample has no French texts, so they are marked. */
  g_assert_true (pl_export_to_file_full (session, PL_EXPORT_WHAT_CREDENTIALS, PL_EXPORT_FORMAT_PDF,
                                         "fr", NULL, PL_EXPORT_FLAGS_FALLBACK_ORIGINAL, exported, &error));
  g_assert_no_error (error);

  printed_pages = pdf_pages (printed);
  exported_pages = pdf_pages (exported);
  g_assert_cmpuint (g_strv_length (printed_pages), ==, g_strv_length (exported_pages));
  /* French dates; the report is dated: the same day in both, built a
   * moment apart, so the pages match. */
  g_assert_nonnull (strstr (printed_pages[0], "octobre 2020"));
  for (guint i = 0; exported_pages[i] != NULL; i++)
    g_assert_cmpstr (printed_pages[i], ==, exported_pages[i]);

  g_clear_object (&operation);
  g_unlink (printed);
  g_unlink (exported);
  g_rmdir (dir);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
write_and_wait (PlSession       *session,
                PlExportWhat     what,
                PlExportFormat   format,
                const char      *language,
                PlExportFlags    flags,
                const char      *path,
                GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  pl_export_write_async (session, &(PlExportRequest) { what, format, language, flags, file },
                         NULL, on_written_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return pl_export_write_finish (result, error);
}

static void
test_export_write (void)
{
  g_autoptr(PlSession) session = load_sample ();
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *html = g_build_filename (dir, "agenda.html", NULL);
  g_autofree char *ics = g_build_filename (dir, "schedule.ics", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "agenda.md", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* The sample holds no French text (issue 21): refused, and nothing
   * written, unless the originals may stand in, marked. */
  g_assert_false (write_and_wait (session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_HTML, "fr",
                                  PL_EXPORT_FLAGS_NONE, html, &error));
  g_assert_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_INCOMPLETE);
  g_assert_false (g_file_test (html, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_true (write_and_wait (session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_HTML, "fr",
                                 PL_EXPORT_FLAGS_FALLBACK_ORIGINAL, html, &error));
  g_assert_no_error (error);
  text = pl_test_read_file (html, NULL);
  g_assert_nonnull (strstr (text, "CTOC/COP/2020/1"));
  g_assert_nonnull (strstr (text, "lang=\"fr\""));
  g_assert_nonnull (strstr (text, "[anglais]"));
  g_clear_pointer (&text, g_free);

  g_assert_true (write_and_wait (session, PL_EXPORT_WHAT_SCHEDULE, PL_EXPORT_FORMAT_ICS, NULL, PL_EXPORT_FLAGS_NONE, ics, &error));
  g_assert_no_error (error);
  text = pl_test_read_file (ics, NULL);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  g_assert_nonnull (strstr (text, "BEGIN:VEVENT"));
  g_clear_pointer (&text, g_free);

  /* A calendar is not a document, nor the agenda a calendar. */
  g_assert_false (write_and_wait (session, PL_EXPORT_WHAT_SCHEDULE, PL_EXPORT_FORMAT_PDF, NULL, PL_EXPORT_FLAGS_NONE, html, &error));
  g_assert_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);

  /* A file that cannot be written: the error names it. */
  g_assert_false (write_and_wait (session, PL_EXPORT_WHAT_AGENDA, PL_EXPORT_FORMAT_MD, "en", PL_EXPORT_FLAGS_NONE, nowhere, &error));
  g_assert_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, nowhere));
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_unlink (html);
  g_unlink (ics);
  g_rmdir (dir);
  g_assert_finalize_object (g_steal_pointer (&session));
}

static void
test_export_dialog (void)
{
  PlSession *session = load_sample ();
  GtkWidget *window = gtk_window_new ();
  PlExportDialog *dialog = pl_export_dialog_new (GTK_WINDOW (window), session, PL_EXPORT_WHAT_CREDENTIALS);
  g_autofree char *name = NULL;
  AdwComboRow *what_row = NULL;
  AdwComboRow *format_row = NULL;
  AdwComboRow *language_row = NULL;
  GListModel *formats;

  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (200);

  /* Starts from the page's report, in the session's original language. */
  g_assert_cmpint (pl_export_dialog_get_what (dialog), ==, PL_EXPORT_WHAT_CREDENTIALS);
  g_assert_cmpint (pl_export_dialog_get_format (dialog), ==, PL_EXPORT_FORMAT_PDF);
  g_assert_cmpstr (pl_export_dialog_get_language (dialog), ==, "en");
  name = pl_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "CTOC-COP-2020-1-credentials.pdf");
  g_clear_pointer (&name, g_free);

  /* The rows, found as a keyboard user finds them: by their titles. */
  for (GtkWidget *w = GTK_WIDGET (dialog); w != NULL; )
    {
      if (ADW_IS_COMBO_ROW (w))
        {
          const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w));

          if (g_str_equal (title, "_Document"))
            what_row = ADW_COMBO_ROW (w);
          else if (g_str_equal (title, "_Format"))
            format_row = ADW_COMBO_ROW (w);
          else if (g_str_equal (title, "_Language"))
            language_row = ADW_COMBO_ROW (w);
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (dialog) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == GTK_WIDGET (dialog)) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (what_row);
  g_assert_nonnull (format_row);
  g_assert_nonnull (language_row);

  /* HTML in Arabic, then the schedule: only a calendar is offered. */
  adw_combo_row_set_selected (format_row, 1);
  adw_combo_row_set_selected (language_row, 4);
  g_assert_cmpint (pl_export_dialog_get_format (dialog), ==, PL_EXPORT_FORMAT_HTML);
  name = pl_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "CTOC-COP-2020-1-credentials-ar.html");
  g_clear_pointer (&name, g_free);

  adw_combo_row_set_selected (what_row, pl_export_choices_find_what (PL_EXPORT_WHAT_SCHEDULE));
  formats = adw_combo_row_get_model (format_row);
  g_assert_cmpuint (g_list_model_get_n_items (formats), ==, 1);
  g_assert_cmpint (pl_export_dialog_get_format (dialog), ==, PL_EXPORT_FORMAT_ICS);

  /* Back to a document: the four formats again. */
  adw_combo_row_set_selected (what_row, pl_export_choices_find_what (PL_EXPORT_WHAT_AGENDA));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (format_row)), ==, 4);

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (300);
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (session);
}

/* The first widget under @root of @type whose title (a preferences row)
 * or label (a button) is @title. */
static GtkWidget *
find_titled (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *w = root; w != NULL; )
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        {
          const char *text = ADW_IS_PREFERENCES_ROW (w) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w))
                             : GTK_IS_BUTTON (w) ? gtk_button_get_label (GTK_BUTTON (w))
                             : GTK_IS_LABEL (w) ? gtk_label_get_label (GTK_LABEL (w))
                             : ADW_IS_PREFERENCES_GROUP (w) ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w))
                             : NULL;

          if (title == NULL || g_strcmp0 (text, title) == 0)
            return w;
        }
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == root) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *needle)
{
  for (GtkWidget *w = root; w != NULL; )
    {
      if (GTK_IS_LABEL (w) && strstr (gtk_label_get_label (GTK_LABEL (w)), needle) != NULL)
        return w;
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == root) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

/* The completeness row: the one action row whose title names a language
 * and a count, or the original language. */
static AdwActionRow *
find_completeness_row (GtkWidget *root)
{
  for (GtkWidget *w = root; w != NULL; )
    {
      const char *title = ADW_IS_ACTION_ROW (w) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)) : NULL;

      if (!ADW_IS_COMBO_ROW (w) && title != NULL
          && (strstr (title, " texts") != NULL || strstr (title, "original language") != NULL))
        return ADW_ACTION_ROW (w);
      /* The next one in the tree. */
      if (gtk_widget_get_first_child (w) != NULL && !ADW_IS_ACTION_ROW (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != root && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == root) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

static AdwMessageDialog *
find_question (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window))
          && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Issue 21: the dialog says how complete the chosen language is and
 * offers the originals explicitly, refusing otherwise; issue 22: it lists
 * the open errors that affect the document and asks before exporting. */
static void
test_export_dialog_checks (void)
{
  PlSession *session = load_sample ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (agenda);
  GtkWidget *window = gtk_window_new ();
  PlExportDialog *dialog;
  AdwComboRow *language_row;
  AdwActionRow *completeness;
  GtkWidget *fallback_row;
  GtkWidget *fallback_switch;
  GtkWidget *export_button;
  GtkWidget *errors_group;
  GtkWidget *errors_label;
  AdwMessageDialog *question;
  guint total = 0, done = 0, outdated = 0;
  g_autofree char *expected = NULL;

  /* An item in no meeting: agenda.unscheduled, an error that affects
   * the agenda (its annex leaves the item out) but not the Bureau. */
  pl_agenda_add_item (agenda, NULL, NULL, "An item in no meeting");

  dialog = pl_export_dialog_new (GTK_WINDOW (window), session, PL_EXPORT_WHAT_AGENDA);
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (200);

  language_row = ADW_COMBO_ROW (find_titled (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Language"));
  fallback_row = find_titled (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Print _Missing Texts in the Original");
  fallback_switch = find_titled (fallback_row, GTK_TYPE_SWITCH, NULL);
  export_button = find_titled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Export…");
  errors_group = find_titled (GTK_WIDGET (dialog), ADW_TYPE_PREFERENCES_GROUP, "Open Errors");
  completeness = find_completeness_row (GTK_WIDGET (dialog));
  g_assert_nonnull (language_row);
  g_assert_nonnull (fallback_switch);
  g_assert_nonnull (export_button);
  g_assert_nonnull (errors_group);
  g_assert_nonnull (completeness);

  /* The open error, in words. */
  g_assert_true (gtk_widget_get_visible (errors_group));
  errors_label = find_label_containing (errors_group, "in no meeting");
  g_assert_nonnull (errors_label);
  g_assert_true (gtk_widget_get_visible (errors_label));
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (errors_group)), "1 error"));

  /* English is the original: complete, nothing to fall back on. */
  g_assert_cmpstr (pl_export_dialog_get_language (dialog), ==, "en");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (completeness)), "English"));
  g_assert_false (gtk_widget_get_visible (fallback_row));
  g_assert_true (gtk_widget_is_sensitive (export_button));

  /* French: the sample has no French text; the count is the session's,
   * and the document is refused until the originals are allowed. */
  adw_combo_row_set_selected (language_row, pl_export_choices_find_language ("fr"));
  pl_translatables_progress (session, "fr", &total, &done, &outdated);
  g_assert_cmpuint (total, >, 20);
  g_assert_cmpuint (done, ==, 0);
  expected = g_strdup_printf ("French: 0 of %u texts", total);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (completeness)), ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (completeness), "lacks"));
  g_assert_true (gtk_widget_get_visible (fallback_row));
  g_assert_false (gtk_widget_is_sensitive (export_button));
  g_assert_cmpint (pl_export_dialog_get_flags (dialog), ==, PL_EXPORT_FLAGS_NONE);

  gtk_switch_set_active (GTK_SWITCH (fallback_switch), TRUE);
  g_assert_true (gtk_widget_is_sensitive (export_button));
  g_assert_cmpint (pl_export_dialog_get_flags (dialog), ==, PL_EXPORT_FLAGS_FALLBACK_ORIGINAL);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (completeness), "in the original, marked"));

  /* A French title: the count follows. */
  pl_versions_set (session, PL_RECORD (g_ptr_array_index (items, 0)), "fr", "title", "Questions d’organisation");
  adw_combo_row_set_selected (language_row, pl_export_choices_find_language ("es"));
  adw_combo_row_set_selected (language_row, pl_export_choices_find_language ("fr"));
  expected = g_strdup_printf ("French: 1 of %u texts", total);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (completeness)), ==, expected);

  /* Export… asks first, for the open error; Cancel keeps the dialog. */
  g_assert_null (find_question ("Export Despite Open Errors?"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL));
  spin (100);
  question = find_question ("Export Despite Open Errors?");
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "1 error"));
  /* Closed (Escape): its close response is Cancel. */
  gtk_window_close (GTK_WINDOW (question));
  spin (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* The Bureau prints nothing of the agenda: no error listed. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_titled (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Document")),
                              pl_export_choices_find_what (PL_EXPORT_WHAT_BUREAU));
  g_assert_false (gtk_widget_get_visible (errors_group));

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (300);
  g_assert_finalize_object (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/print/to-pdf", test_print_to_pdf);
  g_test_add_func ("/print/language", test_print_language);
  g_test_add_func ("/export/write", test_export_write);
  g_test_add_func ("/export/dialog", test_export_dialog);
  g_test_add_func ("/export/dialog-checks", test_export_dialog_checks);

  return g_test_run ();
}
