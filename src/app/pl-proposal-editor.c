/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-json-text.h"
#include "pl-proposal-editor.h"
#include "pl-proposal-labels.h"
#include "pl-proposals.h"
#include "pl-speaker-labels.h"
#include "pl-sponsor-row.h"

/**
 * PlProposalEditor:
 *
 * The editor of one proposal beside the Proposals page's table: kind,
 * symbol (refused with the reason under the field when it does not parse
 * or is taken, the record unchanged), title, agenda item, body, the L
 * document, what it amends, status (the workflow of the core: a refused
 * step is said in a toast), submission time, financial implications,
 * sponsors and co-sponsors with the time each joined, and the amendments
 * to it. Every edit is one undo step; the rules are the core's
 * (pl-proposals.h). The page calls pl_proposal_editor_update() on
 * refresh; "Revise…", "Close" and a click on an amendment are the page's
 * actions (proposals.revise, proposals.close-editor, proposals.select).
 */
struct _PlProposalEditor
{
  AdwBin        parent_instance;

  PlSession    *session;
  PlProposal   *proposal;
  gboolean      updating;
  GPtrArray    *item_ids;       /* item_row position → agenda item _id, NULL for none */
  GPtrArray    *text_ids;       /* text_row position → document _id */
  GPtrArray    *amends_ids;     /* amends_row position → proposal _id */
  GPtrArray    *state_ids;      /* state_row position → delegation _id */
  GPtrArray    *group_ids;      /* behalf_row position → regional group id */
  GPtrArray    *amendment_ids;  /* amendments_list row → proposal _id */

  GtkLabel     *heading;
  GtkLabel     *state_label;
  AdwComboRow  *kind_row;
  AdwEntryRow  *symbol_row;
  GtkLabel     *symbol_error;
  AdwEntryRow  *title_row;
  AdwComboRow  *item_row;
  AdwComboRow  *body_row;
  AdwComboRow  *text_row;
  AdwComboRow  *amends_row;
  AdwComboRow  *status_row;
  AdwEntryRow  *submitted_row;
  AdwComboRow  *financial_row;
  AdwActionRow *action_row;
  GtkListBox   *sponsors_list;
  AdwComboRow  *state_row;
  AdwComboRow  *role_row;
  AdwComboRow  *behalf_row;
  GtkListBox   *amendments_list;
};

G_DEFINE_FINAL_TYPE (PlProposalEditor, pl_proposal_editor, ADW_TYPE_BIN)

static void
toast (PlProposalEditor *self,
       const char       *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
begin_edit (PlProposalEditor *self,
            const char       *label)
{
  pl_edit_burst_flush (self->session);
  pl_history_begin_group (pl_session_get_history (self->session), label);
}

static void
end_edit (PlProposalEditor *self)
{
  pl_history_end_group (pl_session_get_history (self->session));
}

/* The choices of a combo row whose entries come from the session: @ids
 * gets the _id of each row (NULL for "None"), and the row shows the one
 * of @selected_id. */
static void
set_choices (PlProposalEditor *self,
             AdwComboRow      *row,
             GtkStringList    *labels,
             GPtrArray        *ids,
             const char       *selected_id)
{
  guint selected = 0;

  for (guint i = 0; i < ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (ids, i), selected_id) == 0)
      selected = i;
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
}

static const char *
chosen_id (AdwComboRow *row,
           GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < ids->len ? g_ptr_array_index (ids, selected) : NULL;
}

static void
fill_items (PlProposalEditor *self)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (self->session));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->item_ids, 0);
  g_ptr_array_add (self->item_ids, NULL);
  gtk_string_list_append (labels, _("No agenda item"));
  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      const char *title = pl_agenda_item_get_short_title (item);
      /* Translators: an agenda item's number and title, "3. Implementation of the Convention" */
      g_autofree char *label = g_strdup_printf (_("%s. %s"), pl_agenda_item_get_number (item),
                                                title != NULL && *title != '\0' ? title : pl_agenda_item_get_title (item));

      g_ptr_array_add (self->item_ids, g_strdup (pl_record_get_id (PL_RECORD (item))));
      gtk_string_list_append (labels, label);
    }
  set_choices (self, self->item_row, labels, self->item_ids, pl_proposal_get_item (self->proposal));
}

