/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-check-bureau.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-participants-page-private.h"
#include "pl-record-table.h"
#include "pl-participants-page.h"
#include "pl-participation.h"
#include "pl-reference-states.h"
#include "pl-window.h"
#include "pl-json-text.h"

/* The editor of the selected delegation, beside the table: its name,
 * category, regional group, presence, observer status and members. */

static void on_members_row_notify_cb (GtkWidget          *widget,
                                      GParamSpec         *pspec,
                                      PlParticipantsPage *self);

/* The editor */

/* A member's name or email edited in its row: the members are one
 * sealed JSON array, so the edit stores a new one (one undo step). */
static void
on_member_field_commit_cb (PlParticipantsPage *self,
                           GtkEntry           *entry)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "member-id");
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(JsonArray) members = NULL;
  JsonObject *member = NULL;
  const char *other_name, *other_email, *found_id, *email, *current;
  const char *delegation_id;
  PlContact *contact;
  int found;

  if (self->delegation == NULL || id == NULL || field == NULL)
    return;

  members = pl_delegation_copy_members (self->delegation);
  for (guint i = 0; i < json_array_get_length (members) && member == NULL; i++)
    {
      JsonNode *node = json_array_get_element (members, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (pl_json_object_get_string (json_node_get_object (node), "id", NULL), id) == 0)
        member = json_node_get_object (node);
    }
  /* The email is the secretariat-only contact record's (issue 16), the
   * name the public delegation's. */
  delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), delegation_id);
  email = contact != NULL ? pl_contact_get_email (contact, id) : NULL;
  if (email == NULL)
    email = "";
  if (member == NULL)
    return;
  current = g_str_equal (field, "email") ? email : pl_json_object_get_string (member, field, "");
  if (g_strcmp0 (current, value) == 0)
    return;

  other_name = g_str_equal (field, "name") ? value : pl_json_object_get_string (member, "name", "");
  other_email = g_str_equal (field, "email") ? value : email;
  found = pl_delegation_find_member (self->delegation, contact, other_name, other_email);
  found_id = found >= 0 ? pl_json_object_get_string (pl_delegation_get_member (self->delegation, found), "id", NULL)
                        : NULL;
  if (*other_name == '\0' || (found >= 0 && g_strcmp0 (found_id, id) != 0))
    {
      /* No nameless member, and never the same person twice (issue 6). */
      pl_participants_page_toast (self, *other_name == '\0' ? _("A member needs a name")
                                                            : _("That person is already a member of this delegation"), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (entry), current);
      return;
    }

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  g_free (self->expanded_member);
  self->expanded_member = g_strdup (id);
  if (g_str_equal (field, "email"))
    {
      /* One undo step, the contact record made if this is its first. */
      pl_contact_store_email (pl_page_get_session (PL_PAGE (self)), delegation_id, id, value);
      return;
    }
  json_object_set_string_member (member, field, value);
  pl_delegation_store_members (self->delegation, members);
}

static void
on_member_field_leave_cb (GtkEventControllerFocus *focus,
                          PlParticipantsPage      *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  /* Left because the list is being rebuilt: nothing to commit. */
  if (gtk_widget_get_root (entry) == NULL)
    return;

  on_member_field_commit_cb (self, GTK_ENTRY (entry));
}

