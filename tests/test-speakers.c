/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-check.h"
#include "pl-reference-states.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-speaker-order.h"
#include "pl-speaker-timer.h"
#include "pl-test-support.h"

/*
 * Lists of speakers on the sample session (the tenth session, Vienna): the
 * general discussion list of item 1 (f), three minutes a statement, closed
 * at noon on 9 October 2020 (Europe/Vienna, +02:00), served by the first
 * meeting (12 noon-2 p.m., shared with five other sub-items) and the second
 * (4-6 p.m., item 1 (f) alone).
 */

#define GENERAL_DISCUSSION "speaker_list:f2ebe01a-bc02-4acc-ab32-88c3b6e1e26c"

typedef struct
{
  const char *label;      /* the person's name, used in the expected order */
  const char *iso3;
  const char *rank;
  const char *requested_at;
  const char *status;     /* NULL: listed */
  int         manual;
  const char *on_behalf_of;
} Spk;

typedef struct
{
  const char *name;
  Spk         speakers[8];
  const char *expected;   /* labels in order; withdrawn ones as -label */
} OrderCase;

static const OrderCase order_cases[] = {
  { "rank-tiers",
    { { "A", "AUT", "official", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "minister", "2020-09-02T10:00:00+02:00" },
      { "C", "BRA", "head_of_state", "2020-09-03T10:00:00+02:00" },
      { "D", "ARG", "vice_president", "2020-09-04T10:00:00+02:00" } },
    "C D B A" },
  /* A Head of Government speaks with the Heads of State, before a
   * minister who asked earlier, and after a Head of State who asked
   * before them. Only these three ranks, so that the case holds whatever
   * else the rank list grows. */
  { "head-of-government-with-heads",
    { { "A", "AUT", "minister", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "head_of_government", "2020-09-05T10:00:00+02:00" },
      { "C", "BRA", "head_of_state", "2020-09-06T10:00:00+02:00" },
      { "D", "ARG", "minister", "2020-09-02T10:00:00+02:00" } },
    "B C A D" },
  { "deputy-minister-is-not-cabinet-level",
    { { "A", "AUT", "deputy_minister", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "minister", "2020-09-05T10:00:00+02:00" },
      { "C", "BRA", "ambassador", "2020-08-31T10:00:00+02:00" } },
    "B C A" },
  { "same-minute",
    { { "A", "AUT", "official", "2020-09-01T10:00:30+02:00" },
      { "B", "BEL", "official", "2020-09-01T10:00:05+02:00" },
      { "C", "BRA", "official", "2020-09-01T10:00:59+02:00" } },
    "B A C" },
  { "instants-not-strings",
    { { "A", "AUT", "official", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "official", "2020-09-01T07:59:00Z" },
      { "C", "BRA", "official", "2020-09-01T03:30:00-05:00" } },
    "B A C" },
  { "ties-by-rank-then-name",
    { { "A", "AUT", "head_of_government", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "head_of_state", "2020-09-01T08:00:00Z" },
      { "C", "ARG", "official", "2020-09-01T12:00:00+02:00" },
      { "D", "ALB", "official", "2020-09-01T12:00:00+02:00" } },
    "B A D C" },
  { "observers-after-states",
    { { "A", "IRN", "minister", "2020-09-01T10:00:00+02:00" },
      { "B", "AUT", "official", "2020-09-10T10:00:00+02:00" },
      { "C", "EUU", "official", "2020-09-11T10:00:00+02:00" },
      { "D", "COG", "head_of_state", "2020-09-01T09:00:00+02:00" } },
    "B C D A" },
  { "withdrawn",
    { { "A", "AUT", "official", "2020-09-01T10:00:00+02:00", "withdrawn" },
      { "B", "BEL", "official", "2020-09-02T10:00:00+02:00" },
      { "C", "BRA", "official", "2020-09-03T10:00:00+02:00", "spoken" } },
    "B C -A" },
  { "manual-placement",
    { { "A", "AUT", "official", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "official", "2020-09-02T10:00:00+02:00" },
      { "C", "BRA", "official", "2020-09-03T10:00:00+02:00" },
      { "D", "ARG", "official", "2020-09-04T10:00:00+02:00", NULL, 1 } },
    "D A B C" },
  { "manual-placement-beyond-end",
    { { "A", "AUT", "minister", "2020-09-01T10:00:00+02:00", NULL, 9 },
      { "B", "BEL", "official", "2020-09-02T10:00:00+02:00" },
      { "C", "BRA", "official", "2020-09-03T10:00:00+02:00", NULL, 2 } },
    "B C A" },
  /* Issue 16: a speaker recorded without a rank has no priority, and
   * yields a tie to every known rank. */
  { "unknown-rank-no-priority",
    { { "A", "AUT", "unknown", "2020-09-01T10:00:00+02:00" },
      { "B", "BEL", "minister", "2020-09-05T10:00:00+02:00" },
      { "C", "BRA", "official", "2020-09-02T10:00:00+02:00" },
      { "D", "ARG", "unknown", "2020-09-03T10:00:00+02:00" },
      { "E", "ALB", "other", "2020-09-03T10:00:00+02:00" } },
    "B A C E D" },
  { "no-request-time-last",
    { { "A", "AUT", "official", NULL },
      { "B", "BEL", "official", "2020-09-02T10:00:00+02:00" } },
    "B A" },
};

