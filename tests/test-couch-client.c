/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include <string.h>

#include "pl-couch-client.h"
#include "pl-couch-response.h"

/*
 * What PlCouchClient makes of a server address, and how it knows whether
 * another page of `_changes` remains: no server needed (test-sync,
 * test-sync-live and test-sync-cli.py run the same against PouchDB Server).
 */

typedef struct
{
  const char *given;
  const char *canonical;
  const char *user;
  const char *password;
} UrlCase;

static void
test_url_parse (void)
{
  static const UrlCase cases[] = {
    { "https://couch.example.org/", "https://couch.example.org/", NULL, NULL },
    { "https://couch.example.org", "https://couch.example.org/", NULL, NULL },
    { "HTTP://couch.example.org:5984/couch?x=1#top", "http://couch.example.org:5984/couch/", NULL, NULL },
    { "https://staff@couch.example.org/", "https://couch.example.org/", "staff", NULL },
    /* Issue 16: GLib without HAS_PASSWORD took "staff:pw" for the user. */
    { "https://staff:pw@couch.example.org/", "https://couch.example.org/", "staff", "pw" },
    { "https://staff:@couch.example.org/", "https://couch.example.org/", "staff", "" },
    { "https://:pw@couch.example.org/", "https://couch.example.org/", NULL, "pw" },
    /* Escapes decoded: a password with ":" or "@" in it. */
    { "http://st%61ff:p%3Aw%40rd@127.0.0.1:5984/", "http://127.0.0.1:5984/", "staff", "p:w@rd" },
    { "http://jo%C3%ABl@[::1]:5984/", "http://[::1]:5984/", "joël", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *canonical = NULL, *user = NULL, *password = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].given);
      g_assert_true (pl_couch_url_parse (cases[i].given, &canonical, &user, &password, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (canonical, ==, cases[i].canonical);
      g_assert_cmpstr (user, ==, cases[i].user);
      g_assert_cmpstr (password, ==, cases[i].password);
    }
}

static void
test_url_invalid (void)
{
  static const char *const invalid[] = {
    "ftp://admin:secret@example.org/",
    "admin:secret@example.org",
    "https://admin:secret@/",
    "https://admin:sec%00ret@example.org/",
    "https://admin:secret%@example.org/",
    "couch.example.org",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *canonical = NULL, *user = NULL, *password = NULL;
      g_autoptr(PlCouchClient) client = NULL;

      g_test_message ("“%s”", invalid[i]);
      g_assert_false (pl_couch_url_parse (invalid[i], &canonical, &user, &password, &error));
      g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL);
      g_assert_null (canonical);
      g_assert_null (user);
      g_assert_null (password);
      g_assert_nonnull (strstr (error->message, "not a server address"));
      /* The message names the address, never its password. */
      g_assert_null (strstr (error->message, "secret"));
      g_assert_null (strstr (error->message, "sec%00ret"));
      g_clear_error (&error);

      client = pl_couch_client_new (invalid[i], "db", &error);
      g_assert_null (client);
      g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL);
      g_assert_null (strstr (error->message, "secret"));
    }
}

