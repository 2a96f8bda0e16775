/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-calendar.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-proposals.h"
#include "pl-vote-dialog.h"
#include "pl-vote-tally.h"
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
  GtkWidget      *draw_button;
  AdwActionRow   *counts_row;
  AdwActionRow   *quorum_row;
  GtkImage       *quorum_icon;
  AdwActionRow   *majority_row;
  AdwActionRow   *notes_row;
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

/* The kind_row's order: the roll call first, the usual one when a
 * delegation asks for a vote in a conference of States. */
static const PlVoteKind kinds[] = {
  PL_VOTE_KIND_ROLL_CALL,
  PL_VOTE_KIND_RECORDED,
  PL_VOTE_KIND_NON_RECORDED,
};

static const PlVoteQuestion questions[] = {
  PL_VOTE_QUESTION_SUBSTANCE,
  PL_VOTE_QUESTION_PROCEDURE,
};

static const char *
delegation_name (PlVoteDialog *self,
                 const char   *id)
{
  PlRecord *record = pl_session_lookup (self->session, id);

  if (PL_IS_DELEGATION (record) && pl_delegation_get_name (PL_DELEGATION (record)) != NULL)
    return pl_delegation_get_name (PL_DELEGATION (record));
  return id;
}

static const char *
ballot_label (PlBallot ballot)
{
  switch (ballot)
    {
    case PL_BALLOT_YES:
      return _("Yes");
    case PL_BALLOT_NO:
      return _("No");
    case PL_BALLOT_ABSTAIN:
      return _("Abstains");
    case PL_BALLOT_NONE:
    default:
      return _("Not yet voted");
    }
}

static const char *
ballot_css (PlBallot ballot)
{
  switch (ballot)
    {
    case PL_BALLOT_YES:
      return "yes";
    case PL_BALLOT_NO:
      return "no";
    case PL_BALLOT_ABSTAIN:
      return "abstain";
    case PL_BALLOT_NONE:
    default:
      return "none";
    }
}

static PlVoteKind
selected_kind (PlVoteDialog *self)
{
  guint i = adw_combo_row_get_selected (self->kind_row);

  return i < G_N_ELEMENTS (kinds) ? kinds[i] : PL_VOTE_KIND_ROLL_CALL;
}

static PlMeeting *
selected_meeting (PlVoteDialog *self)
{
  guint i = adw_combo_row_get_selected (self->meeting_row);

  return i < self->meetings->len ? g_ptr_array_index (self->meetings, i) : NULL;
}

static const char *
selected_drawn (PlVoteDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->drawn_drop_down);

  if (selected_kind (self) != PL_VOTE_KIND_ROLL_CALL)
    return NULL;
  return i < self->alphabetical->len ? g_ptr_array_index (self->alphabetical, i) : NULL;
}

static guint
n_ballots (PlVoteDialog *self)
{
  JsonNode *ballots = pl_vote_get_ballots (self->vote);

  if (ballots == NULL || !JSON_NODE_HOLDS_OBJECT (ballots))
    return 0;
  return json_object_get_size (json_node_get_object (ballots));
}

static JsonNode *
counts_node (guint yes,
             guint no,
             guint abstain)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "yes");
  json_builder_add_int_value (builder, yes);
  json_builder_set_member_name (builder, "no");
  json_builder_add_int_value (builder, no);
  json_builder_set_member_name (builder, "abstain");
  json_builder_add_int_value (builder, abstain);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The controls into the vote aside, which the tally then reads. */
static void
sync_vote (PlVoteDialog *self)
{
  PlMeeting *meeting = selected_meeting (self);
  guint question = adw_combo_row_get_selected (self->question_row);

  pl_vote_set_proposal (self->vote, pl_record_get_id (PL_RECORD (self->proposal)));
  pl_vote_set_meeting (self->vote, meeting ? pl_record_get_id (PL_RECORD (meeting)) : NULL);
  pl_vote_set_question (self->vote, question < G_N_ELEMENTS (questions) ? questions[question]
                                                                        : PL_VOTE_QUESTION_SUBSTANCE);
  pl_vote_set_kind (self->vote, selected_kind (self));
  pl_vote_set_drawn (self->vote, selected_drawn (self));
  if (selected_kind (self) == PL_VOTE_KIND_NON_RECORDED)
    {
      g_autoptr(JsonNode) counts = counts_node (gtk_spin_button_get_value_as_int (self->yes_spin),
                                                gtk_spin_button_get_value_as_int (self->no_spin),
                                                gtk_spin_button_get_value_as_int (self->abstain_spin));

      pl_vote_set_counts (self->vote, counts);
    }
  else
    pl_vote_set_counts (self->vote, NULL);
}

