/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-calendar.h"
#include "pl-json-text.h"
#include "pl-meetings.h"
#include "pl-speaker-order.h"
#include "pl-vote-tally.h"

/*
 * The meetings as held (issue 20; RULES.md, "Meetings, decisions and the
 * record"): the organization of work plans the meetings, and the record
 * says what became of each: opened and closed (`opened_at`, `closed_at`),
 * who presided, the items taken up in order, the delegations present, or
 * cancelled. Plain functions on the session; each change is one undo
 * step, and a refused change changes nothing.
 *
 * - A body sits once at a time: a meeting may open only while no other
 *   meeting of its body is open (for body "other", of its title: an
 *   informal and a side meeting may run together, as the schedule checks
 *   read them).
 * - A meeting's number ("3rd meeting") counts the held meetings of its
 *   body in the order they opened: the plenary's and the Committee of the
 *   Whole's are counted apart, and a cancelled meeting takes no number.
 * - Rule 41: the President may open a meeting and let the debate proceed
 *   when one third of the States parties participating in the session are
 *   present; a decision needs a majority of them.
 * - A statement belongs to the meeting its body held when the speaker was
 *   marked spoken (`spoke_at`), so the report can say at which meetings an
 *   item was considered and who spoke at each.
 *
 * Date-times are stored as ISO 8601 with the offset of the session's time
 * zone (the room's clock), so that a reader elsewhere sees the same
 * instant.
 */

G_DEFINE_QUARK (pl-meetings-error-quark, pl_meetings_error)

/* Two hours: the seed's annex gives each meeting a two-hour slot. */
#define DEFAULT_MEETING_MINUTES 120

static GDateTime *
parse_instant (PlSession  *session,
               const char *text)
{
  return pl_speaker_order_parse_date_time (session, text);
}

/**
 * pl_meetings_format_instant:
 * @at: an instant
 *
 * Writes @at as the record keeps date-times: ISO 8601, to the second,
 * with the offset of the session's time zone.
 *
 * Returns: (transfer full): the text
 */
char *
pl_meetings_format_instant (PlSession *session,
                            GDateTime *at)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) whole = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (at != NULL, NULL);

  tz = pl_speaker_order_dup_time_zone (session);
  local = g_date_time_to_timezone (at, tz);
  /* Seconds are enough for a record read by people, and fractions would
   * make two clients' stamps of one event look different. */
  whole = g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                           g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
                           g_date_time_get_minute (local), g_date_time_get_second (local));
  /* "+02:00" rather than g_date_time_format_iso8601()'s "+02", which
   * some readers of the exported data do not take. */
  return g_date_time_format (whole, "%Y-%m-%dT%H:%M:%S%:z");
}

static gboolean
same_body (PlMeeting     *meeting,
           PlMeetingBody  body,
           const char    *title)
{
  if (pl_meeting_get_body (meeting) != body)
    return FALSE;
  if (body == PL_MEETING_BODY_OTHER && title != NULL)
    return g_strcmp0 (pl_meeting_get_title (meeting), title) == 0;
  return TRUE;
}

static gboolean
is_sitting (PlMeeting *meeting)
{
  const char *closed = pl_meeting_get_closed_at (meeting);

  return pl_meeting_get_status (meeting) == PL_MEETING_STATUS_HELD
         && (closed == NULL || *closed == '\0');
}

/* The meeting of @body (and @title, for "other") that sits, the latest
 * opened should a merge have left two. */
static PlMeeting *
find_sitting (PlSession     *session,
              PlMeetingBody  body,
              const char    *title)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  g_autoptr(GDateTime) best_at = NULL;
  PlMeeting *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GDateTime) at = NULL;

      if (!same_body (meeting, body, title) || !is_sitting (meeting))
        continue;
      at = parse_instant (session, pl_meeting_get_opened_at (meeting));
      if (best == NULL || (at != NULL && (best_at == NULL || g_date_time_compare (at, best_at) > 0)))
        {
          best = meeting;   /* the session's store holds it */
          g_clear_pointer (&best_at, g_date_time_unref);
          best_at = at ? g_date_time_ref (at) : NULL;
        }
    }
  return best;
}

static const char *
body_words (PlMeetingBody body)
{
  switch (body)
    {
    case PL_MEETING_BODY_PLENARY:
      return _("The plenary");
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      return _("The Committee of the Whole");
    case PL_MEETING_BODY_OTHER:
    default:
      return _("This meeting’s body");
    }
}

