/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-action-guard.h"
#include "pl-cosponsor-decline-dialog.h"
#include "pl-cosponsor-request-row.h"
#include "pl-cosponsor-requests.h"
#include "pl-cosponsoring.h"
#include "pl-edit-burst.h"
#include "pl-proposals.h"
#include "pl-window.h"

/**
 * PlCosponsorRequests:
 *
 * The delegations' pending requests to co-sponsor a proposal (issue 19,
 * point 4), first asked first, each with Accept and Decline…: accepting
 * adds the delegation as a co-sponsor, joined now, and marks the request
 * accepted (pl_cosponsor_request_accept()); declining asks a reason the
 * delegate reads (#PlCosponsorDeclineDialog). Each is one undo step.
 * Answered requests stay in the session for the delegate to see, not
 * here.
 *
 * A host (the staff's Proposals page) embeds it and passes its read-only
 * state on (#PlCosponsorRequests:read-only): the widget's own actions are
 * not the page's, so the page's guard does not reach them.
 */
struct _PlCosponsorRequests
{
  GtkWidget   parent_instance;

  PlSession  *session;
  gulong      changed_id;
  guint       rebuild_id;
  guint       n_pending;
  gboolean    read_only;

  GtkWidget  *box;
  GtkLabel   *heading_label;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (PlCosponsorRequests, pl_cosponsor_requests, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_READ_ONLY,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild (PlCosponsorRequests *self)
{
  g_autoptr(GPtrArray) pending = self->session ? pl_cosponsoring_pending (self->session)
                                                : g_ptr_array_new ();
  g_autofree char *heading = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < pending->len; i++)
    gtk_list_box_append (self->list_box, pl_cosponsor_request_row_new (self->session, g_ptr_array_index (pending, i)));

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Co-sponsorship Request", "%u Co-sponsorship Requests",
                                          pending->len), pending->len);
  gtk_label_set_label (self->heading_label, heading);
  if (self->n_pending != pending->len)
    {
      self->n_pending = pending->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
}

static gboolean
on_rebuild_idle_cb (gpointer user_data)
{
  PlCosponsorRequests *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* A burst of changes (a sync round) rebuilds once. The names shown come
 * from the proposals and delegations too. */
static void
on_session_changed_cb (PlSession           *session,
                       PlRecord            *record,
                       PlChangeKind         kind,
                       const char          *field,
                       PlCosponsorRequests *self)
{
  if (!PL_IS_COSPONSOR_REQUEST (record) && !PL_IS_PROPOSAL (record) && !PL_IS_DELEGATION (record))
    return;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_rebuild_idle_cb, self, NULL);
}

static PlCosponsorRequest *
lookup_pending (PlCosponsorRequests *self,
                GVariant            *parameter)
{
  PlRecord *request = self->session ? pl_session_lookup (self->session, g_variant_get_string (parameter, NULL)) : NULL;

  if (!PL_IS_COSPONSOR_REQUEST (request)
      || pl_cosponsor_request_get_status (PL_COSPONSOR_REQUEST (request)) != PL_SPEAKER_REQUEST_PENDING)
    return NULL;
  return PL_COSPONSOR_REQUEST (request);
}

static void
toast (PlCosponsorRequests *self,
       const char          *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (PL_IS_WINDOW (root))
    pl_window_add_toast (PL_WINDOW (root), adw_toast_new (text));
  else
    g_message ("%s", text);
}

/* Actions */

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlCosponsorRequests *self = PL_COSPONSOR_REQUESTS (widget);
  PlCosponsorRequest *request = lookup_pending (self, parameter);
  g_autoptr(PlCosponsorRequest) keep = NULL;
  g_autoptr(GError) error = NULL;

  if (request == NULL)
    return;
  keep = g_object_ref (request);
  pl_edit_burst_flush (self->session);
  /* Refused when the proposal is gone or adopted, or the delegation
   * already sponsors it: the message says which. */
  if (!pl_cosponsor_request_accept (self->session, keep, &error))
    toast (self, error->message);
}

