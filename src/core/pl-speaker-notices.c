/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-room-state.h"
#include "pl-speaker-forecast.h"
#include "pl-speaker-notices.h"
#include "pl-speaker-order.h"

/*
 * What the people on the floor should be told (issue 18, point 5), as a
 * rule on the session's records, so that it is the same wherever it is
 * shown: the secretariat learns of each pending request to speak; a
 * delegation learns that its request was accepted or declined (with the
 * reason), that a list closes within a quarter of an hour, and, while a
 * list runs in the room (its `room_state` has a statement on), that one
 * of its speakers is third, second or next.
 *
 * Each notice has an id naming its event, so that whoever gives the
 * notices gives each once (PlNotices in the app remembers the ids).
 */

G_DEFINE_BOXED_TYPE (PlSpeakerNotice, pl_speaker_notice, pl_speaker_notice_copy, pl_speaker_notice_free)

PlSpeakerNotice *
pl_speaker_notice_copy (PlSpeakerNotice *notice)
{
  PlSpeakerNotice *copy = g_new0 (PlSpeakerNotice, 1);

  copy->id = g_strdup (notice->id);
  copy->title = g_strdup (notice->title);
  copy->body = g_strdup (notice->body);
  return copy;
}

void
pl_speaker_notice_free (PlSpeakerNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->id);
  g_free (notice->title);
  g_free (notice->body);
  g_free (notice);
}

static void
add (GPtrArray  *notices,
     char       *id,
     const char *title,
     char       *body)
{
  PlSpeakerNotice *notice = g_new0 (PlSpeakerNotice, 1);

  notice->id = id;
  notice->title = g_strdup (title);
  notice->body = body;
  g_ptr_array_add (notices, notice);
}

static const char *
list_title (PlSession  *session,
            const char *list_id)
{
  PlRecord *list = pl_session_lookup (session, list_id);

  if (PL_IS_SPEAKER_LIST (list) && pl_speaker_list_get_title (PL_SPEAKER_LIST (list)) != NULL)
    return pl_speaker_list_get_title (PL_SPEAKER_LIST (list));
  return list_id != NULL ? list_id : "";
}

static const char *
delegation_name (PlSession  *session,
                 const char *delegation_id)
{
  PlRecord *delegation = pl_session_lookup (session, delegation_id);

  if (PL_IS_DELEGATION (delegation) && pl_delegation_get_name (PL_DELEGATION (delegation)) != NULL)
    return pl_delegation_get_name (PL_DELEGATION (delegation));
  return delegation_id != NULL ? delegation_id : "";
}

/**
 * pl_speaker_notices_for_secretariat:
 *
 * Returns: (transfer container) (element-type PlSpeakerNotice): one
 *   notice per pending request to speak
 */
GPtrArray *
pl_speaker_notices_for_secretariat (PlSession *session)
{
  GListModel *requests;
  GPtrArray *notices = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_speaker_notice_free);

  g_return_val_if_fail (PL_IS_SESSION (session), notices);

  requests = pl_session_get_records (session, PL_TYPE_SPEAKER_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      const char *person = pl_speaker_request_get_person (request);

      if (pl_speaker_request_get_status (request) != PL_SPEAKER_REQUEST_PENDING)
        continue;
      add (notices, g_strdup_printf ("request:%s", pl_record_get_id (PL_RECORD (request))),
           _("New Request to Speak"),
           person != NULL && *person != '\0'
           /* Translators: “Austria asks for the floor on “General debate” for Ms. Gruber” */
           ? g_strdup_printf (_("%s asks for the floor on “%s” for %s"),
                              delegation_name (session, pl_speaker_request_get_delegation (request)),
                              list_title (session, pl_speaker_request_get_list (request)), person)
           : g_strdup_printf (_("%s asks for the floor on “%s”"),
                              delegation_name (session, pl_speaker_request_get_delegation (request)),
                              list_title (session, pl_speaker_request_get_list (request))));
    }
  return notices;
}

/* The list has a statement on in the room: its room_state names it with
 * a speaker. */
static gboolean
list_runs (PlSession  *session,
           const char *list_id)
{
  GListModel *states = pl_session_get_records (session, PL_TYPE_ROOM_STATE);

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(PlRoomState) state = g_list_model_get_item (states, i);

      if (g_strcmp0 (pl_room_state_get_list (state), list_id) == 0 && pl_room_state_get_speaker (state) != NULL)
        return TRUE;
    }
  return FALSE;
}

static char *
format_time (PlSession *session,
             GDateTime *date_time)
{
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (session);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date_time, tz);

  /* Translators: a time of day, see g_date_time_format() */
  return g_date_time_format (local, _("%H:%M"));
}

