/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-credentials.h"
#include "pl-delegation.h"
#include "pl-reference-states.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/* The sample holds every item, sub-item, documentation line and annex
 * row of the seed, in the seed's order: compared line by line against
 * tests/data/seed-agenda.tsv, which was written from the seed text. */

static GPtrArray *
lines_from_sample (PlSession *session)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  PlAgenda *agenda = pl_session_get_agenda (session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (agenda);
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      JsonNode *documents = pl_agenda_item_get_documents (item);
      const char *note = pl_agenda_item_get_no_documentation_note (item);

      g_ptr_array_add (lines, g_strdup_printf ("item\t%s\t%s", pl_agenda_item_get_number (item),
                                               pl_agenda_item_get_title (item)));

      if (documents != NULL && JSON_NODE_HOLDS_ARRAY (documents))
        {
          JsonArray *array = json_node_get_array (documents);

          for (guint k = 0; k < json_array_get_length (array); k++)
            {
              JsonObject *entry = json_array_get_object_element (array, k);
              PlRecord *document = pl_session_lookup (session, json_object_get_string_member (entry, "document"));

              g_assert_true (PL_IS_DOCUMENT (document));
              g_ptr_array_add (lines, g_strdup_printf ("doc\t%s\t%s\t%s", pl_agenda_item_get_number (item),
                                                       pl_document_get_symbol (PL_DOCUMENT (document)),
                                                       json_object_get_string_member (entry, "description")));
            }
        }

      if (note != NULL && note[0] != '\0')
        g_ptr_array_add (lines, g_strdup_printf ("nodoc\t%s\t%s", pl_agenda_item_get_number (item), note));
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      JsonArray *entries = json_node_get_array (pl_meeting_get_entries (meeting));

      if (json_array_get_length (entries) == 0)
        g_ptr_array_add (lines, g_strdup_printf ("annex\t%s\t%s\t-", pl_meeting_get_date (meeting),
                                                 pl_meeting_get_start (meeting)));
      for (guint k = 0; k < json_array_get_length (entries); k++)
        {
          JsonObject *entry = json_array_get_object_element (entries, k);
          PlRecord *item = pl_session_lookup (session, json_object_get_string_member (entry, "item"));

          g_assert_true (PL_IS_AGENDA_ITEM (item));
          g_ptr_array_add (lines, g_strdup_printf ("annex\t%s\t%s\t%s", pl_meeting_get_date (meeting),
                                                   pl_meeting_get_start (meeting),
                                                   pl_agenda_item_get_number (PL_AGENDA_ITEM (item))));
        }
    }

  return lines;
}

static void
test_sample_matches_seed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "seed-agenda.tsv", NULL);
  g_autofree char *text = pl_test_read_file (path, NULL);
  g_auto(GStrv) expected = g_strsplit (text, "\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GPtrArray) actual = NULL;
  guint k = 0;

  g_assert_no_error (error);
  actual = lines_from_sample (session);

  for (guint i = 0; expected[i] != NULL; i++)
    {
      if (expected[i][0] == '#' || expected[i][0] == '\0')
        continue;
      g_assert_cmpuint (k, <, actual->len);
      g_assert_cmpstr (g_ptr_array_index (actual, k), ==, expected[i]);
      k++;
    }
  g_assert_cmpuint (k, ==, actual->len);
  g_assert_cmpuint (k, ==, 61);
}

static void
test_sample_settings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlSessionSettings *settings = pl_session_get_settings (session);
  JsonObject *bureau;

  g_assert_no_error (error);
  g_assert_cmpstr (pl_session_settings_get_symbol (settings), ==, "CTOC/COP/2020/1");
  g_assert_cmpstr (pl_session_settings_get_start_date (settings), ==, "2020-10-12");
  g_assert_cmpstr (pl_session_settings_get_end_date (settings), ==, "2020-10-16");
  g_assert_cmpint (pl_session_settings_get_format (settings), ==, PL_SESSION_FORMAT_HYBRID);
  g_assert_cmpstr (pl_session_settings_get_reissue_note (settings), ==,
                   "Reissued for technical reasons on 7 October 2020.");
  bureau = json_node_get_object (pl_session_settings_get_bureau (settings));
  g_assert_cmpstr (json_object_get_string_member (bureau, "president_group"), ==, "african");
  g_assert_cmpstr (json_object_get_string_member (bureau, "rapporteur_group"), ==, "western_european_other");

  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_OFFICER)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_MEETING)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DEADLINE)), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DOCUMENT)), ==, 17);
}