/* A row's name is what a screen reader says when the State is called:
 * the State, its answer so far, and where the call stands. */
static void
show_ballot (PlVoteDialog *self,
             guint         index)
{
  const char *id = g_ptr_array_index (self->entitled, index);
  PlBallot ballot = pl_vote_get_ballot (self->vote, id);
  GtkWidget *label = g_ptr_array_index (self->ballot_labels, index);
  static const char *classes[] = { "yes", "no", "abstain", "none" };
  g_autofree char *name = NULL;

  gtk_label_set_label (GTK_LABEL (label), ballot == PL_BALLOT_NONE ? "—" : ballot_label (ballot));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  gtk_widget_add_css_class (label, ballot_css (ballot));

  /* Translators: a State called in a vote, its answer, its place in the
   * call: "Kenya, Yes, 7 of 22" */
  name = g_strdup_printf (_("%s, %s, %u of %u"), delegation_name (self, id), ballot_label (ballot),
                          index + 1, self->entitled->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_ptr_array_index (self->rows, index)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static const char *
outcome_text (PlVoteOutcome outcome)
{
  switch (outcome)
    {
    case PL_VOTE_OUTCOME_ADOPTED:
      return _("Adopted");
    case PL_VOTE_OUTCOME_REJECTED:
      return _("Rejected");
    case PL_VOTE_OUTCOME_NO_QUORUM:
      return _("No quorum");
    case PL_VOTE_OUTCOME_INCOMPLETE:
    default:
      return _("Still voting");
    }
}

/* What the tally found about REIOs' votes (rule 57), said beside the
 * figures since it changes them. */
static void
show_notes (PlVoteDialog *self,
            PlVoteTally  *tally)
{
  g_autoptr(GString) notes = g_string_new (NULL);

  for (guint i = 0; i < tally->reio_unknown->len; i++)
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, _("%s votes with one vote: the session does not list its member States."),
                              delegation_name (self, g_ptr_array_index (tally->reio_unknown, i)));
    }
  for (guint i = 0; i < tally->reio_conflict->len; i++)
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, _("%s and some of its member States both voted: only one or the other "
                                       "votes (rule 57)."),
                              delegation_name (self, g_ptr_array_index (tally->reio_conflict, i)));
    }
  adw_action_row_set_subtitle (self->notes_row, notes->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_row), notes->len > 0);
}

/* The figures, all from the tally: the view never counts. */
static void
update_tally (PlVoteDialog *self)
{
  g_autoptr(PlVoteTally) tally = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *quorum = NULL;
  g_autofree char *majority = NULL;
  const char *majority_name;
  gboolean recordable;

  sync_vote (self);
  tally = pl_vote_tally_compute (self->session, self->vote);

  if (selected_kind (self) == PL_VOTE_KIND_NON_RECORDED)
    counts = g_strdup_printf (_("Yes %u · No %u · Abstentions %u"), tally->yes, tally->no, tally->abstain);
  else
    /* The votes are the tally's (a REIO's ballot counts for its member
     * States, rule 57); "not yet voted" is the rows still without an
     * answer. */
    counts = g_strdup_printf (_("Yes %u · No %u · Abstentions %u · Not yet voted %u"),
                              tally->yes, tally->no, tally->abstain,
                              self->entitled->len - MIN (self->entitled->len, n_ballots (self)));
  adw_action_row_set_subtitle (self->counts_row, counts);

  quorum = g_strdup_printf (ngettext ("%u of %u States parties present; %u needed",
                                      "%u of %u States parties present; %u needed", tally->n_parties),
                            tally->n_present, tally->n_parties, tally->quorum);
  adw_action_row_set_subtitle (self->quorum_row, quorum);
  gtk_image_set_from_icon_name (self->quorum_icon, tally->quorum_met ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_icon), tally->quorum_met ? "warning" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->quorum_icon), tally->quorum_met ? "success" : "warning");

  majority_name = tally->majority == PL_MAJORITY_TWO_THIRDS ? _("Two thirds of those present and voting")
                                                            : _("A majority of those present and voting");
  /* The yes votes needed mean something once someone has voted. */
  if (tally->present_and_voting == 0)
    majority = g_strdup (majority_name);
  else
    majority = g_strdup_printf (ngettext ("%s: %u yes vote of %u present and voting",
                                          "%s: %u yes votes of %u present and voting", tally->required),
                                majority_name, tally->required, tally->present_and_voting);
  adw_action_row_set_subtitle (self->majority_row, majority);

  show_notes (self, tally);
  gtk_label_set_label (self->outcome_label, outcome_text (tally->outcome));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->outcome_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  outcome_text (tally->outcome), -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->outcome_label),
                            tally->outcome == PL_VOTE_OUTCOME_ADOPTED ? "success"
                            : tally->outcome == PL_VOTE_OUTCOME_REJECTED ? "error" : "dim-label");

  /* Only a decision can be recorded: a roll call still going on, or a
   * meeting without its quorum (rule 41), takes none. */
  recordable = (tally->outcome == PL_VOTE_OUTCOME_ADOPTED || tally->outcome == PL_VOTE_OUTCOME_REJECTED)
               && self->entitled->len > 0;
  gtk_widget_set_sensitive (self->record_button, recordable);
}

