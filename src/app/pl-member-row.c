/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-edit-burst.h"
#include "pl-json-text.h"
#include "pl-member-row.h"
#include "pl-participants-page-private.h"
#include "pl-participation.h"

/**
 * PlMemberRow:
 *
 * One member of a delegation in the delegation editor: an expander whose
 * rows edit the member's name, email, function and rank, and remove it.
 * Bound to the delegation and the member's id; every edit goes straight
 * to the records (the name to the public delegation, the email to the
 * secretariat-only contact record, issue 16), one undo step each. The
 * editor makes the rows anew when the delegation changes.
 */
struct _PlMemberRow
{
  AdwExpanderRow  parent_instance;

  PlSession      *session;
  PlDelegation   *delegation;
  char           *member_id;
  gboolean        binding;   /* filling the rows: no edit to store */

  GtkEntry       *name_entry;
  GtkEntry       *email_entry;
  AdwComboRow    *function_row;
  AdwComboRow    *rank_row;
  GtkWidget      *remove_button;
};

G_DEFINE_FINAL_TYPE (PlMemberRow, pl_member_row, ADW_TYPE_EXPANDER_ROW)

static void
toast (PlMemberRow *self,
       const char  *text)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), PL_TYPE_PARTICIPANTS_PAGE);

  if (page != NULL)
    pl_participants_page_toast (PL_PARTICIPANTS_PAGE (page), text, FALSE);
}

static JsonObject *
find_member (JsonArray  *members,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonNode *node = json_array_get_element (members, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (pl_json_object_get_string (json_node_get_object (node), "id", NULL), id) == 0)
        return json_node_get_object (node);
    }

  return NULL;
}

/* The name or email edited: the members are one sealed JSON array, so
 * the edit stores a new one (one undo step). */
static void
commit_field (PlMemberRow *self,
              GtkEntry    *entry)
{
  gboolean is_email = entry == self->email_entry;
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(JsonArray) members = pl_delegation_copy_members (self->delegation);
  JsonObject *member = find_member (members, self->member_id);
  const char *delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  PlContact *contact = pl_contact_lookup (self->session, delegation_id);
  const char *email = contact != NULL ? pl_contact_get_email (contact, self->member_id) : NULL;
  const char *other_name, *other_email, *found_id, *current;
  int found;

  if (email == NULL)
    email = "";
  if (member == NULL)
    return;
  current = is_email ? email : pl_json_object_get_string (member, "name", "");
  if (g_strcmp0 (current, value) == 0)
    return;

  other_name = is_email ? pl_json_object_get_string (member, "name", "") : value;
  other_email = is_email ? value : email;
  found = pl_delegation_find_member (self->delegation, contact, other_name, other_email);
  found_id = found >= 0 ? pl_json_object_get_string (pl_delegation_get_member (self->delegation, found), "id", NULL)
                        : NULL;
  if (*other_name == '\0' || (found >= 0 && g_strcmp0 (found_id, self->member_id) != 0))
    {
      /* No nameless member, and never the same person twice (issue 6). */
      toast (self, *other_name == '\0' ? _("A member needs a name")
                                       : _("That person is already a member of this delegation"));
      gtk_editable_set_text (GTK_EDITABLE (entry), current);
      return;
    }

  pl_edit_burst_flush (self->session);
  /* The row stays open when the editor makes it anew. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  if (is_email)
    {
      /* One undo step, the contact record made if this is its first. */
      pl_contact_store_email (self->session, delegation_id, self->member_id, value);
      return;
    }
  json_object_set_string_member (member, "name", value);
  pl_delegation_store_members (self->delegation, members);
}

/* Committed on Enter or when the field is left. */
static void
on_field_activate_cb (PlMemberRow *self,
                      GtkEntry    *entry)
{
  commit_field (self, entry);
}

