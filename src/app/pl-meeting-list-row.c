/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-meeting.h"
#include "pl-meeting-list-row.h"
#include "pl-meetings.h"
#include "pl-schedule-page-private.h"

/**
 * PlMeetingListRow:
 *
 * A meeting in the Meetings page's list (issue 20, point 5): its body and
 * hours, its number once held ("3rd meeting", derived by the core from
 * what was held, pl_meetings_number()) and its status in words, with a
 * style class for the colour (planned, in progress, held, cancelled).
 */
struct _PlMeetingListRow
{
  GtkListBoxRow  parent_instance;

  char          *meeting_id;
  char          *date;

  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkLabel      *status_label;
};

G_DEFINE_FINAL_TYPE (PlMeetingListRow, pl_meeting_list_row, GTK_TYPE_LIST_BOX_ROW)

static const char *status_classes[] = { "planned", "open", "held", "cancelled" };

/**
 * pl_meeting_list_row_number_text:
 * @number: a meeting's number among its body's held meetings, from 1
 *
 * Returns: (transfer full): "3rd meeting", in the interface's language
 */
char *
pl_meeting_list_row_number_text (guint number)
{
  /* English picks the suffix by the last digits; other languages
   * translate each form to theirs ("%ue séance"). */
  if (number % 100 >= 11 && number % 100 <= 13)
    /* Translators: a meeting's number, "11th meeting"; %u is the number */
    return g_strdup_printf (C_("meeting number", "%uth meeting"), number);
  switch (number % 10)
    {
    case 1:
      /* Translators: a meeting's number, "1st meeting", "21st meeting" */
      return g_strdup_printf (C_("meeting number", "%ust meeting"), number);
    case 2:
      /* Translators: a meeting's number, "2nd meeting", "22nd meeting" */
      return g_strdup_printf (C_("meeting number", "%und meeting"), number);
    case 3:
      /* Translators: a meeting's number, "3rd meeting", "23rd meeting" */
      return g_strdup_printf (C_("meeting number", "%urd meeting"), number);
    default:
      /* Translators: a meeting's number, "4th meeting" */
      return g_strdup_printf (C_("meeting number", "%uth meeting"), number);
    }
}

static guint
status_index (PlSession *session,
              PlMeeting *meeting)
{
  switch (pl_meeting_get_status (meeting))
    {
    case PL_MEETING_STATUS_HELD:
      return pl_meeting_get_closed_at (meeting) == NULL ? 1 : 2;
    case PL_MEETING_STATUS_CANCELLED:
      return 3;
    case PL_MEETING_STATUS_PLANNED:
    default:
      return 0;
    }
}

/**
 * pl_meeting_list_row_status_text:
 *
 * Returns: @meeting's status in words: Planned, In Progress (held and not
 *   closed), Held or Cancelled
 */
const char *
pl_meeting_list_row_status_text (PlSession *session,
                                 PlMeeting *meeting)
{
  switch (status_index (session, meeting))
    {
    case 1:
      /* Translators: a meeting opened and not closed yet */
      return C_("meeting status", "In Progress");
    case 2:
      return C_("meeting status", "Held");
    case 3:
      return C_("meeting status", "Cancelled");
    default:
      return C_("meeting status", "Planned");
    }
}

/**
 * pl_meeting_list_row_status_class:
 *
 * Returns: the style class of @meeting's status (style.css)
 */
const char *
pl_meeting_list_row_status_class (PlSession *session,
                                  PlMeeting *meeting)
{
  return status_classes[status_index (session, meeting)];
}

void
pl_meeting_list_row_update (PlMeetingListRow *self,
                            PlSession        *session,
                            PlMeeting        *meeting)
{
  const char *start = pl_meeting_get_start (meeting);
  const char *end = pl_meeting_get_end (meeting);
  const char *body = pl_schedule_page_body_name (pl_meeting_get_body (meeting));
  int number = pl_meetings_number (session, meeting);
  const char *status = pl_meeting_list_row_status_text (session, meeting);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (PL_IS_MEETING_LIST_ROW (self));

  g_free (self->meeting_id);
  self->meeting_id = g_strdup (pl_record_get_id (PL_RECORD (meeting)));
  g_free (self->date);
  self->date = g_strdup (pl_meeting_get_date (meeting));

  const char *own_title = pl_meeting_get_title (meeting);
  g_autofree char *hours = g_strdup_printf ("%s–%s", start ? start : "", end ? end : "");

  /* The body, or the meeting's own title for another body ("Friends of
   * the Chair"); under it the hours and, once held, the number. */
  if (pl_meeting_get_body (meeting) == PL_MEETING_BODY_OTHER && own_title != NULL && *own_title != '\0')
    title = g_strdup (own_title);
  else
    title = g_strdup (body);
  if (number > 0)
    {
      g_autofree char *nth = pl_meeting_list_row_number_text ((guint) number);

      /* Translators: a meeting's hours and number, "10:00–13:00, 3rd meeting" */
      subtitle = g_strdup_printf (_("%s, %s"), hours, nth);
    }
  else
    subtitle = g_steal_pointer (&hours);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_label_set_label (self->status_label, status);
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), pl_meeting_list_row_status_class (session, meeting));

  /* Translators: a meeting row read by a screen reader, "Plenary, 10:00–13:00, 1st meeting, Held" */
  accessible = g_strdup_printf (_("%s, %s, %s"), title, subtitle, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

const char *
pl_meeting_list_row_get_meeting_id (PlMeetingListRow *self)
{
  g_return_val_if_fail (PL_IS_MEETING_LIST_ROW (self), NULL);

  return self->meeting_id;
}

const char *
pl_meeting_list_row_get_date (PlMeetingListRow *self)
{
  g_return_val_if_fail (PL_IS_MEETING_LIST_ROW (self), NULL);

  return self->date;
}

static void
pl_meeting_list_row_finalize (GObject *object)
{
  PlMeetingListRow *self = PL_MEETING_LIST_ROW (object);

  g_free (self->meeting_id);
  g_free (self->date);

  G_OBJECT_CLASS (pl_meeting_list_row_parent_class)->finalize (object);
}

static void
pl_meeting_list_row_class_init (PlMeetingListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pl_meeting_list_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-meeting-list-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlMeetingListRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingListRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlMeetingListRow, status_label);
}

static void
pl_meeting_list_row_init (PlMeetingListRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_meeting_list_row_new (void)
{
  return g_object_new (PL_TYPE_MEETING_LIST_ROW, NULL);
}
