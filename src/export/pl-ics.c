/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>

#include "pl-agenda.h"
#include "pl-calendar.h"
#include "pl-deadlines.h"
#include "pl-ics.h"
#include "pl-schedule.h"

/*
 * The organization of work and the deadlines as an iCalendar file (RFC
 * 5545), for delegates' calendar applications: one VEVENT per meeting and
 * per deadline, times in the session's zone with its VTIMEZONE from
 * libical's builtin time zones, UIDs from the records' `_id` so that a
 * calendar that imports the file again updates the events instead of
 * doubling them.
 *
 * Event texts are in English, the session documents' language, like the
 * annex they mirror.
 */

G_DEFINE_QUARK (pl-ics-error-quark, pl_ics_error)

static struct icaltimetype
to_ical_time (GDateTime    *local,
              icaltimezone *zone)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_time_get_year (local);
  t.month = g_date_time_get_month (local);
  t.day = g_date_time_get_day_of_month (local);
  t.hour = g_date_time_get_hour (local);
  t.minute = g_date_time_get_minute (local);
  t.second = g_date_time_get_second (local);
  t.is_date = 0;

  return icaltime_set_timezone (&t, zone);
}

static struct icaltimetype
to_ical_utc (GDateTime *instant)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (instant);

  return to_ical_time (utc, icaltimezone_get_utc_timezone ());
}

/* libical does not add TZID to a zoned time by itself. */
static icalproperty *
with_tzid (icalproperty *property,
           icaltimezone *zone)
{
  icalproperty_add_parameter (property, icalparameter_new_tzid (icaltimezone_get_tzid (zone)));
  return property;
}

static const char *
body_label (PlMeeting *meeting)
{
  switch (pl_meeting_get_body (meeting))
    {
    case PL_MEETING_BODY_PLENARY:
      return "Plenary";
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      return "Committee of the Whole";
    case PL_MEETING_BODY_OTHER:
    default:
      return "Meeting";
    }
}

static const char *
item_title (PlAgendaItem *item)
{
  const char *short_title = pl_agenda_item_get_short_title (item);

  if (short_title != NULL && *short_title != '\0')
    return short_title;
  return pl_agenda_item_get_title (item) ? pl_agenda_item_get_title (item) : "";
}

static icalcomponent *
meeting_event (PlSession     *session,
               PlMeeting     *meeting,
               icaltimezone  *ical_zone,
               GTimeZone     *zone,
               GDateTime     *stamp,
               GError       **error)
{
  g_autoptr(GArray) entries = pl_schedule_get_entries (meeting);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  const char *title = pl_meeting_get_title (meeting);
  const char *venue = pl_session_settings_get_venue (pl_session_get_settings (session));
  icalcomponent *event;
  GDate date;
  int s, e;

  if (!pl_calendar_get_meeting_span (meeting, &date, &s, &e, error))
    return NULL;

  start = pl_calendar_local (zone, &date, s);
  end = pl_calendar_local (zone, &date, e);

  /* "Plenary: 1 (a) Opening of the session; 1 (b) Election of officers",
   * or the meeting's own title when it takes up no item (the Committee
   * of the Whole in the seed's annex). */
  g_string_append (summary, title && *title ? title : body_label (meeting));
  for (guint i = 0; i < entries->len; i++)
    {
      const PlScheduleEntry *entry = &g_array_index (entries, PlScheduleEntry, i);
      PlRecord *record = pl_session_lookup (session, entry->item);
      PlAgendaItem *item;

      if (!PL_IS_AGENDA_ITEM (record))
        {
          g_set_error (error, PL_ICS_ERROR, PL_ICS_ERROR_INVALID,
                       _("Meeting “%s” takes up “%s”, which is not an item of the agenda"),
                       pl_record_get_id (PL_RECORD (meeting)), entry->item);
          return NULL;
        }

      item = PL_AGENDA_ITEM (record);
      g_string_append (summary, i == 0 ? ": " : "; ");
      g_string_append_printf (summary, "%s %s", pl_agenda_item_get_number (item), item_title (item));
      g_string_append_printf (description, "Item %s: %s", pl_agenda_item_get_number (item),
                              pl_agenda_item_get_title (item) ? pl_agenda_item_get_title (item) : "");
      if (*entry->note != '\0')
        {
          g_string_append_printf (summary, " (%s)", entry->note);
          g_string_append_printf (description, " (%s)", entry->note);
        }
      g_string_append_c (description, '\n');
    }

  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (pl_record_get_id (PL_RECORD (meeting))));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (to_ical_utc (stamp)));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (to_ical_time (start, ical_zone)), ical_zone));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (to_ical_time (end, ical_zone)), ical_zone));
  icalcomponent_add_property (event, icalproperty_new_summary (summary->str));
  if (description->len > 0)
    {
      g_string_truncate (description, description->len - 1);
      icalcomponent_add_property (event, icalproperty_new_description (description->str));
    }
  if (venue != NULL && *venue != '\0')
    icalcomponent_add_property (event, icalproperty_new_location (venue));
  icalcomponent_add_property (event, icalproperty_new_categories (body_label (meeting)));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_OPAQUE));

  return event;
}

