/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-deadlines.h"
#include "pl-samples.h"
#include "pl-schedule.h"
#include "pl-test-support.h"

/* "severity code subject" of every finding whose code starts with one of
 * the schedule's prefixes, in the engine's order. */
static char *
findings_of (PlSession  *session,
             const char *code)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (!g_str_equal (pl_finding_get_code (finding), code))
        continue;
      /* Every finding says something. */
      g_assert_cmpuint (strlen (pl_finding_get_message (finding)), >, 20);
      g_string_append_printf (s, "%s%s", s->len ? " " : "", pl_finding_get_subject (finding));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static PlSeverity
severity_of (PlSession  *session,
             const char *code)
{
  g_autoptr(GListStore) findings = pl_check_session (session);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (pl_finding_get_code (finding), code))
        return pl_finding_get_severity (finding);
    }

  g_assert_not_reached ();
}

#define assert_findings(session, code, expected) \
  G_STMT_START { \
    g_autofree char *got_ = findings_of (session, code); \
    g_assert_cmpstr (got_, ==, expected); \
  } G_STMT_END

#define ID(x) pl_record_get_id (PL_RECORD (x))

typedef struct {
  PlSession    *session;
  PlSchedule   *schedule;
  PlAgendaItem *one, *one_a, *one_b, *two, *three, *three_a, *three_b;
  PlMeeting    *monday, *tuesday;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  PlSessionSettings *settings;
  PlAgenda *agenda;
  g_autoptr(GError) error = NULL;

  f->session = pl_session_new ();
  settings = pl_session_get_settings (f->session);
  pl_session_settings_set_start_date (settings, "2020-10-12");
  pl_session_settings_set_end_date (settings, "2020-10-16");
  pl_session_settings_set_timezone (settings, "Europe/Vienna");
  f->schedule = pl_schedule_new (f->session);

  agenda = pl_session_get_agenda (f->session);
  f->one = pl_agenda_add_item (agenda, NULL, NULL, "Organizational matters");
  f->one_a = pl_agenda_add_item (agenda, f->one, NULL, "Opening of the session");
  f->one_b = pl_agenda_add_item (agenda, f->one, f->one_a, "General discussion");
  f->two = pl_agenda_add_item (agenda, NULL, f->one, "Technical assistance");
  f->three = pl_agenda_add_item (agenda, NULL, f->two, "Review of implementation");
  f->three_a = pl_agenda_add_item (agenda, f->three, NULL, "Convention");
  f->three_b = pl_agenda_add_item (agenda, f->three, f->three_a, "Protocols");

  f->monday = pl_schedule_add_meeting (f->schedule, "2020-10-12", "12:00", "14:00",
                                       PL_MEETING_BODY_PLENARY, NULL, &error);
  f->tuesday = pl_schedule_add_meeting (f->schedule, "2020-10-13", "12:00", "14:00",
                                        PL_MEETING_BODY_PLENARY, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->schedule);
  g_assert_finalize_object (f->session);
}

static void
test_unscheduled (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *both = NULL;

  /* Nothing scheduled: each top-level item once, not each sub-item. */
  both = g_strjoin (" ", ID (f->one), ID (f->two), ID (f->three), NULL);
  assert_findings (f->session, "agenda.unscheduled", both);
  g_assert_cmpint (severity_of (f->session, "agenda.unscheduled"), ==, PL_SEVERITY_ERROR);

  /* All of item 1's sub-items: item 1 is scheduled (the annex never lists
   * item 1 itself). */
  pl_schedule_assign_item (f->schedule, f->monday, f->one_a, -1, NULL);
  pl_schedule_assign_item (f->schedule, f->monday, f->one_b, -1, NULL);
  g_free (both);
  both = g_strjoin (" ", ID (f->two), ID (f->three), NULL);
  assert_findings (f->session, "agenda.unscheduled", both);

  /* Part of item 3: the missing sub-item is named, not item 3. */
  pl_schedule_assign_item (f->schedule, f->tuesday, f->three_a, -1, NULL);
  g_free (both);
  both = g_strjoin (" ", ID (f->two), ID (f->three_b), NULL);
  assert_findings (f->session, "agenda.unscheduled", both);

  /* Item 3 itself takes its sub-items with it. */
  pl_schedule_assign_item (f->schedule, f->tuesday, f->three, -1, NULL);
  assert_findings (f->session, "agenda.unscheduled", ID (f->two));

  /* The finding clears when the item is assigned, and comes back with
   * undo. */
  pl_schedule_assign_item (f->schedule, f->tuesday, f->two, -1, NULL);
  assert_findings (f->session, "agenda.unscheduled", "");
  pl_history_undo (pl_session_get_history (f->session));
  assert_findings (f->session, "agenda.unscheduled", ID (f->two));
}

