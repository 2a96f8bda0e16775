/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-export-choices.h"
#include "pl-export-check.h"
#include "pl-export-dialog.h"
#include "pl-ics.h"
#include "pl-translatable.h"
#include "pl-versions.h"
#include "pl-window.h"

/**
 * PlExportDialog:
 *
 * Export… (issue 4, item 3): which document, in which format and in
 * which language, then the save dialog of the portal with a suggested
 * name, then the file is written off the main thread and a toast offers
 * to open it. A failure is reported in a dialog naming the file and the
 * reason; nothing is left half-written (the file is replaced whole).
 *
 * Before the file is chosen the dialog says what the document would
 * print: how complete the chosen language is (issue 21), offering the
 * originals, marked, in place of the missing texts (a switch, off: the
 * document is refused like the CLI refuses it without --fallback
 * original), and the open errors that affect the document, asking before
 * exporting while there are any (issue 22, point 2).
 *
 * The session is not thread-safe: the document model is built on the main
 * thread (pl_export_build()), and only pl_export_render() and the write run
 * in a GTask thread, on the model, which nothing else holds.
 */

struct _PlExportDialog
{
  AdwWindow      parent_instance;

  PlSession     *session;
  GCancellable  *cancellable;

  /* template children */
  AdwComboRow   *what_row;
  AdwComboRow   *format_row;
  AdwComboRow   *language_row;
  GtkWidget     *export_button;
  GtkWidget     *texts_group;
  AdwActionRow  *completeness_row;
  GtkWidget     *fallback_row;
  GtkSwitch     *fallback_switch;
  GtkWidget     *errors_group;
  GtkLabel      *errors_label;

  guint          n_missing;  /* texts the document lacks in its language */
  guint          n_errors;   /* open errors that affect it */
};

G_DEFINE_FINAL_TYPE (PlExportDialog, pl_export_dialog, ADW_TYPE_WINDOW)

/* Writing */

