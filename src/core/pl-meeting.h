/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_MEETING (pl_meeting_get_type ())

G_DECLARE_FINAL_TYPE (PlMeeting, pl_meeting, PL, MEETING, PlRecord)

PlMeeting *         pl_meeting_new         (const char *id);
const char *        pl_meeting_get_date    (PlMeeting *self);
const char *        pl_meeting_get_start   (PlMeeting *self);
const char *        pl_meeting_get_end     (PlMeeting *self);
PlMeetingBody        pl_meeting_get_body    (PlMeeting *self);
const char *        pl_meeting_get_title   (PlMeeting *self);
JsonNode *          pl_meeting_get_entries (PlMeeting *self);
void                 pl_meeting_set_date    (PlMeeting *self,
                                             const char *date);
void                 pl_meeting_set_start   (PlMeeting *self,
                                             const char *start);
void                 pl_meeting_set_end     (PlMeeting *self,
                                             const char *end);
void                 pl_meeting_set_body    (PlMeeting *self,
                                             PlMeetingBody body);
void                 pl_meeting_set_title   (PlMeeting *self,
                                             const char *title);
void                 pl_meeting_set_entries (PlMeeting *self,
                                             JsonNode *entries);
JsonNode *          pl_meeting_get_present (PlMeeting *self);
void                 pl_meeting_set_present (PlMeeting *self,
                                             JsonNode *present);
PlMeetingStatus      pl_meeting_get_status    (PlMeeting *self);
const char *        pl_meeting_get_opened_at (PlMeeting *self);
const char *        pl_meeting_get_closed_at (PlMeeting *self);
const char *        pl_meeting_get_presiding (PlMeeting *self);
JsonNode *          pl_meeting_get_taken_up  (PlMeeting *self);
void                 pl_meeting_set_status    (PlMeeting *self,
                                               PlMeetingStatus status);
void                 pl_meeting_set_opened_at (PlMeeting *self,
                                               const char *opened_at);
void                 pl_meeting_set_closed_at (PlMeeting *self,
                                               const char *closed_at);
void                 pl_meeting_set_presiding (PlMeeting *self,
                                               const char *presiding);
void                 pl_meeting_set_taken_up  (PlMeeting *self,
                                               JsonNode *taken_up);

G_END_DECLS
