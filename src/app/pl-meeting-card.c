/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-date-entry.h"
#include "pl-meeting-card.h"
#include "pl-page.h"
#include "pl-schedule-page-private.h"

/**
 * PlMeetingCard:
 *
 * A meeting's card on the Organization of Work page: its body, title and
 * times, the items assigned to it with their notes, and its findings.
 * The card follows its meeting's notify in place; its page keeps it
 * across refreshes and hands it the meeting's findings and entries
 * (pl_meeting_card_update()), inside the page's keeping of the focus.
 */
struct _PlMeetingCard
{
  GtkBox          parent_instance;

  PlSchedulePage *page;          /* unowned: the page owns its cards */
  PlMeeting      *meeting;
  gulong          notify_id;
  GtkEventController *drop_target;  /* owned by the card, as its controller */
  gboolean        updating;
  GPtrArray      *item_ids;      /* entry row i → its item's _id */

  GtkLabel       *time_label;
  GtkDropDown    *body_drop;
  GtkEntry       *title_entry;
  GtkWidget      *delete_button;
  PlDateEntry    *date_entry;
  PlDateEntry    *start_entry;
  PlDateEntry    *end_entry;
  GtkBox         *findings_box;
  GtkWidget      *hint_label;
  GtkListBox     *entries_list;
};

G_DEFINE_FINAL_TYPE (PlMeetingCard, pl_meeting_card, GTK_TYPE_BOX)

/* The meeting, while it is still in the session (a card outlives its
 * meeting until the page's next refresh). */
static PlMeeting *
live_meeting (PlMeetingCard *self)
{
  PlRecord *record;

  if (self->page == NULL)
    return NULL;
  record = pl_session_lookup (pl_page_get_session (PL_PAGE (self->page)), pl_record_get_id (PL_RECORD (self->meeting)));
  return record == PL_RECORD (self->meeting) ? self->meeting : NULL;
}

static const char *
row_item_id (PlMeetingCard *self,
             GtkWidget     *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  int index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;

  if (index < 0 || (guint) index >= self->item_ids->len)
    return NULL;

  return g_ptr_array_index (self->item_ids, index);
}