static icalcomponent *
deadline_event (PlDeadline    *deadline,
                icaltimezone  *ical_zone,
                GTimeZone     *zone,
                GDateTime     *stamp,
                GError       **error)
{
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  const char *rule = pl_deadline_get_rule (deadline);
  const char *note = pl_deadline_get_note (deadline);
  icalcomponent *event;

  if ((due = pl_deadlines_get_due (deadline, error)) == NULL)
    return NULL;
  local = g_date_time_to_timezone (due, zone);

  summary = g_strdup_printf ("Deadline: %s", pl_deadline_get_title (deadline) ? pl_deadline_get_title (deadline) : "");
  if (rule != NULL && *rule != '\0')
    g_string_append_printf (description, "Under %s.", rule);
  if (note != NULL && *note != '\0')
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "", note);

  /* A deadline is an instant: a DTSTART without DTEND, transparent so
   * that it does not mark the delegate busy (RFC 5545, 3.6.1). */
  event = icalcomponent_new_vevent ();
  icalcomponent_add_property (event, icalproperty_new_uid (pl_record_get_id (PL_RECORD (deadline))));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (to_ical_utc (stamp)));
  icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (to_ical_time (local, ical_zone)), ical_zone));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  if (description->len > 0)
    icalcomponent_add_property (event, icalproperty_new_description (description->str));
  icalcomponent_add_property (event, icalproperty_new_categories ("Deadline"));
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));

  return event;
}

static void
widen (GDateTime **first,
       GDateTime **last,
       GDateTime  *instant)
{
  if (*first == NULL || g_date_time_compare (instant, *first) < 0)
    {
      g_clear_pointer (first, g_date_time_unref);
      *first = g_date_time_ref (instant);
    }
  if (*last == NULL || g_date_time_compare (instant, *last) > 0)
    {
      g_clear_pointer (last, g_date_time_unref);
      *last = g_date_time_ref (instant);
    }
}

/* libical writes the zone's whole history (since 1893 for Vienna) with
 * yearly rules that run to 2037; a reader needs only the span of the
 * events, and some readers (Python's icalendar 4.0.3 with a current
 * dateutil, Debian 12) fail on the UNTIL of those rules. Cut to a week
 * either side of the events, the zone becomes its few actual transitions,
 * exact and short. */
