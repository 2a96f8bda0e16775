/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "pl-bureau.h"
#include "pl-check.h"
#include "pl-check-bureau.h"
#include "pl-finding.h"
#include "pl-participation.h"
#include "pl-reference-states.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * Rule 22 against compositions of the Bureau. Each case fills the seats of
 * the tenth session (the sample's settings: President and Vice-President 1
 * African, Vice-Presidents 2-3 Asia-Pacific, 4-5 Eastern European, 6-7
 * Latin American and Caribbean, 8 and the Rapporteur Western European and
 * other) with real States of data/states.csv, and lists the exact set of
 * findings expected.
 *
 * A seat is written ISO3 with modifiers: @xxxx overrides the adherence to
 * the Convention and its three Protocols (p party, s signatory, n none, u
 * unknown); * elected; ! elected but absent; ~ withdrawn; =Name the person
 * (_ for a space; otherwise each seat gets its own person). "-" is vacant.
 * Expected findings are severity:code, E/W/I for error/warning/info.
 */

typedef struct
{
  const char *name;
  const char *bureau;    /* the `bureau` settings as JSON; NULL: the sample's */
  const char *seats;
  const char *history;   /* session:office:group ... */
  const char *expected;
} Composition;

#define VALID "DZA BEN KHM IND ALB ARM ARG BRA AUT BEL"
#define SEVEN "{\"vice_presidents\":5,\"per_group\":0,\"president_group\":null,\"rapporteur_group\":null," \
              "\"vice_president_groups\":{},\"rotating_offices\":[],\"all_instruments_min\":2}"

