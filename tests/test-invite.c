/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-invite.h"
#include "pl-test-support.h"

/* Issue 18: the invitation file a delegate opens with Plenary. */

static GFile *
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

/* Written and read back, the same three values; never a password. */
static void
test_round_trip (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "aut.plenary-invite", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlInvite) invite = pl_invite_new ("https://couch.example.org:6984/", "cop10", "aut-1", &error);
  g_autoptr(PlInvite) read = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (pl_invite_save (invite, file, &error));
  g_assert_no_error (error);
  read = pl_invite_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_invite_get_server (read), ==, "https://couch.example.org:6984/");
  g_assert_cmpstr (pl_invite_get_database (read), ==, "cop10");
  g_assert_cmpstr (pl_invite_get_user (read), ==, "aut-1");

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "[Plenary Invitation]\nServer=https://couch.example.org:6984/\n"
                                  "Database=cop10\nUser=aut-1\n"));

  /* Values are checked on construction too. */
  g_assert_null (pl_invite_new ("https://u:pw@host/", "cop10", "aut", &error));
  g_assert_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (pl_invite_new ("https://host/", "_users", "aut", &error));
  g_assert_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID);
}

typedef struct
{
  const char *name;
  const char *text;
  const char *expected[3];  /* substrings of the message, besides the file's name */
} Malformed;

static const Malformed malformed[] = {
  { "empty", "", { "no [Plenary Invitation] group" } },
  { "other-group", "[Desktop Entry]\nName=x\n", { "no [Plenary Invitation] group" } },
  { "not-key-file", "Server=https://host/\n", { "not an invitation" } },
  { "no-database", "[Plenary Invitation]\nServer=https://host/\nUser=aut\n", { "“Database”", "[Plenary Invitation]" } },
  { "no-user", "[Plenary Invitation]\nServer=https://host/\nDatabase=cop\n", { "“User”" } },
  { "bad-server", "[Plenary Invitation]\nServer=ftp://host/\nDatabase=cop\nUser=aut\n",
    { "Server:", "ftp://host/", "not a server address" } },
  { "password", "[Plenary Invitation]\nServer=https://aut:secret@host/\nDatabase=cop\nUser=aut\n",
    { "Server:", "password" } },
  { "bad-database", "[Plenary Invitation]\nServer=https://host/\nDatabase=COP 10\nUser=aut\n",
    { "Database:", "COP 10" } },
  { "empty-user", "[Plenary Invitation]\nServer=https://host/\nDatabase=cop\nUser=\n", { "User:" } },
};

/* A malformed invitation: a clear error naming the file and the key, no
 * invitation. */
static void
test_malformed (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      const Malformed *m = &malformed[i];
      g_autofree char *name = g_strconcat (m->name, ".plenary-invite", NULL);
      g_autoptr(GFile) file = write_file (dir, name, m->text);
      g_autofree char *shown = g_file_get_parse_name (file);
      g_autoptr(GError) error = NULL;
      g_autoptr(PlInvite) invite = pl_invite_load (file, &error);

      g_test_message ("%s: %s", m->name, error != NULL ? error->message : "(no error)");
      g_assert_null (invite);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, shown));
      for (guint k = 0; k < G_N_ELEMENTS (m->expected) && m->expected[k] != NULL; k++)
        g_assert_nonnull (strstr (error->message, m->expected[k]));
      g_assert_null (strstr (error->message, "secret"));
    }

  /* A file that is not there. */
  {
    g_autofree char *path = g_build_filename (dir, "gone.plenary-invite", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;

    g_assert_null (pl_invite_load (file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_true (g_str_has_prefix (error->message, path));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/invite/round-trip", test_round_trip);
  g_test_add_func ("/invite/malformed", test_malformed);

  return g_test_run ();
}
