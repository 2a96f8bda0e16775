/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-check.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-meeting-list-row.h"
#include "pl-meetings.h"
#include "pl-meetings-page-private.h"
#include "pl-schedule.h"
#include "pl-schedule-page-private.h"

/**
 * PlMeetingsPage:
 *
 * The meetings as held (issue 20, point 5): the session's days with each
 * meeting planned, in progress, held or cancelled, its number once held
 * ("3rd meeting"); for the meeting selected, Open Meeting, Close Meeting
 * and Cancel Meeting, and once it is held its record: who presided, the
 * items it took up in order, and the delegations present, ticked from
 * those registered, with the quorum of rule 41 shown as the ticks change
 * and the findings of the meetings checks in words. A meeting the
 * organization of work did not plan is opened from the bar above. The
 * rules are the core's (pl-meetings.h); the page shows them.
 */

G_DEFINE_FINAL_TYPE (PlMeetingsPage, pl_meetings_page, PL_TYPE_PAGE)

static PlSession *
session_of (PlMeetingsPage *self)
{
  return pl_page_get_session (PL_PAGE (self));
}

void
pl_meetings_page_toast (PlMeetingsPage *self,
                        const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
  else
    g_message ("%s", text);
}

/**
 * pl_meetings_page_lookup:
 *
 * Returns: (transfer none) (nullable): the meeting shown on the right,
 *   if it is still in the session
 */
PlMeeting *
pl_meetings_page_lookup (PlMeetingsPage *self)
{
  PlRecord *record = self->meeting_id ? pl_session_lookup (session_of (self), self->meeting_id) : NULL;

  return PL_IS_MEETING (record) ? PL_MEETING (record) : NULL;
}

/* The list of meetings */

static char *
format_day (const char *date)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date ? date : "");

  day = g_date_time_new_from_iso8601 (iso, NULL);
  if (day == NULL)
    return g_strdup (date ? date : "");
  /* Translators: a day of the session in the Meetings page, see g_date_time_format() */
  return g_date_time_format (day, _("%A %-d %B %Y"));
}

/* A heading over each day's first meeting. */
static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  const char *date = pl_meeting_list_row_get_date (PL_MEETING_LIST_ROW (row));
  g_autofree char *day = NULL;
  GtkWidget *header;

  if (before != NULL && g_strcmp0 (date, pl_meeting_list_row_get_date (PL_MEETING_LIST_ROW (before))) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  day = format_day (date);
  header = gtk_list_box_row_get_header (row);
  if (GTK_IS_LABEL (header))
    {
      gtk_label_set_label (GTK_LABEL (header), day);
      return;
    }
  header = gtk_label_new (day);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "meetings-day");
  gtk_list_box_row_set_header (row, header);
}

static void
update_summary (PlMeetingsPage *self,
                GPtrArray      *meetings)
{
  guint held = 0, cancelled = 0;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < meetings->len; i++)
    switch (pl_meeting_get_status (g_ptr_array_index (meetings, i)))
      {
      case PL_MEETING_STATUS_HELD:
        held++;
        break;
      case PL_MEETING_STATUS_CANCELLED:
        cancelled++;
        break;
      case PL_MEETING_STATUS_PLANNED:
      default:
        break;
      }
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u meeting", "%u meetings", meetings->len), meetings->len);
  /* Translators: "10 meetings: 2 held, 1 cancelled" */
  text = g_strdup_printf (_("%s: %u held, %u cancelled"), count, held, cancelled);
  gtk_label_set_label (self->summary_label, text);
}

static void
rebuild_list (PlMeetingsPage *self)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (session_of (self));
  GtkListBoxRow *row;
  guint i = 0;

  self->updating = TRUE;
  /* The rows stay and are updated in place while the meetings are the
   * same in number: the list keeps its focus and scroll as a tick on the
   * right changes the status of the meeting on the left. */
  while ((row = gtk_list_box_get_row_at_index (self->meetings_list, (int) i)) != NULL || i < meetings->len)
    {
      if (i >= meetings->len)
        {
          gtk_list_box_remove (self->meetings_list, GTK_WIDGET (row));
          continue;
        }
      if (row == NULL)
        {
          row = GTK_LIST_BOX_ROW (pl_meeting_list_row_new ());
          gtk_list_box_append (self->meetings_list, GTK_WIDGET (row));
        }
      pl_meeting_list_row_update (PL_MEETING_LIST_ROW (row), session_of (self), g_ptr_array_index (meetings, i));
      if (g_strcmp0 (self->meeting_id, pl_record_get_id (g_ptr_array_index (meetings, i))) == 0)
        gtk_list_box_select_row (self->meetings_list, row);
      i++;
    }
  gtk_list_box_invalidate_headers (self->meetings_list);
  if (pl_meetings_page_lookup (self) == NULL)
    gtk_list_box_unselect_all (self->meetings_list);
  self->updating = FALSE;

  pl_compat_stack_show_only (self->page_stack, meetings->len > 0 ? "meetings" : "empty");
  update_summary (self, meetings);
}

