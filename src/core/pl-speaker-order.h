/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-session.h"
#include "pl-speaker-entry.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_ORDER (pl_speaker_order_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerOrder, pl_speaker_order, PL, SPEAKER_ORDER, GObject)

/**
 * PlSpeakerProjection:
 * @meetings: (element-type PlMeeting): the meetings that serve the list's
 *   item, in time order
 * @capacity_s: the seconds each of them gives the item, in the same order
 * @offset_s: the seconds into each of them at which the item comes up,
 *   after the items before it, in the same order
 * @total_s: the sum of @capacity_s
 *
 * How much time the organization of work gives a list.
 */
typedef struct
{
  GPtrArray *meetings;
  GArray    *capacity_s;
  GArray    *offset_s;
  gint64     total_s;
} PlSpeakerProjection;

GTimeZone          *pl_speaker_order_dup_time_zone     (PlSession      *session);
GDateTime          *pl_speaker_order_parse_date_time   (PlSession      *session,
                                                        const char     *text);
GPtrArray          *pl_speaker_list_arrange            (PlSession      *session,
                                                        PlSpeakerList  *list,
                                                        PlSpeakerProjection **projection);
void                pl_speaker_projection_free         (PlSpeakerProjection *projection);

PlSpeakerOrder     *pl_speaker_order_new               (PlSession      *session,
                                                        PlSpeakerList  *list);
PlSpeakerList      *pl_speaker_order_get_list          (PlSpeakerOrder *self);
PlSpeakerEntry     *pl_speaker_order_find              (PlSpeakerOrder *self,
                                                        PlSpeaker      *speaker);
guint               pl_speaker_order_get_n_overflow    (PlSpeakerOrder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlSpeakerProjection, pl_speaker_projection_free)

G_END_DECLS