static void
fill_documents (PlProposalEditor *self)
{
  GListModel *documents = pl_session_get_records (self->session, PL_TYPE_DOCUMENT);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->text_ids, 0);
  g_ptr_array_add (self->text_ids, NULL);
  gtk_string_list_append (labels, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);

      g_ptr_array_add (self->text_ids, g_strdup (pl_record_get_id (PL_RECORD (document))));
      gtk_string_list_append (labels, pl_document_get_symbol (document) ?: "");
    }
  set_choices (self, self->text_row, labels, self->text_ids, pl_proposal_get_text (self->proposal));
}

/* What an amendment may amend: another proposal, never itself (the core
 * refuses it too). */
static void
fill_amends (PlProposalEditor *self)
{
  g_autoptr(GPtrArray) proposals = pl_proposals_list (self->session);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->amends_ids, 0);
  g_ptr_array_add (self->amends_ids, NULL);
  gtk_string_list_append (labels, _("Nothing"));
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *other = g_ptr_array_index (proposals, i);

      if (other == self->proposal)
        continue;
      g_ptr_array_add (self->amends_ids, g_strdup (pl_record_get_id (PL_RECORD (other))));
      gtk_string_list_append (labels, pl_proposal_get_symbol (other) ?: "");
    }
  set_choices (self, self->amends_row, labels, self->amends_ids, pl_proposal_get_amends (self->proposal));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (pl_delegation_get_name (*(PlDelegation **) a) ?: "",
                         pl_delegation_get_name (*(PlDelegation **) b) ?: "");
}

/* Sponsors are States: the States and organizations of the session that
 * take part as members (the check proposals.sponsor says the rest). */
static void
fill_states (PlProposalEditor *self)
{
  GListModel *delegations = pl_session_get_records (self->session, PL_TYPE_DELEGATION);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *chosen = chosen_id (self->state_row, self->state_ids);
  g_autofree char *keep = g_strdup (chosen);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlDelegationCategory category = pl_delegation_get_category (delegation);

      if (category == PL_DELEGATION_CATEGORY_STATE_PARTY || category == PL_DELEGATION_CATEGORY_REIO ||
          category == PL_DELEGATION_CATEGORY_SIGNATORY || category == PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE)
        g_ptr_array_add (states, g_steal_pointer (&delegation));
    }
  g_ptr_array_sort (states, compare_names);

  g_ptr_array_set_size (self->state_ids, 0);
  for (guint i = 0; i < states->len; i++)
    {
      PlDelegation *state = g_ptr_array_index (states, i);

      g_ptr_array_add (self->state_ids, g_strdup (pl_record_get_id (PL_RECORD (state))));
      gtk_string_list_append (labels, pl_delegation_get_name (state) ?: "");
    }
  set_choices (self, self->state_row, labels, self->state_ids, keep);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->state_row), self->state_ids->len > 0 ? NULL
                              : _("No State takes part yet: add them on the Participants page"));
}

static void
fill_groups (PlProposalEditor *self)
{
  g_autoptr(GPtrArray) groups = pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (self->session)));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *keep = g_strdup (chosen_id (self->behalf_row, self->group_ids));

  g_ptr_array_set_size (self->group_ids, 0);
  g_ptr_array_add (self->group_ids, NULL);
  gtk_string_list_append (labels, _("Itself"));
  for (guint i = 0; i < groups->len; i++)
    {
      JsonObject *group = g_ptr_array_index (groups, i);

      g_ptr_array_add (self->group_ids, g_strdup (pl_json_object_get_string (group, "id", "")));
      gtk_string_list_append (labels, pl_json_object_get_string (group, "name", ""));
    }
  set_choices (self, self->behalf_row, labels, self->group_ids, keep);
}

static void
update_sponsors (PlProposalEditor *self)
{
  g_autoptr(GPtrArray) sponsors = pl_json_node_get_objects (pl_proposal_get_sponsors (self->proposal));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sponsors_list))) != NULL)
    gtk_list_box_remove (self->sponsors_list, child);

  for (guint i = 0; i < sponsors->len; i++)
    {
      GtkWidget *row = pl_sponsor_row_new (self->session, g_ptr_array_index (sponsors, i));

      gtk_list_box_append (self->sponsors_list, row);
    }
  if (sponsors->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No sponsor yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->sponsors_list, row);
    }
}

