/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-codec.h"
#include "pl-participation.h"
#include "pl-session-file.h"
#include "pl-speaker-forecast.h"
#include "pl-speaker-order.h"
#include "pl-test-support.h"

/*
 * Issue 18: requests to speak as staff answer them, the room's state, and
 * the forecast a delegate sees. A small session of its own, in UTC: item
 * "item:gd" served by meeting A (2030-03-04, 10:00-10:20, the item alone:
 * twenty minutes) and meeting B (15:00-17:00); list "speaker_list:gd",
 * three minutes a statement, five for a group.
 */

#define LIST "speaker_list:gd"
#define AUSTRIA "delegation:AUT"

static PlSession *
small_session (gboolean with_meetings)
{
  PlSession *session = pl_session_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  PlAgendaItem *item = pl_agenda_item_new ("item:gd");
  PlSpeakerList *list = pl_speaker_list_new (LIST);
  PlDelegation *austria = pl_delegation_new (AUSTRIA);
  PlDelegation *belgium = pl_delegation_new ("delegation:BEL");

  pl_session_settings_set_timezone (pl_session_get_settings (session), "UTC");
  pl_agenda_item_set_title (item, "General discussion");
  g_ptr_array_add (records, item);
  pl_speaker_list_set_item (list, "item:gd");
  pl_speaker_list_set_title (list, "General discussion");
  pl_speaker_list_set_time_limit_s (list, 180);
  pl_speaker_list_set_group_time_limit_s (list, 300);
  g_ptr_array_add (records, list);

  g_assert_true (json_parser_load_from_data (parser,
                                             "[{\"id\":\"m-anna\",\"name\":\"Anna Huber\",\"function\":\"head\",\"rank\":\"minister\"},"
                                             " {\"id\":\"m-ben\",\"name\":\"Ben Gruber\",\"function\":\"adviser\",\"rank\":\"official\"}]",
                                             -1, &error));
  g_assert_no_error (error);
  pl_delegation_set_name (austria, "Austria");
  pl_delegation_set_iso3 (austria, "AUT");
  pl_delegation_set_members (austria, json_parser_get_root (parser));
  g_ptr_array_add (records, austria);
  pl_delegation_set_name (belgium, "Belgium");
  pl_delegation_set_iso3 (belgium, "BEL");
  g_ptr_array_add (records, belgium);

  if (with_meetings)
    {
      const char *times[][3] = { { "meeting:a", "10:00", "10:20" }, { "meeting:b", "15:00", "17:00" } };

      for (guint i = 0; i < G_N_ELEMENTS (times); i++)
        {
          PlMeeting *meeting = pl_meeting_new (times[i][0]);
          g_autoptr(JsonParser) entries = json_parser_new ();

          g_assert_true (json_parser_load_from_data (entries, "[{\"item\":\"item:gd\"}]", -1, NULL));
          pl_meeting_set_date (meeting, "2030-03-04");
          pl_meeting_set_start (meeting, times[i][1]);
          pl_meeting_set_end (meeting, times[i][2]);
          pl_meeting_set_entries (meeting, json_parser_get_root (entries));
          g_ptr_array_add (records, meeting);
        }
    }

  pl_session_load_records (session, records);
  pl_history_clear (pl_session_get_history (session));
  return session;
}