static const Composition compositions[] = {
  { "valid-nominated", NULL, VALID, NULL, "" },
  { "valid-elected", NULL, "DZA* BEN* KHM* IND* ALB* ARM* ARG* BRA* AUT* BEL*", NULL, "" },
  { "empty", NULL, "- - - - - - - - - -", NULL,
    "W:bureau.vacant I:bureau.group-protocol-party I:bureau.all-instruments" },
  { "seven-of-ten", NULL, "DZA BEN KHM IND - - ARG BRA AUT -", NULL,
    "W:bureau.vacant I:bureau.group-protocol-party" },
  { "group-with-three-officers", NULL, "DZA BEN KHM BFA ALB ARM ARG BRA AUT BEL", NULL,
    "E:bureau.group-count" },
  /* Burkina Faso counts for the African States wherever it sits. */
  { "state-of-another-group-while-own-seats-vacant", NULL, "- - KHM BFA ALB ARM ARG BRA AUT BEL", NULL,
    "E:bureau.group-count W:bureau.vacant" },
  { "person-in-two-seats", NULL, "DZA BEN KHM=Ana_Pérez IND ALB ARM ARG=ana__PÉREZ BRA AUT BEL", NULL,
    "E:bureau.duplicate-person" },
  { "state-in-two-seats", NULL, "DZA BEN KHM IND ALB ALB ARG BRA AUT BEL", NULL,
    "E:bureau.duplicate-state" },
  { "signatory-not-party", NULL, "DZA BEN IRN IND ALB ARM ARG BRA AUT BEL", NULL,
    "E:bureau.not-state-party" },
  { "elected-but-absent", NULL, "DZA! BEN* KHM* IND* ALB* ARM* ARG* BRA* AUT* BEL*", NULL,
    "E:bureau.not-present" },
  { "convention-adherence-unknown", NULL, "DZA SOM KHM IND ALB ARM ARG BRA AUT BEL", NULL,
    "W:bureau.not-state-party" },
  { "not-a-state", NULL, "DZA BEN KHM IND ALB ARM ARG BRA EUU BEL", NULL,
    "E:bureau.not-state-party E:bureau.group-count" },
  { "unknown-delegation", NULL, "DZA BEN XXX IND ALB ARM ARG BRA AUT BEL", NULL,
    "E:bureau.not-state-party E:bureau.group-count" },
  { "group-without-protocol-party", NULL, "DZA BEN KHM IND ALB@pnnn ARM@psnn ARG BRA AUT BEL", NULL,
    "E:bureau.group-protocol-party" },
  { "group-protocol-unknown", NULL, "DZA BEN KHM IND ALB@pnnn ARM@puuu ARG BRA AUT BEL", NULL,
    "W:bureau.group-protocol-party" },
  { "group-none-party-to-all", NULL, "DZA BEN KHM IND ALB@ppnn ARM@pnpn ARG BRA AUT BEL", NULL,
    "W:bureau.group-protocol-party" },
  { "group-party-to-all-unknown", NULL, "DZA BEN KHM IND ALB@ppnn ARM@ppuu ARG BRA AUT BEL", NULL,
    "W:bureau.group-protocol-party" },
  { "group-still-needs", NULL, "DZA BEN KHM IND ALB@pnnn - ARG BRA AUT BEL", NULL,
    "W:bureau.vacant I:bureau.group-protocol-party" },
  { "group-may-still-reach-all", NULL, "DZA BEN KHM IND ALB@ppnn - ARG BRA AUT BEL", NULL,
    "W:bureau.vacant" },
  { "one-party-to-all", NULL,
    "DZA BEN@pppn KHM@pppn IND@ppnp ALB@pppn ARM@ppnp ARG@pppn BRA@pnpp AUT@pppn BEL@ppnp", NULL,
    "E:bureau.all-instruments W:bureau.group-protocol-party" },
  { "party-to-all-unverifiable", NULL,
    "DZA BEN@pppu KHM@pppu IND@ppup ALB@pppu ARM@ppup ARG@pppu BRA@pupp AUT@pppu BEL@ppup", NULL,
    "W:bureau.all-instruments W:bureau.group-protocol-party" },
  { "party-to-all-still-needed", NULL,
    "DZA BEN@pppn - - ALB@pppn ARM@ppnp ARG@pppn BRA@pnpp AUT@pppn BEL@ppnp", NULL,
    "W:bureau.vacant I:bureau.group-protocol-party W:bureau.group-protocol-party I:bureau.all-instruments" },
  { "president-from-another-group", NULL, "IND BEN KHM - ALB ARM ARG BRA AUT BEL", NULL,
    "E:bureau.rotation E:bureau.group-count W:bureau.vacant" },
  { "rotation-held-last-session", NULL, VALID, "9:president:african", "E:bureau.rotation" },
  { "rapporteur-held-three-sessions-ago", NULL, VALID, "7:rapporteur:western_european_other",
    "E:bureau.rotation" },
  /* Session 10, five groups: the last turn is sessions 6-9; 6 is its
   * first session, still inside, 5 the last one outside. */
  { "rotation-at-window-edge", NULL, VALID, "6:president:african", "E:bureau.rotation" },
  { "rotation-outside-window", NULL, VALID, "5:president:african 5:rapporteur:western_european_other", "" },
  { "rotation-other-groups", NULL, VALID,
    "9:president:asia_pacific 9:rapporteur:latin_american_caribbean 9:vice_president:african", "" },
  { "withdrawn-nomination", NULL, "DZA BEN KHM IND ALB ARM ARG~ BRA AUT BEL", NULL, "W:bureau.vacant" },
  { "seven-valid-no-rotation", SEVEN, "DZA IND ALB ARG AUT BEN KHM", "9:president:african", "" },
  { "seven-same-state-twice", SEVEN, "DZA IND ALB ARG AUT DZA KHM", NULL, "E:bureau.duplicate-state" },
  { "seven-with-vacancy", SEVEN, "DZA IND ALB - AUT BEN KHM", NULL, "W:bureau.vacant" },
  { "settings-too-few-seats", "{\"vice_presidents\":7,\"per_group\":2,\"president_group\":\"african\","
    "\"rapporteur_group\":\"western_european_other\",\"vice_president_groups\":{\"african\":1,"
    "\"asia_pacific\":2,\"eastern_european\":2,\"latin_american_caribbean\":2,\"western_european_other\":1}}",
    "DZA BEN KHM IND ALB ARM ARG BRA BEL", NULL, "E:bureau.group-count" },
  { "settings-unknown-group", "{\"vice_presidents\":8,\"per_group\":2,\"president_group\":\"asian\","
    "\"rapporteur_group\":\"western_european_other\",\"vice_president_groups\":{\"african\":2,"
    "\"asia_pacific\":2,\"eastern_european\":2,\"latin_american_caribbean\":1,\"western_european_other\":1}}",
    "DZA BEN CPV KHM IND ALB ARM ARG AUT BEL", NULL, "E:bureau.group-count E:bureau.rotation" },
};

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static JsonNode *
adherence_override (const char *code)
{
  static const char * const instruments[] = { "untoc", "tip", "som", "firearms" };
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_assert_cmpuint (strlen (code), >=, 4);
  json_builder_begin_object (builder);
  for (guint i = 0; i < 4; i++)
    {
      json_builder_set_member_name (builder, instruments[i]);
      json_builder_add_string_value (builder,
                                     code[i] == 'p' ? "party" :
                                     code[i] == 's' ? "signatory" :
                                     code[i] == 'n' ? "none" : "unknown");
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* The sample session, every State of data/states.csv registered and
 * present. */
static PlSession *
session_with_states (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);
  GPtrArray *states = pl_reference_states_get ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  g_assert_nonnull (states);
  /* Every State of the reference list present: the sample registers the
   * States parties (issue 22), the others are added. */
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *id = g_strdup_printf ("delegation:%s", state->iso3);
      PlRecord *registered = pl_session_lookup (session, id);

      if (registered != NULL)
        {
          pl_delegation_set_present (PL_DELEGATION (registered), TRUE);
        }
      else
        {
          PlDelegation *delegation = pl_reference_states_new_delegation (state);

          pl_delegation_set_present (delegation, TRUE);
          g_ptr_array_add (records, delegation);
        }
    }
  pl_session_load_records (session, records);
  return session;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
findings_signature (GListModel *findings)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (findings, i);
      const char *severity = pl_finding_get_severity (finding) == PL_SEVERITY_ERROR ? "E"
                           : pl_finding_get_severity (finding) == PL_SEVERITY_WARNING ? "W" : "I";
      char *item;

      if (!g_str_has_prefix (pl_finding_get_code (finding), "bureau."))
        continue;
      /* Every finding says what to do and names a seat or the session. */
      g_assert_nonnull (pl_finding_get_subject (finding));
      g_assert_cmpuint (strlen (pl_finding_get_message (finding)), >, 20);
      /* Plural forms through ngettext: never "only 1 officers". */
      g_assert_false (g_regex_match_simple ("\\b1 officers\\b", pl_finding_get_message (finding), 0, 0));

      g_test_message ("  %s %s [%s] %s", severity, pl_finding_get_code (finding),
                      pl_finding_get_subject (finding), pl_finding_get_message (finding));
      item = g_strdup_printf ("%s:%s", severity, pl_finding_get_code (finding));
      if (!g_ptr_array_find_with_equal_func (items, item, g_str_equal, NULL))
        g_ptr_array_add (items, item);
      else
        g_free (item);
    }

  g_ptr_array_sort (items, compare_strings);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", (char *) g_ptr_array_index (items, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
