/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-edit-burst.h"
#include "pl-speaker-dialog.h"
#include "pl-speaker-labels.h"
#include "pl-json-text.h"

/**
 * PlSpeakerDialog:
 *
 * Adds a speaker to a list, or edits one: the delegation (typed, with
 * completion from the session's delegations, by name or ISO code), the
 * speaker (completion from the delegation's members, whose rank follows),
 * rank, on whose behalf, time of request (now, by default, in the
 * session's time zone), mode, and an optional placement by hand with its
 * reason. Saving is one undo step; Cancel changes nothing.
 *
 * Typed rather than picked from a drop-down: a secretariat that keeps 190
 * delegations types "Mex" faster than it scrolls, and every field is one
 * mnemonic away.
 */
struct _PlSpeakerDialog
{
  AdwWindow      parent_instance;

  PlSession     *session;
  PlSpeakerList *list;
  PlSpeaker     *speaker;       /* NULL when adding */

  AdwWindowTitle *window_title;
  GtkWidget     *save_button;
  GtkEntry      *delegation_entry;
  GtkEntry      *person_entry;
  GtkDropDown   *rank_drop_down;
  GtkEntry      *behalf_entry;
  GtkEntry      *requested_entry;
  GtkDropDown   *mode_drop_down;
  GtkSpinButton *position_spin;
  GtkEntry      *note_entry;
  GtkLabel      *error_label;
  GtkListStore  *members_model;
};

G_DEFINE_FINAL_TYPE (PlSpeakerDialog, pl_speaker_dialog, ADW_TYPE_WINDOW)

static PlDelegation *
resolve_delegation (PlSpeakerDialog *self,
                    const char      *text)
{
  GListModel *delegations = pl_session_get_records (self->session, PL_TYPE_DELEGATION);
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  g_autofree char *stripped = g_strstrip (g_strdup (wanted));

  if (*stripped == '\0')
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      const char *name = pl_delegation_get_name (delegation);
      const char *iso3 = pl_delegation_get_iso3 (delegation);
      g_autofree char *name_key = name ? g_utf8_casefold (name, -1) : NULL;
      g_autofree char *iso_key = iso3 ? g_utf8_casefold (iso3, -1) : NULL;

      if (g_strcmp0 (name_key, stripped) == 0 || g_strcmp0 (iso_key, stripped) == 0
          || g_strcmp0 (pl_record_get_id (PL_RECORD (delegation)), text) == 0)
        return delegation;   /* the session's store holds it */
    }
  return NULL;
}

static JsonObject *
find_member (PlDelegation *delegation,
             const char   *name)
{
  g_autoptr(GPtrArray) members = pl_json_node_get_objects (delegation ? pl_delegation_get_members (delegation) : NULL);

  for (guint i = 0; name != NULL && i < members->len; i++)
    if (g_strcmp0 (pl_json_object_get_string (g_ptr_array_index (members, i), "name", NULL), name) == 0)
      return g_ptr_array_index (members, i);
  return NULL;
}

/* The head of delegation speaks unless the secretariat says otherwise. */
static JsonObject *
head_member (PlDelegation *delegation)
{
  g_autoptr(GPtrArray) members = pl_json_node_get_objects (pl_delegation_get_members (delegation));

  for (guint i = 0; i < members->len; i++)
    if (g_strcmp0 (pl_json_object_get_string (g_ptr_array_index (members, i), "function", NULL), "head") == 0)
      return g_ptr_array_index (members, i);
  return members->len > 0 ? g_ptr_array_index (members, 0) : NULL;
}

static void
set_rank_from_member (PlSpeakerDialog *self,
                      JsonObject      *member)
{
  GEnumClass *klass = g_type_class_ref (PL_TYPE_RANK);
  GEnumValue *value = g_enum_get_value_by_nick (klass,
                                                pl_json_object_get_string (member, "rank", ""));

  if (value != NULL)
    gtk_drop_down_set_selected (self->rank_drop_down, value->value);
  g_type_class_unref (klass);
}