/* The end of a meeting that was not planned: two hours after it opened,
 * or the start of the next meeting of its body that day if sooner, so
 * that the organization of work does not show a body sitting twice. */
static char *
unplanned_end (PlSession     *session,
               PlMeetingBody  body,
               const char    *date,
               int            start)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  int end = MIN (start + DEFAULT_MEETING_MINUTES, 23 * 60 + 59);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      int other;

      if (pl_meeting_get_body (meeting) != body || g_strcmp0 (pl_meeting_get_date (meeting), date) != 0
          || pl_meeting_get_status (meeting) == PL_MEETING_STATUS_CANCELLED
          || !pl_calendar_parse_time (pl_meeting_get_start (meeting), &other, NULL))
        continue;
      if (other > start && other < end)
        end = other;
    }
  return g_strdup_printf ("%02d:%02d", end / 60, end % 60);
}

/**
 * pl_meetings_open:
 * @planned: (nullable): the meeting of the organization of work that
 *   opens; %NULL for a meeting that was not planned
 * @body: the body of a meeting not planned (a planned one has its own)
 * @at: (nullable): when it opened; %NULL for now
 *
 * The President opens a meeting: a planned meeting becomes held with
 * `opened_at`; with %NULL a meeting that was not planned joins the
 * session, held, on the day and at the time of @at. One undo step.
 *
 * Refused when another meeting of the same body sits (a body cannot sit
 * twice at once), or @planned was cancelled or already held.
 *
 * Returns: (transfer none) (nullable): the meeting, held by the session;
 *   %NULL with @error when refused
 */
PlMeeting *
pl_meetings_open (PlSession      *session,
                  PlMeeting      *planned,
                  PlMeetingBody   body,
                  GDateTime      *at,
                  GError        **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *opened = NULL;
  const char *title = NULL;
  PlHistory *history;
  PlMeeting *sitting;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (planned == NULL || PL_IS_MEETING (planned), NULL);

  if (planned != NULL)
    {
      body = pl_meeting_get_body (planned);
      title = pl_meeting_get_title (planned);
      switch (pl_meeting_get_status (planned))
        {
        case PL_MEETING_STATUS_HELD:
          g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS,
                       _("This meeting was held already; it cannot open again."));
          return NULL;
        case PL_MEETING_STATUS_CANCELLED:
          g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS,
                       _("This meeting was cancelled. Open a meeting that was not planned instead."));
          return NULL;
        case PL_MEETING_STATUS_PLANNED:
        default:
          break;
        }
    }

  sitting = find_sitting (session, body, body == PL_MEETING_BODY_OTHER ? title : NULL);
  if (sitting != NULL)
    {
      /* Translators: %s is a body, "The plenary" or "The Committee of the Whole" */
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_ALREADY_OPEN,
                   _("%s is in a meeting already: close it before opening another."), body_words (body));
      return NULL;
    }

  if (at == NULL)
    at = now = g_date_time_new_now_utc ();
  opened = pl_meetings_format_instant (session, at);

  history = pl_session_get_history (session);
  if (planned != NULL)
    {
      pl_history_begin_group (history, _("Open Meeting"));
      pl_meeting_set_status (planned, PL_MEETING_STATUS_HELD);
      pl_meeting_set_opened_at (planned, opened);
      pl_history_end_group (history);
      return planned;
    }
  else
    {
      g_autoptr(PlMeeting) meeting = pl_meeting_new (NULL);
      g_autofree char *date = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      tz = pl_speaker_order_dup_time_zone (session);
      local = g_date_time_to_timezone (at, tz);
      date = g_date_time_format (local, "%Y-%m-%d");
      start = g_date_time_format (local, "%H:%M");
      end = unplanned_end (session, body, date,
                           g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local));

      /* Filled in before it joins, so the undo step is the addition. */
      pl_meeting_set_date (meeting, date);
      pl_meeting_set_start (meeting, start);
      pl_meeting_set_end (meeting, end);
      pl_meeting_set_body (meeting, body);
      pl_meeting_set_status (meeting, PL_MEETING_STATUS_HELD);
      pl_meeting_set_opened_at (meeting, opened);

      pl_history_begin_group (history, _("Open Meeting"));
      pl_session_add_record (session, PL_RECORD (meeting));
      pl_history_end_group (history);
      return meeting;   /* the session holds it now */
    }
}

