/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <signal.h>

#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"
#include "pl-versions.h"
#include "test-sync-common.h"

/*
 * The engine's rounds against a real PouchDB Server 4.2.0 on loopback
 * (issue 5, "Done when"): push, pull, merge, conflicts, failures and a
 * server killed mid-push. The live feed is in test-sync-live.c.
 */

/* Upload, open from the server on a second client: identical. */
static void
test_upload_and_open (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(GError) error = NULL;
  Replica a, b;

  replica_init (&a, pl_samples_load (&error), db, "admin", "secret");
  g_assert_no_error (error);
  sync_ok (&a);
  g_assert_cmpuint (pl_sync_engine_get_stats (a.engine)->pushed, >, 50);
  g_assert_cmpint (pl_sync_engine_get_state (a.engine), ==, PL_SYNC_STATE_UP_TO_DATE);

  replica_init (&b, NULL, db, "admin", "secret");
  sync_ok (&b);
  g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pushed, ==, 0);
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_UP_TO_DATE);
  assert_same (a.session, b.session);
  /* The second client's agenda tree is rebuilt from what it pulled. */
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (b.session, PL_TYPE_AGENDA_ITEM)), ==,
                    g_list_model_get_n_items (pl_session_get_records (a.session, PL_TYPE_AGENDA_ITEM)));
  /* Pulled changes are not the user's to undo. */
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (b.session)));

  /* A round with nothing to do: syncing, then up to date, each said
   * once (EXPLICIT_NOTIFY, compare before notify). */
  {
    g_autoptr(PlNotifyCounter) counter = pl_notify_counter_new (G_OBJECT (b.engine));

    sync_ok (&b);
    g_assert_cmpuint (pl_notify_counter_get (counter, "state"), ==, 2);
    g_assert_cmpuint (pl_notify_counter_get (counter, "error-message"), ==, 0);
    g_assert_cmpuint (pl_notify_counter_get (counter, "n-conflicts"), ==, 0);
    g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pulled, ==, 0);
  }

  replica_clear (&a);
  replica_clear (&b);
}

/* Text JSON has but json-glib 1.6's generator does not write: a control
 * character below U+0020 other than the usual escapes (Word's optional
 * hyphen is U+001F, and it comes with pasted text) and a double it prints
 * with an exponent ("1e+22.0"). The push bodies are JSON the server
 * accepts, and the other client gets the same values. */
static void
test_push_text_json_glib_would_garble (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(JsonObject) extra = json_object_new ();
  Replica a, b;
  PlDocument *da;
  PlDocument *db_doc;

  setup_pair (&a, &b, db);

  da = first_document (a.session);
  json_object_set_double_member (extra, "x_page_weight", 1e22);
  pl_record_set_extra (PL_RECORD (da), extra);
  pl_document_set_title (da, "Pro\x1fvisional agenda\x01");

  sync_ok (&a);
  sync_ok (&b);

  db_doc = document (b.session, pl_record_get_id (PL_RECORD (da)));
  g_assert_cmpstr (pl_document_get_title (db_doc), ==, "Pro\x1fvisional agenda\x01");
  g_assert_nonnull (pl_record_get_extra (PL_RECORD (db_doc)));
  g_assert_cmpfloat (json_object_get_double_member (pl_record_get_extra (PL_RECORD (db_doc)), "x_page_weight"), ==,
                     1e22);
  assert_same (a.session, b.session);
  replica_clear (&a);
  replica_clear (&b);
}

/* Edits on two clients, to different records, adds and deletes: both
 * converge. */