sorted_expected (const char *expected)
{
  g_auto(GStrv) parts = g_strsplit (expected, " ", -1);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (items, parts[i]);
  g_ptr_array_sort (items, compare_strings);
  g_ptr_array_add (items, NULL);
  return g_strjoinv (" ", (char **) items->pdata);
}

static void
fill_seats (PlSession  *session,
            PlBureau   *bureau,
            const char *seats)
{
  g_auto(GStrv) tokens = g_strsplit (seats, " ", -1);
  guint n = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];
      g_autoptr(PlSeat) seat = NULL;
      g_autofree char *iso3 = NULL;
      g_autofree char *delegation_id = NULL;
      g_autofree char *person = NULL;
      char status = 'n';
      const char *p;

      if (*token == '\0')
        continue;
      seat = g_list_model_get_item (G_LIST_MODEL (bureau), n++);
      g_assert_nonnull (seat);
      if (g_str_equal (token, "-"))
        continue;

      iso3 = g_strndup (token, 3);
      delegation_id = g_strdup_printf ("delegation:%s", iso3);
      person = g_strdup_printf ("Representative of %s, seat %s", iso3, pl_seat_get_id (seat));
      for (p = token + 3; *p != '\0'; p++)
        {
          if (*p == '@')
            {
              PlRecord *delegation = pl_session_lookup (session, delegation_id);
              g_autoptr(JsonNode) adherence = adherence_override (p + 1);

              g_assert_true (PL_IS_DELEGATION (delegation));
              pl_delegation_set_adherence (PL_DELEGATION (delegation), adherence);
              p += 4;
            }
          else if (*p == '=')
            {
              g_free (person);
              person = g_strdelimit (g_strdup (p + 1), "_", ' ');
              break;
            }
          else
            status = *p;
        }

      pl_bureau_nominate (bureau, pl_seat_get_id (seat), delegation_id, person, "2020-09-15");
      if (status == '*' || status == '!')
        pl_bureau_elect (bureau, pl_seat_get_id (seat), "2020-10-12");
      if (status == '!')
        pl_delegation_set_present (PL_DELEGATION (pl_session_lookup (session, delegation_id)), FALSE);
      if (status == '~')
        pl_bureau_withdraw (bureau, pl_seat_get_id (seat), "2020-10-01");
    }

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (bureau)));
}