static void
validate (PlSpeakerDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->delegation_entry));
  PlDelegation *delegation = resolve_delegation (self, typed);
  g_autoptr(GDateTime) requested = pl_speaker_parse_input (self->session,
                                                           gtk_editable_get_text (GTK_EDITABLE (self->requested_entry)));
  const char *problem = NULL;

  /* An empty field is not yet an error: Add stays off until the
   * delegation is given, without a red field on a form just opened. */
  if (delegation == NULL && *typed != '\0')
    problem = _("No delegation of the session has this name or ISO code. Add it on the Participants page, "
                "or import the registration list.");
  else if (requested == NULL)
    problem = _("Give the time of the request as 2020-10-09 11:45, in the session’s time zone.");

  gtk_label_set_label (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  gtk_widget_set_sensitive (self->save_button, problem == NULL && delegation != NULL);
  if (delegation == NULL && *typed != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->delegation_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->delegation_entry), "error");
  if (requested == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->requested_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->requested_entry), "error");
}

static void
on_delegation_changed_cb (PlSpeakerDialog *self)
{
  PlDelegation *delegation = resolve_delegation (self, gtk_editable_get_text (GTK_EDITABLE (self->delegation_entry)));
  g_autoptr(GPtrArray) members = pl_json_node_get_objects (delegation ? pl_delegation_get_members (delegation) : NULL);

  gtk_list_store_clear (self->members_model);
  for (guint i = 0; i < members->len; i++)
    {
      const char *name = pl_json_object_get_string (g_ptr_array_index (members, i), "name", NULL);

      if (name != NULL)
        gtk_list_store_insert_with_values (self->members_model, NULL, -1, 0, name, -1);
    }

  if (delegation != NULL && self->speaker == NULL
      && *gtk_editable_get_text (GTK_EDITABLE (self->person_entry)) == '\0')
    {
      JsonObject *head = head_member (delegation);

      if (head != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->person_entry),
                               pl_json_object_get_string (head, "name", ""));
    }
  validate (self);
}

static void
on_person_changed_cb (PlSpeakerDialog *self)
{
  PlDelegation *delegation = resolve_delegation (self, gtk_editable_get_text (GTK_EDITABLE (self->delegation_entry)));
  JsonObject *member = find_member (delegation, gtk_editable_get_text (GTK_EDITABLE (self->person_entry)));

  /* Rank drives the order: take it from the registration when we know
   * the person. */
  if (member != NULL)
    set_rank_from_member (self, member);
}

static char *
behalf_to_stored (PlSpeakerDialog *self,
                  PlDelegation    *delegation)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->behalf_entry))));
  g_autoptr(GPtrArray) groups = pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (self->session)));
  PlDelegation *other;

  if (*text == '\0')
    return g_strdup (pl_record_get_id (PL_RECORD (delegation)));

  for (guint i = 0; i < groups->len; i++)
    {
      JsonObject *group = g_ptr_array_index (groups, i);

      if (g_utf8_collate (pl_json_object_get_string (group, "name", ""), text) == 0
          || g_strcmp0 (pl_json_object_get_string (group, "id", NULL), text) == 0)
        return g_strdup (pl_json_object_get_string (group, "id", text));
    }

  other = resolve_delegation (self, text);
  if (other != NULL)
    return g_strdup (pl_record_get_id (PL_RECORD (other)));
  return g_steal_pointer (&text);
}