static PlSession *
session_with_states (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);
  GPtrArray *states = pl_reference_states_get ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  /* The sample registers the States parties (issue 22); the other States
   * of the reference list are added. */
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *id = g_strdup_printf ("delegation:%s", state->iso3);

      if (pl_session_lookup (session, id) == NULL)
        g_ptr_array_add (records, pl_reference_states_new_delegation (state));
    }
  pl_session_load_records (session, records);
  return session;
}

static PlSpeaker *
add_speaker (PlSession  *session,
             const char *list,
             const Spk  *spk)
{
  g_autoptr(PlSpeaker) speaker = pl_speaker_new (NULL);
  g_autofree char *delegation = g_strdup_printf ("delegation:%s", spk->iso3);
  int value;

  pl_speaker_set_list (speaker, list);
  pl_speaker_set_delegation (speaker, delegation);
  pl_speaker_set_person (speaker, spk->label);
  g_assert_true (pl_enum_from_nick (PL_TYPE_RANK, spk->rank, &value));
  pl_speaker_set_rank (speaker, value);
  pl_speaker_set_requested_at (speaker, spk->requested_at);
  if (spk->status != NULL)
    {
      g_assert_true (pl_enum_from_nick (PL_TYPE_SPEAKER_STATUS, spk->status, &value));
      pl_speaker_set_status (speaker, value);
    }
  pl_speaker_set_manual_position (speaker, spk->manual);
  pl_speaker_set_on_behalf_of (speaker, spk->on_behalf_of);
  pl_session_add_record (session, PL_RECORD (speaker));
  return g_steal_pointer (&speaker);
}

static PlSpeakerList *
general_discussion (PlSession *session)
{
  PlRecord *list = pl_session_lookup (session, GENERAL_DISCUSSION);

  g_assert_true (PL_IS_SPEAKER_LIST (list));
  return PL_SPEAKER_LIST (list);
}

