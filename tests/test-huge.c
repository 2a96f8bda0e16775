/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pl-check.h"
#include "pl-delegation-table-page.h"
#include "pl-export.h"
#include "pl-finding.h"
#include "pl-participants-page.h"
#include "pl-session-file.h"
#include "pl-session-generator.h"
#include "pl-test-support.h"
#include "test-sync-common.h"

/*
 * Issue 23, "Done when": the huge session (plenary-cli generate --scale
 * huge) opens, filters, syncs, exports and saves within the tests' time
 * limits. Each step asserts that nothing was lost (counts round-trip, the
 * same records come back); the figures it saw, times included, are TAP
 * comments for the record, never asserted. Suite 'slow', under Xvfb for
 * the Participants page.
 */

#define SEED 1

static PlSession *huge;     /* generated once, synced by /huge/sync */
static PlSession *pulled;   /* the empty client /huge/sync filled */
static char *dir;

typedef struct
{
  GType       type;
  const char *name;
  guint       expected;
} Count;

static Count counts[] = {
  { 0, "delegation", 2000 },
  { 0, "contact", 2000 },
  { 0, "credentials", 200 },
  { 0, "item", 300 },
  { 0, "document", 2500 },
  { 0, "speaker_list", 40 },
  { 0, "speaker", 3000 },
  { 0, "meeting", 150 },
  { 0, "proposal", 400 },
  { 0, "vote", 400 },
};

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static guint
n_records (PlSession *session,
           GType      type)
{
  return g_list_model_get_n_items (pl_session_get_records (session, type));
}

static guint
n_members (PlSession *session)
{
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      JsonNode *members = pl_delegation_get_members (delegation);

      if (members != NULL && JSON_NODE_HOLDS_ARRAY (members))
        n += json_array_get_length (json_node_get_array (members));
    }
  return n;
}

/* Every count of the issue, in @session. */
static void
assert_counts (PlSession  *session,
               const char *what)
{
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      guint n = n_records (session, counts[i].type);

      g_test_message ("%s: %u %s records", what, n, counts[i].name);
      g_assert_cmpuint (n, ==, counts[i].expected);
    }
  g_assert_cmpuint (n_members (session), ==, 40000);
}

static guint
n_docs (PlSession *session)
{
  g_autoptr(JsonObject) docs = pl_test_session_docs (session);

  return json_object_get_size (docs);
}

/* The sizes; the same seed gives the same file, another seed
 * another. */
static void
test_generate (void)
{
  g_autoptr(PlSession) again = NULL;
  g_autoptr(PlSession) other = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autofree char *text_other = NULL;
  g_autoptr(GListStore) findings = NULL;
  guint n_errors = 0;
  gint64 start = g_get_monotonic_time ();

  huge = pl_session_generate (PL_GENERATOR_SCALE_HUGE, SEED);
  g_test_message ("generate: %.2f s, %u records", seconds_since (start), n_docs (huge));
  assert_counts (huge, "generated");
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (huge)));

  text = pl_session_file_serialize (huge, NULL);
  again = pl_session_generate (PL_GENERATOR_SCALE_HUGE, SEED);
  text_again = pl_session_file_serialize (again, NULL);
  g_assert_cmpuint (strlen (text), ==, strlen (text_again));
  g_assert_true (strcmp (text, text_again) == 0);
  other = pl_session_generate (PL_GENERATOR_SCALE_HUGE, SEED + 1);
  text_other = pl_session_file_serialize (other, NULL);
  g_assert_true (strcmp (text, text_other) != 0);

  /* Records a real session could have: no errors in the checks. */
  start = g_get_monotonic_time ();
  findings = pl_check_session (huge);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (pl_finding_get_severity (finding) == PL_SEVERITY_ERROR)
        {
          g_test_message ("error: %s", pl_finding_get_message (finding));
          n_errors++;
        }
    }
  g_test_message ("check: %.2f s, %u findings", seconds_since (start),
                  g_list_model_get_n_items (G_LIST_MODEL (findings)));
  g_assert_cmpuint (n_errors, ==, 0);
}