static PlSpeakerRequest *
add_request (PlSession  *session,
             const char *delegation,
             const char *member,
             const char *person,
             PlRank      claimed,
             const char *requested_at)
{
  g_autoptr(PlSpeakerRequest) request = pl_speaker_request_new (NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  pl_speaker_request_set_list (request, LIST);
  pl_speaker_request_set_delegation (request, delegation);
  pl_speaker_request_set_member (request, member);
  pl_speaker_request_set_person (request, person);
  pl_speaker_request_set_rank (request, claimed);
  pl_speaker_request_set_requested_at (request, requested_at);
  pl_speaker_request_set_requested_by (request, "delegation:AUT");
  g_ptr_array_add (records, g_object_ref (request));
  pl_session_load_records (session, records);
  return PL_SPEAKER_REQUEST (pl_session_lookup (session, pl_record_get_id (PL_RECORD (request))));
}

/* Speakers "S1".."Sn", one minute apart from 09:00, all officials of
 * different delegations' ids (the order then goes by time of request). */
static GPtrArray *
add_speakers (PlSession *session,
              guint      n)
{
  GPtrArray *speakers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      PlSpeaker *speaker = pl_speaker_new (NULL);
      g_autofree char *person = g_strdup_printf ("S%u", i + 1);
      g_autofree char *when = g_strdup_printf ("2030-03-01T09:%02u:00Z", i);

      pl_speaker_set_list (speaker, LIST);
      pl_speaker_set_delegation (speaker, AUSTRIA);
      pl_speaker_set_person (speaker, person);
      pl_speaker_set_rank (speaker, PL_RANK_OFFICIAL);
      pl_speaker_set_requested_at (speaker, when);
      pl_session_add_record (session, PL_RECORD (speaker));
      g_ptr_array_add (speakers, speaker);
    }
  return speakers;
}

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (iso, utc);
}

static void
assert_expected (PlSpeakerForecast *forecast,
                 const char        *iso,
                 const char        *meeting)
{
  g_autoptr(GDateTime) want = at (iso);

  g_assert_nonnull (forecast->expected_at);
  if (!g_date_time_equal (forecast->expected_at, want))
    {
      g_autofree char *got = g_date_time_format_iso8601 (forecast->expected_at);

      g_error ("expected at %s, forecast %s", iso, got);
    }
  g_assert_cmpstr (forecast->meeting, ==, meeting);
}

/* The new fields survive a write and a read; a request without `status`
 * (written before it existed, or by a delegate) reads as pending and is
 * written back without one. */
static void
test_request_fields_round_trip (void)
{
  g_autoptr(PlSpeakerRequest) request = pl_speaker_request_new ("speaker_request:1");
  g_autoptr(PlRecord) copy = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PlRecord) old = NULL;

  pl_speaker_request_set_member (request, "m-ben");
  pl_speaker_request_set_status (request, PL_SPEAKER_REQUEST_DECLINED);
  pl_speaker_request_set_reason (request, "The list is closed.");
  pl_speaker_request_set_speaker (request, "speaker:9");
  json = pl_codec_record_to_json (PL_RECORD (request));
  g_assert_cmpstr (json_object_get_string_member (json, "status"), ==, "declined");
  g_assert_cmpstr (json_object_get_string_member (json, "member"), ==, "m-ben");
  g_assert_true (pl_codec_record_from_json (json, &copy, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_speaker_request_get_member (PL_SPEAKER_REQUEST (copy)), ==, "m-ben");
  g_assert_cmpint (pl_speaker_request_get_status (PL_SPEAKER_REQUEST (copy)), ==, PL_SPEAKER_REQUEST_DECLINED);
  g_assert_cmpstr (pl_speaker_request_get_reason (PL_SPEAKER_REQUEST (copy)), ==, "The list is closed.");
  g_assert_cmpstr (pl_speaker_request_get_speaker (PL_SPEAKER_REQUEST (copy)), ==, "speaker:9");

  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"_id\":\"speaker_request:2\",\"type\":\"speaker_request\","
                                             "\"list\":\"speaker_list:gd\",\"delegation\":\"delegation:AUT\","
                                             "\"person\":\"Ben Gruber\",\"rank\":\"official\"}", -1, &error));
  g_assert_no_error (error);
  g_assert_true (pl_codec_record_from_json (json_node_get_object (json_parser_get_root (parser)), &old, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_speaker_request_get_status (PL_SPEAKER_REQUEST (old)), ==, PL_SPEAKER_REQUEST_PENDING);
  again = pl_codec_record_to_json (old);
  g_assert_false (json_object_has_member (again, "status"));
  g_assert_false (json_object_has_member (again, "reason"));

  /* A status this version does not know is refused, not read as another. */
  {
    g_autoptr(JsonParser) bad = json_parser_new ();
    g_autoptr(PlRecord) none = NULL;
    const char *bad_field = NULL;

    g_assert_true (json_parser_load_from_data (bad,
                                               "{\"_id\":\"speaker_request:3\",\"type\":\"speaker_request\","
                                               "\"status\":\"maybe\"}", -1, NULL));
    g_assert_false (pl_codec_record_from_json (json_node_get_object (json_parser_get_root (bad)), &none,
                                               &bad_field, &error));
    g_assert_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_BAD_VALUE);
    g_assert_cmpstr (bad_field, ==, "status");
  }
}

