/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pl-join-dialog.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-window.h"

/*
 * Issue 18, joining, at the widget level: what Join a Session does before
 * it talks to any server (an invitation read into the fields, one that
 * cannot be read, a field left empty), and when the window offers
 * Discard This Copy and Download Again. test-e2e-join runs the rest
 * against a real server.
 */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
child (PlJoinDialog *dialog,
       const char   *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), PL_TYPE_JOIN_DIALOG, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

static const char *
text_of (PlJoinDialog *dialog,
         const char   *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, name)));
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* An invitation fills in the address, the session and the user; the
 * password stays to be typed. One that cannot be read is said beside
 * "Open Invitation…" and changes no field. */
static void
test_invitation (void)
{
  g_autofree char *dir = g_dir_make_tmp ("plenary-join-XXXXXX", NULL);
  g_autofree char *good = write_file (dir, "cop10.plenary-invite",
                                      "[Plenary Invitation]\nServer=https://plenary.example.org/\n"
                                      "Database=cop10\nUser=ken\n");
  g_autofree char *bad = write_file (dir, "broken.plenary-invite", "this is no invitation\n");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  PlJoinDialog *dialog = pl_join_dialog_new (NULL);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "password_row")), "typed before");

  pl_join_dialog_open_invitation (dialog, good_file);
  g_assert_cmpstr (text_of (dialog, "url_row"), ==, "https://plenary.example.org/");
  g_assert_cmpstr (text_of (dialog, "database_row"), ==, "cop10");
  g_assert_cmpstr (text_of (dialog, "user_row"), ==, "ken");
  g_assert_cmpstr (text_of (dialog, "password_row"), ==, "");
  g_assert_false (gtk_widget_get_visible (child (dialog, "invitation_error")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (dialog, "invitation_row"))), ==,
                   "Invitation to the session “cop10”");

  pl_join_dialog_open_invitation (dialog, bad_file);
  g_assert_true (gtk_widget_get_visible (child (dialog, "invitation_error")));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (dialog, "invitation_error"))),
                            "broken.plenary-invite"));
  g_assert_cmpstr (text_of (dialog, "url_row"), ==, "https://plenary.example.org/");
  g_assert_cmpstr (text_of (dialog, "user_row"), ==, "ken");

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
  g_assert_finalize_object (dialog);
  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* Join with a field left empty says which, next to it, and goes nowhere
 * (no spinner, the fields still editable); typing in it clears that. */
static void
test_missing_fields (void)
{
  PlJoinDialog *dialog = pl_join_dialog_new (NULL);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "url_row")), "https://plenary.example.org/");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "database_row")), "cop10");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "user_row")), "");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "password_row")), "");

  g_signal_emit_by_name (child (dialog, "join_button"), "clicked");
  g_assert_true (gtk_widget_get_visible (child (dialog, "password_error")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "user_error")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "url_error")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "database_error")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "status_group")));
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "form_box")));
  g_assert_true (gtk_widget_has_css_class (child (dialog, "user_row"), "error"));

  gtk_editable_set_text (GTK_EDITABLE (child (dialog, "user_row")), "ken");
  g_assert_false (gtk_widget_get_visible (child (dialog, "user_error")));
  g_assert_false (gtk_widget_has_css_class (child (dialog, "user_row"), "error"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
  g_assert_finalize_object (dialog);
}

/* Whether the window's action @name is enabled: GTK 4.8 has no getter
 * for a widget class's actions, so a button bound to it, in the window,
 * says (an action helper follows the action's state). */
static gboolean
action_enabled (PlWindow   *window,
                const char *name)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), PL_TYPE_WINDOW, "main_stack"));
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
  gtk_stack_add_child (stack, button);
  spin (20);
  enabled = gtk_widget_get_sensitive (button);
  gtk_stack_remove (stack, button);
  return enabled;
}

/* Discard This Copy and Download Again is offered for a copy of a
 * server's session kept in a file, not for a session of this computer
 * only, nor for one never saved. */
static void
test_redownload_offered (void)
{
  g_autofree char *dir = g_dir_make_tmp ("plenary-join-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "copy.plenary", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  PlSession *local = pl_samples_load (&error);
  PlSession *copy = pl_samples_load (&error);
  PlWindow *start, *plain, *synced;

  g_assert_no_error (error);
  json_parser_load_from_data (parser,
    "{\"server\": \"http://127.0.0.1:9/\", \"database\": \"cop10\", \"user\": \"ken\","
    " \"last_seq\": null, \"records\": {}, \"conflicts\": [],"
    " \"roles\": [\"delegate\", \"delegation:KEN\"]}", -1, &error);
  g_assert_no_error (error);
  pl_session_set_sync_state (copy, json_node_get_object (json_parser_get_root (parser)));
  g_assert_true (pl_session_file_save (copy, path, &error));
  g_setenv ("PLENARY_PASSWORD", "ken-pw", TRUE);

  start = g_object_ref (pl_window_new (NULL));
  plain = g_object_ref (pl_window_new (NULL));
  synced = g_object_ref (pl_window_new (NULL));
  pl_window_set_session (plain, local, NULL);
  pl_window_set_session (synced, copy, path);
  g_assert_false (action_enabled (start, "win.redownload"));
  g_assert_false (action_enabled (plain, "win.redownload"));
  g_assert_true (action_enabled (synced, "win.redownload"));

  gtk_window_destroy (GTK_WINDOW (start));
  gtk_window_destroy (GTK_WINDOW (plain));
  gtk_window_destroy (GTK_WINDOW (synced));
  spin (100);
  g_unsetenv ("PLENARY_PASSWORD");
  g_assert_finalize_object (start);
  g_assert_finalize_object (plain);
  g_assert_finalize_object (synced);
  g_assert_finalize_object (local);
  g_assert_finalize_object (copy);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/join/invitation", test_invitation);
  g_test_add_func ("/join/missing-fields", test_missing_fields);
  g_test_add_func ("/join/redownload-offered", test_redownload_offered);

  return g_test_run ();
}
