/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-delegation-editor.h"
#include "pl-edit-burst.h"
#include "pl-member-row.h"
#include "pl-participants-page-private.h"
#include "pl-participation.h"

/**
 * PlDelegationEditor:
 *
 * The editor of one delegation beside the Participants page's table: its
 * name, category, regional group, presence, observer status and members
 * (a #PlMemberRow each), and the form that adds a member. Bound to the
 * delegation it edits (pl_delegation_editor_set_delegation()), it follows
 * the delegation's changes itself; the page calls
 * pl_delegation_editor_update() when the delegation's contact record
 * changes, and gives it the session's regional groups.
 */
struct _PlDelegationEditor
{
  AdwBin               parent_instance;

  PlSession           *session;
  PlDelegation        *delegation;
  GSignalGroup        *delegation_signals;
  GPtrArray           *group_ids;        /* the page's: group row index - 1 → id */
  char                *expanded_member;  /* id of the member row left open */
  gboolean             updating;

  GtkLabel            *heading;
  GtkEntry            *name_entry;
  AdwComboRow         *category_row;
  AdwComboRow         *group_row;
  GtkSwitch           *present_switch;
  AdwPreferencesGroup *participation_group;
  AdwComboRow         *observer_row;
  AdwActionRow        *participation_row;
  GtkWidget           *credentials_button;
  AdwPreferencesGroup *members_group;
  GtkListBox          *members_list;
  GtkEntry            *member_name_entry;
  GtkEntry            *member_email_entry;
  AdwComboRow         *member_function_row;
  AdwComboRow         *member_rank_row;
  GtkWidget           *add_member_button;
};

G_DEFINE_FINAL_TYPE (PlDelegationEditor, pl_delegation_editor, ADW_TYPE_BIN)

static void
on_member_expanded_cb (PlMemberRow        *row,
                       GParamSpec         *pspec,
                       PlDelegationEditor *self)
{
  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    return;

  g_free (self->expanded_member);
  self->expanded_member = g_strdup (pl_member_row_get_member_id (row));
}

static void
update_members (PlDelegationEditor *self)
{
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list))) != NULL)
    gtk_list_box_remove (self->members_list, child);

  if (self->delegation == NULL)
    return;

  n = pl_delegation_get_n_members (self->delegation);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = pl_member_row_new (self->session, self->delegation, i);

      if (row == NULL)
        continue;
      if (g_strcmp0 (self->expanded_member, pl_member_row_get_member_id (PL_MEMBER_ROW (row))) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_member_expanded_cb), self, 0);
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
update_participation (PlDelegationEditor *self)
{
  PlDelegationCategory category = pl_delegation_get_category (self->delegation);
  PlParticipation participation = pl_participation_for_delegation (self->delegation);
  gboolean party = pl_participation_needs_credentials (category);

  adw_preferences_group_set_description (self->participation_group,
                                         pl_participation_describe_requirement (category));
  gtk_widget_set_visible (GTK_WIDGET (self->observer_row), !party);
  adw_combo_row_set_selected (self->observer_row, pl_delegation_get_observer_status (self->delegation));
  adw_action_row_set_subtitle (self->participation_row, pl_participation_to_label (participation));
  gtk_widget_set_visible (self->credentials_button, party);
}

static guint
group_index (PlDelegationEditor *self,
             const char         *group_id)
{
  for (guint i = 0; self->group_ids != NULL && i < self->group_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->group_ids, i), group_id) == 0)
      return i + 1;

  return 0;
}

/**
 * pl_delegation_editor_update:
 *
 * Shows the delegation as the session now holds it, its members' emails
 * from its contact record included.
 */
void
pl_delegation_editor_update (PlDelegationEditor *self)
{
  PlDelegation *delegation = self->delegation;
  const char *name;
  g_autofree char *members_title = NULL;

  g_return_if_fail (PL_IS_DELEGATION_EDITOR (self));

  self->updating = TRUE;
  if (delegation == NULL)
    {
      update_members (self);
      self->updating = FALSE;
      return;
    }

  name = pl_delegation_get_name (delegation);
  gtk_label_set_label (self->heading, name && *name ? name : _("Unnamed Delegation"));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), name ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ?: "");
  adw_combo_row_set_selected (self->category_row, pl_delegation_get_category (delegation));
  adw_combo_row_set_selected (self->group_row, group_index (self, pl_delegation_get_regional_group (delegation)));
  gtk_switch_set_active (self->present_switch, pl_delegation_get_present (delegation));
  update_participation (self);
  members_title = g_strdup_printf (_("Members (%u)"), pl_delegation_get_n_members (delegation));
  adw_preferences_group_set_title (self->members_group, members_title);
  update_members (self);
  self->updating = FALSE;
}