static void
save (PlSpeakerDialog *self)
{
  PlDelegation *delegation = resolve_delegation (self, gtk_editable_get_text (GTK_EDITABLE (self->delegation_entry)));
  g_autoptr(GDateTime) requested = pl_speaker_parse_input (self->session,
                                                           gtk_editable_get_text (GTK_EDITABLE (self->requested_entry)));
  g_autoptr(PlSpeaker) speaker = NULL;
  g_autofree char *requested_text = NULL;
  g_autofree char *behalf = NULL;
  g_autofree char *person = NULL;
  g_autofree char *note = NULL;
  PlHistory *history = pl_session_get_history (self->session);

  if (delegation == NULL || requested == NULL)
    return;

  pl_edit_burst_flush (self->session);
  /* A place typed but not yet entered counts. */
  gtk_spin_button_update (self->position_spin);
  requested_text = pl_speaker_format_iso (requested);
  behalf = behalf_to_stored (self, delegation);
  person = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_entry))));
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  speaker = self->speaker ? g_object_ref (self->speaker) : pl_speaker_new (NULL);

  pl_history_begin_group (history, self->speaker ? _("Edit Speaker") : _("Add Speaker"));
  pl_speaker_set_list (speaker, pl_record_get_id (PL_RECORD (self->list)));
  pl_speaker_set_delegation (speaker, pl_record_get_id (PL_RECORD (delegation)));
  pl_speaker_set_person (speaker, person);
  pl_speaker_set_rank (speaker, gtk_drop_down_get_selected (self->rank_drop_down));
  pl_speaker_set_on_behalf_of (speaker, behalf);
  pl_speaker_set_requested_at (speaker, requested_text);
  pl_speaker_set_mode (speaker, gtk_drop_down_get_selected (self->mode_drop_down));
  pl_speaker_set_manual_position (speaker, gtk_spin_button_get_value_as_int (self->position_spin));
  pl_speaker_set_manual_note (speaker, *note != '\0' ? note : NULL);
  if (self->speaker == NULL)
    {
      pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_LISTED);
      pl_session_add_record (self->session, PL_RECORD (speaker));
    }
  pl_history_end_group (history);

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_choices (GtkDropDown *drop_down,
             const char *(*label) (int),
             int          n)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (strings, label (i));
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (strings));
}

static void
completion_for (GtkEntry     *entry,
                GtkListStore *model)
{
  GtkEntryCompletion *completion = gtk_entry_completion_new ();

  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (model));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, FALSE);
  gtk_entry_completion_set_popup_single_match (completion, FALSE);
  gtk_entry_set_completion (entry, completion);
  g_object_unref (completion);
}

static const char *
rank_label_cb (int i)
{
  return pl_speaker_rank_label (i);
}

static const char *
mode_label_cb (int i)
{
  return pl_speaker_mode_label (i);
}

static void
build (PlSpeakerDialog *self)
{
  g_autoptr(GtkListStore) delegations_model = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GtkListStore) groups_model = gtk_list_store_new (1, G_TYPE_STRING);
  GListModel *delegations = pl_session_get_records (self->session, PL_TYPE_DELEGATION);
  g_autoptr(GPtrArray) groups = pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (self->session)));

  adw_window_title_set_title (self->window_title, self->speaker ? _("Edit Speaker") : _("Add Speaker"));
  adw_window_title_set_subtitle (self->window_title, pl_speaker_list_get_title (self->list));
  gtk_button_set_label (GTK_BUTTON (self->save_button), self->speaker ? _("_Save") : _("_Add"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->speaker ? _("Save Speaker") : _("Add Speaker to List"), -1);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (pl_delegation_get_name (delegation) != NULL)
        gtk_list_store_insert_with_values (delegations_model, NULL, -1, 0, pl_delegation_get_name (delegation), -1);
    }
  for (guint i = 0; i < groups->len; i++)
    gtk_list_store_insert_with_values (groups_model, NULL, -1, 0,
                                       pl_json_object_get_string (g_ptr_array_index (groups, i), "name", ""), -1);
  self->members_model = gtk_list_store_new (1, G_TYPE_STRING);

  completion_for (self->delegation_entry, delegations_model);
  completion_for (self->person_entry, self->members_model);
  completion_for (self->behalf_entry, groups_model);
  set_choices (self->rank_drop_down, rank_label_cb, PL_RANK_UNKNOWN + 1);
  set_choices (self->mode_drop_down, mode_label_cb, PL_SPEAKER_MODE_REMOTE + 1);
}

