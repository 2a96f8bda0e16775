/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-page.h"

G_DEFINE_INTERFACE (PlPage, pl_page, GTK_TYPE_WIDGET)

static void
pl_page_default_init (PlPageInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

/**
 * pl_page_get_session:
 *
 * Returns: (transfer none): the session the page shows
 */
PlSession *
pl_page_get_session (PlPage *self)
{
  g_autoptr(PlSession) session = NULL;

  g_return_val_if_fail (PL_IS_PAGE (self), NULL);

  g_object_get (self, "session", &session, NULL);

  /* The page holds a reference for as long as it lives. */
  return session;
}

gboolean
pl_page_select_record (PlPage   *self,
                       PlRecord *record)
{
  PlPageInterface *iface;

  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);
  g_return_val_if_fail (PL_IS_RECORD (record), FALSE);

  iface = PL_PAGE_GET_IFACE (self);
  if (iface->select_record == NULL)
    return FALSE;

  return iface->select_record (self, record);
}

/* Read-only pages (a delegate's window, DESIGN.md "The application").
 * The server refuses a delegate's edits anyway (data/couchdb/); the page
 * says so first, instead of letting an edit be made and then refused. */

static gboolean
key_edits (guint           keyval,
           GdkModifierType state)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return (state & GDK_CONTROL_MASK) &&
           (keyval == GDK_KEY_v || keyval == GDK_KEY_V || keyval == GDK_KEY_x || keyval == GDK_KEY_X);

  switch (keyval)
    {
    case GDK_KEY_BackSpace:
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_Insert:
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return TRUE;
    default:
      return c != 0 && g_unichar_isprint (c);
    }
}

static gboolean
on_read_only_key_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     gpointer               user_data)
{
  /* Keys that move the focus, scroll or select still work: a read-only
   * page is read, not frozen. */
  return key_edits (keyval, state) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
set_descendants_read_only (GtkWidget *widget,
                           gboolean   read_only)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_EDITABLE (child) && !GTK_IS_SPIN_BUTTON (child))
        {
          /* Text stays selectable and copyable. */
          gtk_editable_set_editable (GTK_EDITABLE (child), !read_only);
          continue;
        }
      if (GTK_IS_TEXT_VIEW (child))
        {
          gtk_text_view_set_editable (GTK_TEXT_VIEW (child), !read_only);
          continue;
        }
      if (GTK_IS_CHECK_BUTTON (child) || GTK_IS_SWITCH (child) || GTK_IS_DROP_DOWN (child) ||
          ADW_IS_COMBO_ROW (child) ||
          GTK_IS_MENU_BUTTON (child) || GTK_IS_SPIN_BUTTON (child) ||
          (GTK_IS_BUTTON (child) && gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) == NULL))
        {
          /* Buttons with an action follow the action, disabled below. */
          gtk_widget_set_sensitive (child, !read_only);
          continue;
        }
      set_descendants_read_only (child, read_only);
    }
}

gboolean
pl_page_get_read_only (PlPage *self)
{
  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);

  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "pl-page-read-only"));
}

/**
 * pl_page_set_read_only:
 *
 * Makes the page refuse edits, or accept them again: every action the
 * page's class installed is disabled, the page's fields become
 * non-editable and its toggles insensitive, and keys that would type
 * into a field built later (a list's row) are stopped before they reach
 * it. A page with more to do implements @set_read_only.
 */
void
pl_page_set_read_only (PlPage   *self,
                       gboolean  read_only)
{
  PlPageInterface *iface;
  GtkWidgetClass *widget_class;
  GtkEventController *controller;
  const char *name, *property_name;
  const GVariantType *parameter_type;
  GType owner;

  g_return_if_fail (PL_IS_PAGE (self));

  read_only = !!read_only;
  if (pl_page_get_read_only (self) == read_only)
    return;
  g_object_set_data (G_OBJECT (self), "pl-page-read-only", GINT_TO_POINTER (read_only));

  /* GTK 4.8 writes every out argument of query_action unchecked. */
  widget_class = GTK_WIDGET_GET_CLASS (self);
  for (guint i = 0;
       gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property_name);
       i++)
    if (owner == G_OBJECT_TYPE (self))
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, !read_only);

  set_descendants_read_only (GTK_WIDGET (self), read_only);

  controller = g_object_get_data (G_OBJECT (self), "pl-page-read-only-keys");
  if (read_only && controller == NULL)
    {
      controller = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
      g_signal_connect (controller, "key-pressed", G_CALLBACK (on_read_only_key_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (self), controller);
      g_object_set_data (G_OBJECT (self), "pl-page-read-only-keys", controller);
    }
  else if (!read_only && controller != NULL)
    {
      gtk_widget_remove_controller (GTK_WIDGET (self), controller);
      g_object_set_data (G_OBJECT (self), "pl-page-read-only-keys", NULL);
    }

  iface = PL_PAGE_GET_IFACE (self);
  if (iface->set_read_only != NULL)
    iface->set_read_only (self, read_only);
}

/**
 * pl_page_dispose_template:
 * @widget: a page, or a widget built like one from a template whose root
 *   is its only child (#PlItemEditor)
 * @widget_type: the type whose template to dispose
 *
 * gtk_widget_dispose_template() for @widget's dispose: it clears only the
 * children the template names, and the root of a page's template has no
 * id, so it is unparented here.
 */
void
pl_page_dispose_template (GtkWidget *widget,
                          GType      widget_type)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_dispose_template (widget, widget_type);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (widget)) != NULL;)
    gtk_widget_unparent (child);
}
