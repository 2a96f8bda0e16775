/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-json-text.h"
#include "pl-samples.h"
#include "pl-sync-setup.h"
#include "pl-test-support.h"
#include "test-sync-common.h"

/*
 * The live engine against a real PouchDB Server 4.2.0 on loopback: the
 * long poll, offline and back, a database made again, held fields, the
 * delegates' database and the registry. The rounds are in test-sync.c.
 */

typedef struct
{
  PlSession  *session;
  const char *id;
  const char *title;
} TitleWait;

static gboolean
has_title (gpointer data)
{
  TitleWait *wait = data;
  PlDocument *doc = document (wait->session, wait->id);

  return doc != NULL && g_strcmp0 (pl_document_get_title (doc), wait->title) == 0;
}


/* Live: a long-poll update from one client reaches the other. The long
 * poll outlives the server's heartbeats and its ignored timeout. */
static void
test_long_poll (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  Replica a, b;
  TitleWait wait;
  gint64 start, elapsed;

  setup_pair (&a, &b, db);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));

  /* A short limit: the polls end on our side, PouchDB Server ignoring
   * the timeout it was sent; the loop must go on regardless. */
  pl_sync_engine_set_long_poll_timeout (a.engine, 2);
  pl_sync_engine_set_long_poll_timeout (b.engine, 2);
  pl_sync_engine_start (a.engine);
  pl_sync_engine_start (b.engine);
  g_assert_true (pl_test_wait_for (is_up_to_date, a.engine, 10000));
  g_assert_true (pl_test_wait_for (is_up_to_date, b.engine, 10000));

  /* Idle across several poll limits: still up to date, no error. */
  {
    gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE), g_usleep (2000);
  }
  g_assert_cmpint (pl_sync_engine_get_state (b.engine), ==, PL_SYNC_STATE_UP_TO_DATE);

  /* The edit is local: when it returns A has it and counts it to push,
   * while the server does not have it yet (nothing was sent during the
   * call, though A's long poll is pending on the server); the engine
   * pushes it from the main loop. */
  start = g_get_monotonic_time ();
  pl_document_set_title (document (a.session, id), "Live edit");
  g_assert_cmpstr (pl_document_get_title (document (a.session, id)), ==, "Live edit");
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (a.engine), ==, 1);
  {
    g_autofree char *path = g_strdup_printf ("%s/%s", db, id);
    g_autoptr(JsonNode) answer = NULL;
    guint status;

    answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (answer), "title"), !=, "Live edit");
  }
  wait.session = b.session;
  wait.id = id;
  wait.title = "Live edit";
  g_assert_true (pl_test_wait_for (has_title, &wait, 10000));
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("edit on A reached B in %.1f ms (figure for bench-sync, not asserted)", elapsed / 1000.0);
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (b.session)));

  pl_sync_engine_stop (a.engine);
  pl_sync_engine_stop (b.engine);
  replica_clear (&a);
  replica_clear (&b);
}

/* Issue 16, point 9: _changes comes a page at a time, in a round and in
 * the long poll alike. Pages of 3 rows: the second client's first round
 * reads the whole session in many pages; then seven edits at once reach
 * it live, over several polls. */
typedef struct
{
  PlSession  *session;
  GPtrArray  *ids;
  const char *title;
} TitlesWait;

