/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-speaker-timer.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKERS_LIVE (pl_speakers_live_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakersLive, pl_speakers_live, PL, SPEAKERS_LIVE, AdwWindow)

GtkWidget      *pl_speakers_live_new       (GtkWindow     *parent,
                                            PlSession     *session,
                                            PlSpeakerList *list);
PlSpeakerTimer *pl_speakers_live_get_timer (PlSpeakersLive *self);
PlSpeakerList  *pl_speakers_live_get_list  (PlSpeakersLive *self);

G_END_DECLS