static icalcomponent *
vtimezone_for (icaltimezone *ical_zone,
               GDateTime    *first,
               GDateTime    *last)
{
  icalcomponent *vtimezone = icalcomponent_new_clone (icaltimezone_get_component (ical_zone));
  g_autoptr(GDateTime) from = g_date_time_add_days (first, -7);
  g_autoptr(GDateTime) to = g_date_time_add_days (last, 7);

  icaltimezone_truncate_vtimezone (vtimezone, to_ical_utc (from), to_ical_utc (to), 0);

  return vtimezone;
}

/**
 * pl_ics_build_schedule:
 * @stamp: the DTSTAMP of every event: the time the file is made
 *
 * Returns: (transfer full) (nullable): the session's meetings and
 *   deadlines as an iCalendar text, or %NULL if the session has no known
 *   time zone or a meeting or deadline cannot be placed in time
 */
char *
pl_ics_build_schedule (PlSession  *session,
                       GDateTime  *stamp,
                       GError    **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) icalcomponent_free);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *prodid = NULL;
  PlSessionSettings *settings;
  icaltimezone *ical_zone;
  icalcomponent *calendar;
  const char *tzid;
  char *text;
  char *result;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (stamp != NULL, NULL);

  settings = pl_session_get_settings (session);
  if ((zone = pl_calendar_get_time_zone (session, &local_error)) == NULL)
    {
      g_set_error_literal (error, PL_ICS_ERROR, PL_ICS_ERROR_TIME_ZONE, local_error->message);
      return NULL;
    }

  tzid = pl_session_settings_get_timezone (settings);
  if ((ical_zone = icaltimezone_get_builtin_timezone (tzid)) == NULL)
    {
      g_set_error (error, PL_ICS_ERROR, PL_ICS_ERROR_TIME_ZONE,
                   _("Session setting “timezone”: libical has no time zone “%s”"), tzid);
      return NULL;
    }

  meetings = pl_schedule_list_meetings (session);
  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      icalcomponent *event = meeting_event (session, meeting, ical_zone, zone, stamp, error);
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GDateTime) end = NULL;
      GDate date;
      int s, e;

      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);

      pl_calendar_get_meeting_span (meeting, &date, &s, &e, NULL);
      start = pl_calendar_local (zone, &date, s);
      end = pl_calendar_local (zone, &date, e);
      widen (&first, &last, start);
      widen (&first, &last, end);
    }

  deadlines = pl_deadlines_list (session);
  for (guint i = 0; i < deadlines->len; i++)
    {
      PlDeadline *deadline = g_ptr_array_index (deadlines, i);
      icalcomponent *event = deadline_event (deadline, ical_zone, zone, stamp, error);
      g_autoptr(GDateTime) due = NULL;

      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);

      due = pl_deadlines_get_due (deadline, NULL);
      widen (&first, &last, due);
    }

  calendar = icalcomponent_new_vcalendar ();
  prodid = g_strdup_printf ("-//Plenary//Plenary %s//EN", PACKAGE_VERSION);
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  name = g_strdup_printf ("%s — %s",
                          pl_session_settings_get_title (settings) ? pl_session_settings_get_title (settings) : "",
                          pl_session_settings_get_body_short (settings) ? pl_session_settings_get_body_short (settings) : "");
  {
    icalproperty *x_name = icalproperty_new_x (name);
    icalproperty *x_zone = icalproperty_new_x (tzid);

    icalproperty_set_x_name (x_name, "X-WR-CALNAME");
    icalproperty_set_x_name (x_zone, "X-WR-TIMEZONE");
    icalcomponent_add_property (calendar, x_name);
    icalcomponent_add_property (calendar, x_zone);
  }

  if (first != NULL)
    icalcomponent_add_component (calendar, vtimezone_for (ical_zone, first, last));

  {
    gsize n_events = 0;
    g_autofree gpointer *list = g_ptr_array_steal (events, &n_events);

    for (gsize i = 0; i < n_events; i++)
      icalcomponent_add_component (calendar, list[i]);
  }

  text = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (text);
  icalmemory_free_buffer (text);
  icalcomponent_free (calendar);

  return result;
}
