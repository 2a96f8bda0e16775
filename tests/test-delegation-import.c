/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-codec.h"
#include "pl-delegation-import.h"
#include "pl-participation.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * The registration CSV import: good rows merged without duplicates, every
 * rejected row reported with its line and reason, all or nothing.
 */

static PlSession *
load_sample (void)
{
  g_autoptr(GError) error = NULL;
  PlSession *session = pl_samples_load (&error);

  g_assert_no_error (error);
  return session;
}

static gboolean
import_text (PlSession                 *session,
             const char                *text,
             gsize                      length,
             PlDelegationImportReport **report,
             GError                   **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length == (gsize) -1 ? strlen (text) : length);

  return pl_delegation_import (session, bytes, report, error);
}

static JsonObject *
member_named (PlDelegation *delegation,
              const char   *name)
{
  for (guint i = 0; i < pl_delegation_get_n_members (delegation); i++)
    {
      JsonObject *member = pl_delegation_get_member (delegation, i);

      if (g_strcmp0 (json_object_get_string_member (member, "name"), name) == 0)
        return member;
    }
  return NULL;
}

static const char good_csv[] =
  "Delegation,ISO code,Member name,Function,Rank,E-mail\r\n"
  "Austria,AUT,Anna Huber,Head of delegation,Ambassador,anna.huber@bmeia.gv.at\r\n"
  "Austria,AUT,Karl Maier,adviser,official,karl.maier@bmeia.gv.at\r\n"
  "\r\n"
  "France,,Jean Dupont,head,minister,jean.dupont@diplomatie.gouv.fr\r\n"
  "\"Côte d’Ivoire\",CIV,\"Kouassi, Aya\",alternate,deputy_minister,aya@gouv.ci\r\n"
  "European Union,EUU,Ursula Schmidt,head,other,\r\n";

/* The rows of good_csv into @session: into the sample, which registers
 * every State party (issue 22), the members join the registered
 * delegations; into a new session, the delegations are added too. */
static void
check_good_rows (PlSession *session,
                 guint      n_added)
{
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  PlDelegation *austria, *civ;
  JsonObject *member;
  guint n_before = g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DELEGATION));

  g_assert_true (import_text (session, good_csv, -1, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->n_rows, ==, 5);
  g_assert_cmpuint (report->rejections->len, ==, 0);
  g_assert_cmpuint (report->delegations_added, ==, n_added);
  g_assert_cmpuint (report->members_added, ==, 5);
  summary = pl_delegation_import_report_summary (report);
  if (n_added == 0)
    g_assert_cmpstr (summary, ==, "5 rows: 0 delegations added, 5 members added, 0 updated, 0 already registered");
  else
    g_assert_cmpstr (summary, ==, "5 rows: 4 delegations added, 5 members added, 0 updated, 0 already registered");

  austria = PL_DELEGATION (pl_session_lookup (session, "delegation:AUT"));
  g_assert_nonnull (austria);
  g_assert_cmpstr (pl_delegation_get_regional_group (austria), ==, "western_european_other");
  g_assert_cmpuint (pl_delegation_get_n_members (austria), ==, 2);
  member = member_named (austria, "Anna Huber");
  g_assert_cmpstr (json_object_get_string_member (member, "function"), ==, "head");
  g_assert_cmpstr (json_object_get_string_member (member, "rank"), ==, "ambassador");
  g_assert_cmpuint (strlen (json_object_get_string_member (member, "id")), ==, 36);
  /* Issue 16: the email goes into the secretariat-only contact record,
   * keyed by the member's id, not into the public delegation. */
  g_assert_false (json_object_has_member (member, "email"));
  {
    PlRecord *contact = pl_session_lookup (session, "contact:AUT");
    g_autoptr(JsonObject) json = NULL;
    JsonObject *entry;

    g_assert_nonnull (contact);
    json = pl_codec_record_to_json (contact);
    g_assert_cmpstr (json_object_get_string_member (json, "type"), ==, "contact");
    g_assert_cmpstr (json_object_get_string_member (json, "delegation"), ==, "delegation:AUT");
    entry = json_object_get_object_member (json_object_get_object_member (json, "members"),
                                           json_object_get_string_member (member, "id"));
    g_assert_nonnull (entry);
    g_assert_cmpstr (json_object_get_string_member (entry, "email"), ==, "anna.huber@bmeia.gv.at");
  }
  /* No email, no contact. */
  g_assert_null (pl_session_lookup (session, "contact:EUU"));

  /* Matched by name when the code is empty; quoted fields with commas. */
  g_assert_nonnull (pl_session_lookup (session, "delegation:FRA"));
  civ = PL_DELEGATION (pl_session_lookup (session, "delegation:CIV"));
  g_assert_nonnull (member_named (civ, "Kouassi, Aya"));
  g_assert_cmpint (pl_delegation_get_category (PL_DELEGATION (pl_session_lookup (session, "delegation:EUU"))), ==,
                   PL_DELEGATION_CATEGORY_REIO);

  /* One undo step takes it all back. */
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Import delegations");
  g_assert_true (pl_history_undo (history));
  if (n_added == 0)
    {
      austria = PL_DELEGATION (pl_session_lookup (session, "delegation:AUT"));
      g_assert_cmpuint (pl_delegation_get_n_members (austria), ==, 0);
      g_assert_cmpuint (pl_delegation_get_n_members (PL_DELEGATION (pl_session_lookup (session, "delegation:EUU"))), ==, 0);
    }
  else
    {
      g_assert_null (pl_session_lookup (session, "delegation:AUT"));
      g_assert_null (pl_session_lookup (session, "delegation:EUU"));
    }
  g_assert_null (pl_session_lookup (session, "contact:AUT"));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DELEGATION)), ==, n_before);
  g_assert_true (pl_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_DELEGATION)), ==, n_before + n_added);
  g_assert_cmpuint (pl_delegation_get_n_members (PL_DELEGATION (pl_session_lookup (session, "delegation:AUT"))), ==, 2);
}

