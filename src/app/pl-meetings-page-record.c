/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-attendance-row.h"
#include "pl-meetings.h"
#include "pl-meetings-page-private.h"
#include "pl-officer.h"
#include "pl-schedule-page-private.h"
#include "pl-taken-up-row.h"

/* The record of the meeting selected on the Meetings page (issue 20,
 * point 5): who presided, the items taken up, the attendance and the
 * quorum of rule 41. Each edit is one call of the core (pl-meetings.h),
 * one undo step. */

static PlSession *
session_of (PlMeetingsPage *self)
{
  return pl_page_get_session (PL_PAGE (self));
}

/* Presiding officer: one of the officers elected, or a name typed */

static const char *
office_name (PlOffice office)
{
  switch (office)
    {
    case PL_OFFICE_PRESIDENT:
      return _("President");
    case PL_OFFICE_VICE_PRESIDENT:
      return _("Vice-President");
    case PL_OFFICE_RAPPORTEUR:
    default:
      return _("Rapporteur");
    }
}

static char *
officer_label (PlSession *session,
               PlOfficer *officer)
{
  const char *person = pl_officer_get_person (officer);
  PlRecord *delegation = pl_officer_get_delegation (officer)
                         ? pl_session_lookup (session, pl_officer_get_delegation (officer)) : NULL;
  const char *state = PL_IS_DELEGATION (delegation) ? pl_delegation_get_name (PL_DELEGATION (delegation)) : NULL;

  if (person == NULL || *person == '\0')
    person = state ? state : pl_record_get_id (PL_RECORD (officer));
  if (state != NULL && g_strcmp0 (state, person) != 0)
    /* Translators: an elected officer, "Ana Pérez, Vice-President (Mexico)" */
    return g_strdup_printf (_("%s, %s (%s)"), person, office_name (pl_officer_get_office (officer)), state);
  /* Translators: an elected officer, "Ana Pérez, President" */
  return g_strdup_printf (_("%s, %s"), person, office_name (pl_officer_get_office (officer)));
}

static void
update_presiding (PlMeetingsPage *self,
                  PlMeeting      *meeting)
{
  PlSession *session = session_of (self);
  GListModel *officers = pl_session_get_records (session, PL_TYPE_OFFICER);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *presiding = pl_meeting_get_presiding (meeting);
  guint selected = 0;
  gboolean typed;

  /* A name being typed stays while a change elsewhere (a tick, the
   * server) refreshes the page. */
  if (gtk_widget_get_state_flags (GTK_WIDGET (self->presiding_name_row)) & GTK_STATE_FLAG_FOCUS_WITHIN)
    return;
  g_ptr_array_set_size (self->presiding_ids, 0);
  /* Translators: no presiding officer recorded for the meeting */
  gtk_string_list_append (labels, _("Not Recorded"));
  g_ptr_array_add (self->presiding_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (officers); i++)
    {
      g_autoptr(PlOfficer) officer = g_list_model_get_item (officers, i);
      g_autofree char *label = NULL;

      if (pl_officer_get_status (officer) != PL_OFFICER_STATUS_ELECTED)
        continue;
      label = officer_label (session, officer);
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->presiding_ids, g_strdup (pl_record_get_id (PL_RECORD (officer))));
      if (g_strcmp0 (presiding, pl_record_get_id (PL_RECORD (officer))) == 0)
        selected = self->presiding_ids->len - 1;
    }
  /* Translators: the presiding officer is not one of the elected officers: a name is typed */
  gtk_string_list_append (labels, _("Someone Else"));
  g_ptr_array_add (self->presiding_ids, g_strdup (""));

  typed = presiding != NULL && *presiding != '\0' && selected == 0;
  if (typed)
    selected = self->presiding_ids->len - 1;
  adw_combo_row_set_model (self->presiding_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->presiding_row, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->presiding_name_row), selected == self->presiding_ids->len - 1);
  if (typed && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->presiding_name_row)), presiding) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->presiding_name_row), presiding);
  else if (!typed && selected != self->presiding_ids->len - 1)
    gtk_editable_set_text (GTK_EDITABLE (self->presiding_name_row), "");
}