/* room_state is a known record type now: a file with one reads it into a
 * PlRoomState, found by body, and writes it back byte for byte. */
static void
test_room_state_round_trip (void)
{
  static const char text[] =
    "{\"format\":\"plenary-session\",\"version\":1,\"docs\":["
    "{\"_id\":\"session\",\"type\":\"session\",\"title\":\"T\",\"timezone\":\"UTC\"},"
    "{\"_id\":\"room_state:plenary\",\"type\":\"room_state\",\"meeting\":\"meeting:a\","
    "\"item\":\"item:gd\",\"list\":\"speaker_list:gd\",\"speaker\":\"speaker:1\","
    "\"started_at\":\"2030-03-04T10:00:00Z\",\"paused_at\":null,\"paused_s\":12,\"running\":true,"
    "\"time_limit_s\":180}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "room.plenary", &error);
  g_autoptr(PlSession) reloaded = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  PlRoomState *state;

  g_assert_no_error (error);
  state = pl_session_get_room_state (session, "plenary");
  g_assert_nonnull (state);
  g_assert_null (pl_session_get_room_state (session, "committee_of_the_whole"));
  g_assert_cmpuint (pl_session_get_foreign_docs (session)->len, ==, 0);
  g_assert_cmpstr (pl_room_state_get_meeting (state), ==, "meeting:a");
  g_assert_cmpstr (pl_room_state_get_list (state), ==, LIST);
  g_assert_cmpstr (pl_room_state_get_speaker (state), ==, "speaker:1");
  g_assert_cmpint (pl_room_state_get_paused_s (state), ==, 12);
  g_assert_true (pl_room_state_get_running (state));
  g_assert_cmpint (pl_room_state_get_time_limit_s (state), ==, 180);

  first = pl_session_file_serialize (session, NULL);
  again = g_bytes_new (first, strlen (first));
  reloaded = pl_session_file_load_bytes (again, "room.plenary", &error);
  g_assert_no_error (error);
  second = pl_session_file_serialize (reloaded, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"paused_at\" : null"));

  {
    g_autofree char *id = pl_room_state_id_for_body (PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE);

    g_assert_cmpstr (id, ==, "room_state:committee_of_the_whole");
  }
}

/* Elapsed time from instants: running, paused (frozen), before a start. */
static void
test_room_state_elapsed (void)
{
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  g_autoptr(GDateTime) now = at ("2030-03-04T10:02:00Z");
  g_autoptr(GDateTime) later = at ("2030-03-04T10:09:00Z");

  g_assert_cmpstr (pl_record_get_id (PL_RECORD (state)), ==, "room_state:plenary");
  g_assert_cmpint (pl_room_state_elapsed_s (state, now), ==, 0);
  pl_room_state_set_started_at (state, "2030-03-04T10:00:00Z");
  pl_room_state_set_paused_s (state, 15);
  pl_room_state_set_running (state, TRUE);
  g_assert_cmpint (pl_room_state_elapsed_s (state, now), ==, 105);

  pl_room_state_set_running (state, FALSE);
  pl_room_state_set_paused_at (state, "2030-03-04T10:01:00Z");
  g_assert_cmpint (pl_room_state_elapsed_s (state, now), ==, 45);
  g_assert_cmpint (pl_room_state_elapsed_s (state, later), ==, 45);
}

/* Accept takes the rank of the registration, not the request's claim: an
 * adviser claiming Head of State is listed as the official the
 * registration says. The request stays, accepted, naming the speaker;
 * undo takes back both in one step. */
