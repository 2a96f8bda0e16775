/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-session.h"
#include "pl-session-file.h"
#include "pl-translatable.h"
#include "pl-versions.h"
#include "pl-xliff.h"

/*
 * Issue 21: language versions of a record's texts (pl-versions.c), the
 * list of texts to translate (pl-translatable.c) and the checks
 * translation.missing / translation.outdated.
 */

static PlSession *
session_with_item (PlAgendaItem **out_item)
{
  PlSession *session = pl_session_new ();
  PlAgenda *agenda = pl_session_get_agenda (session);

  pl_session_settings_set_title (pl_session_get_settings (session), "Tenth session");
  *out_item = pl_agenda_add_item (agenda, NULL, NULL, "Opening of the session");
  pl_agenda_item_set_annotation (*out_item, "The **President** opens the session.");
  return session;
}

static void
test_hash (void)
{
  g_autofree char *empty = pl_versions_hash ("");
  g_autofree char *null = pl_versions_hash (NULL);
  g_autofree char *text = pl_versions_hash ("Opening");

  /* SHA-256 of "" begins e3b0c442 98fc1c14. */
  g_assert_cmpstr (empty, ==, "e3b0c44298fc1c14");
  g_assert_cmpstr (null, ==, empty);
  g_assert_cmpuint (strlen (text), ==, 16);
  g_assert_cmpstr (text, !=, empty);
}

/* Outdated after the original changes, done again once the version is
 * updated; never a stored flag. */
static void
test_state (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  PlRecord *record = PL_RECORD (item);
  gboolean fallback = FALSE;

  g_assert_cmpint (pl_versions_state (record, "fr", "title"), ==, PL_VERSION_MISSING);
  g_assert_null (pl_versions_get (record, "fr", "title"));
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "fr", &fallback), ==, "Opening of the session");
  g_assert_true (fallback);

  pl_versions_set (session, record, "fr", "title", "Ouverture de la session");
  g_assert_cmpint (pl_versions_state (record, "fr", "title"), ==, PL_VERSION_DONE);
  g_assert_cmpstr (pl_versions_get (record, "fr", "title"), ==, "Ouverture de la session");
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "fr", &fallback), ==, "Ouverture de la session");
  g_assert_false (fallback);
  /* Other languages and fields are untouched. */
  g_assert_cmpint (pl_versions_state (record, "es", "title"), ==, PL_VERSION_MISSING);
  g_assert_cmpint (pl_versions_state (record, "fr", "annotation"), ==, PL_VERSION_MISSING);
  /* The original language prints the original, and it is no fallback. */
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "en", &fallback), ==, "Opening of the session");
  g_assert_false (fallback);

  pl_agenda_item_set_title (item, "Opening of the tenth session");
  g_assert_cmpint (pl_versions_state (record, "fr", "title"), ==, PL_VERSION_OUTDATED);
  g_assert_cmpstr (pl_versions_get (record, "fr", "title"), ==, "Ouverture de la session");
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "fr", &fallback), ==, "Opening of the tenth session");
  g_assert_true (fallback);

  pl_versions_set (session, record, "fr", "title", "Ouverture de la dixième session");
  g_assert_cmpint (pl_versions_state (record, "fr", "title"), ==, PL_VERSION_DONE);

  /* Back to the original text the first version translated: the version
   * in place now translates another, and is outdated again. */
  pl_agenda_item_set_title (item, "Opening of the session");
  g_assert_cmpint (pl_versions_state (record, "fr", "title"), ==, PL_VERSION_OUTDATED);

  /* A French original: French prints the original, English needs a version. */
  pl_session_settings_set_original_language (pl_session_get_settings (session), "fr_FR");
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "fr", &fallback), ==, "Opening of the session");
  g_assert_false (fallback);
  g_assert_cmpstr (pl_versions_text_for (session, record, "title", "en", &fallback), ==, "Opening of the session");
  g_assert_true (fallback);

  /* Removing the last version leaves no `i18n` at all. */
  pl_versions_set (session, record, "fr", "title", NULL);
  g_assert_null (pl_record_get_i18n (record));
}

