/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-speaker-list.h"

/**
 * PlSpeakerList:
 *
 * A list of speakers. Its stored fields are those of the `speaker_list` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlSpeakerList
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlSpeakerList, pl_speaker_list, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ITEM,
  PROP_OPENS,
  PROP_CLOSES,
  PROP_TIME_LIMIT_S,
  PROP_GROUP_TIME_LIMIT_S,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_speaker_list_class_init (PlSpeakerListClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the list's title */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* the agenda item it serves, an _id */
  properties[PROP_ITEM] = g_param_spec_string ("item", NULL, NULL, NULL, FLAGS);
  /* when requests open, ISO date-time */
  properties[PROP_OPENS] = g_param_spec_string ("opens", NULL, NULL, NULL, FLAGS);
  /* when requests close, ISO date-time */
  properties[PROP_CLOSES] = g_param_spec_string ("closes", NULL, NULL, NULL, FLAGS);
  /* the time limit per statement, in seconds */
  properties[PROP_TIME_LIMIT_S] = g_param_spec_int ("time-limit-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* the time limit for a statement on behalf of a group, in seconds */
  properties[PROP_GROUP_TIME_LIMIT_S] = g_param_spec_int ("group-time-limit-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* sort key among lists */
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "speaker_list", properties, N_PROPS);
}

static void
pl_speaker_list_init (PlSpeakerList *self)
{
}

PlSpeakerList *
pl_speaker_list_new (const char *id)
{
  return g_object_new (PL_TYPE_SPEAKER_LIST, "id", id, NULL);
}

const char *
pl_speaker_list_get_title (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

const char *
pl_speaker_list_get_item (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ITEM);
}

const char *
pl_speaker_list_get_opens (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_OPENS);
}

const char *
pl_speaker_list_get_closes (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_CLOSES);
}

int
pl_speaker_list_get_time_limit_s (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_TIME_LIMIT_S);
}

int
pl_speaker_list_get_group_time_limit_s (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_GROUP_TIME_LIMIT_S);
}

const char *
pl_speaker_list_get_position (PlSpeakerList *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_POSITION);
}

void
pl_speaker_list_set_title (PlSpeakerList *self,
                           const char *title)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_speaker_list_set_item (PlSpeakerList *self,
                          const char *item)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_string (PL_RECORD (self), PROP_ITEM, item);
}

void
pl_speaker_list_set_opens (PlSpeakerList *self,
                           const char *opens)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_string (PL_RECORD (self), PROP_OPENS, opens);
}

void
pl_speaker_list_set_closes (PlSpeakerList *self,
                            const char *closes)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_string (PL_RECORD (self), PROP_CLOSES, closes);
}

void
pl_speaker_list_set_time_limit_s (PlSpeakerList *self,
                                  int time_limit_s)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_int (PL_RECORD (self), PROP_TIME_LIMIT_S, time_limit_s);
}

void
pl_speaker_list_set_group_time_limit_s (PlSpeakerList *self,
                                        int group_time_limit_s)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_int (PL_RECORD (self), PROP_GROUP_TIME_LIMIT_S, group_time_limit_s);
}

void
pl_speaker_list_set_position (PlSpeakerList *self,
                              const char *position)
{
  g_return_if_fail (PL_IS_SPEAKER_LIST (self));

  pl_record_set_string (PL_RECORD (self), PROP_POSITION, position);
}
