/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pl-proposals.h"
#include "pl-samples.h"
#include "pl-test-support.h"
#include "pl-vote-dialog.h"
#include "pl-vote.h"

/* Issue 19, the vote dialog: the entitled States in roll-call order from
 * the State drawn by lot, Y / N / A recording one State after another,
 * the running counts from the tally, Record as one undo step writing the
 * vote and the proposal's status and number, Cancel changing nothing. */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWidget *
child (GtkWidget  *dialog,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (dialog, PL_TYPE_VOTE_DIALOG, name);

  g_assert_true (GTK_IS_WIDGET (object));
  return GTK_WIDGET (object);
}

/* Five States parties present with credentials (entitled), one State
 * party absent, one observer State: the first five vote. */
static const struct {
  const char *iso3;
  const char *name;
  PlDelegationCategory category;
  gboolean present;
} states[] = {
  { "EGY", "Egypt", PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
  { "AUT", "Austria", PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
  { "DNK", "Denmark", PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
  { "BRA", "Brazil", PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
  { "CHL", "Chile", PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
  { "GHA", "Ghana", PL_DELEGATION_CATEGORY_STATE_PARTY, FALSE },
  { "FIN", "Finland", PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE, TRUE },
};

static PlSession *
load_vote_session (PlProposal **proposal)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);

  g_assert_no_error (error);
  /* A conference of these States alone, whose quorum they make: the
   * sample registers every State party (issue 22). */
  pl_test_remove_delegations (session);
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *id = g_strdup_printf ("delegation:%s", states[i].iso3);
      g_autofree char *credentials_id = g_strdup_printf ("credentials:%s", states[i].iso3);
      g_autoptr(PlDelegation) delegation = pl_delegation_new (id);
      g_autoptr(PlCredentials) credentials = pl_credentials_new (credentials_id);

      pl_delegation_set_name (delegation, states[i].name);
      pl_delegation_set_iso3 (delegation, states[i].iso3);
      pl_delegation_set_category (delegation, states[i].category);
      pl_delegation_set_present (delegation, states[i].present);
      pl_session_add_record (session, PL_RECORD (delegation));
      pl_credentials_set_delegation (credentials, id);
      pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
      pl_credentials_set_issuer (credentials, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER);
      pl_session_add_record (session, PL_RECORD (credentials));
    }

  *proposal = pl_proposals_add (session, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, "CTOC/COP/2020/L.3",
                                "Strengthening international cooperation", &error);
  g_assert_no_error (error);
  g_assert_nonnull (*proposal);
  pl_proposal_set_body (*proposal, PL_MEETING_BODY_PLENARY);
  pl_history_clear (pl_session_get_history (session));
  return session;
}

static GtkWidget *
open_dialog (PlSession  *session,
             PlProposal *proposal)
{
  GtkWidget *dialog = pl_vote_dialog_new (NULL, session, proposal);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (50);
  return dialog;
}

static void
close_dialog (GtkWidget *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
  g_assert_finalize_object (dialog);
}

static GPtrArray *
roll_call (GtkWidget *dialog)
{
  GPtrArray *names = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (child (dialog, "ballot_list"));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_PREFERENCES_ROW (row))
      g_ptr_array_add (names, (gpointer) adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_ptr_array_add (names, NULL);
  return names;
}

static void
draw (GtkWidget  *dialog,
      const char *name)
{
  GtkDropDown *drop_down = GTK_DROP_DOWN (child (dialog, "drawn_drop_down"));
  GListModel *model = gtk_drop_down_get_model (drop_down);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  g_error ("%s is not among the States that can be drawn", name);
}

static GtkWidget *
focused_row (GtkWidget *dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  while (focus != NULL && !GTK_IS_LIST_BOX_ROW (focus))
    focus = gtk_widget_get_parent (focus);
  return focus;
}

static const char *
focused_state (GtkWidget *dialog)
{
  GtkWidget *row = focused_row (dialog);

  return row ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

/* A key as the officer types it, to the ballots' own key handler. */
static void
press (GtkWidget *dialog,
       guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (child (dialog, "ballot_list"));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          break;
        }
    }
  g_assert_true (handled);
  spin (10);
}

static const char *
subtitle (GtkWidget  *dialog,
          const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (child (dialog, name)));
}

