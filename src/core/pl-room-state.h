/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_ROOM_STATE (pl_room_state_get_type ())

G_DECLARE_FINAL_TYPE (PlRoomState, pl_room_state, PL, ROOM_STATE, PlRecord)

PlRoomState *       pl_room_state_new              (const char  *id);
PlRoomState *       pl_room_state_new_for_body     (PlMeetingBody body);
char *              pl_room_state_id_for_body      (PlMeetingBody body);
const char *        pl_room_state_get_meeting      (PlRoomState *self);
const char *        pl_room_state_get_item         (PlRoomState *self);
const char *        pl_room_state_get_list         (PlRoomState *self);
const char *        pl_room_state_get_speaker      (PlRoomState *self);
const char *        pl_room_state_get_started_at   (PlRoomState *self);
const char *        pl_room_state_get_paused_at    (PlRoomState *self);
int                  pl_room_state_get_paused_s     (PlRoomState *self);
gboolean             pl_room_state_get_running      (PlRoomState *self);
int                  pl_room_state_get_time_limit_s (PlRoomState *self);
void                 pl_room_state_set_meeting      (PlRoomState *self,
                                                     const char  *meeting);
void                 pl_room_state_set_item         (PlRoomState *self,
                                                     const char  *item);
void                 pl_room_state_set_list         (PlRoomState *self,
                                                     const char  *list);
void                 pl_room_state_set_speaker      (PlRoomState *self,
                                                     const char  *speaker);
void                 pl_room_state_set_started_at   (PlRoomState *self,
                                                     const char  *started_at);
void                 pl_room_state_set_paused_at    (PlRoomState *self,
                                                     const char  *paused_at);
void                 pl_room_state_set_paused_s     (PlRoomState *self,
                                                     int          paused_s);
void                 pl_room_state_set_running      (PlRoomState *self,
                                                     gboolean     running);
void                 pl_room_state_set_time_limit_s (PlRoomState *self,
                                                     int          time_limit_s);

gint64               pl_room_state_elapsed_s        (PlRoomState *self,
                                                     GDateTime   *now);

G_END_DECLS