typedef struct
{
  PlDocModel     *model;   /* a document to render, or */
  GBytes         *bytes;   /* a calendar already made */
  PlExportFormat  format;
  GFile          *file;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  g_clear_object (&write->model);
  g_clear_pointer (&write->bytes, g_bytes_unref);
  g_clear_object (&write->file);
  g_free (write);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *write = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (write->file);
  const char *data;
  gsize size;

  if (write->bytes != NULL)
    bytes = g_bytes_ref (write->bytes);
  else
    bytes = pl_export_render (write->model, write->format, &error);

  if (bytes == NULL)
    {
      g_task_return_new_error (task, PL_EXPORT_ERROR, PL_EXPORT_ERROR_RENDER,
                               _("%s was not written: %s"), name, error->message);
      return;
    }

  /* Replaced whole, through a temporary file: a failed export leaves no
   * half-written file and an existing one untouched. For a local file
   * that is g_file_set_contents_full(), as in pl_export_to_file():
   * g_file_replace_contents() writes a file that does not exist yet in
   * place, and a write that fails (a full disk) left half a document. */
  data = g_bytes_get_data (bytes, &size);
  if (g_file_peek_path (write->file) != NULL
      ? !g_file_set_contents_full (g_file_peek_path (write->file), data, size,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0644, &error)
      : !g_file_replace_contents (write->file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        /* GIO's reason often names the file again: keep it on its own. */
        g_task_return_new_error (task, PL_EXPORT_ERROR, PL_EXPORT_ERROR_WRITE,
                                 _("The document could not be written to %s.\n\n%s"),
                                 name, error->message);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * pl_export_write_async:
 * @request: the document, its format, language and flags, and the file
 *
 * Writes a report of @session to the request's file: the document is
 * built now, from the session as it is, and rendered and written in a
 * thread. A document that lacks texts in its language fails with
 * %PL_EXPORT_ERROR_INCOMPLETE unless the request's flags allow the
 * originals.
 */
void
pl_export_write_async (PlSession             *session,
                       const PlExportRequest *request,
                       GCancellable          *cancellable,
                       GAsyncReadyCallback    callback,
                       gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  WriteData *write;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (G_IS_FILE (request->file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_export_write_async);

  if (!pl_export_check_combination (request->what, request->format, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  write = g_new0 (WriteData, 1);
  write->format = request->format;
  write->file = g_object_ref (request->file);
  g_task_set_task_data (task, write, write_data_free);

  if (request->format == PL_EXPORT_FORMAT_ICS)
    {
      g_autoptr(GDateTime) stamp = g_date_time_new_now_utc ();
      char *text = pl_ics_build_schedule (session, stamp, &error);

      if (text == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (request->file);

          g_task_return_new_error (task, PL_EXPORT_ERROR, PL_EXPORT_ERROR_RENDER,
                                   _("%s was not written: %s"), name, error->message);
          return;
        }
      write->bytes = g_bytes_new_take (text, strlen (text));
    }
  else
    {
      write->model = pl_export_build (session, request->what, request->language);
      if (!pl_export_check_complete (session, write->model, request->flags, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }

  g_task_run_in_thread (task, write_thread);
}

gboolean
pl_export_write_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* After the dialog: the toast or the error, on the session's window. */

typedef struct
{
  GtkWindow *window;
  GFile     *file;
} Done;

static void
done_free (Done *done)
{
  g_clear_object (&done->window);
  g_clear_object (&done->file);
  g_free (done);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Done, done_free)

static void
on_open_clicked_cb (AdwToast *toast,
                    Done     *done)
{
  pl_compat_launch_file (done->window, done->file);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Done) done = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  GtkWindow *window = done->window;
  AdwToast *toast;

  if (!pl_export_write_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pl_compat_show_message (window, _("Could Not Export the Document"), error->message);
      return;
    }

  if (!PL_IS_WINDOW (window))
    return;

  basename = g_file_get_basename (done->file);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Exported “%s”"), basename);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                         g_steal_pointer (&done), (GClosureNotify) (void (*) (void)) done_free, 0);
  pl_window_add_toast (PL_WINDOW (window), toast);
}

/* The dialog */

static PlExportWhat
selected_what (PlExportDialog *self)
{
  return pl_export_choices_get_what (adw_combo_row_get_selected (self->what_row))->what;
}

/* What the document would print, said before it is written. */

static gboolean
is_original_language (PlExportDialog *self,
                      const char     *language)
{
  const char *original = pl_session_settings_get_original_language (pl_session_get_settings (self->session));
  g_autofree char *original_code = pl_versions_language_code (original);

  return g_str_equal (language, original_code != NULL ? original_code : "en");
}

/* "French: 182 of 204 texts, 6 outdated", for the whole session. */
static char *
progress_text (PlExportDialog *self,
               const char     *language)
{
  const char *name = pl_export_language_label (language);
  guint total = 0, done = 0, outdated = 0;
  g_autofree char *texts = NULL;

  pl_translatables_progress (self->session, language, &total, &done, &outdated);
  /* Translators: "182 of 204 texts" */
  texts = g_strdup_printf (ngettext ("%u of %u text", "%u of %u texts", total), done, total);
  if (outdated == 0)
    /* Translators: "French: 182 of 204 texts" */
    return g_strdup_printf (_("%s: %s"), name, texts);
  /* Translators: "French: 182 of 204 texts, 6 outdated" */
  return g_strdup_printf (ngettext ("%s: %s, %u outdated", "%s: %s, %u outdated", outdated), name, texts, outdated);
}

static void
update_completeness (PlExportDialog *self,
                     PlExportWhat    what,
                     const char     *language)
{
  g_autoptr(PlDocModel) model = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  self->n_missing = 0;

  /* The calendar prints the session's texts as they are: no language. */
  gtk_widget_set_visible (self->texts_group, what != PL_EXPORT_WHAT_SCHEDULE);
  if (what == PL_EXPORT_WHAT_SCHEDULE)
    return;

  if (is_original_language (self, language))
    {
      /* Translators: %s is a language, "English" */
      title = g_strdup_printf (_("%s: the original language"), pl_export_language_label (language));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->completeness_row), title);
      adw_action_row_set_subtitle (self->completeness_row, _("The document prints every text as it was typed."));
      gtk_widget_set_visible (self->fallback_row, FALSE);
      return;
    }

  /* The document itself says which of its texts it lacks: the one
   * question the CLI asks too (pl_export_check_complete()). */
  model = pl_export_build (self->session, what, language);
  self->n_missing = pl_doc_model_get_n_fallbacks (model);
  title = progress_text (self, language);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->completeness_row), title);
  if (self->n_missing == 0)
    subtitle = g_strdup (_("This document has every text in its language."));
  else if (gtk_switch_get_active (self->fallback_switch))
    subtitle = g_strdup_printf (ngettext ("This document lacks %u of them: it prints it in the original, marked.",
                                          "This document lacks %u of them: it prints them in the original, marked.",
                                          self->n_missing),
                                self->n_missing);
  else
    subtitle = g_strdup_printf (ngettext ("This document lacks %u of them: complete the translation, or print the original in its place.",
                                          "This document lacks %u of them: complete the translations, or print the originals in their place.",
                                          self->n_missing),
                                self->n_missing);
  adw_action_row_set_subtitle (self->completeness_row, subtitle);
  gtk_widget_set_visible (self->fallback_row, self->n_missing > 0);
}

static void
update_errors (PlExportDialog *self,
               PlExportWhat    what)
{
  g_autoptr(GPtrArray) errors = pl_export_open_errors (self->session, what);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *description = NULL;
  /* The first few: the Checks page lists them all. */
  const guint shown = 5;

  self->n_errors = errors->len;
  gtk_widget_set_visible (self->errors_group, errors->len > 0);
  if (errors->len == 0)
    return;

  for (guint i = 0; i < MIN (errors->len, shown); i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            pl_finding_get_message (g_ptr_array_index (errors, i)));
  if (errors->len > shown)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more (see Checks)", "and %u more (see Checks)", errors->len - shown),
                              errors->len - shown);
    }
  gtk_label_set_label (self->errors_label, text->str);
  description = g_strdup_printf (ngettext ("The checks find %u error in what this document prints.",
                                           "The checks find %u errors in what this document prints.",
                                           errors->len),
                                 errors->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->errors_group), description);
}