static void
test_roll_call_order (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  GtkWidget *dialog = open_dialog (session, proposal);
  g_autoptr(GPtrArray) alphabetical = NULL;
  g_autoptr(GPtrArray) from_chile = NULL;
  const char *expected_alphabetical[] = { "Austria", "Brazil", "Chile", "Denmark", "Egypt", NULL };
  const char *expected_from_chile[] = { "Chile", "Denmark", "Egypt", "Austria", "Brazil", NULL };

  /* Roll call is the first kind offered; the drawn State starts it,
   * then English alphabetical order, wrapping round. */
  draw (dialog, "Austria");
  alphabetical = roll_call (dialog);
  g_assert_cmpstrv ((char **) alphabetical->pdata, expected_alphabetical);
  draw (dialog, "Chile");
  from_chile = roll_call (dialog);
  g_assert_cmpstrv ((char **) from_chile->pdata, expected_from_chile);

  /* Draw picks one of the five at random and calls it first. */
  for (guint i = 0; i < 5; i++)
    {
      GtkDropDown *drop_down = GTK_DROP_DOWN (child (dialog, "drawn_drop_down"));
      const char *drawn;

      g_signal_emit_by_name (child (dialog, "draw_button"), "clicked");
      drawn = gtk_string_object_get_string (gtk_drop_down_get_selected_item (drop_down));
      g_assert_true (g_strv_contains (expected_alphabetical, drawn));
      g_assert_cmpstr (focused_state (dialog), ==, drawn);
    }
  draw (dialog, "Chile");

  /* Neither Ghana (absent) nor Finland (not a party) is called. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "calling_label"))), ==, "Chile (1 of 5)");
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "record_button")));

  /* The tally's figures: six States parties, five present; substance
   * takes two thirds, procedure a simple majority. */
  g_assert_cmpstr (subtitle (dialog, "quorum_row"), ==, "5 of 6 States parties present; 4 needed");
  g_assert_cmpstr (subtitle (dialog, "majority_row"), ==, "Two thirds of those present and voting");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "question_row")), 1);
  g_assert_cmpstr (subtitle (dialog, "majority_row"), ==, "A majority of those present and voting");
  close_dialog (dialog);
}

static void
test_keys_record_and_advance (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  GtkWidget *dialog = open_dialog (session, proposal);

  /* The dialog opens on the State drawn by lot; the "Roll Call"
   * heading's mnemonic (Alt+R) goes to the State called. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == child (dialog, "drawn_drop_down")
                 || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), child (dialog, "drawn_drop_down")));
  draw (dialog, "Chile");
  g_assert_true (gtk_widget_mnemonic_activate (child (dialog, "ballot_list"), FALSE));
  g_assert_cmpstr (focused_state (dialog), ==, "Chile");

  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (focused_state (dialog), ==, "Denmark");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "calling_label"))), ==, "Denmark (2 of 5)");
  press (dialog, GDK_KEY_n);
  g_assert_cmpstr (focused_state (dialog), ==, "Egypt");
  press (dialog, GDK_KEY_A);
  g_assert_cmpstr (focused_state (dialog), ==, "Austria");
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 1 · No 1 · Abstentions 1 · Not yet voted 2");
  g_assert_cmpstr (subtitle (dialog, "majority_row"), ==,
                   "Two thirds of those present and voting: 2 yes votes of 2 present and voting");
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "record_button")));

  /* Backspace goes back to Egypt, whose answer is corrected. */
  press (dialog, GDK_KEY_BackSpace);
  g_assert_cmpstr (focused_state (dialog), ==, "Egypt");
  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (focused_state (dialog), ==, "Austria");
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 2 · No 1 · Abstentions 0 · Not yet voted 2");

  press (dialog, GDK_KEY_y);
  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 4 · No 1 · Abstentions 0 · Not yet voted 0");
  /* 4 of 5 present and voting is more than two thirds: adopted, and
   * Record takes the focus once every State has answered. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "outcome_label"))), ==, "Adopted");
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "record_button")));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == child (dialog, "record_button"));
  g_assert_null (focused_row (dialog));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "calling_label"))), ==, "Every State has answered");

  /* Recorded only with Record: the session has no vote yet. */
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_VOTE)), ==, 0);
  g_assert_cmpint (pl_proposal_get_status (proposal), !=, PL_PROPOSAL_STATUS_ADOPTED);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
  g_assert_finalize_object (dialog);
}

