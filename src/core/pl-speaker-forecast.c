/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-speaker-forecast.h"
#include "pl-speaker-order.h"

/*
 * When will a speaker speak? The list's order (pl-speaker-order) gives who
 * comes before; each of them takes the list's time limit (the group limit
 * for a statement on behalf of others). The clock starts:
 *
 * - while the room runs this list (its `room_state` names the list): now,
 *   plus what is left of the statement under way, in the meeting the room
 *   is in, whose end bounds it;
 * - otherwise at the next meeting that takes up the list's item (its
 *   `entries`), not before now, or now when no such meeting is known.
 *
 * As in the list's projection, a statement does not straddle a meeting's
 * end: it moves to the next meeting that takes up the item. One that
 * falls after the last of them has no estimate.
 */

G_DEFINE_BOXED_TYPE (PlSpeakerForecast, pl_speaker_forecast, pl_speaker_forecast_copy, pl_speaker_forecast_free)

PlSpeakerForecast *
pl_speaker_forecast_copy (PlSpeakerForecast *forecast)
{
  PlSpeakerForecast *copy;

  g_return_val_if_fail (forecast != NULL, NULL);

  copy = g_new0 (PlSpeakerForecast, 1);
  copy->position = forecast->position;
  copy->ahead = forecast->ahead;
  copy->expected_at = forecast->expected_at != NULL ? g_date_time_ref (forecast->expected_at) : NULL;
  copy->meeting = g_strdup (forecast->meeting);
  return copy;
}

void
pl_speaker_forecast_free (PlSpeakerForecast *forecast)
{
  if (forecast == NULL)
    return;
  g_clear_pointer (&forecast->expected_at, g_date_time_unref);
  g_free (forecast->meeting);
  g_free (forecast);
}

typedef struct
{
  const char *meeting;   /* borrowed from the session */
  GDateTime  *start;
  GDateTime  *end;       /* NULL: unbounded */
} Slot;

static void
slot_clear (Slot *slot)
{
  g_clear_pointer (&slot->start, g_date_time_unref);
  g_clear_pointer (&slot->end, g_date_time_unref);
}

static GDateTime *
meeting_at (PlSession  *session,
            PlMeeting  *meeting,
            const char *hhmm)
{
  g_autofree char *text = NULL;

  if (pl_meeting_get_date (meeting) == NULL || hhmm == NULL)
    return NULL;
  text = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (meeting), hhmm);
  return pl_speaker_order_parse_date_time (session, text);
}

static PlRoomState *
room_running (PlSession  *session,
              const char *list_id)
{
  GListModel *states = pl_session_get_records (session, PL_TYPE_ROOM_STATE);

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(PlRoomState) state = g_list_model_get_item (states, i);

      if (g_strcmp0 (pl_room_state_get_list (state), list_id) == 0)
        return state; /* the session holds it */
    }
  return NULL;
}

/* Moves @cursor to where a statement of @need seconds can start within
 * the slots from *@m on; FALSE when none is left. */
static gboolean
place (GArray      *slots,
       guint       *m,
       GDateTime  **cursor,
       gint64       need)
{
  while (*m < slots->len)
    {
      Slot *slot = &g_array_index (slots, Slot, *m);

      if (g_date_time_compare (*cursor, slot->start) < 0)
        {
          g_date_time_unref (*cursor);
          *cursor = g_date_time_ref (slot->start);
        }
      if (slot->end == NULL || g_date_time_difference (slot->end, *cursor) / G_TIME_SPAN_SECOND >= need)
        return TRUE;
      (*m)++;
    }
  return slots->len == 0;
}

/**
 * pl_speaker_forecast_for:
 * @now: the present instant
 *
 * Estimates @speaker's place and start. Reads the session, changes
 * nothing.
 *
 * Returns: (transfer full): the forecast, never %NULL (position 0 for a
 *   speaker not waiting to speak)
 */