static void
fill (PlSpeakerDialog *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (self->session);
  g_autofree char *requested = NULL;

  if (self->speaker == NULL)
    {
      now = g_date_time_new_now (tz);
      requested = pl_speaker_format_input (now);
      gtk_editable_set_text (GTK_EDITABLE (self->requested_entry), requested);
      gtk_drop_down_set_selected (self->rank_drop_down, PL_RANK_AMBASSADOR);
      gtk_drop_down_set_selected (self->mode_drop_down, PL_SPEAKER_MODE_FLOOR);
      return;
    }

  {
    g_autoptr(GDateTime) at = pl_speaker_order_parse_date_time (self->session,
                                                                pl_speaker_get_requested_at (self->speaker));
    g_autofree char *behalf = pl_speaker_behalf_label (self->session, pl_speaker_get_delegation (self->speaker),
                                                       pl_speaker_get_on_behalf_of (self->speaker));

    requested = at ? pl_speaker_format_input (at) : g_strdup (pl_speaker_get_requested_at (self->speaker) ?: "");
    gtk_editable_set_text (GTK_EDITABLE (self->delegation_entry),
                           pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (self->speaker)));
    gtk_editable_set_text (GTK_EDITABLE (self->person_entry), pl_speaker_get_person (self->speaker) ?: "");
    gtk_drop_down_set_selected (self->rank_drop_down, pl_speaker_get_rank (self->speaker));
    gtk_editable_set_text (GTK_EDITABLE (self->behalf_entry), behalf ? behalf : "");
    gtk_editable_set_text (GTK_EDITABLE (self->requested_entry), requested);
    gtk_drop_down_set_selected (self->mode_drop_down, pl_speaker_get_mode (self->speaker));
    gtk_spin_button_set_value (self->position_spin, MAX (pl_speaker_get_manual_position (self->speaker), 0));
    gtk_editable_set_text (GTK_EDITABLE (self->note_entry), pl_speaker_get_manual_note (self->speaker) ?: "");
  }
}

static void
pl_speaker_dialog_dispose (GObject *object)
{
  PlSpeakerDialog *self = PL_SPEAKER_DIALOG (object);

  g_clear_object (&self->members_model);
  g_clear_object (&self->speaker);
  g_clear_object (&self->list);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_SPEAKER_DIALOG);

  G_OBJECT_CLASS (pl_speaker_dialog_parent_class)->dispose (object);
}

static void
pl_speaker_dialog_class_init (PlSpeakerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_speaker_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-speaker-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, delegation_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, person_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, rank_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, behalf_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, requested_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, mode_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, position_spin);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, note_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_speaker_dialog_init (PlSpeakerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_speaker_dialog_new:
 * @speaker: (nullable): the speaker to edit, or %NULL to add one to @list
 */
GtkWidget *
pl_speaker_dialog_new (GtkWindow     *parent,
                       PlSession     *session,
                       PlSpeakerList *list,
                       PlSpeaker     *speaker)
{
  PlSpeakerDialog *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), NULL);

  self = g_object_new (PL_TYPE_SPEAKER_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->list = g_object_ref (list);
  self->speaker = speaker ? g_object_ref (speaker) : NULL;
  gtk_window_set_title (GTK_WINDOW (self), speaker ? _("Edit Speaker") : _("Add Speaker"));
  build (self);
  fill (self);
  g_signal_connect_swapped (self->delegation_entry, "changed", G_CALLBACK (on_delegation_changed_cb), self);
  g_signal_connect_swapped (self->person_entry, "changed", G_CALLBACK (on_person_changed_cb), self);
  g_signal_connect_swapped (self->requested_entry, "changed", G_CALLBACK (validate), self);
  on_delegation_changed_cb (self);
  return GTK_WIDGET (self);
}