static gboolean
has_titles (gpointer data)
{
  TitlesWait *wait = data;

  for (guint i = 0; i < wait->ids->len; i++)
    {
      PlDocument *doc = document (wait->session, g_ptr_array_index (wait->ids, i));

      if (doc == NULL || g_strcmp0 (pl_document_get_title (doc), wait->title) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
test_changes_in_pages (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *documents;
  Replica a, b;
  TitlesWait wait;

  g_setenv ("PLENARY_CHANGES_PAGE", "3", TRUE);
  setup_pair (&a, &b, db);
  g_assert_cmpuint (pl_couch_client_get_changes_page (b.client), ==, 3);
  assert_same (a.session, b.session);

  pl_sync_engine_set_long_poll_timeout (b.engine, 5);
  pl_sync_engine_start (b.engine);
  g_assert_true (pl_test_wait_for (is_up_to_date, b.engine, 10000));

  documents = pl_session_get_records (a.session, PL_TYPE_DOCUMENT);
  g_assert_cmpuint (g_list_model_get_n_items (documents), >=, 7);
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(PlDocument) doc = g_list_model_get_item (documents, i);

      g_ptr_array_add (ids, g_strdup (pl_record_get_id (PL_RECORD (doc))));
      pl_document_set_title (doc, "Paged edit");
    }
  sync_ok (&a);

  wait.session = b.session;
  wait.ids = ids;
  wait.title = "Paged edit";
  g_assert_true (pl_test_wait_for (has_titles, &wait, 20000));
  pl_sync_engine_stop (b.engine);
  assert_same (a.session, b.session);

  g_unsetenv ("PLENARY_CHANGES_PAGE");
  replica_clear (&a);
  replica_clear (&b);
}

typedef struct
{
  const char *db;
  const char *id;
} RequestWait;

static gboolean
request_arrived (gpointer user_data)
{
  RequestWait *wait = user_data;
  g_autofree char *path = g_strdup_printf ("%s/%s", wait->db, wait->id);
  g_autoptr(JsonNode) answer = NULL;
  guint status;

  answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
  return status == 200;
}

/* A delegate may only ask for the floor: the server refuses the rest,
 * the engine says so plainly and does not retry forever. The delegate's
 * client works on the delegates' database, which the server fills from
 * the secretariat's (and whose requests go back to it). */
static void
test_delegate_refused (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(PlSpeakerRequest) request = pl_speaker_request_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *delegates = pl_sync_delegates_database (db);
  RequestWait wait = { NULL, NULL };
  Replica sec, del;

  pl_test_server_add_user (server, "secretary", "pw-sec", "[\"secretariat\"]");
  pl_test_server_add_user (server, "delegate-fra", "pw-del", "[\"delegate\", \"delegation:FRA\"]");

  replica_init (&sec, pl_samples_load (&error), db, "secretary", "pw-sec");
  {
    /* Requests to speak name a registered member (issue 18); the
     * secretariat's sync publishes the registry. */
    g_autoptr(PlDelegation) france = pl_test_delegation (sec.session, "delegation:FRA");
    g_autoptr(JsonNode) members = json_from_string ("[{\"id\":\"m-durand\",\"name\":\"Mr. Durand\","
                                                    "\"function\":\"head\",\"rank\":\"ambassador\"}]", NULL);

    /* The sample registers France (issue 22): its member is added. */
    g_assert_cmpstr (pl_delegation_get_name (france), ==, "France");
    pl_delegation_set_members (france, members);
  }
  sync_ok (&sec);
  pl_test_server_wait_for_delegates (server, db);
  replica_init (&del, NULL, db, "delegate-fra", "pw-del");
  sync_ok (&del);
  g_assert_cmpstr (pl_couch_client_get_remote_database (del.client), ==, delegates);
  g_assert_cmpstr (pl_couch_client_get_remote_database (sec.client), ==, db);
  g_assert_true (g_strv_contains (pl_couch_client_get_roles (del.client), "delegation:FRA"));
  /* The file still names the session's database. */
  g_assert_cmpstr (pl_couch_client_get_database (del.client), ==, db);
  assert_same (sec.session, del.session);
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (del.session))));

  pl_document_set_title (document (del.session, id), "A delegate's edit");
  pl_speaker_request_set_delegation (request, "delegation:FRA");
  pl_speaker_request_set_member (request, "m-durand");
  pl_speaker_request_set_person (request, "Mr. Durand");
  pl_speaker_request_set_rank (request, PL_RANK_AMBASSADOR);
  pl_speaker_request_set_requested_by (request, "delegate-fra");
  pl_session_add_record (del.session, PL_RECORD (request));

  g_assert_true (pl_test_sync (del.engine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pl_sync_engine_get_stats (del.engine)->pushed, ==, 1);
  g_assert_cmpuint (pl_sync_engine_get_stats (del.engine)->refused, ==, 1);
  g_assert_cmpint (pl_sync_engine_get_state (del.engine), ==, PL_SYNC_STATE_ERROR);
  g_assert_nonnull (strstr (pl_sync_engine_get_error_message (del.engine), id));
  g_assert_nonnull (strstr (pl_sync_engine_get_error_message (del.engine), "delegate"));
  g_test_message ("%s", pl_sync_engine_get_error_message (del.engine));
  /* The local edit is still there. */
  g_assert_cmpstr (pl_document_get_title (document (del.session, id)), ==, "A delegate's edit");

  /* Not retried by itself. */
  g_assert_true (pl_test_sync (del.engine, &error));
  g_assert_cmpuint (pl_sync_engine_get_stats (del.engine)->refused, ==, 0);
  g_assert_cmpuint (pl_sync_engine_get_stats (del.engine)->pushed, ==, 0);
  g_assert_cmpint (pl_sync_engine_get_state (del.engine), ==, PL_SYNC_STATE_ERROR);

  /* The request to speak reaches the secretariat's database; the edit
   * does not. */
  wait.db = db;
  wait.id = pl_record_get_id (PL_RECORD (request));
  g_assert_true (pl_test_wait_for (request_arrived, &wait, 60000));
  sync_ok (&sec);
  g_assert_nonnull (pl_session_lookup (sec.session, wait.id));
  g_assert_cmpstr (pl_document_get_title (document (sec.session, id)), !=, "A delegate's edit");

  replica_clear (&sec);
  replica_clear (&del);
}

