/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pl-application.h"
#include "pl-compat.h"
#include "pl-conflicts-dialog.h"
#include "pl-delegate-speakers-page.h"
#include "pl-edit-burst.h"
#include "pl-speak-request-dialog.h"
#include "pl-sync-account.h"
#include "pl-sync-connection.h"
#include "pl-window-private.h"

/*
 * The window's side of the sync: the state beside the save state, the
 * engine of a session bound to a server, "Connect Session to Server…"
 * and "Discard This Copy and Download Again…". The steps themselves
 * (probe, download, bind, setting a copy aside) are #PlSyncConnection's;
 * this file only shows them.
 */

void
pl_window_sync_update_state (PlWindow *self)
{
  const char *label = NULL, *title = NULL, *icon = "network-server-symbolic";
  g_autofree char *conflicts_label = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *account = NULL;
  g_autofree char *tooltip = NULL;
  gboolean error = FALSE;
  guint n_conflicts = 0;

  if (self->engine == NULL && self->sync_problem == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->sync_button), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-conflicts", FALSE);
      return;
    }

  if (self->engine == NULL)
    {
      label = _("Not Syncing");
      title = _("This session cannot sync");
      detail = g_strdup (self->sync_problem);
      icon = "dialog-warning-symbolic";
      error = TRUE;
    }
  else
    {
      PlCouchClient *client = pl_sync_engine_get_client (self->engine);
      const char *user = pl_couch_client_get_user (client);

      n_conflicts = pl_sync_engine_get_n_conflicts (self->engine);
      switch (pl_sync_engine_get_state (self->engine))
        {
        case PL_SYNC_STATE_SAVED_LOCALLY:
          label = _("Saved Locally");
          title = _("Saved locally");
          detail = g_strdup (_("Edits are in this copy and wait to be sent to the server."));
          icon = "document-save-symbolic";
          break;
        case PL_SYNC_STATE_SYNCING:
          label = _("Syncing…");
          title = _("Syncing");
          detail = g_strdup (_("Talking to the server."));
          icon = "emblem-synchronizing-symbolic";
          break;
        case PL_SYNC_STATE_UP_TO_DATE:
          label = _("Up to Date");
          title = _("Up to date");
          detail = g_strdup (_("This copy and the server agree; changes from others arrive as they are made."));
          icon = "emblem-ok-symbolic";
          break;
        case PL_SYNC_STATE_OFFLINE:
          label = _("Offline");
          title = _("Offline");
          detail = g_strdup_printf (_("The server cannot be reached; edits are kept here and sent when it can (%s)."),
                                    pl_sync_engine_get_error_message (self->engine)
                                      ? pl_sync_engine_get_error_message (self->engine) : _("trying again"));
          icon = "network-offline-symbolic";
          break;
        case PL_SYNC_STATE_CONFLICTS:
          /* Translators: the header bar's sync state; %u is a count */
          conflicts_label = g_strdup_printf (_("Conflicts (%u)"), n_conflicts);
          label = conflicts_label;
          title = _("Conflicts");
          detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%u field was changed here and on the server. Choose which value to keep.",
                                                 "%u fields were changed here and on the server. Choose which values to keep.",
                                                 n_conflicts), n_conflicts);
          icon = "dialog-warning-symbolic";
          break;
        case PL_SYNC_STATE_ERROR:
        default:
          label = _("Sync Error");
          title = _("The server refused");
          /* A refusal that comes back each time leaves a way out. */
          detail = g_strdup_printf ("%s\n\n%s", pl_sync_engine_get_error_message (self->engine)
                                                  ? pl_sync_engine_get_error_message (self->engine) : "",
                                    _("If this copy cannot get past it, “Discard This Copy and Download Again…” "
                                      "in the main menu replaces it with the server’s."));
          icon = "dialog-error-symbolic";
          error = TRUE;
          break;
        }

      /* Translators: user name, database, server address */
      account = g_strdup_printf (_("%s on the database “%s” at %s%s"),
                                 user ? user : _("No user"),
                                 pl_couch_client_get_database (client),
                                 pl_couch_client_get_server_url (client),
                                 self->read_only ? _(" (read-only: a delegate’s account)") : "");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sync_button), TRUE);
  gtk_label_set_label (self->sync_label, label);
  gtk_image_set_from_icon_name (self->sync_icon, icon);
  gtk_label_set_label (self->sync_title_label, title);
  gtk_label_set_label (self->sync_detail_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sync_account_label), account != NULL);
  gtk_label_set_label (self->sync_account_label, account ? account : "");
  gtk_widget_set_visible (self->sync_conflicts_button, n_conflicts > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-conflicts", n_conflicts > 0);

  tooltip = detail ? g_strdup_printf ("%s: %s", title, detail) : g_strdup (title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sync_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sync_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->sync_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->sync_label), "error");
}