/**
 * pl_meetings_close:
 * @at: (nullable): when the meeting rose; %NULL for now
 *
 * The meeting rises: `closed_at`, one undo step. Refused for a meeting
 * that does not sit (not opened, or closed already) and for a time before
 * it opened.
 */
gboolean
pl_meetings_close (PlSession  *session,
                   PlMeeting  *meeting,
                   GDateTime  *at,
                   GError    **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) opened = NULL;
  g_autofree char *closed = NULL;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (!is_sitting (meeting))
    {
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS,
                   pl_meeting_get_status (meeting) == PL_MEETING_STATUS_HELD
                   ? _("This meeting was closed already.")
                   : _("This meeting has not been opened, so it cannot close."));
      return FALSE;
    }

  if (at == NULL)
    at = now = g_date_time_new_now_utc ();
  opened = parse_instant (session, pl_meeting_get_opened_at (meeting));
  if (opened != NULL && g_date_time_compare (at, opened) < 0)
    {
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_TIME,
                   _("A meeting cannot close before it opened."));
      return FALSE;
    }

  closed = pl_meetings_format_instant (session, at);
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Close Meeting"));
  pl_meeting_set_closed_at (meeting, closed);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_meetings_cancel:
 *
 * A planned meeting will not take place: its status becomes `cancelled`
 * (it stays in the organization of work, marked, and takes no number).
 * One undo step. Refused for a meeting held or cancelled already.
 */
gboolean
pl_meetings_cancel (PlSession  *session,
                    PlMeeting  *meeting,
                    GError    **error)
{
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_PLANNED)
    {
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS,
                   pl_meeting_get_status (meeting) == PL_MEETING_STATUS_HELD
                   ? _("This meeting was held; it cannot be cancelled.")
                   : _("This meeting was cancelled already."));
      return FALSE;
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Cancel Meeting"));
  pl_meeting_set_status (meeting, PL_MEETING_STATUS_CANCELLED);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_meetings_set_presiding:
 * @officer_id_or_name: (nullable): an officer's _id (`officer:president`)
 *   or a person's name; %NULL or empty for none recorded
 *
 * Records who presided, one undo step.
 */
void
pl_meetings_set_presiding (PlSession  *session,
                           PlMeeting  *meeting,
                           const char *officer_id_or_name)
{
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_MEETING (meeting));

  if (officer_id_or_name != NULL && *officer_id_or_name == '\0')
    officer_id_or_name = NULL;
  if (g_strcmp0 (pl_meeting_get_presiding (meeting), officer_id_or_name) == 0)
    return;

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Presiding Officer"));
  pl_meeting_set_presiding (meeting, officer_id_or_name);
  pl_history_end_group (history);
}

static JsonArray *
copy_array (JsonNode *node)
{
  JsonArray *copy = json_array_new ();

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, json_node_copy (json_array_get_element (array, i)));
    }
  return copy;
}

static const char *
element_item (JsonNode *element)
{
  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  return pl_json_object_get_string (json_node_get_object (element), "item", NULL);
}

/* Whether an array of {item, note} (`taken_up`, `entries`) names the item. */
static gboolean
array_has_item (JsonNode   *node,
                const char *item_id)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || item_id == NULL)
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (element_item (json_array_get_element (array, i)), item_id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
took_up (PlMeeting  *meeting,
         const char *item_id)
{
  return array_has_item (pl_meeting_get_taken_up (meeting), item_id);
}

static void
set_taken_up (PlSession  *session,
              PlMeeting  *meeting,
              JsonArray  *array,
              const char *label)
{
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);
  PlHistory *history = pl_session_get_history (session);

  pl_history_begin_group (history, label);
  pl_meeting_set_taken_up (meeting, node);
  pl_history_end_group (history);
}

/**
 * pl_meetings_take_up:
 * @item_id: the agenda item's _id
 * @note: (nullable): what the meeting did with it ("continued", "concluded")
 *
 * Records that the meeting took up the item, after those it took up
 * before (`taken_up`, in order), one undo step. An item taken up already
 * keeps its place and its note (a meeting that comes back to an item
 * still considered it once). Refused for an item not on the agenda and for
 * a cancelled meeting.
 */
