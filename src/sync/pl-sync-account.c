/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "pl-sync-account.h"

/*
 * The sync account (DESIGN.md, "Accounts"): the server URL, database and
 * user name are settings (GSettings, io.github.plenary.Plenary.Sync); the
 * password lives in the keyring through libsecret and is never written
 * to a file. PLENARY_PASSWORD stands in for the keyring in scripts and
 * tests, which have none.
 */

static const SecretSchema *
password_schema (void)
{
  static const SecretSchema schema = {
    "io.github.plenary.Plenary.Sync.Password", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
    0, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  };

  return &schema;
}

static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* The CLI runs uninstalled too, where the schema is not compiled:
   * then there are no defaults, which is not an error. */
  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, PL_SYNC_SETTINGS_SCHEMA, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static char *
non_empty (char *value)
{
  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

/**
 * pl_sync_account_get_defaults:
 * @server_url: (out) (optional) (nullable): the account's server
 * @database: (out) (optional) (nullable): its database
 * @user: (out) (optional) (nullable): its user name
 *
 * Returns: whether the settings schema is installed
 */
gboolean
pl_sync_account_get_defaults (char **server_url,
                              char **database,
                              char **user)
{
  g_autoptr(GSettings) settings = open_settings ();

  if (server_url != NULL)
    *server_url = settings ? non_empty (g_settings_get_string (settings, "server-url")) : NULL;
  if (database != NULL)
    *database = settings ? non_empty (g_settings_get_string (settings, "database")) : NULL;
  if (user != NULL)
    *user = settings ? non_empty (g_settings_get_string (settings, "user")) : NULL;

  return settings != NULL;
}

/**
 * pl_sync_account_set_defaults:
 *
 * Returns: whether the settings schema is installed (and so the values
 *   were stored)
 */
gboolean
pl_sync_account_set_defaults (const char *server_url,
                              const char *database,
                              const char *user)
{
  g_autoptr(GSettings) settings = open_settings ();

  if (settings == NULL)
    return FALSE;

  g_settings_delay (settings);
  g_settings_set_string (settings, "server-url", server_url ? server_url : "");
  g_settings_set_string (settings, "database", database ? database : "");
  g_settings_set_string (settings, "user", user ? user : "");
  g_settings_apply (settings);
  return TRUE;
}

/**
 * pl_sync_account_lookup_password:
 *
 * Returns: (transfer full) (nullable): the password from
 *   `PLENARY_PASSWORD`, or else from the keyring; %NULL with @error when
 *   neither has one
 */
char *
pl_sync_account_lookup_password (const char    *server_url,
                                 const char    *user,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *env = g_getenv ("PLENARY_PASSWORD");
  char *secret;

  g_return_val_if_fail (server_url != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);

  if (env != NULL)
    return g_strdup (env);

  secret = secret_password_lookup_sync (password_schema (), cancellable, &local_error,
                                        "server", server_url, "user", user, NULL);
  if (secret != NULL)
    {
      char *copy = g_strdup (secret);

      secret_password_free (secret);
      return copy;
    }

  if (local_error != NULL)
    g_set_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_NO_PASSWORD,
                 _("no password for “%s” on %s: the keyring cannot be read (%s); "
                   "set PLENARY_PASSWORD or store the password in Plenary’s Preferences"),
                 user, server_url, local_error->message);
  else
    g_set_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_NO_PASSWORD,
                 _("no password for “%s” on %s in the keyring; "
                   "set PLENARY_PASSWORD or store the password in Plenary’s Preferences"),
                 user, server_url);
  return NULL;
}

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * pl_sync_account_store_password_async:
 *
 * Stores the password in the default keyring collection, labelled with
 * the server and user, for pl_sync_account_lookup_password().
 */
void
pl_sync_account_store_password_async (const char          *server_url,
                                      const char          *user,
                                      const char          *password,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *label = NULL;

  g_task_set_source_tag (task, pl_sync_account_store_password_async);
  /* Translators: a keyring item's label: user name, server */
  label = g_strdup_printf (_("Plenary: %s on %s"), user, server_url);
  secret_password_store (password_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                         cancellable, on_password_stored_cb, g_steal_pointer (&task),
                         "server", server_url, "user", user, NULL);
}

gboolean
pl_sync_account_store_password_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pl_sync_account_lookup_new_password:
 * @server_url: the server
 * @user: the account being made (`plenary-cli server-user`)
 *
 * The password for an account being created: not the caller's, so
 * `PLENARY_PASSWORD` (the admin's) does not stand in for it.
 *
 * Returns: (transfer full) (nullable): the password from
 *   `PLENARY_NEW_PASSWORD`, or else from the keyring (for @server_url and
 *   @user); %NULL with @error when neither has one
 */
char *
pl_sync_account_lookup_new_password (const char    *server_url,
                                     const char    *user,
                                     GCancellable  *cancellable,
                                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *env = g_getenv ("PLENARY_NEW_PASSWORD");
  char *secret;

  g_return_val_if_fail (server_url != NULL, NULL);
  g_return_val_if_fail (user != NULL, NULL);

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  secret = secret_password_lookup_sync (password_schema (), cancellable, &local_error,
                                        "server", server_url, "user", user, NULL);
  if (secret != NULL)
    {
      char *copy = g_strdup (secret);

      secret_password_free (secret);
      return copy;
    }
  g_set_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_NO_PASSWORD,
               _("no password for the new user “%s” on %s: set PLENARY_NEW_PASSWORD, "
                 "or store it in the keyring for that server and user%s%s%s"),
               user, server_url,
               local_error != NULL ? " (" : "", local_error != NULL ? local_error->message : "",
               local_error != NULL ? ")" : "");
  return NULL;
}
