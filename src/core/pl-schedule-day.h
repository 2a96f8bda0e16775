/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PL_TYPE_SCHEDULE_DAY (pl_schedule_day_get_type ())

G_DECLARE_FINAL_TYPE (PlScheduleDay, pl_schedule_day, PL, SCHEDULE_DAY, GObject)

const char *pl_schedule_day_get_date       (PlScheduleDay *self);
gboolean    pl_schedule_day_get_in_session (PlScheduleDay *self);
GListModel *pl_schedule_day_get_meetings   (PlScheduleDay *self);

/* For PlSchedule, which keeps its days current. */
PlScheduleDay *pl_schedule_day_new            (const char    *date);
void           pl_schedule_day_set_in_session (PlScheduleDay *self,
                                               gboolean       in_session);
void           pl_schedule_day_set_meetings   (PlScheduleDay *self,
                                               GPtrArray     *meetings);

G_END_DECLS