gboolean
pl_meetings_take_up (PlSession   *session,
                     PlMeeting   *meeting,
                     const char  *item_id,
                     const char  *note,
                     GError     **error)
{
  JsonArray *array;
  JsonObject *entry;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (!PL_IS_AGENDA_ITEM (pl_session_lookup (session, item_id)))
    {
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_NO_ITEM,
                   _("“%s” is not an item of the agenda."), item_id != NULL ? item_id : "");
      return FALSE;
    }
  if (pl_meeting_get_status (meeting) == PL_MEETING_STATUS_CANCELLED)
    {
      g_set_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS,
                   _("This meeting was cancelled: it took up no item."));
      return FALSE;
    }
  if (took_up (meeting, item_id))
    return TRUE;

  array = copy_array (pl_meeting_get_taken_up (meeting));
  entry = json_object_new ();
  json_object_set_string_member (entry, "item", item_id);
  json_object_set_string_member (entry, "note", note != NULL ? note : "");
  json_array_add_object_element (array, entry);
  set_taken_up (session, meeting, array, _("Take Up Item"));
  json_array_unref (array);
  return TRUE;
}

/**
 * pl_meetings_drop_item:
 *
 * Removes the item from what the meeting took up, one undo step.
 *
 * Returns: whether it was there
 */
gboolean
pl_meetings_drop_item (PlSession  *session,
                       PlMeeting  *meeting,
                       const char *item_id)
{
  JsonNode *node;
  JsonArray *array, *kept;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (!took_up (meeting, item_id))
    return FALSE;

  node = pl_meeting_get_taken_up (meeting);
  array = json_node_get_array (node);
  kept = json_array_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (g_strcmp0 (element_item (element), item_id) != 0)
        json_array_add_element (kept, json_node_copy (element));
    }
  set_taken_up (session, meeting, kept, _("Remove Item Taken Up"));
  json_array_unref (kept);
  return TRUE;
}

static gboolean
array_has_string (JsonNode   *node,
                  const char *value)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || value == NULL)
    return FALSE;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING
          && g_str_equal (json_node_get_string (element), value))
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_meetings_is_attending:
 * @delegation_id: a delegation's _id
 *
 * Returns: whether the meeting's attendance (`present`) lists the
 *   delegation
 */
gboolean
pl_meetings_is_attending (PlMeeting  *meeting,
                          const char *delegation_id)
{
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  return array_has_string (pl_meeting_get_present (meeting), delegation_id);
}

/**
 * pl_meetings_set_attending:
 * @delegation_id: a delegation's _id
 * @present: whether it is present at the meeting
 *
 * Ticks a delegation present at the meeting, or not, in its attendance
 * (`present`, the list the quorum of rule 41 counts), one undo step. The
 * list keeps the order delegations were ticked in.
 */
void
pl_meetings_set_attending (PlSession  *session,
                           PlMeeting  *meeting,
                           const char *delegation_id,
                           gboolean    present)
{
  g_autoptr(JsonNode) node = NULL;
  JsonNode *old;
  JsonArray *array;
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_MEETING (meeting));
  g_return_if_fail (delegation_id != NULL);

  old = pl_meeting_get_present (meeting);
  if (array_has_string (old, delegation_id) == !!present)
    return;

  array = json_array_new ();
  if (old != NULL && JSON_NODE_HOLDS_ARRAY (old))
    {
      JsonArray *was = json_node_get_array (old);

      for (guint i = 0; i < json_array_get_length (was); i++)
        {
          JsonNode *element = json_array_get_element (was, i);

          if (!present && JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING
              && g_str_equal (json_node_get_string (element), delegation_id))
            continue;
          json_array_add_element (array, json_node_copy (element));
        }
    }
  if (present)
    json_array_add_string_element (array, delegation_id);
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, present ? _("Mark Delegation Present") : _("Mark Delegation Absent"));
  pl_meeting_set_present (meeting, node);
  pl_history_end_group (history);
}

/**
 * pl_meetings_open_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting of @body that sits
 *   (held, opened, not closed), or %NULL
 */
PlMeeting *
pl_meetings_open_meeting (PlSession     *session,
                          PlMeetingBody  body)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return find_sitting (session, body, NULL);
}

typedef struct
{
  PlMeeting *meeting;
  GDateTime *at;
} MeetingAt;

static void
meeting_at_clear (gpointer data)
{
  MeetingAt *entry = data;

  g_clear_pointer (&entry->at, g_date_time_unref);
}

/* When a meeting opened, or failing a readable `opened_at` (a file edited
 * by hand), when it was planned to start. */