static void
add_position (GPtrArray  *notices,
              PlSession  *session,
              PlSpeaker  *speaker,
              GDateTime  *now)
{
  g_autoptr(PlSpeakerForecast) forecast = NULL;
  g_autofree char *title = NULL;
  char *body;
  int minutes = -1;

  if (pl_speaker_get_status (speaker) != PL_SPEAKER_STATUS_LISTED || !list_runs (session, pl_speaker_get_list (speaker)))
    return;
  forecast = pl_speaker_forecast_for (session, speaker, now);
  if (forecast == NULL || forecast->position < 1 || forecast->position > PL_SPEAKER_NOTICE_POSITION)
    return;

  if (forecast->expected_at != NULL)
    minutes = (int) MAX (0, (g_date_time_difference (forecast->expected_at, now) + 59 * G_TIME_SPAN_SECOND)
                            / G_TIME_SPAN_MINUTE);
  /* The position counts the one speaking: 2nd is next after them. */
  switch (forecast->position)
    {
    case 1:
      title = g_strdup (_("You Are Next"));
      break;
    case 2:
      title = g_strdup (_("You Are 2nd"));
      break;
    default:
      title = g_strdup (_("You Are 3rd"));
      break;
    }
  if (minutes >= 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s on “%s”: about %d minute", "%s on “%s”: about %d minutes",
                                         minutes),
                            pl_speaker_get_person (speaker) ?: "", list_title (session, pl_speaker_get_list (speaker)),
                            minutes);
  else
    body = g_strdup_printf (_("%s on “%s”"), pl_speaker_get_person (speaker) ?: "",
                            list_title (session, pl_speaker_get_list (speaker)));
  add (notices, g_strdup_printf ("position:%s:%d", pl_record_get_id (PL_RECORD (speaker)), forecast->position),
       title, body);
}

/**
 * pl_speaker_notices_for_delegation:
 * @delegation: a delegation's `_id`
 * @now: the time the notices are for
 *
 * Returns: (transfer container) (element-type PlSpeakerNotice): what the
 *   delegation should know now
 */
GPtrArray *
pl_speaker_notices_for_delegation (PlSession  *session,
                                   const char *delegation,
                                   GDateTime  *now)
{
  GPtrArray *notices = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_speaker_notice_free);
  GListModel *requests, *lists, *speakers;

  g_return_val_if_fail (PL_IS_SESSION (session), notices);
  g_return_val_if_fail (delegation != NULL, notices);
  g_return_val_if_fail (now != NULL, notices);

  requests = pl_session_get_records (session, PL_TYPE_SPEAKER_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      const char *id = pl_record_get_id (PL_RECORD (request));
      const char *title = list_title (session, pl_speaker_request_get_list (request));
      const char *person = pl_speaker_request_get_person (request) ?: "";

      if (g_strcmp0 (pl_speaker_request_get_delegation (request), delegation) != 0)
        continue;
      switch (pl_speaker_request_get_status (request))
        {
        case PL_SPEAKER_REQUEST_ACCEPTED:
          {
            PlRecord *speaker = pl_session_lookup (session, pl_speaker_request_get_speaker (request));
            g_autoptr(PlSpeakerForecast) forecast = PL_IS_SPEAKER (speaker)
                                                    ? pl_speaker_forecast_for (session, PL_SPEAKER (speaker), now)
                                                    : NULL;
            char *body;

            if (forecast != NULL && forecast->position > 0 && forecast->expected_at != NULL)
              {
                g_autofree char *at = format_time (session, forecast->expected_at);

                /* Translators: “Ms. Gruber is speaker 4 on “General debate”, at about 16:25” */
                body = g_strdup_printf (_("%s is speaker %d on “%s”, at about %s"), person, forecast->position, title, at);
              }
            else if (forecast != NULL && forecast->position > 0)
              body = g_strdup_printf (_("%s is speaker %d on “%s”"), person, forecast->position, title);
            else
              body = g_strdup_printf (_("%s is on “%s”"), person, title);
            add (notices, g_strdup_printf ("accepted:%s", id), _("Request to Speak Accepted"), body);
          }
          break;
        case PL_SPEAKER_REQUEST_DECLINED:
          {
            const char *reason = pl_speaker_request_get_reason (request);

            add (notices, g_strdup_printf ("declined:%s", id), _("Request to Speak Declined"),
                 reason != NULL && *reason != '\0'
                 /* Translators: “General debate, Ms. Gruber: The list is closed” */
                 ? g_strdup_printf (_("“%s”, %s: %s"), title, person, reason)
                 : g_strdup_printf (_("“%s”, %s"), title, person));
          }
          break;
        case PL_SPEAKER_REQUEST_PENDING:
        default:
          break;
        }
    }

  lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (lists, i);
      g_autoptr(GDateTime) closes = pl_speaker_order_parse_date_time (session, pl_speaker_list_get_closes (list));
      GTimeSpan left;

      if (closes == NULL)
        continue;
      left = g_date_time_difference (closes, now);
      if (left <= 0 || left > PL_SPEAKER_NOTICE_CLOSING_S * G_TIME_SPAN_SECOND)
        continue;
      {
        g_autofree char *at = format_time (session, closes);
        int minutes = (int) ((left + 59 * G_TIME_SPAN_SECOND) / G_TIME_SPAN_MINUTE);

        add (notices, g_strdup_printf ("closing:%s:%s", pl_record_get_id (PL_RECORD (list)),
                                       pl_speaker_list_get_closes (list)),
             _("List of Speakers Closing"),
             g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” closes at %s, in %d minute",
                                           "“%s” closes at %s, in %d minutes", minutes),
                              pl_speaker_list_get_title (list) ?: "", at, minutes));
      }
    }

  speakers = pl_session_get_records (session, PL_TYPE_SPEAKER);
  for (guint i = 0; i < g_list_model_get_n_items (speakers); i++)
    {
      g_autoptr(PlSpeaker) speaker = g_list_model_get_item (speakers, i);

      if (g_strcmp0 (pl_speaker_get_delegation (speaker), delegation) == 0)
        add_position (notices, session, speaker, now);
    }
  return notices;
}
