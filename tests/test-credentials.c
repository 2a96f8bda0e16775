/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-check.h"
#include "pl-check-credentials.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-participation.h"
#include "pl-samples.h"
#include "pl-test-support.h"

/*
 * Credentials status rules (rules 18-20), table-driven: the issuer per
 * form, the amendments session, the 24-hour mark in the session's time
 * zone, an original after a copy, an objection withdrawn.
 */

#define NO_RECORD ((PlCredentialsForm) -1)

/* The reference session's opening: 12 October 2020 at noon, Vienna
 * (first meeting of the day), so the mark is 11 October, 12:00 +02:00. */
static PlSession *
make_session (gboolean amendments)
{
  PlSession *session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(PlMeeting) afternoon = pl_meeting_new (NULL);
  g_autoptr(PlMeeting) noon = pl_meeting_new (NULL);
  g_autoptr(PlMeeting) before = pl_meeting_new (NULL);

  pl_session_settings_set_start_date (settings, "2020-10-12");
  pl_session_settings_set_end_date (settings, "2020-10-16");
  pl_session_settings_set_timezone (settings, "Europe/Vienna");
  pl_session_settings_set_considers_amendments (settings, amendments);

  /* Out of order, and an informal meeting the day before: the opening is
   * the first meeting *of the opening day*. */
  pl_meeting_set_date (afternoon, "2020-10-12");
  pl_meeting_set_start (afternoon, "16:00");
  pl_meeting_set_date (noon, "2020-10-12");
  pl_meeting_set_start (noon, "12:00");
  pl_meeting_set_date (before, "2020-10-11");
  pl_meeting_set_start (before, "09:00");
  pl_session_add_record (session, PL_RECORD (afternoon));
  pl_session_add_record (session, PL_RECORD (noon));
  pl_session_add_record (session, PL_RECORD (before));
  return session;
}

typedef struct
{
  const char           *what;
  PlDelegationCategory  category;
  gboolean              amendments;
  PlCredentialsForm     form;
  PlCredentialsIssuer   issuer;
  const char           *received;
  const char           *objection;   /* JSON, or NULL */
  PlCredentialsStatus   expected;
} StatusCase;

#define SP PL_DELEGATION_CATEGORY_STATE_PARTY
#define REIO PL_DELEGATION_CATEGORY_REIO
#define F(x) PL_CREDENTIALS_FORM_##x
#define I(x) PL_CREDENTIALS_ISSUER_##x
#define S(x) PL_CREDENTIALS_STATUS_##x
#define ON_TIME "2020-10-05T10:00:00+02:00"