static void
update_amendments (PlProposalEditor *self)
{
  g_autoptr(GPtrArray) proposals = pl_proposals_list (self->session);
  const char *id = pl_record_get_id (PL_RECORD (self->proposal));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->amendments_list))) != NULL)
    gtk_list_box_remove (self->amendments_list, child);
  g_ptr_array_set_size (self->amendment_ids, 0);

  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *other = g_ptr_array_index (proposals, i);
      GtkWidget *row;
      g_autofree char *subtitle = NULL;

      if (g_strcmp0 (pl_proposal_get_amends (other), id) != 0)
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_proposal_get_symbol (other) ?: "");
      /* Translators: a proposal's title, then its status */
      subtitle = g_strdup_printf (_("%s — %s"), pl_proposal_get_title (other) ?: "",
                                  pl_proposal_status_label (pl_proposal_get_status (other)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_ptr_array_add (self->amendment_ids, g_strdup (pl_record_get_id (PL_RECORD (other))));
      gtk_list_box_append (self->amendments_list, row);
    }
  if (self->amendment_ids->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No amendment"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->amendments_list, row);
    }
}

static void
update_action_taken (PlProposalEditor *self)
{
  JsonNode *action = pl_proposal_get_action (self->proposal);
  g_autofree char *adopted = pl_proposal_adopted_label (self->proposal);
  g_autofree char *text = NULL;

  if (action != NULL && JSON_NODE_HOLDS_OBJECT (action))
    {
      JsonObject *object = json_node_get_object (action);
      PlRecord *meeting = pl_session_lookup (self->session, pl_json_object_get_string (object, "meeting", ""));
      g_autofree char *where = PL_IS_MEETING (meeting) ? pl_proposal_meeting_label (PL_MEETING (meeting)) : g_strdup ("");
      const char *how = g_strcmp0 (pl_json_object_get_string (object, "method", ""), "vote") == 0
                        ? _("By a vote") : _("Without a vote");

      /* Translators: how action was taken, at which meeting, "Without a vote, 2020-10-16 10:00, 9th plenary meeting" */
      text = adopted != NULL ? g_strdup_printf (_("%s, %s: %s"), how, where, adopted)
                             : g_strdup_printf (_("%s, %s"), how, where);
    }
  adw_action_row_set_subtitle (self->action_row, text != NULL ? text : _("None yet"));
}

static void
update_state_label (PlProposalEditor *self)
{
  GString *text = g_string_new (pl_proposal_kind_label (pl_proposal_get_kind (self->proposal)));
  const char *revises = pl_proposal_get_revises (self->proposal);
  PlRecord *earlier = revises != NULL ? pl_session_lookup (self->session, revises) : NULL;

  if (PL_IS_PROPOSAL (earlier))
    /* Translators: the earlier text a revision replaces */
    g_string_append_printf (text, _(" · revises %s"), pl_proposal_get_symbol (PL_PROPOSAL (earlier)) ?: "");
  if (pl_proposals_is_superseded (self->session, self->proposal))
    {
      PlProposal *current = pl_proposals_current (self->session, self->proposal);

      /* Translators: the revision that replaced this text in the register */
      g_string_append_printf (text, _(" · replaced by %s"), current ? pl_proposal_get_symbol (current) : "");
    }
  gtk_label_set_label (self->state_label, text->str);
  g_string_free (text, TRUE);
}

/**
 * pl_proposal_editor_update:
 *
 * Shows what the session now holds for the proposal.
 */