/* Annotations keep the seed's italics as CommonMark emphasis. */
static void
test_sample_annotations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlAgenda *agenda = pl_session_get_agenda (session);
  const char *annotation;

  g_assert_no_error (error);
  annotation = pl_agenda_item_get_annotation (pl_agenda_find_by_number (agenda, "2 (a)"));
  g_assert_nonnull (strstr (annotation, "*inter alia*"));
  g_assert_nonnull (strstr (annotation, "\n\n"));
  annotation = pl_agenda_item_get_annotation (pl_agenda_find_by_number (agenda, "2 (d)"));
  g_assert_nonnull (strstr (annotation, "*UNODC Study on Firearms 2015*"));
}

static void
test_sample_checks_clean (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GListStore) findings = NULL;

  g_assert_no_error (error);
  findings = pl_check_session (session);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      g_assert_cmpint (pl_finding_get_severity (finding), !=, PL_SEVERITY_ERROR);
    }
}

/* Issue 22: the sample registers every State party to the Convention of
 * data/states.csv, as the reference list builds it, and invents nothing
 * the seed does not say: no delegate's name, no credentials received. */
static void
test_sample_parties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  GPtrArray *states = pl_reference_states_get ();
  GListModel *delegations;
  GListModel *credentials;
  guint n_parties = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autoptr(PlDelegation) expected = NULL;
      g_autofree char *id = NULL;
      PlRecord *record;
      PlDelegation *delegation;

      id = g_strdup_printf ("delegation:%s", state->iso3);
      record = pl_session_lookup (session, id);
      if (!g_str_equal (state->adherence[0], "party"))
        {
          g_assert_null (record);
          continue;
        }
      n_parties++;
      g_assert_true (PL_IS_DELEGATION (record));
      delegation = PL_DELEGATION (record);
      expected = pl_reference_states_new_delegation (state);
      g_assert_cmpstr (pl_delegation_get_name (delegation), ==, pl_delegation_get_name (expected));
      g_assert_cmpstr (pl_delegation_get_iso3 (delegation), ==, state->iso3);
      g_assert_cmpint (pl_delegation_get_category (delegation), ==, pl_delegation_get_category (expected));
      g_assert_cmpstr (pl_delegation_get_regional_group (delegation), ==, state->regional_group);
      g_assert_true (json_node_equal (pl_delegation_get_adherence (delegation),
                                      pl_delegation_get_adherence (expected)));
      g_assert_false (pl_delegation_get_present (delegation));
    }
  g_assert_cmpuint (n_parties, ==, 190);

  /* The seed names no member of any delegation. */
  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, n_parties);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      JsonNode *members = pl_delegation_get_members (delegation);

      g_assert_true (JSON_NODE_HOLDS_ARRAY (members));
      g_assert_cmpuint (json_array_get_length (json_node_get_array (members)), ==, 0);
    }

  /* Nor any credentials received. */
  credentials = pl_session_get_records (session, PL_TYPE_CREDENTIALS);
  for (guint i = 0; i < g_list_model_get_n_items (credentials); i++)
    {
      g_autoptr(PlCredentials) record = g_list_model_get_item (credentials, i);

      g_assert_null (pl_credentials_get_received (record));
    }
}

/* build-aux/sample-delegations.py writes the records as the app does:
 * saving the sample unchanged writes the same JSON (its own spacing
 * aside), no field added, dropped or changed. */
static void
test_sample_as_saved (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GBytes) bytes = pl_samples_get_bytes ();
  g_autoptr(JsonNode) file = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_assert_no_error (error);
  text = pl_session_file_serialize (session, &length);
  file = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);
  saved = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (file, saved));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sample/matches-seed", test_sample_matches_seed);
  g_test_add_func ("/sample/settings", test_sample_settings);
  g_test_add_func ("/sample/annotations", test_sample_annotations);
  g_test_add_func ("/sample/checks-clean", test_sample_checks_clean);
  g_test_add_func ("/sample/parties", test_sample_parties);
  g_test_add_func ("/sample/as-saved", test_sample_as_saved);

  return g_test_run ();
}