static const StatusCase status_cases[] = {
  /* Nothing received. */
  { "no record", SP, FALSE, NO_RECORD, I (OTHER), NULL, NULL, S (MISSING) },
  { "form none", SP, FALSE, F (NONE), I (OTHER), NULL, NULL, S (MISSING) },

  /* Rule 18, para. 3: the issuer, per form. */
  { "original, Head of State", SP, FALSE, F (ORIGINAL), I (HEAD_OF_STATE), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "original, Head of Government", SP, FALSE, F (ORIGINAL), I (HEAD_OF_GOVERNMENT), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "original, Foreign Minister", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "original, Permanent Representative", SP, FALSE, F (ORIGINAL), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "original, other issuer", SP, FALSE, F (ORIGINAL), I (OTHER), ON_TIME, NULL, S (DEFECTIVE) },
  { "original, a REIO authority for a State", SP, FALSE, F (ORIGINAL), I (REIO_AUTHORITY), ON_TIME, NULL, S (DEFECTIVE) },
  { "copy, Permanent Representative", SP, FALSE, F (COPY), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (PROVISIONAL) },
  { "copy, other issuer", SP, FALSE, F (COPY), I (OTHER), ON_TIME, NULL, S (DEFECTIVE) },
  { "fax, Foreign Minister", SP, FALSE, F (FAX), I (FOREIGN_MINISTER), ON_TIME, NULL, S (PROVISIONAL) },
  { "fax, other issuer", SP, FALSE, F (FAX), I (OTHER), ON_TIME, NULL, S (DEFECTIVE) },
  { "note verbale, other issuer", SP, FALSE, F (NOTE_VERBALE), I (OTHER), ON_TIME, NULL, S (PROVISIONAL) },
  { "letter, Permanent Representative", SP, FALSE, F (LETTER), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (PROVISIONAL) },
  { "email, other issuer", SP, FALSE, F (EMAIL), I (OTHER), ON_TIME, NULL, S (PROVISIONAL) },
  { "REIO original, its authority", REIO, FALSE, F (ORIGINAL), I (REIO_AUTHORITY), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "REIO original, a Foreign Minister", REIO, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME, NULL, S (DEFECTIVE) },

  /* Rule 18, para. 4: a session that considers amendments. */
  { "amendments: original, Permanent Representative", SP, TRUE, F (ORIGINAL), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (DEFECTIVE) },
  { "amendments: original, Foreign Minister", SP, TRUE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "amendments: original, Head of Government", SP, TRUE, F (ORIGINAL), I (HEAD_OF_GOVERNMENT), ON_TIME, NULL, S (IN_DUE_FORM) },
  { "amendments: copy, Permanent Representative", SP, TRUE, F (COPY), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (DEFECTIVE) },
  { "amendments: note verbale, Permanent Representative", SP, TRUE, F (NOTE_VERBALE), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL, S (PROVISIONAL) },
  { "amendments: REIO original, its authority", REIO, TRUE, F (ORIGINAL), I (REIO_AUTHORITY), ON_TIME, NULL, S (IN_DUE_FORM) },

  /* Rule 18, para. 1: the 24-hour mark, 11 October 12:00 in Vienna. */
  { "exactly at the mark", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T12:00:00+02:00", NULL, S (IN_DUE_FORM) },
  { "one second after the mark", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T12:00:01+02:00", NULL, S (LATE) },
  { "one second before the mark", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T11:59:59+02:00", NULL, S (IN_DUE_FORM) },
  { "at the mark, in UTC", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T10:00:00Z", NULL, S (IN_DUE_FORM) },
  { "after the mark, in UTC", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T10:00:01Z", NULL, S (LATE) },
  { "at the mark, New York time", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T06:00:00-04:00", NULL, S (IN_DUE_FORM) },
  { "at the mark, no offset (the session's zone)", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T12:00:00", NULL, S (IN_DUE_FORM) },
  { "after the mark, no offset (the session's zone)", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T12:00:01", NULL, S (LATE) },
  { "late copy stays provisional", SP, FALSE, F (COPY), I (FOREIGN_MINISTER), "2020-10-12T09:00:00+02:00", NULL, S (PROVISIONAL) },
  { "late and defective is defective", SP, FALSE, F (ORIGINAL), I (OTHER), "2020-10-12T09:00:00+02:00", NULL, S (DEFECTIVE) },
  { "no time received is not late", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), NULL, NULL, S (IN_DUE_FORM) },

  /* Rule 20: objections. */
  { "objected", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\"}", S (OBJECTED) },
  { "objected, nothing received", SP, FALSE, F (NONE), I (OTHER), NULL,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\"}", S (OBJECTED) },
  { "objection withdrawn", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\", \"withdrawn\": \"2020-10-13\"}", S (IN_DUE_FORM) },
  { "objection withdrawn, copy", SP, FALSE, F (COPY), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\", \"withdrawn\": \"2020-10-13\"}", S (PROVISIONAL) },
  /* A `withdrawn` that says no date (null, as a form or another tool may
   * write it, or empty) has not withdrawn anything. */
  { "objection, withdrawn null", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\", \"withdrawn\": null}", S (OBJECTED) },
  { "objection, withdrawn empty", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\", \"withdrawn\": \"\"}", S (OBJECTED) },
  { "null objection", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME, "null", S (IN_DUE_FORM) },
};

static void
test_status_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_cases); i++)
    {
      const StatusCase *c = &status_cases[i];
      g_autoptr(PlSession) session = make_session (c->amendments);
      g_autoptr(PlDelegation) delegation = pl_delegation_new ("delegation:TST");
      PlCredentialsStatus status;

      pl_delegation_set_name (delegation, "Testland");
      pl_delegation_set_iso3 (delegation, "TST");
      pl_delegation_set_category (delegation, c->category);
      pl_session_add_record (session, PL_RECORD (delegation));

      if (c->form != NO_RECORD)
        {
          g_autoptr(PlCredentials) credentials = pl_credentials_new ("credentials:TST");

          pl_credentials_set_delegation (credentials, "delegation:TST");
          pl_credentials_set_form (credentials, c->form);
          pl_credentials_set_issuer (credentials, c->issuer);
          pl_credentials_set_received (credentials, c->received);
          if (c->objection != NULL)
            {
              g_autoptr(JsonNode) node = json_from_string (c->objection, NULL);

              g_assert_nonnull (node);
              json_node_seal (node);
              pl_credentials_set_objection (credentials, node);
            }
          pl_session_add_record (session, PL_RECORD (credentials));
        }

      status = pl_credentials_status_for (session, delegation);
      if (status != c->expected)
        g_error ("case “%s”: got %s, expected %s", c->what,
                 pl_enum_to_nick (PL_TYPE_CREDENTIALS_STATUS, status),
                 pl_enum_to_nick (PL_TYPE_CREDENTIALS_STATUS, c->expected));
    }
}

/* "24 hours" is elapsed time: on 25 October 2020 summer time ended in
 * Vienna at 03:00, so 24 hours before a 10:00 opening (09:00 UTC) is
 * 11:00 summer time the day before, not 10:00. No meeting is planned, so
 * the opening is the documented default, 10:00. */
static void
test_mark_across_dst (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(GDateTime) opening = NULL;
  g_autoptr(GDateTime) mark = NULL;
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(PlDelegation) delegation = pl_delegation_new ("delegation:TST");
  g_autoptr(PlCredentials) credentials = pl_credentials_new ("credentials:TST");
  g_autoptr(GError) error = NULL;

  pl_session_settings_set_start_date (settings, "2020-10-25");
  pl_session_settings_set_end_date (settings, "2020-10-29");
  pl_session_settings_set_timezone (settings, "Europe/Vienna");

  opening = pl_participation_dup_opening (session, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_hour (opening), ==, 10);
  g_assert_cmpint (g_date_time_get_utc_offset (opening) / G_TIME_SPAN_HOUR, ==, 1);

  mark = pl_credentials_dup_deadline (session, &error);
  g_assert_no_error (error);
  expected = g_date_time_new_from_iso8601 ("2020-10-24T11:00:00+02:00", NULL);
  g_assert_true (g_date_time_equal (mark, expected));

  pl_delegation_set_iso3 (delegation, "TST");
  pl_session_add_record (session, PL_RECORD (delegation));
  pl_credentials_set_delegation (credentials, "delegation:TST");
  pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
  pl_credentials_set_issuer (credentials, PL_CREDENTIALS_ISSUER_HEAD_OF_STATE);
  pl_session_add_record (session, PL_RECORD (credentials));

  /* 10:30 local, the day before: late by the clock, on time by the rule. */
  pl_credentials_set_received (credentials, "2020-10-24T10:30:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);
  pl_credentials_set_received (credentials, "2020-10-24T11:00:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);
  pl_credentials_set_received (credentials, "2020-10-24T11:00:01");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_LATE);

  /* The same session in Tokyo: the zone moves the mark. */
  pl_session_settings_set_timezone (settings, "Asia/Tokyo");
  pl_credentials_set_received (credentials, "2020-10-24T10:30:00+09:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_LATE);
  pl_credentials_set_received (credentials, "2020-10-24T10:00:00+09:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);

  /* An unknown zone: no mark, an error that says why, nothing late. */
  pl_session_settings_set_timezone (settings, "Europe/Atlantis");
  g_clear_pointer (&mark, g_date_time_unref);
  mark = pl_credentials_dup_deadline (session, &error);
  g_assert_null (mark);
  g_assert_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_TIMEZONE);
  g_assert_nonnull (strstr (error->message, "Europe/Atlantis"));
  pl_credentials_set_received (credentials, "2020-12-24T10:30:00+09:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);
}

/* The sample session's computed deadlines are the ones it states. */
static void
test_sample_deadlines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GDateTime) mark = NULL;
  g_autoptr(GDateTime) provisional = NULL;
  g_autoptr(GDateTime) circulation = NULL;
  g_autofree char *mark_text = NULL;
  g_autofree char *provisional_text = NULL;
  g_autofree char *circulation_text = NULL;

  g_assert_no_error (error);
  mark = pl_credentials_dup_deadline (session, &error);
  g_assert_no_error (error);
  provisional = pl_credentials_dup_provisional_deadline (session, &error);
  g_assert_no_error (error);
  circulation = pl_participation_dup_circulation_deadline (session, &error);
  g_assert_no_error (error);

  mark_text = g_date_time_format_iso8601 (mark);
  provisional_text = g_date_time_format_iso8601 (provisional);
  circulation_text = g_date_time_format_iso8601 (circulation);
  /* deadline records of data/samples/ctoc-cop-10.plenary: rule 18,
   * para. 1; rule 20; rule 17, para. 2 */
  g_assert_cmpstr (mark_text, ==, "2020-10-11T12:00:00+02");
  g_assert_cmpstr (provisional_text, ==, "2020-10-16T12:00:00+02");
  g_assert_cmpstr (circulation_text, ==, "2020-09-12T12:00:00+02");
}

/* Originals replace copies when they arrive; a copy never replaces an
 * original; the receipt is one undo step. */
static void
test_original_after_copy (void)
{
  g_autoptr(PlSession) session = make_session (FALSE);
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  PlDelegation *delegation = pl_delegation_import_add_state (session, "AUT", &error);
  PlCredentials *credentials;

  g_assert_no_error (error);
  g_assert_nonnull (delegation);
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_MISSING);

  credentials = pl_credentials_ensure (session, delegation);
  g_assert_cmpstr (pl_record_get_id (PL_RECORD (credentials)), ==, "credentials:AUT");
  g_assert_cmpstr (pl_credentials_get_delegation (credentials), ==, "delegation:AUT");
  g_assert_true (pl_credentials_ensure (session, delegation) == credentials);
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_MISSING);

  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_COPY,
                                                PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "A. Schallenberg",
                                                "2020-10-01T09:00:00+02:00"));
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_PROVISIONAL);

  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                                PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "A. Schallenberg",
                                                "2020-10-09T15:00:00+02:00"));
  g_assert_cmpint (pl_credentials_get_form (credentials), ==, PL_CREDENTIALS_FORM_ORIGINAL);
  g_assert_cmpstr (pl_credentials_get_received (credentials), ==, "2020-10-09T15:00:00+02:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);

  /* A fax of the same credentials afterwards changes nothing. */
  g_assert_false (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_FAX,
                                                 PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "A. Schallenberg",
                                                 "2020-10-10T09:00:00+02:00"));
  g_assert_cmpint (pl_credentials_get_form (credentials), ==, PL_CREDENTIALS_FORM_ORIGINAL);
  g_assert_cmpstr (pl_credentials_get_received (credentials), ==, "2020-10-09T15:00:00+02:00");

  /* One undo step takes back the original, whole. */
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Record credentials");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_credentials_get_form (credentials), ==, PL_CREDENTIALS_FORM_COPY);
  g_assert_cmpstr (pl_credentials_get_received (credentials), ==, "2020-10-01T09:00:00+02:00");
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_PROVISIONAL);

  /* The copy came in time, the original after the mark: late. */
  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                                PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, "A. Schallenberg",
                                                "2020-10-12T08:30:00+02:00"));
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_LATE);
}