static void
test_accept_registered_rank (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  PlHistory *history = pl_session_get_history (session);
  PlSpeakerRequest *request = add_request (session, AUSTRIA, "m-ben", "Ben Gruber", PL_RANK_HEAD_OF_STATE,
                                           "2030-03-01T08:00:00Z");
  g_autoptr(GError) error = NULL;
  g_autofree char *speaker_id = NULL;
  PlRecord *speaker;

  g_assert_true (pl_speaker_request_accept (session, request, &speaker_id, &error));
  g_assert_no_error (error);
  speaker = pl_session_lookup (session, speaker_id);
  g_assert_true (PL_IS_SPEAKER (speaker));
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (speaker)), ==, PL_RANK_OFFICIAL);
  g_assert_cmpstr (pl_speaker_get_person (PL_SPEAKER (speaker)), ==, "Ben Gruber");
  g_assert_cmpstr (pl_speaker_get_list (PL_SPEAKER (speaker)), ==, LIST);
  g_assert_cmpstr (pl_speaker_get_delegation (PL_SPEAKER (speaker)), ==, AUSTRIA);
  g_assert_cmpstr (pl_speaker_get_on_behalf_of (PL_SPEAKER (speaker)), ==, AUSTRIA);
  g_assert_cmpstr (pl_speaker_get_requested_at (PL_SPEAKER (speaker)), ==, "2030-03-01T08:00:00Z");
  g_assert_cmpint (pl_speaker_get_status (PL_SPEAKER (speaker)), ==, PL_SPEAKER_STATUS_LISTED);
  g_assert_cmpint (pl_speaker_get_manual_position (PL_SPEAKER (speaker)), ==, 0);
  g_assert_true (pl_session_lookup (session, pl_record_get_id (PL_RECORD (request))) == PL_RECORD (request));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_ACCEPTED);
  g_assert_cmpstr (pl_speaker_request_get_speaker (request), ==, speaker_id);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Accept Request to Speak");

  /* Accepting twice would list the speaker twice. */
  g_assert_false (pl_speaker_request_accept (session, request, NULL, &error));
  g_assert_error (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_ANSWERED);
  g_clear_error (&error);

  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_session_lookup (session, speaker_id));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_null (pl_speaker_request_get_speaker (request));
  g_assert_false (pl_history_get_can_undo (history));

  g_assert_true (pl_history_redo (history));
  g_assert_true (PL_IS_SPEAKER (pl_session_lookup (session, speaker_id)));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_ACCEPTED);
}

/* Without a member id (an older request), the registered member of that
 * name gives the rank; nobody registered of that name gives no priority. */
static void
test_accept_by_name_or_unknown (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  PlSpeakerRequest *by_name = add_request (session, AUSTRIA, NULL, "anna  HUBER", PL_RANK_OFFICIAL,
                                           "2030-03-01T08:00:00Z");
  PlSpeakerRequest *stranger = add_request (session, AUSTRIA, NULL, "Carl Stranger", PL_RANK_HEAD_OF_STATE,
                                            "2030-03-01T08:01:00Z");
  PlSpeakerRequest *unknown_id = add_request (session, AUSTRIA, "m-nobody", NULL, PL_RANK_HEAD_OF_STATE,
                                              "2030-03-01T08:02:00Z");
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_autoptr(GError) error = NULL;
  const char *name = NULL;
  PlMemberFunction function = PL_MEMBER_FUNCTION_ADVISER;
  PlRank rank = PL_RANK_UNKNOWN;

  g_assert_true (pl_delegation_lookup_member (PL_DELEGATION (pl_session_lookup (session, AUSTRIA)), "m-anna",
                                              &name, &function, &rank));
  g_assert_cmpstr (name, ==, "Anna Huber");
  g_assert_cmpint (function, ==, PL_MEMBER_FUNCTION_HEAD);
  g_assert_cmpint (rank, ==, PL_RANK_MINISTER);
  g_assert_false (pl_delegation_lookup_member (PL_DELEGATION (pl_session_lookup (session, AUSTRIA)), "m-nobody",
                                               NULL, NULL, NULL));

  g_assert_true (pl_speaker_request_accept (session, by_name, &a, &error));
  g_assert_true (pl_speaker_request_accept (session, stranger, &b, &error));
  g_assert_true (pl_speaker_request_accept (session, unknown_id, &c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (pl_session_lookup (session, a))), ==, PL_RANK_MINISTER);
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (pl_session_lookup (session, b))), ==, PL_RANK_UNKNOWN);
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (pl_session_lookup (session, c))), ==, PL_RANK_UNKNOWN);
}