static void
set_text (gpointer    entry,
          const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

/* What the card shows of the meeting's own fields. */
static void
sync_meeting (PlMeetingCard *self)
{
  PlMeeting *meeting = self->meeting;
  const char *meeting_id = pl_record_get_id (PL_RECORD (meeting));
  g_autofree char *label = pl_schedule_page_meeting_label (meeting);
  g_autofree char *heading = g_strdup_printf ("%s–%s", pl_meeting_get_start (meeting), pl_meeting_get_end (meeting));
  g_autofree char *body_name = NULL;
  g_autofree char *delete_name = NULL;
  g_autofree char *items_name = NULL;

  self->updating = TRUE;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_label_set_text (self->time_label, heading);

  if (gtk_drop_down_get_selected (self->body_drop) != (guint) pl_meeting_get_body (meeting))
    gtk_drop_down_set_selected (self->body_drop, pl_meeting_get_body (meeting));
  /* Translators: accessible name of a meeting's body; %s describes the meeting */
  body_name = g_strdup_printf (_("Body of %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->body_drop), GTK_ACCESSIBLE_PROPERTY_LABEL, body_name, -1);
  /* GTK 4.8 shows AT-SPI the drop-down's own button, unnamed. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->body_drop));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, body_name, -1);

  set_text (self->title_entry, pl_meeting_get_title (meeting));

  /* Translators: %s describes a meeting: day, times and body */
  delete_name = g_strdup_printf (_("Delete Meeting of %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL, delete_name, -1);
  pl_schedule_page_set_focus_key (self->delete_button, g_strdup_printf ("delete\n%s", meeting_id),
                                  g_strdup_printf ("add\n%s", pl_meeting_get_date (meeting)));

  set_text (self->date_entry, pl_meeting_get_date (meeting));
  set_text (self->start_entry, pl_meeting_get_start (meeting));
  set_text (self->end_entry, pl_meeting_get_end (meeting));

  /* Translators: %s describes a meeting */
  items_name = g_strdup_printf (_("Items of %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entries_list), GTK_ACCESSIBLE_PROPERTY_LABEL, items_name, -1);
  self->updating = FALSE;
}

/* Callbacks */

static void
on_meeting_notify_cb (PlMeetingCard *self)
{
  sync_meeting (self);
}

static void
on_delete_clicked_cb (PlMeetingCard *self)
{
  PlMeeting *meeting = live_meeting (self);

  if (meeting != NULL)
    pl_schedule_delete_meeting (self->page->schedule, meeting);
}

static void
on_body_selected_cb (PlMeetingCard *self)
{
  PlMeeting *meeting;
  guint selected = gtk_drop_down_get_selected (self->body_drop);

  if (self->updating || self->page == NULL || self->page->rebuilding || (meeting = live_meeting (self)) == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && (PlMeetingBody) selected != pl_meeting_get_body (meeting))
    pl_meeting_set_body (meeting, (PlMeetingBody) selected);
}

static void
on_title_activate_cb (PlMeetingCard *self)
{
  PlMeeting *meeting = live_meeting (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title_entry));

  if (meeting != NULL && g_strcmp0 (text, pl_meeting_get_title (meeting)) != 0)
    pl_meeting_set_title (meeting, text);
}

/* Moving a meeting (another day or start, same length) and resizing it
 * (another start or end) are one edit of the three fields, made in place:
 * Enter in a field, or closing its picker after choosing, applies all
 * three as one undo step. */
static void
on_times_apply_cb (PlMeetingCard *self)
{
  PlMeeting *meeting = live_meeting (self);
  PlSchedulePage *page = self->page;
  const char *date, *start, *end;
  g_autoptr(GError) error = NULL;
  PlHistory *history;
  gboolean ok = TRUE;
  GDate parsed_date;
  int start_minutes, end_minutes;

  if (meeting == NULL)
    return;

  date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  start = gtk_editable_get_text (GTK_EDITABLE (self->start_entry));
  end = gtk_editable_get_text (GTK_EDITABLE (self->end_entry));

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
      pl_schedule_page_report_error (page, _("Could Not Change the Meeting"), error);
      return;
    }
  if (end_minutes <= start_minutes)
    {
      g_set_error (&error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("The meeting ends at %s, before it starts at %s"), end, start);
      pl_schedule_page_report_error (page, _("Could Not Change the Meeting"), error);
      return;
    }

  history = pl_session_get_history (pl_page_get_session (PL_PAGE (page)));
  pl_history_begin_group (history, _("Change Meeting Times"));
  if (g_strcmp0 (date, pl_meeting_get_date (meeting)) != 0)
    ok = pl_schedule_move_meeting (page->schedule, meeting, date, pl_meeting_get_start (meeting), &error);
  if (ok)
    ok = pl_schedule_resize_meeting (page->schedule, meeting, start, end, &error);
  pl_history_end_group (history);

  if (!ok)
    {
      pl_schedule_page_report_error (page, _("Could Not Change the Meeting"), error);
      pl_page_queue_refresh (PL_PAGE (page));
    }
}

static void
move_entry (PlMeetingCard *self,
            GtkWidget     *button,
            int            offset)
{
  PlMeeting *meeting = live_meeting (self);
  PlAgendaItem *item = pl_schedule_page_lookup_item (self->page, row_item_id (self, button));
  int index = pl_meeting_card_entry_index (self, button) + offset;
  g_autoptr(GError) error = NULL;

  if (meeting == NULL || item == NULL)
    return;
  if (!pl_schedule_move_entry (self->page->schedule, meeting, item, meeting, MAX (index, 0), &error))
    pl_schedule_page_report_error (self->page, _("Could Not Move the Item"), error);
}

static void
on_entry_up_clicked_cb (GtkButton     *button,
                        PlMeetingCard *self)
{
  move_entry (self, GTK_WIDGET (button), -1);
}

static void
on_entry_down_clicked_cb (GtkButton     *button,
                          PlMeetingCard *self)
{
  move_entry (self, GTK_WIDGET (button), 1);
}

static void
on_unassign_clicked_cb (GtkButton     *button,
                        PlMeetingCard *self)
{
  PlMeeting *meeting = live_meeting (self);
  PlAgendaItem *item = pl_schedule_page_lookup_item (self->page, row_item_id (self, GTK_WIDGET (button)));

  if (meeting != NULL && item != NULL)
    pl_schedule_unassign_item (self->page->schedule, meeting, item);
}

static void
on_note_activate_cb (GtkEntry      *entry,
                     PlMeetingCard *self)
{
  PlMeeting *meeting = live_meeting (self);
  PlAgendaItem *item = pl_schedule_page_lookup_item (self->page, row_item_id (self, GTK_WIDGET (entry)));

  if (meeting != NULL && item != NULL)
    pl_schedule_set_entry_note (self->page->schedule, meeting, item,
                                pl_schedule_page_note_stored (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* The entries */

static GtkWidget *
entry_button_new (const char *icon_name,
                  const char *accessible_name,
                  GCallback   callback,
                  gpointer    user_data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, accessible_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_signal_connect (button, "clicked", callback, user_data);

  return button;
}

static GtkWidget *
entry_row_new (PlMeetingCard *self,
               guint          index,
               guint          n_entries,
               const char    *item_id,
               const char    *note)
{
  PlAgendaItem *item = pl_schedule_page_lookup_item (self->page, item_id);
  const char *meeting_id = pl_record_get_id (PL_RECORD (self->meeting));
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
  g_signal_connect (note_entry, "activate", G_CALLBACK (on_note_activate_cb), self);
  pl_schedule_page_set_focus_key (note_entry, g_strdup_printf ("note\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("date\n%s", meeting_id));
  gtk_box_append (GTK_BOX (box), note_entry);

  /* Translators: %s is an agenda item number */
  up_name = g_strdup_printf (_("Move %s Up"), number);
  button = entry_button_new ("go-up-symbolic", up_name, G_CALLBACK (on_entry_up_clicked_cb), self);
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("up\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("note\n%s\n%s", meeting_id, item_id));
  gtk_widget_set_sensitive (button, index > 0);
  gtk_box_append (GTK_BOX (box), button);

  /* Translators: %s is an agenda item number */
  down_name = g_strdup_printf (_("Move %s Down"), number);
  button = entry_button_new ("go-down-symbolic", down_name, G_CALLBACK (on_entry_down_clicked_cb), self);
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("down\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("note\n%s\n%s", meeting_id, item_id));
  gtk_widget_set_sensitive (button, index + 1 < n_entries);
  gtk_box_append (GTK_BOX (box), button);

  /* Translators: %s is an agenda item number */
  remove_name = g_strdup_printf (_("Unassign %s"), number);
  button = entry_button_new ("list-remove-symbolic", remove_name, G_CALLBACK (on_unassign_clicked_cb), self);
  pl_schedule_page_set_focus_key (button, g_strdup_printf ("remove\n%s\n%s", meeting_id, item_id),
                                  g_strdup_printf ("date\n%s", meeting_id));
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  name = g_strdup_printf ("%s %s", number, item ? pl_schedule_page_item_title (item) : item_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  pl_schedule_page_add_drag_source (row, g_strdup_printf (DRAG_ENTRY "\n%s\n%s", meeting_id, item_id));
  pl_schedule_page_add_drop_target (self->page, row);

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

/* GtkWidget */

/* The page moves a card to the day section it builds again; a drop
 * target keeps the drop it was in across that (GTK 4.8 sends it no
 * leave), and warns on the next drag. A card taken out gets a new one. */
static void
pl_meeting_card_unroot (GtkWidget *widget)
{
  PlMeetingCard *self = PL_MEETING_CARD (widget);

  if (self->drop_target != NULL && self->page != NULL)
    {
      gtk_widget_remove_controller (widget, self->drop_target);
      self->drop_target = pl_schedule_page_add_drop_target (self->page, widget);
    }

  GTK_WIDGET_CLASS (pl_meeting_card_parent_class)->unroot (widget);
}

/* GObject */

static void
pl_meeting_card_dispose (GObject *object)
{
  PlMeetingCard *self = PL_MEETING_CARD (object);

  g_clear_signal_handler (&self->notify_id, self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_MEETING_CARD);

  G_OBJECT_CLASS (pl_meeting_card_parent_class)->dispose (object);
}

static void
pl_meeting_card_finalize (GObject *object)
{
  PlMeetingCard *self = PL_MEETING_CARD (object);

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->item_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_meeting_card_parent_class)->finalize (object);
}

static void
pl_meeting_card_class_init (PlMeetingCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_meeting_card_dispose;
  object_class->finalize = pl_meeting_card_finalize;

  g_type_ensure (PL_TYPE_DATE_ENTRY);
  widget_class->unroot = pl_meeting_card_unroot;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-meeting-card.ui");
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, time_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, body_drop);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, delete_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, start_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, end_entry);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, findings_box);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingCard, entries_list);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_body_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_times_apply_cb);
}

static void
pl_meeting_card_init (PlMeetingCard *self)
{
  const char *bodies[] = {
    pl_schedule_page_body_name (PL_MEETING_BODY_PLENARY),
    pl_schedule_page_body_name (PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE),
    pl_schedule_page_body_name (PL_MEETING_BODY_OTHER),
    NULL
  };
  g_autoptr(GtkStringList) model = gtk_string_list_new (bodies);

  self->item_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = TRUE;
  gtk_drop_down_set_model (self->body_drop, G_LIST_MODEL (model));
  self->updating = FALSE;
}

/* Public API */

/**
 * pl_meeting_card_new:
 * @page: the page the card is on, which outlives it
 * @meeting: the meeting shown
 *
 * Returns: (transfer floating): the card of @meeting
 */
GtkWidget *
pl_meeting_card_new (PlSchedulePage *page,
                     PlMeeting      *meeting)
{
  PlMeetingCard *self;
  const char *meeting_id;

  g_return_val_if_fail (PL_IS_SCHEDULE_PAGE (page), NULL);
  g_return_val_if_fail (PL_IS_MEETING (meeting), NULL);

  self = g_object_new (PL_TYPE_MEETING_CARD, NULL);
  self->page = page;
  self->meeting = g_object_ref (meeting);
  meeting_id = pl_record_get_id (PL_RECORD (meeting));

  self->drop_target = pl_schedule_page_add_drop_target (page, GTK_WIDGET (self));
  pl_schedule_page_set_focus_key (GTK_WIDGET (self->body_drop), g_strdup_printf ("body\n%s", meeting_id), NULL);
  pl_schedule_page_set_focus_key (GTK_WIDGET (self->title_entry), g_strdup_printf ("title\n%s", meeting_id), NULL);
  pl_schedule_page_set_focus_key (GTK_WIDGET (self->date_entry), g_strdup_printf ("date\n%s", meeting_id), NULL);
  pl_schedule_page_set_focus_key (GTK_WIDGET (self->start_entry), g_strdup_printf ("start\n%s", meeting_id), NULL);
  pl_schedule_page_set_focus_key (GTK_WIDGET (self->end_entry), g_strdup_printf ("end\n%s", meeting_id), NULL);

  sync_meeting (self);
  self->notify_id = g_signal_connect_swapped (meeting, "notify", G_CALLBACK (on_meeting_notify_cb), self);

  return GTK_WIDGET (self);
}

PlMeeting *
pl_meeting_card_get_meeting (PlMeetingCard *self)
{
  g_return_val_if_fail (PL_IS_MEETING_CARD (self), NULL);

  return live_meeting (self);
}

/**
 * pl_meeting_card_get_date_entry:
 * @self: a card
 *
 * Returns: (transfer none): the field of the meeting's day, where the
 *   focus goes when a meeting is revealed to be edited
 */
GtkWidget *
pl_meeting_card_get_date_entry (PlMeetingCard *self)
{
  g_return_val_if_fail (PL_IS_MEETING_CARD (self), NULL);

  return GTK_WIDGET (self->date_entry);
}

/**
 * pl_meeting_card_entry_index:
 * @self: a card
 * @widget: the card, or a widget in one of its entries' rows
 *
 * Returns: the place of the entry @widget is in, or -1 for the card
 *   itself (a drop there takes the item's place in agenda order)
 */
int
pl_meeting_card_entry_index (PlMeetingCard *self,
                             GtkWidget     *widget)
{
  GtkWidget *row;

  g_return_val_if_fail (PL_IS_MEETING_CARD (self), -1);

  row = GTK_IS_LIST_BOX_ROW (widget) ? widget : gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  return row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
}

/**
 * pl_meeting_card_update:
 * @self: a card
 * @findings: (nullable) (element-type PlFinding): the meeting's findings
 *
 * Brings what the card shows beyond the meeting's own fields up to date:
 * its findings and its entries, whose items' numbers and titles live in
 * other records. The page calls it on its refresh, so that the entries'
 * rows are rebuilt where the page keeps the focus across them.
 */
void
pl_meeting_card_update (PlMeetingCard *self,
                        GPtrArray     *findings)
{
  g_autoptr(GArray) entries = NULL;
  GtkWidget *child;

  g_return_if_fail (PL_IS_MEETING_CARD (self));

  sync_meeting (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_box))) != NULL)
    gtk_box_remove (self->findings_box, child);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    gtk_box_append (self->findings_box, finding_label_new (g_ptr_array_index (findings, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_box), findings != NULL && findings->len > 0);

  entries = pl_schedule_get_entries (self->meeting);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->entries_list))) != NULL)
    gtk_list_box_remove (self->entries_list, child);
  g_ptr_array_set_size (self->item_ids, 0);
  for (guint i = 0; i < entries->len; i++)
    {
      PlScheduleEntry *entry = &g_array_index (entries, PlScheduleEntry, i);

      g_ptr_array_add (self->item_ids, g_strdup (entry->item));
      gtk_list_box_append (self->entries_list, entry_row_new (self, i, entries->len, entry->item, entry->note));
    }
  gtk_widget_set_visible (self->hint_label, entries->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->entries_list), entries->len > 0);
}