/* Edits of the delegation's own fields */

static gboolean
can_edit (PlDelegationEditor *self)
{
  return !self->updating && self->delegation != NULL;
}

static void
on_name_changed_cb (PlDelegationEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  if (!can_edit (self) || g_strcmp0 (text, pl_delegation_get_name (self->delegation)) == 0)
    return;

  pl_edit_burst_touch (self->session, _("Rename Delegation"));
  pl_delegation_set_name (self->delegation, text);
}

static void
on_name_leave_cb (PlDelegationEditor *self)
{
  pl_edit_burst_flush (self->session);
}

/* The selected choice of a combo row, or FALSE while nothing is chosen. */
static gboolean
selected_choice (PlDelegationEditor *self,
                 AdwComboRow        *row,
                 guint              *selected)
{
  *selected = adw_combo_row_get_selected (row);
  if (!can_edit (self) || *selected == GTK_INVALID_LIST_POSITION)
    return FALSE;

  pl_edit_burst_flush (self->session);
  return TRUE;
}

static void
on_category_selected_cb (PlDelegationEditor *self)
{
  guint selected;

  if (selected_choice (self, self->category_row, &selected))
    pl_delegation_set_category (self->delegation, selected);
}

static void
on_group_selected_cb (PlDelegationEditor *self)
{
  guint selected;

  if (selected_choice (self, self->group_row, &selected))
    pl_delegation_set_regional_group (self->delegation,
                                      selected == 0 || selected > self->group_ids->len
                                        ? NULL : g_ptr_array_index (self->group_ids, selected - 1));
}

static void
on_observer_selected_cb (PlDelegationEditor *self)
{
  guint selected;

  if (selected_choice (self, self->observer_row, &selected))
    pl_delegation_set_observer_status (self->delegation, selected);
}

static void
on_present_active_cb (PlDelegationEditor *self)
{
  if (!can_edit (self))
    return;

  pl_edit_burst_flush (self->session);
  pl_delegation_set_present (self->delegation, gtk_switch_get_active (self->present_switch));
}

/* Adding a member */

static char *
entry_text (GtkEntry *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
on_member_entry_changed_cb (PlDelegationEditor *self)
{
  g_autofree char *name = entry_text (self->member_name_entry);

  gtk_widget_set_sensitive (self->add_member_button, *name != '\0');
}

static void
on_add_member_cb (PlDelegationEditor *self)
{
  g_autofree char *name = entry_text (self->member_name_entry);
  g_autofree char *email = entry_text (self->member_email_entry);
  g_autofree char *id = NULL;
  const char *delegation_id;
  PlHistory *history;
  guint function = adw_combo_row_get_selected (self->member_function_row);
  guint rank = adw_combo_row_get_selected (self->member_rank_row);

  if (self->delegation == NULL || *name == '\0')
    return;

  pl_edit_burst_flush (self->session);
  /* Issue 6: the same person (name and email) is never registered twice. */
  delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  if (pl_delegation_find_member (self->delegation, pl_contact_lookup (self->session, delegation_id), name, email) >= 0)
    {
      GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), PL_TYPE_PARTICIPANTS_PAGE);
      g_autofree char *text = g_strdup_printf (_("%s is already a member of this delegation"), name);

      if (page != NULL)
        pl_participants_page_toast (PL_PARTICIPANTS_PAGE (page), text, FALSE);
      return;
    }

  /* The member in the public delegation, the email in the contact
   * record: one undo step. */
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, NULL);
  id = pl_delegation_add_member (self->delegation, name,
                                 function == GTK_INVALID_LIST_POSITION ? PL_MEMBER_FUNCTION_REPRESENTATIVE : function,
                                 rank == GTK_INVALID_LIST_POSITION ? PL_RANK_OFFICIAL : rank);
  pl_contact_store_email (self->session, delegation_id, id, email);
  pl_history_end_group (history);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->member_email_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->member_name_entry));
}

