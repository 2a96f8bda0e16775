/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-compat.h"
#include "pl-export.h"
#include "pl-page.h"
#include "pl-schedule-page-private.h"
#include "pl-schedule.h"

/* A meeting's card on the right: its body, title and times, the items
 * assigned to it with their notes, and its findings. */
/* Meetings */

static void
on_delete_meeting_clicked_cb (GtkButton      *button,
                              PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (button));

  if (meeting != NULL)
    pl_schedule_delete_meeting (self->schedule, meeting);
}

static void
on_body_selected_cb (GtkDropDown    *drop_down,
                     GParamSpec     *pspec,
                     PlSchedulePage *self)
{
  PlMeeting *meeting;
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self->rebuilding || (meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (drop_down))) == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && (PlMeetingBody) selected != pl_meeting_get_body (meeting))
    pl_meeting_set_body (meeting, (PlMeetingBody) selected);
}

static void
on_title_activate_cb (GtkEntry       *entry,
                      PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (entry));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (meeting != NULL && g_strcmp0 (text, pl_meeting_get_title (meeting)) != 0)
    pl_meeting_set_title (meeting, text);
}

/* Moving a meeting (another day or start, same length) and resizing it
 * (another start or end) are one edit of the three fields. */
static void
on_times_apply_cb (GtkWidget      *widget,
                   PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (widget));
  GtkEditable *date_entry = g_object_get_data (G_OBJECT (widget), "date-entry");
  GtkEditable *start_entry = g_object_get_data (G_OBJECT (widget), "start-entry");
  GtkEditable *end_entry = g_object_get_data (G_OBJECT (widget), "end-entry");
  const char *date, *start, *end;
  g_autoptr(GError) error = NULL;
  PlHistory *history;
  gboolean ok = TRUE;
  GDate parsed_date;
  int start_minutes, end_minutes;

  if (meeting == NULL)
    return;

  date = gtk_editable_get_text (date_entry);
  start = gtk_editable_get_text (start_entry);
  end = gtk_editable_get_text (end_entry);

  if (g_strcmp0 (date, pl_meeting_get_date (meeting)) == 0
      && g_strcmp0 (start, pl_meeting_get_start (meeting)) == 0
      && g_strcmp0 (end, pl_meeting_get_end (meeting)) == 0)
    return;

  /* Check all three first, so that a wrong end does not leave the
   * meeting moved to another day. */
  if (!pl_calendar_parse_date (date, &parsed_date, &error)
      || !pl_calendar_parse_time (start, &start_minutes, &error)
      || !pl_calendar_parse_time (end, &end_minutes, &error))
    {
      pl_schedule_page_report_error (self, _("Could Not Change the Meeting"), error);
      return;
    }
  if (end_minutes <= start_minutes)
    {
      g_set_error (&error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("The meeting ends at %s, before it starts at %s"), end, start);
      pl_schedule_page_report_error (self, _("Could Not Change the Meeting"), error);
      return;
    }

  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (history, _("Change Meeting Times"));
  if (g_strcmp0 (date, pl_meeting_get_date (meeting)) != 0)
    ok = pl_schedule_move_meeting (self->schedule, meeting, date, pl_meeting_get_start (meeting), &error);
  if (ok)
    ok = pl_schedule_resize_meeting (self->schedule, meeting, start, end, &error);
  pl_history_end_group (history);

  if (!ok)
    {
      pl_schedule_page_report_error (self, _("Could Not Change the Meeting"), error);
      pl_page_queue_refresh (PL_PAGE (self));
    }
}

static GtkWidget *
labelled_entry (GtkWidget  *box,
                const char *mnemonic,
                const char *text,
                int         width)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  gtk_widget_add_css_class (entry, "numeric");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);

  return entry;
}

static void
on_entry_move_clicked_cb (GtkButton      *button,
                          PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (button));
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, g_object_get_data (G_OBJECT (button), "item-id"));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "to-index"));
  g_autoptr(GError) error = NULL;

  if (meeting == NULL || item == NULL)
    return;
  if (!pl_schedule_move_entry (self->schedule, meeting, item, meeting, index, &error))
    pl_schedule_page_report_error (self, _("Could Not Move the Item"), error);
}