/* The meeting on the right */

static void
update_actions (PlMeetingsPage *self,
                PlMeeting      *meeting)
{
  gboolean editable = !pl_page_get_read_only (PL_PAGE (self));
  PlMeetingStatus status = meeting ? pl_meeting_get_status (meeting) : PL_MEETING_STATUS_PLANNED;
  gboolean planned = meeting != NULL && status == PL_MEETING_STATUS_PLANNED;
  gboolean in_progress = meeting != NULL && status == PL_MEETING_STATUS_HELD && pl_meeting_get_closed_at (meeting) == NULL;
  PlMeeting *sitting = meeting ? pl_meetings_open_meeting (session_of (self), pl_meeting_get_body (meeting)) : NULL;
  g_autofree char *hint = NULL;

  /* A body sits once at a time (pl_meetings_open()): said before the
   * click rather than refused after it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.open", editable && planned && sitting == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.close", editable && in_progress);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.cancel", editable && planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.open-unplanned", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.take-up", editable && status == PL_MEETING_STATUS_HELD);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.drop-item", editable && status == PL_MEETING_STATUS_HELD);
  /* Only what applies is offered: a held meeting cannot be opened again. */
  gtk_widget_set_visible (self->open_button, planned);
  gtk_widget_set_visible (self->cancel_button, planned);
  gtk_widget_set_visible (self->close_button, in_progress);
  gtk_widget_set_visible (self->buttons_box, planned || in_progress);

  if (planned && sitting != NULL)
    {
      g_autofree char *nth = pl_meeting_list_row_number_text ((guint) MAX (pl_meetings_number (session_of (self), sitting), 1));

      /* Translators: why Open Meeting is off, "The 2nd meeting of this body is in progress: close it before opening this one." */
      hint = g_strdup_printf (_("The %s of this body is in progress: close it before opening this one."), nth);
    }
  else if (planned)
    hint = g_strdup (_("Once the meeting is open, record who presides, the items it takes up and the delegations present."));
  gtk_label_set_label (self->hint_label, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}

static char *
format_time (const char *iso)
{
  g_autoptr(GDateTime) time = iso ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return time ? g_date_time_format (time, "%H:%M") : NULL;
}

static void
update_header (PlMeetingsPage *self,
               PlMeeting      *meeting)
{
  PlSession *session = session_of (self);
  int number = pl_meetings_number (session, meeting);
  const char *body = pl_schedule_page_body_name (pl_meeting_get_body (meeting));
  g_autofree char *day = format_day (pl_meeting_get_date (meeting));
  g_autofree char *when = NULL;
  g_autofree char *opened = format_time (pl_meeting_get_opened_at (meeting));
  g_autofree char *closed = format_time (pl_meeting_get_closed_at (meeting));
  g_autofree char *title = NULL;
  g_autofree char *times = NULL;
  static const char *classes[] = { "planned", "open", "held", "cancelled" };

  if (number > 0)
    {
      g_autofree char *nth = pl_meeting_list_row_number_text ((guint) number);

      /* Translators: a held meeting's heading, "Plenary, 3rd meeting" */
      title = g_strdup_printf (_("%s, %s"), body, nth);
    }
  else
    title = g_strdup (body);
  /* Translators: a meeting's day and hours, "Monday 12 October 2020, 10:00–13:00" */
  when = g_strdup_printf (_("%s, %s–%s"), day, pl_meeting_get_start (meeting) ?: "", pl_meeting_get_end (meeting) ?: "");
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->when_label, when);

  gtk_label_set_label (self->status_label, pl_meeting_list_row_status_text (session, meeting));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), pl_meeting_list_row_status_class (session, meeting));

  if (opened != NULL && closed != NULL)
    /* Translators: when a meeting was opened and closed, "Opened at 10:07, closed at 12:58" */
    times = g_strdup_printf (_("Opened at %s, closed at %s"), opened, closed);
  else if (opened != NULL)
    /* Translators: when a meeting in progress was opened, "Opened at 10:07" */
    times = g_strdup_printf (_("Opened at %s"), opened);
  gtk_label_set_label (self->times_label, times ? times : "");
  gtk_widget_set_visible (GTK_WIDGET (self->times_label), times != NULL);
}

