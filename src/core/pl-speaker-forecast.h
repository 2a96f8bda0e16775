/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_FORECAST (pl_speaker_forecast_get_type ())

/**
 * PlSpeakerForecast:
 * @position: 1 for the speaker speaking now or first to speak; counts the
 *   list's `speaking` and `listed` speakers only, in the list's order; 0
 *   when the speaker is neither (spoken, withdrawn, or not on a list)
 * @ahead: the speakers before, @position - 1 (0 when @position is 0)
 * @expected_at: (nullable): when the statement is expected to start, in
 *   the session's time zone; %NULL when it cannot be estimated (no time
 *   limit, or it falls after the last meeting that takes up the item)
 * @meeting: (nullable): the `_id` of the meeting it falls in, if known
 *
 * When a speaker will speak (issue 18, "My Requests" and the notices).
 */
typedef struct
{
  int        position;
  int        ahead;
  GDateTime *expected_at;
  char      *meeting;
} PlSpeakerForecast;

GType              pl_speaker_forecast_get_type (void) G_GNUC_CONST;
PlSpeakerForecast *pl_speaker_forecast_for      (PlSession         *session,
                                                 PlSpeaker         *speaker,
                                                 GDateTime         *now);
PlSpeakerForecast *pl_speaker_forecast_copy     (PlSpeakerForecast *forecast);
void               pl_speaker_forecast_free     (PlSpeakerForecast *forecast);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlSpeakerForecast, pl_speaker_forecast_free)

G_END_DECLS