static gboolean
on_sync_save_timeout_cb (gpointer user_data)
{
  PlWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->sync_save_id = 0;
  /* The engine's state (revs, bases, last_seq, conflicts) belongs in the
   * file as much as the records do: a quit then resumes where it was. */
  if (self->session != NULL && pl_autosave_get_path (self->autosave) != NULL &&
      !pl_autosave_save_now (self->autosave, &error))
    g_warning ("Could not save the sync state: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
on_engine_state_cb (PlWindow *self)
{
  PlSyncState state = pl_sync_engine_get_state (self->engine);

  pl_window_sync_update_state (self);

  if (state == PL_SYNC_STATE_UP_TO_DATE || state == PL_SYNC_STATE_CONFLICTS ||
      state == PL_SYNC_STATE_ERROR)
    {
      g_clear_handle_id (&self->sync_save_id, g_source_remove);
      self->sync_save_id = g_timeout_add (500, on_sync_save_timeout_cb, self);
    }

  if (state == PL_SYNC_STATE_ERROR)
    {
      /* The reason is long (the server's own words): the toast says what
       * happened and its button shows the reason in the state's popover. */
      AdwToast *t = adw_toast_new (_("The server refused a change"));

      adw_toast_set_button_label (t, _("_Details"));
      adw_toast_set_action_name (t, "win.show-sync-state");
      adw_toast_overlay_add_toast (self->toast_overlay, t);
    }
}

static void
on_engine_conflicts_cb (PlWindow *self)
{
  guint n = pl_sync_engine_get_n_conflicts (self->engine);

  if (n > self->n_conflicts_seen)
    {
      AdwToast *t = adw_toast_new (_("Some edits conflict with the server’s"));

      adw_toast_set_button_label (t, _("_Resolve"));
      adw_toast_set_action_name (t, "win.show-conflicts");
      adw_toast_overlay_add_toast (self->toast_overlay, t);
    }
  self->n_conflicts_seen = n;
  pl_window_sync_update_state (self);
}

static void
set_engine (PlWindow     *self,
            PlSyncEngine *engine)
{
  g_assert (self->engine == NULL);

  self->engine = g_object_ref (engine);
  self->engine_state_id = g_signal_connect_swapped (engine, "notify::state",
                                                    G_CALLBACK (on_engine_state_cb), self);
  self->engine_conflicts_id = g_signal_connect_swapped (engine, "notify::n-conflicts",
                                                        G_CALLBACK (on_engine_conflicts_cb), self);
  self->n_conflicts_seen = pl_sync_engine_get_n_conflicts (engine);
  /* Typing holds its field in the engine (pl-edit-burst.c). */
  pl_edit_burst_set_engine (pl_sync_engine_get_session (engine), engine);
  g_clear_pointer (&self->sync_problem, g_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.connect-server", FALSE);
  pl_window_sync_update_state (self);
}

void
pl_window_sync_stop (PlWindow *self)
{
  if (self->engine == NULL)
    return;

  /* The engine's requests hold it; stop them before letting go. Its
   * dispose writes what it has not yet put in the session's state. */
  pl_sync_engine_stop (self->engine);
  pl_edit_burst_set_engine (pl_sync_engine_get_session (self->engine), NULL);
  g_clear_signal_handler (&self->engine_state_id, self->engine);
  g_clear_signal_handler (&self->engine_conflicts_id, self->engine);
  g_clear_object (&self->engine);
  g_clear_handle_id (&self->sync_save_id, g_source_remove);
}

void
pl_window_sync_update_request_action (PlWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.request-to-speak",
                                 self->session != NULL && self->read_only && self->delegation != NULL);
}

static void
apply_probe (PlWindow       *self,
             PlAccountProbe *probe)
{
  g_free (self->delegation);
  self->delegation = g_strdup (probe->delegation);
  g_free (self->sync_user);
  self->sync_user = g_strdup (probe->user);
  pl_window_set_read_only (self, probe->read_only);
  pl_window_sync_update_request_action (self);
}

static void
on_live_probe_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PlWindow) self = user_data;
  PlSyncConnection *connection = PL_SYNC_CONNECTION (source);
  g_autoptr(GError) error = NULL;
  gboolean probed;

  probed = pl_sync_connection_probe_finish (connection, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->engine == NULL)
    return;

  /* Whatever the probe found, the engine goes live: offline it retries
   * with backoff, refused it shows the server's reason. */
  if (probed)
    apply_probe (self, pl_sync_connection_get_probe (connection));
  pl_sync_engine_start (self->engine);
}