static void
test_objection_withdrawn (void)
{
  g_autoptr(PlSession) session = make_session (FALSE);
  g_autoptr(GError) error = NULL;
  PlDelegation *delegation = pl_delegation_import_add_state (session, "Austria", &error);
  PlCredentials *credentials = pl_credentials_ensure (session, delegation);
  JsonObject *objection;

  g_assert_true (pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                                PL_CREDENTIALS_ISSUER_HEAD_OF_STATE, "A. Van der Bellen",
                                                "2020-10-01T09:00:00+02:00"));
  g_assert_false (pl_credentials_withdraw_objection (credentials, "2020-10-13"));

  pl_credentials_object (credentials, "delegation:FRA", "2020-10-12", "The Government is contested");
  g_assert_true (pl_credentials_objection_is_active (credentials));
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_OBJECTED);

  g_assert_true (pl_credentials_withdraw_objection (credentials, "2020-10-13"));
  g_assert_false (pl_credentials_objection_is_active (credentials));
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_IN_DUE_FORM);
  /* Kept for the Bureau's report. */
  objection = json_node_get_object (pl_credentials_get_objection (credentials));
  g_assert_cmpstr (json_object_get_string_member (objection, "by"), ==, "delegation:FRA");
  g_assert_cmpstr (json_object_get_string_member (objection, "note"), ==, "The Government is contested");
  g_assert_cmpstr (json_object_get_string_member (objection, "withdrawn"), ==, "2020-10-13");
  g_assert_false (pl_credentials_withdraw_objection (credentials, "2020-10-14"));

  /* Undo brings the objection back. */
  g_assert_true (pl_history_undo (pl_session_get_history (session)));
  g_assert_cmpint (pl_credentials_status_for (session, delegation), ==, PL_CREDENTIALS_STATUS_OBJECTED);
}

