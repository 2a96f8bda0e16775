/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pl-account-rows.h"
#include "pl-application.h"
#include "pl-compat.h"
#include "pl-invite.h"
#include "pl-join-dialog.h"
#include "pl-session-file.h"
#include "pl-sync-account.h"
#include "pl-sync-connection.h"
#include "pl-window.h"

/**
 * PlJoinDialog:
 *
 * "Join a Session…" (issue 18): a delegate's way in, in a delegate's
 * words. The server's address, the session (the database's name), the
 * user name and the password, or an invitation from the secretariat
 * (`plenary-cli invite`) that fills in all but the password. Join logs
 * in and looks at the session (#PlSyncConnection), downloads it where
 * "Connect Session to Server…" keeps it, and only then keeps anything:
 * the password in the keyring, the account in the settings, the copy on
 * disk. What goes wrong is said in plain words next to the field it is
 * about. The window then opens the copy; its `sync.roles` make it a
 * delegate's window before the server is asked again.
 */

typedef enum {
  FIELD_INVITATION,
  FIELD_URL,
  FIELD_DATABASE,
  FIELD_USER,
  FIELD_PASSWORD,
  FIELD_STATUS,
  N_FIELDS
} Field;

struct _PlJoinDialog
{
  AdwWindow         parent_instance;

  GCancellable     *cancellable;
  PlSyncConnection *connection;   /* while joining */
  PlSession        *session;      /* the downloaded copy, not yet kept */
  char             *server;       /* what is being joined */
  char             *database;
  char             *user;
  char             *password;
  char             *path;         /* where the copy goes */
  gboolean          busy;

  /* template children */
  GtkWidget        *join_button;
  GtkWidget        *form_box;
  AdwActionRow     *invitation_row;
  GtkWidget        *invitation_button;
  AdwActionRow     *invitation_error;
  AdwEntryRow      *url_row;
  AdwActionRow     *url_error;
  AdwEntryRow      *database_row;
  AdwActionRow     *database_error;
  AdwEntryRow      *user_row;
  AdwActionRow     *user_error;
  AdwEntryRow      *password_row;
  AdwActionRow     *password_error;
  GtkWidget        *status_group;
  AdwActionRow     *status_row;
  GtkStack         *status_icons;
  GtkSpinner       *spinner;
};

G_DEFINE_FINAL_TYPE (PlJoinDialog, pl_join_dialog, ADW_TYPE_WINDOW)

static void
forget_password (PlJoinDialog *self)
{
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_clear_pointer (&self->password, g_free);
}

static AdwActionRow *
error_row (PlJoinDialog *self,
           Field         field)
{
  switch (field)
    {
    case FIELD_INVITATION: return self->invitation_error;
    case FIELD_URL: return self->url_error;
    case FIELD_DATABASE: return self->database_error;
    case FIELD_USER: return self->user_error;
    case FIELD_PASSWORD: return self->password_error;
    case FIELD_STATUS:
    case N_FIELDS:
    default: return self->status_row;
    }
}

static GtkWidget *
field_widget (PlJoinDialog *self,
              Field         field)
{
  switch (field)
    {
    case FIELD_INVITATION: return self->invitation_button;
    case FIELD_URL: return GTK_WIDGET (self->url_row);
    case FIELD_DATABASE: return GTK_WIDGET (self->database_row);
    case FIELD_USER: return GTK_WIDGET (self->user_row);
    case FIELD_PASSWORD: return GTK_WIDGET (self->password_row);
    case FIELD_STATUS:
    case N_FIELDS:
    default: return NULL;
    }
}

