/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-agenda.h"
#include "pl-samples.h"
#include "pl-schedule.h"
#include "pl-test-support.h"

/* A session from Friday 26 to Tuesday 30 March 2021: a weekend inside. */
static PlSession *
weekend_session (void)
{
  PlSession *session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);

  pl_history_set_recording (pl_session_get_history (session), FALSE);
  pl_session_settings_set_start_date (settings, "2021-03-26");
  pl_session_settings_set_end_date (settings, "2021-03-30");
  pl_session_settings_set_timezone (settings, "Europe/Vienna");
  pl_history_set_recording (pl_session_get_history (session), TRUE);

  return session;
}

/* "2021-03-26 12:00-14:00 plenary|..." for the days model, day by day. */
static char *
describe_days (PlSchedule *schedule)
{
  GListModel *days = pl_schedule_get_days (schedule);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (days); i++)
    {
      g_autoptr(PlScheduleDay) day = g_list_model_get_item (days, i);
      GListModel *meetings = pl_schedule_day_get_meetings (day);

      g_string_append_printf (s, "%s%s%s:", i ? " | " : "", pl_schedule_day_get_date (day),
                              pl_schedule_day_get_in_session (day) ? "" : "(outside)");
      for (guint k = 0; k < g_list_model_get_n_items (meetings); k++)
        {
          g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, k);

          g_string_append_printf (s, " %s-%s", pl_meeting_get_start (meeting), pl_meeting_get_end (meeting));
        }
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
describe_entries (PlMeeting *meeting)
{
  g_autoptr(GArray) entries = pl_schedule_get_entries (meeting);
  g_autoptr(GString) s = g_string_new (NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      const PlScheduleEntry *entry = &g_array_index (entries, PlScheduleEntry, i);

      g_string_append_printf (s, "%s%s%s%s", i ? "," : "", entry->item,
                              *entry->note ? "/" : "", entry->note);
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_default_pattern_over_weekend (void)
{
  g_autoptr(PlSession) session = weekend_session ();
  g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
  PlHistory *history = pl_session_get_history (session);
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  g_autofree char *empty_days = NULL;
  guint n_created = 0;

  /* Before any meeting the days are the working days, empty. */
  empty_days = describe_days (schedule);
  g_assert_cmpstr (empty_days, ==, "2021-03-26: | 2021-03-29: | 2021-03-30:");

  g_assert_true (pl_schedule_create_default_pattern (schedule, &n_created, &error));
  g_assert_no_error (error);

  /* Friday, Monday, Tuesday: two meetings each, Saturday and Sunday free
   * (decision 9/2, five working days). */
  g_assert_cmpuint (n_created, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==,
                   "2021-03-26: 12:00-14:00 16:00-18:00 | "
                   "2021-03-29: 12:00-14:00 16:00-18:00 | "
                   "2021-03-30: 12:00-14:00 16:00-18:00");

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      g_assert_cmpint (pl_meeting_get_body (meeting), ==, PL_MEETING_BODY_PLENARY);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (pl_meeting_get_entries (meeting)));
    }

  /* Again: every slot is taken, nothing is added, no undo step. */
  g_assert_true (pl_schedule_create_default_pattern (schedule, &n_created, &error));
  g_assert_cmpuint (n_created, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);

  /* One undo step takes the whole pattern away, and the days follow. */
  g_assert_true (pl_history_get_can_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  g_assert_false (pl_history_get_can_undo (history));
  g_free (days);
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, empty_days);

  g_assert_true (pl_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 6);
}

