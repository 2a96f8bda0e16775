/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-samples.h"
#include "pl-sync-engine.h"
#include "pl-test-server.h"
#include "pl-test-support.h"

/*
 * Answers that go wrong on the way (issue 5): cut short, or not JSON at
 * all. The real server stands behind tests/server/faulty-proxy.py, which
 * spoils its answers the way a network or a captive portal does. Each
 * ends in a clear state, with no local edit lost.
 */

static PlTestServer *server;

static GSubprocess *
start_proxy_with (const char *mode,
                  guint16    *port,
                  const char *cert,
                  const char *key)
{
  const char *root = g_getenv ("PLENARY_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root, "tests", "server", "faulty-proxy.py", NULL);
  g_autofree char *port_text = NULL;
  g_autofree char *upstream = g_strdup_printf ("%u", pl_test_server_get_port (server));
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  GSubprocess *proxy;

  *port = pl_test_free_port ();
  port_text = g_strdup_printf ("%u", *port);
  proxy = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "python3", script,
                            "--port", port_text, "--upstream", upstream, "--mode", mode,
                            cert ? "--cert" : NULL, cert, "--key", key, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proxy));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  return proxy;
}

static GSubprocess *
start_proxy (const char *mode,
             guint16    *port)
{
  return start_proxy_with (mode, port, NULL, NULL);
}

static void
stop_proxy (GSubprocess *proxy)
{
  g_subprocess_force_exit (proxy);
  g_subprocess_wait (proxy, NULL, NULL);
  g_object_unref (proxy);
}

static void
check_fault (const char *mode,
             const char *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(PlDocument) doc = NULL;
  g_autofree char *url = NULL;
  g_autofree char *db = g_strdup_printf ("faults-%s", mode);
  GSubprocess *proxy;
  guint16 port;
  guint dirty;

  pl_test_server_setup_db (server, db);
  proxy = start_proxy (mode, &port);
  url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  client = pl_couch_client_new (url, db, &error);
  g_assert_no_error (error);
  pl_couch_client_set_credentials (client, "admin", "secret");
  engine = pl_sync_engine_new (session, client);

  doc = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DOCUMENT), 0);
  pl_document_set_title (doc, "Edit that must survive");
  dirty = pl_sync_engine_get_n_dirty (engine);

  g_assert_false (pl_test_sync (engine, &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE);
  g_test_message ("%s: %s", mode, error->message);
  g_assert_nonnull (strstr (error->message, in_message));
  g_assert_cmpint (pl_sync_engine_get_state (engine), ==, PL_SYNC_STATE_ERROR);
  g_assert_cmpstr (pl_sync_engine_get_error_message (engine), ==, error->message);
  g_assert_cmpstr (pl_document_get_title (doc), ==, "Edit that must survive");
  g_clear_error (&error);

  if (g_str_equal (mode, "cut"))
    {
      /* The push went through before the pull was cut: nothing is left
       * to push, and last_seq did not move past what was not applied. */
      g_assert_cmpuint (pl_sync_engine_get_n_dirty (engine), ==, 0);
    }
  else
    g_assert_cmpuint (pl_sync_engine_get_n_dirty (engine), ==, dirty);

  /* Straight to the server, all is well again. */
  stop_proxy (proxy);
  g_clear_object (&engine);
  g_clear_object (&client);
  client = pl_test_client_new (server, db, "admin", "secret");
  engine = pl_sync_engine_new (session, client);
  g_assert_true (pl_test_sync (engine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_sync_engine_get_state (engine), ==, PL_SYNC_STATE_UP_TO_DATE);
  g_assert_cmpstr (pl_document_get_title (doc), ==, "Edit that must survive");
}

static void
test_cut_short (void)
{
  check_fault ("cut", "cut short");
}

static void
test_not_json (void)
{
  check_fault ("html", "JSON");
}

/* DESIGN: TLS certificates are verified; a bad one is an error the user
 * sees, never a silent accept. A self-signed certificate made here. */
static void
test_untrusted_certificate (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *cert = g_build_filename (dir, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (dir, "key.pem", NULL);
  g_autofree char *url = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  GSubprocess *proxy;
  guint16 port;
  int wait_status;
  const char *openssl[] = { "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                            "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert, NULL };

  g_assert_true (g_spawn_sync (NULL, (char **) openssl, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &wait_status, &error));
  g_assert_true (g_spawn_check_wait_status (wait_status, &error));

  pl_test_server_setup_db (server, "faults-tls");
  proxy = start_proxy_with ("tls", &port, cert, key);
  url = g_strdup_printf ("https://127.0.0.1:%u/", port);
  client = pl_couch_client_new (url, "faults-tls", &error);
  g_assert_no_error (error);
  pl_couch_client_set_credentials (client, "admin", "secret");
  engine = pl_sync_engine_new (session, client);

  g_assert_false (pl_test_sync (engine, &error));
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TLS);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "cannot be trusted"));
  g_assert_cmpint (pl_sync_engine_get_state (engine), ==, PL_SYNC_STATE_ERROR);
  g_assert_cmpuint (pl_sync_engine_get_n_dirty (engine), >, 0);

  /* Nothing reached the server. */
  {
    g_autoptr(JsonNode) answer = pl_test_server_admin_request (server, "GET", "faults-tls", NULL, NULL);

    g_assert_cmpint (json_object_get_int_member (json_node_get_object (answer), "doc_count"), ==, 1);
  }
  stop_proxy (proxy);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  server = pl_test_server_start (FALSE);

  g_test_add_func ("/sync-faults/cut-short", test_cut_short);
  g_test_add_func ("/sync-faults/not-json", test_not_json);
  g_test_add_func ("/sync-faults/untrusted-certificate", test_untrusted_certificate);

  status = g_test_run ();
  pl_test_server_free (server);
  return status;
}
