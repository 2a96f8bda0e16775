/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-application.h"
#include "pl-window.h"

/* Issue 3, item 6: every action has a shortcut, listed in the shortcuts
 * window. The application's accelerators and the window's actions are
 * compared with the GtkShortcutsShortcut entries of pl-shortcuts-window.ui. */

/* "<ctrl>e" and "<Control>e" alike: keyval and modifiers. */
static char *
normalize_accel (const char *accel)
{
  guint key = 0;
  GdkModifierType mods = 0;

  if (accel == NULL || !gtk_accelerator_parse (accel, &key, &mods))
    return NULL;
  return gtk_accelerator_name (key, mods);
}

static GHashTable *listed_accels;

static GHashTable *
listed_actions (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/plenary/Plenary/pl-shortcuts-window.ui");
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action = NULL;

        g_autofree char *accel = NULL;
        char *normal;

        g_object_get (l->data, "action-name", &action, "accelerator", &accel, NULL);
        if (action != NULL)
          g_hash_table_add (listed, g_steal_pointer (&action));
        if ((normal = normalize_accel (accel)) != NULL)
          g_hash_table_add (listed_accels, normal);
      }
  g_slist_free (objects);

  /* The shortcuts window is a toplevel the builder made: destroy it. */
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window")));

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
  g_assert_true (g_hash_table_contains (listed, "win.print"));
  g_assert_true (g_hash_table_contains (listed, "app.help"));
}

/* The window's own key bindings: action name -> accelerator. */
static GHashTable *
window_bindings (GtkWidget *window)
{
  GHashTable *bindings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *trigger = NULL;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_hash_table_replace (bindings, g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))),
                                normalize_accel (trigger));
        }
    }

  return bindings;
}

/* Each action of the window without a parameter has an accelerator of the
 * application (and so, above, a line in the shortcuts window), or a key
 * binding of the window that the shortcuts window lists. */
static void
test_every_window_action_has_accelerator (gconstpointer data)
{
  PlApplication *app = (PlApplication *) data;
  GtkWidgetClass *klass = g_type_class_ref (PL_TYPE_WINDOW);
  GtkWidget *window = GTK_WIDGET (pl_window_new (app));
  g_autoptr(GHashTable) bindings = window_bindings (window);
  g_autoptr(GHashTable) listed = listed_actions ();
  const char *name;
  const GVariantType *parameter_type;
  const char *property;
  GType owner;
  guint n = 0;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      g_auto(GStrv) accels = NULL;
      const char *binding;

      /* win.select-record and win.show-page take a record or a page:
       * they are reached from rows and by Alt+1…9, listed as such. */
      if (parameter_type != NULL || owner != PL_TYPE_WINDOW)
        continue;
      n++;
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), name);
      if (accels != NULL && accels[0] != NULL)
        continue;
      binding = g_hash_table_lookup (bindings, name);
      if (binding == NULL)
        g_error ("%s has no accelerator", name);
      if (!g_hash_table_contains (listed_accels, binding))
        g_error ("%s (%s) is not in the shortcuts window", name, binding);
    }
  g_assert_cmpuint (n, >=, 8);
  g_assert_nonnull (g_hash_table_lookup (bindings, "win.export"));

  gtk_window_destroy (GTK_WINDOW (window));
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
  listed_accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