/* "132 of 181 in due form": the model a Credentials page shows. */
/* pl_credentials_context_find() answers as pl_credentials_find() does, for
 * States (`credentials:<ISO3>`), for delegations without an ISO code and
 * for a State whose record was made before its code was known; and its
 * index follows records added and removed after it was built. */
static void
test_context_find (void)
{
  g_autoptr(PlSession) session = make_session (FALSE);
  g_auto(PlCredentialsContext) context = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlCredentials) early = pl_credentials_new (NULL);
  PlDelegation *austria, *reio, *other, *late_code;
  PlCredentials *reio_credentials, *other_credentials;
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  austria = pl_delegation_import_add_state (session, "AUT", &error);
  g_assert_no_error (error);
  reio = pl_participation_add_delegation (session, "An economic union", PL_DELEGATION_CATEGORY_REIO, NULL);
  other = pl_participation_add_delegation (session, "Another union", PL_DELEGATION_CATEGORY_REIO, NULL);
  late_code = pl_participation_add_delegation (session, "Austria again", PL_DELEGATION_CATEGORY_STATE_PARTY, NULL);
  pl_credentials_ensure (session, austria);
  reio_credentials = pl_credentials_ensure (session, reio);
  /* Made while the delegation had no code: a random id. */
  pl_credentials_set_delegation (early, pl_record_get_id (PL_RECORD (late_code)));
  pl_session_add_record (session, PL_RECORD (early));
  pl_delegation_set_iso3 (late_code, "XKX");

  pl_credentials_context_init (&context, session);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      g_assert_true (pl_credentials_context_find (&context, delegation) == pl_credentials_find (session, delegation));
    }
  g_assert_true (pl_credentials_context_find (&context, reio) == reio_credentials);
  g_assert_true (pl_credentials_context_find (&context, late_code) == early);
  g_assert_null (pl_credentials_context_find (&context, other));

  /* Added after the index was built, then removed. */
  other_credentials = pl_credentials_ensure (session, other);
  g_assert_true (pl_credentials_context_find (&context, other) == other_credentials);
  pl_session_remove_record (session, PL_RECORD (reio_credentials));
  g_assert_null (pl_credentials_context_find (&context, reio));
  g_assert_null (pl_credentials_find (session, reio));
}

