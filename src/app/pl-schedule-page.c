/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-compat.h"
#include "pl-export.h"
#include "pl-meeting-card.h"
#include "pl-page.h"
#include "pl-schedule-page-private.h"
#include "pl-schedule.h"

/**
 * PlSchedulePage:
 *
 * The Organization of work page (seed, annex): the agenda items on the
 * left, marked when no meeting takes them up (agenda.unscheduled); the
 * session's days on the right, each with its meetings and the items each
 * meeting takes up, in order. Items go to a meeting by drag and drop or
 * by keyboard (select an item, then Assign to Meeting…, Ctrl+M); entries
 * are reordered, moved to another meeting, annotated and taken off again.
 * Every edit goes through #PlSchedule, so each is one undo step. The
 * findings of the schedule checks are shown on the meeting they concern,
 * and the whole view follows the session's changes.
 */

G_DEFINE_FINAL_TYPE (PlSchedulePage, pl_schedule_page, PL_TYPE_PAGE)

static void reveal_meeting (PlSchedulePage *self,
                            const char     *meeting_id,
                            gboolean        focus);

/* Labels */

const char *
pl_schedule_page_item_title (PlAgendaItem *item)
{
  const char *short_title = pl_agenda_item_get_short_title (item);

  if (short_title != NULL && *short_title != '\0')
    return short_title;
  return pl_agenda_item_get_title (item);
}

const char *
pl_schedule_page_body_name (PlMeetingBody body)
{
  switch (body)
    {
    case PL_MEETING_BODY_PLENARY:
      /* Translators: the body that meets, not the application's name */
      return C_("meeting body", "Plenary");
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      return _("Committee of the Whole");
    case PL_MEETING_BODY_OTHER:
    default:
      return _("Other");
    }
}

static char *
format_day (const char *date)
{
  GDate parsed;
  g_autoptr(GDateTime) date_time = NULL;

  if (!pl_calendar_parse_date (date, &parsed, NULL))
    return g_strdup (date);

  date_time = g_date_time_new_utc (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                   g_date_get_day (&parsed), 0, 0, 0);
  /* Translators: a day of the organization of work, see g_date_time_format() */
  return g_date_time_format (date_time, _("%A %-d %B %Y"));
}

char *
pl_schedule_page_meeting_label (PlMeeting *meeting)
{
  g_autofree char *day = format_day (pl_meeting_get_date (meeting));
  const char *title = pl_meeting_get_title (meeting);

  const char *body = pl_schedule_page_body_name (pl_meeting_get_body (meeting));
  g_autofree char *title_folded = title != NULL ? g_utf8_casefold (title, -1) : NULL;
  g_autofree char *body_folded = g_utf8_casefold (body, -1);

  /* A title that only names the body ("Committee of the Whole") would
   * read "Committee of the Whole: Committee of the Whole" (issue 22). */
  if (title_folded != NULL && g_str_equal (title_folded, body_folded))
    title = NULL;

  /* Translators: day, start, end and body of a meeting,
   * "Monday 7 December 2020, 10:00–13:00, Plenary" */
  if (title == NULL || *title == '\0')
    return g_strdup_printf (_("%s, %s–%s, %s"), day, pl_meeting_get_start (meeting),
                            pl_meeting_get_end (meeting), body);

  /* Translators: as above, then the meeting's title */
  return g_strdup_printf (_("%s, %s–%s, %s: %s"), day, pl_meeting_get_start (meeting),
                          pl_meeting_get_end (meeting), body, title);
}

const char *
pl_schedule_page_note_shown (const char *note)
{
  /* Stored in English like the seed (pl-schedule.h), shown translated. */
  if (g_strcmp0 (note, PL_SCHEDULE_NOTE_CONTINUED) == 0)
    return _("continued");
  return note ? note : "";
}

