/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-speaker-order.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_TIMER (pl_speaker_timer_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerTimer, pl_speaker_timer, PL, SPEAKER_TIMER, GObject)

/**
 * PlClockFunc:
 *
 * Returns: a monotonic time in microseconds, as g_get_monotonic_time()
 */
typedef gint64 (*PlClockFunc) (gpointer user_data);

PlSpeakerTimer *pl_speaker_timer_new            (PlSpeakerOrder *order);
void            pl_speaker_timer_set_clock      (PlSpeakerTimer *self,
                                                 PlClockFunc     clock_func,
                                                 gpointer        user_data);
void            pl_speaker_timer_set_wall_clock (PlSpeakerTimer *self,
                                                 PlClockFunc     clock_func,
                                                 gpointer        user_data);
PlSpeakerEntry *pl_speaker_timer_get_current    (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_get_running    (PlSpeakerTimer *self);
int             pl_speaker_timer_get_limit_s    (PlSpeakerTimer *self);
int             pl_speaker_timer_get_elapsed_s  (PlSpeakerTimer *self);
int             pl_speaker_timer_get_remaining_s (PlSpeakerTimer *self);
int             pl_speaker_timer_get_warning_s  (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_get_warning    (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_get_overtime   (PlSpeakerTimer *self);
void            pl_speaker_timer_set_warning_s  (PlSpeakerTimer *self,
                                                 int             warning_s);

void            pl_speaker_timer_update         (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_start          (PlSpeakerTimer *self);
void            pl_speaker_timer_pause          (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_mark_spoken    (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_mark_withdrawn (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_next           (PlSpeakerTimer *self);
gboolean        pl_speaker_timer_previous       (PlSpeakerTimer *self);

G_END_DECLS
