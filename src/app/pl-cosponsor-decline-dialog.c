/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cosponsor-decline-dialog.h"
#include "pl-edit-burst.h"
#include "pl-proposals.h"
#include "pl-speaker-labels.h"

/**
 * PlCosponsorDeclineDialog:
 *
 * Asks staff why they decline a request to co-sponsor: the delegate reads
 * the reason beside their request, so it is asked for, not optional
 * (as for a request to speak). "Decline" is one undo step
 * (pl_cosponsor_request_decline()).
 */
struct _PlCosponsorDeclineDialog
{
  AdwMessageDialog    parent_instance;

  PlSession          *session;
  PlCosponsorRequest *request;

  GtkEditable        *reason_entry;
};

G_DEFINE_FINAL_TYPE (PlCosponsorDeclineDialog, pl_cosponsor_decline_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
dup_reason (PlCosponsorDeclineDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (self->reason_entry)));
}

static void
on_reason_changed_cb (PlCosponsorDeclineDialog *self)
{
  g_autofree char *reason = dup_reason (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "decline", *reason != '\0');
}

static void
pl_cosponsor_decline_dialog_response (AdwMessageDialog *dialog,
                                      const char       *response)
{
  PlCosponsorDeclineDialog *self = PL_COSPONSOR_DECLINE_DIALOG (dialog);
  g_autofree char *reason = dup_reason (self);

  /* Still pending: another clerk may have answered it meanwhile. */
  if (g_str_equal (response, "decline") && *reason != '\0'
      && pl_session_lookup (self->session, pl_record_get_id (PL_RECORD (self->request))) == PL_RECORD (self->request)
      && pl_cosponsor_request_get_status (self->request) == PL_SPEAKER_REQUEST_PENDING)
    {
      pl_edit_burst_flush (self->session);
      pl_cosponsor_request_decline (self->session, self->request, reason);
    }
  /* No chaining up: AdwMessageDialog has no class handler of its own
   * (the dialog closes itself after the signal). */
}

static void
pl_cosponsor_decline_dialog_dispose (GObject *object)
{
  PlCosponsorDeclineDialog *self = PL_COSPONSOR_DECLINE_DIALOG (object);

  g_clear_object (&self->request);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_COSPONSOR_DECLINE_DIALOG);

  G_OBJECT_CLASS (pl_cosponsor_decline_dialog_parent_class)->dispose (object);
}

static void
pl_cosponsor_decline_dialog_class_init (PlCosponsorDeclineDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = pl_cosponsor_decline_dialog_dispose;
  dialog_class->response = pl_cosponsor_decline_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-cosponsor-decline-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorDeclineDialog, reason_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_changed_cb);
}

static void
pl_cosponsor_decline_dialog_init (PlCosponsorDeclineDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_cosponsor_decline_dialog_new:
 * @parent: (nullable): the window it is modal to
 * @session: the session
 * @request: the pending request to decline
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
GtkWidget *
pl_cosponsor_decline_dialog_new (GtkWindow          *parent,
                                 PlSession          *session,
                                 PlCosponsorRequest *request)
{
  PlCosponsorDeclineDialog *self;
  const char *delegation;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (request), NULL);

  self = g_object_new (PL_TYPE_COSPONSOR_DECLINE_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->request = g_object_ref (request);
  delegation = pl_speaker_delegation_name (session, pl_cosponsor_request_get_delegation (request));
  /* Translators: %s is a delegation, “Kenya” */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _("%s sees the reason beside its request."),
                                  delegation);
  return GTK_WIDGET (self);
}