const char *
pl_schedule_page_note_stored (const char *text)
{
  if (g_strcmp0 (text, _("continued")) == 0)
    return PL_SCHEDULE_NOTE_CONTINUED;
  return text;
}

void
pl_schedule_page_report_error (PlSchedulePage *self,
                               const char     *heading,
                               GError         *error)
{
  pl_compat_show_message (pl_page_get_window (PL_PAGE (self)), heading, error->message);
}

PlMeeting *
pl_schedule_page_lookup_meeting (PlSchedulePage *self,
                                 GObject        *widget)
{
  PlRecord *record = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_object_get_data (widget, "meeting-id"));

  return PL_IS_MEETING (record) ? PL_MEETING (record) : NULL;
}

PlAgendaItem *
pl_schedule_page_lookup_item (PlSchedulePage *self,
                              const char     *id)
{
  PlRecord *record = id ? pl_session_lookup (pl_page_get_session (PL_PAGE (self)), id) : NULL;

  return PL_IS_AGENDA_ITEM (record) ? PL_AGENDA_ITEM (record) : NULL;
}

/* Keeping the keyboard focus across a rebuild: the focusable widgets
 * carry a key naming what they edit ("down\n<meeting>\n<item>"), and
 * a fallback for when that is gone (an entry taken off: its meeting). */

void
pl_schedule_page_set_focus_key (GtkWidget  *widget,
                                char       *key,
                                char       *fallback)
{
  g_object_set_data_full (G_OBJECT (widget), "focus-key", key, g_free);
  g_object_set_data_full (G_OBJECT (widget), "focus-fallback", fallback, g_free);
}

static GtkWidget *
find_focus_key (GtkWidget  *widget,
                const char *key)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "focus-key"), key) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_focus_key (child, key);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Drag and drop */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    gpointer       user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  const char *payload = g_object_get_data (G_OBJECT (widget), "drag-payload");

  return gdk_content_provider_new_typed (G_TYPE_STRING, payload);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  gpointer       user_data)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

void
pl_schedule_page_add_drag_source (GtkWidget  *widget,
                                  char       *payload)
{
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data_full (G_OBJECT (widget), "drag-payload", payload, g_free);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), NULL);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), NULL);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (source));
}

/* A drop on a meeting (index -1: the item's place in agenda order) or on
 * one of its entries (that entry's place); a drop of an entry on the item
 * list takes it off its meeting. */
static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            PlSchedulePage *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *card = PL_IS_MEETING_CARD (widget) ? widget : gtk_widget_get_ancestor (widget, PL_TYPE_MEETING_CARD);
  PlMeeting *to = card != NULL ? pl_meeting_card_get_meeting (PL_MEETING_CARD (card)) : NULL;
  int index = card != NULL ? pl_meeting_card_entry_index (PL_MEETING_CARD (card), widget) : -1;
  PlAgendaItem *item;

  if (!G_VALUE_HOLDS_STRING (value) || g_value_get_string (value) == NULL)
    return FALSE;

  parts = g_strsplit (g_value_get_string (value), "\n", 3);

  if (g_strv_length (parts) == 2 && g_str_equal (parts[0], DRAG_ITEM))
    {
      if (to == NULL || (item = pl_schedule_page_lookup_item (self, parts[1])) == NULL)
        return FALSE;
      if (!pl_schedule_assign_item (self->schedule, to, item, index, &error))
        {
          pl_schedule_page_report_error (self, _("Could Not Assign the Item"), error);
          return FALSE;
        }
      return TRUE;
    }

  if (g_strv_length (parts) == 3 && g_str_equal (parts[0], DRAG_ENTRY))
    {
      PlRecord *from = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), parts[1]);

      if (!PL_IS_MEETING (from) || (item = pl_schedule_page_lookup_item (self, parts[2])) == NULL)
        return FALSE;
      if (to == NULL)
        return pl_schedule_unassign_item (self->schedule, PL_MEETING (from), item);
      if (!pl_schedule_move_entry (self->schedule, PL_MEETING (from), item, to, index, &error))
        {
          pl_schedule_page_report_error (self, _("Could Not Move the Item"), error);
          return FALSE;
        }
      return TRUE;
    }

  return FALSE;
}

