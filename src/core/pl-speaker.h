/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER (pl_speaker_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeaker, pl_speaker, PL, SPEAKER, PlRecord)

PlSpeaker *         pl_speaker_new              (const char *id);
const char *        pl_speaker_get_list         (PlSpeaker *self);
const char *        pl_speaker_get_delegation   (PlSpeaker *self);
const char *        pl_speaker_get_person       (PlSpeaker *self);
PlRank               pl_speaker_get_rank         (PlSpeaker *self);
const char *        pl_speaker_get_on_behalf_of (PlSpeaker *self);
const char *        pl_speaker_get_requested_at (PlSpeaker *self);
PlSpeakerMode        pl_speaker_get_mode         (PlSpeaker *self);
PlSpeakerStatus      pl_speaker_get_status       (PlSpeaker *self);
int                  pl_speaker_get_duration_s   (PlSpeaker *self);
int                  pl_speaker_get_manual_position (PlSpeaker *self);
const char *        pl_speaker_get_manual_note  (PlSpeaker *self);
void                 pl_speaker_set_list         (PlSpeaker *self,
                                                  const char *list);
void                 pl_speaker_set_delegation   (PlSpeaker *self,
                                                  const char *delegation);
void                 pl_speaker_set_person       (PlSpeaker *self,
                                                  const char *person);
void                 pl_speaker_set_rank         (PlSpeaker *self,
                                                  PlRank rank);
void                 pl_speaker_set_on_behalf_of (PlSpeaker *self,
                                                  const char *on_behalf_of);
void                 pl_speaker_set_requested_at (PlSpeaker *self,
                                                  const char *requested_at);
void                 pl_speaker_set_mode         (PlSpeaker *self,
                                                  PlSpeakerMode mode);
void                 pl_speaker_set_status       (PlSpeaker *self,
                                                  PlSpeakerStatus status);
void                 pl_speaker_set_duration_s   (PlSpeaker *self,
                                                  int duration_s);
void                 pl_speaker_set_manual_position (PlSpeaker *self,
                                                     int manual_position);
void                 pl_speaker_set_manual_note  (PlSpeaker *self,
                                                  const char *manual_note);
const char *        pl_speaker_get_spoke_at     (PlSpeaker *self);
void                 pl_speaker_set_spoke_at     (PlSpeaker *self,
                                                  const char *spoke_at);

G_END_DECLS