/* An edit is one undo step, and undoing it brings back the state. */
static void
test_undo (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  PlHistory *history = pl_session_get_history (session);
  PlRecord *record = PL_RECORD (item);

  pl_history_clear (history);
  pl_versions_set (session, record, "ar", "title", "افتتاح الدورة");
  pl_versions_set (session, record, "ar", "annotation", "يفتتح **الرئيس** الدورة.");
  g_assert_cmpint (pl_versions_state (record, "ar", "annotation"), ==, PL_VERSION_DONE);

  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_versions_state (record, "ar", "annotation"), ==, PL_VERSION_MISSING);
  g_assert_cmpint (pl_versions_state (record, "ar", "title"), ==, PL_VERSION_DONE);
  g_assert_true (pl_history_undo (history));
  g_assert_cmpint (pl_versions_state (record, "ar", "title"), ==, PL_VERSION_MISSING);
  g_assert_null (pl_record_get_i18n (record));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_true (pl_history_redo (history));
  g_assert_cmpstr (pl_versions_get (record, "ar", "title"), ==, "افتتاح الدورة");
}

/* The file keeps the versions with their sources; a record without any
 * is written without `i18n`. */
static void
test_file_round_trip (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  g_autoptr(PlSession) copy = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PlRecord *again;
  PlAgendaItem *second = pl_agenda_add_item (pl_session_get_agenda (session), NULL, NULL, "Adoption of the agenda");

  pl_versions_set (session, PL_RECORD (item), "fr", "title", "Ouverture de la session");
  pl_versions_set (session, PL_RECORD (pl_session_get_settings (session)), "zh", "title", "第十届会议");
  pl_agenda_item_set_title (item, "Opening of the tenth session");

  text = pl_session_file_serialize (session, NULL);
  g_assert_nonnull (strstr (text, "\"i18n\""));
  bytes = g_bytes_new (text, strlen (text));
  copy = pl_session_file_load_bytes (bytes, "round-trip.plenary", &error);
  g_assert_no_error (error);

  again = pl_session_lookup (copy, pl_record_get_id (PL_RECORD (item)));
  g_assert_cmpstr (pl_versions_get (again, "fr", "title"), ==, "Ouverture de la session");
  g_assert_cmpint (pl_versions_state (again, "fr", "title"), ==, PL_VERSION_OUTDATED);
  g_assert_cmpint (pl_versions_state (PL_RECORD (pl_session_get_settings (copy)), "zh", "title"), ==, PL_VERSION_DONE);
  again = pl_session_lookup (copy, pl_record_get_id (PL_RECORD (second)));
  g_assert_null (pl_record_get_i18n (again));
  {
    g_autofree char *text2 = pl_session_file_serialize (copy, NULL);

    g_assert_cmpstr (text2, ==, text);
  }
}

static void
test_translatables (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  g_autoptr(GPtrArray) list = pl_translatables_list (session);
  g_auto(GStrv) languages = pl_session_settings_dup_issue_languages (pl_session_get_settings (session));
  guint total, done, outdated;
  PlTranslatable *first;

  g_assert_cmpstrv (languages, ((const char *[]) { "ar", "zh", "en", "fr", "ru", "es", NULL }));
  /* The session's body short name and title, then the item's title and
   * annotation (its short title is empty). */
  g_assert_cmpuint (list->len, ==, 4);
  first = g_ptr_array_index (list, 2);
  g_assert_true (pl_translatable_get_record (first) == PL_RECORD (item));
  g_assert_cmpstr (pl_translatable_get_field (first), ==, "title");
  g_assert_cmpstr (pl_translatable_get_original (first), ==, "Opening of the session");
  g_assert_cmpstr (pl_translatable_get_context (first), ==, "Item 1, title");

  pl_versions_set (session, PL_RECORD (item), "fr", "title", "Ouverture");
  pl_versions_set (session, PL_RECORD (item), "fr", "annotation", "Le **Président** ouvre la session.");
  pl_agenda_item_set_annotation (item, "The President opens the session.");
  pl_translatables_progress (session, "fr", &total, &done, &outdated);
  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (done, ==, 1);
  g_assert_cmpuint (outdated, ==, 1);
}

