/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-check-meetings.h"
#include "pl-codec.h"
#include "pl-meetings.h"
#include "pl-report-overrides.h"
#include "pl-speaker-order.h"
#include "pl-speaker-timer.h"

/*
 * Issue 20: the meetings as held (pl-meetings.c), their checks
 * (pl-check-meetings.c), statements stamped when made (the timer's
 * spoke_at) and the Rapporteur's overrides (pl-report-overrides.c), on
 * small sessions built here, in the Vienna time zone (+02:00 in October).
 * Every action is undone and redone, and must leave the record as it was.
 */

#define TZ "Europe/Vienna"

static PlSession *
new_session (void)
{
  PlSession *session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);

  pl_history_set_recording (history, FALSE);
  pl_session_settings_set_timezone (pl_session_get_settings (session), TZ);
  pl_session_settings_set_start_date (pl_session_get_settings (session), "2020-10-12");
  pl_session_settings_set_end_date (pl_session_get_settings (session), "2020-10-16");
  pl_history_set_recording (history, TRUE);
  return session;
}

static PlMeeting *
add_meeting (PlSession     *session,
             PlMeetingBody  body,
             const char    *date,
             const char    *start,
             const char    *end)
{
  g_autoptr(PlMeeting) meeting = pl_meeting_new (NULL);

  pl_meeting_set_body (meeting, body);
  pl_meeting_set_date (meeting, date);
  pl_meeting_set_start (meeting, start);
  pl_meeting_set_end (meeting, end);
  pl_session_add_record (session, PL_RECORD (meeting));
  return meeting;   /* the session holds it */
}

static void
add_state (PlSession            *session,
           const char           *iso3,
           PlDelegationCategory  category)
{
  g_autofree char *id = g_strconcat ("delegation:", iso3, NULL);
  g_autoptr(PlDelegation) delegation = pl_delegation_new (id);

  pl_delegation_set_name (delegation, iso3);
  pl_delegation_set_iso3 (delegation, iso3);
  pl_delegation_set_category (delegation, category);
  pl_session_add_record (session, PL_RECORD (delegation));
}

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (TZ);

  return g_date_time_new_from_iso8601 (iso, tz);
}

static PlMeeting *
open_at (PlSession  *session,
         PlMeeting  *planned,
         PlMeetingBody body,
         const char *iso)
{
  g_autoptr(GDateTime) when = at (iso);
  g_autoptr(GError) error = NULL;
  PlMeeting *meeting = pl_meetings_open (session, planned, body, when, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  return meeting;
}

static void
close_at (PlSession  *session,
          PlMeeting  *meeting,
          const char *iso)
{
  g_autoptr(GDateTime) when = at (iso);
  g_autoptr(GError) error = NULL;

  g_assert_true (pl_meetings_close (session, meeting, when, &error));
  g_assert_no_error (error);
}

/* The codes the meeting checks find, sorted, space-separated, each with
 * its subject when @with_subject. */
static char *
meeting_codes (PlSession  *session,
               const char *now)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) when = at (now);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  pl_check_meetings_at (session, when, findings);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (codes, (gpointer) pl_finding_get_code (g_ptr_array_index (findings, i)));
  g_ptr_array_sort (codes, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (codes, NULL);
  return g_strjoinv (" ", (char **) codes->pdata);
}

/* ---------------------------------------------------------------------- */

static void
test_records (void)
{
  g_autoptr(PlMeeting) meeting = pl_meeting_new (NULL);
  g_autoptr(PlSpeaker) speaker = pl_speaker_new (NULL);
  g_autoptr(PlReportOverride) override = pl_report_override_new ("report_override:org:opening");
  const GType *types;
  guint n_types;

  /* A meeting without a status was planned: files from before issue 20. */
  g_assert_cmpint (pl_meeting_get_status (meeting), ==, PL_MEETING_STATUS_PLANNED);
  g_assert_null (pl_meeting_get_opened_at (meeting));
  g_assert_null (pl_meeting_get_taken_up (meeting));
  g_assert_null (pl_speaker_get_spoke_at (speaker));
  g_assert_cmpstr (pl_enum_to_nick (PL_TYPE_MEETING_STATUS, PL_MEETING_STATUS_CANCELLED), ==, "cancelled");

  /* The new type comes last, so files written before keep their order. */
  types = pl_session_list_record_types (&n_types);
  g_assert_cmpuint (types[n_types - 1], ==, PL_TYPE_REPORT_OVERRIDE);
  g_assert_cmpuint (pl_session_record_type_from_name ("report_override"), ==, PL_TYPE_REPORT_OVERRIDE);
  g_assert_true (pl_record_id_fits_type (pl_record_get_id (PL_RECORD (override)), "report_override"));
  g_assert_true (pl_record_id_fits_type ("report_override:item:abc:statements", "report_override"));
}

/* The fields as the document format names them, through the codec both
 * ways; a meeting written without `status` reads as planned. */