static char *
order_string (GListModel *model)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s%s", i ? " " : "",
                              pl_speaker_entry_get_number (entry) == 0 ? "-" : "",
                              pl_speaker_get_person (pl_speaker_entry_get_speaker (entry)));
      if (pl_speaker_entry_get_number (entry) > 0)
        g_assert_cmpuint (pl_speaker_entry_get_number (entry), ==, i + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_order (gconstpointer data)
{
  const OrderCase *c = data;
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  g_autoptr(PlSpeakerOrder) order = pl_speaker_order_new (session, list);
  g_autofree char *got = NULL;

  /* Added in reverse, so the order owes nothing to insertion. */
  for (int i = G_N_ELEMENTS (c->speakers) - 1; i >= 0; i--)
    if (c->speakers[i].label != NULL)
      g_object_unref (add_speaker (session, GENERAL_DISCUSSION, &c->speakers[i]));

  got = order_string (G_LIST_MODEL (order));
  g_assert_cmpstr (got, ==, c->expected);

  /* The same from scratch (the live model kept up with every addition). */
  {
    g_autoptr(PlSpeakerOrder) fresh = pl_speaker_order_new (session, list);
    g_autofree char *again = order_string (G_LIST_MODEL (fresh));

    g_assert_cmpstr (again, ==, c->expected);
  }
}

/* The list says where and why a placement by hand differs. */
static void
test_manual_deviation (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  g_autoptr(PlSpeakerOrder) order = pl_speaker_order_new (session, list);
  const Spk a = { "A", "AUT", "official", "2020-09-01T10:00:00+02:00" };
  const Spk b = { "B", "BEL", "official", "2020-09-02T10:00:00+02:00" };
  g_autoptr(PlSpeaker) sa = add_speaker (session, GENERAL_DISCUSSION, &a);
  g_autoptr(PlSpeaker) sb = add_speaker (session, GENERAL_DISCUSSION, &b);
  PlSpeakerEntry *entry;

  entry = pl_speaker_order_find (order, sb);
  g_assert_null (pl_speaker_entry_get_deviation (entry));

  pl_speaker_set_manual_note (sb, "exchanged places with Austria at its request");
  pl_speaker_set_manual_position (sb, 1);
  entry = pl_speaker_order_find (order, sb);
  g_assert_cmpuint (pl_speaker_entry_get_number (entry), ==, 1);
  g_assert_cmpuint (pl_speaker_entry_get_derived_number (entry), ==, 2);
  g_assert_true (pl_speaker_entry_get_manual (entry));
  g_assert_cmpstr (pl_speaker_entry_get_deviation (entry), ==,
                   "Placed by hand at 1; by the rules, 2: exchanged places with Austria at its request");
  g_assert_cmpuint (pl_speaker_entry_get_number (pl_speaker_order_find (order, sa)), ==, 2);
  g_assert_false (pl_speaker_entry_get_manual (pl_speaker_order_find (order, sa)));

  /* Undo puts it back. */
  pl_history_undo (pl_session_get_history (session));
  g_assert_cmpuint (pl_speaker_entry_get_number (pl_speaker_order_find (order, sb)), ==, 2);
}

static guint
count_findings (PlSession  *session,
                const char *code,
                const char *subject,
                const char *needle)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_strcmp0 (pl_finding_get_code (finding), code) != 0)
        continue;
      if (subject != NULL && g_strcmp0 (pl_finding_get_subject (finding), subject) != 0)
        continue;
      if (needle != NULL && strstr (pl_finding_get_message (finding), needle) == NULL)
        {
          g_test_message ("%s", pl_finding_get_message (finding));
          continue;
        }
      n++;
    }
  return n;
}

/* The seed: a two-hour meeting holds forty three-minute statements. The
 * first meeting gives item 1 (f) a sixth of two hours (20 min, six
 * statements), the second all of its two hours (forty). */