static void
clear_error (PlJoinDialog *self,
             Field         field)
{
  GtkWidget *widget = field_widget (self, field);

  gtk_widget_set_visible (GTK_WIDGET (error_row (self, field)), FALSE);
  if (field == FIELD_STATUS)
    gtk_widget_set_visible (self->status_group, FALSE);
  if (widget != NULL)
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
clear_errors (PlJoinDialog *self)
{
  for (Field field = 0; field < N_FIELDS; field++)
    clear_error (self, field);
}

/* The message goes right under the field it is about, the field is
 * marked and focused, and a screen reader hears the message with it. */
static void
show_error (PlJoinDialog *self,
            Field         field,
            const char   *text,
            const char   *detail)
{
  AdwActionRow *row = error_row (self, field);
  GtkWidget *widget = field_widget (self, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (row, detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (row == self->status_row)
    {
      gtk_stack_set_visible_child_name (self->status_icons, "error");
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_visible (self->status_group, TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);

  if (widget != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
      gtk_widget_grab_focus (widget);
    }
}

static void
set_busy (PlJoinDialog *self,
          const char   *text)
{
  self->busy = text != NULL;
  /* GTK 4.8 warns when the focused entry turns insensitive under it:
   * the focus leaves first (an error puts it back on its field). */
  if (self->busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (self->form_box, !self->busy);
  gtk_widget_set_sensitive (self->join_button, !self->busy);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "error");
  if (text != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), text);
      adw_action_row_set_subtitle (self->status_row, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_row), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      gtk_stack_set_visible_child_name (self->status_icons, "busy");
      gtk_spinner_set_spinning (self->spinner, TRUE);
    }
  else
    gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), text != NULL);
  gtk_widget_set_visible (self->status_group, text != NULL);
}

/* Ends a join that did not make it: the password is forgotten and
 * nothing was kept. */
static void
fail (PlJoinDialog *self,
      Field         field,
      const char   *text,
      const char   *detail)
{
  set_busy (self, NULL);
  g_clear_object (&self->connection);
  g_clear_object (&self->session);
  forget_password (self);
  show_error (self, field, text, detail);
}

static void
on_row_changed_cb (GtkEditable  *row,
                   PlJoinDialog *self)
{
  if (self->busy)
    return;
  for (Field field = 0; field < N_FIELDS; field++)
    if (field_widget (self, field) == GTK_WIDGET (row))
      clear_error (self, field);
  /* A wrong password is about the pair: a new user name clears it too. */
  if (GTK_WIDGET (row) == GTK_WIDGET (self->user_row))
    clear_error (self, FIELD_PASSWORD);
  clear_error (self, FIELD_STATUS);
}

/* Invitations */

/**
 * pl_join_dialog_open_invitation:
 * @file: a `.plenary-invite` file
 *
 * Fills in the server's address, the session and the user name from
 * @file, and asks for the password; an invitation that cannot be read
 * is said next to "Open Invitation…", and the fields keep what they had.
 */
void
pl_join_dialog_open_invitation (PlJoinDialog *self,
                                GFile        *file)
{
  g_autoptr(PlInvite) invite = NULL;
  const char *server, *database, *user;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PL_IS_JOIN_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;

  clear_errors (self);
  name = g_file_get_basename (file);
  invite = pl_invite_load (file, &error);
  if (invite == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is not an invitation Plenary can read. "
                                                 "Ask the secretariat to send it again."), name);

      show_error (self, FIELD_INVITATION, text, error->message);
      return;
    }
  server = pl_invite_get_server (invite);
  database = pl_invite_get_database (invite);
  user = pl_invite_get_user (invite);

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), server);
  gtk_editable_set_text (GTK_EDITABLE (self->database_row), database);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), user ? user : "");
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");

  /* Translators: %s is a session's name on the server, such as "cop10" */
  title = g_strdup_printf (_("Invitation to the session “%s”"), database);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->invitation_row), title);
  /* Translators: a user name, then a server's address */
  subtitle = user != NULL ? g_strdup_printf (_("For “%s” at %s"), user, server)
                          : g_strdup_printf (_("At %s"), server);
  adw_action_row_set_subtitle (self->invitation_row, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->invitation_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_widget_grab_focus (user != NULL ? GTK_WIDGET (self->password_row) : GTK_WIDGET (self->user_row));
}

static void
on_invitation_chosen_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(PlJoinDialog) self = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);

  if (file != NULL && self->cancellable != NULL)
    pl_join_dialog_open_invitation (self, file);
}

static void
on_open_invitation_clicked_cb (PlJoinDialog *self)
{
  pl_compat_choose_file_async (GTK_WINDOW (self), PL_COMPAT_FILE_OPEN_INVITATION, _("Open Invitation"), NULL,
                               self->cancellable, on_invitation_chosen_cb, g_object_ref (self));
}

