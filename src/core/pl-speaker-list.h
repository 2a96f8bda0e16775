/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_LIST (pl_speaker_list_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerList, pl_speaker_list, PL, SPEAKER_LIST, PlRecord)

PlSpeakerList *     pl_speaker_list_new                    (const char *id);
const char *        pl_speaker_list_get_title              (PlSpeakerList *self);
const char *        pl_speaker_list_get_item               (PlSpeakerList *self);
const char *        pl_speaker_list_get_opens              (PlSpeakerList *self);
const char *        pl_speaker_list_get_closes             (PlSpeakerList *self);
int                  pl_speaker_list_get_time_limit_s       (PlSpeakerList *self);
int                  pl_speaker_list_get_group_time_limit_s (PlSpeakerList *self);
const char *        pl_speaker_list_get_position           (PlSpeakerList *self);
void                 pl_speaker_list_set_title              (PlSpeakerList *self,
                                                             const char *title);
void                 pl_speaker_list_set_item               (PlSpeakerList *self,
                                                             const char *item);
void                 pl_speaker_list_set_opens              (PlSpeakerList *self,
                                                             const char *opens);
void                 pl_speaker_list_set_closes             (PlSpeakerList *self,
                                                             const char *closes);
void                 pl_speaker_list_set_time_limit_s       (PlSpeakerList *self,
                                                             int time_limit_s);
void                 pl_speaker_list_set_group_time_limit_s (PlSpeakerList *self,
                                                             int group_time_limit_s);
void                 pl_speaker_list_set_position           (PlSpeakerList *self,
                                                             const char *position);

G_END_DECLS