/* Whether the open session's file is bound to @server and @database (and
 * to @user, unless %NULL). */
gboolean
pl_window_sync_is_bound_to (PlWindow   *self,
          const char *server,
          const char *database,
          const char *user)
{
  return self->session != NULL &&
         pl_sync_connection_state_names (pl_session_get_sync_state (self->session), server, database, user);
}

/* A bound file that could not start syncing (no password yet) tries
 * again; %FALSE, with the reason in sync_problem, if it still cannot. */
gboolean
pl_window_sync_retry (PlWindow *self)
{
  if (self->engine != NULL)
    return TRUE;
  g_clear_pointer (&self->sync_problem, g_free);
  pl_window_sync_start (self);
  pl_window_sync_update_state (self);
  return self->engine != NULL;
}

/* A session whose file names a server syncs while its window is open:
 * first the account's roles (a delegate's window is read-only before
 * anything is shown as editable), then the live loop. */
void
pl_window_sync_start (PlWindow *self)
{
  JsonObject *state = pl_session_get_sync_state (self->session);
  g_autoptr(PlAccountProbe) known = NULL;
  g_autoptr(PlSyncConnection) connection = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  pl_window_sync_update_redownload_action (self);
  connection = pl_sync_connection_new_for_sync_state (state, &error);
  if (connection == NULL && error == NULL)
    return;

  /* Roles known from before make a delegate's copy read-only at once,
   * even offline; the server's answer below has the last word. */
  known = pl_account_probe_new_for_sync_state (state);
  if (known != NULL)
    apply_probe (self, known);

  if (connection == NULL)
    {
      self->sync_problem = g_strdup (error->message);
      pl_window_sync_update_state (self);
      return;
    }

  engine = pl_sync_connection_bind (connection, self->session);
  set_engine (self, engine);
  pl_sync_connection_probe_async (connection, self->cancellable, on_live_probe_cb, g_object_ref (self));
}

/* A copy of a server's session, kept in a file: it can be downloaded
 * again over itself. */
void
pl_window_sync_update_redownload_action (PlWindow *self)
{
  JsonObject *state = self->session != NULL ? pl_session_get_sync_state (self->session) : NULL;
  gboolean named = state != NULL &&
                   json_object_has_member (state, "server") && json_object_has_member (state, "database");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redownload",
                                 named && !self->redownloading && self->autosave != NULL &&
                                 pl_autosave_get_path (self->autosave) != NULL);
}

/* Connect Session to Server… */

typedef struct
{
  PlWindow         *self;
  PlSyncConnection *connection;
  AdwToast         *toast;    /* "Opening…", while the copy is made */
  char             *path;
} ConnectData;

static void
connect_data_free (ConnectData *data)
{
  g_signal_handlers_disconnect_by_data (data->connection, data);
  g_clear_object (&data->self);
  g_clear_object (&data->connection);
  if (data->toast != NULL)
    adw_toast_dismiss (data->toast);
  g_clear_object (&data->toast);
  g_free (data->path);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConnectData, connect_data_free)

static void
on_connection_step_cb (PlSyncConnection *connection,
                       GParamSpec       *pspec,
                       ConnectData      *data)
{
  if (pl_sync_connection_get_step (connection) == PL_SYNC_CONNECTION_DOWNLOADING && data->toast == NULL)
    {
      data->toast = adw_toast_new (_("Opening the server’s session…"));
      adw_toast_set_timeout (data->toast, 0);
      adw_toast_overlay_add_toast (data->self->toast_overlay, g_object_ref (data->toast));
    }
}