/* A list or delegation gone: an error, and nothing changed. */
static void
test_accept_errors (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  PlHistory *history = pl_session_get_history (session);
  PlSpeakerRequest *request = add_request (session, AUSTRIA, "m-anna", NULL, PL_RANK_MINISTER, NULL);
  PlSpeakerRequest *foreign = add_request (session, "delegation:XYZ", NULL, "X", PL_RANK_OFFICIAL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  g_assert_false (pl_speaker_request_accept (session, foreign, &id, &error));
  g_assert_error (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_NO_DELEGATION);
  g_assert_null (id);
  g_clear_error (&error);

  pl_session_remove_record (session, pl_session_lookup (session, LIST));
  pl_history_clear (history);
  g_assert_false (pl_speaker_request_accept (session, request, &id, &error));
  g_assert_error (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_NO_LIST);
  g_assert_null (id);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_SPEAKER)), ==, 0);
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
}

/* Decline keeps the request with the reason the delegate reads; undo
 * takes back both. */
static void
test_decline_keeps_reason (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  PlHistory *history = pl_session_get_history (session);
  PlSpeakerRequest *request = add_request (session, AUSTRIA, "m-anna", NULL, PL_RANK_MINISTER, NULL);

  pl_speaker_request_decline (session, request, "The list closed at noon.");
  g_assert_true (pl_session_lookup (session, pl_record_get_id (PL_RECORD (request))) == PL_RECORD (request));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_DECLINED);
  g_assert_cmpstr (pl_speaker_request_get_reason (request), ==, "The list closed at noon.");
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_SPEAKER)), ==, 0);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Decline Request to Speak");

  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_request_get_status (request), ==, PL_SPEAKER_REQUEST_PENDING);
  g_assert_null (pl_speaker_request_get_reason (request));
  g_assert_false (pl_history_get_can_undo (history));
}

/* My Requests: one delegation's, newest first, answered ones included. */
static void
test_requests_of (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  PlSpeakerRequest *old = add_request (session, AUSTRIA, "m-anna", NULL, PL_RANK_MINISTER, "2030-03-01T08:00:00Z");
  PlSpeakerRequest *other = add_request (session, "delegation:BEL", NULL, "B", PL_RANK_OFFICIAL, "2030-03-01T09:00:00Z");
  /* 08:30 UTC, written with an offset: compared as instants */
  PlSpeakerRequest *newest = add_request (session, AUSTRIA, "m-ben", NULL, PL_RANK_OFFICIAL, "2030-03-01T10:30:00+02:00");
  PlSpeakerRequest *middle = add_request (session, AUSTRIA, "m-ben", NULL, PL_RANK_OFFICIAL, "2030-03-01T08:10:00Z");
  g_autoptr(GPtrArray) mine = NULL;

  pl_speaker_request_decline (session, middle, "No.");
  mine = pl_session_requests_of (session, AUSTRIA);
  g_assert_cmpuint (mine->len, ==, 3);
  g_assert_true (g_ptr_array_index (mine, 0) == newest);
  g_assert_true (g_ptr_array_index (mine, 1) == middle);
  g_assert_true (g_ptr_array_index (mine, 2) == old);
  (void) other;
}

/* No room state: the first statements fill meeting A's twenty minutes
 * from its start; the seventh would run past 10:20 and goes to meeting B. */