static void
test_overflow_two_meetings (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  g_autoptr(PlSpeakerOrder) order = NULL;
  g_autoptr(PlSpeakerProjection) projection = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *states = pl_reference_states_get ();
  g_autoptr(PlSpeaker) last = NULL;
  PlSpeakerEntry *e6, *e7, *e46, *e47;
  g_autofree char *start7 = NULL;
  g_autofree char *start46 = NULL;

  order = pl_speaker_order_new (session, list);
  for (guint i = 0; i < 48; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *label = g_strdup_printf ("S%02u", i + 1);
      g_autofree char *when = g_strdup_printf ("2020-09-%02uT10:00:00+02:00", 1 + i / 2);
      Spk spk = { label, state->iso3, "official", when };

      if (!g_str_equal (state->adherence[0], "party") || g_str_equal (state->iso3, "EUU"))
        continue;
      g_clear_object (&last);
      last = add_speaker (session, GENERAL_DISCUSSION, &spk);
    }

  entries = pl_speaker_list_arrange (session, list, &projection);
  g_assert_cmpuint (projection->meetings->len, ==, 2);
  g_assert_cmpint (g_array_index (projection->capacity_s, gint64, 0), ==, 20 * 60);
  g_assert_cmpint (g_array_index (projection->capacity_s, gint64, 1), ==, 120 * 60);

  e6 = g_ptr_array_index (entries, 5);
  e7 = g_ptr_array_index (entries, 6);
  e46 = g_ptr_array_index (entries, 45);
  g_assert_cmpuint (entries->len, >=, 47);
  e47 = g_ptr_array_index (entries, 46);
  g_assert_true (pl_speaker_entry_get_meeting (e6) == g_ptr_array_index (projection->meetings, 0));
  /* Item 1 (f) is the sixth of six items sharing the first meeting
   * (12:00-14:00): its list starts after 1 (a)-(e), at 13:40, not 12:00
   * (issue 22, point 9). */
  g_assert_cmpint (g_array_index (projection->offset_s, gint64, 0), ==, 100 * 60);
  g_assert_cmpint (g_array_index (projection->offset_s, gint64, 1), ==, 0);
  {
    g_autofree char *start1 = g_date_time_format_iso8601 (pl_speaker_entry_get_estimated_start (g_ptr_array_index (entries, 0)));

    g_assert_cmpstr (start1, ==, "2020-10-12T13:40:00+02");
  }
  g_assert_true (pl_speaker_entry_get_meeting (e7) == g_ptr_array_index (projection->meetings, 1));
  start7 = g_date_time_format_iso8601 (pl_speaker_entry_get_estimated_start (e7));
  start46 = g_date_time_format_iso8601 (pl_speaker_entry_get_estimated_start (e46));
  g_assert_cmpstr (start7, ==, "2020-10-12T16:00:00+02");
  g_assert_cmpstr (start46, ==, "2020-10-12T17:57:00+02");
  g_assert_false (pl_speaker_entry_get_overflow (e46));
  g_assert_true (pl_speaker_entry_get_overflow (e47));
  g_assert_null (pl_speaker_entry_get_meeting (e47));

  g_assert_cmpuint (pl_speaker_order_get_n_overflow (order), ==, entries->len - 46);
  g_assert_cmpuint (count_findings (session, "speakers.overflow", NULL, NULL), ==, entries->len - 46);
  g_assert_cmpuint (count_findings (session, "speakers.overflow",
                                    pl_record_get_id (PL_RECORD (pl_speaker_entry_get_speaker (e47))),
                                    "Speaker 47 ("), ==, 1);
  g_assert_cmpuint (count_findings (session, "speakers.overflow", NULL,
                                    "falls after the last meeting for item 1 (f)"), ==, entries->len - 46);

  /* A group statement takes the group limit: five minutes here. */
  pl_speaker_list_set_group_time_limit_s (list, 300);
  pl_speaker_set_on_behalf_of (last, "african");
  g_assert_cmpint (pl_speaker_entry_get_limit_s (pl_speaker_order_find (order, last)), ==, 300);

  /* Moving a meeting's entry to state its minutes changes the share. */
  {
    g_autoptr(GPtrArray) fewer = NULL;
    GListModel *statements = pl_session_get_records (session, PL_TYPE_SPEAKER);

    /* Withdrawing every speaker after the 46th leaves no overflow. */
    for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
      {
        g_autoptr(PlSpeaker) speaker = g_list_model_get_item (statements, i);
        PlSpeakerEntry *entry = pl_speaker_order_find (order, speaker);

        if (pl_speaker_entry_get_overflow (entry))
          pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_WITHDRAWN);
      }
    fewer = pl_speaker_list_arrange (session, list, NULL);
    g_assert_cmpuint (pl_speaker_order_get_n_overflow (order), ==, 0);
    g_assert_cmpuint (count_findings (session, "speakers.overflow", NULL, NULL), ==, 0);
  }
}

/* speakers.closed compares instants; the time zone of the session reads a
 * time without offset and is what the message shows. */
