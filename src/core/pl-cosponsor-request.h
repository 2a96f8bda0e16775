/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_COSPONSOR_REQUEST (pl_cosponsor_request_get_type ())

G_DECLARE_FINAL_TYPE (PlCosponsorRequest, pl_cosponsor_request, PL, COSPONSOR_REQUEST, PlRecord)

PlCosponsorRequest *pl_cosponsor_request_new              (const char *id);
const char *        pl_cosponsor_request_get_proposal     (PlCosponsorRequest *self);
const char *        pl_cosponsor_request_get_delegation   (PlCosponsorRequest *self);
const char *        pl_cosponsor_request_get_requested_at (PlCosponsorRequest *self);
const char *        pl_cosponsor_request_get_requested_by (PlCosponsorRequest *self);
PlSpeakerRequestStatus pl_cosponsor_request_get_status       (PlCosponsorRequest *self);
const char *        pl_cosponsor_request_get_reason       (PlCosponsorRequest *self);
void                pl_cosponsor_request_set_proposal     (PlCosponsorRequest *self,
                                                           const char *proposal);
void                pl_cosponsor_request_set_delegation   (PlCosponsorRequest *self,
                                                           const char *delegation);
void                pl_cosponsor_request_set_requested_at (PlCosponsorRequest *self,
                                                           const char *requested_at);
void                pl_cosponsor_request_set_requested_by (PlCosponsorRequest *self,
                                                           const char *requested_by);
void                pl_cosponsor_request_set_status       (PlCosponsorRequest *self,
                                                           PlSpeakerRequestStatus status);
void                pl_cosponsor_request_set_reason       (PlCosponsorRequest *self,
                                                           const char *reason);

G_END_DECLS
