/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-deadlines.h"
#include "pl-samples.h"
#include "pl-schedule.h"
#include "pl-test-support.h"

static PlSession *
session_on (const char *start,
            const char *end,
            const char *zone)
{
  PlSession *session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);

  pl_history_set_recording (pl_session_get_history (session), FALSE);
  pl_session_settings_set_start_date (settings, start);
  pl_session_settings_set_end_date (settings, end);
  pl_session_settings_set_timezone (settings, zone);
  pl_history_set_recording (pl_session_get_history (session), TRUE);

  return session;
}

static int
compare_lines_cb (gconstpointer a,
                  gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* basis=due of each computed deadline, sorted by basis. */
static char *
describe_computed (PlSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) computed = pl_deadlines_compute (session, &error);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < computed->len; i++)
    {
      PlDeadline *deadline = g_ptr_array_index (computed, i);

      g_assert_cmpint (pl_deadline_get_origin (deadline), ==, PL_DEADLINE_ORIGIN_COMPUTED);
      g_assert_cmpstr (pl_deadline_get_rule (deadline), !=, NULL);
      g_ptr_array_add (lines, g_strdup_printf ("%s=%s", pl_deadline_get_basis (deadline),
                                               pl_deadline_get_due (deadline)));
    }
  g_ptr_array_sort (lines, compare_lines_cb);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv (" ", (char **) lines->pdata);
}

