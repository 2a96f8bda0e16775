/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-compat.h"
#include "pl-date-picker.h"
#include "pl-new-session-dialog.h"
#include "pl-scroll-into-view.h"
#include "pl-session-file.h"
#include "pl-session-setup.h"

/**
 * PlNewSessionDialog:
 *
 * The short setup of a new session (issue 22, point 10): the body, the
 * session's number, its days, venue and time zone, and optionally the
 * previous session's file, whose body, instruments, regional groups,
 * Bureau and foreseen agenda carry over (pl_session_setup_new()).
 * Choosing that file fills the fields from it (the next number, the same
 * body, venue and zone), which the user then corrects. Create emits
 * #PlNewSessionDialog::session-created with the new session; a field in
 * error is named below the fields and nothing is created.
 */
struct _PlNewSessionDialog
{
  AdwWindow       parent_instance;

  PlSession      *previous;
  GCancellable   *cancellable;

  /* template children */
  AdwActionRow   *previous_row;
  GtkWidget      *clear_previous_button;
  AdwEntryRow    *body_row;
  GtkSpinButton  *number_spin;
  AdwEntryRow    *start_row;
  AdwEntryRow    *end_row;
  PlDatePicker   *start_picker;
  PlDatePicker   *end_picker;
  AdwEntryRow    *venue_row;
  AdwEntryRow    *timezone_row;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (PlNewSessionDialog, pl_new_session_dialog, ADW_TYPE_WINDOW)

enum {
  SESSION_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (PlNewSessionDialog *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    pl_scroll_into_view_later (GTK_WIDGET (self->error_label));
}

static void
on_field_changed_cb (PlNewSessionDialog *self)
{
  show_error (self, NULL);
  /* The last day's calendar opens on the first day. */
  pl_date_picker_set_default_date (self->end_picker, gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
}

static void
on_create_cb (PlNewSessionDialog *self)
{
  PlSessionSetup setup = {
    .body = gtk_editable_get_text (GTK_EDITABLE (self->body_row)),
    .session_number = gtk_spin_button_get_value_as_int (self->number_spin),
    .start_date = gtk_editable_get_text (GTK_EDITABLE (self->start_row)),
    .end_date = gtk_editable_get_text (GTK_EDITABLE (self->end_row)),
    .venue = gtk_editable_get_text (GTK_EDITABLE (self->venue_row)),
    .timezone = gtk_editable_get_text (GTK_EDITABLE (self->timezone_row)),
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_setup_new (&setup, self->previous, &error);

  if (session == NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SESSION_CREATED], 0, session);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_previous (PlNewSessionDialog *self,
              PlSession          *previous,
              const char         *name)
{
  g_set_object (&self->previous, previous);
  adw_action_row_set_subtitle (self->previous_row, name ? name : _("None: start from nothing"));
  gtk_widget_set_visible (self->clear_previous_button, previous != NULL);
}

static void
on_clear_previous_cb (PlNewSessionDialog *self)
{
  set_previous (self, NULL, NULL);
}

/**
 * pl_new_session_dialog_set_previous_path:
 *
 * Reads the previous session from @path and fills the fields from it: its
 * body, the next session's number, its venue and time zone. A file that
 * cannot be read is said below the fields and changes nothing.
 *
 * Returns: whether @path was read
 */
gboolean
pl_new_session_dialog_set_previous_path (PlNewSessionDialog *self,
                                         const char         *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) previous = NULL;
  g_autofree char *name = NULL;
  PlSessionSettings *settings;

  g_return_val_if_fail (PL_IS_NEW_SESSION_DIALOG (self), FALSE);

  previous = pl_session_file_load (path, &error);
  if (previous == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  settings = pl_session_get_settings (previous);
  name = g_path_get_basename (path);
  set_previous (self, previous, name);
  gtk_editable_set_text (GTK_EDITABLE (self->body_row), pl_session_settings_get_body (settings) ?: "");
  gtk_spin_button_set_value (self->number_spin, pl_session_settings_get_session_number (settings) + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->venue_row), pl_session_settings_get_venue (settings) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->timezone_row), pl_session_settings_get_timezone (settings) ?: "");
  show_error (self, NULL);
  return TRUE;
}

static void
on_previous_chosen_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PlNewSessionDialog) self = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    pl_new_session_dialog_set_previous_path (self, path);
}

static void
on_choose_previous_cb (PlNewSessionDialog *self)
{
  pl_compat_choose_file_async (GTK_WINDOW (self), PL_COMPAT_FILE_OPEN, _("Previous Session"), NULL,
                               self->cancellable, on_previous_chosen_cb, g_object_ref (self));
}

static void
pl_new_session_dialog_dispose (GObject *object)
{
  PlNewSessionDialog *self = PL_NEW_SESSION_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->previous);

  G_OBJECT_CLASS (pl_new_session_dialog_parent_class)->dispose (object);
}

static void
pl_new_session_dialog_class_init (PlNewSessionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_new_session_dialog_dispose;

  g_type_ensure (PL_TYPE_DATE_PICKER);

  /**
   * PlNewSessionDialog::session-created:
   * @session: the new session, saved nowhere yet
   */
  signals[SESSION_CREATED] =
    g_signal_new ("session-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PL_TYPE_SESSION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-new-session-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, previous_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, clear_previous_button);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, body_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, number_spin);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, start_picker);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, end_picker);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, timezone_row);
  gtk_widget_class_bind_template_child (widget_class, PlNewSessionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_create_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_previous_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_new_session_dialog_init (PlNewSessionDialog *self)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *zone = g_time_zone_get_identifier (local);

  gtk_widget_init_template (GTK_WIDGET (self));
  pl_date_picker_set_target (self->start_picker, GTK_EDITABLE (self->start_row));
  pl_date_picker_set_target (self->end_picker, GTK_EDITABLE (self->end_row));
  self->cancellable = g_cancellable_new ();
  /* This computer's zone, when it names one (not "UTC+01" or a path). */
  if (zone != NULL && strchr (zone, '/') != NULL && zone[0] != '/')
    gtk_editable_set_text (GTK_EDITABLE (self->timezone_row), zone);
}

GtkWidget *
pl_new_session_dialog_new (GtkWindow *parent)
{
  return g_object_new (PL_TYPE_NEW_SESSION_DIALOG, "transient-for", parent, NULL);
}
