/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-sync-connection.h"
#include "pl-test-server.h"
#include "pl-test-support.h"

/*
 * PlSyncConnection against a real PouchDB Server 4.2.0: the steps the
 * window's Connect and `plenary-cli sync` share (probe, download, keep
 * the copy, rebind). test-e2e-sync and test-sync-cli run them through
 * the window and the command line.
 */

static PlTestServer *server;
static guint db_counter;

static char *
fresh_database (void)
{
  char *name = g_strdup_printf ("connection-%u", ++db_counter);

  pl_test_server_setup_db (server, name);
  return name;
}

static PlSyncConnection *
connect_as (const char *database,
            const char *user,
            const char *password)
{
  g_autoptr(GError) error = NULL;
  PlSyncConnection *connection;

  connection = pl_sync_connection_new_full (pl_test_server_get_url (server), database, user, password, &error);
  g_assert_no_error (error);
  g_assert_true (PL_IS_SYNC_CONNECTION (connection));
  return connection;
}

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static gboolean
wait_done (gpointer data)
{
  return ((Wait *) data)->result != NULL;
}

static GAsyncResult *
wait_for (Wait *wait)
{
  g_assert_true (pl_test_wait_for (wait_done, wait, 60000));
  return wait->result;
}

static PlAccountProbe *
probe (PlSyncConnection *connection)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  pl_sync_connection_probe_async (connection, NULL, on_done_cb, &wait);
  g_assert_cmpint (pl_sync_connection_get_step (connection), ==, PL_SYNC_CONNECTION_PROBING);
  g_assert_true (pl_sync_connection_probe_finish (connection, wait_for (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_cmpint (pl_sync_connection_get_step (connection), ==, PL_SYNC_CONNECTION_IDLE);
  return pl_sync_connection_get_probe (connection);
}

static void
upload_sample (PlSyncConnection *connection)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSyncEngine) engine = NULL;

  g_assert_no_error (error);
  engine = pl_sync_connection_bind (connection, session);
  g_assert_true (pl_test_sync (engine, &error));
  g_assert_no_error (error);
}

static void
on_step_cb (PlSyncConnection *connection,
            GParamSpec       *pspec,
            GArray           *steps)
{
  PlSyncConnectionStep step = pl_sync_connection_get_step (connection);

  g_array_append_val (steps, step);
}

/* An empty database, then the same once the secretariat uploaded: the
 * probe says who the user is and whether there is a session to open. */
static void
test_probe (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(PlSyncConnection) staff = connect_as (db, "secretary", "pw-sec");
  g_autoptr(PlSyncConnection) again = NULL;
  g_autoptr(PlSyncConnection) delegate = NULL;
  PlAccountProbe *found;

  found = probe (staff);
  g_assert_cmpstr (found->user, ==, "secretary");
  g_assert_true (g_strv_contains ((const char * const *) found->roles, "secretariat"));
  g_assert_false (found->read_only);
  g_assert_null (found->delegation);
  g_assert_false (found->has_session);

  upload_sample (staff);
  again = connect_as (db, "secretary", "pw-sec");
  g_assert_true (probe (again)->has_session);

  pl_test_server_wait_for_delegates (server, db);
  delegate = connect_as (db, "delegate-fra", "pw-del");
  found = probe (delegate);
  g_assert_cmpstr (found->user, ==, "delegate-fra");
  g_assert_true (found->read_only);
  g_assert_cmpstr (found->delegation, ==, "delegation:FRA");
  g_assert_true (found->has_session);
}