static void
test_rules_from_session_dates (void)
{
  g_autoptr(PlSession) session = session_on ("2020-10-12", "2020-10-16", "Europe/Vienna");
  g_autoptr(GPtrArray) computed = NULL;
  g_autoptr(GError) error = NULL;

  /* The seed's session: the opening is noon on Monday 12 October 2020, the
   * first default meeting. The seed's own figures: credentials 11 October
   * noon, NGO list 12 September, budget 13 August, consultations Friday
   * 9 October, provisional credentials noon on Friday 16 October, and the
   * rule's draft resolutions deadline 28 September. */
  computed = pl_deadlines_compute (session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (computed->len, ==, 6);

  for (guint i = 0; i < computed->len; i++)
    {
      PlDeadline *d = g_ptr_array_index (computed, i);
      const char *basis = pl_deadline_get_basis (d);
      const char *due = pl_deadline_get_due (d);

      if (g_str_equal (basis, PL_DEADLINE_BASIS_BUDGET))
        {
          g_assert_cmpstr (due, ==, "2020-08-13T12:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "rule 72");
        }
      else if (g_str_equal (basis, PL_DEADLINE_BASIS_NGO_LIST))
        {
          g_assert_cmpstr (due, ==, "2020-09-12T12:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "rule 17, para. 2");
        }
      else if (g_str_equal (basis, PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS))
        {
          g_assert_cmpstr (due, ==, "2020-09-28T12:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "decision 6/3");
        }
      else if (g_str_equal (basis, PL_DEADLINE_BASIS_PRE_SESSION_CONSULTATIONS))
        {
          g_assert_cmpstr (due, ==, "2020-10-09T09:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "decision 6/3");
        }
      else if (g_str_equal (basis, PL_DEADLINE_BASIS_CREDENTIALS))
        {
          g_assert_cmpstr (due, ==, "2020-10-11T12:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "rule 18, para. 1");
        }
      else if (g_str_equal (basis, PL_DEADLINE_BASIS_PROVISIONAL_CREDENTIALS))
        {
          g_assert_cmpstr (due, ==, "2020-10-16T12:00:00+02:00");
          g_assert_cmpstr (pl_deadline_get_rule (d), ==, "rule 20");
        }
      else
        g_assert_not_reached ();
    }

  /* A first meeting earlier on the first day moves the opening. */
  {
    g_autoptr(PlSchedule) schedule = pl_schedule_new (session);
    g_autofree char *all = NULL;

    g_assert_nonnull (pl_schedule_add_meeting (schedule, "2020-10-12", "10:00", "11:00",
                                               PL_MEETING_BODY_PLENARY, NULL, &error));
    all = describe_computed (session);
    g_assert_cmpstr (all, ==,
                     "budget=2020-08-13T10:00:00+02:00 "
                     "credentials=2020-10-11T10:00:00+02:00 "
                     "draft_resolutions=2020-09-28T10:00:00+02:00 "
                     "ngo_list=2020-09-12T10:00:00+02:00 "
                     "pre_session_consultations=2020-10-09T09:00:00+02:00 "
                     "provisional_credentials=2020-10-16T12:00:00+02:00");
  }
}

static void
test_daylight_saving_change (void)
{
  g_autofree char *autumn = NULL;
  g_autofree char *spring = NULL;
  g_autofree char *south = NULL;

  /* Opening Monday 1 November 2021, noon in Vienna, just after summer time
   * ended (31 October, 03:00 CEST → 02:00 CET). Counted in days, a
   * deadline keeps the opening's wall-clock time and takes the offset of
   * its own date: noon in summer time is +02:00. */
  {
    g_autoptr(PlSession) session = session_on ("2021-11-01", "2021-11-05", "Europe/Vienna");

    autumn = describe_computed (session);
  }
  g_assert_cmpstr (autumn, ==,
                   "budget=2021-09-02T12:00:00+02:00 "
                   "credentials=2021-10-31T12:00:00+01:00 "
                   "draft_resolutions=2021-10-18T12:00:00+02:00 "
                   "ngo_list=2021-10-02T12:00:00+02:00 "
                   "pre_session_consultations=2021-10-29T09:00:00+02:00 "
                   "provisional_credentials=2021-11-05T12:00:00+01:00");

  /* Opening on Sunday 28 March 2021, the day summer time begins (02:00
   * CET → 03:00 CEST): "twenty-four hours in advance" (rule 18, para. 1)
   * counts elapsed hours, so it is 11:00 on the Saturday in winter time,
   * not noon. The consultations fall on the Friday before, skipping the
   * Saturday. */
  {
    g_autoptr(PlSession) session = session_on ("2021-03-28", "2021-04-01", "Europe/Vienna");

    spring = describe_computed (session);
  }
  g_assert_cmpstr (spring, ==,
                   "budget=2021-01-27T12:00:00+01:00 "
                   "credentials=2021-03-27T11:00:00+01:00 "
                   "draft_resolutions=2021-03-14T12:00:00+01:00 "
                   "ngo_list=2021-02-26T12:00:00+01:00 "
                   "pre_session_consultations=2021-03-26T09:00:00+01:00 "
                   "provisional_credentials=2021-04-01T12:00:00+02:00");

  /* The southern hemisphere changes the other way: Santiago left summer
   * time on 4 April 2021 (-03:00 → -04:00). */
  {
    g_autoptr(PlSession) session = session_on ("2021-04-12", "2021-04-16", "America/Santiago");

    south = describe_computed (session);
  }
  g_assert_cmpstr (south, ==,
                   "budget=2021-02-11T12:00:00-03:00 "
                   "credentials=2021-04-11T12:00:00-04:00 "
                   "draft_resolutions=2021-03-29T12:00:00-03:00 "
                   "ngo_list=2021-03-13T12:00:00-03:00 "
                   "pre_session_consultations=2021-04-09T09:00:00-04:00 "
                   "provisional_credentials=2021-04-16T12:00:00-04:00");
}

static void
test_sample_refresh_changes_nothing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlDeadline *drafts;
  guint n_changed = 99;

  g_assert_no_error (error);

  /* The sample's deadlines are those the rules give, except the extended
   * Bureau's exceptional date for draft resolutions, set by hand. */
  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 0);
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DEADLINE)), ==, 8);

  drafts = pl_deadlines_find_by_basis (session, PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS);
  g_assert_nonnull (drafts);
  g_assert_cmpint (pl_deadline_get_origin (drafts), ==, PL_DEADLINE_ORIGIN_MANUAL);
  g_assert_cmpstr (pl_deadline_get_due (drafts), ==, "2020-09-21T23:59:00+02:00");
}

static void
test_override_and_refresh (void)
{
  g_autoptr(PlSession) session = session_on ("2020-10-12", "2020-10-16", "Europe/Vienna");
  PlHistory *history = pl_session_get_history (session);
  GListModel *deadlines = pl_session_get_records (session, PL_TYPE_DEADLINE);
  g_autoptr(GTimeZone) vienna = g_time_zone_new_identifier ("Europe/Vienna");
  g_autoptr(GDateTime) bureau_date = g_date_time_new (vienna, 2020, 9, 21, 23, 59, 0);
  g_autoptr(GDateTime) due_utc = g_date_time_new_utc (2020, 9, 1, 8, 0, 0);
  g_autoptr(GError) error = NULL;
  PlDeadline *drafts, *budget, *manual;
  guint n_changed = 0;

  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 6);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Refresh Computed Deadlines");

  /* The extended Bureau sets another date, exceptionally. */
  drafts = pl_deadlines_find_by_basis (session, PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS);
  pl_deadlines_override (session, drafts, bureau_date, "Set by the extended Bureau on an exceptional basis.");
  g_assert_cmpint (pl_deadline_get_origin (drafts), ==, PL_DEADLINE_ORIGIN_MANUAL);
  g_assert_cmpstr (pl_deadline_get_due (drafts), ==, "2020-09-21T23:59:00+02:00");

  /* A manual deadline, given in UTC, stored in the session's zone. */
  manual = pl_deadlines_add_manual (session, "Registration of high-level speakers", due_utc, NULL, NULL);
  g_assert_cmpstr (pl_deadline_get_due (manual), ==, "2020-09-01T10:00:00+02:00");
  g_assert_cmpint (pl_deadline_get_origin (manual), ==, PL_DEADLINE_ORIGIN_MANUAL);
  g_assert_null (pl_deadline_get_basis (manual));

  /* The session moves a week later: a refresh moves the computed ones,
   * keeps the user's date, adds no second draft resolutions deadline, and
   * leaves the manual one. */
  pl_session_settings_set_start_date (pl_session_get_settings (session), "2020-10-19");
  pl_session_settings_set_end_date (pl_session_get_settings (session), "2020-10-23");
  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), ==, 7);
  budget = pl_deadlines_find_by_basis (session, PL_DEADLINE_BASIS_BUDGET);
  g_assert_cmpstr (pl_deadline_get_due (budget), ==, "2020-08-20T12:00:00+02:00");
  g_assert_cmpstr (pl_deadline_get_due (drafts), ==, "2020-09-21T23:59:00+02:00");
  g_assert_cmpstr (pl_deadline_get_due (manual), ==, "2020-09-01T10:00:00+02:00");

  /* The refresh was one step. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_deadline_get_due (budget), ==, "2020-08-13T12:00:00+02:00");
  g_assert_true (pl_history_redo (history));
  g_assert_cmpstr (pl_deadline_get_due (budget), ==, "2020-08-20T12:00:00+02:00");

  /* Back to the rule: the computed date of the new dates. */
  g_assert_true (pl_deadlines_revert (session, drafts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_deadline_get_origin (drafts), ==, PL_DEADLINE_ORIGIN_COMPUTED);
  g_assert_cmpstr (pl_deadline_get_due (drafts), ==, "2020-10-05T12:00:00+02:00");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_deadline_get_origin (drafts), ==, PL_DEADLINE_ORIGIN_MANUAL);
  g_assert_cmpstr (pl_deadline_get_due (drafts), ==, "2020-09-21T23:59:00+02:00");

  /* A deadline made by hand has no rule to go back to. */
  g_assert_false (pl_deadlines_revert (session, manual, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION);
  g_assert_cmpint (pl_deadline_get_origin (manual), ==, PL_DEADLINE_ORIGIN_MANUAL);
}