/* Saved and opened again: the same records. */
static void
test_save_and_open (void)
{
  g_autofree char *path = g_build_filename (dir, "huge.plenary", NULL);
  g_autoptr(PlSession) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  gint64 start;

  g_assert_nonnull (huge);
  start = g_get_monotonic_time ();
  g_assert_true (pl_session_file_save (huge, path, &error));
  g_assert_no_error (error);
  g_test_message ("save: %.2f s", seconds_since (start));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("file: %" G_GINT64_FORMAT " bytes", g_file_info_get_size (info));

  start = g_get_monotonic_time ();
  opened = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  g_test_message ("open: %.2f s", seconds_since (start));
  assert_counts (opened, "opened");
  assert_same (huge, opened);
}

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack != NULL ? haystack : "", -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

/* The delegations whose name or ISO code holds @search, counted here. */
static guint
n_matching (PlSession  *session,
            const char *search)
{
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (contains_casefold (pl_delegation_get_name (delegation), search)
          || contains_casefold (pl_delegation_get_iso3 (delegation), search))
        n++;
    }
  return n;
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The Participants page on the huge session: its search narrows the
 * 2,000 delegations to what a count of the records says. */
static void
test_filter_participants (void)
{
  static const char *searches[] = { "", "a", "au", "aus", "austria", "association", "N0", "zz-none", "" };
  GtkWidget *window;
  GtkWidget *page;
  GListModel *shown;
  gint64 start;

  g_assert_nonnull (huge);
  start = g_get_monotonic_time ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  page = pl_participants_page_new (huge);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  drain ();
  g_test_message ("Participants page: %.2f s to build", seconds_since (start));
  shown = pl_delegation_table_page_get_model (PL_DELEGATION_TABLE_PAGE (page));

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      guint expected = n_matching (huge, searches[i]);

      start = g_get_monotonic_time ();
      pl_delegation_table_page_set_search (PL_DELEGATION_TABLE_PAGE (page), searches[i]);
      drain ();
      g_test_message ("search '%s': %u delegations, %.1f ms", searches[i], g_list_model_get_n_items (shown),
                      (g_get_monotonic_time () - start) / 1000.0);
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected);
    }
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2000);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* One round, however long the server takes (the test's timeout is the
 * limit): pl_test_sync gives up after two minutes. */
static void
sync_round (PlSyncEngine *engine)
{
  g_autoptr(GError) error = NULL;

  gboolean done = pl_test_sync_with_timeout (engine, 1800, &error);

  g_assert_no_error (error);
  g_assert_true (done);
}

/* Pushed to a fresh database on the real server, pulled into an empty
 * client: the same records on both, nothing left to send. */
static void
test_sync (void)
{
  g_autofree char *db = fresh_database ();
  guint n = n_docs (huge);
  Replica a, b;
  gint64 start;

  replica_init (&a, g_object_ref (huge), db, "admin", "secret");
  start = g_get_monotonic_time ();
  sync_round (a.engine);
  g_test_message ("push: %.2f s, %u pushed", seconds_since (start), pl_sync_engine_get_stats (a.engine)->pushed);
  g_assert_cmpuint (pl_sync_engine_get_stats (a.engine)->pushed, >=, n);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (a.engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);

  replica_init (&b, NULL, db, "admin", "secret");
  start = g_get_monotonic_time ();
  sync_round (b.engine);
  g_test_message ("pull: %.2f s, %u pulled", seconds_since (start), pl_sync_engine_get_stats (b.engine)->pulled);
  g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pulled, >=, n);
  g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pushed, ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 0);
  assert_counts (b.session, "pulled");
  assert_same (a.session, b.session);

  pulled = g_object_ref (b.session);
  replica_clear (&a);
  replica_clear (&b);
}