static void
update_calling (PlVoteDialog *self,
                int           index)
{
  g_autofree char *text = NULL;

  if (index < 0 || (guint) index >= self->entitled->len)
    {
      gtk_label_set_label (self->calling_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->calling_label), FALSE);
      return;
    }
  /* Translators: the State the officer is taking the answer of, and its
   * place in the call: "Kenya (7 of 22)" */
  text = g_strdup_printf (_("%s (%d of %u)"), delegation_name (self, g_ptr_array_index (self->entitled, index)),
                          index + 1, self->entitled->len);
  gtk_label_set_label (self->calling_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->calling_label), TRUE);
}

static int
focused_index (PlVoteDialog *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  while (focus != NULL && !(GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self->ballot_list)))
    focus = gtk_widget_get_parent (focus);
  return focus ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus)) : -1;
}

static void
focus_index (PlVoteDialog *self,
             guint         index)
{
  if (index < self->rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, index));
}

/* After an answer, the next State in the call; after the last, the first
 * State that has not answered (called again, as in the room), and once
 * every State has, Record. */
static void
call_next (PlVoteDialog *self,
           guint         index)
{
  if (index + 1 < self->rows->len)
    {
      focus_index (self, index + 1);
      return;
    }
  for (guint i = 0; i < self->entitled->len; i++)
    if (pl_vote_get_ballot (self->vote, g_ptr_array_index (self->entitled, i)) == PL_BALLOT_NONE)
      {
        focus_index (self, i);
        return;
      }
  gtk_label_set_label (self->calling_label, _("Every State has answered"));
  if (gtk_widget_get_sensitive (self->record_button))
    gtk_widget_grab_focus (self->record_button);
}

/* Alt+R, the "Roll Call" heading's mnemonic: to the State to call, the
 * first one without an answer. */
static gboolean
on_ballots_mnemonic_cb (PlVoteDialog *self,
                        gboolean      group_cycling)
{
  for (guint i = 0; i < self->entitled->len; i++)
    if (pl_vote_get_ballot (self->vote, g_ptr_array_index (self->entitled, i)) == PL_BALLOT_NONE)
      {
        focus_index (self, i);
        return TRUE;
      }
  focus_index (self, 0);
  return TRUE;
}