static void
test_speaker_list_closing (void)
{
  g_autoptr(PlSession) session = session_on ("2020-10-12", "2020-10-16", "Europe/Vienna");
  g_autoptr(PlSpeakerList) list = pl_speaker_list_new (NULL);
  g_autoptr(GError) error = NULL;
  PlDeadline *closing;
  guint n_changed = 0;

  pl_speaker_list_set_title (list, "General discussion");
  pl_speaker_list_set_closes (list, "2020-10-09T10:00:00Z");
  pl_session_add_record (session, PL_RECORD (list));

  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 7);
  closing = pl_deadlines_find_by_basis (session, pl_record_get_id (PL_RECORD (list)));
  g_assert_nonnull (closing);
  /* Noon in Vienna, the seed's "closed promptly at noon on Friday". */
  g_assert_cmpstr (pl_deadline_get_due (closing), ==, "2020-10-09T12:00:00+02:00");
  g_assert_cmpstr (pl_deadline_get_title (closing), ==, "Closing of the list of speakers: General discussion");

  /* The list closes later: refreshed. */
  pl_speaker_list_set_closes (list, "2020-10-12T18:00:00+02:00");
  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpstr (pl_deadline_get_due (closing), ==, "2020-10-12T18:00:00+02:00");

  /* A wrong closing time: an error naming the list and the field, and
   * nothing changes. */
  pl_speaker_list_set_closes (list, "Friday noon");
  g_assert_false (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME);
  g_assert_nonnull (strstr (error->message, "closes"));
  g_assert_nonnull (strstr (error->message, pl_record_get_id (PL_RECORD (list))));
  g_assert_cmpstr (pl_deadline_get_due (closing), ==, "2020-10-12T18:00:00+02:00");
  g_clear_error (&error);

  /* The list goes: its computed deadline goes at the next refresh. */
  pl_session_remove_record (session, PL_RECORD (list));
  g_assert_true (pl_deadlines_refresh (session, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_null (pl_deadlines_find_by_basis (session, pl_record_get_id (PL_RECORD (list))));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DEADLINE)), ==, 6);
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  {
    g_autoptr(PlSession) session = session_on ("2020-10-12", "2020-10-16", "");

    g_assert_null (pl_deadlines_compute (session, &error));
    g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME_ZONE);
    g_assert_nonnull (strstr (error->message, "timezone"));
    g_clear_error (&error);
  }
  {
    g_autoptr(PlSession) session = session_on ("2020-10-12", "2020-10-16", "Mars/Olympus_Mons");

    g_assert_false (pl_deadlines_refresh (session, &n_changed, &error));
    g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME_ZONE);
    g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
    g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DEADLINE)), ==, 0);
    g_clear_error (&error);
  }
  {
    g_autoptr(PlSession) session = session_on ("2020-10-16", "2020-10-12", "Europe/Vienna");

    g_assert_null (pl_deadlines_compute (session, &error));
    g_assert_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NO_DATES);
    g_assert_nonnull (strstr (error->message, "end_date"));
    g_clear_error (&error);
  }
}