/* Joining */

static PlWindow *
window_showing (const char *path)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  if (!GTK_IS_APPLICATION (app))
    return NULL;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PL_IS_WINDOW (l->data) && pl_window_get_path (l->data) != NULL)
      {
        g_autoptr(GFile) shown = g_file_new_for_path (pl_window_get_path (l->data));

        if (g_file_equal (shown, wanted))
          return l->data;
      }
  return NULL;
}

/* The password is in the keyring and the copy where it belongs: keep the
 * account and open the copy in the window Join was asked from, if it is
 * still on the start view. */
static void
finish (PlJoinDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GApplication *app = g_application_get_default ();

  if (self->session != NULL)
    {
      g_autofree char *aside = NULL;

      /* A copy that could not serve (another account's, or damaged) is
       * set aside whole, never overwritten. */
      if (g_file_test (self->path, G_FILE_TEST_EXISTS) &&
          !pl_sync_connection_set_aside_copy (self->path, &aside, &error))
        {
          fail (self, FIELD_STATUS, _("The session could not be kept on this computer."), error->message);
          return;
        }
      if (!pl_sync_connection_keep_copy (self->connection, self->session, self->path, &error))
        {
          if (aside != NULL)
            g_rename (aside, self->path);
          fail (self, FIELD_STATUS, _("The session could not be kept on this computer."), error->message);
          return;
        }
    }

  pl_sync_account_set_defaults (self->server, self->database, self->user);
  set_busy (self, NULL);
  forget_password (self);

  if (PL_IS_APPLICATION (app))
    pl_application_open_path (PL_APPLICATION (app), self->path, parent);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PlJoinDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pl_sync_account_store_password_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The window would find no password to sync with. */
      fail (self, FIELD_STATUS, _("Your password could not be kept in the keyring, so the session was not joined."),
            error->message);
      return;
    }
  finish (self);
}

static void
store_password (PlJoinDialog *self)
{
  set_busy (self, _("Keeping your password in the keyring…"));
  pl_sync_account_store_password_async (pl_couch_client_get_server_url (pl_sync_connection_get_client (self->connection)),
                                        self->user, self->password, self->cancellable,
                                        on_password_stored_cb, g_object_ref (self));
}

static void
on_download_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PlJoinDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->session = pl_sync_connection_download_finish (PL_SYNC_CONNECTION (source), result, &error);
  if (self->session == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      fail (self, FIELD_STATUS, _("The session could not be downloaded. Try again in a moment."), error->message);
      return;
    }
  store_password (self);
}

/* A copy of this session for this account is there already (joined
 * before): it is opened as it is, with what it holds, and catches up. */
static gboolean
copy_serves (PlJoinDialog *self)
{
  g_autoptr(PlSession) existing = NULL;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    return FALSE;
  existing = pl_session_file_load (self->path, NULL);
  return existing != NULL &&
         pl_sync_connection_state_names (pl_session_get_sync_state (existing),
                                         pl_couch_client_get_server_url (pl_sync_connection_get_client (self->connection)),
                                         self->database, self->user);
}

/* A delegate's account holds the roles `delegate` and `delegation:<ISO3>`
 * (data/couchdb/validate_doc_update.js); staff see everything. Any other
 * account has nothing to follow. */
static gboolean
account_may_join (const char * const *roles)
{
  gboolean delegate = FALSE, delegation = FALSE;

  for (guint i = 0; roles != NULL && roles[i] != NULL; i++)
    {
      if (g_str_equal (roles[i], "secretariat") || g_str_equal (roles[i], "_admin"))
        return TRUE;
      delegate |= g_str_equal (roles[i], "delegate");
      delegation |= g_str_has_prefix (roles[i], "delegation:");
    }
  return delegate && delegation;
}

static void
fail_not_delegate (PlJoinDialog *self)
{
  fail (self, FIELD_USER, _("This account is not a delegate of any delegation. "
                            "Ask the secretariat to register it for your delegation."), NULL);
}

/* What went wrong, in a delegate's words, next to the field it is
 * about; the server's own message only as the detail. */