static void
test_outside_session (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  assert_findings (f->session, "schedule.outside-session", "");

  /* The day after the last one, and the day before the first. */
  pl_schedule_move_meeting (f->schedule, f->tuesday, "2020-10-17", "12:00", &error);
  pl_schedule_move_meeting (f->schedule, f->monday, "2020-10-11", "12:00", &error);
  g_assert_no_error (error);
  {
    g_autofree char *both = g_strjoin (" ", ID (f->monday), ID (f->tuesday), NULL);

    assert_findings (f->session, "schedule.outside-session", both);
  }
  g_assert_cmpint (severity_of (f->session, "schedule.outside-session"), ==, PL_SEVERITY_ERROR);

  /* The last day itself is inside. */
  pl_schedule_move_meeting (f->schedule, f->tuesday, "2020-10-16", "16:00", &error);
  assert_findings (f->session, "schedule.outside-session", ID (f->monday));

  /* Widening the session clears it. */
  pl_session_settings_set_start_date (pl_session_get_settings (f->session), "2020-10-11");
  assert_findings (f->session, "schedule.outside-session", "");
}

static void
test_overlap (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PlMeeting *cow, *informal, *other_informal, *late;

  /* Back to back is not an overlap. */
  late = pl_schedule_add_meeting (f->schedule, "2020-10-12", "14:00", "16:00",
                                  PL_MEETING_BODY_PLENARY, NULL, &error);
  assert_findings (f->session, "schedule.overlap", "");

  /* The plenary and the Committee of the Whole may sit in parallel. */
  cow = pl_schedule_add_meeting (f->schedule, "2020-10-12", "12:00", "14:00",
                                 PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "Committee of the Whole", &error);
  assert_findings (f->session, "schedule.overlap", "");

  /* Two informal meetings of different titles may too; of the same title,
   * not. */
  informal = pl_schedule_add_meeting (f->schedule, "2020-10-13", "09:00", "11:00",
                                      PL_MEETING_BODY_OTHER, "Informal consultations", &error);
  other_informal = pl_schedule_add_meeting (f->schedule, "2020-10-13", "10:00", "11:00",
                                            PL_MEETING_BODY_OTHER, "Side event", &error);
  g_assert_no_error (error);
  assert_findings (f->session, "schedule.overlap", "");
  pl_meeting_set_title (other_informal, "Informal consultations");
  assert_findings (f->session, "schedule.overlap", ID (other_informal));
  pl_meeting_set_title (other_informal, "Side event");

  /* The plenary cannot sit twice at once. */
  pl_schedule_resize_meeting (f->schedule, late, "13:30", "16:00", &error);
  assert_findings (f->session, "schedule.overlap", ID (late));
  g_assert_cmpint (severity_of (f->session, "schedule.overlap"), ==, PL_SEVERITY_ERROR);

  /* A meeting inside another one, later in the list. */
  pl_schedule_resize_meeting (f->schedule, late, "14:00", "16:00", &error);
  pl_schedule_resize_meeting (f->schedule, cow, "09:00", "18:00", &error);
  pl_schedule_add_meeting (f->schedule, "2020-10-12", "15:00", "15:30",
                           PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "Committee of the Whole", &error);
  g_assert_no_error (error);
  {
    g_autofree char *got = findings_of (f->session, "schedule.overlap");

    g_assert_cmpuint (strlen (got), >, 0);
    g_assert_null (strstr (got, ID (informal)));
  }
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  pl_schedule_assign_item (f->schedule, f->monday, f->one_a, -1, NULL);
  pl_schedule_assign_item (f->schedule, f->monday, f->two, -1, NULL);
  assert_findings (f->session, "schedule.order", "");

  /* Item 1 (b) put after item 2 by hand. */
  pl_schedule_assign_item (f->schedule, f->monday, f->one_b, 2, NULL);
  assert_findings (f->session, "schedule.order", ID (f->monday));
  g_assert_cmpint (severity_of (f->session, "schedule.order"), ==, PL_SEVERITY_WARNING);

  /* Across meetings, order is free: 1 (b) on Tuesday after 2 on Monday. */
  pl_schedule_move_entry (f->schedule, f->monday, f->one_b, f->tuesday, -1, NULL);
  assert_findings (f->session, "schedule.order", "");
}

static void
test_invalid_and_unknown (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(JsonNode) entries = json_from_string ("[{\"item\":\"item:gone\",\"note\":\"\"}]", NULL);

  /* A file may hold what the editor would refuse. */
  pl_meeting_set_start (f->monday, "25:00");
  pl_meeting_set_end (f->tuesday, "11:00");
  {
    g_autofree char *both = g_strjoin (" ", ID (f->monday), ID (f->tuesday), NULL);

    assert_findings (f->session, "schedule.invalid-time", both);
  }
  /* Unplaceable meetings are not checked for the session's dates. */
  pl_meeting_set_date (f->monday, "2021-01-01");
  assert_findings (f->session, "schedule.outside-session", "");

  pl_meeting_set_entries (f->tuesday, entries);
  assert_findings (f->session, "schedule.unknown-item", ID (f->tuesday));
}

