/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-speaker-entry.h"

/**
 * PlSpeakerEntry:
 *
 * A speaker's place in a list as derived from the list's rules: the number
 * in the order, where the rules alone would have put them (so a view can
 * say where and why a placement by hand differs), their priority tier, the
 * time limit that applies, whether the request came after the list closed,
 * and the meeting they are expected to speak in. Immutable: computed by
 * pl_speaker_list_arrange().
 */
struct _PlSpeakerEntry
{
  GObject            parent_instance;
  PlSpeakerEntryData data;
};

G_DEFINE_FINAL_TYPE (PlSpeakerEntry, pl_speaker_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SPEAKER,
  PROP_NUMBER,
  PROP_DERIVED_NUMBER,
  PROP_MANUAL,
  PROP_DEVIATION,
  PROP_LIMIT_S,
  PROP_CLOSED,
  PROP_MEETING,
  PROP_OVERFLOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_speaker_entry_finalize (GObject *object)
{
  PlSpeakerEntry *self = PL_SPEAKER_ENTRY (object);

  g_clear_object (&self->data.speaker);
  g_clear_object (&self->data.meeting);
  g_free (self->data.deviation);
  g_clear_pointer (&self->data.requested_at, g_date_time_unref);
  g_clear_pointer (&self->data.estimated_start, g_date_time_unref);

  G_OBJECT_CLASS (pl_speaker_entry_parent_class)->finalize (object);
}

static void
pl_speaker_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlSpeakerEntry *self = PL_SPEAKER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      g_value_set_object (value, self->data.speaker);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->data.number);
      break;
    case PROP_DERIVED_NUMBER:
      g_value_set_uint (value, self->data.derived_number);
      break;
    case PROP_MANUAL:
      g_value_set_boolean (value, self->data.manual);
      break;
    case PROP_DEVIATION:
      g_value_set_string (value, self->data.deviation);
      break;
    case PROP_LIMIT_S:
      g_value_set_int (value, self->data.limit_s);
      break;
    case PROP_CLOSED:
      g_value_set_boolean (value, self->data.closed);
      break;
    case PROP_MEETING:
      g_value_set_object (value, self->data.meeting);
      break;
    case PROP_OVERFLOW:
      g_value_set_boolean (value, self->data.overflow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_speaker_entry_class_init (PlSpeakerEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_speaker_entry_finalize;
  object_class->get_property = pl_speaker_entry_get_property;

#define FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_SPEAKER] = g_param_spec_object ("speaker", NULL, NULL, PL_TYPE_SPEAKER, FLAGS);
  /* the place in the list, from 1; 0 for a withdrawn speaker */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  /* the place the rules alone would give */
  properties[PROP_DERIVED_NUMBER] = g_param_spec_uint ("derived-number", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
  properties[PROP_MANUAL] = g_param_spec_boolean ("manual", NULL, NULL, FALSE, FLAGS);
  /* "Placed by hand at 2 (by the rules: 5): …", or NULL */
  properties[PROP_DEVIATION] = g_param_spec_string ("deviation", NULL, NULL, NULL, FLAGS);
  properties[PROP_LIMIT_S] = g_param_spec_int ("limit-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_CLOSED] = g_param_spec_boolean ("closed", NULL, NULL, FALSE, FLAGS);
  properties[PROP_MEETING] = g_param_spec_object ("meeting", NULL, NULL, PL_TYPE_MEETING, FLAGS);
  properties[PROP_OVERFLOW] = g_param_spec_boolean ("overflow", NULL, NULL, FALSE, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_speaker_entry_init (PlSpeakerEntry *self)
{
}

PlSpeakerEntry *
_pl_speaker_entry_new (PlSpeaker *speaker)
{
  PlSpeakerEntry *self = g_object_new (PL_TYPE_SPEAKER_ENTRY, NULL);

  self->data.speaker = g_object_ref (speaker);
  return self;
}

PlSpeakerEntryData *
_pl_speaker_entry_data (PlSpeakerEntry *self)
{
  return &self->data;
}

/**
 * pl_speaker_entry_get_speaker:
 *
 * Returns: (transfer none): the speaker record
 */
PlSpeaker *
pl_speaker_entry_get_speaker (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), NULL);
  return self->data.speaker;
}

guint
pl_speaker_entry_get_number (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), 0);
  return self->data.number;
}

guint
pl_speaker_entry_get_derived_number (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), 0);
  return self->data.derived_number;
}

gboolean
pl_speaker_entry_get_manual (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), FALSE);
  return self->data.manual;
}

const char *
pl_speaker_entry_get_deviation (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), NULL);
  return self->data.deviation;
}

PlSpeakerTier
pl_speaker_entry_get_tier (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), PL_SPEAKER_TIER_OTHER);
  return self->data.tier;
}

gboolean
pl_speaker_entry_get_observer (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), FALSE);
  return self->data.observer;
}

gboolean
pl_speaker_entry_get_group_statement (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), FALSE);
  return self->data.group_statement;
}

int
pl_speaker_entry_get_limit_s (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), 0);
  return self->data.limit_s;
}

/**
 * pl_speaker_entry_get_requested_at:
 *
 * Returns: (transfer none) (nullable): the time of request, in the
 *   session's time zone
 */
GDateTime *
pl_speaker_entry_get_requested_at (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), NULL);
  return self->data.requested_at;
}

gboolean
pl_speaker_entry_get_closed (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), FALSE);
  return self->data.closed;
}

/**
 * pl_speaker_entry_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting the speaker is expected
 *   in, %NULL when the list outgrows its meetings
 */
PlMeeting *
pl_speaker_entry_get_meeting (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), NULL);
  return self->data.meeting;
}

/**
 * pl_speaker_entry_get_estimated_start:
 *
 * Returns: (transfer none) (nullable): when the statement is expected to
 *   start, if every earlier statement takes its full time
 */
GDateTime *
pl_speaker_entry_get_estimated_start (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), NULL);
  return self->data.estimated_start;
}

gboolean
pl_speaker_entry_get_overflow (PlSpeakerEntry *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (self), FALSE);
  return self->data.overflow;
}

static gboolean
date_time_equal0 (GDateTime *a,
                  GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

/**
 * pl_speaker_entry_equal:
 *
 * Returns: whether @a and @b show the same thing, so a model can keep the
 *   old entry and spare its row a rebind
 */
gboolean
pl_speaker_entry_equal (PlSpeakerEntry *a,
                        PlSpeakerEntry *b)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ENTRY (a) && PL_IS_SPEAKER_ENTRY (b), FALSE);

  return a->data.speaker == b->data.speaker
         && a->data.number == b->data.number
         && a->data.derived_number == b->data.derived_number
         && a->data.manual == b->data.manual
         && g_strcmp0 (a->data.deviation, b->data.deviation) == 0
         && a->data.tier == b->data.tier
         && a->data.observer == b->data.observer
         && a->data.group_statement == b->data.group_statement
         && a->data.limit_s == b->data.limit_s
         && date_time_equal0 (a->data.requested_at, b->data.requested_at)
         && a->data.closed == b->data.closed
         && a->data.meeting == b->data.meeting
         && date_time_equal0 (a->data.estimated_start, b->data.estimated_start)
         && a->data.overflow == b->data.overflow;
}