GtkEventController *
pl_schedule_page_add_drop_target (PlSchedulePage *self,
                                  GtkWidget      *widget)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));

  return GTK_EVENT_CONTROLLER (target);
}

/* The item list */

static void
update_selection (PlSchedulePage *self)
{
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, self->selected_item);
  g_autofree char *text = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->assign_button), item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.assign", item != NULL);

  if (item != NULL)
    /* Translators: the selected agenda item, "2 (a) Election of officers" */
    text = g_strdup_printf (_("Selected: %s %s"), pl_agenda_item_get_number (item), pl_schedule_page_item_title (item));
  else
    text = g_strdup (_("Select an agenda item to assign it"));
  gtk_label_set_label (self->selection_label, text);
}

static void
on_item_selected_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     PlSchedulePage *self)
{
  if (self->rebuilding)
    return;

  g_clear_pointer (&self->selected_item, g_free);
  if (row != NULL)
    self->selected_item = g_strdup (g_object_get_data (G_OBJECT (row), "item-id"));
  update_selection (self);
}

static GtkWidget *
item_row_new (PlAgendaItem *item,
              gboolean      unscheduled)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (pl_agenda_item_get_number (item));
  GtkWidget *title = gtk_label_new (pl_schedule_page_item_title (item));
  const char *id = pl_record_get_id (PL_RECORD (item));
  g_autofree char *name = NULL;

  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_label_set_width_chars (GTK_LABEL (number), 5);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_tooltip_text (title, pl_agenda_item_get_title (item));
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), title);

  if (pl_agenda_item_get_parent (item) != NULL && *pl_agenda_item_get_parent (item) != '\0')
    gtk_widget_set_margin_start (box, 12);

  if (unscheduled)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("No meeting takes up this item (agenda.unscheduled)"));
      gtk_box_append (GTK_BOX (box), icon);
      gtk_widget_add_css_class (row, "unscheduled");
      /* Translators: number and title of an item no meeting takes up */
      name = g_strdup_printf (_("%s %s, not scheduled"), pl_agenda_item_get_number (item), pl_schedule_page_item_title (item));
    }
  else
    {
      name = g_strdup_printf ("%s %s", pl_agenda_item_get_number (item), pl_schedule_page_item_title (item));
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (id), g_free);
  pl_schedule_page_set_focus_key (row, g_strdup_printf ("item\n%s", id), NULL);
  pl_schedule_page_add_drag_source (row, g_strdup_printf (DRAG_ITEM "\n%s", id));

  return row;
}

static void
rebuild_items (PlSchedulePage *self,
               GHashTable     *unscheduled)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (pl_page_get_session (PL_PAGE (self))));
  GtkWidget *child;
  GtkWidget *selected = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_list))) != NULL)
    gtk_list_box_remove (self->items_list, child);

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      const char *id = pl_record_get_id (PL_RECORD (item));
      GtkWidget *row = item_row_new (item, g_hash_table_contains (unscheduled, id));

      gtk_list_box_append (self->items_list, row);
      if (g_strcmp0 (id, self->selected_item) == 0)
        selected = row;
    }

  if (selected != NULL)
    gtk_list_box_select_row (self->items_list, GTK_LIST_BOX_ROW (selected));
  else
    g_clear_pointer (&self->selected_item, g_free);
}

/* Keyboard assignment: the popover of Assign to Meeting… lists every
 * meeting as a button. */

