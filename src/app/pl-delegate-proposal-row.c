/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cosponsoring.h"
#include "pl-delegate-proposal-row.h"
#include "pl-proposal-labels.h"
#include "pl-proposals.h"
#include "pl-speaker-labels.h"

/**
 * PlDelegateProposalRow:
 *
 * A submitted proposal as a delegation sees it (issue 19, point 4): its
 * symbol and title, the agenda item, the sponsors and co-sponsors, the
 * status; and what the delegation has to do with it: sponsoring it,
 * co-sponsoring it, its request to co-sponsor (waiting, which it may
 * withdraw, or declined with the secretariat's reason), or "Co-sponsor"
 * while the proposal is open to it (pl_cosponsoring_can_request()).
 *
 * The buttons name the page's actions with the proposal or the request
 * as their target (#PlDelegateProposalsPage).
 */
struct _PlDelegateProposalRow
{
  AdwActionRow  parent_instance;

  PlProposal   *proposal;

  GtkLabel     *state_label;
  GtkWidget    *withdraw_button;
  GtkWidget    *cosponsor_button;
};

G_DEFINE_FINAL_TYPE (PlDelegateProposalRow, pl_delegate_proposal_row, ADW_TYPE_ACTION_ROW)

static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      if (i > 0)
        /* Translators: between the names of a list, “Italy, Kenya” */
        g_string_append (text, _(", "));
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
subtitle_text (PlSession  *session,
               PlProposal *proposal)
{
  g_autoptr(GPtrArray) sponsors = pl_proposals_sponsor_names (session, proposal, FALSE);
  g_autoptr(GPtrArray) cosponsors = pl_proposals_sponsor_names (session, proposal, TRUE);
  /* An amendment's item is its proposal's. */
  const char *item_id = pl_proposals_item_of (session, proposal);
  g_autofree char *item = item_id ? pl_speaker_item_label (session, item_id) : NULL;
  g_autofree char *sponsor_names = join_names (sponsors);
  g_autofree char *cosponsor_names = join_names (cosponsors);
  g_autoptr(GString) text = g_string_new (NULL);

  if (item != NULL && *item != '\0')
    {
      PlRecord *record = pl_session_lookup (session, item_id);
      const char *item_title = PL_IS_AGENDA_ITEM (record) ? pl_agenda_item_get_title (PL_AGENDA_ITEM (record)) : NULL;

      /* The topic too: a delegate looks for the item they follow. */
      if (item_title != NULL && *item_title != '\0')
        /* Translators: an agenda item's number and title, “Item 4: International cooperation” */
        g_string_append_printf (text, _("%s: %s"), item, item_title);
      else
        g_string_append (text, item);
      g_string_append_c (text, '\n');
    }
  if (*sponsor_names != '\0')
    {
      /* Translators: the States that submitted a proposal */
      g_string_append_printf (text, _("Sponsors: %s"), sponsor_names);
      g_string_append_c (text, '\n');
    }
  if (*cosponsor_names != '\0')
    {
      /* Translators: the States that joined a proposal */
      g_string_append_printf (text, _("Co-sponsors: %s"), cosponsor_names);
      g_string_append_c (text, '\n');
    }
  g_string_append (text, pl_proposal_status_label (pl_proposal_get_status (proposal)));
  if (pl_proposal_get_adopted_as (proposal) != NULL)
    /* Translators: the number an adopted text received, “as 10/1” */
    g_string_append_printf (text, _(" as %s"), pl_proposal_get_adopted_as (proposal));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the delegation has to do with the proposal, and which button. */
static void
fill_state (PlDelegateProposalRow *self,
            PlSession             *session,
            const char            *delegation)
{
  const char *role = delegation ? pl_cosponsoring_role_of (self->proposal, delegation) : NULL;
  PlCosponsorRequest *request = delegation ? pl_cosponsoring_request_of (session, self->proposal, delegation) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *asked = NULL;
  gboolean can_request = delegation != NULL && pl_cosponsoring_can_request (session, self->proposal, delegation, NULL);
  const char *css = NULL;

  if (g_strcmp0 (role, "sponsor") == 0)
    {
      text = g_strdup (_("Your delegation sponsors it"));
      css = "success";
    }
  else if (g_strcmp0 (role, "cosponsor") == 0)
    {
      text = g_strdup (_("Your delegation co-sponsors it"));
      css = "success";
    }
  else if (request != NULL)
    switch (pl_cosponsor_request_get_status (request))
      {
      case PL_SPEAKER_REQUEST_PENDING:
        asked = pl_speaker_format_stored (session, pl_cosponsor_request_get_requested_at (request), _("%-d %b %H:%M"));
        text = asked ? g_strdup_printf (_("Request to co-sponsor waiting for the secretariat, asked %s"), asked)
                     : g_strdup (_("Request to co-sponsor waiting for the secretariat"));
        break;
      case PL_SPEAKER_REQUEST_DECLINED:
        text = pl_cosponsor_request_get_reason (request) && *pl_cosponsor_request_get_reason (request)
               /* Translators: a declined request, with the secretariat's reason */
               ? g_strdup_printf (_("Declined: %s"), pl_cosponsor_request_get_reason (request))
               : g_strdup (_("Declined"));
        css = "error";
        break;
      case PL_SPEAKER_REQUEST_ACCEPTED:
      default:
        /* Accepted, but the delegation is no longer among the sponsors:
         * the secretariat withdrew it since. */
        text = g_strdup (_("Accepted, then withdrawn"));
        break;
      }

  gtk_label_set_label (self->state_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), text != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "error");
  if (css != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), css);

  gtk_widget_set_visible (self->withdraw_button,
                          request != NULL && pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING);
  /* The target before the name: a name without its target is a
   * mismatch GTK warns about. */
  if (request != NULL)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->withdraw_button), "s",
                                        pl_record_get_id (PL_RECORD (request)));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->withdraw_button), "delegate-proposals.withdraw");
    }
  gtk_widget_set_visible (self->cosponsor_button, can_request);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->cosponsor_button), "s",
                                    pl_record_get_id (PL_RECORD (self->proposal)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cosponsor_button), "delegate-proposals.cosponsor");
}