static void
test_outdated_deadlines (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) vienna = g_time_zone_new_identifier ("Europe/Vienna");
  g_autoptr(GDateTime) bureau_date = g_date_time_new (vienna, 2020, 9, 21, 23, 59, 0);
  PlDeadline *budget;

  g_assert_true (pl_deadlines_refresh (f->session, NULL, &error));
  assert_findings (f->session, "deadlines.outdated", "");
  pl_deadlines_override (f->session, pl_deadlines_find_by_basis (f->session, PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS),
                         bureau_date, NULL);

  /* The first meeting moves to 10:00: the deadlines counted from the
   * opening are out of date, the one set by hand is not reported. */
  pl_schedule_move_meeting (f->schedule, f->monday, "2020-10-12", "10:00", &error);
  g_assert_no_error (error);
  budget = pl_deadlines_find_by_basis (f->session, PL_DEADLINE_BASIS_BUDGET);
  {
    g_autofree char *got = findings_of (f->session, "deadlines.outdated");
    g_auto(GStrv) subjects = g_strsplit (got, " ", -1);

    g_assert_cmpuint (g_strv_length (subjects), ==, 3);
    g_assert_true (g_strv_contains ((const char * const *) subjects, ID (budget)));
  }
  g_assert_cmpint (severity_of (f->session, "deadlines.outdated"), ==, PL_SEVERITY_WARNING);

  g_assert_true (pl_deadlines_refresh (f->session, NULL, &error));
  assert_findings (f->session, "deadlines.outdated", "");
}

static void
test_sample_is_clean (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  const char *codes[] = { "agenda.unscheduled", "schedule.outside-session", "schedule.overlap",
                          "schedule.order", "schedule.invalid-time", "schedule.unknown-item",
                          "deadlines.outdated" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    assert_findings (session, codes[i], "");
}

/* A session opening in the year 552 (found by fuzz-session-file): the
 * rules give its computed deadlines no date, and the check passes them by
 * instead of comparing with nothing (a GLib critical). */
static void
test_deadline_without_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GListStore) findings = NULL;

  g_assert_no_error (error);
  g_object_set (pl_session_get_settings (session), "start-date", "0552-10-12", NULL);
  findings = pl_check_session (session);
  g_assert_nonnull (findings);
}

/* A meeting entry whose "item" and "note" are not strings (found by
 * fuzz-session-file: json-glib's getters gave a critical for an object). */
static void
test_entry_of_wrong_types (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(JsonNode) entries = json_from_string ("[{\"item\": {}, \"note\": [1], \"minutes\": \"ten\"}]", &error);
  g_autoptr(GListStore) findings = NULL;

  g_assert_no_error (error);
  meetings = pl_schedule_list_meetings (session);
  g_assert_cmpuint (meetings->len, >, 0);
  pl_meeting_set_entries (g_ptr_array_index (meetings, 0), entries);
  findings = pl_check_session (session);
  g_assert_nonnull (findings);
}

/* documents.url: a malformed web address is a warning, a good one or none
 * is nothing. */
static void
test_document_url (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  g_autoptr(PlDocument) good = pl_document_new ("document:good");
  g_autoptr(PlDocument) bad = pl_document_new ("document:bad");
  g_autoptr(PlDocument) none = pl_document_new ("document:none");
  g_autoptr(GListStore) findings = NULL;
  guint n = 0;

  pl_document_set_symbol (good, "CTOC/COP/2020/1");
  pl_document_set_url (good, "https://documents.example.org/CTOC/COP/2020/1");
  pl_document_set_symbol (bad, "CTOC/COP/2020/2");
  pl_document_set_url (bad, "documents.example.org/CTOC/COP/2020/2");
  pl_document_set_symbol (none, "CTOC/COP/2020/3");
  pl_session_add_record (session, PL_RECORD (good));
  pl_session_add_record (session, PL_RECORD (bad));
  pl_session_add_record (session, PL_RECORD (none));

  findings = pl_check_session (session);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (!g_str_equal (pl_finding_get_code (finding), "documents.url"))
        continue;
      n++;
      g_assert_cmpint (pl_finding_get_severity (finding), ==, PL_SEVERITY_WARNING);
      g_assert_cmpstr (pl_finding_get_subject (finding), ==, "document:bad");
    }
  g_assert_cmpuint (n, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/check-schedule/unscheduled", Fixture, NULL, fixture_set_up, test_unscheduled, fixture_tear_down);
  g_test_add ("/check-schedule/outside-session", Fixture, NULL, fixture_set_up, test_outside_session, fixture_tear_down);
  g_test_add ("/check-schedule/overlap", Fixture, NULL, fixture_set_up, test_overlap, fixture_tear_down);
  g_test_add ("/check-schedule/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/check-schedule/invalid-and-unknown", Fixture, NULL, fixture_set_up, test_invalid_and_unknown, fixture_tear_down);
  g_test_add ("/check-schedule/outdated-deadlines", Fixture, NULL, fixture_set_up, test_outdated_deadlines, fixture_tear_down);
  g_test_add_func ("/check-schedule/sample-is-clean", test_sample_is_clean);
  g_test_add_func ("/check-schedule/document-url", test_document_url);
  g_test_add_func ("/check-schedule/deadline-without-date", test_deadline_without_date);
  g_test_add_func ("/check-schedule/entry-of-wrong-types", test_entry_of_wrong_types);

  return g_test_run ();
}
