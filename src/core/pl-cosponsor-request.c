/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-cosponsor-request.h"

/**
 * PlCosponsorRequest:
 *
 * A delegate's request that their State join a proposal as a co-sponsor,
 * for staff to accept or decline (like #PlSpeakerRequest). Its stored
 * fields are those of the `cosponsor_request` record of the document
 * format; their values live in #PlRecord.
 */
struct _PlCosponsorRequest
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlCosponsorRequest, pl_cosponsor_request, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PROPOSAL,
  PROP_DELEGATION,
  PROP_REQUESTED_AT,
  PROP_REQUESTED_BY,
  PROP_STATUS,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_cosponsor_request_class_init (PlCosponsorRequestClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the proposal's _id */
  properties[PROP_PROPOSAL] = g_param_spec_string ("proposal", NULL, NULL, NULL, FLAGS);
  /* the delegation's _id: the delegate's own (the server refuses another) */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* when the request was made, ISO date-time */
  properties[PROP_REQUESTED_AT] = g_param_spec_string ("requested-at", NULL, NULL, NULL, FLAGS);
  /* the user who made it */
  properties[PROP_REQUESTED_BY] = g_param_spec_string ("requested-by", NULL, NULL, NULL, FLAGS);
  /* pending, accepted or declined; set by staff only */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_SPEAKER_REQUEST_STATUS, PL_SPEAKER_REQUEST_PENDING, FLAGS);
  /* why staff declined it, shown to the delegate */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "cosponsor_request", properties, N_PROPS);
}

static void
pl_cosponsor_request_init (PlCosponsorRequest *self)
{
}

PlCosponsorRequest *
pl_cosponsor_request_new (const char *id)
{
  return g_object_new (PL_TYPE_COSPONSOR_REQUEST, "id", id, NULL);
}

const char *
pl_cosponsor_request_get_proposal (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PROPOSAL);
}

void
pl_cosponsor_request_set_proposal (PlCosponsorRequest *self,
                                   const char *proposal)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_PROPOSAL, proposal);
}

const char *
pl_cosponsor_request_get_delegation (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

void
pl_cosponsor_request_set_delegation (PlCosponsorRequest *self,
                                     const char *delegation)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

const char *
pl_cosponsor_request_get_requested_at (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_AT);
}

void
pl_cosponsor_request_set_requested_at (PlCosponsorRequest *self,
                                       const char *requested_at)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_AT, requested_at);
}

const char *
pl_cosponsor_request_get_requested_by (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_BY);
}

void
pl_cosponsor_request_set_requested_by (PlCosponsorRequest *self,
                                       const char *requested_by)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_BY, requested_by);
}

PlSpeakerRequestStatus
pl_cosponsor_request_get_status (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), PL_SPEAKER_REQUEST_PENDING);

  return (PlSpeakerRequestStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

void
pl_cosponsor_request_set_status (PlCosponsorRequest *self,
                                 PlSpeakerRequestStatus status)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

const char *
pl_cosponsor_request_get_reason (PlCosponsorRequest *self)
{
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REASON);
}

void
pl_cosponsor_request_set_reason (PlCosponsorRequest *self,
                                 const char *reason)
{
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REASON, reason);
}