static void
set_ballot (PlVoteDialog *self,
            guint         index,
            PlBallot      ballot)
{
  pl_vote_set_ballot (self->vote, g_ptr_array_index (self->entitled, index), ballot);
  show_ballot (self, index);
  update_tally (self);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static gboolean
on_ballot_key_cb (PlVoteDialog          *self,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  GtkEventControllerKey *controller)
{
  int index = focused_index (self);
  PlBallot ballot;

  if (index < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_y:
      ballot = PL_BALLOT_YES;
      break;
    case GDK_KEY_n:
      ballot = PL_BALLOT_NO;
      break;
    case GDK_KEY_a:
      ballot = PL_BALLOT_ABSTAIN;
      break;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      set_ballot (self, index, PL_BALLOT_NONE);
      return GDK_EVENT_STOP;
    case GDK_KEY_BackSpace:
      if (index > 0)
        focus_index (self, index - 1);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  set_ballot (self, index, ballot);
  call_next (self, index);
  return GDK_EVENT_STOP;
}

static void
on_focus_changed_cb (PlVoteDialog *self)
{
  int index = focused_index (self);

  if (index >= 0)
    update_calling (self, index);
}

/* The entitled States in roll-call order, with the ballots so far: a
 * ballot of a State no longer entitled (another meeting, other States
 * present) is dropped, as the register would refuse it. */
static void
rebuild_ballots (PlVoteDialog *self)
{
  g_autoptr(GPtrArray) entitled = NULL;
  GtkWidget *child;

  sync_vote (self);
  entitled = pl_vote_entitled (self->session, self->proposal, selected_meeting (self), selected_drawn (self));

  {
    JsonNode *ballots = pl_vote_get_ballots (self->vote);
    g_autoptr(GList) members = ballots && JSON_NODE_HOLDS_OBJECT (ballots)
                               ? json_object_get_members (json_node_get_object (ballots)) : NULL;
    g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);

    for (GList *l = members; l != NULL; l = l->next)
      if (!g_ptr_array_find_with_equal_func (entitled, l->data, g_str_equal, NULL))
        g_ptr_array_add (gone, g_strdup (l->data));
    for (guint i = 0; i < gone->len; i++)
      pl_vote_set_ballot (self->vote, g_ptr_array_index (gone, i), PL_BALLOT_NONE);
  }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->ballot_list))) != NULL)
    gtk_list_box_remove (self->ballot_list, child);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->ballot_labels, 0);
  g_ptr_array_set_size (self->entitled, 0);

  for (guint i = 0; i < entitled->len; i++)
    {
      const char *id = g_ptr_array_index (entitled, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *number = gtk_label_new (NULL);
      GtkWidget *ballot = gtk_label_new (NULL);
      g_autofree char *place = g_strdup_printf ("%u", i + 1);

      gtk_label_set_label (GTK_LABEL (number), place);
      gtk_widget_add_css_class (number, "vote-place");
      gtk_widget_add_css_class (number, "dim-label");
      gtk_widget_add_css_class (ballot, "vote-ballot");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), delegation_name (self, id));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), ballot);
      gtk_widget_set_focusable (row, TRUE);
      gtk_list_box_append (self->ballot_list, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->ballot_labels, ballot);
      g_ptr_array_add (self->entitled, g_strdup (id));
    }
  for (guint i = 0; i < self->rows->len; i++)
    show_ballot (self, i);

  pl_compat_stack_show_only (self->ballots_stack,
                             selected_kind (self) == PL_VOTE_KIND_NON_RECORDED ? "counts"
                             : self->entitled->len == 0 ? "empty" : "ballots");
  update_calling (self, self->entitled->len > 0 ? 0 : -1);
  update_tally (self);
}