static void
fill (PlDelegateProposalRow *self,
      PlSession             *session,
      const char            *delegation)
{
  const char *symbol = pl_proposal_get_symbol (self->proposal) ?: "";
  g_autofree char *title = g_strdup_printf ("%s — %s", symbol, pl_proposal_get_title (self->proposal) ?: "");
  g_autofree char *subtitle = subtitle_text (session, self->proposal);
  g_autofree char *cosponsor = NULL;
  g_autofree char *withdraw = NULL;
  g_autofree char *name = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  fill_state (self, session, delegation);

  /* Translators: %s is a proposal's symbol, “Co-sponsor CTOC/COP/2020/L.3” */
  cosponsor = g_strdup_printf (_("Co-sponsor %s"), symbol);
  /* Translators: %s is a proposal's symbol */
  withdraw = g_strdup_printf (_("Withdraw the request to co-sponsor %s"), symbol);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cosponsor_button), GTK_ACCESSIBLE_PROPERTY_LABEL, cosponsor, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->withdraw_button), GTK_ACCESSIBLE_PROPERTY_LABEL, withdraw, -1);
  name = gtk_widget_get_visible (GTK_WIDGET (self->state_label))
         ? g_strdup_printf ("%s: %s", title, gtk_label_get_label (self->state_label))
         : g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
pl_delegate_proposal_row_dispose (GObject *object)
{
  PlDelegateProposalRow *self = PL_DELEGATE_PROPOSAL_ROW (object);

  g_clear_object (&self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_DELEGATE_PROPOSAL_ROW);

  G_OBJECT_CLASS (pl_delegate_proposal_row_parent_class)->dispose (object);
}

static void
pl_delegate_proposal_row_class_init (PlDelegateProposalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_delegate_proposal_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-proposal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateProposalRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateProposalRow, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateProposalRow, cosponsor_button);
}

static void
pl_delegate_proposal_row_init (PlDelegateProposalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_delegate_proposal_row_new:
 * @session: the session
 * @proposal: a proposal of @session
 * @delegation: (nullable): the delegation whose view this is
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
pl_delegate_proposal_row_new (PlSession  *session,
                              PlProposal *proposal,
                              const char *delegation)
{
  PlDelegateProposalRow *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  self = g_object_new (PL_TYPE_DELEGATE_PROPOSAL_ROW, NULL);
  self->proposal = g_object_ref (proposal);
  fill (self, session, delegation);
  return GTK_WIDGET (self);
}

/**
 * pl_delegate_proposal_row_get_proposal:
 *
 * Returns: (transfer none): the proposal the row shows
 */
PlProposal *
pl_delegate_proposal_row_get_proposal (PlDelegateProposalRow *self)
{
  g_return_val_if_fail (PL_IS_DELEGATE_PROPOSAL_ROW (self), NULL);
  return self->proposal;
}

/**
 * pl_delegate_proposal_row_get_state:
 *
 * Returns: (transfer none): what the row says of the delegation's part in
 *   the proposal ("" when nothing)
 */
const char *
pl_delegate_proposal_row_get_state (PlDelegateProposalRow *self)
{
  g_return_val_if_fail (PL_IS_DELEGATE_PROPOSAL_ROW (self), NULL);
  return gtk_label_get_label (self->state_label);
}