void
pl_proposal_editor_update (PlProposalEditor *self)
{
  g_autofree char *submitted = NULL;
  const char *symbol, *title;

  g_return_if_fail (PL_IS_PROPOSAL_EDITOR (self));

  if (self->proposal == NULL || self->session == NULL)
    return;

  self->updating = TRUE;
  symbol = pl_proposal_get_symbol (self->proposal);
  title = pl_proposal_get_title (self->proposal);
  gtk_label_set_label (self->heading, symbol != NULL && *symbol != '\0' ? symbol : _("Proposal"));
  /* Selectable, it takes the focus: GTK 4.8 names it "GtkLabel" unless
   * told (issue 22, point 11). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (self->heading), -1);
  update_state_label (self);
  adw_combo_row_set_selected (self->kind_row, pl_proposal_get_kind (self->proposal));
  /* A refused symbol stays in the field, with its reason, until another
   * is applied or the proposal is left. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self->symbol_error)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->symbol_row)), symbol ? symbol : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->symbol_row), symbol ? symbol : "");
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), title ? title : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  fill_items (self);
  adw_combo_row_set_selected (self->body_row, pl_proposal_get_body (self->proposal) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE);
  fill_documents (self);
  fill_amends (self);
  adw_combo_row_set_selected (self->status_row, pl_proposal_get_status (self->proposal));
  submitted = pl_speaker_format_stored (self->session, pl_proposal_get_submitted (self->proposal), "%Y-%m-%d %H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->submitted_row), submitted ? submitted : "");
  adw_combo_row_set_selected (self->financial_row, pl_proposal_get_financial_implications (self->proposal));
  update_action_taken (self);
  update_sponsors (self);
  fill_states (self);
  fill_groups (self);
  update_amendments (self);
  self->updating = FALSE;
}

void
pl_proposal_editor_set_proposal (PlProposalEditor *self,
                                 PlProposal       *proposal)
{
  g_return_if_fail (PL_IS_PROPOSAL_EDITOR (self));

  if (self->proposal == proposal)
    return;

  g_set_object (&self->proposal, proposal);
  gtk_widget_set_visible (GTK_WIDGET (self->symbol_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->symbol_row), "error");
  pl_proposal_editor_update (self);
}

PlProposal *
pl_proposal_editor_get_proposal (PlProposalEditor *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL_EDITOR (self), NULL);

  return self->proposal;
}

/* Edits */

static void
show_symbol_error (PlProposalEditor *self,
                   const char       *message)
{
  gtk_label_set_label (self->symbol_error, message);
  gtk_widget_set_visible (GTK_WIDGET (self->symbol_error), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->symbol_row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->symbol_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->symbol_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->symbol_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
on_symbol_apply_cb (PlProposalEditor *self)
{
  g_autofree char *symbol = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->symbol_row))));
  g_autofree char *base = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  int revision = 0;

  if (self->proposal == NULL)
    return;

  /* Bad input changes nothing (issue 19): the reason goes under the
   * field, the record keeps its symbol. */
  if (!pl_proposal_symbol_parse (symbol, &base, &revision, &error))
    {
      show_symbol_error (self, error->message);
      return;
    }
  proposals = pl_proposals_list (self->session);
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *other = g_ptr_array_index (proposals, i);

      if (other != self->proposal && g_strcmp0 (pl_proposal_get_symbol (other), symbol) == 0)
        {
          g_autofree char *message = g_strdup_printf (_("%s is the symbol of another proposal"), symbol);

          show_symbol_error (self, message);
          return;
        }
    }

  show_symbol_error (self, NULL);
  if (g_strcmp0 (pl_proposal_get_symbol (self->proposal), symbol) == 0)
    return;
  begin_edit (self, _("Change Symbol"));
  pl_proposal_set_symbol (self->proposal, symbol);
  end_edit (self);
}

static void
on_title_changed_cb (PlProposalEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  if (self->updating || self->proposal == NULL || g_strcmp0 (text, pl_proposal_get_title (self->proposal) ?: "") == 0)
    return;

  pl_edit_burst_touch_field (self->session, _("Edit Title"), PL_RECORD (self->proposal), "title");
  pl_proposal_set_title (self->proposal, text);
}

static void
on_focus_leave_cb (PlProposalEditor *self)
{
  if (self->session != NULL)
    pl_edit_burst_flush (self->session);
}

static void
on_submitted_apply_cb (PlProposalEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->submitted_row))));
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *iso = NULL;

  if (self->proposal == NULL)
    return;

  /* Emptied: not submitted. */
  if (*text != '\0')
    {
      when = pl_speaker_parse_input (self->session, text);
      if (when == NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->submitted_row), "error");
          toast (self, _("The time of submission is not a date and time such as 2020-09-21 18:00"));
          return;
        }
      iso = pl_speaker_format_iso (when);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->submitted_row), "error");
  if (g_strcmp0 (iso, pl_proposal_get_submitted (self->proposal)) == 0)
    return;
  begin_edit (self, _("Change Time of Submission"));
  pl_proposal_set_submitted (self->proposal, iso);
  end_edit (self);
}