static void
on_unassign_clicked_cb (GtkButton      *button,
                        PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (button));
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, g_object_get_data (G_OBJECT (button), "item-id"));

  if (meeting != NULL && item != NULL)
    pl_schedule_unassign_item (self->schedule, meeting, item);
}

static void
on_note_activate_cb (GtkEntry       *entry,
                     PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (entry));
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, g_object_get_data (G_OBJECT (entry), "item-id"));

  if (meeting != NULL && item != NULL)
    pl_schedule_set_entry_note (self->schedule, meeting, item,
                                pl_schedule_page_note_stored (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static GtkWidget *
entry_button_new (const char *icon_name,
                  const char *accessible_name,
                  const char *meeting_id,
                  const char *item_id,
                  GCallback   callback,
                  gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, accessible_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_object_set_data_full (G_OBJECT (button), "meeting-id", g_strdup (meeting_id), g_free);
  g_object_set_data_full (G_OBJECT (button), "item-id", g_strdup (item_id), g_free);
  g_signal_connect (button, "clicked", callback, user_data);

  return button;
}

static GtkWidget *
entry_row_new (PlSchedulePage *self,
               PlMeeting      *meeting,
               guint           index,
               guint           n_entries,
               const char     *item_id,
               const char     *note)
{
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, item_id);
  const char *meeting_id = pl_record_get_id (PL_RECORD (meeting));
  const char *number = item ? pl_agenda_item_get_number (item) : "?";
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *title_label = gtk_label_new (item ? pl_schedule_page_item_title (item) : _("Unknown item"));
  GtkWidget *note_entry = gtk_entry_new ();
  GtkWidget *button;
  g_autofree char *name = NULL;
  g_autofree char *note_name = NULL;
  g_autofree char *up_name = NULL;
  g_autofree char *down_name = NULL;
  g_autofree char *remove_name = NULL;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  gtk_label_set_xalign (GTK_LABEL (number_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (number_label), 5);
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), title_label);

  /* Translators: the accessible name of an entry's note, %s an item number */
  note_name = g_strdup_printf (_("Note on %s"), number);
  gtk_editable_set_text (GTK_EDITABLE (note_entry), pl_schedule_page_note_shown (note));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note_entry), _("Note"));
  gtk_editable_set_width_chars (GTK_EDITABLE (note_entry), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (note_entry), 10);
  gtk_widget_set_valign (note_entry, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (note_entry, _("Press Enter to keep the note, such as “continued”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  g_object_set_data_full (G_OBJECT (note_entry), "meeting-id", g_strdup (meeting_id), g_free);
  g_object_set_data_full (G_OBJECT (note_entry), "item-id", g_strdup (item_id), g_free);
  g_signal_connect (note_entry, "activate", G_CALLBACK (on_note_activate_cb), self);
  pl_schedule_page_set_focus_key (note_entry, g_strdup_printf ("note\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("date\n%s", meeting_id));
  gtk_box_append (GTK_BOX (box), note_entry);

  /* Translators: %s is an agenda item number */
  up_name = g_strdup_printf (_("Move %s Up"), number);
  button = entry_button_new ("go-up-symbolic", up_name, meeting_id, item_id,
                             G_CALLBACK (on_entry_move_clicked_cb), self);
  g_object_set_data (G_OBJECT (button), "to-index", GINT_TO_POINTER (index > 0 ? (int) index - 1 : 0));
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("up\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("note\n%s\n%s", meeting_id, item_id));
  gtk_widget_set_sensitive (button, index > 0);
  gtk_box_append (GTK_BOX (box), button);

  /* Translators: %s is an agenda item number */
  down_name = g_strdup_printf (_("Move %s Down"), number);
  button = entry_button_new ("go-down-symbolic", down_name, meeting_id, item_id,
                             G_CALLBACK (on_entry_move_clicked_cb), self);
  g_object_set_data (G_OBJECT (button), "to-index", GINT_TO_POINTER ((int) index + 1));
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("down\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("note\n%s\n%s", meeting_id, item_id));
  gtk_widget_set_sensitive (button, index + 1 < n_entries);
  gtk_box_append (GTK_BOX (box), button);

  /* Translators: %s is an agenda item number */
  remove_name = g_strdup_printf (_("Unassign %s"), number);
  button = entry_button_new ("list-remove-symbolic", remove_name, meeting_id, item_id,
                             G_CALLBACK (on_unassign_clicked_cb), self);
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("remove\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("date\n%s", meeting_id));
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  name = g_strdup_printf ("%s %s", number, item ? pl_schedule_page_item_title (item) : item_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  g_object_set_data_full (G_OBJECT (row), "meeting-id", g_strdup (meeting_id), g_free);
  g_object_set_data (G_OBJECT (row), "entry-index", GINT_TO_POINTER ((int) index + 1));
  pl_schedule_page_add_drag_source (row, g_strdup_printf (DRAG_ENTRY "\n%s\n%s", meeting_id, item_id));
  pl_schedule_page_add_drop_target (self, row);

  return row;
}

static GtkWidget *
finding_label_new (PlFinding *finding)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean error = pl_finding_get_severity (finding) == PL_SEVERITY_ERROR;
  GtkWidget *icon = gtk_image_new_from_icon_name (error ? "dialog-error-symbolic" : "dialog-warning-symbolic");
  g_autofree char *text = g_strdup_printf ("%s (%s)", pl_finding_get_message (finding), pl_finding_get_code (finding));
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (icon, error ? "error" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  error ? _("Error") : _("Warning"), -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, error ? "error" : "warning");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);

  return box;
}

GtkWidget *
pl_schedule_page_meeting_card_new (PlSchedulePage *self,
                                   PlMeeting      *meeting,
                                   GPtrArray      *findings)
{
  const char *meeting_id = pl_record_get_id (PL_RECORD (meeting));
  g_autofree char *label = pl_schedule_page_meeting_label (meeting);
  g_autofree char *heading = g_strdup_printf ("%s–%s", pl_meeting_get_start (meeting), pl_meeting_get_end (meeting));
  g_autofree char *delete_name = NULL;
  g_autofree char *items_name = NULL;
  g_autofree char *body_name_text = NULL;
  g_autoptr(GArray) entries = pl_schedule_get_entries (meeting);
  static const char *bodies[] = { NULL, NULL, NULL, NULL };
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *times = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *time_label = gtk_label_new (heading);
  GtkWidget *body, *title, *button, *date_entry, *start_entry, *end_entry, *apply, *list;

  bodies[0] = pl_schedule_page_body_name (PL_MEETING_BODY_PLENARY);
  bodies[1] = pl_schedule_page_body_name (PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE);
  bodies[2] = pl_schedule_page_body_name (PL_MEETING_BODY_OTHER);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "meeting-card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_margin_start (inner, 12);
  gtk_widget_set_margin_end (inner, 12);
  gtk_widget_set_margin_top (inner, 10);
  gtk_widget_set_margin_bottom (inner, 12);
  gtk_box_append (GTK_BOX (card), inner);
  g_object_set_data_full (G_OBJECT (card), "meeting-id", g_strdup (meeting_id), g_free);
  pl_schedule_page_add_drop_target (self, card);

  /* Time, body, title, delete */
  gtk_widget_add_css_class (time_label, "heading");
  gtk_widget_add_css_class (time_label, "numeric");
  gtk_box_append (GTK_BOX (top), time_label);

  body = gtk_drop_down_new_from_strings (bodies);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (body), pl_meeting_get_body (meeting));
  /* Translators: accessible name of a meeting's body; %s describes the meeting */
  body_name_text = g_strdup_printf (_("Body of %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (body), GTK_ACCESSIBLE_PROPERTY_LABEL, body_name_text, -1);
  /* GTK 4.8 shows AT-SPI the drop-down's own button, unnamed. */
  for (GtkWidget *child = gtk_widget_get_first_child (body); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, body_name_text, -1);
  gtk_widget_set_tooltip_text (body, _("Which body meets"));
  g_object_set_data_full (G_OBJECT (body), "meeting-id", g_strdup (meeting_id), g_free);
  g_signal_connect (body, "notify::selected", G_CALLBACK (on_body_selected_cb), self);
  pl_schedule_page_set_focus_key (body, g_strdup_printf ("body\n%s", meeting_id), NULL);
  gtk_box_append (GTK_BOX (top), body);

  title = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (title), pl_meeting_get_title (meeting) ? pl_meeting_get_title (meeting) : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Title, if not about agenda items"));
  gtk_widget_set_hexpand (title, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meeting Title"), -1);
  g_object_set_data_full (G_OBJECT (title), "meeting-id", g_strdup (meeting_id), g_free);
  g_signal_connect (title, "activate", G_CALLBACK (on_title_activate_cb), self);
  pl_schedule_page_set_focus_key (title, g_strdup_printf ("title\n%s", meeting_id), NULL);
  gtk_box_append (GTK_BOX (top), title);

  /* Translators: %s describes a meeting: day, times and body */
  delete_name = g_strdup_printf (_("Delete Meeting of %s"), label);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Delete Meeting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  g_object_set_data_full (G_OBJECT (button), "meeting-id", g_strdup (meeting_id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_meeting_clicked_cb), self);
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("delete\n%s", meeting_id),
                                  g_strdup_printf ("add\n%s", pl_meeting_get_date (meeting)));
  gtk_box_append (GTK_BOX (top), button);
  gtk_box_append (GTK_BOX (inner), top);

  /* Moving and resizing: the day and the times */
  date_entry = labelled_entry (times, _("_Day"), pl_meeting_get_date (meeting), 10);
  start_entry = labelled_entry (times, _("_From"), pl_meeting_get_start (meeting), 5);
  end_entry = labelled_entry (times, _("_To"), pl_meeting_get_end (meeting), 5);
  apply = gtk_button_new_with_label (_("Set Times"));
  gtk_widget_set_tooltip_text (apply, _("Move or resize the meeting (Enter in a field does the same)"));
  gtk_box_append (GTK_BOX (times), apply);
  for (GtkWidget *w = gtk_widget_get_first_child (times); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      if (!GTK_IS_ENTRY (w) && !GTK_IS_BUTTON (w))
        continue;
      g_object_set_data_full (G_OBJECT (w), "meeting-id", g_strdup (meeting_id), g_free);
      g_object_set_data (G_OBJECT (w), "date-entry", date_entry);
      g_object_set_data (G_OBJECT (w), "start-entry", start_entry);
      g_object_set_data (G_OBJECT (w), "end-entry", end_entry);
      g_signal_connect (w, GTK_IS_ENTRY (w) ? "activate" : "clicked", G_CALLBACK (on_times_apply_cb), self);
      pl_schedule_page_set_focus_key (w, g_strdup_printf ("%s\n%s",
                                                          w == date_entry ? "date" : w == start_entry ? "start" :
                                                          w == end_entry ? "end" : "set", meeting_id), NULL);
    }
  gtk_box_append (GTK_BOX (inner), times);
  g_object_set_data (G_OBJECT (card), "date-entry", date_entry);
  g_hash_table_insert (self->cards, g_strdup (meeting_id), card);

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    gtk_box_append (GTK_BOX (inner), finding_label_new (g_ptr_array_index (findings, i)));

  if (entries->len == 0)
    {
      GtkWidget *hint = gtk_label_new (_("Drag agenda items here, or select one and choose Assign to Meeting…"));

      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_label_set_xalign (GTK_LABEL (hint), 0);
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_box_append (GTK_BOX (inner), hint);
      return card;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* Translators: %s describes a meeting */
  items_name = g_strdup_printf (_("Items of %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, items_name, -1);
  for (guint i = 0; i < entries->len; i++)
    {
      PlScheduleEntry *entry = &g_array_index (entries, PlScheduleEntry, i);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           entry_row_new (self, meeting, i, entries->len, entry->item, entry->note));
    }
  gtk_box_append (GTK_BOX (inner), list);

  return card;
}