static void
add_history (PlSession  *session,
             const char *history)
{
  g_auto(GStrv) tokens = NULL;

  if (history == NULL)
    return;

  tokens = g_strsplit (history, " ", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (tokens[i], ":", 3);
      g_autoptr(PlOfficeHolder) holder = pl_office_holder_new (NULL);
      int office;

      g_assert_cmpuint (g_strv_length (parts), ==, 3);
      g_assert_true (pl_enum_from_nick (PL_TYPE_OFFICE, parts[1], &office));
      pl_office_holder_set_session_number (holder, atoi (parts[0]));
      pl_office_holder_set_office (holder, office);
      pl_office_holder_set_regional_group (holder, parts[2]);
      pl_session_add_record (session, PL_RECORD (holder));
    }
}

static void
test_composition (gconstpointer data)
{
  const Composition *c = data;
  g_autoptr(PlSession) session = session_with_states ();
  g_autoptr(PlBureau) bureau = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autofree char *from_bureau = NULL;
  g_autofree char *from_check = NULL;
  g_autofree char *expected = sorted_expected (c->expected);

  if (c->bureau != NULL)
    {
      g_autoptr(JsonNode) settings = parse_json (c->bureau);

      pl_session_settings_set_bureau (pl_session_get_settings (session), settings);
    }

  bureau = pl_bureau_new (session);
  add_history (session, c->history);
  fill_seats (session, bureau, c->seats);

  /* The live model and the engine of `plenary-cli check` agree. */
  from_bureau = findings_signature (pl_bureau_get_findings (bureau));
  all = pl_check_session (session);
  from_check = findings_signature (G_LIST_MODEL (all));

  g_test_message ("%s: %s", c->name, from_check);
  g_assert_cmpstr (from_check, ==, expected);
  g_assert_cmpstr (from_bureau, ==, expected);
}

/* Findings appear as the slate is filled wrongly and clear as it is put
 * right; undo restores the previous findings; the summary follows. */