static void
on_choice_changed_cb (AdwComboRow      *row,
                      GParamSpec       *pspec,
                      PlProposalEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->updating || self->proposal == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->status_row)
    {
      if ((PlProposalStatus) selected == pl_proposal_get_status (self->proposal))
        return;
      pl_edit_burst_flush (self->session);
      /* The workflow is the core's (rule 54 on withdrawal): a refused
       * step is said, and the row shows the status kept. */
      if (!pl_proposals_set_status (self->session, self->proposal, selected, &error))
        {
          toast (self, error->message);
          pl_proposal_editor_update (self);
        }
      return;
    }

  if (row == self->kind_row && (PlProposalKind) selected != pl_proposal_get_kind (self->proposal))
    {
      begin_edit (self, _("Change Kind"));
      pl_proposal_set_kind (self->proposal, selected);
      end_edit (self);
    }
  else if (row == self->body_row)
    {
      PlMeetingBody body = selected == 1 ? PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE : PL_MEETING_BODY_PLENARY;

      if (body == pl_proposal_get_body (self->proposal))
        return;
      begin_edit (self, _("Change Body"));
      pl_proposal_set_body (self->proposal, body);
      end_edit (self);
    }
  else if (row == self->financial_row && (PlFinancialImplications) selected != pl_proposal_get_financial_implications (self->proposal))
    {
      begin_edit (self, _("Change Financial Implications"));
      pl_proposal_set_financial_implications (self->proposal, selected);
      end_edit (self);
    }
  else if (row == self->item_row && g_strcmp0 (chosen_id (row, self->item_ids), pl_proposal_get_item (self->proposal)) != 0)
    {
      begin_edit (self, _("Change Agenda Item"));
      pl_proposal_set_item (self->proposal, chosen_id (row, self->item_ids));
      end_edit (self);
    }
  else if (row == self->text_row && g_strcmp0 (chosen_id (row, self->text_ids), pl_proposal_get_text (self->proposal)) != 0)
    {
      begin_edit (self, _("Change Document"));
      pl_proposal_set_text (self->proposal, chosen_id (row, self->text_ids));
      end_edit (self);
    }
  else if (row == self->amends_row && g_strcmp0 (chosen_id (row, self->amends_ids), pl_proposal_get_amends (self->proposal)) != 0)
    {
      pl_edit_burst_flush (self->session);
      /* Not itself, nor one of its own amendments: the core says why. */
      if (!pl_proposals_set_amends (self->session, self->proposal, chosen_id (row, self->amends_ids), &error))
        {
          toast (self, error->message);
          pl_proposal_editor_update (self);
        }
    }
}

/**
 * pl_proposal_editor_add_sponsor:
 *
 * Adds the State the form names as a sponsor or co-sponsor, joined now
 * (the page's proposals.add-sponsor); a refusal of the core is said in a
 * toast.
 */
void
pl_proposal_editor_add_sponsor (PlProposalEditor *self)
{
  const char *delegation;
  const char *group;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PL_IS_PROPOSAL_EDITOR (self));

  delegation = chosen_id (self->state_row, self->state_ids);
  group = chosen_id (self->behalf_row, self->group_ids);
  if (self->proposal == NULL || delegation == NULL)
    return;

  now = pl_proposal_now (self->session);
  pl_edit_burst_flush (self->session);
  if (!pl_proposals_add_sponsor (self->session, self->proposal, delegation,
                                 adw_combo_row_get_selected (self->role_row) == 1, group, now, &error))
    toast (self, error->message);
}

/**
 * pl_proposal_editor_withdraw_sponsor:
 * @delegation_id: a sponsor's delegation
 *
 * The State withdraws its sponsorship now (the page's
 * proposals.withdraw-sponsor); the register keeps it as withdrawn.
 */
void
pl_proposal_editor_withdraw_sponsor (PlProposalEditor *self,
                                     const char       *delegation_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (PL_IS_PROPOSAL_EDITOR (self));

  if (self->proposal == NULL)
    return;
  now = pl_proposal_now (self->session);
  pl_edit_burst_flush (self->session);
  if (!pl_proposals_withdraw_sponsor (self->session, self->proposal, delegation_id, now, &error))
    toast (self, error->message);
}

static void
on_amendment_activated_cb (PlProposalEditor *self,
                           GtkListBoxRow    *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index < 0 || (guint) index >= self->amendment_ids->len)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "proposals.select", "s",
                              g_ptr_array_index (self->amendment_ids, index));
}

