/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_REQUEST (pl_speaker_request_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerRequest, pl_speaker_request, PL, SPEAKER_REQUEST, PlRecord)

/* As pl-history.h: the session's header includes this one. */
typedef struct _PlSession PlSession;

#define PL_SPEAKER_REQUEST_ERROR (pl_speaker_request_error_quark ())

/**
 * PlSpeakerRequestError:
 * @PL_SPEAKER_REQUEST_ERROR_NO_LIST: the request's list of speakers is not
 *   in the session (deleted, or never synced)
 * @PL_SPEAKER_REQUEST_ERROR_NO_DELEGATION: the request's delegation is not
 *   in the session
 * @PL_SPEAKER_REQUEST_ERROR_ANSWERED: the request was already accepted
 *
 * Why a request to speak could not be accepted.
 */
typedef enum {
  PL_SPEAKER_REQUEST_ERROR_NO_LIST,
  PL_SPEAKER_REQUEST_ERROR_NO_DELEGATION,
  PL_SPEAKER_REQUEST_ERROR_ANSWERED,
} PlSpeakerRequestError;

GQuark              pl_speaker_request_error_quark      (void);

PlSpeakerRequest *  pl_speaker_request_new              (const char *id);
const char *        pl_speaker_request_get_list         (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_delegation   (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_person       (PlSpeakerRequest *self);
PlRank               pl_speaker_request_get_rank         (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_on_behalf_of (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_requested_at (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_requested_by (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_member       (PlSpeakerRequest *self);
PlSpeakerRequestStatus pl_speaker_request_get_status    (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_reason       (PlSpeakerRequest *self);
const char *        pl_speaker_request_get_speaker      (PlSpeakerRequest *self);
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
void                 pl_speaker_request_set_member       (PlSpeakerRequest *self,
                                                          const char *member);
void                 pl_speaker_request_set_status       (PlSpeakerRequest *self,
                                                          PlSpeakerRequestStatus status);
void                 pl_speaker_request_set_reason       (PlSpeakerRequest *self,
                                                          const char *reason);
void                 pl_speaker_request_set_speaker      (PlSpeakerRequest *self,
                                                          const char *speaker);

gboolean             pl_speaker_request_accept           (PlSession        *session,
                                                          PlSpeakerRequest *request,
                                                          char            **speaker_id,
                                                          GError          **error);
void                 pl_speaker_request_decline          (PlSession        *session,
                                                          PlSpeakerRequest *request,
                                                          const char       *reason);

G_END_DECLS