/* The drawn_drop_down's States: the entitled ones, alphabetically. */
static void
fill_drawn (PlVoteDialog *self)
{
  g_autoptr(GPtrArray) entitled = pl_vote_entitled (self->session, self->proposal, selected_meeting (self), NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *drawn = selected_drawn (self);
  g_autofree char *was = g_strdup (drawn);
  guint selected = 0;

  g_ptr_array_set_size (self->alphabetical, 0);
  for (guint i = 0; i < entitled->len; i++)
    {
      const char *id = g_ptr_array_index (entitled, i);

      g_ptr_array_add (self->alphabetical, g_strdup (id));
      gtk_string_list_append (names, delegation_name (self, id));
      if (g_strcmp0 (id, was) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->drawn_drop_down, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->drawn_drop_down, entitled->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  gtk_widget_set_sensitive (self->drawn_row, entitled->len > 0);
}

static void
on_meeting_changed_cb (PlVoteDialog *self)
{
  if (self->building)
    return;
  self->building = TRUE;
  fill_drawn (self);
  self->building = FALSE;
  rebuild_ballots (self);
}

static void
on_question_changed_cb (PlVoteDialog *self)
{
  if (!self->building)
    update_tally (self);
}

static void
on_kind_changed_cb (PlVoteDialog *self)
{
  if (self->building)
    return;
  gtk_widget_set_visible (self->drawn_row, selected_kind (self) == PL_VOTE_KIND_ROLL_CALL);
  gtk_label_set_text_with_mnemonic (self->ballots_title, selected_kind (self) == PL_VOTE_KIND_ROLL_CALL
                                                         ? _("_Roll Call") : _("_Recorded Vote"));
  rebuild_ballots (self);
}

static void
on_drawn_changed_cb (PlVoteDialog *self)
{
  if (!self->building)
    rebuild_ballots (self);
}

static void
on_counts_changed_cb (PlVoteDialog *self)
{
  if (!self->building)
    update_tally (self);
}

/* The lot the President draws, drawn here when the officer asks. */
static void
on_draw_clicked_cb (PlVoteDialog *self)
{
  if (self->alphabetical->len == 0)
    return;
  gtk_drop_down_set_selected (self->drawn_drop_down, g_random_int_range (0, self->alphabetical->len));
  focus_index (self, 0);
}

static void
on_record_clicked_cb (PlVoteDialog *self)
{
  g_autoptr(PlVoteTally) tally = NULL;
  g_autoptr(JsonNode) counts = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *announced = g_date_time_format_iso8601 (now);
  g_autoptr(GError) error = NULL;

  pl_edit_burst_flush (self->session);
  gtk_spin_button_update (self->yes_spin);
  gtk_spin_button_update (self->no_spin);
  gtk_spin_button_update (self->abstain_spin);
  sync_vote (self);
  tally = pl_vote_tally_compute (self->session, self->vote);
  if (tally->outcome != PL_VOTE_OUTCOME_ADOPTED && tally->outcome != PL_VOTE_OUTCOME_REJECTED)
    return;

  /* The counts as the President announces them: for a recorded vote
   * they are the ballots' (votes.counts checks that they agree). */
  counts = counts_node (tally->yes, tally->no, tally->abstain);
  pl_vote_set_counts (self->vote, counts);
  pl_vote_set_announced_at (self->vote, announced);

  if (!pl_proposals_record_vote (self->session, self->proposal, self->vote, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PlVoteDialog     *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  /* The question closes itself after this: let it no longer hang on a
   * window that is going away. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
has_entries (PlVoteDialog *self)
{
  if (selected_kind (self) == PL_VOTE_KIND_NON_RECORDED)
    return gtk_spin_button_get_value_as_int (self->yes_spin) + gtk_spin_button_get_value_as_int (self->no_spin)
           + gtk_spin_button_get_value_as_int (self->abstain_spin) > 0;
  return n_ballots (self) > 0;
}

/* Escape and Cancel: ballots typed are the room's answers, not lost on a
 * stray key. */
static gboolean
pl_vote_dialog_close_request (GtkWindow *window)
{
  PlVoteDialog *self = PL_VOTE_DIALOG (window);
  GtkWidget *dialog;
  guint n;

  if (self->may_close || !has_entries (self))
    return GTK_WINDOW_CLASS (pl_vote_dialog_parent_class)->close_request (window);

  n = selected_kind (self) == PL_VOTE_KIND_NON_RECORDED ? 0 : n_ballots (self);
  dialog = adw_message_dialog_new (window, _("Discard the Vote?"), NULL);
  if (n > 0)
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    ngettext ("The ballot of %u State is not recorded.",
                                              "The ballots of %u States are not recorded.", n), n);
  else
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), _("The counts are not recorded."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Voting"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static char *
meeting_label (PlMeeting *meeting)
{
  GDate date;
  g_autofree char *day = NULL;
  const char *title = pl_meeting_get_title (meeting);

  g_date_clear (&date, 1);
  if (pl_calendar_parse_date (pl_meeting_get_date (meeting), &date, NULL))
    {
      char buffer[128];

      /* The session's year goes without saying. */
      g_date_strftime (buffer, sizeof buffer, "%a %e %b", &date);
      day = g_strstrip (g_strdup (buffer));
    }
  else
    day = g_strdup (pl_meeting_get_date (meeting) ?: "");

  /* Translators: a meeting's day, start and end, "Mon 12 Oct, 10:00–13:00" */
  if (title == NULL || *title == '\0')
    return g_strdup_printf (_("%s, %s–%s"), day, pl_meeting_get_start (meeting) ?: "", pl_meeting_get_end (meeting) ?: "");
  /* Translators: as above, then the meeting's title */
  return g_strdup_printf (_("%s, %s–%s: %s"), day, pl_meeting_get_start (meeting) ?: "",
                          pl_meeting_get_end (meeting) ?: "", title);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlMeeting *x = *(PlMeeting **) a;
  PlMeeting *y = *(PlMeeting **) b;
  int by_date = g_strcmp0 (pl_meeting_get_date (x), pl_meeting_get_date (y));

  return by_date != 0 ? by_date : g_strcmp0 (pl_meeting_get_start (x), pl_meeting_get_start (y));
}

/* The meetings of the proposal's body in order, and the one a vote is
 * most likely taken at: the latest that has begun, or the first when
 * the session has not yet opened. */
static guint
fill_meetings (PlVoteDialog *self)
{
  GListModel *meetings = pl_session_get_records (self->session, PL_TYPE_MEETING);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint latest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      if (pl_meeting_get_body (meeting) == pl_proposal_get_body (self->proposal))
        g_ptr_array_add (self->meetings, g_object_ref (meeting));
    }
  g_ptr_array_sort (self->meetings, compare_meetings);

  for (guint i = 0; i < self->meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (self->meetings, i);
      g_autofree char *label = meeting_label (meeting);

      gtk_string_list_append (labels, label);
      if (g_strcmp0 (pl_meeting_get_date (meeting), today) <= 0)
        latest = i;
    }
  if (self->meetings->len == 0)
    gtk_string_list_append (labels, _("No meeting of this body"));
  adw_combo_row_set_model (self->meeting_row, G_LIST_MODEL (labels));
  pl_compat_combo_row_name_items (self->meeting_row);
  gtk_widget_set_sensitive (GTK_WIDGET (self->meeting_row), self->meetings->len > 0);
  return latest;
}

static void
set_labels (AdwComboRow *row,
            const char  *first,
            ...)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *label = first; label != NULL; label = va_arg (args, const char *))
    gtk_string_list_append (strings, label);
  va_end (args);
  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
  pl_compat_combo_row_name_items (row);
}

static void
build (PlVoteDialog *self)
{
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  const char *symbol = pl_proposal_get_symbol (self->proposal);
  const char *title = pl_proposal_get_title (self->proposal);
  g_autofree char *subtitle = NULL;

  self->building = TRUE;
  if (symbol != NULL && title != NULL)
    subtitle = g_strdup_printf ("%s: %s", symbol, title);
  else
    subtitle = g_strdup (symbol ? symbol : title ? title : "");
  adw_window_title_set_subtitle (self->window_title, subtitle);

  set_labels (self->question_row, _("Substance"), _("Procedure"), NULL);
  set_labels (self->kind_row, _("Roll call"), _("Recorded"), _("Non-recorded"), NULL);
  gtk_drop_down_set_expression (self->drawn_drop_down, expression);
  {
    /* Each State named for a screen reader, which GTK 4.8 does not do
     * for a list's rows (pl-compat.h). */
    g_autoptr(GtkListItemFactory) factory = pl_compat_named_items_factory_new ();

    gtk_drop_down_set_factory (self->drawn_drop_down, factory);
    pl_compat_label_inner_lists (GTK_WIDGET (self->drawn_drop_down), _("States Entitled to Vote"));
  }
  /* The drop-down's own button is what takes the focus: GTK 4.8 names it
   * after its class, so it gets the drop-down's name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->drawn_drop_down));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("State Drawn by Lot"), -1);
  adw_combo_row_set_selected (self->meeting_row, fill_meetings (self));
  fill_drawn (self);
  self->building = FALSE;

  rebuild_ballots (self);
  /* The officer's first step: the State the President draws by lot. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->drawn_drop_down));
}

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
  window_class->close_request = pl_vote_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-vote-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, record_button);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, question_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, drawn_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, drawn_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, draw_button);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, counts_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, quorum_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, quorum_icon);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, majority_row);
  gtk_widget_class_bind_template_child (widget_class, PlVoteDialog, notes_row);
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
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  self->alphabetical = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new ();
  self->ballot_labels = g_ptr_array_new ();
  self->entitled = g_ptr_array_new_with_free_func (g_free);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_ballot_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->ballot_list), keys);
  g_signal_connect_swapped (self->ballot_list, "mnemonic-activate", G_CALLBACK (on_ballots_mnemonic_cb), self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_changed_cb), NULL);
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
  build (self);
  return GTK_WIDGET (self);
}