static void
on_field_leave_cb (GtkEventControllerFocus *focus,
                   PlMemberRow             *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  /* Left because the list is being made anew: nothing to commit. */
  if (gtk_widget_get_root (entry) == NULL || self->delegation == NULL)
    return;

  commit_field (self, GTK_ENTRY (entry));
}

static void
on_grade_selected_cb (PlMemberRow *self)
{
  if (self->binding || self->delegation == NULL)
    return;

  pl_edit_burst_flush (self->session);
  pl_delegation_update_member (self->delegation, self->member_id,
                               adw_combo_row_get_selected (self->function_row),
                               adw_combo_row_get_selected (self->rank_row));
}

static void
bind_member (PlMemberRow *self,
             JsonObject  *member)
{
  PlContact *contact = pl_contact_lookup (self->session, pl_record_get_id (PL_RECORD (self->delegation)));
  const char *name = pl_json_object_get_string (member, "name", "");
  const char *email;
  g_autofree char *subtitle = NULL;
  g_autofree char *name_name = NULL;
  g_autofree char *email_name = NULL;
  g_autofree char *remove_name = NULL;
  int value;

  self->member_id = g_strdup (pl_json_object_get_string (member, "id", ""));
  email = contact != NULL ? pl_contact_get_email (contact, self->member_id) : NULL;
  subtitle = pl_participants_member_summary (member, email);

  self->binding = TRUE;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  gtk_editable_set_text (GTK_EDITABLE (self->email_entry), email ? email : "");
  name_name = g_strdup_printf (_("Name of %s"), name);
  email_name = g_strdup_printf (_("Email of %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->email_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, email_name, -1);

  if (pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION, pl_json_object_get_string (member, "function", ""), &value))
    adw_combo_row_set_selected (self->function_row, value);
  if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &value) &&
      value <= PL_RANK_OTHER)
    adw_combo_row_set_selected (self->rank_row, value);

  /* Translators: %s is a person's name */
  remove_name = g_strdup_printf (_("Remove %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", self->member_id);
  self->binding = FALSE;
}

static void
pl_member_row_dispose (GObject *object)
{
  PlMemberRow *self = PL_MEMBER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_MEMBER_ROW);
  g_clear_object (&self->delegation);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_member_row_parent_class)->dispose (object);
}

static void
pl_member_row_finalize (GObject *object)
{
  PlMemberRow *self = PL_MEMBER_ROW (object);

  g_free (self->member_id);

  G_OBJECT_CLASS (pl_member_row_parent_class)->finalize (object);
}

static void
pl_member_row_class_init (PlMemberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_member_row_dispose;
  object_class->finalize = pl_member_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-member-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlMemberRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMemberRow, email_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMemberRow, function_row);
  gtk_widget_class_bind_template_child (widget_class, PlMemberRow, rank_row);
  gtk_widget_class_bind_template_child (widget_class, PlMemberRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_grade_selected_cb);
}

static void
pl_member_row_init (PlMemberRow *self)
{
  self->binding = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  pl_participants_combo_row_set_labels (self->function_row, pl_participants_function_labels);
  pl_participants_combo_row_set_labels (self->rank_row, pl_participants_rank_labels);
  self->binding = FALSE;
}

/**
 * pl_member_row_new:
 * @index: the member's place in @delegation's members
 *
 * Returns: a row bound to that member, or %NULL if there is none there
 */
GtkWidget *
pl_member_row_new (PlSession    *session,
                   PlDelegation *delegation,
                   guint         index)
{
  JsonObject *member = pl_delegation_get_member (delegation, index);
  PlMemberRow *self;

  if (member == NULL)
    return NULL;

  self = g_object_new (PL_TYPE_MEMBER_ROW, NULL);
  self->session = g_object_ref (session);
  self->delegation = g_object_ref (delegation);
  bind_member (self, member);

  return GTK_WIDGET (self);
}

const char *
pl_member_row_get_member_id (PlMemberRow *self)
{
  g_return_val_if_fail (PL_IS_MEMBER_ROW (self), NULL);

  return self->member_id;
}
