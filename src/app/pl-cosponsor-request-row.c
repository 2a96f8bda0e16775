/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cosponsor-request-row.h"
#include "pl-proposal.h"
#include "pl-speaker-labels.h"

/**
 * PlCosponsorRequestRow:
 *
 * One pending request to co-sponsor, as staff answer it (issue 19,
 * point 4): the delegation, the proposal's symbol and title, when and by
 * whom it was asked, and Accept / Decline…, which name the request as
 * the target of #PlCosponsorRequests' actions.
 */
struct _PlCosponsorRequestRow
{
  AdwActionRow        parent_instance;

  PlCosponsorRequest *request;

  GtkWidget          *accept_button;
  GtkWidget          *decline_button;
};

G_DEFINE_FINAL_TYPE (PlCosponsorRequestRow, pl_cosponsor_request_row, ADW_TYPE_ACTION_ROW)

/* "L.3, Strengthening cooperation": the proposal as the request names it. */
static char *
proposal_label (PlSession  *session,
                const char *proposal_id)
{
  PlRecord *proposal = pl_session_lookup (session, proposal_id);

  if (!PL_IS_PROPOSAL (proposal))
    return g_strdup (_("A proposal not in this session"));
  /* Translators: a proposal by its symbol and title, “CTOC/COP/2020/L.3, Strengthening cooperation” */
  return g_strdup_printf (_("%s, %s"), pl_proposal_get_symbol (PL_PROPOSAL (proposal)) ?: "",
                          pl_proposal_get_title (PL_PROPOSAL (proposal)) ?: "");
}

static void
fill (PlCosponsorRequestRow *self,
      PlSession             *session)
{
  const char *delegation = pl_speaker_delegation_name (session, pl_cosponsor_request_get_delegation (self->request));
  const char *by = pl_cosponsor_request_get_requested_by (self->request);
  PlRecord *proposal = pl_session_lookup (session, pl_cosponsor_request_get_proposal (self->request));
  const char *symbol = PL_IS_PROPOSAL (proposal) ? pl_proposal_get_symbol (PL_PROPOSAL (proposal)) : NULL;
  g_autofree char *what = proposal_label (session, pl_cosponsor_request_get_proposal (self->request));
  g_autofree char *when = pl_speaker_format_stored (session, pl_cosponsor_request_get_requested_at (self->request),
                                                    _("%-d %b %H:%M"));
  g_autoptr(GString) subtitle = g_string_new (what);
  g_autofree char *accept = NULL;
  g_autofree char *decline = NULL;
  g_autofree char *name = NULL;
  GVariant *target = g_variant_new_string (pl_record_get_id (PL_RECORD (self->request)));

  if (when != NULL)
    {
      /* Translators: when a request was made, “asked 12 Oct 10:05” */
      g_autofree char *asked = g_strdup_printf (_("asked %s"), when);

      g_string_append_printf (subtitle, " · %s", asked);
    }
  if (by != NULL && *by != '\0')
    {
      /* Translators: who made a request (a user name) */
      g_autofree char *who = g_strdup_printf (_("by %s"), by);

      g_string_append_printf (subtitle, " %s", who);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), delegation);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);

  /* Named after the delegation and the symbol: a screen reader (and the
   * end-to-end test) tells two requests of one delegation apart. */
  /* Translators: “Accept Kenya for CTOC/COP/2020/L.3” */
  accept = g_strdup_printf (_("Accept %s for %s"), delegation, symbol ?: "");
  /* Translators: “Decline Kenya for CTOC/COP/2020/L.3” */
  decline = g_strdup_printf (_("Decline %s for %s"), delegation, symbol ?: "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->accept_button), GTK_ACCESSIBLE_PROPERTY_LABEL, accept, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->decline_button), GTK_ACCESSIBLE_PROPERTY_LABEL, decline, -1);
  g_variant_ref_sink (target);
  /* The target before the name: a name without its target is a
   * mismatch GTK warns about. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->accept_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->decline_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->accept_button), "cosponsor-requests.accept");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->decline_button), "cosponsor-requests.decline");
  g_variant_unref (target);

  /* Translators: a request to co-sponsor, “Kenya asks to co-sponsor CTOC/COP/2020/L.3, …” */
  name = g_strdup_printf (_("%s asks to co-sponsor %s"), delegation, subtitle->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
pl_cosponsor_request_row_dispose (GObject *object)
{
  PlCosponsorRequestRow *self = PL_COSPONSOR_REQUEST_ROW (object);

  g_clear_object (&self->request);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_COSPONSOR_REQUEST_ROW);

  G_OBJECT_CLASS (pl_cosponsor_request_row_parent_class)->dispose (object);
}

static void
pl_cosponsor_request_row_class_init (PlCosponsorRequestRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_cosponsor_request_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-cosponsor-request-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorRequestRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, PlCosponsorRequestRow, decline_button);
}

static void
pl_cosponsor_request_row_init (PlCosponsorRequestRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_cosponsor_request_row_new:
 * @session: the session the request belongs to (for the names)
 * @request: a pending request
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
pl_cosponsor_request_row_new (PlSession          *session,
                              PlCosponsorRequest *request)
{
  PlCosponsorRequestRow *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (request), NULL);

  self = g_object_new (PL_TYPE_COSPONSOR_REQUEST_ROW, NULL);
  self->request = g_object_ref (request);
  fill (self, session);
  return GTK_WIDGET (self);
}

/**
 * pl_cosponsor_request_row_get_request:
 *
 * Returns: (transfer none): the request the row shows
 */
PlCosponsorRequest *
pl_cosponsor_request_row_get_request (PlCosponsorRequestRow *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST_ROW (self), NULL);
  return self->request;
}
