/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-speaker-timer.h"

G_BEGIN_DECLS

#define PL_TYPE_ROOM_DISPLAY (pl_room_display_get_type ())

G_DECLARE_FINAL_TYPE (PlRoomDisplay, pl_room_display, PL, ROOM_DISPLAY, AdwWindow)

GtkWidget *pl_room_display_new          (PlSession      *session,
                                         PlSpeakerList  *list,
                                         PlSpeakerOrder *order,
                                         PlSpeakerTimer *timer);
void       pl_room_display_show_on      (PlRoomDisplay  *self,
                                         GdkMonitor     *monitor);
GdkMonitor *pl_room_display_pick_monitor (GtkWindow     *operator_window);

G_END_DECLS