static void
on_choice_changed_cb (PlExportDialog *self)
{
  PlExportWhat what;
  const char *language;

  if (self->session == NULL || adw_combo_row_get_model (self->language_row) == NULL)
    return;

  what = selected_what (self);
  language = pl_export_dialog_get_language (self);
  update_completeness (self, what, language);
  update_errors (self, what);
  /* Refused like the CLI refuses it: not without the originals. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file",
                                 self->n_missing == 0 || gtk_switch_get_active (self->fallback_switch));
}

static void
on_what_selected_cb (PlExportDialog *self)
{
  PlExportWhat what = selected_what (self);
  PlExportFormat format = PL_EXPORT_FORMAT_PDF;
  g_autoptr(GtkStringList) formats = pl_export_choices_format_model (what);
  guint selected = 0;

  /* Keep the format across documents where it applies. */
  if (adw_combo_row_get_model (self->format_row) != NULL &&
      adw_combo_row_get_selected (self->format_row) != GTK_INVALID_LIST_POSITION)
    format = pl_export_dialog_get_format (self);
  for (guint i = 0; i < pl_export_choices_n_formats (what); i++)
    if (pl_export_choices_get_format (what, i)->format == format)
      selected = i;

  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  adw_combo_row_set_selected (self->format_row, selected);
  on_choice_changed_cb (self);
}

