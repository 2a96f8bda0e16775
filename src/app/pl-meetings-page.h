/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-meeting.h"
#include "pl-page.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_MEETINGS_PAGE (pl_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (PlMeetingsPage, pl_meetings_page, PL, MEETINGS_PAGE, PlPage)

GtkWidget *pl_meetings_page_new              (PlSession      *session);
PlMeeting *pl_meetings_page_get_selected     (PlMeetingsPage *self);
void       pl_meetings_page_select           (PlMeetingsPage *self,
                                              PlMeeting      *meeting);
void       pl_meetings_page_set_present      (PlMeetingsPage *self,
                                              const char     *delegation_id,
                                              gboolean        present);
const char *pl_meetings_page_get_quorum_text (PlMeetingsPage *self);

G_END_DECLS