static void
on_download_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ConnectData) data = user_data;
  PlWindow *self = data->self;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  session = pl_sync_connection_download_finish (data->connection, result, &error);
  if (session == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pl_compat_show_message (GTK_WINDOW (self), _("Could Not Open the Server’s Session"), error->message);
      return;
    }

  if (!pl_sync_connection_keep_copy (data->connection, session, data->path, &error))
    {
      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Keep the Server’s Session"), error->message);
      return;
    }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (PL_IS_APPLICATION (app))
    pl_application_open_path (PL_APPLICATION (app), data->path, GTK_WINDOW (self));
}

static void
download (ConnectData *data)
{
  PlApplication *app = PL_APPLICATION (gtk_window_get_application (GTK_WINDOW (data->self)));

  data->path = pl_sync_connection_dup_copy_path (data->connection);

  /* Opened before: its copy is there, with its own sync state and maybe
   * edits not yet sent; the window catches up with the server. */
  if (g_file_test (data->path, G_FILE_TEST_EXISTS))
    {
      pl_application_open_path (app, data->path, GTK_WINDOW (data->self));
      connect_data_free (data);
      return;
    }

  pl_sync_connection_download_async (data->connection, data->self->cancellable, on_download_done_cb, data);
}

static void
upload (ConnectData *data)
{
  PlWindow *self = data->self;
  g_autoptr(PlSyncEngine) engine = pl_sync_connection_bind (data->connection, self->session);

  set_engine (self, engine);
  pl_sync_engine_start (engine);
  if (pl_autosave_get_path (self->autosave) == NULL)
    pl_window_toast (self, _("Uploading the session; save it to keep a copy on this computer"));
  else
    pl_window_toast (self, _("Uploading the session"));
  connect_data_free (data);
}

static void
on_connect_probe_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ConnectData) data = user_data;
  PlWindow *self = data->self;
  PlAccountProbe *probe;
  g_autoptr(GError) error = NULL;

  if (!pl_sync_connection_probe_finish (data->connection, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pl_compat_show_message (GTK_WINDOW (self), _("Could Not Connect to the Server"), error->message);
      return;
    }

  probe = pl_sync_connection_get_probe (data->connection);
  if (probe->has_session)
    {
      download (g_steal_pointer (&data));
      return;
    }

  if (self->session == NULL || self->engine != NULL)
    {
      pl_compat_show_message (GTK_WINDOW (self), _("The Database Holds No Session"),
                              _("Open or create a session, then connect it to the server to upload it there."));
      return;
    }
  if (probe->read_only)
    {
      pl_compat_show_message (GTK_WINDOW (self), _("The Database Holds No Session"),
                              _("A delegate’s account cannot upload a session; the secretariat does."));
      return;
    }

  upload (g_steal_pointer (&data));
}

static void
connect_server_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  g_autofree char *server = NULL, *database = NULL, *user = NULL;
  g_autoptr(GError) error = NULL;
  ConnectData *data;
  PlSyncConnection *connection;

  pl_sync_account_get_defaults (&server, &database, &user);
  if (server == NULL || database == NULL)
    {
      pl_window_toast (self, _("Set up the server account first"));
      gtk_widget_activate_action (widget, "app.preferences", NULL);
      return;
    }

  /* A file already bound to that database is that session's copy: it
   * starts syncing if it had not (its password stored since it was
   * opened), and no second copy or window is made (issue 16, point 6). */
  {
    GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
    GList *windows = app != NULL ? gtk_application_get_windows (app) : NULL;
    PlWindow *bound = pl_window_sync_is_bound_to (self, server, database, NULL) ? self : NULL;

    for (GList *l = windows; bound == NULL && l != NULL; l = l->next)
      if (PL_IS_WINDOW (l->data) && pl_window_sync_is_bound_to (l->data, server, database, NULL))
        bound = l->data;

    if (bound != NULL)
      {
        gtk_window_present (GTK_WINDOW (bound));
        if (!pl_window_sync_retry (bound))
          pl_compat_show_message (GTK_WINDOW (bound), _("Could Not Connect to the Server"), bound->sync_problem);
        return;
      }
  }

  connection = pl_sync_connection_new (server, database, user, &error);
  if (connection == NULL)
    {
      pl_compat_show_message (GTK_WINDOW (self), _("Could Not Connect to the Server"), error->message);
      return;
    }

  data = g_new0 (ConnectData, 1);
  data->self = g_object_ref (self);
  data->connection = connection;
  g_signal_connect (connection, "notify::step", G_CALLBACK (on_connection_step_cb), data);
  pl_sync_connection_probe_async (connection, self->cancellable, on_connect_probe_cb, data);
}

