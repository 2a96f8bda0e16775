/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-action-guard.h"

/*
 * GTK 4.8 has no way to refuse an action's activation or to watch its
 * enabled state from outside the widget that installed it. A hidden
 * button bound to the action does watch it: GtkActionable makes the button
 * sensitive when the action becomes enabled. So while read-only, each edit
 * action has such a sentinel, and the moment the widget's own code enables
 * the action again (the Speakers page on switching lists, issue 18), the
 * guard disables it again, before any key or click can reach it.
 */

#define GUARD_KEY "pl-action-guard"

typedef struct
{
  GtkWidget *widget;
  GPtrArray *sentinels;   /* GtkButton, children of the host */
} Guard;

static void
guard_free (Guard *guard)
{
  for (guint i = 0; i < guard->sentinels->len; i++)
    {
      GtkWidget *sentinel = guard->sentinels->pdata[i];

      g_signal_handlers_disconnect_by_data (sentinel, guard);
      if (gtk_widget_get_parent (sentinel) != NULL)
        gtk_widget_unparent (sentinel);
    }
  /* Holds a reference on each sentinel: the host's disposal may have
   * unparented them first. */
  g_ptr_array_unref (guard->sentinels);
  g_free (guard);
}

static void
on_sentinel_sensitive_cb (GtkWidget  *sentinel,
                          GParamSpec *pspec,
                          Guard      *guard)
{
  const char *name = gtk_actionable_get_action_name (GTK_ACTIONABLE (sentinel));

  if (gtk_widget_get_sensitive (sentinel))
    {
      /* Remembered for when the widget is no longer read-only. */
      g_object_set_data (G_OBJECT (sentinel), "pl-wanted", GINT_TO_POINTER (TRUE));
      gtk_widget_action_set_enabled (guard->widget, name, FALSE);
    }
}

/* A value of @type, for the types actions take here; NULL for others,
 * whose sentinel then only holds the first disabling. */
static GVariant *
default_target (const GVariantType *type)
{
  if (g_variant_type_equal (type, G_VARIANT_TYPE_STRING))
    return g_variant_new_string ("");
  if (g_variant_type_equal (type, G_VARIANT_TYPE_UINT32))
    return g_variant_new_uint32 (0);
  if (g_variant_type_equal (type, G_VARIANT_TYPE_INT32))
    return g_variant_new_int32 (0);
  if (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN))
    return g_variant_new_boolean (FALSE);
  return NULL;
}

static gboolean
is_safe (const char * const *safe_actions,
         const char         *name)
{
  return safe_actions != NULL && g_strv_contains (safe_actions, name);
}

/**
 * pl_action_guard_set_read_only:
 * @widget: the widget whose class installed the actions
 * @host: a descendant of @widget (or @widget) that may hold hidden
 *   children: the sentinels
 * @owner_base: only the actions installed by this type or its subtypes
 *   are guarded (not GtkWindow's `window.close`)
 * @safe_actions: (nullable) (array zero-terminated=1): the actions that
 *   change no record
 * @read_only: whether to turn the edit actions off
 *
 * Turns every action @widget's class installed, other than
 * @safe_actions, off and keeps it off while @read_only; otherwise puts
 * each back as the widget last set it.
 */
void
pl_action_guard_set_read_only (GtkWidget          *widget,
                               GtkWidget          *host,
                               GType               owner_base,
                               const char * const *safe_actions,
                               gboolean            read_only)
{
  GtkWidgetClass *widget_class;
  const char *name, *property_name;
  const GVariantType *parameter_type;
  GType owner;
  Guard *guard;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (GTK_IS_WIDGET (host));

  guard = g_object_get_data (G_OBJECT (widget), GUARD_KEY);
  if (!read_only)
    {
      if (guard == NULL)
        return;
      /* Each action goes back to what the widget last wanted: enabled
       * before the guard, or enabled by the widget since. */
      for (guint i = 0; i < guard->sentinels->len; i++)
        {
          GtkWidget *sentinel = guard->sentinels->pdata[i];

          g_signal_handlers_disconnect_by_data (sentinel, guard);
          gtk_widget_action_set_enabled (widget, gtk_actionable_get_action_name (GTK_ACTIONABLE (sentinel)),
                                         g_object_get_data (G_OBJECT (sentinel), "pl-wanted") != NULL);
        }
      g_object_set_data (G_OBJECT (widget), GUARD_KEY, NULL);
      return;
    }
  else if (guard != NULL)
    return;
  else
    {
      guard = g_new0 (Guard, 1);
      guard->widget = widget;
      guard->sentinels = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (widget), GUARD_KEY, guard, (GDestroyNotify) guard_free);
    }

  /* GTK 4.8 writes every out argument of query_action unchecked. */
  widget_class = GTK_WIDGET_GET_CLASS (widget);
  for (guint i = 0;
       gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property_name);
       i++)
    {
      GtkWidget *sentinel;

      if (!g_type_is_a (owner, owner_base) || is_safe (safe_actions, name))
        continue;

      sentinel = g_object_ref_sink (gtk_button_new ());
      gtk_widget_set_visible (sentinel, FALSE);
      gtk_widget_set_can_focus (sentinel, FALSE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (sentinel), name);
      /* An action with a parameter is enabled or not as a whole; a target
       * of its type binds the button to it. */
      if (parameter_type != NULL)
        gtk_actionable_set_action_target_value (GTK_ACTIONABLE (sentinel), default_target (parameter_type));
      gtk_widget_set_parent (sentinel, host);
      /* Bound now: its sensitivity is the action's state before the guard. */
      if (gtk_widget_get_sensitive (sentinel))
        g_object_set_data (G_OBJECT (sentinel), "pl-wanted", GINT_TO_POINTER (TRUE));
      gtk_widget_action_set_enabled (widget, name, FALSE);
      g_signal_connect (sentinel, "notify::sensitive", G_CALLBACK (on_sentinel_sensitive_cb), guard);
      g_ptr_array_add (guard->sentinels, sentinel);
    }
}

/**
 * pl_action_guard_is_guarded:
 *
 * Returns: whether @action_name of @widget is held off by a read-only
 *   guard
 */
gboolean
pl_action_guard_is_guarded (GtkWidget  *widget,
                            const char *action_name)
{
  Guard *guard;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  guard = g_object_get_data (G_OBJECT (widget), GUARD_KEY);
  if (guard == NULL)
    return FALSE;
  for (guint i = 0; i < guard->sentinels->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (guard->sentinels->pdata[i]), action_name) == 0)
      return TRUE;
  return FALSE;
}
