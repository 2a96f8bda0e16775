/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-room-state.h"

/**
 * PlRoomState:
 *
 * What is happening in a room now (issue 18): the meeting, item, list and
 * statement the live mode runs, for delegates to follow. One public record
 * per body, `room_state:<body>` (`plenary`, `committee_of_the_whole`,
 * `other`), written by the live mode: a fixed `_id`, so that two staff
 * clients never make two of them.
 *
 * The clock is stored as instants, not as a counter the live mode would
 * have to write every second: `started_at`, the seconds paused before,
 * and `paused_at` while paused. Every reader derives the same elapsed
 * time from them with pl_room_state_elapsed_s().
 */
struct _PlRoomState
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlRoomState, pl_room_state, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_ITEM,
  PROP_LIST,
  PROP_SPEAKER,
  PROP_STARTED_AT,
  PROP_PAUSED_AT,
  PROP_PAUSED_S,
  PROP_RUNNING,
  PROP_TIME_LIMIT_S,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_room_state_class_init (PlRoomStateClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the meeting in progress (its _id), or NULL between meetings */
  properties[PROP_MEETING] = g_param_spec_string ("meeting", NULL, NULL, NULL, FLAGS);
  /* the agenda item under discussion (its _id) */
  properties[PROP_ITEM] = g_param_spec_string ("item", NULL, NULL, NULL, FLAGS);
  /* the list of speakers being run (its _id) */
  properties[PROP_LIST] = g_param_spec_string ("list", NULL, NULL, NULL, FLAGS);
  /* the `speaker` record speaking now (its _id), or NULL */
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, FLAGS);
  /* when the current statement started, ISO 8601 date-time in UTC */
  properties[PROP_STARTED_AT] = g_param_spec_string ("started-at", NULL, NULL, NULL, FLAGS);
  /* when the statement was paused, ISO 8601 date-time in UTC; NULL while it runs */
  properties[PROP_PAUSED_AT] = g_param_spec_string ("paused-at", NULL, NULL, NULL, FLAGS);
  /* the seconds the statement spent paused before @paused_at */
  properties[PROP_PAUSED_S] = g_param_spec_int ("paused-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* whether the clock counts (a statement under way and not paused) */
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, FLAGS);
  /* the limit that applies to this statement, in seconds; 0 for none */
  properties[PROP_TIME_LIMIT_S] = g_param_spec_int ("time-limit-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "room_state", properties, N_PROPS);
}

static void
pl_room_state_init (PlRoomState *self)
{
}

PlRoomState *
pl_room_state_new (const char *id)
{
  return g_object_new (PL_TYPE_ROOM_STATE, "id", id, NULL);
}

/**
 * pl_room_state_id_for_body:
 *
 * Returns: (transfer full): `room_state:<body>`
 */
char *
pl_room_state_id_for_body (PlMeetingBody body)
{
  return g_strconcat ("room_state:", pl_enum_to_nick (PL_TYPE_MEETING_BODY, body), NULL);
}

PlRoomState *
pl_room_state_new_for_body (PlMeetingBody body)
{
  g_autofree char *id = pl_room_state_id_for_body (body);

  return pl_room_state_new (id);
}

const char *
pl_room_state_get_meeting (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_MEETING);
}

const char *
pl_room_state_get_item (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_ITEM);
}

const char *
pl_room_state_get_list (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_LIST);
}

const char *
pl_room_state_get_speaker (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_SPEAKER);
}

const char *
pl_room_state_get_started_at (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_STARTED_AT);
}

const char *
pl_room_state_get_paused_at (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PAUSED_AT);
}

int
pl_room_state_get_paused_s (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_PAUSED_S);
}

gboolean
pl_room_state_get_running (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), FALSE);

  return pl_record_get_boolean (PL_RECORD (self), PROP_RUNNING);
}

int
pl_room_state_get_time_limit_s (PlRoomState *self)
{
  g_return_val_if_fail (PL_IS_ROOM_STATE (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_TIME_LIMIT_S);
}

void
pl_room_state_set_meeting (PlRoomState *self,
                          const char *meeting)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_MEETING, meeting);
}

void
pl_room_state_set_item (PlRoomState *self,
                       const char *item)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_ITEM, item);
}

void
pl_room_state_set_list (PlRoomState *self,
                       const char *list)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_LIST, list);
}

void
pl_room_state_set_speaker (PlRoomState *self,
                          const char *speaker)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_SPEAKER, speaker);
}

void
pl_room_state_set_started_at (PlRoomState *self,
                             const char *started_at)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_STARTED_AT, started_at);
}

void
pl_room_state_set_paused_at (PlRoomState *self,
                            const char *paused_at)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_string (PL_RECORD (self), PROP_PAUSED_AT, paused_at);
}

void
pl_room_state_set_paused_s (PlRoomState *self,
                           int paused_s)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_int (PL_RECORD (self), PROP_PAUSED_S, paused_s);
}

void
pl_room_state_set_running (PlRoomState *self,
                          gboolean running)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_boolean (PL_RECORD (self), PROP_RUNNING, running);
}

void
pl_room_state_set_time_limit_s (PlRoomState *self,
                               int time_limit_s)
{
  g_return_if_fail (PL_IS_ROOM_STATE (self));

  pl_record_set_int (PL_RECORD (self), PROP_TIME_LIMIT_S, time_limit_s);
}

static GDateTime *
parse_instant (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL || *text == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (text, utc);
}

/**
 * pl_room_state_elapsed_s:
 * @now: the present instant
 *
 * The seconds the current statement has run: from `started_at` to @now
 * (or to `paused_at` while paused), less the seconds paused before.
 *
 * Returns: the elapsed seconds, 0 when no statement has started
 */
gint64
pl_room_state_elapsed_s (PlRoomState *self,
                         GDateTime   *now)
{
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) paused = NULL;
  GDateTime *until;
  gint64 elapsed;

  g_return_val_if_fail (PL_IS_ROOM_STATE (self), 0);
  g_return_val_if_fail (now != NULL, 0);

  started = parse_instant (pl_room_state_get_started_at (self));
  if (started == NULL)
    return 0;
  paused = pl_room_state_get_running (self) ? NULL : parse_instant (pl_room_state_get_paused_at (self));
  until = paused != NULL ? paused : now;
  elapsed = g_date_time_difference (until, started) / G_TIME_SPAN_SECOND - pl_room_state_get_paused_s (self);
  return MAX (elapsed, 0);
}