PlSpeakerForecast *
pl_speaker_forecast_for (PlSession *session,
                         PlSpeaker *speaker,
                         GDateTime *now)
{
  g_autoptr(PlSpeakerForecast) forecast = g_new0 (PlSpeakerForecast, 1);
  g_autoptr(PlSpeakerProjection) projection = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (Slot));
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) cursor = NULL;
  PlSpeakerStatus status;
  PlRecord *list;
  PlRoomState *room;
  const char *room_speaker = NULL;
  PlSpeakerEntry *mine = NULL;
  guint m = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER (speaker), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  status = pl_speaker_get_status (speaker);
  list = pl_session_lookup (session, pl_speaker_get_list (speaker));
  if (!PL_IS_SPEAKER_LIST (list) || (status != PL_SPEAKER_STATUS_LISTED && status != PL_SPEAKER_STATUS_SPEAKING))
    return g_steal_pointer (&forecast);

  /* Who is before: the one speaking, then the listed in the list's order. */
  entries = pl_speaker_list_arrange (session, PL_SPEAKER_LIST (list), &projection);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < entries->len; i++)
      {
        PlSpeakerEntry *entry = g_ptr_array_index (entries, i);
        PlSpeakerStatus s = pl_speaker_get_status (pl_speaker_entry_get_speaker (entry));

        if (s == (pass == 0 ? PL_SPEAKER_STATUS_SPEAKING : PL_SPEAKER_STATUS_LISTED))
          g_ptr_array_add (queue, entry);
      }
  for (guint i = 0; i < queue->len && mine == NULL; i++)
    if (pl_speaker_entry_get_speaker (g_ptr_array_index (queue, i)) == speaker)
      {
        mine = g_ptr_array_index (queue, i);
        forecast->position = (int) i + 1;
        forecast->ahead = (int) i;
      }
  if (mine == NULL)
    return g_steal_pointer (&forecast);

  tz = pl_speaker_order_dup_time_zone (session);
  cursor = g_date_time_to_timezone (now, tz);
  g_array_set_clear_func (slots, (GDestroyNotify) slot_clear);

  room = room_running (session, pl_record_get_id (list));
  if (room != NULL)
    {
      PlRecord *meeting = pl_session_lookup (session, pl_room_state_get_meeting (room));
      Slot current = { NULL, g_date_time_ref (cursor), NULL };

      if (PL_IS_MEETING (meeting))
        {
          current.meeting = pl_record_get_id (meeting);
          current.end = meeting_at (session, PL_MEETING (meeting), pl_meeting_get_end (PL_MEETING (meeting)));
        }
      g_array_append_val (slots, current);
      room_speaker = pl_room_state_get_speaker (room);
    }
  for (guint i = 0; projection != NULL && i < projection->meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (projection->meetings, i);
      g_autoptr(GDateTime) meeting_start = meeting_at (session, meeting, pl_meeting_get_start (meeting));
      g_autoptr(GDateTime) start = NULL;
      Slot slot = { pl_record_get_id (PL_RECORD (meeting)), NULL, NULL };
      Slot *last = slots->len > 0 ? &g_array_index (slots, Slot, slots->len - 1) : NULL;

      if (meeting_start == NULL)
        continue;
      /* The item comes up after those before it in the meeting. */
      start = g_date_time_add_seconds (meeting_start, (gdouble) g_array_index (projection->offset_s, gint64, i));
      slot.end = g_date_time_add_seconds (start, (gdouble) g_array_index (projection->capacity_s, gint64, i));
      slot.start = g_steal_pointer (&start);
      /* Past meetings, and the one the room is in, are no longer to come. */
      if (g_date_time_compare (slot.end, cursor) <= 0
          || g_strcmp0 (slot.meeting, slots->len > 0 ? g_array_index (slots, Slot, 0).meeting : NULL) == 0
          || (last != NULL && (last->end == NULL || g_date_time_compare (slot.start, last->end) < 0)))
        {
          slot_clear (&slot);
          continue;
        }
      g_array_append_val (slots, slot);
    }

  /* The statement under way ends at its limit, or now if over it. */
  if (room_speaker != NULL && pl_room_state_get_started_at (room) != NULL)
    {
      PlRecord *current = pl_session_lookup (session, room_speaker);
      int limit = pl_room_state_get_time_limit_s (room);

      if (current == PL_RECORD (speaker))
        {
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
          g_autoptr(GDateTime) started = g_date_time_new_from_iso8601 (pl_room_state_get_started_at (room), utc);

          forecast->expected_at = started != NULL ? g_date_time_to_timezone (started, tz) : NULL;
          forecast->meeting = g_strdup (g_array_index (slots, Slot, 0).meeting);
          return g_steal_pointer (&forecast);
        }
      if (limit <= 0)
        return g_steal_pointer (&forecast);
      {
        GDateTime *end = g_date_time_add_seconds (cursor, (gdouble) MAX (limit - pl_room_state_elapsed_s (PL_ROOM_STATE (room), now), 0));

        g_date_time_unref (cursor);
        cursor = end;
      }
    }
  else
    room_speaker = NULL;

  for (guint i = 0; i < queue->len; i++)
    {
      PlSpeakerEntry *entry = g_ptr_array_index (queue, i);
      gint64 need = pl_speaker_entry_get_limit_s (entry);
      GDateTime *next;

      if (room_speaker != NULL
          && g_strcmp0 (pl_record_get_id (PL_RECORD (pl_speaker_entry_get_speaker (entry))), room_speaker) == 0)
        continue;
      /* Without a limit, a statement's length is unknown: only the first
       * to speak can be placed. */
      if ((need <= 0 && entry != mine) || !place (slots, &m, &cursor, MAX (need, 0)))
        return g_steal_pointer (&forecast);
      if (entry == mine)
        {
          forecast->expected_at = g_date_time_ref (cursor);
          forecast->meeting = m < slots->len ? g_strdup (g_array_index (slots, Slot, m).meeting) : NULL;
          break;
        }
      next = g_date_time_add_seconds (cursor, (gdouble) need);
      g_date_time_unref (cursor);
      cursor = next;
    }

  return g_steal_pointer (&forecast);
}