static void
test_progress (void)
{
  g_autoptr(PlSession) session = make_session (FALSE);
  g_autoptr(PlCredentialsProgress) progress = pl_credentials_progress_new (session);
  g_autoptr(PlNotifyCounter) counter = pl_notify_counter_new (G_OBJECT (progress));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  PlDelegation *austria, *france;
  PlCredentials *credentials;

  g_assert_cmpuint (pl_credentials_progress_get_total (progress), ==, 0);

  austria = pl_delegation_import_add_state (session, "AUT", &error);
  france = pl_delegation_import_add_state (session, "FRA", &error);
  pl_delegation_import_add_state (session, "EUU", &error);
  g_assert_no_error (error);
  /* An observer needs no credentials. */
  pl_participation_add_delegation (session, "United Nations Development Programme",
                                   PL_DELEGATION_CATEGORY_UN_ENTITY, NULL);

  /* The recount waits for the idle... */
  g_assert_cmpuint (pl_notify_counter_total (counter), ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (pl_notify_counter_get (counter, "total"), ==, 1);
  g_assert_cmpuint (pl_notify_counter_get (counter, "missing"), ==, 1);
  g_assert_cmpuint (pl_notify_counter_get (counter, "in-due-form"), ==, 0);
  g_assert_cmpuint (pl_credentials_progress_get_total (progress), ==, 3);
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_MISSING), ==, 3);
  label = pl_credentials_progress_dup_label (progress);
  g_assert_cmpstr (label, ==, "0 of 3 in due form");
  g_clear_pointer (&label, g_free);
  pl_notify_counter_reset (counter);

  /* ...or a getter counts at once. */
  credentials = pl_credentials_ensure (session, austria);
  pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_COPY,
                                 PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, NULL, "2020-10-01T09:00:00+02:00");
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_PROVISIONAL), ==, 1);
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_MISSING), ==, 2);
  g_assert_cmpuint (pl_credentials_progress_get_in_due_form (progress), ==, 0);
  g_assert_cmpuint (pl_notify_counter_get (counter, "label"), ==, 0);

  pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                 PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER, NULL, "2020-10-05T09:00:00+02:00");
  credentials = pl_credentials_ensure (session, france);
  pl_credentials_record_receipt (session, credentials, PL_CREDENTIALS_FORM_ORIGINAL,
                                 PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE, NULL, "2020-10-12T09:00:00+02:00");
  pl_credentials_progress_update (progress);
  label = pl_credentials_progress_dup_label (progress);
  /* Late originals count as in due form; they have their own count too. */
  g_assert_cmpstr (label, ==, "2 of 3 in due form");
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_LATE), ==, 1);
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_IN_DUE_FORM), ==, 1);
  g_assert_cmpuint (pl_notify_counter_get (counter, "in-due-form"), ==, 1);
  g_assert_cmpuint (pl_notify_counter_get (counter, "label"), ==, 1);
  g_clear_pointer (&label, g_free);

  /* A setting changes every status: under para. 4 the Permanent
   * Representative may not issue them. */
  pl_session_settings_set_considers_amendments (pl_session_get_settings (session), TRUE);
  g_assert_cmpuint (pl_credentials_progress_get_count (progress, PL_CREDENTIALS_STATUS_DEFECTIVE), ==, 1);
  g_assert_cmpuint (pl_credentials_progress_get_in_due_form (progress), ==, 1);

  /* A no-op recount notifies nothing. */
  pl_notify_counter_reset (counter);
  pl_credentials_progress_update (progress);
  pl_session_settings_set_title (pl_session_get_settings (session), "Eleventh session");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (pl_notify_counter_total (counter), ==, 0);
}

