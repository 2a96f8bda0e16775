/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-couch-client.h"
#include "pl-sync-account.h"
#include "pl-sync-setup.h"

/*
 * `plenary-cli server-user URL DATABASE NAME --role secretariat|delegate
 * [--delegation ISO3] --user ADMIN`: an account on the server, with the
 * roles the rules of data/couchdb/ know (DESIGN.md, "Roles, enforced by
 * the server"), so that nobody has to PUT into `_users` by hand. The new
 * user's password comes from PLENARY_NEW_PASSWORD or the keyring, the
 * admin's from the keyring or PLENARY_PASSWORD; neither is ever printed.
 */

/* Three capital letters, as the delegations' IDs have them
 * (`delegation:FRA`): the role must match the ID exactly. */
static gboolean
is_iso3 (const char *code)
{
  if (strlen (code) != 3)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;
  return TRUE;
}

int
pl_cli_server_user (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("URL DATABASE NAME — create or update a user of a session’s server"));
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) roles = NULL;
  g_auto(GStrv) done = NULL;
  g_autofree char *user = NULL, *password = NULL, *new_password = NULL;
  g_autofree char *role = NULL, *delegation = NULL;
  PlCliWait wait = { NULL, NULL };
  const GOptionEntry entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("The user’s role: secretariat or delegate"), N_("ROLE") },
    { "delegation", 0, 0, G_OPTION_ARG_STRING, &delegation,
      N_("A delegate’s delegation, by its ISO 3166 code (FRA)"), N_("ISO3") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user,
      N_("A server admin’s user name (password from the keyring or PLENARY_PASSWORD)"), N_("ADMIN") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The new user’s password comes from PLENARY_NEW_PASSWORD, else from the keyring "
      "(stored for that server and user). Running it again with the same role and password "
      "changes nothing."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 4)
    return pl_cli_usage_error (context, _("server-user: give the server URL, the database and the new user’s name"));
  if (user == NULL)
    return pl_cli_usage_error (context, _("server-user: give a server admin with --user"));
  if (role == NULL)
    return pl_cli_usage_error (context, _("server-user: give the user’s role with --role secretariat or --role delegate"));

  if (g_str_equal (role, "secretariat"))
    {
      if (delegation != NULL)
        return pl_cli_usage_error (context, _("server-user: --delegation is for a delegate, not for the secretariat"));
      g_strv_builder_add (builder, "secretariat");
    }
  else if (g_str_equal (role, "delegate"))
    {
      g_autofree char *delegation_role = NULL;

      if (delegation == NULL)
        return pl_cli_usage_error (context, _("server-user: a delegate needs --delegation ISO3 (e.g. --delegation FRA)"));
      if (!is_iso3 (delegation))
        {
          g_autofree char *message = g_strdup_printf (_("server-user: --delegation “%s” is not an ISO 3166 code "
                                                        "of three capital letters (e.g. FRA)"), delegation);

          return pl_cli_usage_error (context, message);
        }
      delegation_role = g_strconcat ("delegation:", delegation, NULL);
      g_strv_builder_add (builder, "delegate");
      g_strv_builder_add (builder, delegation_role);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("server-user: unknown role “%s”: give secretariat or delegate"),
                                                  role);

      return pl_cli_usage_error (context, message);
    }
  roles = g_strv_builder_end (builder);

  client = pl_couch_client_new (argv[1], argv[2], &error);
  if (client == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  password = pl_sync_account_lookup_password (pl_couch_client_get_server_url (client), user, NULL, &error);
  if (password == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  new_password = pl_sync_account_lookup_new_password (pl_couch_client_get_server_url (client), argv[3], NULL, &error);
  if (new_password == NULL)
    {
      g_printerr ("plenary-cli: server-user: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  pl_couch_client_set_credentials (client, user, password);

  pl_sync_setup_user_async (client, argv[3], new_password, (const char * const *) roles, NULL,
                            pl_cli_wait_done_cb, &wait);
  done = pl_sync_setup_user_finish (client, pl_cli_wait_for (&wait), &error);
  g_clear_object (&wait.result);

  if (done == NULL)
    {
      g_printerr (_("plenary-cli: server-user: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }
  for (guint i = 0; done[i] != NULL; i++)
    g_print ("%s %s: %s\n", pl_couch_client_get_server_url (client), argv[2], done[i]);

  return EXIT_OK;
}
