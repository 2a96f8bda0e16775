/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-calendar.h"
#include "pl-json-text.h"
/* Only for PL_SCHEDULE_ERROR: the calendar parses for the organization of
 * work and the deadlines, and its errors are theirs. */
#include "pl-schedule.h"

/*
 * The session's calendar: its dates, the times of its meetings and its
 * time zone. Meetings store a local date and HH:MM times (the document
 * format), which only become instants in the session's IANA time zone;
 * deadlines store instants with their offset. Everything that turns one
 * into the other goes through here, so that a daylight-saving change is
 * handled in one place, by GTimeZone.
 */

/* The seed's annex: two meetings a day, 12 noon-2 p.m. and 4-6 p.m.; used
 * when a session file predates the `meeting_times` setting. */
static const PlTimeSlot default_meeting_times[] = {
  { 12 * 60, 14 * 60 },
  { 16 * 60, 18 * 60 },
};

static gboolean
all_digits (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/**
 * pl_calendar_parse_date:
 * @text: an ISO date, `YYYY-MM-DD`
 *
 * Returns: whether @text is a valid date, stored in @date
 */
gboolean
pl_calendar_parse_date (const char  *text,
                        GDate       *date,
                        GError     **error)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE,
                   _("the date is missing"));
      return FALSE;
    }

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-'
      || !all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    goto invalid;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    goto invalid;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;

invalid:
  g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE,
               _("“%s” is not a date (YYYY-MM-DD)"), text);
  return FALSE;
}

/**
 * pl_calendar_parse_time:
 * @text: a time of day, `HH:MM`, from 00:00 to 24:00
 * @minutes: (out): minutes after midnight
 *
 * 24:00 is accepted so that a meeting may end at midnight.
 */
gboolean
pl_calendar_parse_time (const char  *text,
                        int         *minutes,
                        GError     **error)
{
  int hours, mins;

  g_return_val_if_fail (minutes != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("the time is missing"));
      return FALSE;
    }

  if (strlen (text) != 5 || text[2] != ':' || !all_digits (text, 2) || !all_digits (text + 3, 2))
    goto invalid;

  hours = (text[0] - '0') * 10 + (text[1] - '0');
  mins = (text[3] - '0') * 10 + (text[4] - '0');
  if (hours > 24 || mins > 59 || (hours == 24 && mins != 0))
    goto invalid;

  *minutes = hours * 60 + mins;
  return TRUE;

invalid:
  g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
               _("“%s” is not a time of day (HH:MM, 00:00 to 24:00)"), text);
  return FALSE;
}

/**
 * pl_calendar_parse_date_time:
 * @text: an ISO 8601 date-time with its offset, as deadlines store them
 *
 * Returns: (transfer full) (nullable): the instant
 */
GDateTime *
pl_calendar_parse_date_time (const char  *text,
                             GError     **error)
{
  GDateTime *result = NULL;

  if (text != NULL && *text != '\0')
    result = g_date_time_new_from_iso8601 (text, NULL);

  if (result == NULL)
    g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
                 _("“%s” is not a date and time with its offset (YYYY-MM-DDTHH:MM:SS+HH:MM)"),
                 text ? text : "");

  return result;
}

char *
pl_calendar_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

char *
pl_calendar_format_time (int minutes)
{
  g_return_val_if_fail (minutes >= 0 && minutes <= 24 * 60, NULL);

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * pl_calendar_format_date_time:
 *
 * Returns: the instant as deadlines store it: ISO 8601 with the offset of
 *   its own time zone, so that it reads as local time and is still exact
 */
char *
pl_calendar_format_date_time (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  return g_date_time_format (date_time, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Decision 6/3 speaks of "the working day preceding the first day": the
 * United Nations work Monday to Friday. Holidays are not known here. */
gboolean
pl_calendar_is_working_day (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY;
}

/**
 * pl_calendar_local:
 * @minutes: minutes after midnight, up to 24:00
 *
 * Returns: (transfer full): the wall-clock time @minutes on @date in
 *   @zone. A time that a spring-forward change skips is moved forward, as
 *   GTimeZone does.
 */
GDateTime *
pl_calendar_local (GTimeZone   *zone,
                   const GDate *date,
                   int          minutes)
{
  GDate day = *date;

  g_return_val_if_fail (zone != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  if (minutes >= 24 * 60)
    {
      g_date_add_days (&day, 1);
      minutes -= 24 * 60;
    }

  return g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), minutes / 60, minutes % 60, 0);
}

/**
 * pl_calendar_get_time_zone:
 *
 * Returns: (transfer full) (nullable): the session's time zone, from its
 *   IANA identifier (`timezone`)
 */
GTimeZone *
pl_calendar_get_time_zone (PlSession  *session,
                           GError    **error)
{
  const char *id;
  GTimeZone *zone = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  id = pl_session_settings_get_timezone (pl_session_get_settings (session));
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME_ZONE,
                   _("Session setting “timezone” is empty: give the IANA time zone of the venue (for example Europe/Vienna)"));
      return NULL;
    }

  zone = g_time_zone_new_identifier (id);
  if (zone == NULL)
    g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME_ZONE,
                 _("Session setting “timezone”: “%s” is not a time zone this system knows (IANA identifiers such as Europe/Vienna)"),
                 id);

  return zone;
}

