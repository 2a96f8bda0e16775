/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-account-rows.h"
#include "pl-couch-client.h"
#include "pl-preferences-window.h"
#include "pl-sync-account.h"
#include "pl-sync-connection.h"
#include "pl-window.h"

/**
 * PlPreferencesWindow:
 *
 * The server account (DESIGN.md, "Accounts"): address, database and user
 * name go to GSettings as they are typed; the password goes to the keyring
 * through #PlSyncAccount when it is tested or the window closes, and is
 * never written to a file. "Test Connection" logs in, reads the user's
 * roles and looks at the database, and says plainly what it found.
 */

struct _PlPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GCancellable         *cancellable;
  gboolean              loading;
  gboolean              password_dirty;

  /* template children */
  AdwEntryRow          *url_row;
  AdwEntryRow          *database_row;
  AdwEntryRow          *user_row;
  AdwEntryRow          *password_row;
  AdwActionRow         *status_row;
  GtkImage             *status_icon;
  GtkSpinner           *spinner;
  GtkWidget            *test_button;
};

G_DEFINE_FINAL_TYPE (PlPreferencesWindow, pl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

typedef enum {
  STATUS_IDLE,
  STATUS_BUSY,
  STATUS_OK,
  STATUS_ERROR,
} Status;

static gboolean
row_text_is_empty (AdwEntryRow *row)
{
  g_autofree char *text = pl_account_row_text (row);

  return text == NULL;
}

static void
set_status (PlPreferencesWindow *self,
            Status               status,
            const char          *text)
{
  static const char *icons[] = {
    "network-server-symbolic",
    "network-server-symbolic",
    "emblem-ok-symbolic",
    "dialog-warning-symbolic",
  };

  adw_action_row_set_subtitle (self->status_row, text);
  gtk_image_set_from_icon_name (self->status_icon, icons[status]);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), status == STATUS_BUSY);
  gtk_spinner_set_spinning (self->spinner, status == STATUS_BUSY);
  gtk_widget_set_sensitive (self->test_button, status != STATUS_BUSY);

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  if (status == STATUS_OK)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
  else if (status == STATUS_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");

  /* A screen reader hears the result without hunting for it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* An address typed with its user name and password in it
 * (https://staff:pw@host/): the settings get the address without them,
 * and the user name unless one is typed in its own row. */
static void
on_account_changed_cb (PlPreferencesWindow *self)
{
  g_autofree char *url = NULL, *database = NULL, *user = NULL;
  g_autofree char *canonical = NULL, *url_user = NULL, *url_password = NULL;

  if (self->loading)
    return;

  url = pl_account_row_text (self->url_row);
  database = pl_account_row_text (self->database_row);
  user = pl_account_row_text (self->user_row);
  if (url != NULL && pl_couch_url_parse (url, &canonical, &url_user, &url_password, NULL) &&
      (url_user != NULL || url_password != NULL))
    {
      g_free (url);
      url = g_steal_pointer (&canonical);
      if (user == NULL)
        user = g_steal_pointer (&url_user);
    }
  if (url_password != NULL)
    memset (url_password, 0, strlen (url_password));
  pl_sync_account_set_defaults (url, database, user);
  set_status (self, STATUS_IDLE, _("Not tested yet"));
}

/* Before the account is used or the window closes: a user name and
 * password typed into the address move to their own rows, and so the
 * password to the keyring, never to the settings. */
static void
take_credentials_from_address (PlPreferencesWindow *self)
{
  g_autofree char *url = pl_account_row_text (self->url_row);
  g_autofree char *canonical = NULL, *user = NULL, *password = NULL;

  if (url == NULL || !pl_couch_url_parse (url, &canonical, &user, &password, NULL) ||
      (user == NULL && password == NULL))
    return;

  if (user != NULL && row_text_is_empty (self->user_row))
    gtk_editable_set_text (GTK_EDITABLE (self->user_row), user);
  if (password != NULL && *password != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), canonical);
  if (password != NULL)
    memset (password, 0, strlen (password));
}

static void
on_password_changed_cb (PlPreferencesWindow *self)
{
  if (self->loading)
    return;

  self->password_dirty = TRUE;
  set_status (self, STATUS_IDLE, _("Not tested yet"));
}

/* The account whose password is being stored, as it was then (the
 * window may be closed, its rows gone, by the time the keyring answers). */
typedef struct
{
  PlPreferencesWindow *self;
  char                *url;
  char                *database;
  char                *user;
} StoreData;

