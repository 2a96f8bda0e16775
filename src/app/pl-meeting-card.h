/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-schedule-page.h"
#include "pl-schedule.h"

G_BEGIN_DECLS

#define PL_TYPE_MEETING_CARD (pl_meeting_card_get_type ())

G_DECLARE_FINAL_TYPE (PlMeetingCard, pl_meeting_card, PL, MEETING_CARD, GtkBox)

GtkWidget *pl_meeting_card_new            (PlSchedulePage *page,
                                           PlMeeting      *meeting);
PlMeeting *pl_meeting_card_get_meeting    (PlMeetingCard  *self);
GtkWidget *pl_meeting_card_get_date_entry (PlMeetingCard  *self);
int        pl_meeting_card_entry_index    (PlMeetingCard  *self,
                                           GtkWidget      *widget);
void       pl_meeting_card_update         (PlMeetingCard  *self,
                                           GPtrArray      *findings);

G_END_DECLS