static void
test_live (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  g_autoptr(PlBureau) bureau = pl_bureau_new (session);
  g_autoptr(PlNotifyCounter) counter = pl_notify_counter_new (G_OBJECT (bureau));
  PlHistory *history = pl_session_get_history (session);
  PlSeat *vp4 = pl_bureau_get_seat (bureau, "vice_president-4");
  GListModel *eastern = pl_bureau_get_group_findings (bureau, "eastern_european");
  g_auto(GStrv) valid = g_strsplit (VALID, " ", -1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bureau)), ==, 10);
  g_assert_cmpstr (pl_bureau_get_summary (bureau), ==, "0 of 10 nominated, 6 rules not yet met");
  g_assert_cmpint (pl_seat_get_status (vp4), ==, PL_OFFICER_STATUS_VACANT);
  g_assert_cmpuint (pl_seat_get_n_findings (vp4), ==, 2);   /* vacant + group still needs */
  g_assert_cmpstr (pl_seat_get_regional_group_name (vp4), ==, "Eastern European States");
  g_assert_cmpuint (g_list_model_get_n_items (eastern), ==, 3);

  /* A Vice-President of the Eastern European States from an Asia-Pacific
   * State: the seat shows the error at once. */
  pl_bureau_nominate (bureau, "vice_president-4", "delegation:KHM", "Mr. Sok", "2020-09-01");
  g_assert_cmpint (pl_seat_get_status (vp4), ==, PL_OFFICER_STATUS_NOMINATED);
  g_assert_cmpstr (pl_seat_get_delegation_name (vp4), ==, "Cambodia");
  {
    g_autoptr(PlFinding) first = g_list_model_get_item (pl_seat_get_findings (vp4), 0);

    g_assert_cmpstr (pl_finding_get_code (first), ==, "bureau.group-count");
    g_assert_nonnull (strstr (pl_finding_get_message (first), "Nominate a State of the Eastern European States"));
  }

  /* Undo takes it back in one step. */
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_seat_get_status (vp4), ==, PL_OFFICER_STATUS_VACANT);
  g_assert_cmpuint (pl_seat_get_n_findings (vp4), ==, 2);

  /* Complete the slate seat by seat: the summary counts, and when the
   * last seat is filled no finding is left. */
  pl_notify_counter_reset (counter);
  for (guint i = 0; valid[i] != NULL; i++)
    {
      g_autoptr(PlSeat) seat = g_list_model_get_item (G_LIST_MODEL (bureau), i);
      g_autofree char *id = g_strdup_printf ("delegation:%s", valid[i]);

      pl_bureau_nominate (bureau, pl_seat_get_id (seat), id, NULL, "2020-09-20");
      g_assert_cmpuint (pl_bureau_get_n_nominated (bureau), ==, i + 1);
    }
  g_assert_cmpuint (pl_notify_counter_get (counter, "n-nominated"), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (pl_bureau_get_findings (bureau)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (eastern), ==, 0);
  g_assert_cmpstr (pl_bureau_get_summary (bureau), ==, "10 of 10 nominated, all rules met");

  /* Editing a delegation's adherence re-evaluates too: Albania and
   * Armenia lose their Protocols. */
  {
    g_autoptr(JsonNode) none = adherence_override ("pnnn");

    pl_history_begin_group (history, "adherence");
    pl_delegation_set_adherence (PL_DELEGATION (pl_session_lookup (session, "delegation:ALB")), none);
    pl_delegation_set_adherence (PL_DELEGATION (pl_session_lookup (session, "delegation:ARM")), none);
    pl_history_end_group (history);
  }
  g_assert_cmpuint (g_list_model_get_n_items (eastern), ==, 1);
  g_assert_cmpstr (pl_bureau_get_summary (bureau), ==, "10 of 10 nominated, 1 rule not yet met");
  pl_history_undo (history);
  g_assert_cmpuint (g_list_model_get_n_items (eastern), ==, 0);

  /* Withdrawing keeps the State on the record but frees the seat. */
  pl_bureau_withdraw (bureau, "vice_president-4", "2020-10-01");
  g_assert_cmpint (pl_seat_get_status (vp4), ==, PL_OFFICER_STATUS_WITHDRAWN);
  g_assert_cmpstr (pl_officer_get_delegation (pl_seat_get_officer (vp4)), ==, "delegation:ALB");
  g_assert_cmpuint (pl_bureau_get_n_nominated (bureau), ==, 9);

  /* The same seat object throughout: rows bound to it stay. */
  g_assert_true (pl_bureau_get_seat (bureau, "vice_president-4") == vp4);
}

/* Settings that change the seats replace them, with one items-changed. */
static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_settings_change_seats (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  g_autoptr(PlBureau) bureau = pl_bureau_new (session);
  g_autoptr(JsonNode) seven = parse_json (SEVEN);
  guint count = 0;

  g_signal_connect (bureau, "items-changed", G_CALLBACK (on_items_changed_cb), &count);
  pl_bureau_nominate (bureau, "president", "delegation:DZA", "A", NULL);
  g_assert_cmpuint (count, ==, 0);

  pl_session_settings_set_bureau (pl_session_get_settings (session), seven);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bureau)), ==, 7);
  g_assert_null (pl_seat_get_regional_group (pl_bureau_get_seat (bureau, "president")));
  g_assert_cmpstr (pl_seat_get_delegation_name (pl_bureau_get_seat (bureau, "president")), ==, "Algeria");
  g_assert_null (pl_bureau_get_seat (bureau, "vice_president-6"));

  pl_history_undo (pl_session_get_history (session));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bureau)), ==, 10);
}

static void
test_seat_specs_default (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  g_autoptr(GPtrArray) specs = pl_bureau_list_seat_specs (pl_session_get_settings (session));

  /* A new session: ten seats, none given to a group until the rotation of
   * the session is set. */
  g_assert_cmpuint (specs->len, ==, 10);
  for (guint i = 0; i < specs->len; i++)
    g_assert_null (((PlSeatSpec *) g_ptr_array_index (specs, i))->regional_group);
  g_assert_cmpstr (((PlSeatSpec *) g_ptr_array_index (specs, 0))->id, ==, "president");
  g_assert_cmpstr (((PlSeatSpec *) g_ptr_array_index (specs, 8))->id, ==, "vice_president-8");
  g_assert_cmpstr (((PlSeatSpec *) g_ptr_array_index (specs, 9))->id, ==, "rapporteur");
}

