/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-sync-account.h"

/*
 * The sync account: settings in GSettings (the memory backend here), the
 * password in a real gnome-keyring through libsecret (run by
 * run-with-keyring.sh in a D-Bus session of its own), PLENARY_PASSWORD
 * before the keyring for scripts.
 */

static void
on_stored_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static void
test_password_in_keyring (void)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *other = NULL;
  g_autofree char *from_env = NULL;

  g_unsetenv ("PLENARY_PASSWORD");

  pl_sync_account_store_password_async ("https://couch.example.org/", "clerk", "s3cret-pw",
                                        NULL, on_stored_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pl_sync_account_store_password_finish (result, &error));
  g_assert_no_error (error);

  found = pl_sync_account_lookup_password ("https://couch.example.org/", "clerk", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, "s3cret-pw");

  /* Another user on that server has none: a clear error, no guess. */
  other = pl_sync_account_lookup_password ("https://couch.example.org/", "someone-else", NULL, &error);
  g_assert_null (other);
  g_assert_error (error, PL_SYNC_ERROR, PL_SYNC_ERROR_NO_PASSWORD);
  g_assert_nonnull (strstr (error->message, "someone-else"));
  g_assert_nonnull (strstr (error->message, "PLENARY_PASSWORD"));
  g_clear_error (&error);

  /* Scripts: the environment first. */
  g_setenv ("PLENARY_PASSWORD", "from-the-environment", TRUE);
  from_env = pl_sync_account_lookup_password ("https://couch.example.org/", "clerk", NULL, &error);
  g_assert_cmpstr (from_env, ==, "from-the-environment");
  g_unsetenv ("PLENARY_PASSWORD");
}

static void
test_account_settings (void)
{
  g_autofree char *server = NULL, *database = NULL, *user = NULL;

  g_assert_true (pl_sync_account_get_defaults (&server, &database, &user));
  g_assert_null (server);
  g_assert_null (database);
  g_assert_null (user);

  g_assert_true (pl_sync_account_set_defaults ("https://couch.example.org/", "cop-10", "clerk"));
  g_assert_true (pl_sync_account_get_defaults (&server, &database, &user));
  g_assert_cmpstr (server, ==, "https://couch.example.org/");
  g_assert_cmpstr (database, ==, "cop-10");
  g_assert_cmpstr (user, ==, "clerk");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sync-account/password-in-keyring", test_password_in_keyring);
  g_test_add_func ("/sync-account/settings", test_account_settings);

  return g_test_run ();
}