/* The client that pulled saves and opens its copy again: the same. */
static void
test_save_pulled (void)
{
  g_autofree char *path = g_build_filename (dir, "pulled.plenary", NULL);
  g_autoptr(PlSession) opened = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_assert_nonnull (pulled);
  start = g_get_monotonic_time ();
  g_assert_true (pl_session_file_save (pulled, path, &error));
  g_assert_no_error (error);
  g_test_message ("save after pull: %.2f s", seconds_since (start));
  opened = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  assert_same (pulled, opened);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
export_pdf (PlSession    *session,
            PlExportWhat  what,
            const char   *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (pl_export_to_file (session, what, PL_EXPORT_FORMAT_PDF, NULL, path, &error));
  g_assert_no_error (error);
  g_test_message ("%s: %.2f s", name, seconds_since (start));
  return pdf_text (path);
}

/* The agenda and the list of participants of the pulled copy, read back
 * from their PDFs: every sub-item's number, every member of every
 * delegation. */
static void
test_export (void)
{
  PlSession *session = pulled != NULL ? pulled : huge;
  g_autofree char *agenda = NULL;
  g_autofree char *participants = NULL;
  /* "12. Title:", then its sub-items "(a) Title;" each on a line. */
  g_autoptr(GRegex) item = g_regex_new ("^([0-9]+)\\. ", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) sub = g_regex_new ("^\\([a-d]\\) ", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GRegex) member = g_regex_new ("^Member ([0-9]+) of ", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n_members_read = 0, n_twentieth = 0, n_subs_read = 0;

  g_assert_nonnull (session);
  agenda = export_pdf (session, PL_EXPORT_WHAT_AGENDA, "agenda.pdf");
  for (g_regex_match (item, agenda, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (labels, g_match_info_fetch (match, 1));
  g_clear_pointer (&match, g_match_info_unref);
  for (g_regex_match (sub, agenda, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    n_subs_read++;
  g_clear_pointer (&match, g_match_info_unref);
  g_test_message ("agenda: items %u, sub-item lines %u read back", g_hash_table_size (labels), n_subs_read);
  g_assert_cmpuint (g_hash_table_size (labels), ==, 60);
  g_assert_true (g_hash_table_contains (labels, "60"));
  /* The provisional agenda lists them, the annotations may again. */
  g_assert_cmpuint (n_subs_read, >=, 240);

  participants = export_pdf (session, PL_EXPORT_WHAT_PARTICIPANTS, "participants.pdf");
  for (g_regex_match (member, participants, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);

      n_members_read++;
      if (g_str_equal (number, "20"))
        n_twentieth++;
    }
  g_test_message ("participants: %u members, %u delegations read back", n_members_read, n_twentieth);
  g_assert_cmpuint (n_members_read, ==, 40000);
  g_assert_cmpuint (n_twentieth, ==, 2000);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) handle = g_dir_open (path, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static void
add_tests (void)
{
  g_test_add_func ("/huge/generate", test_generate);
  g_test_add_func ("/huge/save-and-open", test_save_and_open);
  g_test_add_func ("/huge/filter-participants", test_filter_participants);
  g_test_add_func ("/huge/sync", test_sync);
  g_test_add_func ("/huge/save-pulled", test_save_pulled);
  g_test_add_func ("/huge/export", test_export);
}

int
main (int    argc,
      char **argv)
{
  int status;

  counts[0].type = PL_TYPE_DELEGATION;
  counts[1].type = PL_TYPE_CONTACT;
  counts[2].type = PL_TYPE_CREDENTIALS;
  counts[3].type = PL_TYPE_AGENDA_ITEM;
  counts[4].type = PL_TYPE_DOCUMENT;
  counts[5].type = PL_TYPE_SPEAKER_LIST;
  counts[6].type = PL_TYPE_SPEAKER;
  counts[7].type = PL_TYPE_MEETING;
  counts[8].type = PL_TYPE_PROPOSAL;
  counts[9].type = PL_TYPE_VOTE;

  /* As the widget tests: GTK with the user's directories (isolated ones
   * hide the session bus GTK looks for), then the server of
   * test-sync-common. */
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dir = pl_test_make_temp_dir ();
  server = pl_test_server_start (FALSE);
  add_tests ();
  status = g_test_run ();
  pl_test_server_free (server);
  g_clear_object (&huge);
  g_clear_object (&pulled);
  remove_dir (dir);
  g_free (dir);
  return status;
}
