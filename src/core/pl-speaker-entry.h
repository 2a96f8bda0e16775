/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pl-meeting.h"
#include "pl-speaker.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_ENTRY (pl_speaker_entry_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerEntry, pl_speaker_entry, PL, SPEAKER_ENTRY, GObject)

/**
 * PlSpeakerTier:
 * @PL_SPEAKER_TIER_HEAD: Heads of State or Government and Vice-Presidents
 * @PL_SPEAKER_TIER_MINISTER: ministers and other cabinet-level ranks
 * @PL_SPEAKER_TIER_OTHER: everyone else
 *
 * The priority tiers of a list of speakers (seed, item 1 (f): "priority
 * for representatives of cabinet-level ministerial rank and higher").
 */
typedef enum {
  PL_SPEAKER_TIER_HEAD,
  PL_SPEAKER_TIER_MINISTER,
  PL_SPEAKER_TIER_OTHER,
} PlSpeakerTier;

PlSpeaker      *pl_speaker_entry_get_speaker          (PlSpeakerEntry *self);
guint           pl_speaker_entry_get_number           (PlSpeakerEntry *self);
guint           pl_speaker_entry_get_derived_number   (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_get_manual           (PlSpeakerEntry *self);
const char     *pl_speaker_entry_get_deviation        (PlSpeakerEntry *self);
PlSpeakerTier   pl_speaker_entry_get_tier             (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_get_observer         (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_get_group_statement  (PlSpeakerEntry *self);
int             pl_speaker_entry_get_limit_s          (PlSpeakerEntry *self);
GDateTime      *pl_speaker_entry_get_requested_at     (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_get_closed           (PlSpeakerEntry *self);
PlMeeting      *pl_speaker_entry_get_meeting          (PlSpeakerEntry *self);
GDateTime      *pl_speaker_entry_get_estimated_start  (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_get_overflow         (PlSpeakerEntry *self);
gboolean        pl_speaker_entry_equal                (PlSpeakerEntry *a,
                                                       PlSpeakerEntry *b);

/* For pl-speaker-order.c, which computes entries. */
typedef struct
{
  PlSpeaker     *speaker;
  guint          number;
  guint          derived_number;
  gboolean       manual;
  char          *deviation;
  PlSpeakerTier  tier;
  gboolean       observer;
  gboolean       group_statement;
  int            limit_s;
  GDateTime     *requested_at;
  gboolean       closed;
  PlMeeting     *meeting;
  GDateTime     *estimated_start;
  gboolean       overflow;
} PlSpeakerEntryData;

PlSpeakerEntry *_pl_speaker_entry_new                 (PlSpeaker      *speaker);
PlSpeakerEntryData *_pl_speaker_entry_data            (PlSpeakerEntry *self);

G_END_DECLS
