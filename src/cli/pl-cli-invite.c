/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-couch-client.h"
#include "pl-invite.h"

/*
 * `plenary-cli invite URL DATABASE NAME -o FILE.plenary-invite`: the
 * invitation a secretariat sends a delegate (issue 18), which Plenary
 * opens to fill in the address, database and user name of "Join a
 * Session". The address is written as Plenary keeps it (the keyring
 * finds the password under that form). Nothing is contacted: the file can
 * be made before the account exists.
 */

int
pl_cli_invite (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("URL DATABASE NAME -o FILE.plenary-invite — make an invitation to join a session"));
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlInvite) invite = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The invitation to write, ending in .plenary-invite"), N_("FILE") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("The invitation holds the server address, the session’s database and the user name, never a "
      "password: send the password another way. Plenary opens the file to join the session."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 4)
    return pl_cli_usage_error (context, _("invite: give the server URL, the database and the delegate’s user name"));
  if (output == NULL)
    return pl_cli_usage_error (context, _("invite: give the file to write with -o FILE.plenary-invite"));
  if (!g_str_has_suffix (output, PL_INVITE_SUFFIX) || g_str_equal (output, PL_INVITE_SUFFIX))
    {
      g_autofree char *message = g_strdup_printf (_("invite: the file “%s” must end in %s, so that Plenary opens it"),
                                                  output, PL_INVITE_SUFFIX);

      return pl_cli_usage_error (context, message);
    }

  /* The values as given (a password in the address is refused, not
   * dropped), then the address in the form the client and the keyring
   * use. */
  invite = pl_invite_new (argv[1], argv[2], argv[3], &error);
  if (invite == NULL)
    {
      g_printerr (_("plenary-cli: invite: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }
  g_clear_object (&invite);
  client = pl_couch_client_new (argv[1], argv[2], &error);
  if (client == NULL)
    {
      g_printerr (_("plenary-cli: invite: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }
  invite = pl_invite_new (pl_couch_client_get_server_url (client), argv[2], argv[3], &error);
  if (invite == NULL)
    {
      g_printerr (_("plenary-cli: invite: %s\n"), error->message);
      return EXIT_BAD_INPUT;
    }

  file = g_file_new_for_commandline_arg (output);
  if (!pl_invite_save (invite, file, &error))
    {
      g_printerr (_("plenary-cli: invite: cannot write %s: %s\n"), output, error->message);
      return EXIT_BAD_INPUT;
    }
  g_print (_("%s: invitation for %s to %s on %s\n"), output, pl_invite_get_user (invite),
           pl_invite_get_database (invite), pl_invite_get_server (invite));
  return EXIT_OK;
}