static void
test_codec (void)
{
  g_autoptr(PlMeeting) meeting = pl_meeting_new ("meeting:1");
  g_autoptr(PlSpeaker) speaker = pl_speaker_new ("speaker:1");
  g_autoptr(PlReportOverride) override = pl_report_override_new ("report_override:org:opening");
  g_autoptr(JsonNode) taken = json_from_string ("[{\"item\":\"item:1\",\"note\":\"\"}]", NULL);
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(PlRecord) back = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  pl_meeting_set_status (meeting, PL_MEETING_STATUS_HELD);
  pl_meeting_set_opened_at (meeting, "2020-10-12T10:03:00+02:00");
  pl_meeting_set_closed_at (meeting, "2020-10-12T12:58:00+02:00");
  pl_meeting_set_presiding (meeting, "officer:president");
  pl_meeting_set_taken_up (meeting, taken);
  object = pl_codec_record_to_json (PL_RECORD (meeting));
  g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "held");
  g_assert_cmpstr (json_object_get_string_member (object, "opened_at"), ==, "2020-10-12T10:03:00+02:00");
  g_assert_cmpstr (json_object_get_string_member (object, "closed_at"), ==, "2020-10-12T12:58:00+02:00");
  g_assert_cmpstr (json_object_get_string_member (object, "presiding"), ==, "officer:president");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "taken_up")), ==, 1);
  g_assert_true (pl_codec_record_from_json (object, &back, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_meeting_get_status (PL_MEETING (back)), ==, PL_MEETING_STATUS_HELD);
  g_assert_cmpstr (pl_meeting_get_closed_at (PL_MEETING (back)), ==, "2020-10-12T12:58:00+02:00");
  g_clear_object (&back);
  g_clear_pointer (&object, json_object_unref);

  g_assert_true (json_parser_load_from_data (parser, "{\"_id\":\"meeting:2\",\"type\":\"meeting\","
                                             "\"date\":\"2020-10-12\"}", -1, NULL));
  g_assert_true (pl_codec_record_from_json (json_node_get_object (json_parser_get_root (parser)), &back, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_meeting_get_status (PL_MEETING (back)), ==, PL_MEETING_STATUS_PLANNED);
  g_clear_object (&back);

  pl_speaker_set_spoke_at (speaker, "2020-10-12T10:21:35+02:00");
  object = pl_codec_record_to_json (PL_RECORD (speaker));
  g_assert_cmpstr (json_object_get_string_member (object, "spoke_at"), ==, "2020-10-12T10:21:35+02:00");
  g_clear_pointer (&object, json_object_unref);

  pl_report_override_set_paragraph (override, "org:opening");
  pl_report_override_set_text (override, "The session was opened by *the President*.");
  pl_report_override_set_edited_by (override, "rapporteur");
  object = pl_codec_record_to_json (PL_RECORD (override));
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "report_override");
  g_assert_cmpstr (json_object_get_string_member (object, "paragraph"), ==, "org:opening");
  g_assert_cmpstr (json_object_get_string_member (object, "edited_by"), ==, "rapporteur");
  g_assert_true (pl_codec_record_from_json (object, &back, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (PL_IS_REPORT_OVERRIDE (back));
  g_assert_cmpstr (pl_report_override_get_text (PL_REPORT_OVERRIDE (back)), ==,
                   "The session was opened by *the President*.");
}

/* Numbers count the held meetings of a body in the order they opened:
 * the Committee of the Whole's do not shift the plenary's, a cancelled
 * meeting takes none, and a meeting held out of its planned order takes
 * the number of when it was held. */
static void
test_numbering (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlMeeting *first = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *second = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "15:00", "18:00");
  PlMeeting *third = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-13", "10:00", "13:00");
  PlMeeting *cancelled = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-13", "15:00", "18:00");
  PlMeeting *committee = add_meeting (session, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE,
                                      "2020-10-12", "15:00", "18:00");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pl_meetings_number (session, first), ==, 0);

  open_at (session, first, PL_MEETING_BODY_PLENARY, "2020-10-12T10:05:00");
  close_at (session, first, "2020-10-12T12:58:00");
  /* The Committee sits in parallel with the plenary's second meeting. */
  open_at (session, committee, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "2020-10-12T15:00:00");
  /* Held the next morning first: the "third" meeting is the second. */
  open_at (session, third, PL_MEETING_BODY_PLENARY, "2020-10-13T10:00:00");
  close_at (session, third, "2020-10-13T13:00:00");
  open_at (session, second, PL_MEETING_BODY_PLENARY, "2020-10-13T15:10:00");
  g_assert_true (pl_meetings_cancel (session, cancelled, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pl_meetings_number (session, first), ==, 1);
  g_assert_cmpint (pl_meetings_number (session, third), ==, 2);
  g_assert_cmpint (pl_meetings_number (session, second), ==, 3);
  g_assert_cmpint (pl_meetings_number (session, committee), ==, 1);
  g_assert_cmpint (pl_meetings_number (session, cancelled), ==, 0);

  /* An unplanned meeting opened before the first would come first: the
   * order is the instants', not the planned dates'. */
  g_assert_true (pl_meetings_close (session, second, NULL, NULL));
  {
    PlMeeting *early = open_at (session, NULL, PL_MEETING_BODY_PLENARY, "2020-10-12T09:00:00");

    g_assert_cmpint (pl_meetings_number (session, early), ==, 1);
    g_assert_cmpint (pl_meetings_number (session, first), ==, 2);
  }
}

static void
test_open (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  PlMeeting *first = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *second = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "15:00", "18:00");
  PlMeeting *committee = add_meeting (session, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE,
                                      "2020-10-12", "10:00", "13:00");
  g_autoptr(GDateTime) when = at ("2020-10-12T10:30:00");
  g_autoptr(GError) error = NULL;
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  PlMeeting *unplanned;

  g_assert_null (pl_meetings_open_meeting (session, PL_MEETING_BODY_PLENARY));
  g_assert_true (open_at (session, first, PL_MEETING_BODY_PLENARY, "2020-10-12T10:03:00") == first);
  g_assert_cmpint (pl_meeting_get_status (first), ==, PL_MEETING_STATUS_HELD);
  g_assert_cmpstr (pl_meeting_get_opened_at (first), ==, "2020-10-12T10:03:00+02:00");
  g_assert_true (pl_meetings_open_meeting (session, PL_MEETING_BODY_PLENARY) == first);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Open Meeting");

  /* A body sits once at a time: refused, and nothing changed. */
  g_assert_null (pl_meetings_open (session, second, PL_MEETING_BODY_PLENARY, when, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_ALREADY_OPEN);
  g_clear_error (&error);
  g_assert_null (pl_meetings_open (session, NULL, PL_MEETING_BODY_PLENARY, when, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_ALREADY_OPEN);
  g_clear_error (&error);
  g_assert_cmpint (pl_meeting_get_status (second), ==, PL_MEETING_STATUS_PLANNED);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 3);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Open Meeting");

  /* Another body may sit at the same time. */
  open_at (session, committee, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "2020-10-12T10:30:00");

  /* Open twice: refused, held already. */
  close_at (session, first, "2020-10-12T12:00:00");
  g_assert_null (pl_meetings_open (session, first, PL_MEETING_BODY_PLENARY, when, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_cmpstr (pl_meeting_get_closed_at (first), ==, "2020-10-12T12:00:00+02:00");

  /* A meeting not planned: on the day and at the time it opened, two
   * hours long unless the body's next meeting starts sooner. */
  unplanned = open_at (session, NULL, PL_MEETING_BODY_PLENARY, "2020-10-12T13:30:00");
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 4);
  g_assert_cmpstr (pl_meeting_get_date (unplanned), ==, "2020-10-12");
  g_assert_cmpstr (pl_meeting_get_start (unplanned), ==, "13:30");
  g_assert_cmpstr (pl_meeting_get_end (unplanned), ==, "15:00");
  g_assert_cmpint (pl_meeting_get_body (unplanned), ==, PL_MEETING_BODY_PLENARY);
  g_assert_cmpint (pl_meeting_get_status (unplanned), ==, PL_MEETING_STATUS_HELD);
  g_assert_cmpstr (pl_meeting_get_opened_at (unplanned), ==, "2020-10-12T13:30:00+02:00");

  /* Undo takes it away in one step; redo brings it back. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 3);
  g_assert_null (pl_meetings_open_meeting (session, PL_MEETING_BODY_PLENARY));
  g_assert_true (pl_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 4);

  /* Undoing the opening of a planned meeting: planned again, no time. */
  g_assert_true (pl_history_undo (history));   /* the unplanned one */
  g_assert_true (pl_history_undo (history));   /* the close of the first */
  g_assert_null (pl_meeting_get_closed_at (first));
  g_assert_true (pl_history_undo (history));   /* the committee */
  g_assert_true (pl_history_undo (history));   /* the first's opening */
  g_assert_cmpint (pl_meeting_get_status (first), ==, PL_MEETING_STATUS_PLANNED);
  g_assert_null (pl_meeting_get_opened_at (first));
  g_assert_cmpint (pl_meeting_get_status (committee), ==, PL_MEETING_STATUS_PLANNED);
}

static void
test_close_and_cancel (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  PlMeeting *first = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *second = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "15:00", "18:00");
  g_autoptr(GDateTime) early = at ("2020-10-12T09:00:00");
  g_autoptr(GError) error = NULL;

  /* Not opened: it cannot close. */
  g_assert_false (pl_meetings_close (session, first, early, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);

  open_at (session, first, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");
  g_assert_false (pl_meetings_close (session, first, early, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_TIME);
  g_clear_error (&error);
  g_assert_null (pl_meeting_get_closed_at (first));

  close_at (session, first, "2020-10-12T13:02:00");
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Close Meeting");
  g_assert_false (pl_meetings_close (session, first, NULL, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);

  /* Only a planned meeting is cancelled. */
  g_assert_false (pl_meetings_cancel (session, first, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_cmpint (pl_meeting_get_status (first), ==, PL_MEETING_STATUS_HELD);
  g_assert_true (pl_meetings_cancel (session, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_meeting_get_status (second), ==, PL_MEETING_STATUS_CANCELLED);
  g_assert_false (pl_meetings_cancel (session, second, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);
  /* A cancelled meeting does not open. */
  g_assert_null (pl_meetings_open (session, second, PL_MEETING_BODY_PLENARY, NULL, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  g_clear_error (&error);

  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_meeting_get_status (second), ==, PL_MEETING_STATUS_PLANNED);
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_meeting_get_closed_at (first));
  g_assert_true (pl_meetings_open_meeting (session, PL_MEETING_BODY_PLENARY) == first);
  g_assert_true (pl_history_redo (history));
  g_assert_cmpstr (pl_meeting_get_closed_at (first), ==, "2020-10-12T13:02:00+02:00");
}

static void
test_presiding_items_attendance (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *one = pl_agenda_add_item (agenda, NULL, NULL, "Organizational matters");
  PlAgendaItem *two = pl_agenda_add_item (agenda, NULL, one, "Review");
  const char *one_id = pl_record_get_id (PL_RECORD (one));
  const char *two_id = pl_record_get_id (PL_RECORD (two));
  PlMeeting *meeting = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  g_autoptr(GError) error = NULL;
  JsonArray *taken;

  open_at (session, meeting, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");

  pl_meetings_set_presiding (session, meeting, "officer:president");
  g_assert_cmpstr (pl_meeting_get_presiding (meeting), ==, "officer:president");
  pl_meetings_set_presiding (session, meeting, "Ms. Acting");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_meeting_get_presiding (meeting), ==, "officer:president");
  pl_meetings_set_presiding (session, meeting, "");
  g_assert_null (pl_meeting_get_presiding (meeting));

  /* Items in the order taken up; an unknown one refused. */
  g_assert_false (pl_meetings_take_up (session, meeting, "item:nowhere", NULL, &error));
  g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_NO_ITEM);
  g_clear_error (&error);
  g_assert_null (pl_meeting_get_taken_up (meeting));
  g_assert_true (pl_meetings_take_up (session, meeting, two_id, "continued", &error));
  g_assert_true (pl_meetings_take_up (session, meeting, one_id, NULL, &error));
  g_assert_true (pl_meetings_take_up (session, meeting, two_id, NULL, &error));
  g_assert_no_error (error);
  taken = json_node_get_array (pl_meeting_get_taken_up (meeting));
  g_assert_cmpuint (json_array_get_length (taken), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (taken, 0), "item"), ==, two_id);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (taken, 0), "note"), ==, "continued");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (taken, 1), "item"), ==, one_id);

  g_assert_true (pl_meetings_drop_item (session, meeting, two_id));
  g_assert_false (pl_meetings_drop_item (session, meeting, two_id));
  taken = json_node_get_array (pl_meeting_get_taken_up (meeting));
  g_assert_cmpuint (json_array_get_length (taken), ==, 1);
  g_assert_true (pl_history_undo (history));
  taken = json_node_get_array (pl_meeting_get_taken_up (meeting));
  g_assert_cmpuint (json_array_get_length (taken), ==, 2);
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_meeting_get_taken_up (meeting));

  /* Attendance: ticked on and off, each an undo step. */
  g_assert_null (pl_meeting_get_present (meeting));
  pl_meetings_set_attending (session, meeting, "delegation:AUT", TRUE);
  pl_meetings_set_attending (session, meeting, "delegation:BEL", TRUE);
  pl_meetings_set_attending (session, meeting, "delegation:BEL", TRUE);
  g_assert_true (pl_meetings_is_attending (meeting, "delegation:AUT"));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (pl_meeting_get_present (meeting))), ==, 2);
  pl_meetings_set_attending (session, meeting, "delegation:AUT", FALSE);
  g_assert_false (pl_meetings_is_attending (meeting, "delegation:AUT"));
  g_assert_true (pl_meetings_is_attending (meeting, "delegation:BEL"));
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_meetings_is_attending (meeting, "delegation:AUT"));
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_meeting_get_present (meeting));

  /* A cancelled meeting took nothing up. */
  {
    PlMeeting *other = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-13", "10:00", "13:00");

    g_assert_true (pl_meetings_cancel (session, other, NULL));
    g_assert_false (pl_meetings_take_up (session, other, one_id, NULL, &error));
    g_assert_error (error, PL_MEETINGS_ERROR, PL_MEETINGS_ERROR_STATUS);
  }
}