static void
on_presiding_selected_cb (PlMeetingsPage *self)
{
  PlMeeting *meeting = pl_meetings_page_lookup (self);
  guint selected = adw_combo_row_get_selected (self->presiding_row);
  const char *id;

  if (self->updating || meeting == NULL || selected >= self->presiding_ids->len)
    return;
  id = g_ptr_array_index (self->presiding_ids, selected);
  if (id != NULL && *id == '\0')
    {
      /* Someone else: the name is recorded once typed and applied. */
      gtk_widget_set_visible (GTK_WIDGET (self->presiding_name_row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->presiding_name_row));
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->presiding_name_row), FALSE);
  pl_meetings_set_presiding (session_of (self), meeting, id);
}

static void
on_presiding_name_apply_cb (PlMeetingsPage *self)
{
  PlMeeting *meeting = pl_meetings_page_lookup (self);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->presiding_name_row))));

  if (meeting == NULL)
    return;
  pl_meetings_set_presiding (session_of (self), meeting, *name != '\0' ? name : NULL);
}

/* Items taken up */

static char *
item_label (PlAgendaItem *item)
{
  const char *title = pl_agenda_item_get_short_title (item);

  if (title == NULL || *title == '\0')
    title = pl_agenda_item_get_title (item);
  /* Translators: an agenda item, its number then its title, "2 (a) Adoption of the agenda" */
  return g_strdup_printf (_("%s %s"), pl_agenda_item_get_number (item), title ? title : "");
}

static void
update_taken_up (PlMeetingsPage *self,
                 PlMeeting      *meeting)
{
  PlSession *session = session_of (self);
  JsonNode *taken_up = pl_meeting_get_taken_up (meeting);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->taken_up_list))) != NULL)
    gtk_list_box_remove (self->taken_up_list, child);

  if (taken_up != NULL && JSON_NODE_HOLDS_ARRAY (taken_up))
    {
      JsonArray *array = json_node_get_array (taken_up);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *entry = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          const char *id = entry ? json_object_get_string_member_with_default (entry, "item", NULL) : NULL;
          const char *note = entry ? json_object_get_string_member_with_default (entry, "note", NULL) : NULL;
          PlRecord *item = id ? pl_session_lookup (session, id) : NULL;
          g_autofree char *label = PL_IS_AGENDA_ITEM (item) ? item_label (PL_AGENDA_ITEM (item))
                                   /* Translators: an item the meeting took up that is no longer on the agenda */
                                   : g_strdup_printf (_("%s (not on the agenda)"), id ? id : "");

          if (id == NULL)
            continue;
          n++;
          gtk_list_box_append (self->taken_up_list,
                               pl_taken_up_row_new (id, label, note ? pl_schedule_page_note_shown (note) : NULL));
        }
    }
  if (n == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("No items recorded yet"));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_list_box_append (self->taken_up_list, none);
    }

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *label = item_label (item);
      g_autoptr(GMenuItem) menu_item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (menu_item, "meetings.take-up", "s", pl_record_get_id (PL_RECORD (item)));
      g_menu_append_item (menu, menu_item);
    }
  gtk_menu_button_set_menu_model (self->add_item_button, G_MENU_MODEL (menu));
}

void
pl_meetings_page_take_up_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);
  PlMeeting *meeting = pl_meetings_page_lookup (self);
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;
  if (!pl_meetings_take_up (session_of (self), meeting, g_variant_get_string (parameter, NULL), NULL, &error))
    pl_meetings_page_toast (self, error->message);
  else
    update_taken_up (self, meeting);
}