static void
on_file_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PlExportDialog) self = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);
  GtkWindow *parent;
  Done *done;

  /* Dismissed: back to the choices. */
  if (file == NULL || self->session == NULL)
    return;

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  done = g_new0 (Done, 1);
  done->window = parent ? g_object_ref (parent) : NULL;
  done->file = g_object_ref (file);
  pl_export_write_async (self->session,
                         &(PlExportRequest) {
                           pl_export_dialog_get_what (self),
                           pl_export_dialog_get_format (self),
                           pl_export_dialog_get_language (self),
                           pl_export_dialog_get_flags (self),
                           file },
                         NULL, on_written_cb, done);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
choose_file (PlExportDialog *self)
{
  PlExportWhat what = pl_export_dialog_get_what (self);
  const PlExportFormatChoice *format = pl_export_choices_get_format (what, adw_combo_row_get_selected (self->format_row));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*%s", pl_export_format_get_suffix (format->format));
  g_autofree char *name = pl_export_dialog_suggest_name (self);

  gtk_file_filter_set_name (filter, _(format->label));
  gtk_file_filter_add_mime_type (filter, format->mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  pl_compat_save_file_async (GTK_WINDOW (self), _("Export Document"), name, filter,
                             self->cancellable, on_file_chosen_cb, g_object_ref (self));
}

static void
on_errors_answer_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlExportDialog) self = user_data;
  g_autofree char *response = pl_compat_ask_finish (result, NULL);

  if (g_strcmp0 (response, "export") == 0 && self->session != NULL)
    choose_file (self);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlExportDialog *self = PL_EXPORT_DIALOG (widget);
  const char *responses[] = { "cancel", _("_Cancel"), "export", _("_Export Anyway"), NULL };
  g_autofree char *body = NULL;

  /* The checks may have changed since the dialog opened (sync). */
  update_errors (self, selected_what (self));
  if (self->n_errors == 0)
    {
      choose_file (self);
      return;
    }

  body = g_strdup_printf (ngettext ("The checks find %u error in what this document prints: it may leave something out or print it wrong. The Checks page says how to fix it.",
                                    "The checks find %u errors in what this document prints: it may leave things out or print them wrong. The Checks page says how to fix them.",
                                    self->n_errors),
                          self->n_errors);
  pl_compat_ask_async (GTK_WINDOW (self), _("Export Despite Open Errors?"), body, responses,
                       self->cancellable, on_errors_answer_cb, g_object_ref (self));
}

/* The preferences group's inner list box is a list of its own on
 * AT-SPI: it carries the dialog's name. */
static void
label_list_boxes (GtkWidget  *widget,
                  const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      else
        label_list_boxes (child, label);
    }
}

/* GObject */

static void
pl_export_dialog_dispose (GObject *object)
{
  PlExportDialog *self = PL_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  /* GTK 4.8 keeps the parent's signal handlers until finalize, which may
   * come after the parent is gone. */
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_export_dialog_parent_class)->dispose (object);
}

static void
pl_export_dialog_class_init (PlExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, what_row);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, texts_group);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, completeness_row);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, fallback_row);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, fallback_switch);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, errors_group);
  gtk_widget_class_bind_template_child (widget_class, PlExportDialog, errors_label);
  gtk_widget_class_bind_template_callback (widget_class, on_what_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "export.choose-file", NULL);
}