/* Rule 41 at its exact boundaries: one third rounds up, a majority is more
 * than half; only States parties count. */
static void
test_quorum (void)
{
  static const struct {
    guint parties, to_open, to_decide;
  } cases[] = {
    { 190, 64, 96 }, { 3, 1, 2 }, { 4, 2, 3 }, { 6, 2, 4 }, { 7, 3, 4 }, { 1, 1, 1 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(PlSession) session = new_session ();
      PlMeeting *meeting = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
      PlMeetingQuorum quorum;

      for (guint i = 0; i < cases[c].parties; i++)
        {
          g_autofree char *iso3 = g_strdup_printf ("S%02u", i);

          add_state (session, iso3, PL_DELEGATION_CATEGORY_STATE_PARTY);
        }
      add_state (session, "SIG", PL_DELEGATION_CATEGORY_SIGNATORY);
      add_state (session, "EUR", PL_DELEGATION_CATEGORY_REIO);
      pl_meetings_quorum (session, meeting, &quorum);
      g_assert_cmpuint (quorum.participating, ==, cases[c].parties);
      g_assert_cmpuint (quorum.to_open, ==, cases[c].to_open);
      g_assert_cmpuint (quorum.to_decide, ==, cases[c].to_decide);
      g_assert_cmpuint (quorum.present, ==, 0);
    }
}

/* meetings.quorum fires one below the threshold and clears at it; only
 * once attendance is recorded; neither a signatory, a REIO nor a
 * delegation ticked twice counts. */
static void
test_check_quorum (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  PlMeeting *meeting = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeetingQuorum quorum;
  g_autofree char *codes = NULL;

  for (guint i = 0; i < 190; i++)
    {
      g_autofree char *iso3 = g_strdup_printf ("S%03u", i);

      add_state (session, iso3, PL_DELEGATION_CATEGORY_STATE_PARTY);
    }
  add_state (session, "SIG", PL_DELEGATION_CATEGORY_SIGNATORY);
  add_state (session, "EUR", PL_DELEGATION_CATEGORY_REIO);
  open_at (session, meeting, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");

  codes = meeting_codes (session, "2020-10-12T11:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);

  for (guint i = 0; i < 63; i++)
    {
      g_autofree char *id = g_strdup_printf ("delegation:S%03u", i);

      pl_meetings_set_attending (session, meeting, id, TRUE);
    }
  pl_meetings_set_attending (session, meeting, "delegation:SIG", TRUE);
  pl_meetings_set_attending (session, meeting, "delegation:EUR", TRUE);
  pl_meetings_quorum (session, meeting, &quorum);
  g_assert_cmpuint (quorum.present, ==, 63);
  codes = meeting_codes (session, "2020-10-12T11:00:00");
  g_assert_cmpstr (codes, ==, "meetings.quorum");
  g_clear_pointer (&codes, g_free);

  /* The whole check run sees it too, with the meeting as subject. */
  {
    g_autoptr(GListStore) all = pl_check_session (session);
    gboolean seen = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
      {
        g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (all), i);

        if (g_str_equal (pl_finding_get_code (finding), "meetings.quorum"))
          {
            seen = TRUE;
            g_assert_cmpstr (pl_finding_get_subject (finding), ==, pl_record_get_id (PL_RECORD (meeting)));
            g_assert_nonnull (strstr (pl_finding_get_message (finding), "63"));
            g_assert_nonnull (strstr (pl_finding_get_message (finding), "64"));
          }
      }
    g_assert_true (seen);
  }

  pl_meetings_set_attending (session, meeting, "delegation:S063", TRUE);
  codes = meeting_codes (session, "2020-10-12T11:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);

  g_assert_true (pl_history_undo (history));
  codes = meeting_codes (session, "2020-10-12T11:00:00");
  g_assert_cmpstr (codes, ==, "meetings.quorum");
}

static void
test_check_unheld_and_items (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *item = pl_agenda_add_item (agenda, NULL, NULL, "Organizational matters");
  PlMeeting *first = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *second = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "15:00", "18:00");
  g_autoptr(JsonNode) taken = NULL;
  g_autofree char *codes = NULL;

  /* A file without any record of meetings: a plan, not reported. */
  codes = meeting_codes (session, "2020-10-20T10:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);

  open_at (session, first, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");
  close_at (session, first, "2020-10-12T13:00:00");
  /* Before its end, the second is not past. */
  codes = meeting_codes (session, "2020-10-12T17:59:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);
  codes = meeting_codes (session, "2020-10-12T18:00:00");
  g_assert_cmpstr (codes, ==, "meetings.unheld");
  g_clear_pointer (&codes, g_free);
  g_assert_true (pl_meetings_cancel (session, second, NULL));
  codes = meeting_codes (session, "2020-10-12T18:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  codes = meeting_codes (session, "2020-10-13T09:00:00");
  g_assert_cmpstr (codes, ==, "meetings.unheld");
  g_clear_pointer (&codes, g_free);
  open_at (session, second, PL_MEETING_BODY_PLENARY, "2020-10-12T15:00:00");
  codes = meeting_codes (session, "2020-10-13T09:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);

  /* An item taken up that the agenda does not have (a file edited by
   * hand, or the item deleted since). */
  g_assert_true (pl_meetings_take_up (session, first, pl_record_get_id (PL_RECORD (item)), NULL, NULL));
  codes = meeting_codes (session, "2020-10-13T09:00:00");
  g_assert_cmpstr (codes, ==, "");
  g_clear_pointer (&codes, g_free);
  taken = json_from_string ("[{\"item\":\"item:gone\",\"note\":\"\"}]", NULL);
  pl_meeting_set_taken_up (second, taken);
  codes = meeting_codes (session, "2020-10-13T09:00:00");
  g_assert_cmpstr (codes, ==, "meetings.item-unknown");
  g_clear_pointer (&codes, g_free);
  g_assert_true (pl_meetings_drop_item (session, second, "item:gone"));
  codes = meeting_codes (session, "2020-10-13T09:00:00");
  g_assert_cmpstr (codes, ==, "");
}

static gint64
fake_monotonic (gpointer user_data)
{
  return *(gint64 *) user_data;
}

static gint64
fake_wall (gpointer user_data)
{
  return *(gint64 *) user_data;
}

/* Marking a speaker spoken stamps when, in the same undo step; undo
 * takes the stamp back, and the statement lands in its meeting. */
static void
test_spoke_at (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *item = pl_agenda_add_item (agenda, NULL, NULL, "General discussion");
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(PlSpeakerList) list = pl_speaker_list_new (NULL);
  g_autoptr(PlSpeaker) austria = pl_speaker_new (NULL);
  g_autoptr(PlSpeaker) belgium = pl_speaker_new (NULL);
  g_autoptr(PlSpeakerOrder) order = NULL;
  g_autoptr(PlSpeakerTimer) timer = NULL;
  g_autoptr(GDateTime) ten = at ("2020-10-12T10:20:00");
  g_autoptr(GPtrArray) statements = NULL;
  PlMeeting *plenary = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *committee = add_meeting (session, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE,
                                      "2020-10-12", "10:00", "13:00");
  gint64 monotonic = 1000 * G_USEC_PER_SEC;
  gint64 wall = g_date_time_to_unix (ten) * G_USEC_PER_SEC;

  add_state (session, "AUT", PL_DELEGATION_CATEGORY_STATE_PARTY);
  add_state (session, "BEL", PL_DELEGATION_CATEGORY_STATE_PARTY);
  pl_speaker_list_set_item (list, item_id);
  pl_speaker_list_set_title (list, "General discussion");
  pl_session_add_record (session, PL_RECORD (list));
  pl_speaker_set_list (austria, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_set_delegation (austria, "delegation:AUT");
  pl_speaker_set_requested_at (austria, "2020-09-01T10:00:00+02:00");
  pl_session_add_record (session, PL_RECORD (austria));
  pl_speaker_set_list (belgium, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_set_delegation (belgium, "delegation:BEL");
  pl_speaker_set_requested_at (belgium, "2020-09-02T10:00:00+02:00");
  pl_session_add_record (session, PL_RECORD (belgium));

  open_at (session, plenary, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");
  open_at (session, committee, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "2020-10-12T10:00:00");

  order = pl_speaker_order_new (session, list);
  timer = pl_speaker_timer_new (order);
  pl_speaker_timer_set_clock (timer, fake_monotonic, &monotonic);
  pl_speaker_timer_set_wall_clock (timer, fake_wall, &wall);

  g_assert_true (pl_speaker_timer_start (timer));
  monotonic += 95 * G_USEC_PER_SEC;
  wall += 95 * G_USEC_PER_SEC;
  g_assert_true (pl_speaker_timer_mark_spoken (timer));
  g_assert_cmpint (pl_speaker_get_status (austria), ==, PL_SPEAKER_STATUS_SPOKEN);
  g_assert_cmpint (pl_speaker_get_duration_s (austria), ==, 95);
  g_assert_cmpstr (pl_speaker_get_spoke_at (austria), ==, "2020-10-12T10:21:35+02:00");

  /* One undo step takes back the status, the duration and the stamp. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_get_status (austria), ==, PL_SPEAKER_STATUS_SPEAKING);
  g_assert_null (pl_speaker_get_spoke_at (austria));
  g_assert_true (pl_history_redo (history));
  g_assert_cmpstr (pl_speaker_get_spoke_at (austria), ==, "2020-10-12T10:21:35+02:00");

  /* Two bodies sat; nothing says which took the item up: the plenary. */
  g_assert_true (pl_meetings_of_statement (session, austria) == plenary);
  /* Once the Committee records it took the item up, the statement is its. */
  g_assert_true (pl_meetings_take_up (session, committee, item_id, NULL, NULL));
  g_assert_true (pl_meetings_of_statement (session, austria) == committee);
  g_assert_true (pl_meetings_at (session, PL_MEETING_BODY_PLENARY, "2020-10-12T10:21:35+02:00") == plenary);

  /* Belgium speaks after the Committee rose: the statement is the
   * plenary's, still sitting. */
  close_at (session, committee, "2020-10-12T10:30:00");
  wall += 20 * 60 * G_USEC_PER_SEC;
  g_assert_true (pl_speaker_timer_start (timer));
  monotonic += 60 * G_USEC_PER_SEC;
  g_assert_true (pl_speaker_timer_mark_spoken (timer));
  g_assert_cmpstr (pl_speaker_get_spoke_at (belgium), ==, "2020-10-12T10:41:35+02:00");
  g_assert_true (pl_meetings_of_statement (session, belgium) == plenary);

  statements = pl_meetings_statements (session, item_id);
  g_assert_cmpuint (statements->len, ==, 2);
  g_assert_true (g_ptr_array_index (statements, 0) == austria);
  g_assert_true (g_ptr_array_index (statements, 1) == belgium);
  g_clear_pointer (&statements, g_ptr_array_unref);

  /* Stamps, not the session's order, give the order of statements. */
  pl_speaker_set_spoke_at (austria, "2020-10-12T10:50:00+02:00");
  statements = pl_meetings_statements (session, item_id);
  g_assert_true (g_ptr_array_index (statements, 0) == belgium);
  g_clear_pointer (&statements, g_ptr_array_unref);

  /* After every meeting rose, a statement lands nowhere. */
  close_at (session, plenary, "2020-10-12T12:00:00");
  pl_speaker_set_spoke_at (austria, "2020-10-12T12:00:00+02:00");
  g_assert_null (pl_meetings_of_statement (session, austria));
  pl_speaker_set_spoke_at (austria, "2020-10-12T11:59:59+02:00");
  g_assert_true (pl_meetings_of_statement (session, austria) == plenary);
  pl_speaker_set_spoke_at (austria, "2020-10-12T09:59:59+02:00");
  g_assert_null (pl_meetings_of_statement (session, austria));

  /* Given the floor again, a speaker loses the stamp until they finish. */
  g_assert_true (pl_speaker_timer_previous (timer));
  g_assert_true (pl_speaker_timer_start (timer));
  g_assert_cmpint (pl_speaker_get_status (belgium), ==, PL_SPEAKER_STATUS_SPEAKING);
  g_assert_null (pl_speaker_get_spoke_at (belgium));
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_speaker_get_spoke_at (belgium), ==, "2020-10-12T10:41:35+02:00");
}

static void
test_lists (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *two = pl_agenda_add_item (agenda, NULL, NULL, "Review");
  PlAgendaItem *two_a = pl_agenda_add_item (agenda, two, NULL, "Trafficking");
  PlMeeting *late = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "15:00", "18:00");
  PlMeeting *early = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "10:00", "13:00");
  PlMeeting *committee = add_meeting (session, PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE,
                                      "2020-10-12", "10:00", "13:00");
  PlMeeting *next_day = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-13", "10:00", "13:00");
  g_autoptr(GPtrArray) day = NULL;
  g_autoptr(GPtrArray) considered = NULL;

  g_assert_true (pl_meetings_cancel (session, late, NULL));
  day = pl_meetings_on_date (session, "2020-10-12");
  g_assert_cmpuint (day->len, ==, 3);
  g_assert_true (g_ptr_array_index (day, 0) == early);
  g_assert_true (g_ptr_array_index (day, 1) == committee);
  g_assert_true (g_ptr_array_index (day, 2) == late);

  open_at (session, next_day, PL_MEETING_BODY_PLENARY, "2020-10-13T10:00:00");
  g_assert_true (pl_meetings_take_up (session, next_day, pl_record_get_id (PL_RECORD (two_a)), NULL, NULL));
  close_at (session, next_day, "2020-10-13T13:00:00");
  /* Recorded after the next day's, held before it. */
  open_at (session, early, PL_MEETING_BODY_PLENARY, "2020-10-12T10:00:00");
  g_assert_true (pl_meetings_take_up (session, early, pl_record_get_id (PL_RECORD (two)), NULL, NULL));
  /* Planned, never held: it did not consider the item. */
  pl_meeting_set_taken_up (late, pl_meeting_get_taken_up (early));

  considered = pl_meetings_for_item (session, pl_record_get_id (PL_RECORD (two_a)));
  g_assert_cmpuint (considered->len, ==, 2);
  g_assert_true (g_ptr_array_index (considered, 0) == early);
  g_assert_true (g_ptr_array_index (considered, 1) == next_day);
  g_clear_pointer (&considered, g_ptr_array_unref);
  considered = pl_meetings_for_item (session, pl_record_get_id (PL_RECORD (two)));
  g_assert_cmpuint (considered->len, ==, 1);
}

/* A cancelled meeting is no longer in the way: a meeting opened in its
 * slot does not overlap it, and the lists of speakers do not count on its
 * time. */
static void
test_cancelled_meetings (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *item = pl_agenda_add_item (agenda, NULL, NULL, "General discussion");
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  PlMeeting *planned = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "12:00", "14:00");
  PlMeeting *later = add_meeting (session, PL_MEETING_BODY_PLENARY, "2020-10-12", "16:00", "18:00");
  g_autoptr(PlSpeakerList) list = pl_speaker_list_new (NULL);
  g_autoptr(GPtrArray) entries = NULL;
  PlSpeakerProjection *projection = NULL;
  g_autofree char *entry = g_strdup_printf ("[{\"item\":\"%s\",\"note\":\"\"}]", item_id);
  g_autoptr(JsonNode) entries_node = json_from_string (entry, NULL);
  g_autoptr(GListStore) findings = NULL;

  pl_meeting_set_entries (planned, entries_node);
  pl_meeting_set_entries (later, entries_node);
  pl_speaker_list_set_item (list, item_id);
  pl_session_add_record (session, PL_RECORD (list));

  g_assert_true (pl_meetings_cancel (session, planned, NULL));
  open_at (session, NULL, PL_MEETING_BODY_PLENARY, "2020-10-12T12:30:00");
  findings = pl_check_session (session);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      g_assert_cmpstr (pl_finding_get_code (finding), !=, "schedule.overlap");
    }

  entries = pl_speaker_list_arrange (session, list, &projection);
  g_assert_cmpuint (projection->meetings->len, ==, 1);
  g_assert_true (g_ptr_array_index (projection->meetings, 0) == later);
  pl_speaker_projection_free (projection);
}

/* The Rapporteur's text for a paragraph: kept, one record per paragraph,
 * stale once the generated text changes, and never overwritten by it. */
static void
test_overrides (void)
{
  g_autoptr(PlSession) session = new_session ();
  PlHistory *history = pl_session_get_history (session);
  GListModel *overrides = pl_session_get_records (session, PL_TYPE_REPORT_OVERRIDE);
  const char *key = "item:item-2a:statements";
  const char *generated = "Statements were made by the representatives of Austria and Belgium.";
  const char *regenerated = "Statements were made by the representatives of Austria, Belgium and Chile.";
  const char *text = "Statements were made by the representatives of **Austria** and Belgium.";
  PlReportOverride *override;

  g_assert_null (pl_report_overrides_find (session, key));
  pl_report_overrides_set (session, key, "en", text, generated);
  override = pl_report_overrides_find (session, key);
  g_assert_nonnull (override);
  g_assert_cmpstr (pl_record_get_id (PL_RECORD (override)), ==, "report_override:item:item-2a:statements");
  g_assert_cmpstr (pl_report_override_get_paragraph (override), ==, key);
  g_assert_cmpstr (pl_report_override_get_text (override), ==, text);
  g_assert_cmpstr (pl_report_override_get_generated (override), ==, generated);
  g_assert_cmpstr (pl_report_override_get_language (override), ==, "en");
  g_assert_nonnull (pl_report_override_get_edited_at (override));
  g_assert_nonnull (pl_report_override_get_edited_by (override));
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Edit Report Paragraph");

  /* The facts change: stale, and the Rapporteur's text stays. */
  g_assert_false (pl_report_override_is_stale (override, generated));
  g_assert_true (pl_report_override_is_stale (override, regenerated));
  g_assert_cmpstr (pl_report_override_get_text (pl_report_overrides_find (session, key)), ==, text);

  /* Edited again against the new text: the same record, not a second. */
  pl_report_overrides_set (session, key, "en", "Austria, Belgium and Chile spoke.", regenerated);
  g_assert_cmpuint (g_list_model_get_n_items (overrides), ==, 1);
  g_assert_false (pl_report_override_is_stale (override, regenerated));
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_report_override_get_text (override), ==, text);
  g_assert_cmpstr (pl_report_override_get_generated (override), ==, generated);

  /* Removed: the generated text prints again; undo brings it back. */
  pl_report_overrides_set (session, key, "en", NULL, NULL);
  g_assert_null (pl_report_overrides_find (session, key));
  g_assert_cmpuint (g_list_model_get_n_items (overrides), ==, 0);
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_report_override_get_text (pl_report_overrides_find (session, key)), ==, text);
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_report_overrides_find (session, key));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/records", test_records);
  g_test_add_func ("/meetings/codec", test_codec);
  g_test_add_func ("/meetings/numbering", test_numbering);
  g_test_add_func ("/meetings/open", test_open);
  g_test_add_func ("/meetings/close-and-cancel", test_close_and_cancel);
  g_test_add_func ("/meetings/presiding-items-attendance", test_presiding_items_attendance);
  g_test_add_func ("/meetings/quorum", test_quorum);
  g_test_add_func ("/meetings/check-quorum", test_check_quorum);
  g_test_add_func ("/meetings/check-unheld-and-items", test_check_unheld_and_items);
  g_test_add_func ("/meetings/spoke-at", test_spoke_at);
  g_test_add_func ("/meetings/lists", test_lists);
  g_test_add_func ("/meetings/cancelled", test_cancelled_meetings);
  g_test_add_func ("/meetings/overrides", test_overrides);

  return g_test_run ();
}