static void
test_forecast_without_room_state (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  g_autoptr(GPtrArray) speakers = add_speakers (session, 8);
  g_autoptr(GDateTime) before = at ("2030-03-03T18:00:00Z");
  g_autoptr(GDateTime) during = at ("2030-03-04T10:05:00Z");
  g_autoptr(GDateTime) after_a = at ("2030-03-04T12:00:00Z");
  g_autoptr(PlSpeakerForecast) first = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 0), before);
  g_autoptr(PlSpeakerForecast) third = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 2), before);
  g_autoptr(PlSpeakerForecast) sixth = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 5), before);
  g_autoptr(PlSpeakerForecast) seventh = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 6), before);
  g_autoptr(PlSpeakerForecast) now_third = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 2), during);
  g_autoptr(PlSpeakerForecast) late = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 0), after_a);
  g_autoptr(PlSpeakerForecast) copy = NULL;

  g_assert_cmpint (first->position, ==, 1);
  g_assert_cmpint (first->ahead, ==, 0);
  assert_expected (first, "2030-03-04T10:00:00Z", "meeting:a");
  g_assert_cmpint (third->position, ==, 3);
  g_assert_cmpint (third->ahead, ==, 2);
  assert_expected (third, "2030-03-04T10:06:00Z", "meeting:a");
  assert_expected (sixth, "2030-03-04T10:15:00Z", "meeting:a");
  g_assert_cmpint (seventh->position, ==, 7);
  assert_expected (seventh, "2030-03-04T15:00:00Z", "meeting:b");
  /* Not before now: during meeting A, from now. */
  assert_expected (now_third, "2030-03-04T10:11:00Z", "meeting:a");
  /* Meeting A is over: meeting B. */
  assert_expected (late, "2030-03-04T15:00:00Z", "meeting:b");

  copy = pl_speaker_forecast_copy (seventh);
  g_assert_cmpint (copy->position, ==, 7);
  g_assert_true (g_date_time_equal (copy->expected_at, seventh->expected_at));

  /* A group statement ahead takes the group limit. */
  pl_speaker_set_on_behalf_of (g_ptr_array_index (speakers, 0), "group:african");
  {
    g_autoptr(PlSpeakerForecast) second = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 1), before);

    assert_expected (second, "2030-03-04T10:05:00Z", "meeting:a");
  }

  /* Spoken and withdrawn speakers are not counted, nor forecast. */
  pl_speaker_set_status (g_ptr_array_index (speakers, 0), PL_SPEAKER_STATUS_SPOKEN);
  pl_speaker_set_status (g_ptr_array_index (speakers, 1), PL_SPEAKER_STATUS_WITHDRAWN);
  {
    g_autoptr(PlSpeakerForecast) gone = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 0), before);
    g_autoptr(PlSpeakerForecast) now_first = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 2), before);

    g_assert_cmpint (gone->position, ==, 0);
    g_assert_null (gone->expected_at);
    g_assert_cmpint (now_first->position, ==, 1);
    assert_expected (now_first, "2030-03-04T10:00:00Z", "meeting:a");
  }
}

/* Past the last meeting that takes up the item: no estimate. Without any
 * meeting: from now, unbounded. */
static void
test_forecast_overflow_and_no_meeting (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  g_autoptr(PlSession) bare = small_session (FALSE);
  g_autoptr(GPtrArray) speakers = add_speakers (session, 50);
  g_autoptr(GPtrArray) few = add_speakers (bare, 4);
  g_autoptr(GDateTime) before = at ("2030-03-03T18:00:00Z");
  /* 6 fit in A, 40 in B: the 46th is the last */
  g_autoptr(PlSpeakerForecast) last = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 45), before);
  g_autoptr(PlSpeakerForecast) over = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 46), before);
  g_autoptr(PlSpeakerForecast) fourth = pl_speaker_forecast_for (bare, g_ptr_array_index (few, 3), before);

  assert_expected (last, "2030-03-04T16:57:00Z", "meeting:b");
  g_assert_cmpint (over->position, ==, 47);
  g_assert_null (over->expected_at);
  g_assert_null (over->meeting);
  assert_expected (fourth, "2030-03-03T18:09:00Z", NULL);
}

/* The room runs the list: the statement under way ends at its limit (its
 * paused time not counted, now if it is over), then the others follow,
 * moving to meeting B when meeting A ends. */
