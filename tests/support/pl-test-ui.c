/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "pl-test-support.h"
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

/* The label under @widget whose text contains @text, if any. */
GtkWidget *
pl_test_find_label_containing (GtkWidget  *widget,
                               const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pl_test_find_label_containing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The GtkEditableLabel under @widget showing @text, if any. */
GtkWidget *
pl_test_find_editable_label (GtkWidget  *widget,
                             const char *text)
{
  if (GTK_IS_EDITABLE_LABEL (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pl_test_find_editable_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * pl_test_show_page:
 * @page: a page the caller holds a reference on
 *
 * Shows @page alone in a new window, under a toast overlay as in the
 * application's window, and lets it draw once.
 *
 * Returns: (transfer none): the window; pl_test_close_page() destroys it
 */
GtkWidget *
pl_test_show_page (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_spin (100);
  return window;
}

/**
 * pl_test_close_page:
 *
 * Destroys @window and checks that @page and @session go with it: the
 * last references are the caller's, nothing the page set up leaks them.
 */
void
pl_test_close_page (GtkWidget *window,
                    GtkWidget *page,
                    PlSession *session)
{
  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (200);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

/* The tear-down of a test added with PlTestPageFixture. */
void
pl_test_page_fixture_tear_down (PlTestPageFixture *fixture,
                                gconstpointer      data)
{
  pl_test_close_page (fixture->window, fixture->page, fixture->session);
}