static void
pl_export_dialog_init (PlExportDialog *self)
{
  g_autoptr(GtkStringList) whats = pl_export_choices_what_model (TRUE);
  g_autoptr(GtkStringList) languages = pl_export_choices_language_model ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
  adw_combo_row_set_model (self->what_row, G_LIST_MODEL (whats));
  on_what_selected_cb (self);
  /* The choices' rows named, as every control is (the factory stays
   * when the formats' model changes with the document). */
  pl_compat_combo_row_name_items (self->what_row);
  pl_compat_combo_row_name_items (self->format_row);
  pl_compat_combo_row_name_items (self->language_row);
  pl_compat_label_inner_lists (GTK_WIDGET (self->what_row), _("Documents"));
  pl_compat_label_inner_lists (GTK_WIDGET (self->format_row), _("Formats"));
  pl_compat_label_inner_lists (GTK_WIDGET (self->language_row), _("Languages"));
  label_list_boxes (GTK_WIDGET (self), _("Export Options"));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  /* Start on the first choice, not on Cancel. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->what_row));
}

/**
 * pl_export_dialog_new:
 * @what: the document chosen at first
 *
 * The document's language starts as the session's original language
 * when it is one of the six, English otherwise.
 */
PlExportDialog *
pl_export_dialog_new (GtkWindow    *parent,
                      PlSession    *session,
                      PlExportWhat  what)
{
  PlExportDialog *self;
  const char *original;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  self = g_object_new (PL_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  adw_combo_row_set_selected (self->what_row, pl_export_choices_find_what (what));
  original = pl_session_settings_get_original_language (pl_session_get_settings (session));
  adw_combo_row_set_selected (self->language_row, pl_export_choices_find_language (original));
  on_choice_changed_cb (self);

  return self;
}

PlSession *
pl_export_dialog_get_session (PlExportDialog *self)
{
  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), NULL);

  return self->session;
}

PlExportWhat
pl_export_dialog_get_what (PlExportDialog *self)
{
  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), PL_EXPORT_WHAT_AGENDA);

  return selected_what (self);
}

PlExportFormat
pl_export_dialog_get_format (PlExportDialog *self)
{
  PlExportWhat what;
  guint selected;

  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), PL_EXPORT_FORMAT_PDF);

  what = selected_what (self);
  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= pl_export_choices_n_formats (what))
    selected = 0;

  return pl_export_choices_get_format (what, selected)->format;
}

const char *
pl_export_dialog_get_language (PlExportDialog *self)
{
  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), "en");

  return pl_export_choices_get_language (adw_combo_row_get_selected (self->language_row))->code;
}

/* Whether the texts missing in the language print in the original. */
PlExportFlags
pl_export_dialog_get_flags (PlExportDialog *self)
{
  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), PL_EXPORT_FLAGS_NONE);

  return gtk_switch_get_active (self->fallback_switch) ? PL_EXPORT_FLAGS_FALLBACK_ORIGINAL : PL_EXPORT_FLAGS_NONE;
}

/**
 * pl_export_dialog_suggest_name:
 *
 * The file name offered in the save dialog: the session's symbol (or
 * its body's short name), the document, the language when it is not
 * English, and the format's suffix, e.g. "CTOC-COP-2020-1-agenda-fr.pdf".
 *
 * Returns: (transfer full): a file name, without folder
 */
char *
pl_export_dialog_suggest_name (PlExportDialog *self)
{
  PlSessionSettings *settings;
  const char *stem;
  const char *language;
  GString *name;

  g_return_val_if_fail (PL_IS_EXPORT_DIALOG (self), NULL);

  settings = pl_session_get_settings (self->session);
  stem = pl_session_settings_get_symbol (settings);
  if (stem == NULL || *stem == '\0')
    stem = pl_session_settings_get_body_short (settings);
  if (stem == NULL || *stem == '\0')
    stem = "session";

  name = g_string_new (stem);
  /* A symbol's slashes would be folders. */
  g_strdelimit (name->str, "/\\:", '-');
  g_string_append_printf (name, "-%s", pl_export_choices_get_what (adw_combo_row_get_selected (self->what_row))->name);
  language = pl_export_dialog_get_language (self);
  if (!g_str_equal (language, "en"))
    g_string_append_printf (name, "-%s", language);
  g_string_append (name, pl_export_format_get_suffix (pl_export_dialog_get_format (self)));

  return g_string_free (name, FALSE);
}