static GDateTime *
meeting_time (PlSession *session,
              PlMeeting *meeting)
{
  GDateTime *at = parse_instant (session, pl_meeting_get_opened_at (meeting));
  g_autofree char *planned = NULL;

  if (at != NULL)
    return at;
  if (pl_meeting_get_date (meeting) == NULL || pl_meeting_get_start (meeting) == NULL)
    return NULL;
  planned = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (meeting), pl_meeting_get_start (meeting));
  return parse_instant (session, planned);
}

static int
compare_meeting_at (gconstpointer pa,
                    gconstpointer pb)
{
  const MeetingAt *a = pa, *b = pb;
  int c;

  if ((a->at == NULL) != (b->at == NULL))
    return a->at == NULL ? 1 : -1;
  if (a->at != NULL && (c = g_date_time_compare (a->at, b->at)) != 0)
    return c;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (a->meeting)), pl_record_get_id (PL_RECORD (b->meeting)));
}

/* The held meetings of @body (and @title for "other"; %NULL: any) in the
 * order they opened. */
static GArray *
held_in_order (PlSession     *session,
               PlMeetingBody  body,
               const char    *title)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  GArray *result = g_array_new (FALSE, TRUE, sizeof (MeetingAt));

  g_array_set_clear_func (result, meeting_at_clear);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      MeetingAt entry;

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD || !same_body (meeting, body, title))
        continue;
      entry.meeting = meeting;
      entry.at = meeting_time (session, meeting);
      g_array_append_val (result, entry);
    }
  g_array_sort (result, compare_meeting_at);
  return result;
}

/**
 * pl_meetings_number:
 *
 * The meeting's number ("3rd meeting" says the caller, in its language):
 * its place among the held meetings of its body in the order they opened
 * (`opened_at`), counted per body, so a meeting of the Committee of the
 * Whole does not shift the plenary's numbers; meetings of body "other"
 * are counted per title.
 *
 * Returns: the number, from 1; 0 for a meeting not held
 */
int
pl_meetings_number (PlSession *session,
                    PlMeeting *meeting)
{
  g_autoptr(GArray) held = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), 0);
  g_return_val_if_fail (PL_IS_MEETING (meeting), 0);

  if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD)
    return 0;
  held = held_in_order (session, pl_meeting_get_body (meeting),
                        pl_meeting_get_body (meeting) == PL_MEETING_BODY_OTHER
                        ? pl_meeting_get_title (meeting) : NULL);
  for (guint i = 0; i < held->len; i++)
    if (g_array_index (held, MeetingAt, i).meeting == meeting)
      return (int) i + 1;
  return 0;
}

/**
 * pl_meetings_quorum:
 * @meeting: (nullable): the meeting; %NULL counts the session's parties
 *   only
 * @out: (out caller-allocates): the counts
 *
 * The quorum of rule 41. @participating counts the States parties
 * registered in the session (category `state_party`, as the vote tally
 * counts them, pl_vote_count_parties()), present or not; a regional
 * economic integration organization is not a State and counts in neither
 * number (it votes for its member States under rule 57, but the quorum is
 * of States). @present counts those of them the meeting's attendance
 * (`present`) lists; an attendance not recorded counts none, since
 * nothing is known of it. One third rounds up: with 190 parties, 64 must
 * be present to open (63 are less than a third); a majority is more than
 * half.
 */
void
pl_meetings_quorum (PlSession       *session,
                    PlMeeting       *meeting,
                    PlMeetingQuorum *out)
{
  JsonNode *present;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (meeting == NULL || PL_IS_MEETING (meeting));
  g_return_if_fail (out != NULL);

  out->participating = pl_vote_count_parties (session, NULL);
  out->to_open = (out->participating + 2) / 3;
  out->to_decide = out->participating / 2 + 1;
  out->present = 0;

  present = meeting != NULL ? pl_meeting_get_present (meeting) : NULL;
  if (present != NULL && JSON_NODE_HOLDS_ARRAY (present))
    {
      JsonArray *array = json_node_get_array (present);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          PlRecord *record;
          const char *id;

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            continue;
          id = json_node_get_string (element);
          record = pl_session_lookup (session, id);
          if (PL_IS_DELEGATION (record)
              && pl_delegation_get_category (PL_DELEGATION (record)) == PL_DELEGATION_CATEGORY_STATE_PARTY
              && g_hash_table_add (seen, (gpointer) id))
            out->present++;
        }
    }
}

/* The held meeting that sat at @at (opened at or before it, not closed
 * at or before it): of @body, or of any body when @any_body, the one that
 * took up @item_id first among several. */