static void
store_data_free (StoreData *data)
{
  g_object_unref (data->self);
  g_free (data->url);
  g_free (data->database);
  g_free (data->user);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoreData, store_data_free)

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(StoreData) data = user_data;
  PlPreferencesWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  GApplication *app = g_application_get_default ();

  if (pl_sync_account_store_password_finish (result, &error))
    {
      /* A file bound to this account, opened before its password was
       * here, starts syncing now (issue 16, point 6). */
      if (GTK_IS_APPLICATION (app) && data->database != NULL)
        for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
          if (PL_IS_WINDOW (l->data))
            pl_window_account_saved (l->data, data->url, data->database, data->user);
    }
  else
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The connection may still be tested with the typed password; only
       * keeping it failed, and the user must know. */
      self->password_dirty = TRUE;
      text = g_strdup_printf (_("The password could not be stored in the keyring: %s"), error->message);
      set_status (self, STATUS_ERROR, text);
    }
}

static void
store_password (PlPreferencesWindow *self)
{
  g_autofree char *url = pl_account_row_text (self->url_row);
  g_autofree char *user = pl_account_row_text (self->user_row);
  g_autofree char *database = pl_account_row_text (self->database_row);
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  g_autoptr(PlCouchClient) client = NULL;
  StoreData *data;

  if (!self->password_dirty || url == NULL || user == NULL || *password == '\0')
    return;

  /* Keyed by the server's canonical address, as the sync engine looks
   * it up. */
  client = pl_couch_client_new (url, database ? database : "-", NULL);
  if (client == NULL)
    return;

  self->password_dirty = FALSE;
  data = g_new0 (StoreData, 1);
  data->self = g_object_ref (self);
  data->url = g_strdup (pl_couch_client_get_server_url (client));
  data->database = g_strdup (database);
  data->user = g_strdup (user);
  pl_sync_account_store_password_async (pl_couch_client_get_server_url (client), user, password,
                                        NULL, on_password_stored_cb, data);
}

static void
on_probe_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PlPreferencesWindow) self = user_data;
  PlAccountProbe *probe;
  g_autoptr(GError) error = NULL;
  g_autofree char *roles = NULL;
  g_autofree char *text = NULL;
  GString *what;

  if (!pl_sync_connection_probe_finish (PL_SYNC_CONNECTION (source), result, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Could not connect: %s"), error->message);
      set_status (self, STATUS_ERROR, message);
      return;
    }

  probe = pl_sync_connection_get_probe (PL_SYNC_CONNECTION (source));
  roles = probe->roles && probe->roles[0] ? g_strjoinv (", ", probe->roles) : g_strdup (_("no role"));
  what = g_string_new (NULL);
  if (probe->user != NULL)
    /* Translators: the first %s is a user name, the second a list of roles */
    g_string_append_printf (what, _("Connected as %s (%s)."), probe->user, roles);
  else
    g_string_append (what, _("Connected without a user name."));
  g_string_append_c (what, ' ');
  if (probe->has_session)
    g_string_append (what, _("The database holds a session: “Connect Session to Server” opens it."));
  else
    g_string_append (what, _("The database holds no session yet: “Connect Session to Server” uploads the open one."));
  if (probe->read_only)
    {
      g_string_append_c (what, ' ');
      g_string_append (what, _("A delegate’s account: sessions are read-only, with requests to speak."));
    }
  text = g_string_free (what, FALSE);
  set_status (self, STATUS_OK, text);
}

static void
on_test_clicked_cb (PlPreferencesWindow *self)
{
  g_autofree char *url = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  g_autoptr(PlSyncConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  take_credentials_from_address (self);
  url = pl_account_row_text (self->url_row);
  database = pl_account_row_text (self->database_row);
  user = pl_account_row_text (self->user_row);

  if (url == NULL || database == NULL)
    {
      set_status (self, STATUS_ERROR, _("Give the server’s address and the database first"));
      return;
    }

  if (user != NULL)
    {
      const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

      if (*typed != '\0')
        password = g_strdup (typed);
    }
  connection = pl_sync_connection_new_full (url, database, user, password, &error);
  if (connection == NULL)
    {
      set_status (self, STATUS_ERROR, error->message);
      return;
    }

  store_password (self);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_status (self, STATUS_BUSY, _("Connecting…"));
  pl_sync_connection_probe_async (connection, self->cancellable, on_probe_cb, g_object_ref (self));
}

static gboolean
pl_preferences_window_close_request (GtkWindow *window)
{
  take_credentials_from_address (PL_PREFERENCES_WINDOW (window));
  store_password (PL_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (pl_preferences_window_parent_class)->close_request (window);
}

static void
pl_preferences_window_dispose (GObject *object)
{
  PlPreferencesWindow *self = PL_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (pl_preferences_window_parent_class)->dispose (object);
}

static void
pl_preferences_window_class_init (PlPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_preferences_window_dispose;
  window_class->close_request = pl_preferences_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, user_row);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, password_row);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, status_row);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlPreferencesWindow, test_button);
  gtk_widget_class_bind_template_callback (widget_class, on_account_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_preferences_window_init (PlPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->loading = TRUE;
  pl_account_rows_fill_defaults (self->url_row, self->database_row, self->user_row);
  self->loading = FALSE;
}

GtkWidget *
pl_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