static void
on_assign_clicked_cb (GtkButton      *button,
                      PlSchedulePage *self)
{
  PlMeeting *meeting = pl_schedule_page_lookup_meeting (self, G_OBJECT (button));
  PlAgendaItem *item = pl_schedule_page_lookup_item (self, self->selected_item);
  g_autoptr(GError) error = NULL;

  gtk_popover_popdown (self->assign_popover);
  if (meeting == NULL || item == NULL)
    return;

  if (!pl_schedule_assign_item (self->schedule, meeting, item, -1, &error))
    {
      pl_schedule_page_report_error (self, _("Could Not Assign the Item"), error);
      return;
    }

  /* Show where the item went; the keyboard stays on the item list, to
   * assign the next one. */
  reveal_meeting (self, pl_record_get_id (PL_RECORD (meeting)), FALSE);
}

static void
rebuild_assign_menu (PlSchedulePage *self)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (pl_page_get_session (PL_PAGE (self)));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->assign_box))) != NULL)
    gtk_box_remove (self->assign_box, child);

  if (meetings->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("No meetings yet: create the default pattern first."));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_box_append (self->assign_box, label);
      return;
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *label = pl_schedule_page_meeting_label (meeting);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (button)), GTK_ALIGN_START);
      g_object_set_data_full (G_OBJECT (button), "meeting-id",
                              g_strdup (pl_record_get_id (PL_RECORD (meeting))), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_assign_clicked_cb), self);
      gtk_box_append (self->assign_box, button);
    }
}

/* A new meeting on a day: the first default slot the day does not use
 * yet, else the last slot's times again, to be moved. */
static void
on_add_meeting_clicked_cb (GtkButton      *button,
                           PlSchedulePage *self)
{
  PlScheduleDay *day = g_object_get_data (G_OBJECT (button), "day");
  GListModel *meetings = pl_schedule_day_get_meetings (day);
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if ((slots = pl_calendar_get_meeting_times (pl_page_get_session (PL_PAGE (self)), &error)) == NULL || slots->len == 0)
    {
      if (error == NULL)
        g_set_error_literal (&error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                             _("The session has no meeting times (Session Settings)"));
      pl_schedule_page_report_error (self, _("Could Not Add a Meeting"), error);
      return;
    }

  for (guint s = 0; s < slots->len && start == NULL; s++)
    {
      PlTimeSlot *slot = &g_array_index (slots, PlTimeSlot, s);
      g_autofree char *slot_start = pl_calendar_format_time (slot->start);
      gboolean used = FALSE;

      for (guint m = 0; m < g_list_model_get_n_items (meetings) && !used; m++)
        {
          g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, m);

          used = g_strcmp0 (pl_meeting_get_start (meeting), slot_start) == 0;
        }
      if (!used)
        {
          start = g_steal_pointer (&slot_start);
          end = pl_calendar_format_time (slot->end);
        }
    }
  if (start == NULL)
    {
      PlTimeSlot *last = &g_array_index (slots, PlTimeSlot, slots->len - 1);

      start = pl_calendar_format_time (last->start);
      end = pl_calendar_format_time (last->end);
    }

  if (pl_schedule_add_meeting (self->schedule, pl_schedule_day_get_date (day), start, end,
                               PL_MEETING_BODY_PLENARY, NULL, &error) == NULL)
    pl_schedule_page_report_error (self, _("Could Not Add a Meeting"), error);
}

