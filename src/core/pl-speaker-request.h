/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_REQUEST (pl_speaker_request_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerRequest, pl_speaker_request, PL, SPEAKER_REQUEST, PlRecord)

PlSpeakerRequest *  pl_speaker_request_new              (const char *id);
const char *        pl_speaker_request_get_list         (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_delegation   (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_person       (PlSpeakerRequest *self);
PlRank               pl_speaker_request_get_rank         (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_on_behalf_of (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_requested_at (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_requested_by (PlSpeakerRequest *self);
void                 pl_speaker_request_set_list         (PlSpeakerRequest *self,
                                                          const char *list);
void                 pl_speaker_request_set_delegation   (PlSpeakerRequest *self,
                                                          const char *delegation);
void                 pl_speaker_request_set_person       (PlSpeakerRequest *self,
                                                          const char *person);
void                 pl_speaker_request_set_rank         (PlSpeakerRequest *self,
                                                          PlRank rank);
void                 pl_speaker_request_set_on_behalf_of (PlSpeakerRequest *self,
                                                          const char *on_behalf_of);
void                 pl_speaker_request_set_requested_at (PlSpeakerRequest *self,
                                                          const char *requested_at);
void                 pl_speaker_request_set_requested_by (PlSpeakerRequest *self,
                                                          const char *requested_by);

G_END_DECLS