/* The findings of the meetings checks on this meeting, in words. */
static void
update_findings (PlMeetingsPage *self,
                 PlMeeting      *meeting)
{
  g_autoptr(GListStore) all = pl_check_session (session_of (self));
  g_autoptr(GListStore) mine = g_list_store_new (PL_TYPE_FINDING);
  const char *id = pl_record_get_id (PL_RECORD (meeting));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (all), i);

      if (g_str_has_prefix (pl_finding_get_code (finding), "meetings.") &&
          g_strcmp0 (pl_finding_get_subject (finding), id) == 0)
        g_list_store_append (mine, finding);
    }
  pl_finding_list_set_model (self->findings_list, G_LIST_MODEL (mine));
}

static void
update_detail (PlMeetingsPage *self)
{
  PlMeeting *meeting = pl_meetings_page_lookup (self);

  update_actions (self, meeting);
  if (meeting == NULL)
    {
      pl_compat_stack_show_only (self->detail_stack, "none");
      return;
    }
  self->updating = TRUE;
  update_header (self, meeting);
  update_findings (self, meeting);
  pl_meetings_page_update_record (self, meeting);
  self->updating = FALSE;
  pl_compat_stack_show_only (self->detail_stack, "meeting");
}

static void
on_meeting_selected_cb (PlMeetingsPage *self,
                        GtkListBoxRow  *row)
{
  const char *id;

  if (self->updating || row == NULL)
    return;
  id = pl_meeting_list_row_get_meeting_id (PL_MEETING_LIST_ROW (row));
  if (g_strcmp0 (id, self->meeting_id) == 0)
    return;
  pl_edit_burst_flush (session_of (self));
  g_free (self->meeting_id);
  self->meeting_id = g_strdup (id);
  gtk_editable_set_text (GTK_EDITABLE (self->attendance_search), "");
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0);
}

static void
pl_meetings_page_refresh (PlPage *page)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (page);

  rebuild_list (self);
  update_detail (self);
}

/* Actions */

static GDateTime *
now (void)
{
  return g_date_time_new_now_local ();
}

/* What was done is shown; what the rules refused, said. */
static void
done (PlMeetingsPage *self,
      gboolean        ok,
      GError         *error)
{
  if (!ok)
    pl_meetings_page_toast (self, error ? error->message : _("The meeting could not be changed"));
  /* Now rather than after the burst: the buttons follow the status. */
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
}

/* The button pressed is gone (Open Meeting once the meeting is open):
 * the focus goes to what comes next, Close Meeting, or back to the
 * meeting in the list, not to nowhere. */
static void
keep_focus (PlMeetingsPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->meetings_list);

  if (gtk_widget_get_visible (self->close_button))
    gtk_widget_grab_focus (self->close_button);
  else if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Open, Close and Cancel act on the meeting selected in the list, and
 * end alike: the page says what happened and keeps the focus. Close
 * first ends the burst of typing under way, so that closing is an undo
 * step of its own. */
static void
meeting_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);
  g_autoptr(GDateTime) at = now ();
  PlMeeting *meeting = pl_meetings_page_lookup (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (meeting == NULL)
    return;
  if (g_str_equal (action_name, "meetings.open"))
    ok = pl_meetings_open (session_of (self), meeting, pl_meeting_get_body (meeting), at, &error) != NULL;
  else if (g_str_equal (action_name, "meetings.close"))
    {
      pl_edit_burst_flush (session_of (self));
      ok = pl_meetings_close (session_of (self), meeting, at, &error);
    }
  else
    ok = pl_meetings_cancel (session_of (self), meeting, &error);
  done (self, ok, error);
  keep_focus (self);
}

static void
open_unplanned_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);
  const char *nick = g_variant_get_string (parameter, NULL);
  GEnumClass *klass = g_type_class_ref (PL_TYPE_MEETING_BODY);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);
  PlMeetingBody body = value ? (PlMeetingBody) value->value : PL_MEETING_BODY_PLENARY;
  g_autoptr(GDateTime) at = now ();
  g_autoptr(GError) error = NULL;
  PlMeeting *meeting;

  g_type_class_unref (klass);
  pl_edit_burst_flush (session_of (self));
  meeting = pl_meetings_open (session_of (self), NULL, body, at, &error);
  if (meeting != NULL)
    {
      g_free (self->meeting_id);
      self->meeting_id = g_strdup (pl_record_get_id (PL_RECORD (meeting)));
    }
  done (self, meeting != NULL, error);
  keep_focus (self);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);
  PlRecord *record = pl_session_lookup (session_of (self), g_variant_get_string (parameter, NULL));

  if (PL_IS_MEETING (record))
    pl_meetings_page_select (self, PL_MEETING (record));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (widget);

  if (gtk_widget_get_mapped (GTK_WIDGET (self->attendance_search)))
    gtk_widget_grab_focus (GTK_WIDGET (self->attendance_search));
}