static void
test_edits_converge (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(PlDocument) added = pl_document_new ("document:added-on-b");
  Replica a, b;
  PlDocument *da;
  PlRecord *gone;
  g_autofree char *gone_id = NULL;

  setup_pair (&a, &b, db);

  da = first_document (a.session);
  pl_document_set_title (da, "Edited on A");
  pl_document_set_title (added, "Added on B");
  pl_session_add_record (b.session, PL_RECORD (added));
  {
    g_autoptr(PlRecord) last = g_list_model_get_item (pl_session_get_records (b.session, PL_TYPE_DEADLINE), 0);

    gone = last;
    gone_id = g_strdup (pl_record_get_id (gone));
    pl_session_remove_record (b.session, gone);
  }

  sync_ok (&a);
  sync_ok (&b);
  sync_ok (&a);

  assert_same (a.session, b.session);
  g_assert_cmpstr (pl_document_get_title (document (b.session, pl_record_get_id (PL_RECORD (da)))), ==, "Edited on A");
  g_assert_nonnull (pl_session_lookup (a.session, "document:added-on-b"));
  g_assert_null (pl_session_lookup (a.session, gone_id));
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 0);

  /* The server agrees: the deleted record is a tombstone there. */
  {
    g_autofree char *path = g_strdup_printf ("%s/%s", db, gone_id);
    g_autoptr(JsonNode) answer = NULL;
    guint status;

    answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
    g_assert_cmpuint (status, ==, 404);
  }

  replica_clear (&a);
  replica_clear (&b);
}

/* The same field on both ends: the server's value stays, the other is in
 * the conflict list until resolved. */
static void
test_same_field_conflict (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  Replica a, b;
  JsonObject *conflict;
  g_autoptr(GError) error = NULL;

  setup_pair (&a, &b, db);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));

  pl_document_set_title (document (a.session, id), "Title from A");
  pl_document_set_title (document (b.session, id), "Title from B");
  sync_ok (&a);
  sync_ok (&b);

  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 1);
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_CONFLICTS);
  conflict = pl_sync_engine_get_conflict (b.engine, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "_id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "title");
  g_assert_cmpstr (json_object_get_string_member (conflict, "mine"), ==, "Title from B");
  g_assert_cmpstr (json_object_get_string_member (conflict, "theirs"), ==, "Title from A");
  g_assert_cmpstr (pl_document_get_title (document (b.session, id)), ==, "Title from A");

  /* Kept in the file until resolved. */
  {
    g_autofree char *text = pl_session_file_serialize (b.session, NULL);
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), strlen (text));
    g_autoptr(PlSession) reloaded = pl_session_file_load_bytes (bytes, "b.plenary", &error);
    g_autoptr(PlCouchClient) client = pl_test_client_new (server, db, "admin", "secret");
    g_autoptr(PlSyncEngine) engine = NULL;

    g_assert_no_error (error);
    engine = pl_sync_engine_new (reloaded, client);
    g_assert_cmpuint (pl_sync_engine_get_n_conflicts (engine), ==, 1);
  }

  /* Keep mine: B's value goes to the server and to A. */
  g_assert_true (pl_sync_engine_resolve_conflict (b.engine, 0, PL_CONFLICT_KEEP_MINE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 0);
  g_assert_cmpstr (pl_document_get_title (document (b.session, id)), ==, "Title from B");
  /* One undo step (issue 16), as the Conflicts dialog's button is one act. */
  {
    PlHistory *history = pl_session_get_history (b.session);

    g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Resolve Conflict");
    g_assert_true (pl_history_undo (history));
    g_assert_cmpstr (pl_document_get_title (document (b.session, id)), ==, "Title from A");
    g_assert_true (pl_history_redo (history));
    g_assert_cmpstr (pl_document_get_title (document (b.session, id)), ==, "Title from B");
  }
  sync_ok (&b);
  sync_ok (&a);
  g_assert_cmpstr (pl_document_get_title (document (a.session, id)), ==, "Title from B");
  assert_same (a.session, b.session);

  /* Again, and keep theirs this time. */
  pl_document_set_note (document (a.session, id), "Note from A");
  pl_document_set_note (document (b.session, id), "Note from B");
  sync_ok (&a);
  sync_ok (&b);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 1);
  g_assert_true (pl_sync_engine_resolve_conflict (b.engine, 0, PL_CONFLICT_KEEP_THEIRS, &error));
  sync_ok (&b);
  sync_ok (&a);
  g_assert_cmpstr (pl_document_get_note (document (b.session, id)), ==, "Note from A");
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_UP_TO_DATE);
  assert_same (a.session, b.session);

  replica_clear (&a);
  replica_clear (&b);
}