static void
test_record (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  GtkWidget *dialog = open_dialog (session, proposal);
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlVote) vote = NULL;
  JsonObject *action;

  draw (dialog, "Denmark");
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  /* Denmark, Egypt, Austria, Brazil, Chile */
  press (dialog, GDK_KEY_n);
  press (dialog, GDK_KEY_y);
  press (dialog, GDK_KEY_y);
  press (dialog, GDK_KEY_a);
  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "outcome_label"))), ==, "Adopted");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);   /* the window list holds it until it closes */
  g_signal_emit_by_name (child (dialog, "record_button"), "clicked");
  spin (50);
  g_assert_null (dialog);

  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_VOTE)), ==, 1);
  vote = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_VOTE), 0);
  g_assert_cmpint (pl_vote_get_kind (vote), ==, PL_VOTE_KIND_ROLL_CALL);
  g_assert_cmpint (pl_vote_get_question (vote), ==, PL_VOTE_QUESTION_SUBSTANCE);
  g_assert_cmpstr (pl_vote_get_drawn (vote), ==, "delegation:DNK");
  g_assert_cmpstr (pl_vote_get_proposal (vote), ==, pl_record_get_id (PL_RECORD (proposal)));
  g_assert_nonnull (pl_vote_get_meeting (vote));
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:DNK"), ==, PL_BALLOT_NO);
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:EGY"), ==, PL_BALLOT_YES);
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:AUT"), ==, PL_BALLOT_YES);
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:BRA"), ==, PL_BALLOT_ABSTAIN);
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:CHL"), ==, PL_BALLOT_YES);
  g_assert_cmpint (pl_vote_get_ballot (vote, "delegation:GHA"), ==, PL_BALLOT_NONE);
  g_assert_nonnull (pl_vote_get_announced_at (vote));

  g_assert_cmpint (pl_proposal_get_status (proposal), ==, PL_PROPOSAL_STATUS_ADOPTED);
  g_assert_cmpstr (pl_proposal_get_adopted_as (proposal), ==, "10/1");
  g_assert_nonnull (pl_proposal_get_action (proposal));
  action = json_node_get_object (pl_proposal_get_action (proposal));
  g_assert_cmpstr (json_object_get_string_member (action, "method"), ==, "vote");
  g_assert_cmpstr (json_object_get_string_member (action, "vote"), ==, pl_record_get_id (PL_RECORD (vote)));

  /* One undo step takes it all back. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_VOTE)), ==, 0);
  g_assert_cmpint (pl_proposal_get_status (proposal), !=, PL_PROPOSAL_STATUS_ADOPTED);
  g_assert_null (pl_proposal_get_adopted_as (proposal));
  g_assert_false (pl_history_get_can_undo (history));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);   /* GTK holds it */
    }
  return NULL;
}

/* As a click on the response's button: the response, then the question
 * closes. */
static void
answer (AdwMessageDialog *question,
        const char       *response)
{
  adw_message_dialog_response (question, response);
  gtk_window_close (GTK_WINDOW (question));
}

/* Cancel with ballots asks first; "Keep Voting" keeps them, "Discard"
 * closes, and the session is as it was. */
static void
test_cancel (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  GtkWidget *dialog = open_dialog (session, proposal);
  PlProposalStatus status = pl_proposal_get_status (proposal);
  AdwMessageDialog *question;

  draw (dialog, "Austria");
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  press (dialog, GDK_KEY_y);
  press (dialog, GDK_KEY_n);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  g_assert_nonnull (dialog);
  question = find_message_dialog ();
  g_assert_nonnull (question);
  answer (question, "keep");
  spin (50);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 1 · No 1 · Abstentions 0 · Not yet voted 3");

  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  question = find_message_dialog ();
  g_assert_nonnull (question);
  answer (question, "discard");
  spin (50);
  g_assert_null (dialog);

  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_VOTE)), ==, 0);
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, status);
  g_assert_null (pl_proposal_get_adopted_as (proposal));
  g_assert_null (pl_proposal_get_action (proposal));
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));

  /* Without ballots it closes at once. */
  dialog = open_dialog (session, proposal);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  spin (50);
  g_assert_null (dialog);
  g_assert_null (find_message_dialog ());
}

/* A vote the register refuses (an amendment still pending: amendments
 * are taken first) is said in the dialog, which stays open with its
 * ballots, and the session is unchanged. */
static void
test_refused (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  g_autoptr(GError) error = NULL;
  PlProposal *amendment = pl_proposals_add (session, PL_PROPOSAL_KIND_AMENDMENT, "CTOC/COP/2020/L.4",
                                            "Amendment to L.3", &error);
  PlProposalStatus status = pl_proposal_get_status (proposal);
  GtkWidget *dialog;
  GtkWidget *error_label;

  g_assert_no_error (error);
  g_assert_true (pl_proposals_set_amends (session, amendment, pl_record_get_id (PL_RECORD (proposal)), &error));
  g_assert_no_error (error);
  pl_proposal_set_status (amendment, PL_PROPOSAL_STATUS_SUBMITTED);
  pl_history_clear (pl_session_get_history (session));

  dialog = open_dialog (session, proposal);
  draw (dialog, "Austria");
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  for (guint i = 0; i < 5; i++)
    press (dialog, GDK_KEY_y);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "record_button")));
  g_signal_emit_by_name (child (dialog, "record_button"), "clicked");
  spin (50);

  error_label = child (dialog, "error_label");
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "CTOC/COP/2020/L.4"));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 5 · No 0 · Abstentions 0 · Not yet voted 0");
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_VOTE)), ==, 0);
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, status);
  g_assert_null (pl_proposal_get_action (proposal));
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));

  /* A correction clears the message. */
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  press (dialog, GDK_KEY_Delete);
  g_assert_false (gtk_widget_get_visible (error_label));
  close_dialog (dialog);
}