static gboolean
has_finding (GListModel *findings,
             const char *code,
             const char *subject,
             PlSeverity  severity)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (pl_finding_get_code (finding), code)
          && g_strcmp0 (pl_finding_get_subject (finding), subject) == 0
          && pl_finding_get_severity (finding) == severity)
        return TRUE;
    }
  return FALSE;
}

static guint
count_code_prefix (GListModel *findings,
                   const char *prefix)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (findings, i);

      n += g_str_has_prefix (pl_finding_get_code (finding), prefix);
    }
  return n;
}

static void
test_checks (void)
{
  g_autoptr(PlSession) session = make_session (FALSE);
  g_autoptr(GListStore) findings = NULL;
  g_autoptr(GError) error = NULL;
  static const char *states[] = { "AUT", "FRA", "DEU", "ITA", "ESP", "PRT" };
  PlCredentials *c;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    pl_delegation_import_add_state (session, states[i], &error);
  g_assert_no_error (error);
  pl_participation_add_delegation (session, "An NGO", PL_DELEGATION_CATEGORY_NGO_OTHER, NULL);

  /* AUT: nothing. FRA: a note verbale. DEU: an original by someone else.
   * ITA: late. ESP: objected by FRA. PRT: in due form but not covering
   * its listed members. */
  c = pl_credentials_ensure (session, PL_DELEGATION (pl_session_lookup (session, "delegation:FRA")));
  pl_credentials_record_receipt (session, c, PL_CREDENTIALS_FORM_NOTE_VERBALE, PL_CREDENTIALS_ISSUER_OTHER,
                                 NULL, "2020-10-01T10:00:00+02:00");
  c = pl_credentials_ensure (session, PL_DELEGATION (pl_session_lookup (session, "delegation:DEU")));
  pl_credentials_record_receipt (session, c, PL_CREDENTIALS_FORM_ORIGINAL, PL_CREDENTIALS_ISSUER_OTHER,
                                 NULL, "2020-10-01T10:00:00+02:00");
  c = pl_credentials_ensure (session, PL_DELEGATION (pl_session_lookup (session, "delegation:ITA")));
  pl_credentials_record_receipt (session, c, PL_CREDENTIALS_FORM_ORIGINAL, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
                                 NULL, "2020-10-12T10:00:00+02:00");
  pl_credentials_set_members_covered (c, TRUE);
  c = pl_credentials_ensure (session, PL_DELEGATION (pl_session_lookup (session, "delegation:ESP")));
  pl_credentials_record_receipt (session, c, PL_CREDENTIALS_FORM_ORIGINAL, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
                                 NULL, "2020-10-01T10:00:00+02:00");
  pl_credentials_set_members_covered (c, TRUE);
  pl_credentials_object (c, "delegation:FRA", "2020-10-12", NULL);
  c = pl_credentials_ensure (session, PL_DELEGATION (pl_session_lookup (session, "delegation:PRT")));
  pl_credentials_record_receipt (session, c, PL_CREDENTIALS_FORM_ORIGINAL, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
                                 NULL, "2020-10-01T10:00:00+02:00");
  g_free (pl_delegation_add_member (PL_DELEGATION (pl_session_lookup (session, "delegation:PRT")), "Ana Silva",
                                    PL_MEMBER_FUNCTION_HEAD, PL_RANK_AMBASSADOR));

  findings = pl_check_session (session);
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.missing", "delegation:AUT", PL_SEVERITY_WARNING));
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.provisional", "credentials:FRA", PL_SEVERITY_WARNING));
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.issuer", "credentials:DEU", PL_SEVERITY_ERROR));
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.late", "credentials:ITA", PL_SEVERITY_INFO));
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.objection", "credentials:ESP", PL_SEVERITY_WARNING));
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.provisional", "credentials:PRT", PL_SEVERITY_WARNING));
  /* One finding each; nothing about the NGO. */
  g_assert_cmpuint (count_code_prefix (G_LIST_MODEL (findings), "credentials."), ==, 6);

  /* The objection message names the objecting State. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (pl_finding_get_code (finding), "credentials.objection"))
        g_assert_nonnull (strstr (pl_finding_get_message (finding), "France objects to the representatives of Spain"));
      if (g_str_equal (pl_finding_get_code (finding), "credentials.late"))
        g_assert_nonnull (strstr (pl_finding_get_message (finding), "11 October 2020, 12:00"));
    }

  /* An unreadable time received is reported, not taken as on time silently. */
  pl_credentials_set_received (c, "the 3rd of October");
  g_clear_object (&findings);
  findings = pl_check_session (session);
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.late", "credentials:PRT", PL_SEVERITY_WARNING));

  /* Without a start date, the mark cannot be computed: one finding on the
   * session's settings. */
  pl_session_settings_set_start_date (pl_session_get_settings (session), "");
  g_clear_object (&findings);
  findings = pl_check_session (session);
  g_assert_true (has_finding (G_LIST_MODEL (findings), "credentials.late", "session", PL_SEVERITY_WARNING));

  /* Issue 16: a delegate's copy (its sync.roles) holds no credentials
   * records; their checks do not run there. */
  g_clear_object (&findings);
  findings = pl_check_session_for (session, PL_CHECK_AUDIENCE_DELEGATE);
  g_assert_cmpuint (count_code_prefix (G_LIST_MODEL (findings), "credentials."), ==, 0);
  {
    g_autoptr(JsonNode) state = json_from_string ("{\"roles\": [\"delegate\", \"delegation:FRA\"]}", NULL);

    pl_session_set_sync_state (session, json_node_get_object (state));
    g_assert_true (pl_session_is_delegate_copy (session));
    g_clear_object (&findings);
    findings = pl_check_session (session);
    g_assert_cmpuint (count_code_prefix (G_LIST_MODEL (findings), "credentials."), ==, 0);
  }
  {
    /* A secretariat account that is also a delegate writes everything. */
    g_autoptr(JsonNode) state = json_from_string ("{\"roles\": [\"delegate\", \"secretariat\"]}", NULL);

    pl_session_set_sync_state (session, json_node_get_object (state));
    g_assert_false (pl_session_is_delegate_copy (session));
    g_clear_object (&findings);
    findings = pl_check_session (session);
    g_assert_cmpuint (count_code_prefix (G_LIST_MODEL (findings), "credentials."), >, 0);
  }
}

