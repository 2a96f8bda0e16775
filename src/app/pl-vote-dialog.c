/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-vote-dialog.h"
#include "pl-vote.h"

/**
 * PlVoteDialog:
 *
 * Puts a proposal to the vote: the meeting, the question (substance or
 * procedure, which chooses the session's majority), the kind of vote and,
 * for a roll call, the State drawn by lot. The States entitled to vote
 * are listed in roll-call order, and the officer takes their answers the
 * way they are given in the room: Y, N or A on the State called, and the
 * next State is called (focus moves on, and a screen reader reads the
 * State with its place in the call). Backspace or Up goes back to correct
 * one, Delete clears one. A non-recorded vote takes the three counts the
 * President announces instead.
 *
 * Who is entitled, the quorum, the majority and the outcome all come from
 * the tally (pl-vote-tally.c): this dialog only shows them. The vote is
 * built aside and joins the session only with Record, in one undo step
 * (pl_proposals_record_vote()); Cancel, or Escape, asks first when
 * ballots would be lost.
 */
struct _PlVoteDialog
{
  AdwWindow       parent_instance;

  PlSession      *session;
  PlProposal     *proposal;
  PlVote         *vote;         /* not in the session until recorded */
  GPtrArray      *meetings;     /* PlMeeting, the meeting_row's order */
  GPtrArray      *alphabetical; /* delegation _ids, the drawn_drop_down's order */
  GPtrArray      *rows;         /* AdwActionRow per entitled State, roll-call order */
  GPtrArray      *ballot_labels; /* GtkLabel, each row's answer */
  GPtrArray      *entitled;     /* delegation _ids, roll-call order */
  gboolean        building;
  gboolean        may_close;

  AdwWindowTitle *window_title;
  GtkWidget      *record_button;
  AdwComboRow    *meeting_row;
  AdwComboRow    *question_row;
  AdwComboRow    *kind_row;
  GtkWidget      *drawn_row;
  GtkDropDown    *drawn_drop_down;
  AdwActionRow   *counts_row;
  AdwActionRow   *quorum_row;
  GtkImage       *quorum_icon;
  AdwActionRow   *majority_row;
  GtkLabel       *outcome_label;
  GtkLabel       *error_label;
  GtkStack       *ballots_stack;
  GtkLabel       *ballots_title;
  GtkLabel       *calling_label;
  GtkListBox     *ballot_list;
  GtkSpinButton  *yes_spin;
  GtkSpinButton  *no_spin;
  GtkSpinButton  *abstain_spin;
};

G_DEFINE_FINAL_TYPE (PlVoteDialog, pl_vote_dialog, ADW_TYPE_WINDOW)

/* The first cut (vote19-api): the dialog and its constructor, so that the
 * Proposals page can open it; the roll call follows with the tally. */
static void on_record_clicked_cb (PlVoteDialog *self) { }
static void on_meeting_changed_cb (PlVoteDialog *self) { }
static void on_question_changed_cb (PlVoteDialog *self) { }
static void on_kind_changed_cb (PlVoteDialog *self) { }
static void on_drawn_changed_cb (PlVoteDialog *self) { }
static void on_draw_clicked_cb (PlVoteDialog *self) { }
static void on_counts_changed_cb (PlVoteDialog *self) { }

static void
pl_vote_dialog_dispose (GObject *object)
{
  PlVoteDialog *self = PL_VOTE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_VOTE_DIALOG);
  g_clear_object (&self->vote);
  g_clear_object (&self->proposal);
  g_clear_object (&self->session);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->alphabetical, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->ballot_labels, g_ptr_array_unref);
  g_clear_pointer (&self->entitled, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_vote_dialog_parent_class)->dispose (object);
}

static void
pl_vote_dialog_class_init (PlVoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_vote_dialog_dispose;
  (void) window_class;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-vote-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, record_button);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, question_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, drawn_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, drawn_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, counts_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, quorum_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, quorum_icon);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, majority_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, ballots_stack);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, ballots_title);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, calling_label);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, ballot_list);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, yes_spin);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, no_spin);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, abstain_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_question_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_drawn_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_draw_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_counts_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_vote_dialog_init (PlVoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->alphabetical = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
  self->ballot_labels = g_ptr_array_new ();
  self->entitled = g_ptr_array_new_with_free_func (g_free);
}

/**
 * pl_vote_dialog_new:
 * @parent: (nullable): the window it is modal for
 * @proposal: the proposal put to the vote, a record of @session
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
pl_vote_dialog_new (GtkWindow  *parent,
                    PlSession  *session,
                    PlProposal *proposal)
{
  PlVoteDialog *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  self = g_object_new (PL_TYPE_VOTE_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->proposal = g_object_ref (proposal);
  self->vote = pl_vote_new (NULL);
  adw_window_title_set_subtitle (self->window_title, pl_proposal_get_symbol (proposal));
  return GTK_WIDGET (self);
}