/* Different fields of one record merge silently. */
static void
test_different_fields_merge (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  Replica a, b;

  setup_pair (&a, &b, db);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));

  pl_document_set_title (document (a.session, id), "Title from A");
  pl_document_set_note (document (b.session, id), "Note from B");
  sync_ok (&a);
  sync_ok (&b);
  sync_ok (&a);

  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 0);
  g_assert_cmpstr (pl_document_get_title (document (a.session, id)), ==, "Title from A");
  g_assert_cmpstr (pl_document_get_note (document (a.session, id)), ==, "Note from B");
  assert_same (a.session, b.session);

  replica_clear (&a);
  replica_clear (&b);
}

/* Issue 21: two translators on two versions of one record (French title
 * on A, Spanish note on B) merge; one version (the French note) edited
 * on both is a conflict on that version alone, resolved like a field. */
static void
test_translations_merge_and_conflict (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  Replica a, b;
  PlRecord *ra, *rb;
  JsonObject *conflict;

  setup_pair (&a, &b, db);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));
  ra = PL_RECORD (document (a.session, id));
  rb = PL_RECORD (document (b.session, id));
  pl_document_set_note (PL_DOCUMENT (ra), "A note to translate");
  sync_ok (&a);
  sync_ok (&b);

  pl_versions_set (a.session, ra, "fr", "title", "Titre par A");
  pl_versions_set (b.session, rb, "es", "note", "Nota por B");
  sync_ok (&a);
  sync_ok (&b);
  sync_ok (&a);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 0);
  g_assert_cmpstr (pl_versions_get (ra, "es", "note"), ==, "Nota por B");
  g_assert_cmpstr (pl_versions_get (rb, "fr", "title"), ==, "Titre par A");
  g_assert_cmpint (pl_versions_state (rb, "fr", "title"), ==, PL_VERSION_DONE);
  assert_same (a.session, b.session);

  pl_versions_set (a.session, ra, "fr", "note", "Note par A");
  pl_versions_set (b.session, rb, "fr", "note", "Note par B");
  pl_versions_set (b.session, rb, "ru", "title", "Zagolovok B");
  sync_ok (&a);
  sync_ok (&b);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 1);
  conflict = pl_sync_engine_get_conflict (b.engine, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "i18n.fr.note");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (conflict, "mine"), "text"), ==,
                   "Note par B");
  g_assert_cmpstr (pl_versions_get (rb, "fr", "note"), ==, "Note par A");
  g_assert_cmpstr (pl_versions_get (rb, "ru", "title"), ==, "Zagolovok B");

  g_assert_true (pl_sync_engine_resolve_conflict (b.engine, 0, PL_CONFLICT_KEEP_MINE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_versions_get (rb, "fr", "note"), ==, "Note par B");
  g_assert_cmpstr (pl_versions_get (rb, "ru", "title"), ==, "Zagolovok B");
  sync_ok (&b);
  sync_ok (&a);
  g_assert_cmpstr (pl_versions_get (ra, "fr", "note"), ==, "Note par B");
  g_assert_cmpstr (pl_versions_get (ra, "ru", "title"), ==, "Zagolovok B");
  g_assert_cmpstr (pl_versions_get (ra, "fr", "title"), ==, "Titre par A");
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_UP_TO_DATE);
  assert_same (a.session, b.session);

  replica_clear (&a);
  replica_clear (&b);
}