/* Runs the built plenary-cli on @session; returns its exit status and
 * the findings it printed. */
static int
run_cli_check (PlSession  *session,
               JsonArray **findings)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "slate.plenary", NULL);
  const char *cli = g_getenv ("PLENARY_CLI");
  const char *argv[] = { cli, "check", "--json", path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  int status;

  g_assert_nonnull (cli);
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  *findings = json_array_ref (json_node_get_array (json_parser_get_root (parser)));
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* DESIGN: `plenary-cli check --json` on a complete valid slate reports no
 * bureau.* error; the same file with one State in two seats fails. */
static void
test_cli_valid_slate (void)
{
  g_autoptr(PlSession) session = session_with_states ();
  g_autoptr(PlBureau) bureau = pl_bureau_new (session);
  g_autoptr(JsonArray) findings = NULL;
  int status;

  add_history (session, "9:president:latin_american_caribbean 9:rapporteur:asia_pacific");
  fill_seats (session, bureau, "DZA* BEN* KHM* IND* ALB* ARM* ARG* BRA* AUT* BEL*");

  status = run_cli_check (session, &findings);
  g_assert_cmpint (status, ==, 0);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      g_assert_false (g_str_has_prefix (json_object_get_string_member (finding, "code"), "bureau."));
    }

  g_clear_pointer (&findings, json_array_unref);
  pl_bureau_nominate (bureau, "vice_president-5", "delegation:ALB", "Someone else", NULL);
  status = run_cli_check (session, &findings);
  g_assert_cmpint (status, ==, 1);

  /* Other checks (credentials of the States here) may report too; of the
   * Bureau's, exactly the duplicate. */
  {
    JsonObject *bureau_finding = NULL;
    guint n_bureau = 0;

    for (guint i = 0; i < json_array_get_length (findings); i++)
      {
        JsonObject *finding = json_array_get_object_element (findings, i);

        if (g_str_has_prefix (json_object_get_string_member (finding, "code"), "bureau."))
          {
            bureau_finding = finding;
            n_bureau++;
          }
        else
          g_assert_cmpstr (json_object_get_string_member (finding, "severity"), !=, "error");
      }
    g_assert_cmpuint (n_bureau, ==, 1);
    g_assert_cmpstr (json_object_get_string_member (bureau_finding, "code"), ==, "bureau.duplicate-state");
    g_assert_cmpstr (json_object_get_string_member (bureau_finding, "subject"), ==, "officer:vice_president-5");
  }
}

/* A finding is its code and its subject: the same warning about two
 * seats is two findings, and a store that held one learns of the other. */
static void
test_finding_identity (void)
{
  g_autoptr(PlFinding) seat1 = pl_finding_new (PL_SEVERITY_WARNING, "bureau.absent", "vp-1", "Absent.");
  g_autoptr(PlFinding) seat1_again = pl_finding_new (PL_SEVERITY_WARNING, "bureau.absent", "vp-1", "Absent.");
  g_autoptr(PlFinding) seat2 = pl_finding_new (PL_SEVERITY_WARNING, "bureau.absent", "vp-2", "Absent.");
  g_autoptr(PlFinding) other_code = pl_finding_new (PL_SEVERITY_WARNING, "bureau.vacant", "vp-1", "Absent.");
  g_autoptr(GListStore) store = g_list_store_new (PL_TYPE_FINDING);
  g_autoptr(GPtrArray) findings = g_ptr_array_new ();
  g_autoptr(PlFinding) held = NULL;
  guint n_changes = 0;

  g_assert_true (pl_finding_equal (seat1, seat1_again));
  g_assert_false (pl_finding_equal (seat1, seat2));
  g_assert_false (pl_finding_equal (seat1, other_code));

  g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed_cb), &n_changes);
  g_ptr_array_add (findings, seat1);
  g_assert_true (pl_finding_store_replace (store, findings));
  g_assert_cmpuint (n_changes, ==, 1);

  /* The same again: nothing to redraw. */
  g_ptr_array_index (findings, 0) = seat1_again;
  g_assert_false (pl_finding_store_replace (store, findings));
  g_assert_cmpuint (n_changes, ==, 1);

  /* Differing only by subject: a different finding, the store follows. */
  g_ptr_array_index (findings, 0) = seat2;
  g_assert_true (pl_finding_store_replace (store, findings));
  g_assert_cmpuint (n_changes, ==, 2);
  held = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (pl_finding_get_subject (held), ==, "vp-2");
}