static void
fail_with_error (PlJoinDialog *self,
                 GError       *error)
{
  PlCouchClient *client = pl_sync_connection_get_client (self->connection);
  gboolean logged_in = pl_couch_client_get_roles (client) != NULL;
  g_autofree char *text = NULL;

  if (error->domain != PL_COUCH_ERROR)
    {
      fail (self, FIELD_STATUS, _("The session could not be joined."), error->message);
      return;
    }

  switch (error->code)
    {
    case PL_COUCH_ERROR_OFFLINE:
    case PL_COUCH_ERROR_TIMEOUT:
      fail (self, FIELD_URL, _("The server cannot be reached. Check the address and your connection to the Internet."),
            error->message);
      return;
    case PL_COUCH_ERROR_TLS:
      fail (self, FIELD_URL, _("The server’s certificate is not trusted, so your password was not sent to it. "
                               "Check the address with the secretariat."), error->message);
      return;
    case PL_COUCH_ERROR_INVALID_URL:
      fail (self, FIELD_URL, _("This is not a server address. It starts with https://, as in the invitation."),
            error->message);
      return;
    case PL_COUCH_ERROR_UNAUTHORIZED:
      if (!logged_in)
        {
          fail (self, FIELD_PASSWORD, _("The user name or the password is wrong."), NULL);
          return;
        }
      if (!account_may_join (pl_couch_client_get_roles (client)))
        {
          fail_not_delegate (self);
          return;
        }
      text = g_strdup_printf (_("This account may not open the session “%s”. Ask the secretariat to give it access."),
                              self->database);
      fail (self, FIELD_USER, text, error->message);
      return;
    case PL_COUCH_ERROR_NOT_FOUND:
      if (!logged_in)
        {
          fail (self, FIELD_URL, _("There is no Plenary server at this address. Check it against the invitation."),
                error->message);
          return;
        }
      text = g_strdup_printf (_("The server has no session “%s”. Check the session’s name in the invitation."),
                              self->database);
      fail (self, FIELD_DATABASE, text, error->message);
      return;
    case PL_COUCH_ERROR_BAD_RESPONSE:
    case PL_COUCH_ERROR_BAD_REQUEST:
      if (!logged_in)
        {
          fail (self, FIELD_URL, _("This address does not answer as a Plenary server does. Check it against the invitation."),
                error->message);
          return;
        }
      fail (self, FIELD_STATUS, _("The server gave an answer Plenary does not understand."), error->message);
      return;
    case PL_COUCH_ERROR_SERVER:
    default:
      fail (self, FIELD_STATUS, _("The server failed. Try again later; if it goes on, tell the secretariat."),
            error->message);
      return;
    }
}