static PlMeeting *
meeting_open_at (PlSession     *session,
                 GDateTime     *at,
                 gboolean       any_body,
                 PlMeetingBody  body,
                 const char    *item_id)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  PlMeeting *best = NULL;
  int best_score = -1;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GDateTime) opened = NULL;
      g_autoptr(GDateTime) closed = NULL;
      int score;

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD
          || (!any_body && pl_meeting_get_body (meeting) != body))
        continue;
      opened = parse_instant (session, pl_meeting_get_opened_at (meeting));
      closed = parse_instant (session, pl_meeting_get_closed_at (meeting));
      if (opened == NULL || g_date_time_compare (opened, at) > 0
          || (closed != NULL && g_date_time_compare (at, closed) >= 0))
        continue;

      /* When the plenary and the Committee of the Whole sit in parallel,
       * a statement on an item belongs to the one that took the item up,
       * failing that the one planned to, failing that the plenary. */
      score = 0;
      if (item_id != NULL && took_up (meeting, item_id))
        score = 3;
      else if (item_id != NULL && array_has_item (pl_meeting_get_entries (meeting), item_id))
        score = 2;
      else if (pl_meeting_get_body (meeting) == PL_MEETING_BODY_PLENARY)
        score = 1;
      if (score > best_score)
        {
          best = meeting;   /* the session's store holds it */
          best_score = score;
        }
    }
  return best;
}

/**
 * pl_meetings_at:
 * @iso_instant: an ISO 8601 date-time (without an offset: in the
 *   session's time zone)
 *
 * Returns: (transfer none) (nullable): the held meeting of @body that sat
 *   at that instant (opened at or before it, and not closed before or at
 *   it: the instant a meeting rises belongs to the next), or %NULL
 */
PlMeeting *
pl_meetings_at (PlSession     *session,
                PlMeetingBody  body,
                const char    *iso_instant)
{
  g_autoptr(GDateTime) at = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  at = parse_instant (session, iso_instant);
  if (at == NULL)
    return NULL;
  return meeting_open_at (session, at, FALSE, body, NULL);
}

/**
 * pl_meetings_of_statement:
 * @speaker: a speaker marked spoken
 *
 * The meeting at which a statement was made: the held meeting that sat
 * when the speaker was marked spoken (`spoke_at`). A list of speakers
 * names an item, not a body; when two bodies sat at once (the plenary and
 * the Committee of the Whole in parallel), the statement belongs to the
 * meeting that took up the list's item, failing that to the one that
 * planned it, failing that to the plenary.
 *
 * Returns: (transfer none) (nullable): the meeting, or %NULL for a
 *   speaker without `spoke_at` or a statement made when no meeting sat
 */
PlMeeting *
pl_meetings_of_statement (PlSession *session,
                          PlSpeaker *speaker)
{
  g_autoptr(GDateTime) at = NULL;
  PlRecord *list;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER (speaker), NULL);

  at = parse_instant (session, pl_speaker_get_spoke_at (speaker));
  if (at == NULL)
    return NULL;
  list = pl_session_lookup (session, pl_speaker_get_list (speaker));
  return meeting_open_at (session, at, TRUE, PL_MEETING_BODY_PLENARY,
                          PL_IS_SPEAKER_LIST (list) ? pl_speaker_list_get_item (PL_SPEAKER_LIST (list)) : NULL);
}

static int
compare_by_start (gconstpointer pa,
                  gconstpointer pb)
{
  PlMeeting *a = *(PlMeeting **) pa, *b = *(PlMeeting **) pb;
  int c;

  if ((c = g_strcmp0 (pl_meeting_get_start (a), pl_meeting_get_start (b))) != 0)
    return c;
  if (pl_meeting_get_body (a) != pl_meeting_get_body (b))
    return pl_meeting_get_body (a) < pl_meeting_get_body (b) ? -1 : 1;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (a)), pl_record_get_id (PL_RECORD (b)));
}

/**
 * pl_meetings_on_date:
 * @iso_date: a day, `YYYY-MM-DD`
 *
 * The day's meetings, planned, held or cancelled, as the Journal's
 * programme lists them.
 *
 * Returns: (transfer container) (element-type PlMeeting): by start time,
 *   then the plenary before the Committee of the Whole
 */