/* A wrong password is the server's to refuse, at the first step. */
static void
test_probe_refused (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(PlSyncConnection) connection = connect_as (db, "secretary", "wrong");
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  pl_sync_connection_probe_async (connection, NULL, on_done_cb, &wait);
  g_assert_false (pl_sync_connection_probe_finish (connection, wait_for (&wait), &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED);
  g_clear_object (&wait.result);
  g_assert_null (pl_sync_connection_get_probe (connection));
  g_assert_cmpint (pl_sync_connection_get_step (connection), ==, PL_SYNC_CONNECTION_IDLE);
}

/* The server's session, downloaded and kept: the file names its server
 * and database, holds the login's roles (so that a delegate's copy is
 * read-only offline), and is bound. */
static void
test_download_and_keep (void)
{
  g_autofree char *db = fresh_database ();
  g_autoptr(PlSyncConnection) staff = connect_as (db, "secretary", "pw-sec");
  g_autoptr(PlSyncConnection) delegate = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSession) reopened = NULL;
  g_autoptr(PlAccountProbe) known = NULL;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (PlSyncConnectionStep));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  JsonObject *state;
  Wait wait = { NULL };

  upload_sample (staff);
  pl_test_server_wait_for_delegates (server, db);

  delegate = connect_as (db, "delegate-fra", "pw-del");
  g_signal_connect (delegate, "notify::step", G_CALLBACK (on_step_cb), steps);
  pl_sync_connection_download_async (delegate, NULL, on_done_cb, &wait);
  session = pl_sync_connection_download_finish (delegate, wait_for (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_nonnull (session);
  g_assert_nonnull (pl_session_lookup (session, "session"));
  g_assert_nonnull (pl_sync_connection_get_engine (delegate));
  g_assert_cmpint (pl_sync_engine_get_state (pl_sync_connection_get_engine (delegate)), ==,
                   PL_SYNC_STATE_UP_TO_DATE);
  g_assert_cmpuint (steps->len, ==, 2);
  g_assert_cmpint (g_array_index (steps, PlSyncConnectionStep, 0), ==, PL_SYNC_CONNECTION_DOWNLOADING);
  g_assert_cmpint (g_array_index (steps, PlSyncConnectionStep, 1), ==, PL_SYNC_CONNECTION_IDLE);

  path = pl_sync_connection_dup_copy_path (delegate);
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, ".plenary"));
  g_assert_true (pl_sync_connection_keep_copy (delegate, session, path, &error));
  g_assert_no_error (error);
  /* Its engine wrote the rest of its state, and went. */
  g_assert_null (pl_sync_connection_get_engine (delegate));

  dir = g_path_get_dirname (path);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  reopened = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  state = pl_session_get_sync_state (reopened);
  g_assert_true (pl_sync_connection_state_is_bound (state));
  g_assert_true (pl_sync_connection_state_names (state, pl_test_server_get_url (server), db, "delegate-fra"));
  g_assert_true (pl_sync_connection_state_names (state, pl_test_server_get_url (server), db, NULL));
  g_assert_false (pl_sync_connection_state_names (state, pl_test_server_get_url (server), db, "secretary"));
  g_assert_false (pl_sync_connection_state_names (state, pl_test_server_get_url (server), "other", NULL));

  known = pl_account_probe_new_for_sync_state (state);
  g_assert_nonnull (known);
  g_assert_cmpstr (known->user, ==, "delegate-fra");
  g_assert_true (known->read_only);
  g_assert_cmpstr (known->delegation, ==, "delegation:FRA");
}

/* --rebind's look at the target: an empty database takes the file (its
 * revs and bases forgotten), one that holds another session does not. */