void
pl_meetings_page_drop_item_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);
  PlMeeting *meeting = pl_meetings_page_lookup (self);

  if (meeting == NULL)
    return;
  pl_meetings_drop_item (session_of (self), meeting, g_variant_get_string (parameter, NULL));
  update_taken_up (self, meeting);
}

/* Attendance and the quorum (rule 41) */

static gboolean
json_array_has (JsonNode   *node,
                const char *value)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static void
update_quorum (PlMeetingsPage *self,
               PlMeeting      *meeting)
{
  PlMeetingQuorum quorum = { 0 };
  g_autofree char *present = NULL;
  g_autofree char *text = NULL;

  pl_meetings_quorum (session_of (self), meeting, &quorum);
  /* Translators: the first half of the quorum line, "41 of 190 States parties present" */
  present = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u State party present", "%u of %u States parties present",
                                          quorum.participating),
                             quorum.present, quorum.participating);
  /* Translators: the quorum line of rule 41, "41 of 190 States parties present: 64 needed to open, 96 to take decisions" */
  text = g_strdup_printf (_("%s: %u needed to open, %u to take decisions"), present, quorum.to_open, quorum.to_decide);
  gtk_label_set_label (self->quorum_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_label), "success");
  if (quorum.participating > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->quorum_label), quorum.present < quorum.to_open ? "error" : "success");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  PlDelegation *da = *(PlDelegation **) a;
  PlDelegation *db = *(PlDelegation **) b;

  return g_utf8_collate (pl_delegation_get_name (da) ?: "", pl_delegation_get_name (db) ?: "");
}

static void
on_attendance_toggled_cb (PlAttendanceRow *row,
                          gboolean         present,
                          PlMeetingsPage  *self)
{
  PlMeeting *meeting = pl_meetings_page_lookup (self);

  if (self->updating || meeting == NULL)
    return;
  pl_meetings_set_attending (session_of (self), meeting, pl_attendance_row_get_delegation_id (row), present);
  /* Live: the quorum follows the tick, not the next refresh. */
  update_quorum (self, meeting);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The rows are rebuilt only when the registered delegations change; a
 * tick elsewhere (another window, the server) updates them in place, so
 * that the list keeps its scroll and focus. */
static void
update_attendance (PlMeetingsPage *self,
                   PlMeeting      *meeting)
{
  GListModel *records = pl_session_get_records (session_of (self), PL_TYPE_DELEGATION);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) key = g_string_new (NULL);
  JsonNode *present = pl_meeting_get_present (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      PlDelegation *delegation = g_list_model_get_item (records, i);

      /* States parties first: the quorum counts them (rule 41). */
      if (pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_STATE_PARTY)
        g_ptr_array_add (states, delegation);
      else
        g_ptr_array_add (others, delegation);
    }
  g_ptr_array_sort (states, compare_names);
  g_ptr_array_sort (others, compare_names);
  for (guint i = 0; i < states->len; i++)
    g_string_append_printf (key, "s%s\n%s\n", pl_record_get_id (g_ptr_array_index (states, i)),
                            pl_delegation_get_name (g_ptr_array_index (states, i)));
  for (guint i = 0; i < others->len; i++)
    g_string_append_printf (key, "o%s\n%s\n", pl_record_get_id (g_ptr_array_index (others, i)),
                            pl_delegation_get_name (g_ptr_array_index (others, i)));

  if (g_strcmp0 (key->str, self->attendance_key) != 0)
    {
      g_free (self->attendance_key);
      self->attendance_key = g_strdup (key->str);
      clear_list (self->states_list);
      clear_list (self->others_list);
      for (guint pass = 0; pass < 2; pass++)
        {
          GPtrArray *list = pass == 0 ? states : others;

          for (guint i = 0; i < list->len; i++)
            {
              GtkWidget *row = pl_attendance_row_new (g_ptr_array_index (list, i), pass == 0);

              g_signal_connect_object (row, "toggled", G_CALLBACK (on_attendance_toggled_cb), self, 0);
              gtk_list_box_append (pass == 0 ? self->states_list : self->others_list, row);
            }
        }
    }
  gtk_widget_set_visible (self->states_heading, states->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->states_list), states->len > 0);
  gtk_widget_set_visible (self->others_heading, others->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->others_list), others->len > 0);

  for (guint pass = 0; pass < 2; pass++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (pass == 0 ? self->states_list : self->others_list));
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (PL_IS_ATTENDANCE_ROW (row))
        pl_attendance_row_set_present (PL_ATTENDANCE_ROW (row),
                                       json_array_has (present, pl_attendance_row_get_delegation_id (PL_ATTENDANCE_ROW (row))));

  if (states->len + others->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->attendance_group),
                                           _("No delegations registered yet: add them on the Participants page."));
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->attendance_group), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->attendance_search), states->len + others->len > 0);
  update_quorum (self, meeting);
}