/* Deleted on one side, edited on the other: a conflict, both ways. */
static void
test_delete_versus_edit (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  Replica a, b;
  JsonObject *conflict;
  g_autoptr(GError) error = NULL;

  setup_pair (&a, &b, db);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));

  /* Delete first: the edit waits in the editor's conflict list. */
  pl_session_remove_record (a.session, pl_session_lookup (a.session, id));
  pl_document_set_title (document (b.session, id), "Edited while deleted");
  sync_ok (&a);
  sync_ok (&b);
  g_assert_null (pl_session_lookup (b.session, id));
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 1);
  conflict = pl_sync_engine_get_conflict (b.engine, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "_deleted");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (conflict, "mine"), "title"),
                   ==, "Edited while deleted");

  /* Keep mine: the record comes back everywhere. */
  g_assert_true (pl_sync_engine_resolve_conflict (b.engine, 0, PL_CONFLICT_KEEP_MINE, &error));
  g_assert_no_error (error);
  sync_ok (&b);
  sync_ok (&a);
  g_assert_nonnull (pl_session_lookup (a.session, id));
  g_assert_cmpstr (pl_document_get_title (document (a.session, id)), ==, "Edited while deleted");
  assert_same (a.session, b.session);

  /* Edit first: the deletion waits in the deleter's conflict list. */
  pl_document_set_title (document (a.session, id), "Edited before the delete");
  pl_session_remove_record (b.session, pl_session_lookup (b.session, id));
  sync_ok (&a);
  sync_ok (&b);
  g_assert_nonnull (pl_session_lookup (b.session, id));
  g_assert_cmpstr (pl_document_get_title (document (b.session, id)), ==, "Edited before the delete");
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (b.engine), ==, 1);
  conflict = pl_sync_engine_get_conflict (b.engine, 0);
  g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "_deleted");
  g_assert_true (json_object_get_boolean_member (conflict, "mine"));

  /* Keep mine: deleted everywhere. */
  g_assert_true (pl_sync_engine_resolve_conflict (b.engine, 0, PL_CONFLICT_KEEP_MINE, &error));
  sync_ok (&b);
  sync_ok (&a);
  g_assert_null (pl_session_lookup (a.session, id));
  assert_same (a.session, b.session);

  replica_clear (&a);
  replica_clear (&b);
}

static void
assert_failure_keeps_edit (Replica     *r,
                           const char  *id,
                           int          code,
                           PlSyncState  state,
                           const char  *in_message)
{
  g_autoptr(GError) error = NULL;
  guint dirty = pl_sync_engine_get_n_dirty (r->engine);

  g_assert_cmpuint (dirty, >, 0);
  g_assert_false (pl_test_sync (r->engine, &error));
  g_assert_error (error, PL_COUCH_ERROR, code);
  g_test_message ("%s", error->message);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));
  g_assert_cmpint (pl_sync_engine_get_state (r->engine), ==, state);
  g_assert_cmpstr (pl_sync_engine_get_error_message (r->engine), ==, error->message);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (r->engine), ==, dirty);
  g_assert_cmpstr (pl_document_get_title (document (r->session, id)), ==, "Unsent edit");
}

static void
test_wrong_password_and_unknown_database (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  Replica a, bad, nodb;

  replica_init (&a, pl_samples_load (&error), db, "admin", "secret");
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));
  pl_document_set_title (document (a.session, id), "Unsent edit");

  replica_init (&bad, g_object_ref (a.session), db, "admin", "not-the-password");
  assert_failure_keeps_edit (&bad, id, PL_COUCH_ERROR_UNAUTHORIZED, PL_SYNC_STATE_ERROR, "admin");
  replica_clear (&bad);

  replica_init (&nodb, g_object_ref (a.session), "no-such-database", "admin", "secret");
  assert_failure_keeps_edit (&nodb, id, PL_COUCH_ERROR_NOT_FOUND, PL_SYNC_STATE_ERROR, "no-such-database");
  replica_clear (&nodb);

  /* And with the right ones, it goes through. */
  sync_ok (&a);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (a.engine), ==, 0);
  replica_clear (&a);
}

