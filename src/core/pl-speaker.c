/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-speaker.h"

/**
 * PlSpeaker:
 *
 * An entry on a list of speakers. Its stored fields are those of the `speaker` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlSpeaker
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlSpeaker, pl_speaker, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LIST,
  PROP_DELEGATION,
  PROP_PERSON,
  PROP_RANK,
  PROP_ON_BEHALF_OF,
  PROP_REQUESTED_AT,
  PROP_MODE,
  PROP_STATUS,
  PROP_DURATION_S,
  PROP_MANUAL_POSITION,
  PROP_MANUAL_NOTE,
  PROP_SPOKE_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_speaker_class_init (PlSpeakerClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the list's _id */
  properties[PROP_LIST] = g_param_spec_string ("list", NULL, NULL, NULL, FLAGS);
  /* the delegation's _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the speaker's name */
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
  /* the speaker's rank; unknown until someone states it, so that a speaker
   * recorded without one is never taken for a Head of State (issue 16) */
  properties[PROP_RANK] = g_param_spec_enum ("rank", NULL, NULL, PL_TYPE_RANK, PL_RANK_UNKNOWN, FLAGS);
  /* the State or group spoken for */
  properties[PROP_ON_BEHALF_OF] = g_param_spec_string ("on-behalf-of", NULL, NULL, NULL, FLAGS);
  /* when the request came, ISO date-time */
  properties[PROP_REQUESTED_AT] = g_param_spec_string ("requested-at", NULL, NULL, NULL, FLAGS);
  /* podium, floor or remote */
  properties[PROP_MODE] = g_param_spec_enum ("mode", NULL, NULL, PL_TYPE_SPEAKER_MODE, 0, FLAGS);
  /* listed, speaking, spoken or withdrawn */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_SPEAKER_STATUS, 0, FLAGS);
  /* the time actually used, in seconds */
  properties[PROP_DURATION_S] = g_param_spec_int ("duration-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* where the secretariat placed the speaker by hand, 1-based; 0 to follow
   * the derived order (seed, item 1 (f): the list is kept by the secretariat) */
  properties[PROP_MANUAL_POSITION] = g_param_spec_int ("manual-position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* why it was placed by hand */
  properties[PROP_MANUAL_NOTE] = g_param_spec_string ("manual-note", NULL, NULL, NULL, FLAGS);
  /* when the statement ended and the speaker was marked spoken, ISO 8601
   * date-time with offset (issue 20): it places the statement in the
   * meeting it was made in (pl_meetings_of_statement()) */
  properties[PROP_SPOKE_AT] = g_param_spec_string ("spoke-at", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "speaker", properties, N_PROPS);
}

static void
pl_speaker_init (PlSpeaker *self)
{
}

PlSpeaker *
pl_speaker_new (const char *id)
{
  return g_object_new (PL_TYPE_SPEAKER, "id", id, NULL);
}

const char *
pl_speaker_get_list (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_LIST);
}

const char *
pl_speaker_get_delegation (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

const char *
pl_speaker_get_person (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_PERSON);
}

PlRank
pl_speaker_get_rank (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return (PlRank) pl_record_get_enum (PL_RECORD (self), PROP_RANK);
}

const char *
pl_speaker_get_on_behalf_of (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ON_BEHALF_OF);
}

const char *
pl_speaker_get_requested_at (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_AT);
}

PlSpeakerMode
pl_speaker_get_mode (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return (PlSpeakerMode) pl_record_get_enum (PL_RECORD (self), PROP_MODE);
}

PlSpeakerStatus
pl_speaker_get_status (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return (PlSpeakerStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

int
pl_speaker_get_duration_s (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_DURATION_S);
}

void
pl_speaker_set_list (PlSpeaker *self,
                     const char *list)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_LIST, list);
}

void
pl_speaker_set_delegation (PlSpeaker *self,
                           const char *delegation)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_speaker_set_person (PlSpeaker *self,
                       const char *person)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_PERSON, person);
}

void
pl_speaker_set_rank (PlSpeaker *self,
                     PlRank rank)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_RANK, rank);
}

void
pl_speaker_set_on_behalf_of (PlSpeaker *self,
                             const char *on_behalf_of)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_ON_BEHALF_OF, on_behalf_of);
}

void
pl_speaker_set_requested_at (PlSpeaker *self,
                             const char *requested_at)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_AT, requested_at);
}

void
pl_speaker_set_mode (PlSpeaker *self,
                     PlSpeakerMode mode)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_MODE, mode);
}

void
pl_speaker_set_status (PlSpeaker *self,
                       PlSpeakerStatus status)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

void
pl_speaker_set_duration_s (PlSpeaker *self,
                           int duration_s)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_int (PL_RECORD (self), PROP_DURATION_S, duration_s);
}

int
pl_speaker_get_manual_position (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_MANUAL_POSITION);
}

const char *
pl_speaker_get_manual_note (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_MANUAL_NOTE);
}

void
pl_speaker_set_manual_position (PlSpeaker *self,
                                int        manual_position)
{
  g_return_if_fail (PL_IS_SPEAKER (self));
  g_return_if_fail (manual_position >= 0);

  pl_record_set_int (PL_RECORD (self), PROP_MANUAL_POSITION, manual_position);
}

void
pl_speaker_set_manual_note (PlSpeaker  *self,
                            const char *manual_note)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_MANUAL_NOTE, manual_note);
}

/**
 * pl_speaker_get_spoke_at:
 *
 * Returns: (nullable): when the speaker was marked spoken, an ISO 8601
 *   date-time
 */
const char *
pl_speaker_get_spoke_at (PlSpeaker *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_SPOKE_AT);
}

void
pl_speaker_set_spoke_at (PlSpeaker  *self,
                         const char *spoke_at)
{
  g_return_if_fail (PL_IS_SPEAKER (self));

  pl_record_set_string (PL_RECORD (self), PROP_SPOKE_AT, spoke_at);
}