/* Rule 22: officers come from States; an organization, even one party to
 * the Convention, and observers do not qualify. */
static void
test_is_state (void)
{
  static const struct {
    PlDelegationCategory category;
    gboolean             state;
  } cases[] = {
    { PL_DELEGATION_CATEGORY_STATE_PARTY, TRUE },
    { PL_DELEGATION_CATEGORY_SIGNATORY, TRUE },
    { PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE, TRUE },
    { PL_DELEGATION_CATEGORY_REIO, FALSE },
    { PL_DELEGATION_CATEGORY_UN_ENTITY, FALSE },
    { PL_DELEGATION_CATEGORY_IGO, FALSE },
    { PL_DELEGATION_CATEGORY_NGO_ECOSOC, FALSE },
    { PL_DELEGATION_CATEGORY_NGO_OTHER, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlDelegation) delegation = pl_delegation_new ("delegation:TST");

      pl_delegation_set_category (delegation, cases[i].category);
      g_assert_cmpint (pl_delegation_is_state (delegation), ==, cases[i].state);
    }
}

/* A nomination's default date: today within the session, else the
 * session's opening day (issue 22, point 6). */
static void
test_default_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlSessionSettings *settings;
  g_autofree char *after = NULL, *before = NULL, *within = NULL;

  g_assert_no_error (error);
  settings = pl_session_get_settings (session);
  g_assert_cmpstr (pl_session_settings_get_start_date (settings), ==, "2020-10-12");
  g_assert_cmpstr (pl_session_settings_get_end_date (settings), ==, "2020-10-16");

  after = pl_session_settings_default_date (settings, "2026-12-06");
  before = pl_session_settings_default_date (settings, "2020-09-01");
  within = pl_session_settings_default_date (settings, "2020-10-14");
  g_assert_cmpstr (after, ==, "2020-10-12");
  g_assert_cmpstr (before, ==, "2020-10-12");
  g_assert_cmpstr (within, ==, "2020-10-14");
}

/* A seat's chooser (issue 22, point 6): the seat's group's States
 * parties, present first, then the other groups' parties, then States
 * that are not parties; organizations never. A State in another seat says
 * which. */
static PlDelegation *
add_state (GPtrArray            *records,
           const char           *iso3,
           const char           *name,
           PlDelegationCategory  category,
           const char           *group,
           gboolean              present)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso3);
  PlDelegation *delegation = pl_delegation_new (id);

  pl_delegation_set_name (delegation, name);
  pl_delegation_set_iso3 (delegation, iso3);
  pl_delegation_set_category (delegation, category);
  pl_delegation_set_regional_group (delegation, group);
  pl_delegation_set_present (delegation, present);
  g_ptr_array_add (records, delegation);
  return delegation;
}