static void
test_server_down (void)
{
  g_autofree char *id = NULL;
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  Replica r;

  /* Nobody listens on this port. */
  url = g_strdup_printf ("http://127.0.0.1:%u/", pl_test_free_port ());
  client = pl_couch_client_new (url, "session", &error);
  pl_couch_client_set_credentials (client, "admin", "secret");
  engine = pl_sync_engine_new (session, client);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (session))));
  pl_document_set_title (document (session, id), "Unsent edit");

  r.session = session;
  r.client = client;
  r.engine = engine;
  assert_failure_keeps_edit (&r, id, PL_COUCH_ERROR_OFFLINE, PL_SYNC_STATE_OFFLINE, url);
}

static void
on_stored_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

/* Killed in the middle of a push (SIGKILL), restarted on its disk
 * storage; the client is also "crashed" (its file saved mid-push and
 * reloaded). Nothing is lost, nothing is doubled. */
static void
test_server_killed_mid_push (void)
{
  g_autoptr(PlTestServer) disk = pl_test_server_start (TRUE);
  g_autoptr(PlSession) large = pl_test_generate_large_session (7);
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) reloaded = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gint64 until;
  gboolean first_ok;
  PlSession *sessions[2];

  pl_test_server_setup_db (disk, "killed");

  client = pl_test_client_new (disk, "killed", "admin", "secret");
  engine = pl_sync_engine_new (large, client);

  /* Start the push and kill the server while it is under way. */
  pl_sync_engine_sync_async (engine, NULL, on_stored_cb, &result);
  until = g_get_monotonic_time () + 150 * 1000;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
  pl_test_server_kill (disk);
  until = g_get_monotonic_time () + 40 * G_USEC_PER_SEC;
  while (pl_sync_engine_get_state (engine) == PL_SYNC_STATE_SYNCING && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);

  first_ok = pl_sync_engine_get_state (engine) == PL_SYNC_STATE_UP_TO_DATE;
  g_test_message ("first round: %s (%s)", first_ok ? "finished before the kill" : "cut by the kill",
                  pl_sync_engine_get_error_message (engine));
  /* Cut by the kill: either no server to reach (offline), or an answer
   * the dying server had begun, cut short, which a client cannot tell
   * from an answer a proxy cut (test-sync-faults: an error). */
  if (!first_ok && pl_sync_engine_get_state (engine) != PL_SYNC_STATE_OFFLINE)
    {
      g_assert_cmpint (pl_sync_engine_get_state (engine), ==, PL_SYNC_STATE_ERROR);
      g_assert_nonnull (strstr (pl_sync_engine_get_error_message (engine), "cut short"));
    }

  /* The client "crashes" too: its file as autosave would have it. */
  g_assert_nonnull (result);
  saved = pl_session_file_serialize (large, NULL);
  g_clear_object (&engine);
  bytes = g_bytes_new (saved, strlen (saved));
  reloaded = pl_session_file_load_bytes (bytes, "crashed.plenary", &error);
  g_assert_no_error (error);

  pl_test_server_restart (disk);
  engine = pl_sync_engine_new (reloaded, client);
  g_assert_true (pl_test_sync (engine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (engine), ==, 0);

  /* A second client sees exactly the same. */
  {
    g_autoptr(PlSession) other = pl_session_new_empty ();
    g_autoptr(PlCouchClient) other_client = pl_test_client_new (disk, "killed", "admin", "secret");
    g_autoptr(PlSyncEngine) other_engine = pl_sync_engine_new (other, other_client);

    pl_sync_engine_mark_clean (other_engine);
    g_assert_true (pl_test_sync (other_engine, &error));
    sessions[0] = reloaded;
    sessions[1] = other;
    assert_same (sessions[0], sessions[1]);
    assert_same (large, other);
  }
}

