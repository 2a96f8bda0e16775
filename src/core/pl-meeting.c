/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-meeting.h"

/**
 * PlMeeting:
 *
 * A meeting of the organization of work, and (issue 20) what became of it:
 * held, with when it opened and closed, who presided, the items taken up
 * and the delegations present, or cancelled. Its stored fields are those
 * of the `meeting` record of the document format; their values live in
 * #PlRecord. The rules that change them are in pl-meetings.c.
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
  PROP_STATUS,
  PROP_OPENED_AT,
  PROP_CLOSED_AT,
  PROP_PRESIDING,
  PROP_TAKEN_UP,
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
  /* planned, held or cancelled; absent reads as planned, so files written
   * before issue 20 keep every meeting as planned */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_MEETING_STATUS,
                                               PL_MEETING_STATUS_PLANNED, FLAGS);
  /* when the President opened it, ISO 8601 date-time with offset: what
   * numbers the meetings and places each statement (spoke_at) in one */
  properties[PROP_OPENED_AT] = g_param_spec_string ("opened-at", NULL, NULL, NULL, FLAGS);
  /* when it rose, ISO 8601 date-time with offset; null while it sits */
  properties[PROP_CLOSED_AT] = g_param_spec_string ("closed-at", NULL, NULL, NULL, FLAGS);
  /* who presided: an officer's _id, or a name as the report prints it (a
   * Vice-President acting for the President, a Chair of the Committee) */
  properties[PROP_PRESIDING] = g_param_spec_string ("presiding", NULL, NULL, NULL, FLAGS);
  /* the items actually taken up, [{item, note}], in the order they were;
   * `entries` stays what was planned */
  properties[PROP_TAKEN_UP] = pl_param_spec_json ("taken-up", NULL);
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

PlMeetingStatus
pl_meeting_get_status (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), PL_MEETING_STATUS_PLANNED);

  return (PlMeetingStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

void
pl_meeting_set_status (PlMeeting       *self,
                       PlMeetingStatus  status)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

/**
 * pl_meeting_get_opened_at:
 *
 * Returns: (nullable): when the meeting opened, an ISO 8601 date-time
 */
const char *
pl_meeting_get_opened_at (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_OPENED_AT);
}

void
pl_meeting_set_opened_at (PlMeeting  *self,
                          const char *opened_at)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_OPENED_AT, opened_at);
}

/**
 * pl_meeting_get_closed_at:
 *
 * Returns: (nullable): when the meeting rose, an ISO 8601 date-time;
 *   %NULL while it sits
 */
const char *
pl_meeting_get_closed_at (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_CLOSED_AT);
}

void
pl_meeting_set_closed_at (PlMeeting  *self,
                          const char *closed_at)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_CLOSED_AT, closed_at);
}

/**
 * pl_meeting_get_presiding:
 *
 * Returns: (nullable): an officer's _id or a person's name
 */
const char *
pl_meeting_get_presiding (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PRESIDING);
}

void
pl_meeting_set_presiding (PlMeeting  *self,
                          const char *presiding)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_string (PL_RECORD (self), PROP_PRESIDING, presiding);
}

/**
 * pl_meeting_get_taken_up:
 *
 * Returns: (transfer none) (nullable): the items taken up, an array of
 *   {item, note} in order, or %NULL when none was recorded
 */
JsonNode *
pl_meeting_get_taken_up (PlMeeting *self)
{
  g_return_val_if_fail (PL_IS_MEETING (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_TAKEN_UP);
}

/**
 * pl_meeting_set_taken_up:
 * @taken_up: (nullable): an array of {item, note}; copied
 */
void
pl_meeting_set_taken_up (PlMeeting *self,
                         JsonNode  *taken_up)
{
  g_return_if_fail (PL_IS_MEETING (self));

  pl_record_set_json (PL_RECORD (self), PROP_TAKEN_UP, taken_up);
}