static void
show_conflicts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  if (self->engine == NULL)
    return;

  gtk_popover_popdown (gtk_menu_button_get_popover (self->sync_button));
  gtk_window_present (GTK_WINDOW (pl_conflicts_dialog_new (GTK_WINDOW (self), self->engine)));
}

static void
show_sync_state_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->sync_button)))
    gtk_menu_button_popup (self->sync_button);
}

/* Discard This Copy and Download Again… (issue 18): for a copy in
 * trouble (a refusal it cannot get past, conflicts it cannot settle, a
 * delegate's copy edited by hand). The server's session is downloaded
 * first; only then is the file set aside whole (never deleted), the new
 * copy written in its place, and opened in a new window, this one
 * closing without saving over it. */

typedef struct
{
  PlWindow         *self;
  PlSyncConnection *connection;
  AdwToast         *toast;
  char             *path;
} RedownloadData;

static void
redownload_data_free (RedownloadData *data)
{
  if (data->toast != NULL)
    adw_toast_dismiss (data->toast);
  g_clear_object (&data->toast);
  g_clear_object (&data->self);
  g_clear_object (&data->connection);
  g_free (data->path);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RedownloadData, redownload_data_free)

/* The copy stays as it was, and syncs again as before. */
static void
redownload_failed (PlWindow   *self,
                   const char *reason)
{
  g_autofree char *body = g_strdup_printf (_("%s\n\nThe copy on this computer stays as it was."), reason);

  self->redownloading = FALSE;
  pl_window_sync_update_redownload_action (self);
  pl_window_sync_retry (self);
  pl_compat_show_message (GTK_WINDOW (self), _("Could Not Download the Session Again"), body);
}

static PlWindow *
window_for_path (GtkApplication *app,
                 const char     *path)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (PL_IS_WINDOW (l->data) && g_strcmp0 (pl_window_get_path (l->data), path) == 0)
      return l->data;
  return NULL;
}

static void
on_redownload_done_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(RedownloadData) data = user_data;
  PlWindow *self = data->self;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *aside_name = NULL;
  g_autofree char *text = NULL;
  GtkApplication *app;
  PlWindow *fresh;

  session = pl_sync_connection_download_finish (data->connection, result, &error);
  if (session == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        redownload_failed (self, error->message);
      return;
    }

  /* From here on this window writes nothing to the file: the autosave
   * would put the discarded session back over the new copy. */
  pl_autosave_set_path (self->autosave, NULL);
  if (g_file_test (data->path, G_FILE_TEST_EXISTS) &&
      !pl_sync_connection_set_aside_copy (data->path, &aside, &error))
    {
      pl_autosave_set_path (self->autosave, data->path);
      redownload_failed (self, error->message);
      return;
    }
  if (!pl_sync_connection_keep_copy (data->connection, session, data->path, &error))
    {
      if (aside != NULL)
        g_rename (aside, data->path);
      pl_autosave_set_path (self->autosave, data->path);
      redownload_failed (self, error->message);
      return;
    }

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (!PL_IS_APPLICATION (app))
    return;
  pl_application_open_path (PL_APPLICATION (app), data->path, NULL);
  fresh = window_for_path (app, data->path);
  if (fresh != NULL)
    {
      aside_name = aside != NULL ? g_path_get_basename (aside) : NULL;
      if (aside_name != NULL)
        /* Translators: %s is a file name */
        text = g_strdup_printf (_("Downloaded again; the discarded copy is kept as “%s”"), aside_name);
      pl_window_toast (fresh, text != NULL ? text : _("Downloaded again"));
    }
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_redownload_answer_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(PlWindow) self = user_data;
  g_autofree char *response = pl_compat_ask_finish (result, NULL);
  g_autoptr(PlSyncConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  RedownloadData *data;

  if (g_strcmp0 (response, "destructive-discard") != 0 || self->session == NULL ||
      pl_autosave_get_path (self->autosave) == NULL || self->redownloading)
    return;

  connection = pl_sync_connection_new_for_sync_state (pl_session_get_sync_state (self->session), &error);
  if (connection == NULL)
    {
      redownload_failed (self, error ? error->message : _("This copy names no server."));
      return;
    }

  /* The copy set aside holds everything this window had, typing
   * included. */
  pl_edit_burst_flush (self->session);
  pl_window_sync_stop (self);
  if (pl_autosave_is_pending (self->autosave) || pl_autosave_get_state (self->autosave) != PL_SAVE_STATE_SAVED)
    pl_autosave_save_now (self->autosave, NULL);

  self->redownloading = TRUE;
  pl_window_sync_update_redownload_action (self);
  pl_window_sync_update_state (self);

  data = g_new0 (RedownloadData, 1);
  data->self = g_object_ref (self);
  data->connection = g_steal_pointer (&connection);
  data->path = g_strdup (pl_autosave_get_path (self->autosave));
  data->toast = adw_toast_new (_("Downloading the session again…"));
  adw_toast_set_timeout (data->toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (data->toast));
  pl_sync_connection_download_async (data->connection, self->cancellable, on_redownload_done_cb, data);
}