/* Issue 16: records an older client pushed carry members' emails inside
 * the public `delegation`. The secretariat's copy, loaded again, moves
 * them into the secretariat-only `contact` record and pushes the split
 * once: the server's delegation then holds no email. */
static void
test_old_emails_split_once (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "copy.plenary", NULL);
  g_autofree char *doc_path = g_strdup_printf ("%s/delegation:FRA", db);
  g_autofree char *contact_path = g_strdup_printf ("%s/contact:FRA", db);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) put = NULL;
  g_autoptr(JsonNode) delegation = NULL;
  g_autoptr(JsonNode) contact = NULL;
  JsonObject *member, *entry;
  Replica a, b;
  guint status;

  {
    g_autofree char *session_path = g_strdup_printf ("%s/session", db);
    g_autoptr(JsonNode) settings = pl_test_server_admin_request (server, "PUT", session_path,
                                                                 "{\"type\":\"session\",\"title\":\"T\"}",
                                                                 &status);

    g_assert_cmpuint (status, ==, 201);
  }
  put = pl_test_server_admin_request (server, "PUT", doc_path,
                                      "{\"type\":\"delegation\",\"name\":\"France\",\"iso3\":\"FRA\","
                                      "\"category\":\"state_party\",\"present\":true,\"members\":["
                                      "{\"id\":\"m1\",\"name\":\"Jean Dupont\",\"function\":\"head\","
                                      "\"rank\":\"minister\",\"email\":\"jean@example.fr\",\"badge\":\"B-1\"}]}",
                                      &status);
  g_assert_cmpuint (status, ==, 201);

  /* A copy made from the server holds the delegation as it came. */
  replica_init (&a, NULL, db, "admin", "secret");
  sync_ok (&a);
  g_assert_nonnull (pl_session_lookup (a.session, "delegation:FRA"));
  g_clear_object (&a.engine);
  g_assert_true (pl_session_file_save (a.session, path, &error));
  g_assert_no_error (error);
  replica_clear (&a);

  /* Loaded again: split, and pushed. */
  replica_init (&b, pl_session_file_load (path, &error), db, "admin", "secret");
  g_assert_no_error (error);
  g_assert_nonnull (pl_contact_lookup (b.session, "delegation:FRA"));
  sync_ok (&b);
  /* The delegation and the new contact record (and, until issue 16's
   * point 2 is fixed, the settings filled with defaults). */
  g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pushed, >=, 2);
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_UP_TO_DATE);

  delegation = pl_test_server_admin_request (server, "GET", doc_path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  member = json_array_get_object_element (json_object_get_array_member (json_node_get_object (delegation), "members"), 0);
  g_assert_false (json_object_has_member (member, "email"));
  g_assert_cmpstr (json_object_get_string_member (member, "badge"), ==, "B-1");
  contact = pl_test_server_admin_request (server, "GET", contact_path, NULL, &status);
  g_assert_cmpuint (status, ==, 200);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (contact), "type"), ==, "contact");
  entry = json_object_get_object_member (json_object_get_object_member (json_node_get_object (contact), "members"), "m1");
  g_assert_cmpstr (json_object_get_string_member (entry, "email"), ==, "jean@example.fr");

  /* Once: the next round has nothing to send. */
  sync_ok (&b);
  g_assert_cmpuint (pl_sync_engine_get_stats (b.engine)->pushed, ==, 0);

  replica_clear (&b);
}

static void
on_pushed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static guint
server_doc_count (const char *db)
{
  g_autoptr(JsonNode) info = pl_test_server_admin_request (server, "GET", db, NULL, NULL);

  return json_object_get_int_member (json_node_get_object (info), "doc_count");
}

/* Issue 23: a push of more records than three `_bulk_docs` hold (two in
 * flight at once). Two of them are on the server already with the same
 * content (from a first and from the last batch: conflicts that merge
 * silently, fetched after the pass), and two are edited while the push
 * is under way, after the collection of the pass: one whose batch was
 * answered, one of the last batch. The edits are not lost: the records
 * stay dirty, the next round sends them, and a second client sees
 * exactly the first one's session. */