static void
on_probe_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PlJoinDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  PlAccountProbe *probe;
  PlWindow *showing;

  if (!pl_sync_connection_probe_finish (PL_SYNC_CONNECTION (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fail_with_error (self, error);
      return;
    }

  probe = pl_sync_connection_get_probe (self->connection);
  if (!account_may_join ((const char * const *) probe->roles))
    {
      fail_not_delegate (self);
      return;
    }
  if (!probe->has_session)
    {
      g_autofree char *text = g_strdup_printf (_("“%s” on this server is not a Plenary session, or the secretariat "
                                                 "has not shared it yet."), self->database);

      fail (self, FIELD_DATABASE, text, NULL);
      return;
    }

  self->path = pl_sync_connection_dup_copy_path (self->connection);
  showing = window_showing (self->path);
  if (copy_serves (self))
    {
      store_password (self);
      return;
    }
  if (showing != NULL)
    {
      fail (self, FIELD_STATUS, _("This session is open in another window, with another account. "
                                  "Close that window, then join again."), NULL);
      return;
    }

  set_busy (self, _("Downloading the session…"));
  pl_sync_connection_download_async (self->connection, self->cancellable, on_download_cb, g_object_ref (self));
}

static void
on_join_clicked_cb (PlJoinDialog *self)
{
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;
  gboolean missing = FALSE;

  if (self->busy)
    return;

  clear_errors (self);
  g_clear_pointer (&self->server, g_free);
  g_clear_pointer (&self->database, g_free);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->path, g_free);
  forget_password (self);

  url = pl_account_row_text (self->url_row);
  self->database = pl_account_row_text (self->database_row);
  self->user = pl_account_row_text (self->user_row);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->password_row)) != '\0')
    self->password = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->password_row)));

  /* From the last field up, so that the first one missing has the focus. */
  if (self->password == NULL)
    {
      show_error (self, FIELD_PASSWORD, _("Type your password."), NULL);
      missing = TRUE;
    }
  if (self->user == NULL)
    {
      show_error (self, FIELD_USER, _("Type your user name, as in the invitation."), NULL);
      missing = TRUE;
    }
  if (self->database == NULL)
    {
      show_error (self, FIELD_DATABASE, _("Type the session’s name, as in the invitation."), NULL);
      missing = TRUE;
    }
  if (url == NULL)
    {
      show_error (self, FIELD_URL, _("Type the server’s address, as in the invitation, or open the invitation."), NULL);
      missing = TRUE;
    }
  if (missing)
    {
      forget_password (self);
      return;
    }

  /* "plenary.example.org" means its secure address. */
  if (strstr (url, "://") == NULL)
    {
      char *secure = g_strconcat ("https://", url, NULL);

      g_free (url);
      url = secure;
    }
  self->server = g_steal_pointer (&url);
  if (!pl_sync_connection_take_address (&self->server, &self->user, self->user, &error))
    {
      const char *text = g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL) &&
                         strstr (error->message, "password") != NULL
        ? _("Take the password out of the address and type it under Password.")
        : _("This is not a server address. It starts with https://, as in the invitation.");

      fail (self, FIELD_URL, text, NULL);
      return;
    }
  self->connection = pl_sync_connection_new_full (self->server, self->database, self->user, self->password, &error);
  if (self->connection == NULL)
    {
      fail (self, FIELD_URL, _("This is not a server address. It starts with https://, as in the invitation."),
            error->message);
      return;
    }

  set_busy (self, _("Connecting to the server…"));
  pl_sync_connection_probe_async (self->connection, self->cancellable, on_probe_cb, g_object_ref (self));
}

/* GObject */

static gboolean
pl_join_dialog_close_request (GtkWindow *window)
{
  PlJoinDialog *self = PL_JOIN_DIALOG (window);

  /* Closing stops a join under way; nothing was kept yet. */
  g_cancellable_cancel (self->cancellable);
  forget_password (self);

  return GTK_WINDOW_CLASS (pl_join_dialog_parent_class)->close_request (window);
}

static void
pl_join_dialog_dispose (GObject *object)
{
  PlJoinDialog *self = PL_JOIN_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->connection);
  g_clear_object (&self->session);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_JOIN_DIALOG);

  G_OBJECT_CLASS (pl_join_dialog_parent_class)->dispose (object);
}

static void
pl_join_dialog_finalize (GObject *object)
{
  PlJoinDialog *self = PL_JOIN_DIALOG (object);

  forget_password (self);
  g_free (self->server);
  g_free (self->database);
  g_free (self->user);
  g_free (self->path);

  G_OBJECT_CLASS (pl_join_dialog_parent_class)->finalize (object);
}

static void
pl_join_dialog_class_init (PlJoinDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_join_dialog_dispose;
  object_class->finalize = pl_join_dialog_finalize;
  window_class->close_request = pl_join_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-join-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, join_button);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, invitation_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, invitation_button);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, invitation_error);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, url_error);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, database_error);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, user_error);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, password_error);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, status_icons);
  gtk_widget_class_bind_template_child (widget_class, PlJoinDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_join_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_open_invitation_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_join_dialog_init (PlJoinDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();

  /* An invitation replaces the account last used. */
  pl_account_rows_fill_defaults (self->url_row, self->database_row, self->user_row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->invitation_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("No invitation opened"), -1);
}

/**
 * pl_join_dialog_new:
 * @parent: (nullable): the window that asked; it shows the session if it
 *   is still on its start view when the join succeeds
 */
PlJoinDialog *
pl_join_dialog_new (GtkWindow *parent)
{
  return g_object_new (PL_TYPE_JOIN_DIALOG, "transient-for", parent, NULL);
}
