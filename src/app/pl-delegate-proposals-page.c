/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-account-probe.h"
#include "pl-compat.h"
#include "pl-cosponsoring.h"
#include "pl-delegate-proposal-row.h"
#include "pl-delegate-proposals-page.h"
#include "pl-proposals.h"
#include "pl-window.h"

/**
 * PlDelegateProposalsPage:
 *
 * The proposals as a delegation sees them (issue 19, point 4): the
 * submitted draft resolutions and decisions in the register's order
 * (pl_proposals_list(); a revision replaces what it revises), each with
 * its item, sponsors, co-sponsors and status, and the delegation's part
 * in it (#PlDelegateProposalRow). "Co-sponsor" adds a `cosponsor_request`
 * for the delegation, in the account's name, as a request to speak is
 * made; a pending one may be withdrawn. The server takes these two writes
 * from a delegate and nothing else (data/couchdb/validate_doc_update.js),
 * so they are the page's safe actions in a read-only window.
 *
 * The delegation is the window's (the `delegation:<ISO3>` role the copy's
 * sync state keeps) unless set (#PlPage:delegation).
 */
struct _PlDelegateProposalsPage
{
  PlPage      parent_instance;

  GtkStack   *stack;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateProposalsPage, pl_delegate_proposals_page, PL_TYPE_PAGE)

static char *
dup_user (PlDelegateProposalsPage *self)
{
  g_autoptr(PlAccountProbe) probe =
    pl_account_probe_new_for_sync_state (pl_session_get_sync_state (pl_page_get_session (PL_PAGE (self))));

  return probe != NULL ? g_strdup (probe->user) : NULL;
}

static void
fill (PlDelegateProposalsPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  const char *delegation = pl_page_get_delegation (PL_PAGE (self));
  g_autoptr(GPtrArray) proposals = pl_proposals_list (session);
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);

      /* A delegate's copy holds no draft (the server's filter); a staff
       * copy shown as a delegate's (tests) does. */
      if (pl_proposal_get_status (proposal) == PL_PROPOSAL_STATUS_DRAFT
          || pl_proposals_is_superseded (session, proposal))
        continue;
      gtk_list_box_append (self->list_box, pl_delegate_proposal_row_new (session, proposal, delegation));
      n++;
    }
  pl_compat_stack_show_only (self->stack, n > 0 ? "content" : "empty");
}

static void
update_actions (PlDelegateProposalsPage *self)
{
  gboolean known = pl_page_get_delegation (PL_PAGE (self)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delegate-proposals.cosponsor", known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delegate-proposals.withdraw", known);
}

static void
toast (PlDelegateProposalsPage *self,
       const char              *text)
{
  GtkWindow *window = pl_page_get_window (PL_PAGE (self));

  if (PL_IS_WINDOW (window))
    pl_window_add_toast (PL_WINDOW (window), adw_toast_new (text));
}

/* Actions */

/* The record an action's parameter names (its `_id`). */
static PlRecord *
lookup_parameter (PlDelegateProposalsPage *self,
                  GVariant                *parameter)
{
  return pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_variant_get_string (parameter, NULL));
}

static void
cosponsor_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlDelegateProposalsPage *self = PL_DELEGATE_PROPOSALS_PAGE (widget);
  PlRecord *proposal = lookup_parameter (self, parameter);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *delegation = pl_page_get_delegation (PL_PAGE (self));
  g_autofree char *user = dup_user (self);
  g_autoptr(GError) error = NULL;

  if (!PL_IS_PROPOSAL (proposal) || delegation == NULL)
    return;
  if (pl_cosponsoring_request (pl_page_get_session (PL_PAGE (self)), PL_PROPOSAL (proposal), delegation, user, now, &error) == NULL)
    toast (self, error->message);
}

/* A pending request is the delegation's own to take back; once answered,
 * it is the secretariat's record. */
