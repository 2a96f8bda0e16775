/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-application.h"
#include "pl-window.h"

/* Issue 3, item 6: every action has a shortcut, listed in the shortcuts
 * window. The application's accelerators and the window's actions are
 * compared with the GtkShortcutsShortcut entries of help-overlay.ui. */

static GHashTable *
listed_actions (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/plenary/Plenary/gtk/help-overlay.ui");
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action = NULL;

        g_object_get (l->data, "action-name", &action, NULL);
        if (action != NULL)
          g_hash_table_add (listed, g_steal_pointer (&action));
      }
  g_slist_free (objects);

  /* The shortcuts window is a toplevel the builder made: destroy it. */
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  return listed;
}

static void
test_every_accelerator_listed (gconstpointer data)
{
  PlApplication *app = (PlApplication *) data;
  g_autoptr(GHashTable) listed = NULL;
  g_auto(GStrv) actions = NULL;

  listed = listed_actions ();
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_assert_cmpuint (g_strv_length (actions), >=, 10);
  for (guint i = 0; actions[i] != NULL; i++)
    if (!g_hash_table_contains (listed, actions[i]))
      g_error ("%s has an accelerator but is not in the shortcuts window", actions[i]);

  /* The other way: what the window lists exists. */
  g_assert_true (g_hash_table_contains (listed, "win.export"));
  g_assert_true (g_hash_table_contains (listed, "win.print"));
  g_assert_true (g_hash_table_contains (listed, "app.help"));
}

/* Each action of the window without a parameter has an accelerator (and
 * so, above, a line in the shortcuts window). */
static void
test_every_window_action_has_accelerator (gconstpointer data)
{
  PlApplication *app = (PlApplication *) data;
  GtkWidgetClass *klass = g_type_class_ref (PL_TYPE_WINDOW);
  const char *name;
  const GVariantType *parameter_type;
  const char *property;
  GType owner;
  guint n = 0;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      g_auto(GStrv) accels = NULL;

      /* win.select-record and win.show-page take a record or a page:
       * they are reached from rows and by Alt+1…9, listed as such. */
      if (parameter_type != NULL || owner != PL_TYPE_WINDOW)
        continue;
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), name);
      if (accels == NULL || accels[0] == NULL)
        g_error ("%s has no accelerator", name);
      n++;
    }
  g_assert_cmpuint (n, >=, 8);
  g_type_class_unref (klass);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PlApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* Registered (which runs startup, where the accelerators are set) but
   * never run: one instance of its own, whatever else is on the bus. */
  app = pl_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  g_test_add_data_func ("/shortcuts/every-accelerator-listed", app, test_every_accelerator_listed);
  g_test_add_data_func ("/shortcuts/every-window-action", app, test_every_window_action_has_accelerator);

  return g_test_run ();
}
