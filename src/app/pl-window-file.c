/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-window-private.h"

/*
 * The window's files: the sample, Save and Save As, and what closing asks when the session is not safely on disk.
 * The autosave writes a file that has a path; this part gives it one.
 */

/* Saving */

static void
on_save_as_chosen_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PlWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkApplication *app;
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;

  file = pl_compat_choose_file_finish (result, NULL);
  if (file == NULL || self->session == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      pl_window_toast (self, _("Sessions can only be saved to a local folder"));
      return;
    }

  pl_edit_burst_flush (self->session);
  if (!pl_session_file_save (self->session, path, &error))
    {
      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Save the Session"), error->message);
      return;
    }

  pl_autosave_set_path (self->autosave, path);
  /* The session is on disk now; keep the state in step. */
  pl_autosave_save_now (self->autosave, NULL);
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (PL_IS_APPLICATION (app))
    pl_application_add_recent (PL_APPLICATION (app), path);
  pl_window_update_titles (self);
  pl_window_update_save_state (self);

  if (close_after)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_as (PlWindow *self,
         gboolean  close_after)
{
  const char *path = pl_autosave_get_path (self->autosave);
  g_autofree char *name = NULL;

  if (path != NULL)
    name = g_path_get_basename (path);
  else
    {
      const char *symbol = pl_session_settings_get_body_short (pl_session_get_settings (self->session));
      const char *title = pl_session_settings_get_title (pl_session_get_settings (self->session));

      name = g_strdup_printf ("%s%s%s.plenary",
                              symbol && *symbol ? symbol : "",
                              symbol && *symbol && title && *title ? " – " : "",
                              title && *title ? title : (symbol && *symbol ? "" : _("Session")));
      g_strdelimit (name, "/\\", '-');
    }

  self->close_after_save = close_after;
  pl_compat_choose_file_async (GTK_WINDOW (self), PL_COMPAT_FILE_SAVE, _("Save Session"), name,
                               self->cancellable, on_save_as_chosen_cb, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;

  pl_edit_burst_flush (self->session);
  if (pl_autosave_get_path (self->autosave) == NULL)
    {
      save_as (self, FALSE);
      return;
    }

  if (!pl_autosave_save_now (self->autosave, &error))
    pl_compat_show_message (GTK_WINDOW (self), _("Could Not Save the Session"), error->message);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  if (self->session != NULL)
    save_as (self, FALSE);
}


static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlWindow *target = self;

  if (session == NULL)
    {
      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Open the Sample Session"), error->message);
      return;
    }

  /* The sample is saved nowhere until Save As: it is a copy to play with,
   * in this window when it is empty, in a new one otherwise (of this
   * window's application, which a window of a test may not have). */
  if (self->session != NULL)
    target = pl_window_new (PL_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  pl_window_set_session (target, session, NULL);
  gtk_window_present (GTK_WINDOW (target));
}

/* Closing */

static void
on_close_answer_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PlWindow) self = user_data;
  g_autofree char *response = pl_compat_ask_finish (result, NULL);

  if (g_strcmp0 (response, "save") == 0)
    save_as (self, TRUE);
  else if (g_strcmp0 (response, "destructive-discard") == 0)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

/**
 * pl_window_file_confirm_close:
 *
 * Saves what is left to save before the window closes, or asks what to
 * do when it cannot (a session never saved, a file that refuses the
 * write); the answer closes the window again or saves it first.
 *
 * Returns: %TRUE if the window must stay open for now
 */
gboolean
pl_window_file_confirm_close (PlWindow *self)
{
  if (self->session != NULL && !self->close_confirmed)
    {
      g_autoptr(GError) error = NULL;

      pl_edit_burst_flush (self->session);
      /* The engine writes its last state into the session, which the
       * save below then puts in the file. */
      if (self->engine != NULL && pl_autosave_get_path (self->autosave) != NULL)
        {
          pl_window_sync_stop (self);
          if (!pl_autosave_is_pending (self->autosave))
            pl_autosave_save_now (self->autosave, NULL);
        }

      if (pl_autosave_get_path (self->autosave) == NULL)
        {
          if (pl_history_get_modified (pl_session_get_history (self->session)))
            {
              static const char *responses[] = {
                "save", N_("_Save As…"),
                "destructive-discard", N_("_Discard"),
                "cancel", N_("_Cancel"),
                NULL
              };
              const char *translated[G_N_ELEMENTS (responses)];

              for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
                translated[i] = (i % 2 == 1 && responses[i]) ? _(responses[i]) : responses[i];

              pl_compat_ask_async (GTK_WINDOW (self), _("Save the New Session?"),
                                   _("This session has never been saved. If you close it without saving, your changes are lost."),
                                   translated, self->cancellable, on_close_answer_cb, g_object_ref (self));
              return TRUE;
            }
        }
      else if (pl_autosave_get_state (self->autosave) != PL_SAVE_STATE_SAVED ||
               pl_autosave_is_pending (self->autosave))
        {
          if (!pl_autosave_save_now (self->autosave, &error))
            {
              static const char *responses[] = {
                "cancel", N_("_Cancel"),
                "destructive-discard", N_("Close _Without Saving"),
                NULL
              };
              const char *translated[G_N_ELEMENTS (responses)];
              g_autofree char *body = g_strdup_printf (_("%s\n\nThe file keeps its previous version."),
                                                       error->message);

              for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
                translated[i] = (i % 2 == 1 && responses[i]) ? _(responses[i]) : responses[i];

              pl_compat_ask_async (GTK_WINDOW (self), _("Could Not Save the Session"), body,
                                   translated, self->cancellable, on_close_answer_cb, g_object_ref (self));
              return TRUE;
            }
        }
    }

  return FALSE;
}

void
pl_window_file_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
}