/* PlPage */

static gboolean
pl_meetings_page_select_record (PlPage   *page,
                                PlRecord *record)
{
  if (!PL_IS_MEETING (record))
    return FALSE;
  pl_meetings_page_select (PL_MEETINGS_PAGE (page), PL_MEETING (record));
  return TRUE;
}

static void
pl_meetings_page_set_read_only (PlPage   *page,
                                gboolean  read_only)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (page);

  update_actions (self, pl_meetings_page_lookup (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->unplanned_button), !read_only);
}

/* GObject */

static void
pl_meetings_page_constructed (GObject *object)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (object);

  G_OBJECT_CLASS (pl_meetings_page_parent_class)->constructed (object);

  /* The list is built when the page is first shown (PlPage). */
  pl_meetings_page_record_init (self);
}

static void
pl_meetings_page_finalize (GObject *object)
{
  PlMeetingsPage *self = PL_MEETINGS_PAGE (object);

  g_free (self->meeting_id);
  g_free (self->attendance_key);
  g_ptr_array_unref (self->presiding_ids);

  G_OBJECT_CLASS (pl_meetings_page_parent_class)->finalize (object);
}

static void
pl_meetings_page_class_init (PlMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_meetings_page_constructed;
  object_class->finalize = pl_meetings_page_finalize;
  page_class->refresh = pl_meetings_page_refresh;
  page_class->select_record = pl_meetings_page_select_record;
  page_class->set_read_only = pl_meetings_page_set_read_only;

  g_type_ensure (PL_TYPE_FINDING_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, unplanned_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, close_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, times_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, presiding_group);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, presiding_row);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, presiding_name_row);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, items_group);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, add_item_button);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, taken_up_list);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, attendance_group);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, quorum_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, attendance_search);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, states_heading);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, states_list);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, others_heading);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingsPage, others_list);
  gtk_widget_class_bind_template_callback (widget_class, on_meeting_selected_cb);
  pl_meetings_page_record_class_init (widget_class);

  gtk_widget_class_install_action (widget_class, "meetings.open", NULL, meeting_step_action);
  gtk_widget_class_install_action (widget_class, "meetings.close", NULL, meeting_step_action);
  gtk_widget_class_install_action (widget_class, "meetings.cancel", NULL, meeting_step_action);
  gtk_widget_class_install_action (widget_class, "meetings.open-unplanned", "s", open_unplanned_action);
  gtk_widget_class_install_action (widget_class, "meetings.take-up", "s", pl_meetings_page_take_up_action);
  gtk_widget_class_install_action (widget_class, "meetings.drop-item", "s", pl_meetings_page_drop_item_action);
  gtk_widget_class_install_action (widget_class, "meetings.select", "s", select_action);
  gtk_widget_class_install_action (widget_class, "meetings.search", NULL, search_action);
  /* Reading and finding change nothing (issue 18). */
  pl_page_class_set_safe_actions (page_class, "meetings.select", "meetings.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "meetings.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "meetings.search", NULL);
}

static void
pl_meetings_page_init (PlMeetingsPage *self)
{
  self->presiding_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->meetings_list, header_func, NULL, NULL);
}

GtkWidget *
pl_meetings_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_MEETINGS_PAGE, session);
}

/**
 * pl_meetings_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the meeting shown on the right
 */
PlMeeting *
pl_meetings_page_get_selected (PlMeetingsPage *self)
{
  g_return_val_if_fail (PL_IS_MEETINGS_PAGE (self), NULL);

  return pl_meetings_page_lookup (self);
}

/**
 * pl_meetings_page_select:
 *
 * Shows @meeting on the right and selects it in the list, as a click
 * on its row would.
 */
void
pl_meetings_page_select (PlMeetingsPage *self,
                         PlMeeting      *meeting)
{
  g_return_if_fail (PL_IS_MEETINGS_PAGE (self));
  g_return_if_fail (PL_IS_MEETING (meeting));

  g_free (self->meeting_id);
  self->meeting_id = g_strdup (pl_record_get_id (PL_RECORD (meeting)));
  gtk_editable_set_text (GTK_EDITABLE (self->attendance_search), "");
  /* Through the base, which keeps what it builds read-only if the page is. */
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
}