static void
test_default_pattern_settings (void)
{
  g_autoptr(PlSession) session = weekend_session ();
  g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
  g_autoptr(JsonNode) three = json_from_string ("[{\"start\":\"09:30\",\"end\":\"11:00\"},"
                                                "{\"start\":\"11:30\",\"end\":\"13:00\"},"
                                                "{\"start\":\"15:00\",\"end\":\"18:00\"}]", NULL);
  g_autoptr(JsonNode) wrong = json_from_string ("[{\"start\":\"10:00\",\"end\":\"09:00\"}]", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  guint n_created = 0;

  pl_session_settings_set_end_date (pl_session_get_settings (session), "2021-03-26");
  pl_session_settings_set_meeting_times (pl_session_get_settings (session), three);
  g_assert_true (pl_schedule_create_default_pattern (schedule, &n_created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_created, ==, 3);
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: 09:30-11:00 11:30-13:00 15:00-18:00");

  /* A wrong setting is refused with its place, and nothing is added. */
  pl_session_settings_set_end_date (pl_session_get_settings (session), "2021-03-30");
  pl_session_settings_set_meeting_times (pl_session_get_settings (session), wrong);
  g_assert_false (pl_schedule_create_default_pattern (schedule, &n_created, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME);
  g_assert_nonnull (strstr (error->message, "meeting_times"));
  g_assert_nonnull (strstr (error->message, "entry 1"));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_MEETING)), ==, 3);
  g_clear_error (&error);

  /* No dates: a clear error naming the setting. */
  pl_session_settings_set_start_date (pl_session_get_settings (session), "");
  g_assert_false (pl_schedule_create_default_pattern (schedule, &n_created, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES);
  g_assert_nonnull (strstr (error->message, "start_date"));
}

static void
test_days_follow_meetings (void)
{
  g_autoptr(PlSession) session = weekend_session ();
  g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  PlMeeting *meeting;
  PlMeeting *early;

  meeting = pl_schedule_add_meeting (schedule, "2021-03-29", "16:00", "18:00",
                                     PL_MEETING_BODY_PLENARY, NULL, &error);
  g_assert_no_error (error);
  early = pl_schedule_add_meeting (schedule, "2021-03-29", "10:00", "11:00",
                                   PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "Committee of the Whole", &error);
  g_assert_no_error (error);
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: | 2021-03-29: 10:00-11:00 16:00-18:00 | 2021-03-30:");
  g_clear_pointer (&days, g_free);

  /* To the Saturday inside the session: the day appears, in session. */
  g_assert_true (pl_schedule_move_meeting (schedule, meeting, "2021-03-27", "10:00", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "12:00");
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: | 2021-03-27: 10:00-12:00 | 2021-03-29: 10:00-11:00 | 2021-03-30:");
  g_clear_pointer (&days, g_free);

  /* Outside the session: shown, marked as outside. */
  g_assert_true (pl_schedule_move_meeting (schedule, meeting, "2021-04-02", "10:00", &error));
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: | 2021-03-29: 10:00-11:00 | 2021-03-30: | 2021-04-02(outside): 10:00-12:00");
  g_clear_pointer (&days, g_free);

  /* Moving the session's dates moves the days. */
  pl_session_settings_set_end_date (pl_session_get_settings (session), "2021-04-02");
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==,
                   "2021-03-26: | 2021-03-29: 10:00-11:00 | 2021-03-30: | 2021-03-31: | 2021-04-01: | 2021-04-02: 10:00-12:00");
  g_clear_pointer (&days, g_free);

  /* Undo: one step per edit, the days follow. */
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: | 2021-03-27: 10:00-12:00 | 2021-03-29: 10:00-11:00 | 2021-03-30:");
  g_clear_pointer (&days, g_free);

  pl_schedule_delete_meeting (schedule, early);
  days = describe_days (schedule);
  g_assert_cmpstr (days, ==, "2021-03-26: | 2021-03-27: 10:00-12:00 | 2021-03-29: | 2021-03-30:");
}

static void
test_move_and_resize (void)
{
  g_autoptr(PlSession) session = weekend_session ();
  g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  PlMeeting *meeting;

  meeting = pl_schedule_add_meeting (schedule, "2021-03-26", "12:00", "14:00",
                                     PL_MEETING_BODY_PLENARY, NULL, &error);
  g_assert_no_error (error);

  /* Bad input: refused with what and where, and nothing changes. */
  g_assert_null (pl_schedule_add_meeting (schedule, "2021-02-30", "12:00", "14:00",
                                          PL_MEETING_BODY_PLENARY, NULL, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "2021-02-30"));
  g_clear_error (&error);

  g_assert_false (pl_schedule_move_meeting (schedule, meeting, "2021-03-29", "25:00", &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME);
  g_assert_nonnull (strstr (error->message, "25:00"));
  g_clear_error (&error);

  g_assert_false (pl_schedule_move_meeting (schedule, meeting, "2021-03-29", "23:00", &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME);
  g_clear_error (&error);

  g_assert_false (pl_schedule_resize_meeting (schedule, meeting, "15:00", "14:00", &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME);
  g_clear_error (&error);

  g_assert_cmpstr (pl_meeting_get_date (meeting), ==, "2021-03-26");
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, "12:00");
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "14:00");

  /* A move keeps the length, and is one undo step. */
  g_assert_true (pl_schedule_move_meeting (schedule, meeting, "2021-03-29", "09:30", &error));
  g_assert_cmpstr (pl_meeting_get_date (meeting), ==, "2021-03-29");
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, "09:30");
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "11:30");
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Move Meeting");

  g_assert_true (pl_schedule_resize_meeting (schedule, meeting, "10:00", "13:00", &error));
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, "10:00");
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "13:00");

  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, "09:30");
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "11:30");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_meeting_get_date (meeting), ==, "2021-03-26");
  g_assert_cmpstr (pl_meeting_get_start (meeting), ==, "12:00");
  g_assert_cmpstr (pl_meeting_get_end (meeting), ==, "14:00");
}