static void
test_closed_in_session_time_zone (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  g_autoptr(PlSpeakerOrder) order = pl_speaker_order_new (session, list);
  const Spk in_time = { "in-time", "AUT", "official", "2020-10-09T11:59:00+02:00" };
  const Spk late_utc = { "late-utc", "BEL", "official", "2020-10-09T10:30:00Z" };
  const Spk early_utc = { "in-time-utc", "BRA", "official", "2020-10-09T09:59:00Z" };
  const Spk local = { "local", "ARG", "official", "2020-10-09T11:30:00" };
  const Spk before = { "before", "ALB", "official", "2020-08-30T23:00:00+02:00" };
  const Spk just_open = { "just-open", "ARM", "official", "2020-08-30T22:30:00Z" };
  g_autoptr(PlSpeaker) s1 = add_speaker (session, GENERAL_DISCUSSION, &in_time);
  g_autoptr(PlSpeaker) s2 = add_speaker (session, GENERAL_DISCUSSION, &late_utc);
  g_autoptr(PlSpeaker) s3 = add_speaker (session, GENERAL_DISCUSSION, &early_utc);
  g_autoptr(PlSpeaker) s4 = add_speaker (session, GENERAL_DISCUSSION, &local);
  g_autoptr(PlSpeaker) s5 = add_speaker (session, GENERAL_DISCUSSION, &before);
  g_autoptr(PlSpeaker) s6 = add_speaker (session, GENERAL_DISCUSSION, &just_open);

  g_assert_false (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s1)));
  g_assert_true (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s2)));
  g_assert_false (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s3)));
  g_assert_false (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s4)));
  g_assert_true (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s5)));
  g_assert_false (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s6)));

  g_assert_cmpuint (count_findings (session, "speakers.closed", NULL, NULL), ==, 2);
  g_assert_cmpuint (count_findings (session, "speakers.closed", pl_record_get_id (PL_RECORD (s2)),
                                    "on 9 October 2020 at 12:30 (Europe/Vienna), after the list of speakers for "
                                    "item 1 (f) closed on 9 October 2020 at 12:00"), ==, 1);
  g_assert_cmpuint (count_findings (session, "speakers.closed", pl_record_get_id (PL_RECORD (s5)),
                                    "before the list of speakers for item 1 (f) opened on 31 August 2020 at 00:00"), ==, 1);

  /* The same local 11:30 in New York is 17:30 in Vienna: too late. */
  pl_session_settings_set_timezone (pl_session_get_settings (session), "America/New_York");
  g_assert_true (pl_speaker_entry_get_closed (pl_speaker_order_find (order, s4)));
  g_assert_cmpuint (count_findings (session, "speakers.closed", pl_record_get_id (PL_RECORD (s4)),
                                    "on 9 October 2020 at 11:30 (America/New_York)"), ==, 1);
}

typedef struct
{
  gint64 now_us;
} FakeClock;

static gint64
fake_clock (gpointer user_data)
{
  return ((FakeClock *) user_data)->now_us;
}

static void
advance (FakeClock      *clock,
         PlSpeakerTimer *timer,
         double          seconds)
{
  clock->now_us += (gint64) (seconds * G_USEC_PER_SEC);
  pl_speaker_timer_update (timer);
}

/* The live mode through two speakers, a withdrawal and an undo, driven
 * by a fake clock: no test waits for a statement. */