static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlDelegateProposalsPage *self = PL_DELEGATE_PROPOSALS_PAGE (widget);
  PlRecord *request = lookup_parameter (self, parameter);

  if (!PL_IS_COSPONSOR_REQUEST (request)
      || g_strcmp0 (pl_cosponsor_request_get_delegation (PL_COSPONSOR_REQUEST (request)),
                    pl_page_get_delegation (PL_PAGE (self))) != 0
      || pl_cosponsor_request_get_status (PL_COSPONSOR_REQUEST (request)) != PL_SPEAKER_REQUEST_PENDING)
    return;
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), request);
}

/* PlPage */

static void
pl_delegate_proposals_page_refresh (PlPage *page)
{
  PlDelegateProposalsPage *self = PL_DELEGATE_PROPOSALS_PAGE (page);

  fill (self);
  update_actions (self);
}

static void
pl_delegate_proposals_page_session_changed (PlPage       *page,
                                            PlRecord     *record,
                                            PlChangeKind  kind,
                                            const char   *field)
{
  /* The names shown come from the items and delegations too. */
  if (PL_IS_PROPOSAL (record) || PL_IS_COSPONSOR_REQUEST (record) || PL_IS_AGENDA_ITEM (record)
      || PL_IS_DELEGATION (record))
    pl_page_queue_refresh (page);
}

static gboolean
pl_delegate_proposals_page_select_record (PlPage   *page,
                                          PlRecord *record)
{
  PlDelegateProposalsPage *self = PL_DELEGATE_PROPOSALS_PAGE (page);
  const char *proposal_id = NULL;

  if (PL_IS_PROPOSAL (record))
    proposal_id = pl_record_get_id (record);
  else if (PL_IS_COSPONSOR_REQUEST (record))
    proposal_id = pl_cosponsor_request_get_proposal (PL_COSPONSOR_REQUEST (record));
  if (proposal_id == NULL)
    return FALSE;
  pl_page_flush_refresh (page);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (PL_IS_DELEGATE_PROPOSAL_ROW (row)
        && g_strcmp0 (pl_record_get_id (PL_RECORD (pl_delegate_proposal_row_get_proposal (PL_DELEGATE_PROPOSAL_ROW (row)))),
                      proposal_id) == 0)
      {
        gtk_widget_grab_focus (row);
        return TRUE;
      }
  return FALSE;
}

/* The base leaves the safe actions on in a read-only window (see
 * class_init); whether there is a delegation decides. */
static void
pl_delegate_proposals_page_set_read_only (PlPage   *page,
                                          gboolean  read_only)
{
  update_actions (PL_DELEGATE_PROPOSALS_PAGE (page));
}

/* GObject */

static void
pl_delegate_proposals_page_constructed (GObject *object)
{
  PlDelegateProposalsPage *self = PL_DELEGATE_PROPOSALS_PAGE (object);

  G_OBJECT_CLASS (pl_delegate_proposals_page_parent_class)->constructed (object);

  fill (self);
  update_actions (self);
}

static void
pl_delegate_proposals_page_class_init (PlDelegateProposalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_proposals_page_constructed;
  page_class->refresh = pl_delegate_proposals_page_refresh;
  page_class->session_changed = pl_delegate_proposals_page_session_changed;
  page_class->select_record = pl_delegate_proposals_page_select_record;
  page_class->set_read_only = pl_delegate_proposals_page_set_read_only;
  page_class->acts_for_delegation = TRUE;

  g_type_ensure (PL_TYPE_DELEGATE_PROPOSAL_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-proposals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateProposalsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateProposalsPage, list_box);

  gtk_widget_class_install_action (widget_class, "delegate-proposals.cosponsor", "s", cosponsor_action);
  gtk_widget_class_install_action (widget_class, "delegate-proposals.withdraw", "s", withdraw_action);
  /* Not edits of the secretariat's records: the delegation's own requests,
   * the one write the server takes from a delegate (the page base would
   * keep them off in a read-only window otherwise). */
  pl_page_class_set_safe_actions (page_class, "delegate-proposals.cosponsor", "delegate-proposals.withdraw", NULL);
}

static void
pl_delegate_proposals_page_init (PlDelegateProposalsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_delegate_proposals_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_PROPOSALS_PAGE, session);
}
