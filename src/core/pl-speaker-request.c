/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-speaker-request.h"

/**
 * PlSpeakerRequest:
 *
 * A delegate's request to speak, for the secretariat to place. Its stored fields are those of the `speaker_request` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlSpeakerRequest
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlSpeakerRequest, pl_speaker_request, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LIST,
  PROP_DELEGATION,
  PROP_PERSON,
  PROP_RANK,
  PROP_ON_BEHALF_OF,
  PROP_REQUESTED_AT,
  PROP_REQUESTED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_speaker_request_class_init (PlSpeakerRequestClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the list's _id */
  properties[PROP_LIST] = g_param_spec_string ("list", NULL, NULL, NULL, FLAGS);
  /* the delegation's _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the speaker's name */
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
  /* the speaker's rank; unknown until someone states it (issue 16) */
  properties[PROP_RANK] = g_param_spec_enum ("rank", NULL, NULL, PL_TYPE_RANK, PL_RANK_UNKNOWN, FLAGS);
  /* the State or group spoken for */
  properties[PROP_ON_BEHALF_OF] = g_param_spec_string ("on-behalf-of", NULL, NULL, NULL, FLAGS);
  /* when the request was made, ISO date-time */
  properties[PROP_REQUESTED_AT] = g_param_spec_string ("requested-at", NULL, NULL, NULL, FLAGS);
  /* the user who made it */
  properties[PROP_REQUESTED_BY] = g_param_spec_string ("requested-by", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "speaker_request", properties, N_PROPS);
}

static void
pl_speaker_request_init (PlSpeakerRequest *self)
{
}

PlSpeakerRequest *
pl_speaker_request_new (const char *id)
{
  return g_object_new (PL_TYPE_SPEAKER_REQUEST, "id", id, NULL);
}

const char *
pl_speaker_request_get_list (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_LIST);
}

const char *
pl_speaker_request_get_delegation (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

const char *
pl_speaker_request_get_person (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_PERSON);
}

PlRank
pl_speaker_request_get_rank (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return (PlRank) pl_record_get_enum (PL_RECORD (self), PROP_RANK);
}

const char *
pl_speaker_request_get_on_behalf_of (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ON_BEHALF_OF);
}

const char *
pl_speaker_request_get_requested_at (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_AT);
}

const char *
pl_speaker_request_get_requested_by (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_BY);
}

void
pl_speaker_request_set_list (PlSpeakerRequest *self,
                             const char *list)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_LIST, list);
}

void
pl_speaker_request_set_delegation (PlSpeakerRequest *self,
                                   const char *delegation)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_speaker_request_set_person (PlSpeakerRequest *self,
                               const char *person)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_PERSON, person);
}

void
pl_speaker_request_set_rank (PlSpeakerRequest *self,
                             PlRank rank)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_enum (PL_RECORD (self), PROP_RANK, rank);
}

void
pl_speaker_request_set_on_behalf_of (PlSpeakerRequest *self,
                                     const char *on_behalf_of)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_ON_BEHALF_OF, on_behalf_of);
}

void
pl_speaker_request_set_requested_at (PlSpeakerRequest *self,
                                     const char *requested_at)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_AT, requested_at);
}

void
pl_speaker_request_set_requested_by (PlSpeakerRequest *self,
                                     const char *requested_by)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_BY, requested_by);
}
