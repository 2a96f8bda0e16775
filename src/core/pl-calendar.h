/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pl-session.h"

G_BEGIN_DECLS

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