/**
 * pl_calendar_get_dates:
 * @start: (out): the first day of the session
 * @end: (out): the last day
 */
gboolean
pl_calendar_get_dates (PlSession  *session,
                       GDate      *start,
                       GDate      *end,
                       GError    **error)
{
  PlSessionSettings *settings;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);

  settings = pl_session_get_settings (session);

  if (!pl_calendar_parse_date (pl_session_settings_get_start_date (settings), start, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES,
                   _("Session setting “start_date”: %s"), local_error->message);
      return FALSE;
    }

  if (!pl_calendar_parse_date (pl_session_settings_get_end_date (settings), end, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES,
                   _("Session setting “end_date”: %s"), local_error->message);
      return FALSE;
    }

  if (g_date_compare (end, start) < 0)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES,
                   _("Session setting “end_date” (%s) is before “start_date” (%s)"),
                   pl_session_settings_get_end_date (settings),
                   pl_session_settings_get_start_date (settings));
      return FALSE;
    }

  return TRUE;
}

/**
 * pl_calendar_get_meeting_times:
 *
 * Returns: (transfer full) (element-type PlTimeSlot) (nullable): the
 *   default meetings of a day, from the setting `meeting_times`, or the
 *   seed's when the setting is absent
 */
GArray *
pl_calendar_get_meeting_times (PlSession  *session,
                               GError    **error)
{
  JsonNode *node;
  JsonArray *array;
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (PlTimeSlot));

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  node = pl_session_settings_get_meeting_times (pl_session_get_settings (session));
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_array_append_vals (slots, default_meeting_times, G_N_ELEMENTS (default_meeting_times));
      return g_steal_pointer (&slots);
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Session setting “meeting_times” is not a list of {start, end}"));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      g_autoptr(GError) local_error = NULL;
      PlTimeSlot slot;

      if (object == NULL)
        {
          g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                       _("Session setting “meeting_times”, entry %u: not an object {start, end}"), i + 1);
          return NULL;
        }

      if (!pl_calendar_parse_time (pl_json_object_get_string (object, "start", NULL),
                                   &slot.start, &local_error)
          || !pl_calendar_parse_time (pl_json_object_get_string (object, "end", NULL),
                                      &slot.end, &local_error))
        {
          g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                       _("Session setting “meeting_times”, entry %u: %s"), i + 1, local_error->message);
          return NULL;
        }

      if (slot.end <= slot.start)
        {
          g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                       _("Session setting “meeting_times”, entry %u: the end is not after the start"), i + 1);
          return NULL;
        }

      g_array_append_val (slots, slot);
    }

  return g_steal_pointer (&slots);
}

/**
 * pl_calendar_get_meeting_span:
 * @date: (out): the meeting's day
 * @start: (out): minutes after midnight
 * @end: (out): minutes after midnight, after @start
 *
 * Reads a meeting's stored date and times, with an error naming the
 * meeting and the field when one is missing or wrong.
 */
gboolean
pl_calendar_get_meeting_span (PlMeeting  *meeting,
                              GDate      *date,
                              int        *start,
                              int        *end,
                              GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *id;

  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  id = pl_record_get_id (PL_RECORD (meeting));

  if (!pl_calendar_parse_date (pl_meeting_get_date (meeting), date, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE,
                   _("Meeting “%s”, field “date”: %s"), id, local_error->message);
      return FALSE;
    }
  if (!pl_calendar_parse_time (pl_meeting_get_start (meeting), start, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Meeting “%s”, field “start”: %s"), id, local_error->message);
      return FALSE;
    }
  if (!pl_calendar_parse_time (pl_meeting_get_end (meeting), end, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Meeting “%s”, field “end”: %s"), id, local_error->message);
      return FALSE;
    }
  if (*end <= *start)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Meeting “%s” ends (%s) before it starts (%s)"), id,
                   pl_meeting_get_end (meeting), pl_meeting_get_start (meeting));
      return FALSE;
    }

  return TRUE;
}

/**
 * pl_calendar_get_opening:
 *
 * The opening of the session, from which the rules count their deadlines:
 * the first meeting on the first day, or the first default meeting time
 * when that day has no meeting yet.
 *
 * Returns: (transfer full) (nullable): the instant, in the session's zone
 */
GDateTime *
pl_calendar_get_opening (PlSession  *session,
                         GError    **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GArray) slots = NULL;
  GListModel *meetings;
  GDate start, end;
  int opening = -1;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (!pl_calendar_get_dates (session, &start, &end, error))
    return NULL;
  if ((zone = pl_calendar_get_time_zone (session, error)) == NULL)
    return NULL;

  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      GDate date;
      int s, e;

      /* A malformed meeting is the checks' business (schedule.invalid-time),
       * not a reason to refuse every deadline. */
      if (pl_calendar_get_meeting_span (meeting, &date, &s, &e, NULL)
          && g_date_compare (&date, &start) == 0
          && (opening < 0 || s < opening))
        opening = s;
    }

  if (opening < 0)
    {
      if ((slots = pl_calendar_get_meeting_times (session, error)) == NULL)
        return NULL;
      if (slots->len == 0)
        {
          g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES,
                       _("The opening time is unknown: the first day has no meeting and the setting “meeting_times” is empty"));
          return NULL;
        }
      opening = g_array_index (slots, PlTimeSlot, 0).start;
    }

  return pl_calendar_local (zone, &start, opening);
}