static void
test_good_rows (void)
{
  g_autoptr(PlSession) session = load_sample ();

  check_good_rows (session, 0);
}

static void
test_good_rows_new_session (void)
{
  g_autoptr(PlSession) session = pl_session_new ();

  check_good_rows (session, 4);
}



/* Merged into existing delegations: a member already there (same name and
 * email, whatever the case and spacing) is not added again; a new rank
 * updates it; an organization is found by name. */
static void
test_merge_without_duplicates (void)
{
  g_autoptr(PlSession) session = load_sample ();
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  PlDelegation *austria, *unodc;
  g_autofree char *id = NULL;
  g_autofree char *other = NULL;

  /* The sample registers Austria (issue 22). */
  austria = PL_DELEGATION (pl_session_lookup (session, "delegation:AUT"));
  g_assert_nonnull (austria);
  id = pl_delegation_add_member (austria, "Anna Huber", PL_MEMBER_FUNCTION_HEAD, PL_RANK_AMBASSADOR);
  pl_contact_store_email (session, "delegation:AUT", id, "anna.huber@bmeia.gv.at");
  other = pl_delegation_add_member (austria, "Karl Maier", PL_MEMBER_FUNCTION_ADVISER, PL_RANK_OFFICIAL);
  pl_contact_store_email (session, "delegation:AUT", other, "karl.maier@bmeia.gv.at");
  unodc = pl_participation_add_delegation (session, "United Nations Office on Drugs and Crime",
                                           PL_DELEGATION_CATEGORY_UN_ENTITY, NULL);

  g_assert_true (import_text (session,
                              "delegation;iso;name;function;rank;email\n"
                              "Austria;AUT;  anna   HUBER ;head;ambassador;Anna.Huber@BMEIA.gv.at\n"
                              "Austria;aut;Karl Maier;alternate;official;karl.maier@bmeia.gv.at\n"
                              "Austria;Austria;Eva Gruber;representative;official;eva@bmeia.gv.at\n"
                              "united nations office on drugs and crime;;Ghada Waly;head;other;gw@un.org\n"
                              "Global Initiative;;Mark Shaw;head;other;ms@gi.org\n",
                              -1, &report, &error) == FALSE);
  /* An organization not in the session needs a category. */
  g_assert_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED);
  g_assert_cmpuint (report->rejections->len, ==, 1);
  g_assert_cmpuint (((PlDelegationImportRejection *) g_ptr_array_index (report->rejections, 0))->line, ==, 6);
  g_clear_error (&error);
  g_clear_pointer (&report, pl_delegation_import_report_free);

  g_assert_true (import_text (session,
                              "\xef\xbb\xbf" "delegation;iso;name;function;rank;email;category\n"
                              "Austria;AUT;  anna   HUBER ;head;ambassador;Anna.Huber@BMEIA.gv.at;\n"
                              "Austria;aut;Karl Maier;alternate;official;karl.maier@bmeia.gv.at;\n"
                              "Austria;Austria;Eva Gruber;representative;official;eva@bmeia.gv.at;\n"
                              "united nations office on drugs and crime;;Ghada Waly;head;other;gw@un.org;\n"
                              "Global Initiative;;Mark Shaw;head;other;ms@gi.org;ngo other\n",
                              -1, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->members_unchanged, ==, 1);
  g_assert_cmpuint (report->members_updated, ==, 1);
  g_assert_cmpuint (report->members_added, ==, 3);
  g_assert_cmpuint (report->delegations_added, ==, 1);

  g_assert_cmpuint (pl_delegation_get_n_members (austria), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (member_named (austria, "Anna Huber"), "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (member_named (austria, "Karl Maier"), "function"), ==, "alternate");
  g_assert_cmpuint (pl_delegation_get_n_members (unodc), ==, 1);

  /* The same file again changes nothing. */
  g_clear_pointer (&report, pl_delegation_import_report_free);
  g_assert_true (import_text (session,
                              "delegation,iso,name,function,rank,email\n"
                              "Austria,AUT,Anna Huber,head,ambassador,anna.huber@bmeia.gv.at\n"
                              "Global Initiative,,Mark Shaw,head,other,ms@gi.org\n",
                              -1, &report, &error));
  g_assert_cmpuint (report->members_unchanged, ==, 2);
  g_assert_cmpuint (report->members_added + report->members_updated + report->delegations_added, ==, 0);
  g_assert_cmpuint (pl_delegation_get_n_members (austria), ==, 3);
}

/* Every kind of bad row, each reported with its line; nothing changes. */
static void
test_rejected_rows (void)
{
  g_autoptr(PlSession) session = load_sample ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  static const char csv[] =
    "delegation,iso,name,function,rank,email\n"                               /* 1 */
    "Austria,AUT,Anna Huber,head,ambassador,anna.huber@bmeia.gv.at\n"         /* 2: good */
    "Atlantis,ATL,Poseidon,head,head of state,p@atlantis.org\n"               /* 3: unknown country */
    "Austria,AUT,anna huber,alternate,official,ANNA.HUBER@bmeia.gv.at\n"      /* 4: duplicate of 2 */
    "Austria,AUT,Karl Maier,adviser,official\n"                               /* 5: 5 columns */
    "Austria,AUT,J\xfcrgen Bad,adviser,official,j@bmeia.gv.at\n"              /* 6: Latin-1 */
    "Austria,AUT,\"Multi\nLine\",chauffeur,official,m@bmeia.gv.at\n"          /* 7-8: bad function */
    "Austria,AUT,Eva Gruber,adviser,general,e@bmeia.gv.at\n"                  /* 9: bad rank */
    "Austria,AUT,Otto Bauer,adviser,official,otto at bmeia\n"                 /* 10: bad email */
    "Neverland,,Peter Pan,head,other,pp@nl.org\n"                             /* 11: unknown */
    "Austria,AUT,,head,official,x@bmeia.gv.at\n"                              /* 12: no name */
    "France,FRA,Jean Dupont,head,minister,jd@diplomatie.gouv.fr\n";           /* 13: good */
  static const struct { guint line; const char *reason; } expected[] = {
    { 3, "unknown country “ATL”" },
    { 4, "duplicate member “anna huber”: the same name and email as line 2" },
    { 5, "wrong column count: 5 columns, the header has 6" },
    { 6, "not valid UTF-8 in column 3 (byte 2 of the field)" },
    { 7, "bad function “chauffeur”" },
    { 9, "bad rank “general”" },
    { 10, "bad email address “otto at bmeia”" },
    { 11, "unknown country or delegation “Neverland”" },
    { 12, "the member’s name is empty" },
  };

  before = pl_session_file_serialize (session, NULL);
  g_assert_false (import_text (session, csv, -1, &report, &error));
  g_assert_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED);
  g_assert_cmpstr (error->message, ==, "9 of 11 rows rejected; nothing was imported");

  g_assert_cmpuint (report->n_rows, ==, 11);
  g_assert_cmpuint (report->rejections->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PlDelegationImportRejection *rejection = g_ptr_array_index (report->rejections, i);

      g_test_message ("line %u: %s", rejection->line, rejection->reason);
      g_assert_cmpuint (rejection->line, ==, expected[i].line);
      g_assert_true (g_str_has_prefix (rejection->reason, expected[i].reason));
    }
  g_assert_cmpuint (report->members_added, ==, 0);
  g_assert_cmpuint (report->delegations_added, ==, 0);

  text = pl_delegation_import_report_format (report, "reg.csv");
  g_assert_true (g_str_has_prefix (text, "reg.csv:3: unknown country “ATL”"));
  g_assert_nonnull (strstr (text, "\nreg.csv:7: bad function"));

  /* Nothing changed: the same bytes, no undo step. */
  after = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_cmpuint (pl_delegation_get_n_members (PL_DELEGATION (pl_session_lookup (session, "delegation:AUT"))), ==, 0);
  g_assert_cmpuint (pl_delegation_get_n_members (PL_DELEGATION (pl_session_lookup (session, "delegation:FRA"))), ==, 0);
}

static void
test_empty_and_bad_header (void)
{
  static const struct
  {
    const char *csv;
    gsize       length;
    int         code;
    const char *message;
  } cases[] = {
    { "", 0, PL_DELEGATION_IMPORT_ERROR_EMPTY, "the file is empty" },
    { "\xef\xbb\xbf", 3, PL_DELEGATION_IMPORT_ERROR_EMPTY, "the file is empty" },
    { "\n\r\n", 3, PL_DELEGATION_IMPORT_ERROR_EMPTY, "the file is empty" },
    { "delegation,iso,name,function,rank,email\n", -1, PL_DELEGATION_IMPORT_ERROR_EMPTY, "the file has a header and no member lines" },
    { "delegation,iso,name,function,email\nAustria,AUT,A,head,a@b.c\n", -1, PL_DELEGATION_IMPORT_ERROR_HEADER, "line 1: the header has no rank column" },
    { "delegation,iso,name,function,rank,email,shoe size\n", -1, PL_DELEGATION_IMPORT_ERROR_HEADER, "line 1: unknown column “shoe size”" },
    { "delegation,country code,iso,name,function,rank,email\n", -1, PL_DELEGATION_IMPORT_ERROR_HEADER, "line 1: the header names the iso column twice (columns 2 and 3)" },
    { "delegation,iso,n\xe4me,function,rank,email\n", -1, PL_DELEGATION_IMPORT_ERROR_HEADER, "line 1: the header is not valid UTF-8 (column 3)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlSession) session = load_sample ();
      g_autoptr(PlDelegationImportReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *before = pl_session_file_serialize (session, NULL);
      g_autofree char *after = NULL;

      g_test_message ("case %u", i);
      g_assert_false (import_text (session, cases[i].csv, cases[i].length, &report, &error));
      g_assert_error (error, PL_DELEGATION_IMPORT_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      after = pl_session_file_serialize (session, NULL);
      g_assert_cmpstr (before, ==, after);
    }
}

/* Header variants of registration systems; tabs; an unclosed quote. */
static void
test_header_variants (void)
{
  g_autoptr(PlSession) session = load_sample ();
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (import_text (session,
                              "E-Mail\tRole\tFull Name\tLevel\tCountry_Code\tDelegation Name\n"
                              "a@mre.gov.br\tHead\tAna Costa\tMinister\tBRA\tBrazil\n"
                              "b@mre.gov.br\tDelegate\tBeto Lima\tDeputy-Minister\tBRA\tBrazil\n",
                              -1, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->members_added, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (
                     member_named (PL_DELEGATION (pl_session_lookup (session, "delegation:BRA")), "Beto Lima"),
                     "rank"), ==, "deputy_minister");
  g_clear_pointer (&report, pl_delegation_import_report_free);

  g_assert_false (import_text (session,
                               "delegation,iso,name,function,rank,email\n"
                               "Brazil,BRA,\"Carla,head,minister,c@mre.gov.br\n",
                               -1, &report, &error));
  g_assert_cmpuint (report->rejections->len, ==, 1);
  g_assert_cmpstr (((PlDelegationImportRejection *) g_ptr_array_index (report->rejections, 0))->reason, ==,
                   "a quoted field is not closed");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/delegation-import/good-rows", test_good_rows);
  g_test_add_func ("/delegation-import/good-rows-new-session", test_good_rows_new_session);
  g_test_add_func ("/delegation-import/merge-without-duplicates", test_merge_without_duplicates);
  g_test_add_func ("/delegation-import/rejected-rows", test_rejected_rows);
  g_test_add_func ("/delegation-import/empty-and-bad-header", test_empty_and_bad_header);
  g_test_add_func ("/delegation-import/header-variants", test_header_variants);

  return g_test_run ();
}