typedef struct {
  PlSession    *session;
  PlSchedule   *schedule;
  PlAgendaItem *one, *one_a, *one_b, *two;
  PlMeeting    *morning, *afternoon;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  PlAgenda *agenda;
  g_autoptr(GError) error = NULL;

  f->session = weekend_session ();
  f->schedule = pl_schedule_new (f->session);
  agenda = pl_session_get_agenda (f->session);
  f->one = pl_agenda_add_item (agenda, NULL, NULL, "Organizational matters");
  f->one_a = pl_agenda_add_item (agenda, f->one, NULL, "Opening of the session");
  f->one_b = pl_agenda_add_item (agenda, f->one, f->one_a, "General discussion");
  f->two = pl_agenda_add_item (agenda, NULL, f->one, "Review of implementation");
  f->morning = pl_schedule_add_meeting (f->schedule, "2021-03-26", "12:00", "14:00",
                                        PL_MEETING_BODY_PLENARY, NULL, &error);
  f->afternoon = pl_schedule_add_meeting (f->schedule, "2021-03-26", "16:00", "18:00",
                                          PL_MEETING_BODY_PLENARY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_agenda_item_get_number (f->one_b), ==, "1 (b)");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->schedule);
  g_assert_finalize_object (f->session);
}

#define ID(x) pl_record_get_id (PL_RECORD (x))

#define assert_entries(meeting, ...) \
  G_STMT_START { \
    g_autofree char *got_ = describe_entries (meeting); \
    g_autofree char *want_ = g_strjoin (",", __VA_ARGS__, NULL); \
    g_assert_cmpstr (got_, ==, want_); \
  } G_STMT_END

static void
test_assign_in_order (Fixture       *f,
                      gconstpointer  data)
{
  PlHistory *history = pl_session_get_history (f->session);
  g_autoptr(GError) error = NULL;
  g_autofree char *continued = g_strdup_printf ("%s/continued", ID (f->one_b));

  /* Given no place, an item goes to its place in agenda order. */
  g_assert_true (pl_schedule_assign_item (f->schedule, f->morning, f->one_b, -1, &error));
  g_assert_true (pl_schedule_assign_item (f->schedule, f->morning, f->one_a, -1, &error));
  g_assert_no_error (error);
  assert_entries (f->morning, ID (f->one_a), ID (f->one_b));
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Schedule Item 1 (a)");

  /* Taken up again in the afternoon: "continued", as in the annex. */
  g_assert_true (pl_schedule_assign_item (f->schedule, f->afternoon, f->one_b, -1, &error));
  assert_entries (f->afternoon, continued);

  /* At a given place (keyboard or drop). */
  g_assert_true (pl_schedule_assign_item (f->schedule, f->afternoon, f->two, 0, &error));
  assert_entries (f->afternoon, ID (f->two), continued);

  /* Twice in one meeting: no change, no step. */
  g_assert_true (pl_schedule_assign_item (f->schedule, f->afternoon, f->two, -1, &error));
  assert_entries (f->afternoon, ID (f->two), continued);

  /* Each assignment was one step. */
  g_assert_true (pl_history_undo (history));
  assert_entries (f->afternoon, continued);
  g_assert_true (pl_history_undo (history));
  assert_entries (f->afternoon, "");
  g_assert_true (pl_history_undo (history));
  assert_entries (f->morning, ID (f->one_b));
  g_assert_true (pl_history_redo (history));
  assert_entries (f->morning, ID (f->one_a), ID (f->one_b));

  /* An item of another session is refused. */
  {
    g_autoptr(PlAgendaItem) stranger = pl_agenda_item_new (NULL);

    g_assert_false (pl_schedule_assign_item (f->schedule, f->morning, stranger, -1, &error));
    g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION);
  }
}