static void
test_push_in_batches (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(JsonObject) docs = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *last_id = NULL;
  g_autofree char *on_server_id = NULL;
  gboolean mid_push;
  Replica a, b;
  guint n = 2500;

  replica_init (&a, pl_samples_load (&error), db, "admin", "secret");
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("document:bulk-%04u", i);
      g_autofree char *title = g_strdup_printf ("Bulk document %u", i);
      g_autoptr(PlDocument) doc = pl_document_new (id);

      pl_document_set_title (doc, title);
      pl_session_add_record (a.session, PL_RECORD (doc));
    }
  first_id = g_strdup ("document:bulk-0001");
  last_id = g_strdup_printf ("document:bulk-%04u", n - 2);
  on_server_id = g_strdup_printf ("document:bulk-%04u", n - 1);

  /* On the server already, as this session has them. */
  docs = pl_test_session_docs (a.session);
  for (guint i = 0; i < 2; i++)
    {
      const char *id = i == 0 ? "document:bulk-0000" : on_server_id;
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), json_object_get_object_member (docs, id));
      g_autofree char *body = json_to_string (node, FALSE);
      g_autofree char *path = g_strdup_printf ("%s/%s", db, id);
      g_autoptr(JsonNode) answer = NULL;
      guint status;

      answer = pl_test_server_admin_request (server, "PUT", path, body, &status);
      g_assert_cmpuint (status, ==, 201);
    }

  pl_sync_engine_sync_async (a.engine, NULL, on_pushed_cb, &result);
  /* The first batch stored: the pass is collected, the others are on
   * their way or waiting. */
  while (result == NULL && server_doc_count (db) < 1000)
    g_main_context_iteration (NULL, FALSE);
  mid_push = result == NULL;
  g_test_message ("edits made %s", mid_push ? "during the push" : "after the round (it was faster)");
  pl_document_set_title (document (a.session, first_id), "Edited during the push (first batch)");
  pl_document_set_title (document (a.session, last_id), "Edited during the push (last batch)");
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pl_sync_engine_sync_finish (a.engine, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);

  sync_ok (&a);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (a.engine), ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_n_conflicts (a.engine), ==, 0);

  replica_init (&b, NULL, db, "admin", "secret");
  sync_ok (&b);
  g_assert_cmpstr (pl_document_get_title (document (b.session, first_id)), ==, "Edited during the push (first batch)");
  g_assert_cmpstr (pl_document_get_title (document (b.session, last_id)), ==, "Edited during the push (last batch)");
  assert_same (a.session, b.session);

  replica_clear (&a);
  replica_clear (&b);
}

static void
add_tests (void)
{
  g_test_add_func ("/sync/upload-and-open", test_upload_and_open);
  g_test_add_func ("/sync/edits-converge", test_edits_converge);
  g_test_add_func ("/sync/push-text-json-glib-would-garble", test_push_text_json_glib_would_garble);
  g_test_add_func ("/sync/same-field-conflict", test_same_field_conflict);
  g_test_add_func ("/sync/different-fields-merge", test_different_fields_merge);
  g_test_add_func ("/sync/translations-merge-and-conflict", test_translations_merge_and_conflict);
  g_test_add_func ("/sync/delete-versus-edit", test_delete_versus_edit);
  g_test_add_func ("/sync/wrong-password-unknown-database", test_wrong_password_and_unknown_database);
  g_test_add_func ("/sync/server-down", test_server_down);
  g_test_add_func ("/sync/server-killed-mid-push", test_server_killed_mid_push);
  g_test_add_func ("/sync/old-emails-split-once", test_old_emails_split_once);
  g_test_add_func ("/sync/push-in-batches", test_push_in_batches);
}

int
main (int    argc,
      char **argv)
{
  return sync_test_main (&argc, &argv, add_tests);
}
