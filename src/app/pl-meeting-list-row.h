/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_MEETING_LIST_ROW (pl_meeting_list_row_get_type ())

G_DECLARE_FINAL_TYPE (PlMeetingListRow, pl_meeting_list_row, PL, MEETING_LIST_ROW, GtkListBoxRow)

GtkWidget  *pl_meeting_list_row_new            (void);
void        pl_meeting_list_row_update         (PlMeetingListRow *self,
                                                PlSession        *session,
                                                PlMeeting        *meeting);
const char *pl_meeting_list_row_get_meeting_id (PlMeetingListRow *self);
const char *pl_meeting_list_row_get_date       (PlMeetingListRow *self);

char       *pl_meeting_list_row_number_text    (guint             number);
const char *pl_meeting_list_row_status_text    (PlSession        *session,
                                                PlMeeting        *meeting);
const char *pl_meeting_list_row_status_class   (PlSession        *session,
                                                PlMeeting        *meeting);

G_END_DECLS