static void
decline_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlCosponsorRequests *self = PL_COSPONSOR_REQUESTS (widget);
  PlCosponsorRequest *request = lookup_pending (self, parameter);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (request == NULL)
    return;
  gtk_window_present (GTK_WINDOW (pl_cosponsor_decline_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                   self->session, request)));
}

/* GObject */

static void
pl_cosponsor_requests_dispose (GObject *object)
{
  PlCosponsorRequests *self = PL_COSPONSOR_REQUESTS (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  /* The guard's hidden buttons are children too. */
  pl_action_guard_set_read_only (GTK_WIDGET (self), GTK_WIDGET (self), PL_TYPE_COSPONSOR_REQUESTS, NULL, FALSE);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_COSPONSOR_REQUESTS);

  G_OBJECT_CLASS (pl_cosponsor_requests_parent_class)->dispose (object);
}

static void
pl_cosponsor_requests_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PlCosponsorRequests *self = PL_COSPONSOR_REQUESTS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_cosponsor_requests_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PlCosponsorRequests *self = PL_COSPONSOR_REQUESTS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      pl_cosponsor_requests_set_session (self, g_value_get_object (value));
      break;
    case PROP_READ_ONLY:
      pl_cosponsor_requests_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_cosponsor_requests_class_init (PlCosponsorRequestsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_cosponsor_requests_dispose;
  object_class->get_property = pl_cosponsor_requests_get_property;
  object_class->set_property = pl_cosponsor_requests_set_property;

  /**
   * PlCosponsorRequests:session:
   *
   * The session whose pending requests are shown.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PlCosponsorRequests:read-only:
   *
   * Whether Accept and Decline are off (the host page's read-only state).
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PlCosponsorRequests:n-pending:
   *
   * How many requests wait for an answer (a host may hide the widget, or
   * count them in the sidebar).
   */
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-cosponsor-requests.ui");
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorRequests, box);
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorRequests, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorRequests, list_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "cosponsor-requests.accept", "s", accept_action);
  gtk_widget_class_install_action (widget_class, "cosponsor-requests.decline", "s", decline_action);
}

static void
pl_cosponsor_requests_init (PlCosponsorRequests *self)
{
  g_type_ensure (PL_TYPE_COSPONSOR_REQUEST_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}

/**
 * pl_cosponsor_requests_new:
 * @session: (nullable): the session
 *
 * Returns: (transfer floating): the widget
 */
GtkWidget *
pl_cosponsor_requests_new (PlSession *session)
{
  return g_object_new (PL_TYPE_COSPONSOR_REQUESTS, "session", session, NULL);
}

/**
 * pl_cosponsor_requests_get_session:
 *
 * Returns: (transfer none) (nullable): the session
 */
PlSession *
pl_cosponsor_requests_get_session (PlCosponsorRequests *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUESTS (self), NULL);
  return self->session;
}

/**
 * pl_cosponsor_requests_set_session:
 * @session: (nullable): the session
 */
void
pl_cosponsor_requests_set_session (PlCosponsorRequests *self,
                                   PlSession           *session)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUESTS (self));
  g_return_if_fail (session == NULL || PL_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->changed_id = g_signal_connect (session, "changed", G_CALLBACK (on_session_changed_cb), self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->list_box != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
pl_cosponsor_requests_get_read_only (PlCosponsorRequests *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUESTS (self), FALSE);
  return self->read_only;
}

/**
 * pl_cosponsor_requests_set_read_only:
 *
 * Turns Accept and Decline off and keeps them off (pl-action-guard.h).
 */
void
pl_cosponsor_requests_set_read_only (PlCosponsorRequests *self,
                                     gboolean             read_only)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUESTS (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  pl_action_guard_set_read_only (GTK_WIDGET (self), GTK_WIDGET (self), PL_TYPE_COSPONSOR_REQUESTS, NULL, read_only);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/**
 * pl_cosponsor_requests_get_n_pending:
 *
 * Returns: how many requests wait for an answer
 */
guint
pl_cosponsor_requests_get_n_pending (PlCosponsorRequests *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUESTS (self), 0);
  return self->n_pending;
}