static void
redownload_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  static const char *responses[] = {
    "cancel", N_("_Cancel"),
    "destructive-discard", N_("_Discard and Download"),
    NULL
  };
  const char *translated[G_N_ELEMENTS (responses)];
  const char *path;
  g_autofree char *folder = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  guint n_dirty = 0, n_conflicts = 0;

  if (self->session == NULL || self->autosave == NULL || self->redownloading ||
      (path = pl_autosave_get_path (self->autosave)) == NULL)
    return;

  if (self->engine != NULL)
    {
      n_dirty = pl_sync_engine_get_n_dirty (self->engine);
      n_conflicts = pl_sync_engine_get_n_conflicts (self->engine);
    }

  g_string_append (body, _("The session is downloaded again from the server and replaces the copy on this computer."));
  g_string_append_c (body, ' ');
  if (n_dirty > 0)
    {
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u change made here has not reached the server: it is lost.",
                                                 "%u changes made here have not reached the server: they are lost.",
                                                 n_dirty), n_dirty);
      g_string_append_c (body, ' ');
    }
  if (n_conflicts > 0)
    {
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u value kept here in a conflict is lost.",
                                                 "%u values kept here in conflicts are lost.",
                                                 n_conflicts), n_conflicts);
      g_string_append_c (body, ' ');
    }
  if (self->engine != NULL && pl_sync_engine_get_state (self->engine) == PL_SYNC_STATE_ERROR)
    {
      g_string_append (body, _("The changes the server refused are lost."));
      g_string_append_c (body, ' ');
    }
  else if (n_dirty == 0 && n_conflicts == 0)
    {
      g_string_append (body, _("Anything in this copy that is not on the server is lost."));
      g_string_append_c (body, ' ');
    }
  folder = g_path_get_dirname (path);
  /* Translators: %s is a folder */
  g_string_append_printf (body, _("The file itself is kept, renamed, in %s."), folder);

  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    translated[i] = (i % 2 == 1 && responses[i]) ? _(responses[i]) : responses[i];
  pl_compat_ask_async (GTK_WINDOW (self), _("Discard This Copy and Download Again?"), body->str,
                       translated, self->cancellable, on_redownload_answer_cb, g_object_ref (self));
}

static void
request_to_speak_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  GtkWidget *page;

  if (self->session == NULL || self->delegation == NULL)
    return;

  /* From any page, the request goes to the list the delegate's Speakers
   * page has selected (issue 18, point 4), as its own button does. */
  page = pl_window_get_page (self, "speakers");
  if (PL_IS_DELEGATE_SPEAKERS_PAGE (page)
      && pl_delegate_speakers_page_get_list (PL_DELEGATE_SPEAKERS_PAGE (page)) != NULL)
    {
      gtk_widget_activate_action (page, "delegate-speakers.request", NULL);
      return;
    }

  gtk_window_present (GTK_WINDOW (pl_speak_request_dialog_new (GTK_WINDOW (self), self->session,
                                                               self->delegation, self->sync_user)));
}


void
pl_window_sync_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.connect-server", NULL, connect_server_action);
  gtk_widget_class_install_action (widget_class, "win.show-conflicts", NULL, show_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.redownload", NULL, redownload_action);
  gtk_widget_class_install_action (widget_class, "win.show-sync-state", NULL, show_sync_state_action);
  gtk_widget_class_install_action (widget_class, "win.request-to-speak", NULL, request_to_speak_action);
}