static guint
count_findings (GListStore *findings,
                const char *code,
                const char *subject,
                const char *needle)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (pl_finding_get_code (finding), code) &&
          (subject == NULL || g_strcmp0 (pl_finding_get_subject (finding), subject) == 0) &&
          (needle == NULL || strstr (pl_finding_get_message (finding), needle) != NULL))
        n++;
    }
  return n;
}

/* One finding per record and language, the fields in words; only the
 * issue languages, never the original's. */
static void
test_checks (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  const char *id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GListStore) before = pl_check_session (session);
  g_autoptr(GListStore) after = NULL;
  g_autoptr(GListStore) outdated = NULL;
  g_autoptr(GListStore) fewer = NULL;
  g_autoptr(JsonNode) two = json_from_string ("[\"fr\", \"en\"]", NULL);

  /* Five languages besides English, one finding each. */
  g_assert_cmpuint (count_findings (before, "translation.missing", id, NULL), ==, 5);
  g_assert_cmpuint (count_findings (before, "translation.missing", id, "title and annotation"), ==, 5);
  g_assert_cmpuint (count_findings (before, "translation.missing", id, "English version"), ==, 0);

  pl_versions_set (session, PL_RECORD (item), "fr", "title", "Ouverture");
  after = pl_check_session (session);
  g_assert_cmpuint (count_findings (after, "translation.missing", id, NULL), ==, 5);
  g_assert_cmpuint (count_findings (after, "translation.missing", id, "French version of the annotation"), ==, 1);

  pl_versions_set (session, PL_RECORD (item), "fr", "annotation", "Le Président ouvre la session.");
  pl_agenda_item_set_title (item, "Opening of the tenth session");
  outdated = pl_check_session (session);
  g_assert_cmpuint (count_findings (outdated, "translation.missing", id, NULL), ==, 4);
  g_assert_cmpuint (count_findings (outdated, "translation.outdated", id, "French version of the title"), ==, 1);

  pl_session_settings_set_issue_languages (pl_session_get_settings (session), two);
  fewer = pl_check_session (session);
  g_assert_cmpuint (count_findings (fewer, "translation.missing", id, NULL), ==, 0);
  g_assert_cmpuint (count_findings (fewer, "translation.outdated", id, NULL), ==, 1);
}

/* A conflict on one version (pl-sync-merge.c names it by its path) is
 * reported in words. */
static void
test_conflict_finding (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  g_autofree char *json = g_strdup_printf ("{\"conflicts\":[{\"_id\":\"%s\",\"field\":\"i18n.fr.short_title\","
                                           "\"mine\":{\"text\":\"A\",\"source\":\"x\"},"
                                           "\"theirs\":{\"text\":\"B\",\"source\":\"x\"}}]}",
                                           pl_record_get_id (PL_RECORD (item)));
  g_autoptr(JsonNode) state = json_from_string (json, NULL);
  g_autoptr(GListStore) findings = NULL;

  pl_session_set_sync_state (session, json_node_get_object (state));
  findings = pl_check_session (session);
  g_assert_cmpuint (count_findings (findings, "sync.conflict", pl_record_get_id (PL_RECORD (item)),
                                    "The French version of the short title of"), ==, 1);
}

