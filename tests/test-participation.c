/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-delegation-import.h"
#include "pl-participation.h"
#include "pl-test-support.h"

/*
 * Participation (rules 14-17): what each category requires, the derived
 * state, delegations from the reference list or by hand, members and
 * presence.
 */

#define C(x) PL_DELEGATION_CATEGORY_##x
#define O(x) PL_OBSERVER_STATUS_##x
#define P(x) PL_PARTICIPATION_##x
#define R(x) PL_OBSERVER_REQUIREMENT_##x

static const struct
{
  PlDelegationCategory  category;
  PlObserverRequirement requirement;
  const char           *rule;
  /* the participation for observer_status none, notified, applied,
   * accorded, objected */
  PlParticipation       states[5];
} rule_cases[] = {
  { C (STATE_PARTY), R (NONE), "rules 18-20", { P (AS_PARTY), P (AS_PARTY), P (AS_PARTY), P (AS_PARTY), P (AS_PARTY) } },
  { C (REIO), R (NONE), "rules 18-20", { P (AS_PARTY), P (AS_PARTY), P (AS_PARTY), P (AS_PARTY), P (AS_PARTY) } },
  /* rule 14: a written notification is enough */
  { C (SIGNATORY), R (NOTIFICATION), "rule 14", { P (AWAITING), P (ADMITTED), P (ADMITTED), P (ADMITTED), P (REFUSED) } },
  /* rule 15: apply to the Bureau */
  { C (NON_SIGNATORY_STATE), R (APPLICATION), "rule 15", { P (AWAITING), P (PENDING), P (PENDING), P (ADMITTED), P (REFUSED) } },
  /* rule 16, para. 1: UN bodies observe on notification */
  { C (UN_ENTITY), R (NOTIFICATION), "rule 16, para. 1", { P (AWAITING), P (ADMITTED), P (ADMITTED), P (ADMITTED), P (REFUSED) } },
  /* rule 16, para. 2: other IGOs apply */
  { C (IGO), R (APPLICATION), "rule 16, para. 2", { P (AWAITING), P (PENDING), P (PENDING), P (ADMITTED), P (REFUSED) } },
  /* rule 17, para. 1 */
  { C (NGO_ECOSOC), R (APPLICATION), "rule 17, para. 1", { P (AWAITING), P (PENDING), P (PENDING), P (ADMITTED), P (REFUSED) } },
  /* rule 17, para. 2: the 30-day circulation */
  { C (NGO_OTHER), R (CIRCULATION), "rule 17, para. 2", { P (AWAITING), P (PENDING), P (PENDING), P (ADMITTED), P (REFUSED) } },
};

static void
test_rules_table (void)
{
  static const PlObserverStatus statuses[5] = { O (NONE), O (NOTIFIED), O (APPLIED), O (ACCORDED), O (OBJECTED) };

  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autoptr(PlDelegation) delegation = pl_delegation_new (NULL);
      const char *category = pl_enum_to_nick (PL_TYPE_DELEGATION_CATEGORY, rule_cases[i].category);

      g_test_message ("category %s", category);
      g_assert_cmpint (pl_participation_requirement (rule_cases[i].category), ==, rule_cases[i].requirement);
      g_assert_cmpstr (pl_participation_rule (rule_cases[i].category), ==, rule_cases[i].rule);
      g_assert_true (pl_participation_needs_credentials (rule_cases[i].category)
                     == (rule_cases[i].requirement == R (NONE)));
      g_assert_nonnull (strstr (pl_participation_describe_requirement (rule_cases[i].category), "rule"));

      pl_delegation_set_category (delegation, rule_cases[i].category);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        {
          PlParticipation got;

          pl_delegation_set_observer_status (delegation, statuses[s]);
          got = pl_participation_for_delegation (delegation);
          if (got != rule_cases[i].states[s])
            g_error ("%s, %s: got %s, expected %s", category,
                     pl_enum_to_nick (PL_TYPE_OBSERVER_STATUS, statuses[s]),
                     pl_enum_to_nick (PL_TYPE_PARTICIPATION, got),
                     pl_enum_to_nick (PL_TYPE_PARTICIPATION, rule_cases[i].states[s]));
          g_assert_cmpstr (pl_participation_to_label (got), !=, "");
        }
    }
}