static gboolean
is_offline (gpointer data)
{
  return pl_sync_engine_get_state (data) == PL_SYNC_STATE_OFFLINE;
}

/* Live and offline: edits go on locally at once, the engine retries with
 * backoff, and when the server appears everything is pushed. */
static void
test_live_offline_then_online (void)
{
  guint16 port = pl_test_free_port ();
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlCouchClient) client = pl_couch_client_new (url, "late", &error);
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GSubprocess) proxy = NULL;
  PlDocument *doc;

  g_assert_no_error (error);
  pl_couch_client_set_credentials (client, "admin", "secret");
  engine = pl_sync_engine_new (session, client);
  pl_sync_engine_start (engine);
  g_assert_true (pl_test_wait_for (is_offline, engine, 10000));
  g_assert_nonnull (strstr (pl_sync_engine_get_error_message (engine), url));

  /* Editing offline is local: the edit is applied and undoable at once,
   * and it reaches for no server. A socket listens on the server's port
   * while the edit is made and never answers, so that a request made
   * during the edit (or waited for: the call would hang) would be a
   * connection waiting on it; none is. The engine's retries come from
   * its backoff timer, on the main loop, which does not run here. */
  {
    g_autoptr(GSocket) listener = NULL;
    g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
    g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, port);

    listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
    g_assert_no_error (error);
    g_assert_true (g_socket_bind (listener, address, TRUE, &error));
    g_assert_no_error (error);
    g_assert_true (g_socket_listen (listener, &error));
    g_assert_no_error (error);

    doc = first_document (session);
    pl_document_set_title (doc, "Written offline");
    g_assert_cmpstr (pl_document_get_title (doc), ==, "Written offline");
    g_assert_true (pl_history_get_can_undo (pl_session_get_history (session)));
    g_assert_cmpint (g_socket_condition_check (listener, G_IO_IN) & G_IO_IN, ==, 0);
    g_assert_cmpint (pl_sync_engine_get_state (engine), ==, PL_SYNC_STATE_OFFLINE);
    g_assert_true (g_socket_close (listener, &error));
    g_assert_no_error (error);
  }

  /* The server comes up on that port, its database already there (a
   * pass-through proxy in front of the suite's server, so that the port
   * opens with everything in place); the backoff (1 s, 2 s, 4 s...)
   * finds it. */
  pl_test_server_setup_db (server, "late");
  {
    const char *root = g_getenv ("PLENARY_SOURCE_ROOT");
    g_autofree char *script = g_build_filename (root, "tests", "server", "faulty-proxy.py", NULL);
    g_autofree char *port_text = g_strdup_printf ("%u", port);
    g_autofree char *upstream = g_strdup_printf ("%u", pl_test_server_get_port (server));
    g_autoptr(GDataInputStream) out = NULL;
    g_autofree char *line = NULL;

    proxy = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "python3", script,
                              "--port", port_text, "--upstream", upstream, "--mode", "pass", NULL);
    g_assert_no_error (error);
    out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proxy));
    line = g_data_input_stream_read_line (out, NULL, NULL, &error);
    g_assert_cmpstr (line, ==, "ready");
  }
  g_assert_true (pl_test_wait_for (is_up_to_date, engine, 70000));
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (engine), ==, 0);

  {
    g_autofree char *path = g_strdup_printf ("late/%s", pl_record_get_id (PL_RECORD (doc)));
    g_autoptr(JsonNode) answer = NULL;
    guint status;

    answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (answer), "title"), ==, "Written offline");
  }
  pl_sync_engine_stop (engine);
  g_subprocess_force_exit (proxy);
  g_subprocess_wait (proxy, NULL, NULL);
}