static void
update_members (PlParticipantsPage *self)
{
  GtkWidget *child;
  PlContact *contact;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list))) != NULL)
    gtk_list_box_remove (self->members_list, child);

  if (self->delegation == NULL)
    return;

  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->delegation)));
  n = pl_delegation_get_n_members (self->delegation);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (self->delegation, i);
      const char *name, *id, *email;
      g_autofree char *subtitle = NULL;
      g_autofree char *remove_name = NULL;
      GtkWidget *row, *function_row, *rank_row, *remove, *remove_row;
      int value;

      if (member == NULL)
        continue;

      name = pl_json_object_get_string (member, "name", "");
      id = pl_json_object_get_string (member, "id", "");
      email = contact != NULL ? pl_contact_get_email (contact, id) : NULL;
      subtitle = pl_participants_member_summary (member, email);

      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (row), "member-id", g_strdup (id), g_free);

      for (guint f = 0; f < 2; f++)
        {
          /* Name and email, committed on Enter or when the field is left. */
          const char *field = f == 0 ? "name" : "email";
          GtkWidget *field_row = adw_action_row_new ();
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *entry_name = g_strdup_printf (f == 0 ? _("Name of %s") : _("Email of %s"), name);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), f == 0 ? _("Name") : _("Email"));
          gtk_widget_set_hexpand (entry, TRUE);
          gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
          gtk_editable_set_text (GTK_EDITABLE (entry),
                                 f == 0 ? pl_json_object_get_string (member, field, "") : (email ? email : ""));
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_name, -1);
          g_object_set_data_full (G_OBJECT (entry), "member-id", g_strdup (id), g_free);
          g_object_set_data (G_OBJECT (entry), "field", (gpointer) field);
          g_signal_connect_object (entry, "activate", G_CALLBACK (on_member_field_commit_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (focus, "leave", G_CALLBACK (on_member_field_leave_cb), self, 0);
          gtk_widget_add_controller (entry, focus);
          adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), entry);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field_row), entry);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
        }

      function_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (function_row), _("Function"));
      adw_combo_row_set_model (ADW_COMBO_ROW (function_row), pl_participants_string_list_new (pl_participants_function_labels, NULL));
      if (pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION,
                             pl_json_object_get_string (member, "function", ""), &value))
        adw_combo_row_set_selected (ADW_COMBO_ROW (function_row), value);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), function_row);

      rank_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rank_row), _("Rank"));
      adw_combo_row_set_model (ADW_COMBO_ROW (rank_row), pl_participants_string_list_new (pl_participants_rank_labels, NULL));
      if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &value) &&
          value <= PL_RANK_OTHER)
        adw_combo_row_set_selected (ADW_COMBO_ROW (rank_row), value);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rank_row);
      pl_compat_combo_row_name_items (ADW_COMBO_ROW (function_row));
      pl_compat_combo_row_name_items (ADW_COMBO_ROW (rank_row));
      g_object_set_data (G_OBJECT (row), "function-row", function_row);
      g_object_set_data (G_OBJECT (row), "rank-row", rank_row);

      remove_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove from the delegation"));
      remove = gtk_button_new_with_mnemonic (_("_Remove"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "destructive-action");
      /* Translators: %s is a person's name */
      remove_name = g_strdup_printf (_("Remove %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "participants.remove-member");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

      if (g_strcmp0 (self->expanded_member, id) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      g_signal_connect_object (function_row, "notify::selected", G_CALLBACK (on_members_row_notify_cb), self, 0);
      g_signal_connect_object (rank_row, "notify::selected", G_CALLBACK (on_members_row_notify_cb), self, 0);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_members_row_notify_cb), self, 0);

      gtk_list_box_append (self->members_list, row);
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No members registered yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->members_list, row);
    }
}

static void
update_participation (PlParticipantsPage *self)
{
  PlDelegationCategory category;
  PlParticipation participation;
  gboolean party;

  if (self->delegation == NULL)
    return;

  category = pl_delegation_get_category (self->delegation);
  participation = pl_participation_for_delegation (self->delegation);
  party = pl_participation_needs_credentials (category);

  adw_preferences_group_set_description (self->participation_group,
                                         pl_participation_describe_requirement (category));
  gtk_widget_set_visible (GTK_WIDGET (self->observer_row), !party);
  adw_combo_row_set_selected (self->observer_row, pl_delegation_get_observer_status (self->delegation));
  adw_action_row_set_subtitle (self->participation_row, pl_participation_to_label (participation));
  gtk_widget_set_visible (self->credentials_button, party);
}

void
pl_participants_page_update_editor (PlParticipantsPage *self)
{
  PlDelegation *delegation = self->delegation;
  const char *name;
  g_autofree char *members_title = NULL;

  self->updating = TRUE;

  if (delegation == NULL)
    {
      pl_compat_stack_show_only (self->editor_stack, "empty");
      update_members (self);
      self->updating = FALSE;
      return;
    }

  name = pl_delegation_get_name (delegation);
  gtk_label_set_label (self->heading, name && *name ? name : _("Unnamed Delegation"));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), name ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ?: "");
  adw_combo_row_set_selected (self->category_row, pl_delegation_get_category (delegation));
  adw_combo_row_set_selected (self->group_row, pl_participants_page_group_index (self, pl_delegation_get_regional_group (delegation)));
  gtk_switch_set_active (self->present_switch, pl_delegation_get_present (delegation));
  update_participation (self);
  members_title = g_strdup_printf (_("Members (%u)"), pl_delegation_get_n_members (delegation));
  adw_preferences_group_set_title (self->members_group, members_title);
  update_members (self);
  pl_compat_stack_show_only (self->editor_stack, "editor");

  self->updating = FALSE;
}