/* The opening: the first meeting of the opening day, else 10:00. */
static void
test_opening (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(PlMeeting) meeting = pl_meeting_new (NULL);
  g_autoptr(GDateTime) opening = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  pl_session_settings_set_start_date (settings, "2021-06-07");
  pl_session_settings_set_timezone (settings, "America/New_York");

  opening = pl_participation_dup_opening (session, &error);
  g_assert_no_error (error);
  text = g_date_time_format_iso8601 (opening);
  g_assert_cmpstr (text, ==, "2021-06-07T10:00:00-04");
  g_clear_pointer (&opening, g_date_time_unref);
  g_clear_pointer (&text, g_free);

  pl_meeting_set_date (meeting, "2021-06-07");
  pl_meeting_set_start (meeting, "15:00");
  pl_session_add_record (session, PL_RECORD (meeting));
  opening = pl_participation_dup_opening (session, &error);
  text = g_date_time_format_iso8601 (opening);
  g_assert_cmpstr (text, ==, "2021-06-07T15:00:00-04");
  g_clear_pointer (&opening, g_date_time_unref);

  pl_session_settings_set_start_date (settings, "7 June 2021");
  opening = pl_participation_dup_opening (session, &error);
  g_assert_null (opening);
  g_assert_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_NO_START_DATE);
  g_assert_nonnull (strstr (error->message, "7 June 2021"));
  g_clear_error (&error);

  pl_session_settings_set_start_date (settings, "2021-06-07");
  pl_session_settings_set_timezone (settings, "");
  opening = pl_participation_dup_opening (session, &error);
  g_assert_null (opening);
  g_assert_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_TIMEZONE);
}

static void
test_add_from_reference (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GError) error = NULL;
  PlDelegation *delegation;
  JsonObject *adherence;

  delegation = pl_delegation_import_add_state (session, "aut", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_record_get_id (PL_RECORD (delegation)), ==, "delegation:AUT");
  g_assert_cmpstr (pl_delegation_get_name (delegation), ==, "Austria");
  g_assert_cmpstr (pl_delegation_get_regional_group (delegation), ==, "western_european_other");
  g_assert_cmpint (pl_delegation_get_category (delegation), ==, PL_DELEGATION_CATEGORY_STATE_PARTY);
  adherence = json_node_get_object (pl_delegation_get_adherence (delegation));
  g_assert_cmpstr (json_object_get_string_member (adherence, "untoc"), ==, "party");
  g_assert_cmpuint (pl_delegation_get_n_members (delegation), ==, 0);
  g_assert_true (pl_session_lookup (session, "delegation:AUT") == PL_RECORD (delegation));

  /* By name too; the European Union is a REIO. */
  delegation = pl_delegation_import_add_state (session, "European Union", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pl_delegation_get_category (delegation), ==, PL_DELEGATION_CATEGORY_REIO);
  g_assert_cmpint (pl_participation_for_delegation (delegation), ==, PL_PARTICIPATION_AS_PARTY);

  g_assert_null (pl_delegation_import_add_state (session, "AUT", &error));
  g_assert_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Austria"));
  g_clear_error (&error);
  g_assert_null (pl_delegation_import_add_state (session, "Atlantis", &error));
  g_assert_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_UNKNOWN_STATE);
  g_clear_error (&error);

  /* Each addition is one undo step. */
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_session_lookup (session, "delegation:EUU"));
  g_assert_nonnull (pl_session_lookup (session, "delegation:AUT"));
}