/* Issue 16, point 4: the server's database is deleted and made again
 * while a client is live. Its next edit is based on a rev the new
 * database never saw: it must arrive (not loop through conflict and
 * _all_docs), and so must every other record the server lost. */
typedef struct
{
  const char *db;
  const char *id;
  const char *title;
  guint       n_records;
} ServerWait;

static gboolean
server_has_everything (gpointer data)
{
  ServerWait *wait = data;
  g_autofree char *doc_path = NULL;
  g_autofree char *all_path = g_strdup_printf ("%s/_all_docs", wait->db);
  g_autoptr(JsonNode) doc = NULL;
  g_autoptr(JsonNode) all = NULL;
  g_autofree char *escaped = g_uri_escape_string (wait->id, NULL, FALSE);
  guint status = 0;

  doc_path = g_strdup_printf ("%s/%s", wait->db, escaped);
  doc = pl_test_server_admin_request (server, "GET", doc_path, NULL, &status);
  if (status != 200 || doc == NULL ||
      g_strcmp0 (pl_json_object_get_string (json_node_get_object (doc), "title", NULL), wait->title) != 0)
    return FALSE;
  all = pl_test_server_admin_request (server, "GET", all_path, NULL, &status);
  /* The records, and the design document. */
  return status == 200 && all != NULL &&
         json_array_get_length (json_object_get_array_member (json_node_get_object (all), "rows")) ==
         wait->n_records + 1;
}

static void
test_live_recreated_database (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  ServerWait wait = { db, NULL, "Edited after the database was made again", 0 };
  const GType *types;
  guint n_types;
  guint status = 0;
  guint n_relaunches;
  Replica a;

  replica_init (&a, pl_samples_load (&error), db, "admin", "secret");
  g_assert_no_error (error);
  sync_ok (&a);
  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    wait.n_records += g_list_model_get_n_items (pl_session_get_records (a.session, types[t]));
  id = g_strdup (pl_record_get_id (PL_RECORD (first_document (a.session))));
  wait.id = id;

  pl_sync_engine_start (a.engine);
  g_assert_true (pl_test_wait_for (is_up_to_date, a.engine, 10000));

  n_relaunches = pl_test_server_get_n_relaunches (server);
  {
    g_autoptr(JsonNode) answer = pl_test_server_admin_request (server, "DELETE", db, NULL, &status);

    g_assert_cmpuint (status, ==, 200);
  }
  pl_test_server_setup_db (server, db);
  if (pl_test_server_get_n_relaunches (server) != n_relaunches)
    {
      /* PouchDB Server 4.2.0 may die of deleting a database whose long
       * poll is open (express-pouchdb's routes/changes.js:62): started
       * again, it has forgotten this client's login, which the client
       * then reports instead of the database made again. Not this
       * test's case. */
      g_test_skip ("PouchDB Server died of its defect on the DELETE and was started again");
      pl_sync_engine_stop (a.engine);
      replica_clear (&a);
      return;
    }

  pl_document_set_title (document (a.session, id), wait.title);
  g_assert_true (pl_test_wait_for (server_has_everything, &wait, 20000));
  g_assert_true (pl_test_wait_for (is_up_to_date, a.engine, 10000));
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (a.engine), ==, 0);

  pl_sync_engine_stop (a.engine);
  replica_clear (&a);
}

/* ------------------------------------------------------------------ */
/* Two clerks typing in one field at once (issue 16, point 5)          */

typedef struct
{
  Replica    *replica;
  const char *id;
  const char *text;
  guint       typed;
} Typist;

static PlAgendaItem *
agenda_item (PlSession  *session,
             const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);

  g_assert_true (PL_IS_AGENDA_ITEM (record));
  return PL_AGENDA_ITEM (record);
}

/* One keystroke, as a text entry makes it: the first replaces the
 * selected title, each next one goes after what the field shows. */
static void
type_key (Typist *typist)
{
  PlAgendaItem *item = agenda_item (typist->replica->session, typist->id);
  g_autofree char *text = NULL;

  if (typist->text[typist->typed] == '\0')
    return;
  if (typist->typed == 0)
    pl_sync_engine_hold_field (typist->replica->engine, typist->id, "title");
  text = g_strdup_printf ("%s%c", typist->typed == 0 ? "" : pl_agenda_item_get_title (item),
                          typist->text[typist->typed]);
  pl_agenda_item_set_title (item, text);
  typist->typed++;
}