/* Public */

void
pl_delegation_editor_set_session (PlDelegationEditor *self,
                                  PlSession          *session)
{
  g_return_if_fail (PL_IS_DELEGATION_EDITOR (self));

  g_set_object (&self->session, session);
}

/**
 * pl_delegation_editor_set_groups:
 * @group_ids: the regional groups' ids, in the order of @group_names
 *   after its first item ("None"); kept, and shared with the page
 *
 * Gives the Regional Group row its choices.
 */
void
pl_delegation_editor_set_groups (PlDelegationEditor *self,
                                 GPtrArray          *group_ids,
                                 GListModel         *group_names)
{
  g_return_if_fail (PL_IS_DELEGATION_EDITOR (self));

  if (self->group_ids != group_ids)
    {
      g_clear_pointer (&self->group_ids, g_ptr_array_unref);
      self->group_ids = g_ptr_array_ref (group_ids);
    }
  self->updating = TRUE;
  adw_combo_row_set_model (self->group_row, group_names);
  pl_compat_combo_row_name_items (self->group_row);
  self->updating = FALSE;
  pl_delegation_editor_update (self);
}

PlDelegation *
pl_delegation_editor_get_delegation (PlDelegationEditor *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION_EDITOR (self), NULL);

  return self->delegation;
}

/**
 * pl_delegation_editor_set_delegation:
 *
 * Binds the editor to @delegation (or to none), with an empty form to
 * add a member and every member row closed.
 */
void
pl_delegation_editor_set_delegation (PlDelegationEditor *self,
                                     PlDelegation       *delegation)
{
  g_return_if_fail (PL_IS_DELEGATION_EDITOR (self));

  if (self->delegation == delegation)
    return;

  g_clear_pointer (&self->expanded_member, g_free);
  g_set_object (&self->delegation, delegation);
  g_signal_group_set_target (self->delegation_signals, delegation);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->member_email_entry), "");
  pl_delegation_editor_update (self);
}

/* GObject */

static void
pl_delegation_editor_dispose (GObject *object)
{
  PlDelegationEditor *self = PL_DELEGATION_EDITOR (object);

  if (self->delegation_signals != NULL)
    g_signal_group_set_target (self->delegation_signals, NULL);
  g_clear_object (&self->delegation_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_DELEGATION_EDITOR);
  g_clear_object (&self->delegation);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_delegation_editor_parent_class)->dispose (object);
}

static void
pl_delegation_editor_finalize (GObject *object)
{
  PlDelegationEditor *self = PL_DELEGATION_EDITOR (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_free (self->expanded_member);

  G_OBJECT_CLASS (pl_delegation_editor_parent_class)->finalize (object);
}

static void
pl_delegation_editor_class_init (PlDelegationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_delegation_editor_dispose;
  object_class->finalize = pl_delegation_editor_finalize;

  g_type_ensure (PL_TYPE_MEMBER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, category_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, present_switch);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, participation_group);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, observer_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, participation_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, credentials_button);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, members_group);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, members_list);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, member_name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, member_email_entry);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, member_function_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, member_rank_row);
  gtk_widget_class_bind_template_child (widget_class, PlDelegationEditor, add_member_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_category_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_group_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_observer_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_present_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_member_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_entry_changed_cb);
}

static void
pl_delegation_editor_init (PlDelegationEditor *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  pl_participants_combo_row_set_labels (self->category_row, pl_participants_category_labels);
  pl_participants_combo_row_set_labels (self->observer_row, pl_participants_observer_labels);
  pl_participants_combo_row_set_labels (self->member_function_row, pl_participants_function_labels);
  adw_combo_row_set_selected (self->member_function_row, PL_MEMBER_FUNCTION_REPRESENTATIVE);
  pl_participants_combo_row_set_labels (self->member_rank_row, pl_participants_rank_labels);
  adw_combo_row_set_selected (self->member_rank_row, PL_RANK_OFFICIAL);

  self->delegation_signals = g_signal_group_new (PL_TYPE_DELEGATION);
  g_signal_group_connect_swapped (self->delegation_signals, "notify", G_CALLBACK (pl_delegation_editor_update), self);
  self->updating = FALSE;
}

GtkWidget *
pl_delegation_editor_new (void)
{
  return g_object_new (PL_TYPE_DELEGATION_EDITOR, NULL);
}