static GtkWidget *
day_section_new (PlSchedulePage *self,
                 PlScheduleDay  *day,
                 GHashTable     *meeting_findings,
                 GHashTable     *old_cards)
{
  GListModel *meetings = pl_schedule_day_get_meetings (day);
  g_autofree char *day_name = format_day (pl_schedule_day_get_date (day));
  g_autofree char *add_name = NULL;
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = gtk_label_new (day_name);
  GtkWidget *add;

  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (header), heading);

  if (!pl_schedule_day_get_in_session (day))
    {
      GtkWidget *outside = gtk_label_new (_("Outside the session"));

      gtk_widget_add_css_class (outside, "error");
      gtk_box_append (GTK_BOX (header), outside);
    }

  /* Translators: %s is a day, "Monday 7 December 2020" */
  add_name = g_strdup_printf (_("Add Meeting on %s"), day_name);
  add = gtk_button_new_with_label (_("Add Meeting"));
  gtk_widget_set_hexpand (add, TRUE);
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_add_css_class (add, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
  g_object_set_data_full (G_OBJECT (add), "day", g_object_ref (day), g_object_unref);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_meeting_clicked_cb), self);
  pl_schedule_page_set_focus_key (add, g_strdup_printf ("add\n%s", pl_schedule_day_get_date (day)), NULL);
  gtk_box_append (GTK_BOX (header), add);
  gtk_box_append (GTK_BOX (section), header);

  if (g_list_model_get_n_items (meetings) == 0)
    {
      GtkWidget *none = gtk_label_new (_("No meetings on this day"));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (section), none);
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      const char *meeting_id = pl_record_get_id (PL_RECORD (meeting));
      GtkWidget *card = g_hash_table_lookup (old_cards, meeting_id);

      /* A meeting keeps its card; only what it shows changes. */
      if (card == NULL || pl_meeting_card_get_meeting (PL_MEETING_CARD (card)) != meeting)
        card = pl_meeting_card_new (self, meeting);
      g_hash_table_insert (self->cards, g_strdup (meeting_id), g_object_ref_sink (card));
      pl_meeting_card_update (PL_MEETING_CARD (card), g_hash_table_lookup (meeting_findings, meeting_id));
      gtk_box_append (GTK_BOX (section), card);
    }

  return section;
}

static void
rebuild_days (PlSchedulePage *self,
              GHashTable     *meeting_findings)
{
  GListModel *days = pl_schedule_get_days (self->schedule);
  guint n_days = g_list_model_get_n_items (days);
  guint n_meetings = g_list_model_get_n_items (pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_MEETING));
  g_autoptr(GHashTable) old_cards = g_steal_pointer (&self->cards);
  GtkWidget *child;

  /* The day sections go; the cards they held stay, owned by old_cards,
   * for the sections built again to take. */
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
  {
    GHashTableIter iter;
    gpointer card;

    g_hash_table_iter_init (&iter, old_cards);
    while (g_hash_table_iter_next (&iter, NULL, &card))
      if (gtk_widget_get_parent (card) != NULL)
        gtk_box_remove (GTK_BOX (gtk_widget_get_parent (card)), card);
  }

  if (n_meetings == 0)
    {
      adw_status_page_set_description (self->empty_page,
                                       n_days == 0
                                       ? _("Set the session’s dates in Session Settings, then create the default pattern: two meetings on each working day.")
                                       : _("Create the default pattern: two meetings on each working day of the session, at the session’s meeting times."));
      gtk_stack_set_visible_child_name (self->days_stack, "empty");
      return;
    }

  for (guint i = 0; i < n_days; i++)
    {
      g_autoptr(PlScheduleDay) day = g_list_model_get_item (days, i);

      gtk_box_append (self->days_box, day_section_new (self, day, meeting_findings, old_cards));
    }
  gtk_stack_set_visible_child_name (self->days_stack, "days");
}

