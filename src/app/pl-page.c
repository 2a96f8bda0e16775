/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-account-probe.h"
#include "pl-action-guard.h"
#include "pl-page.h"
#include "pl-page-refresh.h"

typedef struct
{
  PlSession          *session;
  char               *delegation;
  gulong              changed_id;
  PlPageRefresh       refresh;
  gboolean            read_only;
  GtkEventController *read_only_keys;
  GtkEventController *read_only_clicks;
} PlPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlPage, pl_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DELEGATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  GtkWidget *page = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (page);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* Finding is reading: a search field takes its typing. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL)
    return GDK_EVENT_PROPAGATE;
  /* Return and Space press the focused button; one with an action follows
   * the action (the guard), as a click does: a delegate's Request to
   * Speak and Withdraw are reached from the keyboard too. */
  if (focus != NULL && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0 &&
      (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter ||
       keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space))
    for (GtkWidget *w = focus; w != NULL && w != page; w = gtk_widget_get_parent (w))
      if (GTK_IS_BUTTON (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL)
        return GDK_EVENT_PROPAGATE;
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
      if (GTK_IS_SEARCH_ENTRY (child))
        continue;
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

/* A widget that changes a record when clicked, without an action to turn
 * off: a row's check box or drop-down, a cell edited in place. */
static gboolean
widget_edits (GtkWidget *widget)
{
  return GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_DROP_DOWN (widget) ||
         ADW_IS_COMBO_ROW (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_EDITABLE_LABEL (widget) ||
         (GTK_IS_TOGGLE_BUTTON (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) == NULL &&
          !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)));
}

/* Drags move records (the agenda's items, the schedule's meetings): a
 * read-only page starts none, and takes none. */
static void
stop_drags (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller) || GTK_IS_DROP_TARGET (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
}

static void
restart_drags (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller) || GTK_IS_DROP_TARGET (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    restart_drags (child);
}