GPtrArray *
pl_meetings_on_date (PlSession  *session,
                     const char *iso_date)
{
  GListModel *meetings;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_SESSION (session), result);

  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      PlMeeting *meeting = g_list_model_get_item (meetings, i);

      if (iso_date != NULL && g_strcmp0 (pl_meeting_get_date (meeting), iso_date) == 0)
        g_ptr_array_add (result, meeting);
      else
        g_object_unref (meeting);
    }
  g_ptr_array_sort (result, compare_by_start);
  return result;
}

/* Whether @item_id or an item above it is @taken: taking up item 2 takes
 * up its sub-items, as the organization of work reads it. */
static gboolean
took_up_item_or_parent (PlSession  *session,
                        PlMeeting  *meeting,
                        const char *item_id)
{
  PlRecord *record = pl_session_lookup (session, item_id);
  guint depth = 0;

  if (took_up (meeting, item_id))
    return TRUE;
  /* depth bounds a cycle a hand-edited file might hold */
  while (PL_IS_AGENDA_ITEM (record) && depth++ < 16)
    {
      const char *parent = pl_agenda_item_get_parent (PL_AGENDA_ITEM (record));

      if (parent == NULL || *parent == '\0')
        break;
      if (took_up (meeting, parent))
        return TRUE;
      record = pl_session_lookup (session, parent);
    }
  return FALSE;
}

/**
 * pl_meetings_for_item:
 * @item_id: an agenda item's _id
 *
 * The meetings at which the item was considered, as the report lists
 * them: the held meetings that took it up (or the item it is a sub-item
 * of).
 *
 * Returns: (transfer container) (element-type PlMeeting): in the order
 *   they were held, every body together
 */
GPtrArray *
pl_meetings_for_item (PlSession  *session,
                      const char *item_id)
{
  GListModel *meetings;
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (MeetingAt));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_SESSION (session), result);

  g_array_set_clear_func (found, meeting_at_clear);
  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      MeetingAt entry;

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD
          || !took_up_item_or_parent (session, meeting, item_id))
        continue;
      entry.meeting = meeting;
      entry.at = meeting_time (session, meeting);
      g_array_append_val (found, entry);
    }
  g_array_sort (found, compare_meeting_at);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (found, MeetingAt, i).meeting));
  return result;
}

typedef struct
{
  PlSpeaker *speaker;
  GDateTime *at;
} SpeakerAt;

static void
speaker_at_clear (gpointer data)
{
  SpeakerAt *entry = data;

  g_clear_pointer (&entry->at, g_date_time_unref);
}

static int
compare_speaker_at (gconstpointer pa,
                    gconstpointer pb)
{
  const SpeakerAt *a = pa, *b = pb;
  int c;

  if ((a->at == NULL) != (b->at == NULL))
    return a->at == NULL ? 1 : -1;
  if (a->at != NULL && (c = g_date_time_compare (a->at, b->at)) != 0)
    return c;
  return 0;   /* g_array_sort is stable: the session's order stands */
}

/**
 * pl_meetings_statements:
 * @item_id: an agenda item's _id
 *
 * The statements made on the item: the speakers marked spoken on its
 * lists of speakers, in the order they spoke (`spoke_at`); those marked
 * spoken before issue 20, without a time, come last in the session's
 * order.
 *
 * Returns: (transfer container) (element-type PlSpeaker): the speakers
 */
GPtrArray *
pl_meetings_statements (PlSession  *session,
                        const char *item_id)
{
  GListModel *speakers;
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (SpeakerAt));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_SESSION (session), result);

  g_array_set_clear_func (found, speaker_at_clear);
  speakers = pl_session_get_records (session, PL_TYPE_SPEAKER);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlSpeaker) speaker = g_list_model_get_item (speakers, i);
      PlRecord *list = pl_session_lookup (session, pl_speaker_get_list (speaker));
      SpeakerAt entry;

      if (pl_speaker_get_status (speaker) != PL_SPEAKER_STATUS_SPOKEN || !PL_IS_SPEAKER_LIST (list)
          || item_id == NULL || g_strcmp0 (pl_speaker_list_get_item (PL_SPEAKER_LIST (list)), item_id) != 0)
        continue;
      entry.speaker = speaker;
      entry.at = parse_instant (session, pl_speaker_get_spoke_at (speaker));
      g_array_append_val (found, entry);
    }
  g_array_sort (found, compare_speaker_at);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (result, g_object_ref (g_array_index (found, SpeakerAt, i).speaker));
  return result;
}