/* The pace of a person typing: the two live engines talk meanwhile. */
static void
run_loop_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

typedef struct
{
  Replica    *a;
  Replica    *b;
  const char *id;
} PairWait;

static gboolean
engine_settled (PlSyncEngine *engine)
{
  PlSyncState state = pl_sync_engine_get_state (engine);

  return (state == PL_SYNC_STATE_UP_TO_DATE || state == PL_SYNC_STATE_CONFLICTS) &&
         pl_sync_engine_get_n_dirty (engine) == 0;
}

static gboolean
titles_converged (gpointer data)
{
  PairWait *wait = data;

  return engine_settled (wait->a->engine) && engine_settled (wait->b->engine) &&
         g_strcmp0 (pl_agenda_item_get_title (agenda_item (wait->a->session, wait->id)),
                    pl_agenda_item_get_title (agenda_item (wait->b->session, wait->id))) == 0;
}

/* Both online, both typing in the same item's title, live: the field
 * being typed in is held (the app holds it during a burst of typing), so
 * no remote value lands under the cursor and no half-typed word is sent;
 * when the typing ends the three-way merge decides. The result is one of
 * the two texts on both sides, the other kept in a conflict: never a mix
 * of the two. */
static void
test_typing_in_one_field_live (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *id = NULL;
  g_autoptr(PlAgendaItem) first = NULL;
  const char *text_a = "Organizational matters (A while B types)";
  const char *text_b = "Typed slowly by B";
  const char *final, *other;
  Replica a, b;
  Typist ta, tb;
  PairWait wait;
  guint n_conflicts = 0;

  setup_pair (&a, &b, db);
  first = g_list_model_get_item (pl_session_get_records (a.session, PL_TYPE_AGENDA_ITEM), 0);
  id = g_strdup (pl_record_get_id (PL_RECORD (first)));

  pl_sync_engine_set_long_poll_timeout (a.engine, 2);
  pl_sync_engine_set_long_poll_timeout (b.engine, 2);
  pl_sync_engine_start (a.engine);
  pl_sync_engine_start (b.engine);
  g_assert_true (pl_test_wait_for (is_up_to_date, a.engine, 10000));
  g_assert_true (pl_test_wait_for (is_up_to_date, b.engine, 10000));

  ta = (Typist) { &a, id, text_a, 0 };
  tb = (Typist) { &b, id, text_b, 0 };
  while (text_a[ta.typed] != '\0' || text_b[tb.typed] != '\0')
    {
      type_key (&ta);
      run_loop_for (15);
      /* B types at half A's pace. */
      if (ta.typed % 2 == 0)
        type_key (&tb);
      run_loop_for (15);
    }
  /* Each held field stays as its clerk typed it. */
  g_assert_cmpstr (pl_agenda_item_get_title (agenda_item (a.session, id)), ==, text_a);
  g_assert_cmpstr (pl_agenda_item_get_title (agenda_item (b.session, id)), ==, text_b);

  /* A stops typing first, then B. */
  pl_sync_engine_release_field (a.engine, id, "title");
  run_loop_for (200);
  pl_sync_engine_release_field (b.engine, id, "title");

  wait = (PairWait) { &a, &b, id };
  g_assert_true (pl_test_wait_for (titles_converged, &wait, 20000));

  final = pl_agenda_item_get_title (agenda_item (a.session, id));
  g_test_message ("converged on “%s”", final);
  g_assert_true (g_str_equal (final, text_a) || g_str_equal (final, text_b));
  other = g_str_equal (final, text_a) ? text_b : text_a;

  /* The other text waits in a conflict, on the side that typed it. */
  for (guint side = 0; side < 2; side++)
    {
      PlSyncEngine *engine = side == 0 ? a.engine : b.engine;

      for (guint i = 0; i < pl_sync_engine_get_n_conflicts (engine); i++)
        {
          JsonObject *conflict = pl_sync_engine_get_conflict (engine, i);

          g_assert_cmpstr (json_object_get_string_member (conflict, "_id"), ==, id);
          g_assert_cmpstr (json_object_get_string_member (conflict, "field"), ==, "title");
          g_assert_cmpstr (json_object_get_string_member (conflict, "mine"), ==, other);
          g_assert_cmpstr (json_object_get_string_member (conflict, "theirs"), ==, final);
          g_assert_true (engine == (other == text_a ? a.engine : b.engine));
          n_conflicts++;
        }
    }
  g_assert_cmpuint (n_conflicts, ==, 1);

  /* And the server holds the same. */
  {
    g_autofree char *path = g_strdup_printf ("%s/%s", db, id);
    g_autoptr(JsonNode) answer = NULL;
    guint status;

    answer = pl_test_server_admin_request (server, "GET", path, NULL, &status);
    g_assert_cmpuint (status, ==, 200);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (answer), "title"), ==, final);
  }

  pl_sync_engine_stop (a.engine);
  pl_sync_engine_stop (b.engine);
  replica_clear (&a);
  replica_clear (&b);
}