static void
test_url_redact (void)
{
  static const char *const cases[][2] = {
    { "https://staff:pw@host/", "https://staff:***@host/" },
    { "https://staff@host/", "https://staff@host/" },
    { "https://host/a@b", "https://host/a@b" },
    { "https://a:b@c:d@host:1/x", "https://a:***@host:1/x" },
    { "staff:pw@host", "staff:***@host" },
    { "ftp://staff:pw@host", "ftp://staff:***@host" },
    { "https://host:6984/", "https://host:6984/" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = pl_couch_url_redact (cases[i][0]);

      g_assert_cmpstr (shown, ==, cases[i][1]);
    }
}

/* A server on this computer gets no Accept-Encoding (issue 23): these
 * addresses are loopback, a name other than localhost is never guessed
 * to be. */
static void
test_url_loopback (void)
{
  static const struct { const char *url; gboolean loopback; } cases[] = {
    { "http://127.0.0.1:5984/", TRUE },
    { "http://127.1.2.3:5984/", TRUE },
    { "http://localhost:5984/", TRUE },
    { "http://LOCALHOST/", TRUE },
    { "http://[::1]:5984/", TRUE },
    { "https://couch.example.org/", FALSE },
    { "http://10.0.0.1:5984/", FALSE },
    { "http://[fe80::1]:5984/", FALSE },
    { "http://localhost.example.org/", FALSE },
    { "http://128.0.0.1/", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GUri) uri = g_uri_parse (cases[i].url, G_URI_FLAGS_ENCODED, NULL);

      g_assert_nonnull (uri);
      g_assert_cmpint (pl_couch_url_host_is_loopback (g_uri_get_host (uri)), ==, cases[i].loopback);
    }
  g_assert_false (pl_couch_url_host_is_loopback (NULL));
}

/* The strings of an answer are checked only when an escape may have
 * made one that is not UTF-8 (issue 23); such an answer is still
 * refused, and one whose escapes are all plain is read as it is. */
static void
test_parse_body_escapes (void)
{
  static const char *const refused[] = {
    "{\"results\": [{\"id\": \"a\", \"doc\": {\"title\": \"\\202\"}}]}",
    "{\"t\": \"x\", \"\\202\": 1}",
    "[\"\\\\\", \"\\202\"]",
  };
  static const char *const read[] = {
    "{\"t\": \"caf\u00e9 \\n \\\" \\/ \\\\202\"}",
    "{\"t\": \"no escape at all\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(JsonNode) node = pl_couch_response_parse_body (refused[i], strlen (refused[i]));

      g_assert_null (node);
    }
  for (guint i = 0; i < G_N_ELEMENTS (read); i++)
    {
      g_autoptr(JsonNode) node = pl_couch_response_parse_body (read[i], strlen (read[i]));

      g_assert_nonnull (node);
    }
  {
    g_autoptr(JsonNode) node = pl_couch_response_parse_body (read[0], strlen (read[0]));

    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "t"), ==,
                     "caf\u00e9 \n \" / \\202");
  }
}

/* The client keeps the address without user information, and the user
 * apart: the address is what the file, the settings and the keyring's
 * attributes hold. */
static void
test_client_address (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(PlCouchClient) plain = NULL;
  g_autofree char *property = NULL;

  client = pl_couch_client_new ("https://staff:pw@couch.example.org:6984", "cop10", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_couch_client_get_server_url (client), ==, "https://couch.example.org:6984/");
  g_assert_cmpstr (pl_couch_client_get_user (client), ==, "staff");
  g_object_get (client, "server-url", &property, NULL);
  g_assert_null (strstr (property, "pw"));

  plain = pl_couch_client_new ("https://couch.example.org:6984/", "cop10", &error);
  g_assert_no_error (error);
  g_assert_null (pl_couch_client_get_user (plain));

  /* No database: the message names the server, without the password. */
  g_clear_object (&client);
  client = pl_couch_client_new ("https://staff:pw@couch.example.org/", "", &error);
  g_assert_null (client);
  g_assert_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL);
  g_assert_null (strstr (error->message, ":pw"));
}

static void
test_changes_page (void)
{
  g_autoptr(PlCouchClient) client = NULL;
  g_autoptr(GError) error = NULL;

  g_unsetenv ("PLENARY_CHANGES_PAGE");
  client = pl_couch_client_new ("http://127.0.0.1:9/", "db", &error);
  g_assert_cmpuint (pl_couch_client_get_changes_page (client), ==, 500);
  g_clear_object (&client);

  g_setenv ("PLENARY_CHANGES_PAGE", "3", TRUE);
  client = pl_couch_client_new ("http://127.0.0.1:9/", "db", &error);
  g_assert_cmpuint (pl_couch_client_get_changes_page (client), ==, 3);
  g_clear_object (&client);

  /* Not a page size: the default. */
  g_setenv ("PLENARY_CHANGES_PAGE", "0", TRUE);
  client = pl_couch_client_new ("http://127.0.0.1:9/", "db", &error);
  g_assert_cmpuint (pl_couch_client_get_changes_page (client), ==, 500);
  g_unsetenv ("PLENARY_CHANGES_PAGE");
}

static gboolean
has_more (const char *answer,
          guint       limit)
{
  g_autoptr(JsonNode) node = pl_couch_response_parse_body (answer, strlen (answer));

  return pl_couch_response_changes_has_more (node, limit);
}