static void
test_forecast_with_room_state (void)
{
  g_autoptr(PlSession) session = small_session (TRUE);
  g_autoptr(GPtrArray) speakers = add_speakers (session, 8);
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  PlSpeaker *s1 = g_ptr_array_index (speakers, 0);
  g_autoptr(GDateTime) t1 = at ("2030-03-04T10:01:00Z");
  g_autoptr(GDateTime) t5 = at ("2030-03-04T10:05:00Z");
  g_autoptr(GDateTime) t10 = at ("2030-03-04T10:10:00Z");

  pl_speaker_set_status (s1, PL_SPEAKER_STATUS_SPEAKING);
  pl_room_state_set_meeting (state, "meeting:a");
  pl_room_state_set_item (state, "item:gd");
  pl_room_state_set_list (state, LIST);
  pl_room_state_set_speaker (state, pl_record_get_id (PL_RECORD (s1)));
  pl_room_state_set_started_at (state, "2030-03-04T10:00:00Z");
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_time_limit_s (state, 180);
  pl_session_add_record (session, PL_RECORD (state));

  {
    g_autoptr(PlSpeakerForecast) speaking = pl_speaker_forecast_for (session, s1, t1);
    g_autoptr(PlSpeakerForecast) second = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 1), t1);
    g_autoptr(PlSpeakerForecast) third = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 2), t1);
    g_autoptr(PlSpeakerForecast) sixth = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 5), t1);
    g_autoptr(PlSpeakerForecast) seventh = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 6), t1);

    g_assert_cmpint (speaking->position, ==, 1);
    assert_expected (speaking, "2030-03-04T10:00:00Z", "meeting:a");
    g_assert_cmpint (second->position, ==, 2);
    g_assert_cmpint (second->ahead, ==, 1);
    assert_expected (second, "2030-03-04T10:03:00Z", "meeting:a");
    assert_expected (third, "2030-03-04T10:06:00Z", "meeting:a");
    /* 10:03 + 4 × 3 min = 10:15; 10:15-10:18 fits */
    assert_expected (sixth, "2030-03-04T10:15:00Z", "meeting:a");
    /* 10:18-10:21 would run past the end of meeting A */
    assert_expected (seventh, "2030-03-04T15:00:00Z", "meeting:b");
  }

  /* Paused at 10:00:30: thirty seconds used, two and a half left. */
  pl_room_state_set_running (state, FALSE);
  pl_room_state_set_paused_at (state, "2030-03-04T10:00:30Z");
  {
    g_autoptr(PlSpeakerForecast) second = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 1), t5);

    assert_expected (second, "2030-03-04T10:07:30Z", "meeting:a");
  }

  /* Running again, over the limit at 10:10: the next one is due now. */
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_paused_at (state, NULL);
  {
    g_autoptr(PlSpeakerForecast) second = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 1), t10);
    g_autoptr(PlSpeakerForecast) fourth = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 3), t10);

    assert_expected (second, "2030-03-04T10:10:00Z", "meeting:a");
    assert_expected (fourth, "2030-03-04T10:16:00Z", "meeting:a");
  }

  /* Between statements (no one speaking): from now. */
  pl_speaker_set_status (s1, PL_SPEAKER_STATUS_SPOKEN);
  pl_room_state_set_speaker (state, NULL);
  pl_room_state_set_started_at (state, NULL);
  {
    g_autoptr(PlSpeakerForecast) second = pl_speaker_forecast_for (session, g_ptr_array_index (speakers, 1), t10);

    g_assert_cmpint (second->position, ==, 1);
    assert_expected (second, "2030-03-04T10:10:00Z", "meeting:a");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/requests/fields-round-trip", test_request_fields_round_trip);
  g_test_add_func ("/requests/accept-registered-rank", test_accept_registered_rank);
  g_test_add_func ("/requests/accept-by-name-or-unknown", test_accept_by_name_or_unknown);
  g_test_add_func ("/requests/accept-errors", test_accept_errors);
  g_test_add_func ("/requests/decline-keeps-reason", test_decline_keeps_reason);
  g_test_add_func ("/requests/of-delegation", test_requests_of);
  g_test_add_func ("/room-state/round-trip", test_room_state_round_trip);
  g_test_add_func ("/room-state/elapsed", test_room_state_elapsed);
  g_test_add_func ("/forecast/without-room-state", test_forecast_without_room_state);
  g_test_add_func ("/forecast/overflow-and-no-meeting", test_forecast_overflow_and_no_meeting);
  g_test_add_func ("/forecast/with-room-state", test_forecast_with_room_state);

  return g_test_run ();
}