/* The checklist's reason (pl_credentials_status_describe()) is core's
 * text: one case per status and per paragraph of rule 18 an issuer can
 * break, the REIO's included, which the page once described as a State's. */
typedef struct
{
  const char           *what;
  PlDelegationCategory  category;
  gboolean              amendments;
  PlCredentialsForm     form;
  PlCredentialsIssuer   issuer;
  const char           *received;
  const char           *objection;
  const char           *expected;    /* the whole reason */
} ReasonCase;

static const ReasonCase reason_cases[] = {
  { "missing", SP, FALSE, NO_RECORD, I (OTHER), NULL, NULL, "Nothing received yet" },
  { "in due form", SP, FALSE, F (ORIGINAL), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL,
    "Original from the Permanent Representative to the United Nations, received 5 Oct 2020, 10:00" },
  { "provisional", SP, FALSE, F (NOTE_VERBALE), I (OTHER), ON_TIME, NULL,
    "Note verbale received 5 Oct 2020, 10:00: information, not formal credentials; participates provisionally (rule 20)" },
  { "late", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), "2020-10-11T10:00:01Z", NULL,
    "Original received 11 Oct 2020, 12:00, after the 24-hour mark of rule 18, para. 1 (Sunday 11 October 2020, 12:00)" },
  { "defective, para. 3", SP, FALSE, F (ORIGINAL), I (OTHER), ON_TIME, NULL,
    "Issued by another authority, whom rule 18, para. 3 does not allow to issue credentials" },
  { "defective, para. 4", SP, TRUE, F (ORIGINAL), I (PERMANENT_REPRESENTATIVE), ON_TIME, NULL,
    "Issued by the Permanent Representative to the United Nations: while the Conference considers amendments only "
    "the Head of State or Government or the Minister for Foreign Affairs may issue credentials (rule 18, para. 4)" },
  { "defective, a REIO", REIO, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME, NULL,
    "The credentials of Testland must be issued by its competent authority (rule 18, para. 3)." },
  { "defective, a REIO, amendments", REIO, TRUE, F (ORIGINAL), I (HEAD_OF_STATE), ON_TIME, NULL,
    "The credentials of Testland must be issued by its competent authority (rule 18, para. 3)." },
  { "objected", SP, FALSE, F (ORIGINAL), I (FOREIGN_MINISTER), ON_TIME,
    "{\"by\": \"delegation:FRA\", \"date\": \"2020-10-12\", \"note\": \"\"}",
    "Objected to by France on 2020-10-12: seated provisionally until the Conference decides (rule 20)" },
};