static void
stop_all_drags (GtkWidget *widget)
{
  stop_drags (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    stop_all_drags (child);
}

/* Rows a list builds later (scrolled into view, or after a refresh) were
 * not there when the page became read-only: a press on one of their edit
 * widgets is taken here, before the widget sees it, and a drag source on
 * the way is stopped. */
static void
on_read_only_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         PlPage          *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (GtkWidget *w = target; w != NULL && w != GTK_WIDGET (self); w = gtk_widget_get_parent (w))
    {
      stop_drags (w);
      /* Buttons with an action follow the action (the guard). */
      if (GTK_IS_ACTIONABLE (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL)
        return;
      if (widget_edits (w))
        {
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
          return;
        }
    }
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlPage       *self)
{
  PL_PAGE_GET_CLASS (self)->session_changed (self, record, kind, field);
}

/* The copy's own account: the role the server gave at login, which a
 * copy made before login learns later (hence at each refresh too). */
static void
find_delegation (PlPage *self)
{
  PlPagePrivate *priv = pl_page_get_instance_private (self);
  g_autoptr(PlAccountProbe) probe = NULL;

  if (priv->delegation != NULL || !PL_PAGE_GET_CLASS (self)->acts_for_delegation)
    return;
  probe = pl_account_probe_new_for_sync_state (pl_session_get_sync_state (priv->session));
  if (probe != NULL && probe->delegation != NULL)
    pl_page_set_delegation (self, probe->delegation);
}

static void
rebuild (gpointer page)
{
  PlPageClass *klass = PL_PAGE_GET_CLASS (page);
  PlPagePrivate *priv = pl_page_get_instance_private (PL_PAGE (page));

  find_delegation (PL_PAGE (page));
  if (klass->refresh != NULL)
    klass->refresh (PL_PAGE (page));
  /* What the refresh built is read-only too. */
  if (priv->read_only)
    {
      set_descendants_read_only (GTK_WIDGET (page), TRUE);
      stop_all_drags (GTK_WIDGET (page));
    }
}

static void
pl_page_real_session_changed (PlPage       *self,
                              PlRecord     *record,
                              PlChangeKind  kind,
                              const char   *field)
{
  pl_page_queue_refresh (self);
}

static void
pl_page_constructed (GObject *object)
{
  PlPage *self = PL_PAGE (object);
  PlPagePrivate *priv = pl_page_get_instance_private (self);
  PlPageClass *klass = PL_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (pl_page_parent_class)->constructed (object);

  g_assert (priv->session != NULL);

  pl_page_refresh_init (&priv->refresh, GTK_WIDGET (self), rebuild, !klass->refresh_when_hidden);
  /* A page that neither refreshes nor watches the session does not
   * subscribe to it. */
  if (klass->refresh != NULL || klass->session_changed != pl_page_real_session_changed)
    priv->changed_id = g_signal_connect (priv->session, "changed", G_CALLBACK (on_session_changed_cb), self);
  find_delegation (self);
}

static void
pl_page_finalize (GObject *object)
{
  PlPagePrivate *priv = pl_page_get_instance_private (PL_PAGE (object));

  g_free (priv->delegation);

  G_OBJECT_CLASS (pl_page_parent_class)->finalize (object);
}

static void
pl_page_dispose (GObject *object)
{
  PlPage *self = PL_PAGE (object);
  PlPagePrivate *priv = pl_page_get_instance_private (self);

  pl_page_refresh_clear (&priv->refresh);
  if (priv->session != NULL)
    g_clear_signal_handler (&priv->changed_id, priv->session);
  /* The subclass's dispose has run: its template goes now, before the
   * session its widgets show. */
  if (G_OBJECT_TYPE (self) != PL_TYPE_PAGE && gtk_widget_get_first_child (GTK_WIDGET (self)) != NULL)
    pl_page_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  priv->read_only_keys = NULL;
  priv->read_only_clicks = NULL;
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (pl_page_parent_class)->dispose (object);
}

static void
pl_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PlPage *self = PL_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, pl_page_get_session (self));
      break;
    case PROP_DELEGATION:
      g_value_set_string (value, pl_page_get_delegation (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  PlPage *self = PL_PAGE (object);
  PlPagePrivate *priv = pl_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SESSION:
      priv->session = g_value_dup_object (value);
      break;
    case PROP_DELEGATION:
      pl_page_set_delegation (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_page_class_init (PlPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pl_page_constructed;
  object_class->dispose = pl_page_dispose;
  object_class->finalize = pl_page_finalize;
  object_class->get_property = pl_page_get_property;
  object_class->set_property = pl_page_set_property;

  klass->session_changed = pl_page_real_session_changed;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PlPage:delegation:
   *
   * The `_id` of the delegation the page acts for (its requests, its
   * co-sponsorships); for a page whose class sets
   * #PlPageClass.acts_for_delegation, by default the one the copy's
   * account holds the role of.
   */
  properties[PROP_DELEGATION] =
    g_param_spec_string ("delegation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pl_page_init (PlPage *self)
{
}

/**
 * pl_page_new:
 * @page_type: a subtype of #PlPage
 * @session: the session the page shows
 *
 * What each page's `_new()` does, written once: the pages differ only in
 * the type they make.
 *
 * Returns: (transfer floating): the new page
 */
GtkWidget *
pl_page_new (GType      page_type,
             PlSession *session)
{
  g_return_val_if_fail (g_type_is_a (page_type, PL_TYPE_PAGE), NULL);
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (page_type, "session", session, NULL);
}

/**
 * pl_page_get_session:
 *
 * Returns: (transfer none): the session the page shows
 */
PlSession *
pl_page_get_session (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_val_if_fail (PL_IS_PAGE (self), NULL);

  priv = pl_page_get_instance_private (self);
  return priv->session;
}

/**
 * pl_page_get_delegation:
 *
 * Returns: (nullable): the `_id` of the delegation the page acts for
 *   (#PlPage:delegation), %NULL while none is known
 */
const char *
pl_page_get_delegation (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_val_if_fail (PL_IS_PAGE (self), NULL);

  priv = pl_page_get_instance_private (self);
  return priv->delegation;
}

/**
 * pl_page_set_delegation:
 * @delegation: (nullable): a delegation's `_id`
 *
 * Sets the delegation the page acts for instead of the account's (tests,
 * a secretariat's copy shown as a delegate's) and refreshes the page.
 */
void
pl_page_set_delegation (PlPage     *self,
                        const char *delegation)
{
  PlPagePrivate *priv;

  g_return_if_fail (PL_IS_PAGE (self));

  priv = pl_page_get_instance_private (self);
  if (g_strcmp0 (priv->delegation, delegation) == 0)
    return;
  g_free (priv->delegation);
  priv->delegation = g_strdup (delegation);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELEGATION]);
  pl_page_queue_refresh (self);
}

gboolean
pl_page_select_record (PlPage   *self,
                       PlRecord *record)
{
  PlPageClass *klass;

  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);
  g_return_val_if_fail (PL_IS_RECORD (record), FALSE);

  klass = PL_PAGE_GET_CLASS (self);
  if (klass->select_record == NULL)
    return FALSE;

  return klass->select_record (self, record);
}

gboolean
pl_page_get_read_only (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);

  priv = pl_page_get_instance_private (self);
  return priv->read_only;
}

/**
 * pl_page_set_read_only:
 *
 * Makes the page refuse edits, or accept them again: every action the
 * page's class installed and did not declare safe
 * (pl_page_class_set_safe_actions()) is disabled and held so until the
 * page is no longer read-only (pl-action-guard.h), the page's fields become
 * non-editable and its toggles insensitive, and keys that would type
 * into a field built later (a list's row) are stopped before they reach
 * it. A page with more to do implements @set_read_only.
 */
void
pl_page_set_read_only (PlPage   *self,
                       gboolean  read_only)
{
  PlPagePrivate *priv;
  PlPageClass *klass;

  g_return_if_fail (PL_IS_PAGE (self));

  priv = pl_page_get_instance_private (self);
  read_only = !!read_only;
  if (priv->read_only == read_only)
    return;
  priv->read_only = read_only;

  klass = PL_PAGE_GET_CLASS (self);
  pl_action_guard_set_read_only (GTK_WIDGET (self), GTK_WIDGET (self), PL_TYPE_PAGE,
                                 pl_page_class_get_safe_actions (klass), read_only);

  set_descendants_read_only (GTK_WIDGET (self), read_only);

  if (read_only && priv->read_only_keys == NULL)
    {
      priv->read_only_keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (priv->read_only_keys, GTK_PHASE_CAPTURE);
      g_signal_connect (priv->read_only_keys, "key-pressed", G_CALLBACK (on_read_only_key_cb), NULL);
      gtk_widget_add_controller (GTK_WIDGET (self), priv->read_only_keys);

      priv->read_only_clicks = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
      gtk_event_controller_set_propagation_phase (priv->read_only_clicks, GTK_PHASE_CAPTURE);
      g_signal_connect (priv->read_only_clicks, "pressed", G_CALLBACK (on_read_only_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), priv->read_only_clicks);
      stop_all_drags (GTK_WIDGET (self));
    }
  else if (!read_only && priv->read_only_keys != NULL)
    {
      gtk_widget_remove_controller (GTK_WIDGET (self), g_steal_pointer (&priv->read_only_keys));
      gtk_widget_remove_controller (GTK_WIDGET (self), g_steal_pointer (&priv->read_only_clicks));
      restart_drags (GTK_WIDGET (self));
    }

  if (klass->set_read_only != NULL)
    klass->set_read_only (self, read_only);
}

/**
 * pl_page_queue_refresh:
 *
 * The session changed: refresh the page once the burst of changes is
 * over (%PL_PAGE_REFRESH_DELAY_MS), or, for a page refreshed only while
 * shown, when it is shown again.
 */
void
pl_page_queue_refresh (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_if_fail (PL_IS_PAGE (self));

  priv = pl_page_get_instance_private (self);
  pl_page_refresh_queue (&priv->refresh);
}

/**
 * pl_page_flush_refresh:
 *
 * Refreshes the page now if a refresh is due, so that what it shows is
 * up to date (before a record of it is selected).
 */
void
pl_page_flush_refresh (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_if_fail (PL_IS_PAGE (self));

  priv = pl_page_get_instance_private (self);
  pl_page_refresh_flush (&priv->refresh);
}

/**
 * pl_page_is_refresh_pending:
 *
 * Returns: whether a refresh is about to replace the page's widgets
 */
gboolean
pl_page_is_refresh_pending (PlPage *self)
{
  PlPagePrivate *priv;

  g_return_val_if_fail (PL_IS_PAGE (self), FALSE);

  priv = pl_page_get_instance_private (self);
  return pl_page_refresh_is_pending (&priv->refresh);
}

/**
 * pl_page_get_window:
 * @self: a page
 *
 * The window a page's dialogs stay above.
 *
 * Returns: (transfer none) (nullable): the window @self is in, or %NULL
 *   while it is in none
 */
GtkWindow *
pl_page_get_window (PlPage *self)
{
  GtkRoot *root;

  g_return_val_if_fail (PL_IS_PAGE (self), NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
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

static GQuark
safe_actions_quark (void)
{
  return g_quark_from_static_string ("pl-page-safe-actions");
}

/**
 * pl_page_class_set_safe_actions:
 * @page_class: a page's class, in its class_init
 * @first_action: the first action that changes no record
 * @...: more, then %NULL
 *
 * Declares which of the class's actions a read-only page (a delegate's
 * window) keeps: those that show, find, copy or export, never those that
 * change a record. Every other action the class installs is turned off
 * while the page is read-only (pl_page_set_read_only()).
 */
void
pl_page_class_set_safe_actions (PlPageClass *page_class,
                                const char  *first_action,
                                ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  g_return_if_fail (PL_IS_PAGE_CLASS (page_class));

  va_start (args, first_action);
  for (const char *name = first_action; name != NULL; name = va_arg (args, const char *))
    g_strv_builder_add (builder, name);
  va_end (args);

  /* Kept for the life of the type, like the class's actions. */
  g_type_set_qdata (G_TYPE_FROM_CLASS (page_class), safe_actions_quark (), g_strv_builder_end (builder));
}

/**
 * pl_page_class_get_safe_actions:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   actions @page_class declared safe, %NULL if none
 */
const char * const *
pl_page_class_get_safe_actions (PlPageClass *page_class)
{
  g_return_val_if_fail (PL_IS_PAGE_CLASS (page_class), NULL);

  return g_type_get_qdata (G_TYPE_FROM_CLASS (page_class), safe_actions_quark ());
}