static gboolean
attendance_filter_cb (GtkListBoxRow *row,
                      gpointer       user_data)
{
  PlMeetingsPage *self = user_data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->attendance_search));
  g_autofree char *needle = NULL;
  g_autofree char *name = NULL;

  if (text == NULL || *text == '\0' || !PL_IS_ATTENDANCE_ROW (row))
    return TRUE;
  needle = g_utf8_casefold (text, -1);
  name = g_utf8_casefold (pl_attendance_row_get_name (PL_ATTENDANCE_ROW (row)), -1);
  return strstr (name, needle) != NULL;
}

static void
on_attendance_search_cb (PlMeetingsPage *self)
{
  gtk_list_box_invalidate_filter (self->states_list);
  gtk_list_box_invalidate_filter (self->others_list);
}

/**
 * pl_meetings_page_update_record:
 *
 * Shows @meeting's record: for a held meeting who presided, the items
 * taken up and the attendance; a planned or cancelled meeting has none.
 */
void
pl_meetings_page_update_record (PlMeetingsPage *self,
                                PlMeeting      *meeting)
{
  gboolean held = pl_meeting_get_status (meeting) == PL_MEETING_STATUS_HELD;

  gtk_widget_set_visible (self->presiding_group, held);
  gtk_widget_set_visible (self->items_group, held);
  gtk_widget_set_visible (self->attendance_group, held);
  if (!held)
    return;
  update_presiding (self, meeting);
  update_taken_up (self, meeting);
  update_attendance (self, meeting);
}

void
pl_meetings_page_record_init (PlMeetingsPage *self)
{
  gtk_list_box_set_filter_func (self->states_list, attendance_filter_cb, self, NULL);
  gtk_list_box_set_filter_func (self->others_list, attendance_filter_cb, self, NULL);
}

void
pl_meetings_page_record_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_presiding_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_presiding_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendance_search_cb);
}

/**
 * pl_meetings_page_set_present:
 *
 * Ticks or unticks @delegation_id in the attendance of the meeting shown,
 * as a click on its box would.
 */
void
pl_meetings_page_set_present (PlMeetingsPage *self,
                              const char     *delegation_id,
                              gboolean        present)
{
  g_return_if_fail (PL_IS_MEETINGS_PAGE (self));

  for (guint pass = 0; pass < 2; pass++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (pass == 0 ? self->states_list : self->others_list));
         row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (PL_IS_ATTENDANCE_ROW (row) &&
          g_strcmp0 (pl_attendance_row_get_delegation_id (PL_ATTENDANCE_ROW (row)), delegation_id) == 0)
        {
          GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_widget_get_template_child (row, PL_TYPE_ATTENDANCE_ROW, "check"));

          gtk_check_button_set_active (check, present);
        }
}

/**
 * pl_meetings_page_get_quorum_text:
 *
 * Returns: the quorum line as shown
 */
const char *
pl_meetings_page_get_quorum_text (PlMeetingsPage *self)
{
  g_return_val_if_fail (PL_IS_MEETINGS_PAGE (self), NULL);

  return gtk_label_get_label (self->quorum_label);
}