/* Rule 57: a REIO votes for its member States that are parties and do
 * not vote themselves. The dialog shows the tally's counts and, when the
 * session does not list the REIO's members, says its ballot counts once. */
static void
test_reio (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  g_autoptr(PlDelegation) union_ = pl_delegation_new ("delegation:EUR");
  g_autoptr(PlCredentials) credentials = pl_credentials_new ("credentials:EUR");
  g_autoptr(JsonNode) adherence = json_from_string ("{\"untoc\": \"party\"}", NULL);
  g_autoptr(JsonNode) members = json_from_string ("[\"delegation:AUT\", \"delegation:DNK\"]", NULL);
  GtkWidget *dialog;
  GtkWidget *notes;

  pl_delegation_set_name (union_, "European Union");
  pl_delegation_set_iso3 (union_, "EUR");
  pl_delegation_set_category (union_, PL_DELEGATION_CATEGORY_REIO);
  pl_delegation_set_adherence (union_, adherence);
  pl_delegation_set_present (union_, TRUE);
  pl_session_add_record (session, PL_RECORD (union_));
  pl_credentials_set_delegation (credentials, "delegation:EUR");
  pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
  pl_credentials_set_issuer (credentials, PL_CREDENTIALS_ISSUER_REIO_AUTHORITY);
  pl_session_add_record (session, PL_RECORD (credentials));

  /* Its member States unknown: one vote, and the dialog says why. */
  dialog = open_dialog (session, proposal);
  notes = child (dialog, "notes_row");
  draw (dialog, "European Union");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "calling_label"))), ==, "European Union (1 of 6)");
  g_assert_false (gtk_widget_get_visible (notes));
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 1 · No 0 · Abstentions 0 · Not yet voted 5");
  g_assert_true (gtk_widget_get_visible (notes));
  g_assert_cmpstr (subtitle (dialog, "notes_row"), ==,
                   "European Union votes with one vote: the session does not list its member States.");
  close_dialog (dialog);

  /* Its member States Austria and Denmark known: its yes counts for both,
   * and they are not waited for. */
  pl_delegation_set_member_states (union_, members);
  dialog = open_dialog (session, proposal);
  draw (dialog, "European Union");
  gtk_widget_grab_focus (gtk_widget_get_first_child (child (dialog, "ballot_list")));
  press (dialog, GDK_KEY_y);
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 2 · No 0 · Abstentions 0 · Not yet voted 5");
  g_assert_false (gtk_widget_get_visible (child (dialog, "notes_row")));
  close_dialog (dialog);
}

/* A non-recorded vote: three counts, no ballots, the same tally. */
static void
test_non_recorded (void)
{
  PlProposal *proposal = NULL;
  g_autoptr(PlSession) session = load_vote_session (&proposal);
  GtkWidget *dialog = open_dialog (session, proposal);
  g_autoptr(PlVote) vote = NULL;
  JsonObject *counts;

  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, "kind_row")), 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "ballots_stack"))), ==, "counts");
  g_assert_false (gtk_widget_get_visible (child (dialog, "drawn_row")));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "yes_spin")), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "no_spin")), 2);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, "abstain_spin")), 1);
  g_assert_cmpstr (subtitle (dialog, "counts_row"), ==, "Yes 2 · No 2 · Abstentions 1");
  /* 2 of 4 is short of two thirds. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (dialog, "outcome_label"))), ==, "Rejected");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_object_unref (dialog);
  g_signal_emit_by_name (child (dialog, "record_button"), "clicked");
  spin (50);
  g_assert_null (dialog);
  vote = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_VOTE), 0);
  g_assert_cmpint (pl_vote_get_kind (vote), ==, PL_VOTE_KIND_NON_RECORDED);
  counts = json_node_get_object (pl_vote_get_counts (vote));
  g_assert_cmpint (json_object_get_int_member (counts, "yes"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (counts, "no"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (counts, "abstain"), ==, 1);
  g_assert_cmpint (pl_proposal_get_status (proposal), ==, PL_PROPOSAL_STATUS_REJECTED);
  g_assert_null (pl_proposal_get_adopted_as (proposal));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/vote-dialog/roll-call-order", test_roll_call_order);
  g_test_add_func ("/vote-dialog/keys", test_keys_record_and_advance);
  g_test_add_func ("/vote-dialog/record", test_record);
  g_test_add_func ("/vote-dialog/cancel", test_cancel);
  g_test_add_func ("/vote-dialog/non-recorded", test_non_recorded);
  g_test_add_func ("/vote-dialog/refused", test_refused);
  g_test_add_func ("/vote-dialog/reio", test_reio);

  return g_test_run ();
}