/* GObject */

/**
 * pl_proposal_editor_set_session:
 *
 * Gives the editor the session it edits.
 */
void
pl_proposal_editor_set_session (PlProposalEditor *self,
                                PlSession        *session)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) financial = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) bodies = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  AdwComboRow *named[] = { self->kind_row, self->item_row, self->body_row, self->text_row, self->amends_row,
                           self->status_row, self->financial_row, self->state_row, self->role_row, self->behalf_row };

  g_return_if_fail (PL_IS_PROPOSAL_EDITOR (self));

  g_set_object (&self->session, session);

  self->updating = TRUE;
  /* In the order of the enums: a row's position is the value. */
  for (PlProposalKind kind = PL_PROPOSAL_KIND_DRAFT_RESOLUTION; kind <= PL_PROPOSAL_KIND_PROCEDURAL_MOTION; kind++)
    gtk_string_list_append (kinds, pl_proposal_kind_label (kind));
  for (PlProposalStatus status = PL_PROPOSAL_STATUS_DRAFT; status <= PL_PROPOSAL_STATUS_DEFERRED; status++)
    gtk_string_list_append (statuses, pl_proposal_status_label (status));
  for (PlFinancialImplications f = PL_FINANCIAL_IMPLICATIONS_NONE; f <= PL_FINANCIAL_IMPLICATIONS_ISSUED; f++)
    gtk_string_list_append (financial, pl_proposal_financial_label (f));
  gtk_string_list_append (bodies, pl_proposal_body_label (PL_MEETING_BODY_PLENARY));
  gtk_string_list_append (bodies, pl_proposal_body_label (PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE));
  gtk_string_list_append (roles, _("Sponsor"));
  gtk_string_list_append (roles, _("Co-sponsor"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  adw_combo_row_set_model (self->financial_row, G_LIST_MODEL (financial));
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (bodies));
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_selected (self->role_row, 1);
  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      if (adw_combo_row_get_model (named[i]) == NULL)
        {
          g_autoptr(GtkStringList) empty = gtk_string_list_new (NULL);

          adw_combo_row_set_model (named[i], G_LIST_MODEL (empty));
        }
      /* The choices named, as every control is. */
      pl_compat_combo_row_name_items (named[i]);
      g_signal_connect (named[i], "notify::selected", G_CALLBACK (on_choice_changed_cb), self);
    }
  self->updating = FALSE;
}

static void
pl_proposal_editor_dispose (GObject *object)
{
  PlProposalEditor *self = PL_PROPOSAL_EDITOR (object);

  g_clear_object (&self->proposal);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_proposal_editor_parent_class)->dispose (object);
}

static void
pl_proposal_editor_finalize (GObject *object)
{
  PlProposalEditor *self = PL_PROPOSAL_EDITOR (object);

  g_ptr_array_unref (self->item_ids);
  g_ptr_array_unref (self->text_ids);
  g_ptr_array_unref (self->amends_ids);
  g_ptr_array_unref (self->state_ids);
  g_ptr_array_unref (self->group_ids);
  g_ptr_array_unref (self->amendment_ids);

  G_OBJECT_CLASS (pl_proposal_editor_parent_class)->finalize (object);
}

static void
pl_proposal_editor_class_init (PlProposalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_proposal_editor_dispose;
  object_class->finalize = pl_proposal_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-proposal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, symbol_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, symbol_error);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, item_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, body_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, amends_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, submitted_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, financial_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, action_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, sponsors_list);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, state_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, behalf_row);
  gtk_widget_class_bind_template_child (widget_class, PlProposalEditor, amendments_list);
  gtk_widget_class_bind_template_callback (widget_class, on_symbol_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_submitted_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_amendment_activated_cb);
}

static void
pl_proposal_editor_init (PlProposalEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->item_ids = g_ptr_array_new_with_free_func (g_free);
  self->text_ids = g_ptr_array_new_with_free_func (g_free);
  self->amends_ids = g_ptr_array_new_with_free_func (g_free);
  self->state_ids = g_ptr_array_new_with_free_func (g_free);
  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->amendment_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_title_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->title_row), focus);
}

GtkWidget *
pl_proposal_editor_new (void)
{
  return g_object_new (PL_TYPE_PROPOSAL_EDITOR, NULL);
}
