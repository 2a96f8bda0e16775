/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pl-accessible.h"

/*
 * Names for the parts GTK builds inside its own controls and leaves
 * unnamed, which a screen reader then announces by their class (issue 22,
 * point 11): a GtkDropDown's button was read as "GtkToggleButton". The
 * drop-down's own accessible label cannot be read back in GTK 4.8, so its
 * button takes the drop-down's tooltip, which says what opening it is for
 * ("Show one category of delegation"); one without a tooltip, in a row
 * of a dialog, takes the row's title ("Rank"). Any other is left as it is
 * (tests/e2e/test-e2e-accessibility.py then says so). The list in which
 * an AdwPreferencesGroup or an AdwExpanderRow keeps its rows, likewise
 * "GtkListBox", takes the group's or the row's title.
 *
 * Done once a drop-down is realized, from an emission hook, so that every
 * drop-down of every window is covered without each page remembering to.
 */

static GtkWidget *
find_toggle_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TOGGLE_BUTTON (child))
        return child;
      if ((found = find_toggle_button (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The first button shown under @widget (an entry row's own apply button
 * is hidden unless asked for). */
static GtkWidget *
find_shown_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_BUTTON (child))
        return child;
      if ((found = find_shown_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_list_box (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX (child))
        return child;
      if ((found = find_list_box (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The list an AdwPreferencesGroup keeps its rows in: the group's title. */
static void
name_inner_list (GtkWidget  *widget,
                 const char *title)
{
  GtkWidget *list = find_list_box (widget);

  if (list != NULL && title != NULL && *title != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

/* An AdwExpanderRow has two: its own header's and its nested rows'; both
 * take the row's title. Its nested rows are rows, not lists. */
static void
name_all_lists (GtkWidget  *widget,
                const char *title)
{
  if (title == NULL || *title == '\0')
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      name_all_lists (child, title);
    }
}

/* "_Drawn by Lot" as a screen reader should say it: a title's mnemonic
 * underscore is not read ("__" is one underscore). */
static char *
without_mnemonic (const char *title)
{
  GString *out = g_string_sized_new (strlen (title));

  for (const char *p = title; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
on_realize_hook (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);
  g_autofree char *tooltip = NULL;
  GtkWidget *button;

  if (ADW_IS_PREFERENCES_GROUP (object))
    name_inner_list (GTK_WIDGET (object), adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (object)));
  else if (ADW_IS_EXPANDER_ROW (object))
    name_all_lists (GTK_WIDGET (object), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (object)));
  /* An AdwPasswordEntryRow's button that shows what was typed: an icon,
   * read as "GtkImage" (libadwaita 1.2). */
  if (ADW_IS_PASSWORD_ENTRY_ROW (object) && (button = find_shown_button (GTK_WIDGET (object))) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the Password"), -1);
  if (!GTK_IS_DROP_DOWN (object))
    return TRUE;
  tooltip = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (object)));
  if (tooltip == NULL)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (object), ADW_TYPE_PREFERENCES_ROW);

      if (row != NULL && adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) != NULL)
        tooltip = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row))
                  ? without_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)))
                  : g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }
  button = find_toggle_button (GTK_WIDGET (object));
  if (tooltip != NULL && button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return TRUE;   /* stays installed */
}

/**
 * pl_accessible_name_parts_install:
 *
 * Names the unnamed parts of GTK's controls from now on; call once, at
 * the application's start-up.
 */
void
pl_accessible_name_parts_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* The class holds its signals: it must exist before the lookup
       * (and lives on, as every widget class does). */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0, on_realize_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
