/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-proposal-labels.h"
#include "pl-take-action-dialog.h"

/**
 * PlTakeActionDialog:
 *
 * "Take Action…" on a proposal: adopt it without a vote at a meeting of
 * its body, or put it to the vote. The meeting offered first is the one
 * under way, else the most recent one (the clerk records the action as
 * the President announces it, or just after). The page acts on the
 * response: "adopt", "vote" or "cancel".
 */
struct _PlTakeActionDialog
{
  AdwMessageDialog  parent_instance;

  PlProposal       *proposal;
  GPtrArray        *meeting_ids;   /* row → meeting _id */

  AdwComboRow      *meeting_row;
};

G_DEFINE_FINAL_TYPE (PlTakeActionDialog, pl_take_action_dialog, ADW_TYPE_MESSAGE_DIALOG)

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlMeeting *ma = *(PlMeeting **) a;
  PlMeeting *mb = *(PlMeeting **) b;
  int by_date = g_strcmp0 (pl_meeting_get_date (ma), pl_meeting_get_date (mb));

  return by_date != 0 ? by_date : g_strcmp0 (pl_meeting_get_start (ma), pl_meeting_get_start (mb));
}

static void
fill_meetings (PlTakeActionDialog *self,
               PlSession          *session)
{
  GListModel *all = pl_session_get_records (session, PL_TYPE_MEETING);
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = pl_proposal_now (session);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d %H:%M");
  guint chosen = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (all, i);

      if (pl_meeting_get_body (meeting) == pl_proposal_get_body (self->proposal))
        g_ptr_array_add (meetings, g_steal_pointer (&meeting));
    }
  g_ptr_array_sort (meetings, compare_meetings);

  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *label = pl_proposal_meeting_label (meeting);
      g_autofree char *starts = g_strdup_printf ("%s %s", pl_meeting_get_date (meeting) ?: "",
                                                 pl_meeting_get_start (meeting) ?: "");

      g_ptr_array_add (self->meeting_ids, g_strdup (pl_record_get_id (PL_RECORD (meeting))));
      gtk_string_list_append (labels, label);
      /* The last meeting begun by now: the one under way, or the most
       * recent. */
      if (g_strcmp0 (starts, today) <= 0)
        chosen = i;
    }

  adw_combo_row_set_model (self->meeting_row, G_LIST_MODEL (labels));
  pl_compat_combo_row_name_items (self->meeting_row);
  if (meetings->len > 0)
    adw_combo_row_set_selected (self->meeting_row, chosen);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->meeting_row), _("The Organization of Work has no meeting of this body"));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "adopt", meetings->len > 0);
}

static void
pl_take_action_dialog_dispose (GObject *object)
{
  PlTakeActionDialog *self = PL_TAKE_ACTION_DIALOG (object);

  g_clear_object (&self->proposal);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_TAKE_ACTION_DIALOG);

  G_OBJECT_CLASS (pl_take_action_dialog_parent_class)->dispose (object);
}

static void
pl_take_action_dialog_finalize (GObject *object)
{
  PlTakeActionDialog *self = PL_TAKE_ACTION_DIALOG (object);

  g_ptr_array_unref (self->meeting_ids);

  G_OBJECT_CLASS (pl_take_action_dialog_parent_class)->finalize (object);
}

static void
pl_take_action_dialog_class_init (PlTakeActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_take_action_dialog_dispose;
  object_class->finalize = pl_take_action_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-take-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlTakeActionDialog, meeting_row);
}

static void
pl_take_action_dialog_init (PlTakeActionDialog *self)
{
  self->meeting_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_take_action_dialog_new (GtkWindow  *parent,
                           PlSession  *session,
                           PlProposal *proposal)
{
  PlTakeActionDialog *self;
  g_autofree char *body = NULL;
  const char *symbol = pl_proposal_get_symbol (proposal);

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  self = g_object_new (PL_TYPE_TAKE_ACTION_DIALOG, "transient-for", parent, NULL);
  self->proposal = g_object_ref (proposal);
  /* Translators: %s is a proposal's symbol and %s its title */
  body = g_strdup_printf (_("%s, “%s”: choose the meeting, then adopt it without a vote or put it to the vote."),
                          symbol ? symbol : "", pl_proposal_get_title (proposal) ?: "");
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  fill_meetings (self, session);

  return GTK_WIDGET (self);
}

/**
 * pl_take_action_dialog_get_proposal:
 *
 * Returns: (transfer none): the proposal acted on
 */
PlProposal *
pl_take_action_dialog_get_proposal (PlTakeActionDialog *self)
{
  g_return_val_if_fail (PL_IS_TAKE_ACTION_DIALOG (self), NULL);

  return self->proposal;
}

/**
 * pl_take_action_dialog_get_meeting_id:
 *
 * Returns: (transfer none) (nullable): the meeting chosen
 */
const char *
pl_take_action_dialog_get_meeting_id (PlTakeActionDialog *self)
{
  guint selected;

  g_return_val_if_fail (PL_IS_TAKE_ACTION_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->meeting_row);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->meeting_ids->len)
    return NULL;
  return g_ptr_array_index (self->meeting_ids, selected);
}