static void
test_upcoming_and_passed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GTimeZone) vienna = g_time_zone_new_identifier ("Europe/Vienna");
  g_autoptr(GDateTime) now = g_date_time_new (vienna, 2020, 10, 1, 8, 0, 0);
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) passed = NULL;

  g_assert_no_error (error);
  pl_deadlines_split (session, now, &upcoming, &passed);

  /* Budget, NGO list and draft resolutions have passed on 1 October; the
   * five others are ahead, soonest first. */
  g_assert_cmpuint (passed->len, ==, 3);
  g_assert_cmpuint (upcoming->len, ==, 5);
  g_assert_cmpstr (pl_deadline_get_basis (g_ptr_array_index (passed, 0)), ==, PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS);
  g_assert_cmpstr (pl_deadline_get_basis (g_ptr_array_index (passed, 2)), ==, PL_DEADLINE_BASIS_BUDGET);
  g_assert_cmpstr (pl_deadline_get_basis (g_ptr_array_index (upcoming, 0)), ==, PL_DEADLINE_BASIS_PRE_SESSION_CONSULTATIONS);
  g_assert_cmpstr (pl_deadline_get_basis (g_ptr_array_index (upcoming, 4)), ==, PL_DEADLINE_BASIS_PROVISIONAL_CREDENTIALS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/deadlines/rules-from-session-dates", test_rules_from_session_dates);
  g_test_add_func ("/deadlines/daylight-saving-change", test_daylight_saving_change);
  g_test_add_func ("/deadlines/sample-refresh-changes-nothing", test_sample_refresh_changes_nothing);
  g_test_add_func ("/deadlines/override-and-refresh", test_override_and_refresh);
  g_test_add_func ("/deadlines/speaker-list-closing", test_speaker_list_closing);
  g_test_add_func ("/deadlines/errors", test_errors);
  g_test_add_func ("/deadlines/upcoming-and-passed", test_upcoming_and_passed);

  return g_test_run ();
}