static void
test_candidates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PlBureau) bureau = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GString) order = g_string_new (NULL);
  static const char *expected =
    "DZA:0:+ ZAF:0:+ BEN:1:+ KHM:2@vice_president-2 FRA:2 COG:3 USA:3";

  g_assert_no_error (error);
  /* A conference of its own: the sample registers every State party,
   * which would hide each section's order among 190. */
  pl_test_remove_delegations (session);
  add_state (records, "ZAF", "South Africa", PL_DELEGATION_CATEGORY_STATE_PARTY, "african", TRUE);
  add_state (records, "BEN", "Benin", PL_DELEGATION_CATEGORY_STATE_PARTY, "african", FALSE);
  add_state (records, "DZA", "Algeria", PL_DELEGATION_CATEGORY_STATE_PARTY, "african", TRUE);
  add_state (records, "COG", "Congo", PL_DELEGATION_CATEGORY_SIGNATORY, "african", TRUE);
  add_state (records, "FRA", "France", PL_DELEGATION_CATEGORY_STATE_PARTY, "western_european_other", TRUE);
  add_state (records, "KHM", "Cambodia", PL_DELEGATION_CATEGORY_STATE_PARTY, "asia_pacific", TRUE);
  add_state (records, "USA", "United States", PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE,
             "western_european_other", TRUE);
  add_state (records, "EUU", "European Union", PL_DELEGATION_CATEGORY_REIO, NULL, TRUE);
  pl_session_load_records (session, records);
  bureau = pl_bureau_new (session);
  pl_bureau_nominate (bureau, "vice_president-2", "delegation:KHM", NULL, "2020-10-01");

  /* Vice-President 1 is the African States' (the sample's settings). */
  candidates = pl_bureau_list_candidates (session, "vice_president-1");
  for (guint i = 0; i < candidates->len; i++)
    {
      PlSeatCandidate *candidate = g_ptr_array_index (candidates, i);

      g_string_append_printf (order, "%s%s:%d%s%s%s", i ? " " : "", pl_delegation_get_iso3 (candidate->delegation),
                              candidate->section, pl_seat_candidate_is_listed (candidate) ? ":+" : "",
                              candidate->held_seat ? "@" : "", candidate->held_seat ? candidate->held_seat : "");
    }
  g_assert_cmpstr (order->str, ==, expected);

  /* The seat a State holds is no obstacle in its own chooser. */
  g_clear_pointer (&candidates, g_ptr_array_unref);
  candidates = pl_bureau_list_candidates (session, "vice_president-2");
  for (guint i = 0; i < candidates->len; i++)
    {
      PlSeatCandidate *candidate = g_ptr_array_index (candidates, i);

      if (g_strcmp0 (pl_delegation_get_iso3 (candidate->delegation), "KHM") == 0)
        {
          g_assert_null (candidate->held_seat);
          g_assert_cmpint (candidate->section, ==, PL_SEAT_CANDIDATE_GROUP_PRESENT);
        }
    }
}

/* The representative is chosen among the delegation's members: the head
 * first, then by rank, as registered within a rank. */
static void
test_members_by_rank (void)
{
  g_autoptr(PlDelegation) delegation = pl_delegation_new ("delegation:DZA");
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GString) order = g_string_new (NULL);

  g_free (pl_delegation_add_member (delegation, "Adviser Official", PL_MEMBER_FUNCTION_ADVISER, PL_RANK_OFFICIAL));
  g_free (pl_delegation_add_member (delegation, "Rep Minister", PL_MEMBER_FUNCTION_REPRESENTATIVE, PL_RANK_MINISTER));
  g_free (pl_delegation_add_member (delegation, "Head Ambassador", PL_MEMBER_FUNCTION_HEAD, PL_RANK_AMBASSADOR));
  g_free (pl_delegation_add_member (delegation, "Alt Ambassador", PL_MEMBER_FUNCTION_ALTERNATE, PL_RANK_AMBASSADOR));
  g_free (pl_delegation_add_member (delegation, "Rep Unknown", PL_MEMBER_FUNCTION_REPRESENTATIVE, PL_RANK_UNKNOWN));
  g_free (pl_delegation_add_member (delegation, "Rep Ambassador", PL_MEMBER_FUNCTION_REPRESENTATIVE,
                                    PL_RANK_AMBASSADOR));

  members = pl_delegation_list_members_by_rank (delegation);
  for (guint i = 0; i < members->len; i++)
    g_string_append_printf (order, "%s%s", i ? ", " : "",
                            json_object_get_string_member (g_ptr_array_index (members, i), "name"));
  g_assert_cmpstr (order->str, ==,
                   "Head Ambassador, Rep Minister, Alt Ambassador, Rep Ambassador, Adviser Official, Rep Unknown");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (compositions); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bureau/composition/%s", compositions[i].name);

      g_test_add_data_func (path, &compositions[i], test_composition);
    }
  g_test_add_func ("/bureau/live", test_live);
  g_test_add_func ("/bureau/default-date", test_default_date);
  g_test_add_func ("/bureau/finding-identity", test_finding_identity);
  g_test_add_func ("/bureau/is-state", test_is_state);
  g_test_add_func ("/bureau/candidates", test_candidates);
  g_test_add_func ("/bureau/members-by-rank", test_members_by_rank);
  g_test_add_func ("/bureau/settings-change-seats", test_settings_change_seats);
  g_test_add_func ("/bureau/seat-specs-default", test_seat_specs_default);
  g_test_add_func ("/bureau/cli-valid-slate", test_cli_valid_slate);

  return g_test_run ();
}