static void
pl_schedule_page_refresh (PlPage *page)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (page);
  g_autoptr(GListStore) findings = pl_check_session (pl_page_get_session (PL_PAGE (self)));
  g_autoptr(GHashTable) unscheduled = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) meeting_findings = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                                   (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (findings));
  g_autofree char *focus_key = NULL;
  g_autofree char *focus_fallback = NULL;
  GtkRoot *root;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const char *code = pl_finding_get_code (finding);
      const char *subject = pl_finding_get_subject (finding);
      GPtrArray *of_meeting;

      if (subject == NULL)
        continue;

      /* The findings list keeps the strings alive until the end. */
      if (g_str_equal (code, "agenda.unscheduled"))
        {
          g_hash_table_add (unscheduled, (gpointer) subject);
        }
      else if (g_str_has_prefix (code, "schedule."))
        {
          if ((of_meeting = g_hash_table_lookup (meeting_findings, subject)) == NULL)
            {
              of_meeting = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (meeting_findings, (gpointer) subject, of_meeting);
            }
          g_ptr_array_add (of_meeting, g_object_ref (finding));
        }
    }

  /* What has the focus, if it is one of the widgets rebuilt. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  for (GtkWidget *w = root ? gtk_root_get_focus (root) : NULL; w != NULL && w != GTK_WIDGET (self);
       w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "focus-key") != NULL)
      {
        focus_key = g_strdup (g_object_get_data (G_OBJECT (w), "focus-key"));
        focus_fallback = g_strdup (g_object_get_data (G_OBJECT (w), "focus-fallback"));
        break;
      }

  self->rebuilding = TRUE;
  rebuild_items (self, unscheduled);
  rebuild_days (self, meeting_findings);
  rebuild_assign_menu (self);
  self->rebuilding = FALSE;
  update_selection (self);

  if (focus_key != NULL)
    {
      GtkWidget *again = find_focus_key (GTK_WIDGET (self), focus_key);

      if ((again == NULL || !gtk_widget_get_sensitive (again)) && focus_fallback != NULL)
        again = find_focus_key (GTK_WIDGET (self), focus_fallback);
      if (again != NULL)
        gtk_widget_grab_focus (again);
    }
}

/* Scrolling a meeting into view: once the card has its place, which is
 * after the next layout (GTK 4.8's viewport does not follow the focus). */
static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (widget);
  GtkWidget *card = NULL;
  GtkWidget *content = gtk_widget_get_parent (GTK_WIDGET (self->days_box));
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  if (pl_page_is_refresh_pending (PL_PAGE (self)))
    return G_SOURCE_CONTINUE;   /* the cards are about to be rebuilt */

  if (self->reveal_meeting != NULL)
    card = g_hash_table_lookup (self->cards, self->reveal_meeting);

  if (card != NULL && (gtk_widget_get_width (card) == 0
                       || !gtk_widget_compute_bounds (card, content, &bounds)))
    return G_SOURCE_CONTINUE;

  if (card != NULL)
    {
      adjustment = gtk_scrolled_window_get_vadjustment (self->days_scroller);
      gtk_adjustment_set_value (adjustment, MAX (0.0, bounds.origin.y - 12));
      if (self->reveal_focus)
        gtk_widget_grab_focus (pl_meeting_card_get_date_entry (PL_MEETING_CARD (card)));
    }

  self->reveal_tick_id = 0;
  g_clear_pointer (&self->reveal_meeting, g_free);
  return G_SOURCE_REMOVE;
}

static void
reveal_meeting (PlSchedulePage *self,
                const char     *meeting_id,
                gboolean        focus)
{
  g_free (self->reveal_meeting);
  self->reveal_meeting = g_strdup (meeting_id);
  self->reveal_focus = focus;
  if (self->reveal_tick_id == 0)
    self->reveal_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), reveal_tick_cb, NULL, NULL);
}

/* Actions */

static void
create_pattern_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  guint n_created = 0;

  if (!pl_schedule_create_default_pattern (self->schedule, &n_created, &error))
    pl_schedule_page_report_error (self, _("Could Not Create the Default Pattern"), error);
}

static void
assign_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (widget);

  if (pl_schedule_page_lookup_item (self, self->selected_item) != NULL)
    gtk_menu_button_popup (self->assign_button);
}