static void
test_timer_fake_clock (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  PlHistory *history = pl_session_get_history (session);
  const Spk a = { "A", "AUT", "minister", "2020-09-01T10:00:00+02:00" };
  const Spk b = { "B", "BEL", "official", "2020-09-02T10:00:00+02:00", NULL, 0, "western_european_other" };
  const Spk c = { "C", "BRA", "official", "2020-09-03T10:00:00+02:00" };
  g_autoptr(PlSpeaker) sa = add_speaker (session, GENERAL_DISCUSSION, &a);
  g_autoptr(PlSpeaker) sb = add_speaker (session, GENERAL_DISCUSSION, &b);
  g_autoptr(PlSpeaker) sc = add_speaker (session, GENERAL_DISCUSSION, &c);
  g_autoptr(PlSpeakerOrder) order = pl_speaker_order_new (session, list);
  g_autoptr(PlSpeakerTimer) timer = NULL;
  g_autoptr(PlNotifyCounter) counter = NULL;
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "live.plenary", NULL);
  g_autoptr(PlSession) saved = NULL;
  g_autoptr(GError) error = NULL;
  FakeClock clock = { 1000 * G_USEC_PER_SEC };

  pl_speaker_list_set_group_time_limit_s (list, 300);
  timer = pl_speaker_timer_new (order);
  pl_speaker_timer_set_clock (timer, fake_clock, &clock);
  counter = pl_notify_counter_new (G_OBJECT (timer));

  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sa);
  g_assert_cmpint (pl_speaker_timer_get_limit_s (timer), ==, 180);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, 180);

  g_assert_true (pl_speaker_timer_start (timer));
  g_assert_cmpint (pl_speaker_get_status (sa), ==, PL_SPEAKER_STATUS_SPEAKING);
  advance (&clock, timer, 149);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, 31);
  g_assert_false (pl_speaker_timer_get_warning (timer));
  advance (&clock, timer, 1);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, 30);
  g_assert_true (pl_speaker_timer_get_warning (timer));
  g_assert_cmpuint (pl_notify_counter_get (counter, "warning"), ==, 1);

  /* A pause does not count. */
  pl_speaker_timer_pause (timer);
  advance (&clock, timer, 600);
  g_assert_cmpint (pl_speaker_timer_get_elapsed_s (timer), ==, 150);
  pl_speaker_timer_start (timer);
  advance (&clock, timer, 31.4);
  g_assert_true (pl_speaker_timer_get_overtime (timer));
  g_assert_false (pl_speaker_timer_get_warning (timer));
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, -1);

  /* Spoken: 181 s recorded, in one undo step; the floor goes to B, who
   * speaks for a group and has its five minutes. */
  g_assert_true (pl_speaker_timer_mark_spoken (timer));
  g_assert_cmpint (pl_speaker_get_status (sa), ==, PL_SPEAKER_STATUS_SPOKEN);
  g_assert_cmpint (pl_speaker_get_duration_s (sa), ==, 181);
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sb);
  g_assert_cmpint (pl_speaker_timer_get_limit_s (timer), ==, 300);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (timer), ==, 300);
  g_assert_false (pl_speaker_timer_get_running (timer));

  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_speaker_get_status (sa), ==, PL_SPEAKER_STATUS_SPEAKING);
  g_assert_cmpint (pl_speaker_get_duration_s (sa), ==, 0);
  g_assert_true (pl_history_redo (history));
  g_assert_cmpint (pl_speaker_get_duration_s (sa), ==, 181);

  /* Next without a statement skips; previous comes back, even to a
   * speaker who has spoken. */
  g_assert_true (pl_speaker_timer_next (timer));
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sc);
  g_assert_true (pl_speaker_timer_previous (timer));
  g_assert_true (pl_speaker_timer_previous (timer));
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sa);
  g_assert_true (pl_speaker_timer_next (timer));
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sb);

  /* B speaks 95.4 s; "next" during a statement ends it as spoken. */
  pl_speaker_timer_start (timer);
  advance (&clock, timer, 95.4);
  g_assert_false (pl_speaker_timer_previous (timer));
  g_assert_true (pl_speaker_timer_next (timer));
  g_assert_cmpint (pl_speaker_get_duration_s (sb), ==, 95);
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (timer)) == sc);

  /* C withdraws: the end of the list. */
  g_assert_true (pl_speaker_timer_mark_withdrawn (timer));
  g_assert_cmpint (pl_speaker_get_status (sc), ==, PL_SPEAKER_STATUS_WITHDRAWN);
  g_assert_null (pl_speaker_timer_get_current (timer));
  g_assert_false (pl_speaker_timer_next (timer));

  /* The durations are in the saved file. */
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_no_error (error);
  saved = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pl_speaker_get_duration_s (PL_SPEAKER (pl_session_lookup (saved, pl_record_get_id (PL_RECORD (sa))))), ==, 181);
  g_assert_cmpint (pl_speaker_get_duration_s (PL_SPEAKER (pl_session_lookup (saved, pl_record_get_id (PL_RECORD (sb))))), ==, 95);
  g_assert_cmpint (pl_speaker_get_status (PL_SPEAKER (pl_session_lookup (saved, pl_record_get_id (PL_RECORD (sc))))), ==,
                   PL_SPEAKER_STATUS_WITHDRAWN);
}

/* Issue 22, point 1: a statement under way is taken up by a new timer (a
 * live window opened again, or after a crash) with the time already used,
 * counting on when it ran, with no edit and no undo step. */