void
pl_participants_page_on_delegation_changed (PlParticipantsPage *self)
{
  pl_participants_page_update_editor (self);
  pl_participants_page_update_actions (self);
}

static void
on_name_changed_cb (PlParticipantsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  if (self->updating || self->delegation == NULL ||
      g_strcmp0 (text, pl_delegation_get_name (self->delegation)) == 0)
    return;

  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Rename Delegation"));
  pl_delegation_set_name (self->delegation, text);
}

static void
on_focus_leave_cb (PlParticipantsPage *self)
{
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
}

static void
on_category_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->category_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_category (self->delegation, selected);
}

static void
on_group_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_regional_group (self->delegation,
                                    selected == 0 || selected > self->group_ids->len
                                      ? NULL : g_ptr_array_index (self->group_ids, selected - 1));
}

static void
on_observer_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->observer_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_observer_status (self->delegation, selected);
}

static void
on_present_active_cb (PlParticipantsPage *self)
{
  if (self->updating || self->delegation == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_present (self->delegation, gtk_switch_get_active (self->present_switch));
}

static void
on_member_entry_changed_cb (PlParticipantsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_name_entry))));

  gtk_widget_set_sensitive (self->add_member_button, *name != '\0');
}

static void
on_add_member_cb (PlParticipantsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_name_entry))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_email_entry))));
  g_autofree char *id = NULL;
  const char *delegation_id;
  PlHistory *history;
  guint function = adw_combo_row_get_selected (self->member_function_row);
  guint rank = adw_combo_row_get_selected (self->member_rank_row);

  if (self->delegation == NULL || *name == '\0')
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* Issue 6: the same person (name and email) is never registered twice. */
  delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  if (pl_delegation_find_member (self->delegation, pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), delegation_id), name, email) >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("%s is already a member of this delegation"), name);

      pl_participants_page_toast (self, text, FALSE);
      return;
    }

  /* The member in the public delegation, the email in the contact
   * record: one undo step. */
  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (history, NULL);
  id = pl_delegation_add_member (self->delegation, name,
                                 function == GTK_INVALID_LIST_POSITION ? PL_MEMBER_FUNCTION_REPRESENTATIVE : function,
                                 rank == GTK_INVALID_LIST_POSITION ? PL_RANK_OFFICIAL : rank);
  pl_contact_store_email (pl_page_get_session (PL_PAGE (self)), delegation_id, id, email);
  pl_history_end_group (history);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->member_email_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->member_name_entry));
}

static void
on_members_row_notify_cb (GtkWidget          *widget,
                          GParamSpec         *pspec,
                          PlParticipantsPage *self)
{
  /* Any combo of a member's expander: find its member row. */
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);
  const char *id;
  AdwComboRow *function_row, *rank_row;

  if (row == NULL || self->updating || self->delegation == NULL)
    return;

  id = g_object_get_data (G_OBJECT (row), "member-id");
  function_row = g_object_get_data (G_OBJECT (row), "function-row");
  rank_row = g_object_get_data (G_OBJECT (row), "rank-row");
  if (id == NULL || function_row == NULL || rank_row == NULL)
    return;

  if (g_str_equal (pspec->name, "expanded"))
    {
      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        {
          g_free (self->expanded_member);
          self->expanded_member = g_strdup (id);
        }
      return;
    }

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_update_member (self->delegation, id,
                               adw_combo_row_get_selected (function_row),
                               adw_combo_row_get_selected (rank_row));
}


void
pl_participants_page_editor_init (PlParticipantsPage *self)
{
  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed_cb), self);
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);
  }
  g_signal_connect_swapped (self->category_row, "notify::selected", G_CALLBACK (on_category_selected_cb), self);
  g_signal_connect_swapped (self->group_row, "notify::selected", G_CALLBACK (on_group_selected_cb), self);
  g_signal_connect_swapped (self->observer_row, "notify::selected", G_CALLBACK (on_observer_selected_cb), self);
  g_signal_connect_swapped (self->present_switch, "notify::active", G_CALLBACK (on_present_active_cb), self);

  self->delegation_signals = g_signal_group_new (PL_TYPE_DELEGATION);
  g_signal_group_connect_swapped (self->delegation_signals, "notify", G_CALLBACK (pl_participants_page_on_delegation_changed), self);
}

void
pl_participants_page_editor_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_add_member_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_entry_changed_cb);
}