static void
on_export_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlSchedulePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, &error);
  g_autofree char *path = NULL;

  if (file == NULL || pl_page_get_session (PL_PAGE (self)) == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file"), g_file_peek_path (file) ? g_file_peek_path (file) : "?");
      pl_schedule_page_report_error (self, _("Could Not Export the Calendar"), error);
      return;
    }

  if (!pl_export_to_file (pl_page_get_session (PL_PAGE (self)), PL_EXPORT_WHAT_SCHEDULE, PL_EXPORT_FORMAT_ICS, NULL, path, &error))
    pl_schedule_page_report_error (self, _("Could Not Export the Calendar"), error);
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (widget);
  const char *symbol = pl_session_settings_get_symbol (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));
  g_autofree char *name = NULL;

  if (symbol != NULL && *symbol != '\0')
    {
      g_autofree char *base = g_strdelimit (g_strdup (symbol), "/\\: ", '-');

      name = g_strdup_printf ("%s.ics", base);
    }
  else
    {
      /* Translators: the suggested name of the exported calendar */
      name = g_strdup_printf ("%s.ics", _("organization-of-work"));
    }

  pl_compat_choose_file_async (pl_page_get_window (PL_PAGE (self)), PL_COMPAT_FILE_SAVE,
                               _("Export Calendar"), name, self->cancellable,
                               on_export_chosen_cb, g_object_ref (self));
}

/* PlPage */

static gboolean
select_record (PlPage   *page,
               PlRecord *record)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (page);

  /* A meeting held or cancelled is the Meetings page's (issue 20): its
   * record, not its place in the plan. */
  if (!PL_IS_MEETING (record) || pl_meeting_get_status (PL_MEETING (record)) != PL_MEETING_STATUS_PLANNED)
    return FALSE;

  reveal_meeting (self, pl_record_get_id (record), TRUE);

  return TRUE;
}

/* GObject */

static void
pl_schedule_page_constructed (GObject *object)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (object);

  G_OBJECT_CLASS (pl_schedule_page_parent_class)->constructed (object);

  self->schedule = pl_schedule_new (pl_page_get_session (PL_PAGE (self)));
}

static void
pl_schedule_page_dispose (GObject *object)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_hash_table_remove_all (self->cards);
  if (self->reveal_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick_id);
  self->reveal_tick_id = 0;
  g_clear_object (&self->schedule);

  G_OBJECT_CLASS (pl_schedule_page_parent_class)->dispose (object);
}

static void
pl_schedule_page_finalize (GObject *object)
{
  PlSchedulePage *self = PL_SCHEDULE_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->selected_item, g_free);
  g_clear_pointer (&self->reveal_meeting, g_free);
  g_clear_pointer (&self->cards, g_hash_table_unref);

  G_OBJECT_CLASS (pl_schedule_page_parent_class)->finalize (object);
}

static void
pl_schedule_page_class_init (PlSchedulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_schedule_page_constructed;
  object_class->dispose = pl_schedule_page_dispose;
  page_class->refresh = pl_schedule_page_refresh;
  page_class->select_record = select_record;
  object_class->finalize = pl_schedule_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-schedule-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, assign_button);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, assign_popover);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, assign_box);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, items_list);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, days_stack);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, days_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PlSchedulePage, days_box);
  gtk_widget_class_bind_template_callback (widget_class, on_item_selected_cb);

  gtk_widget_class_install_action (widget_class, "schedule.create-pattern", NULL, create_pattern_action);
  gtk_widget_class_install_action (widget_class, "schedule.assign", NULL, assign_action);
  gtk_widget_class_install_action (widget_class, "schedule.export-calendar", NULL, export_calendar_action);
  /* An export changes nothing (issue 18). */
  pl_page_class_set_safe_actions (PL_PAGE_CLASS (klass), "schedule.export-calendar", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "schedule.create-pattern", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "schedule.assign", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_schedule_page_init (PlSchedulePage *self)
{
  self->cancellable = g_cancellable_new ();
  self->cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* An entry dragged back to the item list leaves its meeting. */
  pl_schedule_page_add_drop_target (self, GTK_WIDGET (self->items_list));
}

GtkWidget *
pl_schedule_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_SCHEDULE_PAGE, session);
}