typedef struct
{
  const char *path;     /* db-delegates/_security or …/_design/plenary */
  const char *rank;     /* the rank wanted for delegation:FRA's m-durand */
} RegistryWait;

static gboolean
registry_has (gpointer user_data)
{
  RegistryWait *wait = user_data;
  g_autoptr(JsonNode) answer = NULL;
  JsonObject *object;
  guint status;

  answer = pl_test_server_admin_request (server, "GET", wait->path, NULL, &status);
  if (status != 200 || answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    return FALSE;
  object = json_node_get_object (answer);
  if (!json_object_has_member (object, "plenary"))
    return FALSE;
  object = json_object_get_object_member (object, "plenary");
  if (!json_object_has_member (object, "members"))
    return FALSE;
  object = json_object_get_object_member (object, "members");
  if (!json_object_has_member (object, "delegation:FRA"))
    return FALSE;
  object = json_object_get_object_member (object, "delegation:FRA");
  return json_object_has_member (object, "m-durand")
         && g_strcmp0 (json_object_get_string_member (object, "m-durand"), wait->rank) == 0;
}

/* Issue 18: the secretariat's live client publishes the registered
 * members into the delegates' database on connect, and again when a
 * delegation it pushed changed them. */
static void
test_registry_live (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *delegates = pl_sync_delegates_database (db);
  g_autofree char *security = g_strdup_printf ("%s/_security", delegates);
  g_autofree char *design = g_strdup_printf ("%s/_design/plenary", delegates);
  g_autoptr(PlDelegation) france = pl_delegation_new ("delegation:FRA");
  g_autoptr(JsonNode) members = json_from_string ("[{\"id\":\"m-durand\",\"name\":\"Mr. Durand\","
                                                  "\"function\":\"head\",\"rank\":\"ambassador\"}]", NULL);
  g_autoptr(JsonNode) raised = json_from_string ("[{\"id\":\"m-durand\",\"name\":\"Mr. Durand\","
                                                 "\"function\":\"head\",\"rank\":\"minister\"}]", NULL);
  RegistryWait wait = { security, "ambassador" };
  Replica sec;

  pl_test_server_add_user (server, "registrar", "pw-reg", "[\"secretariat\"]");
  replica_init (&sec, pl_session_new (), db, "registrar", "pw-reg");
  pl_delegation_set_name (france, "France");
  pl_delegation_set_members (france, members);
  pl_session_add_record (sec.session, PL_RECORD (france));

  pl_sync_engine_start (sec.engine);
  g_assert_true (pl_test_wait_for (is_up_to_date, sec.engine, 10000));
  g_assert_true (pl_test_wait_for (registry_has, &wait, 10000));
  wait.path = design;
  g_assert_true (pl_test_wait_for (registry_has, &wait, 10000));

  pl_delegation_set_members (france, raised);
  wait.rank = "minister";
  g_assert_true (pl_test_wait_for (registry_has, &wait, 10000));
  wait.path = security;
  g_assert_true (pl_test_wait_for (registry_has, &wait, 10000));
  g_assert_true (pl_test_wait_for (is_up_to_date, sec.engine, 10000));

  pl_sync_engine_stop (sec.engine);
  replica_clear (&sec);
}

static void
add_tests (void)
{
  g_test_add_func ("/sync/long-poll", test_long_poll);
  g_test_add_func ("/sync/changes-in-pages", test_changes_in_pages);
  g_test_add_func ("/sync/delegate-refused", test_delegate_refused);
  g_test_add_func ("/sync/registry-live", test_registry_live);
  g_test_add_func ("/sync/live-offline-then-online", test_live_offline_then_online);
  g_test_add_func ("/sync/live-recreated-database", test_live_recreated_database);
  g_test_add_func ("/sync/typing-in-one-field-live", test_typing_in_one_field_live);
}

int
main (int    argc,
      char **argv)
{
  return sync_test_main (&argc, &argv, add_tests);
}
