/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-test-ui.h"

/**
 * pl_test_find_widget:
 * @name: (nullable): the start of a button's label, or %NULL for any
 *
 * Returns: (transfer none) (nullable): the first descendant of @widget of
 *   @type, a button only if its label starts with @name
 */
GtkWidget *
pl_test_find_widget (GtkWidget  *widget,
                     GType       type,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *label = GTK_IS_BUTTON (child) ? gtk_button_get_label (GTK_BUTTON (child)) : NULL;

          if (name == NULL || (label != NULL && g_str_has_prefix (label, name)))
            return child;
        }
      if ((found = pl_test_find_widget (child, type, name)) != NULL)
        return found;
    }
  return NULL;
}

/**
 * pl_test_count_buttons:
 * @name: the start of the buttons' labels
 *
 * Returns: how many descendants of @widget are buttons whose label starts
 *   with @name (a list's rows that a test waits to see rebuilt)
 */
guint
pl_test_count_buttons (GtkWidget  *widget,
                       const char *name)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          const char *label = gtk_button_get_label (GTK_BUTTON (child));

          if (label != NULL && g_str_has_prefix (label, name))
            n++;
        }
      n += pl_test_count_buttons (child, name);
    }
  return n;
}