static void
test_add_by_hand_members_presence (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  PlDelegation *ngo;
  g_autofree char *head = NULL;
  g_autofree char *adviser = NULL;
  PlContact *contact;
  JsonObject *member;

  ngo = pl_participation_add_delegation (session, "Transparency International", PL_DELEGATION_CATEGORY_NGO_ECOSOC, NULL);
  g_assert_true (g_str_has_prefix (pl_record_get_id (PL_RECORD (ngo)), "delegation:"));
  g_assert_cmpint (pl_participation_for_delegation (ngo), ==, PL_PARTICIPATION_AWAITING);
  pl_delegation_set_observer_status (ngo, PL_OBSERVER_STATUS_APPLIED);
  g_assert_cmpint (pl_participation_for_delegation (ngo), ==, PL_PARTICIPATION_PENDING);
  pl_delegation_set_observer_status (ngo, PL_OBSERVER_STATUS_ACCORDED);
  g_assert_cmpint (pl_participation_for_delegation (ngo), ==, PL_PARTICIPATION_ADMITTED);

  head = pl_delegation_add_member (ngo, "Delia Ferreira Rubio", PL_MEMBER_FUNCTION_HEAD, PL_RANK_OTHER);
  pl_contact_store_email (session, pl_record_get_id (PL_RECORD (ngo)), head, "dferreira@transparency.org");
  adviser = pl_delegation_add_member (ngo, "Gillian Dell", PL_MEMBER_FUNCTION_ADVISER, PL_RANK_OFFICIAL);
  contact = pl_contact_lookup (session, pl_record_get_id (PL_RECORD (ngo)));
  g_assert_nonnull (contact);
  g_assert_cmpuint (pl_delegation_get_n_members (ngo), ==, 2);
  member = pl_delegation_get_member (ngo, 0);
  g_assert_cmpstr (json_object_get_string_member (member, "id"), ==, head);
  g_assert_cmpstr (json_object_get_string_member (member, "function"), ==, "head");
  g_assert_cmpstr (json_object_get_string_member (member, "rank"), ==, "other");
  /* Issue 16: the email is the contact record's, not the delegation's. */
  g_assert_false (json_object_has_member (member, "email"));
  g_assert_cmpstr (pl_contact_get_email (contact, head), ==, "dferreira@transparency.org");
  g_assert_null (pl_contact_get_email (contact, adviser));

  /* The same person: name regardless of case and spacing, email of case. */
  g_assert_cmpint (pl_delegation_find_member (ngo, contact, "  delia  FERREIRA rubio ", "DFerreira@Transparency.org"),
                   ==, 0);
  g_assert_cmpint (pl_delegation_find_member (ngo, contact, "Delia Ferreira Rubio", "other@transparency.org"), ==, -1);
  g_assert_cmpint (pl_delegation_find_member (ngo, contact, "Gillian Dell", ""), ==, 1);
  /* Without the contact record (a delegate's copy) only names compare. */
  g_assert_cmpint (pl_delegation_find_member (ngo, NULL, "Gillian Dell", ""), ==, 1);

  g_assert_true (pl_delegation_update_member (ngo, adviser, PL_MEMBER_FUNCTION_ALTERNATE, PL_RANK_OFFICIAL));
  g_assert_cmpstr (json_object_get_string_member (pl_delegation_get_member (ngo, 1), "function"), ==, "alternate");
  g_assert_false (pl_delegation_update_member (ngo, "no-such-id", PL_MEMBER_FUNCTION_HEAD, PL_RANK_OFFICIAL));
  g_assert_true (pl_delegation_remove_member (ngo, head));
  g_assert_cmpuint (pl_delegation_get_n_members (ngo), ==, 1);
  g_assert_false (pl_delegation_remove_member (ngo, head));

  pl_delegation_set_present (ngo, TRUE);
  g_assert_true (pl_delegation_get_present (ngo));

  /* Each member edit is one undo step, in order. */
  g_assert_true (pl_history_undo (history));   /* present */
  g_assert_false (pl_delegation_get_present (ngo));
  g_assert_true (pl_history_undo (history));   /* remove */
  g_assert_cmpuint (pl_delegation_get_n_members (ngo), ==, 2);
  g_assert_true (pl_history_undo (history));   /* update */
  g_assert_cmpstr (json_object_get_string_member (pl_delegation_get_member (ngo, 1), "function"), ==, "adviser");
  g_assert_true (pl_history_undo (history));   /* add adviser */
  g_assert_cmpuint (pl_delegation_get_n_members (ngo), ==, 1);
}

/* Fields a newer version wrote into a member survive an edit. */
static void
test_members_keep_unknown_fields (void)
{
  g_autoptr(PlDelegation) delegation = pl_delegation_new (NULL);
  g_autoptr(JsonNode) members = json_from_string ("[{\"id\": \"m1\", \"name\": \"A\", \"function\": \"head\", "
                                                  "\"rank\": \"minister\", \"email\": \"a@b.c\", "
                                                  "\"badge\": {\"number\": 17}}]", NULL);
  g_autofree char *id = NULL;
  JsonObject *member;

  json_node_seal (members);
  pl_delegation_set_members (delegation, members);
  g_assert_true (pl_delegation_update_member (delegation, "m1", PL_MEMBER_FUNCTION_ALTERNATE, PL_RANK_MINISTER));
  id = pl_delegation_add_member (delegation, "B", PL_MEMBER_FUNCTION_ADVISER, PL_RANK_OFFICIAL);
  member = pl_delegation_get_member (delegation, 0);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (member, "badge"), "number"), ==, 17);
  g_assert_cmpstr (json_object_get_string_member (member, "function"), ==, "alternate");
  /* The original node, sealed, was not touched. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (members), 0),
                                                  "function"), ==, "head");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/participation/rules-table", test_rules_table);
  g_test_add_func ("/participation/opening", test_opening);
  g_test_add_func ("/participation/add-from-reference", test_add_from_reference);
  g_test_add_func ("/participation/add-by-hand-members-presence", test_add_by_hand_members_presence);
  g_test_add_func ("/participation/members-keep-unknown-fields", test_members_keep_unknown_fields);

  return g_test_run ();
}