static void
test_continued_follows_time (Fixture       *f,
                             gconstpointer  data)
{
  PlHistory *history = pl_session_get_history (f->session);
  g_autoptr(GError) error = NULL;
  g_autofree char *continued = g_strdup_printf ("%s/continued", ID (f->one_b));

  pl_schedule_assign_item (f->schedule, f->morning, f->one_b, -1, &error);
  pl_schedule_assign_item (f->schedule, f->afternoon, f->one_b, -1, &error);
  g_assert_no_error (error);
  assert_entries (f->morning, ID (f->one_b));
  assert_entries (f->afternoon, continued);

  /* The afternoon meeting moves to the morning before: it is now the
   * first, and the other one continues. One step. */
  g_assert_true (pl_schedule_move_meeting (f->schedule, f->afternoon, "2021-03-26", "09:00", &error));
  assert_entries (f->afternoon, ID (f->one_b));
  assert_entries (f->morning, continued);
  g_assert_true (pl_history_undo (history));
  assert_entries (f->morning, ID (f->one_b));
  assert_entries (f->afternoon, continued);

  /* Taking it off the first meeting makes the next one the first. */
  g_assert_true (pl_schedule_unassign_item (f->schedule, f->morning, f->one_b));
  assert_entries (f->morning, "");
  assert_entries (f->afternoon, ID (f->one_b));
  g_assert_false (pl_schedule_unassign_item (f->schedule, f->morning, f->one_b));
  g_assert_true (pl_history_undo (history));
  assert_entries (f->afternoon, continued);

  /* A note the user wrote is theirs: never rewritten. */
  g_assert_true (pl_schedule_set_entry_note (f->schedule, f->afternoon, f->one_b, "closing"));
  g_assert_true (pl_schedule_unassign_item (f->schedule, f->morning, f->one_b));
  {
    g_autofree char *closing = g_strdup_printf ("%s/closing", ID (f->one_b));

    assert_entries (f->afternoon, closing);
  }
}

static void
test_move_entry (Fixture       *f,
                 gconstpointer  data)
{
  PlHistory *history = pl_session_get_history (f->session);
  g_autoptr(GError) error = NULL;

  pl_schedule_assign_item (f->schedule, f->morning, f->one_a, -1, &error);
  pl_schedule_assign_item (f->schedule, f->morning, f->one_b, -1, &error);
  pl_schedule_assign_item (f->schedule, f->morning, f->two, -1, &error);
  g_assert_no_error (error);

  /* Drag 2 to the afternoon: one step touching both meetings. */
  g_assert_true (pl_schedule_move_entry (f->schedule, f->morning, f->two, f->afternoon, -1, &error));
  g_assert_no_error (error);
  assert_entries (f->morning, ID (f->one_a), ID (f->one_b));
  assert_entries (f->afternoon, ID (f->two));
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Move Item 2");
  g_assert_true (pl_history_undo (history));
  assert_entries (f->morning, ID (f->one_a), ID (f->one_b), ID (f->two));
  assert_entries (f->afternoon, "");

  /* Reorder within a meeting. */
  g_assert_true (pl_schedule_move_entry (f->schedule, f->morning, f->two, f->morning, 0, &error));
  assert_entries (f->morning, ID (f->two), ID (f->one_a), ID (f->one_b));

  /* From a meeting that does not have it: refused, nothing changes. */
  g_assert_false (pl_schedule_move_entry (f->schedule, f->afternoon, f->two, f->morning, 0, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION);
  assert_entries (f->morning, ID (f->two), ID (f->one_a), ID (f->one_b));
}

static void
test_sample_days (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSchedule) schedule = NULL;
  g_autofree char *days = NULL;

  g_assert_no_error (error);
  schedule = pl_schedule_new (session);
  days = describe_days (schedule);

  /* The seed's annex: five days, two meetings a day. */
  g_assert_cmpstr (days, ==,
                   "2020-10-12: 12:00-14:00 16:00-18:00 | 2020-10-13: 12:00-14:00 16:00-18:00 | "
                   "2020-10-14: 12:00-14:00 16:00-18:00 | 2020-10-15: 12:00-14:00 16:00-18:00 | "
                   "2020-10-16: 12:00-14:00 16:00-18:00");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/schedule/default-pattern-over-weekend", test_default_pattern_over_weekend);
  g_test_add_func ("/schedule/default-pattern-settings", test_default_pattern_settings);
  g_test_add_func ("/schedule/days-follow-meetings", test_days_follow_meetings);
  g_test_add_func ("/schedule/move-and-resize", test_move_and_resize);
  g_test_add ("/schedule/assign-in-order", Fixture, NULL, fixture_set_up, test_assign_in_order, fixture_tear_down);
  g_test_add ("/schedule/continued-follows-time", Fixture, NULL, fixture_set_up, test_continued_follows_time, fixture_tear_down);
  g_test_add ("/schedule/move-entry", Fixture, NULL, fixture_set_up, test_move_entry, fixture_tear_down);
  g_test_add_func ("/schedule/sample-days", test_sample_days);

  return g_test_run ();
}
