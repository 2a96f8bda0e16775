/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-meeting.h"

/**
 * PlMeeting:
 *
 * A meeting of the organization of work. Its stored fields are those of the `meeting` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlMeeting
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlMeeting, pl_meeting, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DATE,
  PROP_START,
  PROP_END,
  PROP_BODY,
  PROP_TITLE,
  PROP_ENTRIES,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_meeting_class_init (PlMeetingClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* ISO date */
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, FLAGS);
  /* HH:MM */
  properties[PROP_START] = g_param_spec_string ("start", NULL, NULL, NULL, FLAGS);
  /* HH:MM */
  properties[PROP_END] = g_param_spec_string ("end", NULL, NULL, NULL, FLAGS);
  /* plenary, Committee of the Whole or other */
  properties[PROP_BODY] = g_param_spec_enum ("body", NULL, NULL, PL_TYPE_MEETING_BODY, 0, FLAGS);
  /* a title, for meetings not about agenda items */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* the items taken up: [{item, note}], in order */
  properties[PROP_ENTRIES] = pl_param_spec_json ("entries", NULL);
  /* the delegations present, [delegation _id], for the quorum (rule 41);
   * absent when not recorded, and then each delegation's `present` flag
   * stands in */
  properties[PROP_PRESENT] = pl_param_spec_json ("present", NULL);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "meeting", properties, N_PROPS);
}

static void
pl_meeting_init (PlMeeting *self)
{
}

PlMeeting *
pl_meeting_new (const char *id)
{
  return g_object_new (PL_TYPE_MEETING, "id", id, NULL);
}

const char *
pl_meeting_get_date (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DATE);
}

const char *
pl_meeting_get_start (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_START);
}

const char *
pl_meeting_get_end (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_END);
}

PlMeetingBody
pl_meeting_get_body (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return (PlMeetingBody) pl_record_get_enum (PL_RECORD (self), PROP_BODY);
}

const char *
pl_meeting_get_title (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

JsonNode *
pl_meeting_get_entries (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_ENTRIES);
}

void
pl_meeting_set_date (PlMeeting *self,
                     const char *date)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_DATE, date);
}

void
pl_meeting_set_start (PlMeeting *self,
                      const char *start)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_START, start);
}

void
pl_meeting_set_end (PlMeeting *self,
                    const char *end)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_END, end);
}

void
pl_meeting_set_body (PlMeeting *self,
                     PlMeetingBody body)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_enum (PL_RECORD (self), PROP_BODY, body);
}

void
pl_meeting_set_title (PlMeeting *self,
                      const char *title)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_meeting_set_entries (PlMeeting *self,
                        JsonNode *entries)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_json (PL_RECORD (self), PROP_ENTRIES, entries);
}

/**
 * pl_meeting_get_present:
 *
 * Returns: (transfer none) (nullable): the delegations recorded present,
 *   an array of delegation _ids, or %NULL when not recorded
 */
JsonNode *
pl_meeting_get_present (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_PRESENT);
}

/**
 * pl_meeting_set_present:
 * @present: (nullable): an array of delegation _ids; copied
 */
void
pl_meeting_set_present (PlMeeting *self,
                        JsonNode  *present)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_json (PL_RECORD (self), PROP_PRESENT, present);
}