static void
test_rebind (void)
{
  g_autofree char *db = fresh_database ();
  g_autofree char *empty = fresh_database ();
  g_autofree char *other = fresh_database ();
  g_autoptr(PlSyncConnection) staff = connect_as (db, "secretary", "pw-sec");
  g_autoptr(PlSyncConnection) to_empty = connect_as (empty, "secretary", "pw-sec");
  g_autoptr(PlSyncConnection) to_other = connect_as (other, "secretary", "pw-sec");
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSession) stranger = pl_session_new_empty ();
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(PlSyncEngine) stranger_engine = NULL;
  g_autoptr(GError) error = NULL;
  Wait wait = { NULL };

  session = pl_samples_load (&error);
  g_assert_no_error (error);
  engine = pl_sync_connection_bind (staff, session);
  g_assert_true (pl_test_sync (engine, &error));
  g_assert_no_error (error);
  g_clear_object (&engine);
  g_assert_true (pl_sync_connection_state_is_bound (pl_session_get_sync_state (session)));

  /* Another session in the third database. */
  stranger_engine = pl_sync_connection_bind (to_other, stranger);
  g_assert_true (pl_test_sync (stranger_engine, &error));
  g_assert_no_error (error);

  pl_sync_connection_rebind_async (to_other, session, NULL, on_done_cb, &wait);
  g_assert_false (pl_sync_connection_rebind_finish (to_other, wait_for (&wait), &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_object (&wait.result);
  g_assert_true (pl_sync_connection_state_is_bound (pl_session_get_sync_state (session)));

  pl_sync_connection_rebind_async (to_empty, session, NULL, on_done_cb, &wait);
  g_assert_true (pl_sync_connection_rebind_finish (to_empty, wait_for (&wait), &error));
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_false (pl_sync_connection_state_is_bound (pl_session_get_sync_state (session)));
  g_assert_cmpint (pl_sync_connection_get_step (to_empty), ==, PL_SYNC_CONNECTION_IDLE);
}

/* The address: a user name in it is taken out, a password refused. */
static void
test_take_address (void)
{
  g_autofree char *server_url = g_strdup ("https://staff@couch.example.org");
  g_autofree char *user = NULL;
  g_autofree char *with_password = g_strdup ("https://staff:pw@couch.example.org/");
  g_autofree char *other_user = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pl_sync_connection_take_address (&server_url, &user, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (server_url, ==, "https://couch.example.org/");
  g_assert_cmpstr (user, ==, "staff");

  g_assert_false (pl_sync_connection_take_address (&with_password, &other_user, NULL, &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL);
  g_assert_null (g_strstr_len (error->message, -1, "pw@"));
  g_clear_error (&error);

  g_assert_true (pl_sync_connection_check_user_name ("staff", NULL));
  g_assert_true (pl_sync_connection_check_user_name (NULL, NULL));
  g_assert_false (pl_sync_connection_check_user_name ("staff:pw", &error));
  g_assert_null (g_strstr_len (error->message, -1, "pw"));
}

/* A copy in trouble is set aside whole, under a new name beside it, and
 * never over another one set aside before (issue 18). */
static void
test_set_aside_copy (void)
{
  g_autofree char *dir = g_dir_make_tmp ("plenary-aside-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "copy.plenary", NULL);
  g_autofree char *first = NULL, *second = NULL, *contents = NULL;
  g_autofree char *missing = g_build_filename (dir, "none.plenary", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{ damaged", -1, NULL));
  g_assert_true (pl_sync_connection_set_aside_copy (path, &first, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (first, path));
  g_assert_nonnull (strstr (first, ".discarded-"));
  g_assert_true (g_file_get_contents (first, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ damaged");

  /* The same second: a number, not an overwrite. */
  g_assert_true (g_file_set_contents (path, "{ again", -1, NULL));
  g_assert_true (pl_sync_connection_set_aside_copy (path, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (first, !=, second);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (first, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{ damaged");

  /* Nothing there: an error, nothing made. */
  g_assert_false (pl_sync_connection_set_aside_copy (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  server = pl_test_server_start (FALSE);
  pl_test_server_add_user (server, "secretary", "pw-sec", "[\"secretariat\"]");
  pl_test_server_add_user (server, "delegate-fra", "pw-del", "[\"delegate\", \"delegation:FRA\"]");

  g_test_add_func ("/sync-connection/probe", test_probe);
  g_test_add_func ("/sync-connection/probe-refused", test_probe_refused);
  g_test_add_func ("/sync-connection/download-and-keep", test_download_and_keep);
  g_test_add_func ("/sync-connection/rebind", test_rebind);
  g_test_add_func ("/sync-connection/take-address", test_take_address);
  g_test_add_func ("/sync-connection/set-aside-copy", test_set_aside_copy);

  status = g_test_run ();
  pl_test_server_free (server);
  return status;
}