static void
test_timer_resume (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  PlSpeakerList *list = general_discussion (session);
  PlHistory *history = pl_session_get_history (session);
  const Spk a = { "A", "AUT", "minister", "2020-09-01T10:00:00+02:00" };
  const Spk b = { "B", "BRA", "official", "2020-09-03T10:00:00+02:00" };
  g_autoptr(PlSpeaker) sa = add_speaker (session, GENERAL_DISCUSSION, &a);
  g_autoptr(PlSpeaker) sb = add_speaker (session, GENERAL_DISCUSSION, &b);
  g_autoptr(PlSpeakerOrder) order = pl_speaker_order_new (session, list);
  g_autoptr(PlSpeakerTimer) first = pl_speaker_timer_new (order);
  g_autoptr(PlSpeakerTimer) second = NULL;
  g_autoptr(PlSpeakerOrder) other_order = NULL;
  g_autoptr(PlSpeakerTimer) other = NULL;
  FakeClock clock = { 1000 * G_USEC_PER_SEC };
  g_autofree char *undo_label = NULL;

  pl_speaker_timer_set_clock (first, fake_clock, &clock);
  g_assert_true (pl_speaker_timer_start (first));
  advance (&clock, first, 40);
  g_assert_true (pl_speaker_timer_next (first));   /* A spoke 40 s */
  g_assert_true (pl_speaker_timer_start (first));
  advance (&clock, first, 25);
  g_clear_object (&first);
  undo_label = g_strdup (pl_history_get_undo_label (history));

  /* B's statement, 25 s in and running, taken up 5 s later. */
  clock.now_us += 5 * G_USEC_PER_SEC;
  second = pl_speaker_timer_new (order);
  pl_speaker_timer_set_clock (second, fake_clock, &clock);
  g_assert_true (pl_speaker_timer_resume (second, pl_speaker_order_find (order, sb), 30 * G_USEC_PER_SEC, TRUE));
  g_assert_true (pl_speaker_entry_get_speaker (pl_speaker_timer_get_current (second)) == sb);
  g_assert_true (pl_speaker_timer_get_running (second));
  g_assert_cmpint (pl_speaker_timer_get_elapsed_s (second), ==, 30);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (second), ==, 150);
  advance (&clock, second, 10);
  g_assert_cmpint (pl_speaker_timer_get_remaining_s (second), ==, 140);
  g_assert_cmpint (pl_speaker_get_status (sb), ==, PL_SPEAKER_STATUS_SPEAKING);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, undo_label);

  /* Paused, it stays at its time. */
  g_assert_true (pl_speaker_timer_resume (second, pl_speaker_order_find (order, sb), 50 * G_USEC_PER_SEC, FALSE));
  advance (&clock, second, 100);
  g_assert_cmpint (pl_speaker_timer_get_elapsed_s (second), ==, 50);
  g_assert_false (pl_speaker_timer_get_running (second));
  g_assert_true (pl_speaker_timer_start (second));
  advance (&clock, second, 1);
  g_assert_true (pl_speaker_timer_mark_spoken (second));
  g_assert_cmpint (pl_speaker_get_duration_s (sb), ==, 51);

  /* An entry of another order is refused. */
  other_order = pl_speaker_order_new (session, list);
  other = pl_speaker_timer_new (other_order);
  g_assert_false (pl_speaker_timer_resume (other, pl_speaker_order_find (order, sa), 0, TRUE));
  g_assert_false (pl_speaker_timer_get_running (other));
}

/* The sample's two lists have no speakers: no finding. */
static void
test_sample_clean (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_findings (session, "speakers.overflow", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_findings (session, "speakers.closed", NULL, NULL), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/speakers/order/%s", order_cases[i].name);

      g_test_add_data_func (path, &order_cases[i], test_order);
    }
  g_test_add_func ("/speakers/manual-deviation", test_manual_deviation);
  g_test_add_func ("/speakers/overflow-two-meetings", test_overflow_two_meetings);
  g_test_add_func ("/speakers/closed-time-zone", test_closed_in_session_time_zone);
  g_test_add_func ("/speakers/timer-fake-clock", test_timer_fake_clock);
  g_test_add_func ("/speakers/timer-resume", test_timer_resume);
  g_test_add_func ("/speakers/sample-clean", test_sample_clean);

  return g_test_run ();
}