static void
test_describe (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (reason_cases); i++)
    {
      const ReasonCase *c = &reason_cases[i];
      g_autoptr(PlSession) session = make_session (c->amendments);
      g_autoptr(PlDelegation) delegation = pl_delegation_new ("delegation:TST");
      g_autoptr(PlDelegation) france = pl_delegation_new ("delegation:FRA");
      g_auto(PlCredentialsContext) context = { 0 };
      g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
      g_autofree char *reason = NULL;

      pl_delegation_set_name (delegation, "Testland");
      pl_delegation_set_iso3 (delegation, "TST");
      pl_delegation_set_category (delegation, c->category);
      pl_session_add_record (session, PL_RECORD (delegation));
      pl_delegation_set_name (france, "France");
      pl_delegation_set_iso3 (france, "FRA");
      pl_delegation_set_category (france, PL_DELEGATION_CATEGORY_NGO_OTHER);   /* no credentials of its own */
      pl_session_add_record (session, PL_RECORD (france));

      if (c->form != NO_RECORD)
        {
          g_autoptr(PlCredentials) credentials = pl_credentials_new ("credentials:TST");

          pl_credentials_set_delegation (credentials, "delegation:TST");
          pl_credentials_set_form (credentials, c->form);
          pl_credentials_set_issuer (credentials, c->issuer);
          pl_credentials_set_received (credentials, c->received);
          pl_credentials_set_members_covered (credentials, TRUE);
          if (c->objection != NULL)
            {
              g_autoptr(JsonNode) node = json_from_string (c->objection, NULL);

              json_node_seal (node);
              pl_credentials_set_objection (credentials, node);
            }
          pl_session_add_record (session, PL_RECORD (credentials));
        }

      pl_credentials_context_init (&context, session);
      reason = pl_credentials_status_describe (&context, delegation);
      if (g_strcmp0 (reason, c->expected) != 0)
        g_error ("case “%s”: got “%s”, expected “%s”", c->what, reason, c->expected);

      /* The rule broken is the one the finding cites. */
      pl_check_credentials (session, findings);
      if (pl_credentials_status_for (session, delegation) == PL_CREDENTIALS_STATUS_DEFECTIVE)
        {
          PlFinding *finding;

          g_assert_cmpuint (findings->len, ==, 1);
          finding = g_ptr_array_index (findings, 0);
          g_assert_cmpstr (pl_finding_get_code (finding), ==, "credentials.issuer");
          g_assert_nonnull (strstr (pl_finding_get_message (finding), c->amendments && c->category != REIO
                                                                      ? "rule 18, para. 4" : "rule 18, para. 3"));
          if (c->category == REIO)
            g_assert_cmpstr (pl_finding_get_message (finding), ==, reason);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/credentials/status-table", test_status_table);
  g_test_add_func ("/credentials/mark-across-dst", test_mark_across_dst);
  g_test_add_func ("/credentials/sample-deadlines", test_sample_deadlines);
  g_test_add_func ("/credentials/original-after-copy", test_original_after_copy);
  g_test_add_func ("/credentials/objection-withdrawn", test_objection_withdrawn);
  g_test_add_func ("/credentials/context-find", test_context_find);
  g_test_add_func ("/credentials/progress", test_progress);
  g_test_add_func ("/credentials/checks", test_checks);
  g_test_add_func ("/credentials/describe", test_describe);

  return g_test_run ();
}
