/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_SCHEDULE_ERROR (pl_schedule_error_quark ())

/**
 * PlScheduleError:
 * @PL_SCHEDULE_ERROR_INVALID_DATE: a date is not an ISO date (YYYY-MM-DD)
 * @PL_SCHEDULE_ERROR_INVALID_TIME: a time is not HH:MM, or an end is not
 *   after its start
 * @PL_SCHEDULE_ERROR_INVALID_DATE_TIME: a date-time is not ISO 8601 with a
 *   time
 * @PL_SCHEDULE_ERROR_INVALID_TIME_ZONE: the session's time zone is empty
 *   or not an IANA identifier this system knows
 * @PL_SCHEDULE_ERROR_NO_DATES: the session has no dates, or they are in
 *   the wrong order
 * @PL_SCHEDULE_ERROR_NOT_IN_SESSION: a record given is not in the session
 *   or not in the meeting
 *
 * Errors of the organization of work and of the deadlines.
 */
typedef enum {
  PL_SCHEDULE_ERROR_INVALID_DATE,
  PL_SCHEDULE_ERROR_INVALID_TIME,
  PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
  PL_SCHEDULE_ERROR_INVALID_TIME_ZONE,
  PL_SCHEDULE_ERROR_NO_DATES,
  PL_SCHEDULE_ERROR_NOT_IN_SESSION,
} PlScheduleError;

/**
 * PlTimeSlot:
 * @start: minutes after midnight
 * @end: minutes after midnight, after @start
 *
 * One default meeting of a day (session setting `meeting_times`).
 */
typedef struct {
  int start;
  int end;
} PlTimeSlot;

GQuark      pl_schedule_error_quark          (void);

gboolean    pl_calendar_parse_date           (const char   *text,
                                              GDate        *date,
                                              GError      **error);
gboolean    pl_calendar_parse_time           (const char   *text,
                                              int          *minutes,
                                              GError      **error);
GDateTime  *pl_calendar_parse_date_time      (const char   *text,
                                              GError      **error);
char       *pl_calendar_format_date          (const GDate  *date);
char       *pl_calendar_format_time          (int           minutes);
char       *pl_calendar_format_date_time     (GDateTime    *date_time);
gboolean    pl_calendar_is_working_day       (const GDate  *date);
GDateTime  *pl_calendar_local                (GTimeZone    *zone,
                                              const GDate  *date,
                                              int           minutes);

GTimeZone  *pl_calendar_get_time_zone        (PlSession    *session,
                                              GError      **error);
gboolean    pl_calendar_get_dates            (PlSession    *session,
                                              GDate        *start,
                                              GDate        *end,
                                              GError      **error);
GArray     *pl_calendar_get_meeting_times    (PlSession    *session,
                                              GError      **error);
GDateTime  *pl_calendar_get_opening          (PlSession    *session,
                                              GError      **error);
gboolean    pl_calendar_get_meeting_span     (PlMeeting    *meeting,
                                              GDate        *date,
                                              int          *start,
                                              int          *end,
                                              GError      **error);

G_END_DECLS