static void
test_changes_has_more (void)
{
  /* PouchDB Server: no "pending"; a full page means maybe more. */
  g_assert_true (has_more ("{\"results\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"last_seq\": 2}", 2));
  g_assert_false (has_more ("{\"results\": [{\"id\": \"a\"}], \"last_seq\": 1}", 2));
  g_assert_false (has_more ("{\"results\": [], \"last_seq\": 1}", 2));
  /* CouchDB: "pending" says. */
  g_assert_false (has_more ("{\"results\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"last_seq\": \"2-x\", \"pending\": 0}", 2));
  g_assert_true (has_more ("{\"results\": [{\"id\": \"a\"}], \"last_seq\": \"1-x\", \"pending\": 4}", 2));
  /* Design documents are rows of the page too. */
  g_assert_true (has_more ("{\"results\": [{\"id\": \"_design/plenary\"}, {\"id\": \"b\"}]}", 2));
  /* Whatever the server sent: never more after junk. */
  g_assert_false (has_more ("{\"results\": 5, \"pending\": 3}", 2));
  g_assert_false (has_more ("[1, 2, 3]", 2));
  g_assert_false (pl_couch_response_changes_has_more (NULL, 2));
  g_assert_false (has_more ("{\"results\": [{}, {}], \"pending\": \"many\"}", 3));
}

static JsonNode *
parse_answer (const char *text)
{
  return pl_couch_response_parse_body (text, strlen (text));
}

/* `GET /_session`'s userCtx, as the account probe reads it: strings
 * only, whatever else the server put there. */
static void
test_session_user_ctx (void)
{
  static const char answer_text[] =
    "{\"ok\": true, \"userCtx\": {\"name\": \"delegate-fra\", "
    "\"roles\": [\"delegate\", 7, null, \"delegation:FRA\"]}}";
  g_autoptr(JsonNode) answer = parse_answer (answer_text);
  g_autoptr(JsonNode) anonymous = parse_answer ("{\"userCtx\": {\"name\": null, \"roles\": []}}");
  g_autoptr(JsonNode) admin = parse_answer ("{\"userCtx\": {\"name\": \"a\", \"roles\": [\"_admin\"]}}");
  g_autoptr(JsonNode) odd = parse_answer ("{\"userCtx\": [\"_admin\"]}");
  g_auto(GStrv) roles = NULL;
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) odd_roles = NULL;

  g_assert_nonnull (answer);
  g_assert_nonnull (anonymous);
  g_assert_nonnull (admin);
  g_assert_nonnull (odd);

  roles = pl_couch_response_session_roles (answer);
  g_assert_cmpuint (g_strv_length (roles), ==, 2);
  g_assert_cmpstr (roles[0], ==, "delegate");
  g_assert_cmpstr (roles[1], ==, "delegation:FRA");
  g_assert_cmpstr (pl_couch_response_session_user (answer), ==, "delegate-fra");
  g_assert_false (pl_couch_response_session_is_admin (answer));

  none = pl_couch_response_session_roles (anonymous);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_null (pl_couch_response_session_user (anonymous));

  g_assert_true (pl_couch_response_session_is_admin (admin));

  odd_roles = pl_couch_response_session_roles (odd);
  g_assert_cmpuint (g_strv_length (odd_roles), ==, 0);
  g_assert_null (pl_couch_response_session_user (odd));
  g_assert_false (pl_couch_response_session_is_admin (odd));
  g_assert_null (pl_couch_response_session_user (NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/couch-client/url/parse", test_url_parse);
  g_test_add_func ("/couch-client/url/invalid", test_url_invalid);
  g_test_add_func ("/couch-client/url/redact", test_url_redact);
  g_test_add_func ("/couch-client/url/loopback", test_url_loopback);
  g_test_add_func ("/couch-client/parse-body/escapes", test_parse_body_escapes);
  g_test_add_func ("/couch-client/address", test_client_address);
  g_test_add_func ("/couch-client/changes/page", test_changes_page);
  g_test_add_func ("/couch-client/changes/has-more", test_changes_has_more);
  g_test_add_func ("/couch-client/session/user-ctx", test_session_user_ctx);

  return g_test_run ();
}