/* Replaces the first occurrence of @from after @after in @text. */
static char *
replace_after (const char *text,
               const char *after,
               const char *from,
               const char *to)
{
  const char *start = strstr (text, after);
  const char *at;

  g_assert_nonnull (start);
  at = strstr (start, from);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* An import is one undo step; a malformed file changes nothing. */
static void
test_xliff_undo (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  g_autofree char *dir = g_dir_make_tmp ("test-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fr.xlf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *unit = g_strdup_printf ("id=\"%s#annotation\"", pl_record_get_id (PL_RECORD (item)));
  PlHistory *history = pl_session_get_history (session);

  g_assert_true (pl_xliff_write (session, "fr", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  one = replace_after (text, "id=\"session#title\"", "<target state=\"new\"/>",
                       "<target state=\"translated\">Dixième session</target>");
  two = replace_after (one, unit, "<target state=\"new\"/>",
                       "<target state=\"translated\">Le **Président** ouvre la session.</target>");
  g_assert_true (g_file_set_contents (path, two, -1, NULL));

  pl_history_clear (history);
  g_assert_true (pl_xliff_read (session, path, "fr", &refused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused->len, ==, 0);
  g_assert_cmpstr (pl_versions_get (PL_RECORD (pl_session_get_settings (session)), "fr", "title"), ==,
                   "Dixième session");
  g_assert_cmpstr (pl_versions_get (PL_RECORD (item), "fr", "annotation"), ==, "Le **Président** ouvre la session.");
  g_assert_cmpint (pl_versions_state (PL_RECORD (item), "fr", "annotation"), ==, PL_VERSION_DONE);

  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_null (pl_versions_get (PL_RECORD (pl_session_get_settings (session)), "fr", "title"));
  g_assert_null (pl_versions_get (PL_RECORD (item), "fr", "annotation"));

  /* Cut short: nothing changes, nothing to undo. */
  g_assert_true (g_file_set_contents (path, two, strlen (two) / 2, NULL));
  g_clear_pointer (&refused, g_ptr_array_unref);
  g_assert_false (pl_xliff_read (session, path, "fr", &refused, &error));
  g_assert_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_MALFORMED);
  g_assert_null (refused);
  g_assert_null (pl_versions_get (PL_RECORD (pl_session_get_settings (session)), "fr", "title"));
  g_assert_false (pl_history_get_can_undo (history));

  g_unlink (path);
  g_rmdir (dir);
}

/* Text JSON holds but XML 1.0 cannot (a control character pasted with
 * Word's text): the file stays well-formed, and its units still match. */
static void
test_xliff_control_characters (void)
{
  PlAgendaItem *item;
  g_autoptr(PlSession) session = session_with_item (&item);
  g_autofree char *dir = g_dir_make_tmp ("test-versions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ar.xlf", NULL);
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *anchor = NULL;

  pl_agenda_item_set_title (item, "Pro\x1fvisional\x01 agenda");
  g_assert_true (pl_xliff_write (session, "ar", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  anchor = g_strdup_printf ("id=\"%s#title\"", pl_record_get_id (PL_RECORD (item)));
  edited = replace_after (text, anchor, "<target state=\"new\"/>",
                          "<target state=\"translated\">جدول الأعمال المؤقت</target>");
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
  g_assert_true (pl_xliff_read (session, path, "ar", &refused, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refused->len, ==, 0);
  g_assert_cmpint (pl_versions_state (PL_RECORD (item), "ar", "title"), ==, PL_VERSION_DONE);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/versions/hash", test_hash);
  g_test_add_func ("/versions/state", test_state);
  g_test_add_func ("/versions/undo", test_undo);
  g_test_add_func ("/versions/file-round-trip", test_file_round_trip);
  g_test_add_func ("/versions/translatables", test_translatables);
  g_test_add_func ("/versions/checks", test_checks);
  g_test_add_func ("/versions/conflict-finding", test_conflict_finding);
  g_test_add_func ("/versions/xliff-undo", test_xliff_undo);
  g_test_add_func ("/versions/xliff-control-characters", test_xliff_control_characters);

  return g_test_run ();
}
