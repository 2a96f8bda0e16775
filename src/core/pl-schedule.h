/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-calendar.h"
#include "pl-schedule-day.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SCHEDULE (pl_schedule_get_type ())

G_DECLARE_FINAL_TYPE (PlSchedule, pl_schedule, PL, SCHEDULE, GObject)

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

/* The note the annex prints after an item taken up again ("General
 * discussion (continued)"); stored in English, like the seed, and
 * translated where it is shown. */
#define PL_SCHEDULE_NOTE_CONTINUED "continued"

/**
 * PlScheduleEntry:
 * @item: the `_id` of the agenda item
 * @note: the entry's note, never %NULL
 *
 * One entry of a meeting, borrowed from the meeting's `entries`: valid
 * until they are replaced.
 */
typedef struct {
  const char *item;
  const char *note;
} PlScheduleEntry;

GQuark      pl_schedule_error_quark             (void);

PlSchedule *pl_schedule_new                     (PlSession     *session);
PlSession  *pl_schedule_get_session             (PlSchedule    *self);
GListModel *pl_schedule_get_days                (PlSchedule    *self);

gboolean    pl_schedule_create_default_pattern  (PlSchedule    *self,
                                                 guint         *n_created,
                                                 GError       **error);
PlMeeting  *pl_schedule_add_meeting             (PlSchedule    *self,
                                                 const char    *date,
                                                 const char    *start,
                                                 const char    *end,
                                                 PlMeetingBody  body,
                                                 const char    *title,
                                                 GError       **error);
void        pl_schedule_delete_meeting          (PlSchedule    *self,
                                                 PlMeeting     *meeting);
gboolean    pl_schedule_move_meeting            (PlSchedule    *self,
                                                 PlMeeting     *meeting,
                                                 const char    *date,
                                                 const char    *start,
                                                 GError       **error);
gboolean    pl_schedule_resize_meeting          (PlSchedule    *self,
                                                 PlMeeting     *meeting,
                                                 const char    *start,
                                                 const char    *end,
                                                 GError       **error);
gboolean    pl_schedule_assign_item             (PlSchedule    *self,
                                                 PlMeeting     *meeting,
                                                 PlAgendaItem  *item,
                                                 int            index,
                                                 GError       **error);
gboolean    pl_schedule_unassign_item           (PlSchedule    *self,
                                                 PlMeeting     *meeting,
                                                 PlAgendaItem  *item);
gboolean    pl_schedule_move_entry              (PlSchedule    *self,
                                                 PlMeeting     *from,
                                                 PlAgendaItem  *item,
                                                 PlMeeting     *to,
                                                 int            index,
                                                 GError       **error);
gboolean    pl_schedule_set_entry_note          (PlSchedule    *self,
                                                 PlMeeting     *meeting,
                                                 PlAgendaItem  *item,
                                                 const char    *note);

GPtrArray  *pl_schedule_list_meetings           (PlSession     *session);
GArray     *pl_schedule_get_entries             (PlMeeting     *meeting);
int         pl_schedule_compare_meetings        (PlMeeting     *a,
                                                 PlMeeting     *b);

G_END_DECLS
