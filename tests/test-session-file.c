/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-json-text.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/* Each way a file can be bad: the error, what it names, and the file left
 * byte-identical. */
static const struct {
  const char *name;
  const char *text;
  int         code;
  const char *where;      /* "line:column" expected in the message */
  const char *mentions[3];
} bad_files[] = {
  { "empty", "", PL_SESSION_FILE_ERROR_NOT_JSON, NULL, { "empty" } },
  { "not-json", "this is a letter, not a session\n", PL_SESSION_FILE_ERROR_NOT_JSON, ":1:", { "not valid JSON" } },
  { "truncated",
    "{\n  \"format\": \"plenary-session\",\n  \"version\": 1,\n  \"docs\": [\n    {\"_id\": \"session\", \"type\": \"session\",",
    PL_SESSION_FILE_ERROR_NOT_JSON, NULL, { "cut short at line 5", "ends before the session does" } },
  /* A crash in the middle of a character: still cut short, not "bad UTF-8". */
  { "truncated-in-a-character",
    "{\n  \"format\": \"plenary-session\",\n  \"docs\": [{\"_id\": \"session\", \"title\": \"Conf\xc3",
    PL_SESSION_FILE_ERROR_NOT_JSON, NULL, { "cut short at line 3" } },
  /* The parser's complaints, said in words with the place. */
  { "missing-comma", "{\"format\": \"plenary-session\"\n \"version\": 1}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":1:", { "comma is missing" } },
  { "trailing-comma", "{\"format\": \"plenary-session\",\n \"version\": 1,\n}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":2:", { "comma before" } },
  { "missing-colon", "{\"format\" \"plenary-session\"}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":1:", { "colon" } },
  { "bad-utf8", "{\"format\": \"plenary-session\", \"version\": 1,\n \"docs\": [], \"x\": \"\xff\xfe\"}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":2:", { "UTF-8" } },
  { "array", "[1, 2, 3]", PL_SESSION_FILE_ERROR_FORMAT, NULL, { "one JSON object" } },
  { "wrong-format", "{\n  \"format\": \"openslides-export\",\n  \"version\": 1,\n  \"docs\": []\n}",
    PL_SESSION_FILE_ERROR_FORMAT, ":2:", { "format", "plenary-session" } },
  { "newer-version", "{\n  \"format\": \"plenary-session\",\n  \"version\": 7,\n  \"docs\": []\n}",
    PL_SESSION_FILE_ERROR_VERSION, ":3:", { "newer version", "7" } },
  { "no-id",
    "{\n  \"format\": \"plenary-session\",\n  \"version\": 1,\n  \"docs\": [\n"
    "    {\"_id\": \"session\", \"type\": \"session\"},\n"
    "    {\"type\": \"item\", \"title\": \"Orphan\"}\n  ]\n}",
    PL_SESSION_FILE_ERROR_RECORD, ":6:", { "record 2", "_id" } },
  { "wrong-type",
    "{\n  \"format\": \"plenary-session\",\n  \"version\": 1,\n  \"docs\": [\n"
    "    {\"_id\": \"session\", \"type\": \"session\"},\n"
    "    {\"_id\": \"item:7\", \"type\": \"item\",\n"
    "     \"title\": 42}\n  ]\n}",
    PL_SESSION_FILE_ERROR_RECORD, ":7:", { "item:7", "title", "expected a string, found a number" } },
  { "bad-enum",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"document:1\", \"type\": \"document\", \"kind\": \"poem\"}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":2:", { "document:1", "kind", "poem" } },
  { "session-of-another-type",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"session\", \"type\": \"vote\"}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":2:", { "session", "type" } },
  { "second-settings",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"session\", \"type\": \"session\"},\n"
    "{\"_id\": \"session:2\", \"type\": \"session\", \"title\": \"Lost\"}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":3:", { "session:2", "_id" } },
  { "duplicate",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"document:1\", \"type\": \"document\"},\n"
    "{\"_id\": \"document:1\", \"type\": \"document\"}]}",
    PL_SESSION_FILE_ERROR_DUPLICATE, ":3:", { "document:1" } },
  /* Valid UTF-8 text, but json-glib 1.6 reads "\202" as the byte 0x82
   * (found by fuzz-session-file, which then saved an unreadable file). */
  { "octal-escape",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"session\", \"type\": \"session\"},\n"
    "{\"_id\": \"document:1\", \"type\": \"document\", \"symbol\": \"CTOC/COP/\\2020/1\"}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":3:", { "record 2", "symbol", "UTF-8" } },
  /* json-glib 1.6 leaks the first of two values (found by
   * fuzz-session-file under LeakSanitizer): refused before it parses. */
  { "two-values",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": []}\n"
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": []}\n",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":2:1:", { "not valid JSON", "after its end" } },
  { "number-then-object",
    "9{\"format\": \"plenary-session\", \"version\": 1, \"docs\": []}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":1:1:", { "not valid JSON", "begins with" } },
  /* json-glib 1.6 reads comments, which JSON has not, and leaks the
   * arrays it had begun on a "/" that opens none (found by
   * fuzz-couch-document under LeakSanitizer): refused before it parses. */
  { "slash-in-array",
    "[/[/]{}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":1:2:", { "not valid JSON", "“/”" } },
  { "comment",
    "{\"format\": \"plenary-session\",\n /* the version */ \"version\": 1, \"docs\": []}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":2:2:", { "not valid JSON", "“/”" } },
  /* And on a single quote, which it reads as a string (found by
   * fuzz-session-file): any character JSON has no use for outside a
   * string is refused, named. */
  { "single-quote",
    "{\"format\": \"plenary-session\", \"version\": 1, 'docs': []}",
    PL_SESSION_FILE_ERROR_NOT_JSON, ":1:45:", { "not valid JSON", "“'”" } },
  /* A surrogate alone decodes into bytes that are not UTF-8 either. */
  { "lone-surrogate",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"session\", \"type\": \"session\"},\n"
    "{\"_id\": \"document:1\", \"type\": \"document\", \"symbol\": \"A\\ud800B\"}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":3:", { "record 2", "symbol", "UTF-8" } },
  { "octal-escape-in-name",
    "{\"format\": \"plenary-session\", \"version\": 1, \"docs\": [\n"
    "{\"_id\": \"session\", \"type\": \"session\"},\n"
    "{\"_id\": \"document:1\", \"type\": \"document\", \"x\\202\": 1}]}",
    PL_SESSION_FILE_ERROR_RECORD, ":3:", { "record 2", "UTF-8" } },
  { "octal-escape-outside-docs",
    "{\"format\": \"plenary-session\", \"version\": 1,\n \"note\": \"\\377\", \"docs\": []}",
    PL_SESSION_FILE_ERROR_FORMAT, ":2:", { "note", "UTF-8" } },
};

static void
test_bad_file (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "bad.plenary", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autofree char *after = NULL;
  gsize length;
  GStatBuf before_stat, after_stat;

  g_assert_true (g_file_set_contents (path, bad_files[i].text, -1, NULL));
  g_assert_cmpint (g_stat (path, &before_stat), ==, 0);

  session = pl_session_file_load (path, &error);
  g_assert_null (session);
  g_assert_error (error, PL_SESSION_FILE_ERROR, bad_files[i].code);
  g_test_message ("%s", error->message);

  g_assert_true (g_str_has_prefix (error->message, path));
  if (bad_files[i].where != NULL)
    g_assert_nonnull (strstr (error->message, bad_files[i].where));
  for (guint k = 0; k < G_N_ELEMENTS (bad_files[i].mentions) && bad_files[i].mentions[k]; k++)
    g_assert_nonnull (strstr (error->message, bad_files[i].mentions[k]));

  after = pl_test_read_file (path, &length);
  g_assert_cmpmem (after, length, bad_files[i].text, strlen (bad_files[i].text));
  g_assert_cmpint (g_stat (path, &after_stat), ==, 0);
  g_assert_cmpint (after_stat.st_mtime, ==, before_stat.st_mtime);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  }
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load ("/nonexistent/session.plenary", &error);

  g_assert_null (session);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/session.plenary"));
}

/* A save replaces the file whole and keeps the previous version as ~. */
static void
test_save_keeps_backup (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.plenary", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(PlSession) old = NULL;
  g_autoptr(PlSession) current = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_false (pl_history_get_modified (pl_session_get_history (session)));

  pl_session_settings_set_venue (pl_session_get_settings (session), "Online");
  g_assert_true (pl_history_get_modified (pl_session_get_history (session)));
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_no_error (error);
  g_assert_false (pl_history_get_modified (pl_session_get_history (session)));

  old = pl_session_file_load (backup, &error);
  g_assert_no_error (error);
  current = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_session_settings_get_venue (pl_session_get_settings (old)), ==, "Vienna");
  g_assert_cmpstr (pl_session_settings_get_venue (pl_session_get_settings (current)), ==, "Online");

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

static void
test_save_error_names_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_new ();

  g_assert_false (pl_session_file_save (session, "/nonexistent/dir/s.plenary", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/s.plenary"));
  g_assert_true (pl_history_get_can_undo (pl_session_get_history (session)) == FALSE);
}

/* A "/" outside a string is refused before json-glib parses the text,
 * in a file as in a CouchDB answer; inside a string (document symbols,
 * escaped or not) it is text. */
static void
test_slash_outside_strings (void)
{
  static const char *refused[] = { "[/[/]{}", "{\"a\": 1 // one\n}", "{\"a\": [1, /* x */ 2]}",
                                   "{\"a\": 'b'}", "{\"a\": x}" };
  static const char *kept = "{\"symbol\": \"CTOC/COP/2020/1\", \"escaped\": \"a\\/b\\\"/\"}";

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_cmpint (pl_json_text_scan (refused[i], strlen (refused[i]), NULL), ==, PL_JSON_TEXT_STRAY_CHARACTER);
      g_assert_null (pl_couch_response_parse_body (refused[i], strlen (refused[i])));
    }
  g_assert_cmpint (pl_json_text_scan (kept, strlen (kept), NULL), ==, PL_JSON_TEXT_OK);
  {
    g_autoptr(JsonNode) root = pl_couch_response_parse_body (kept, strlen (kept));

    g_assert_nonnull (root);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "escaped"), ==, "a/b\"/");
  }
}

/* pl_json_text_scan() names the first problem and where it is, in one
 * pass: a stray character before the end of the first value wins over
 * what follows it, and text that ends inside its first value is cut
 * short. */
static void
test_json_text_scan (void)
{
  static const struct
  {
    const char *text;
    PlJsonTextProblem problem;
    gsize offset;  /* when there is a problem; else the text's length */
  } cases[] = {
    { "{\"a\": [1, 2.5e-3, true, false, null]}", PL_JSON_TEXT_OK },
    { "  \n[1]\n ", PL_JSON_TEXT_OK },
    { "", PL_JSON_TEXT_OK },
    { "{\"a\": [1,", PL_JSON_TEXT_CUT_SHORT, 9 },
    { "{\"a\": \"unfinished", PL_JSON_TEXT_CUT_SHORT, 17 },    /* inside a string */
    { "{\"a\": \"}'/x\\\"\"}", PL_JSON_TEXT_OK },    /* all inside a string */
    { "  x", PL_JSON_TEXT_NOT_A_CONTAINER, 2 },
    { "9 {}", PL_JSON_TEXT_NOT_A_CONTAINER, 0 },
    { "{} {}", PL_JSON_TEXT_EXTRA_CONTENT, 3 },
    { "[1]\n /", PL_JSON_TEXT_EXTRA_CONTENT, 5 },       /* after the end: extra */
    { "[1, /]", PL_JSON_TEXT_STRAY_CHARACTER, 4 },
    { "{\"a\": 'b'} {}", PL_JSON_TEXT_STRAY_CHARACTER, 6 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = strlen (cases[i].text);
      gsize offset = G_MAXSIZE;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (pl_json_text_scan (cases[i].text, length, &offset), ==, cases[i].problem);
      g_assert_cmpuint (offset, ==, cases[i].problem == PL_JSON_TEXT_OK ? length : cases[i].offset);
    }

  /* A NUL byte outside a string is stray too: the text is not C text. */
  {
    static const char with_nul[] = "[1,\0 2]";
    gsize offset = 0;

    g_assert_cmpint (pl_json_text_scan (with_nul, sizeof with_nul - 1, &offset), ==, PL_JSON_TEXT_STRAY_CHARACTER);
    g_assert_cmpuint (offset, ==, 3);
  }
}

/* pl_json_text_scan_full() says whether the strings need walking after
 * the parse (issue 23): only when an escape could decode into bytes that
 * are not UTF-8. Saying "plain" for one of those would let a string
 * that is not UTF-8 into a record (the octal-escape cases above). */
static void
test_json_text_plain_escapes (void)
{
  static const struct
  {
    const char *text;
    gboolean plain;
  } cases[] = {
    { "{\"a\": \"b\"}", TRUE },
    { "{\"a\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}", TRUE },
    { "{\"a\": \"caf\\u00e9 \\u0000 \\uFFFF \\ud7ff \\ue000\"}", TRUE },
    { "{\"a\": \"\\202\"}", FALSE },                 /* json-glib's octal escape */
    { "{\"\\377\": 1}", FALSE },                       /* in a member name */
    { "{\"a\": \"\\ud800\"}", FALSE },               /* a surrogate alone */
    { "{\"a\": \"\\uDC00x\"}", FALSE },
    { "{\"a\": \"\\ud83d\\ude00\"}", FALSE },      /* a pair: walked too */
    { "{\"a\": \"\\u12\"}", FALSE },                 /* too short */
    { "{\"a\": \"\\u12g4\"}", FALSE },
    { "{\"a\": \"\\q\"}", FALSE },
    { "{\"a\": \"x\"}, [\"\\202\"]", FALSE },      /* not OK: never plain */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean plain = !cases[i].plain;

      g_test_message ("%s", cases[i].text);
      pl_json_text_scan_full (cases[i].text, strlen (cases[i].text), NULL, &plain, NULL);
      g_assert_cmpint (plain, ==, cases[i].plain);
    }
}

/* And whether the text is UTF-8 without NUL bytes, which the loader then
 * does not validate again (issue 23): only an OK text is said to be, so a
 * byte outside the strings is the scan's to refuse. */
static void
test_json_text_utf8 (void)
{
  static const struct
  {
    const char *text;
    gsize length;  /* 0: strlen () */
    gboolean utf8;
  } cases[] = {
    { "{\"a\": \"b\"}", 0, TRUE },
    { "{\"caf\xc3\xa9\": \"\xe4\xbc\x9a \xf0\x9f\x98\x80\"}", 0, TRUE },
    { "{\"a\": \"\\\xc3\xa9\"}", 0, TRUE },                 /* a character after a backslash */
    { "{\"a\": \"\xff\"}", 0, FALSE },
    { "{\"a\": \"\xc3\"}", 0, FALSE },                          /* a character cut */
    { "{\"\xed\xa0\x80\": 1}", 0, FALSE },                      /* a surrogate, in a name */
    { "{\"a\": \"b\0c\"}", 12, FALSE },                        /* NUL in a string */
    { "{\"a\": 1} \xc3\xa9", 0, FALSE },                         /* not OK: never */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length = cases[i].length ? cases[i].length : strlen (cases[i].text);
      gboolean utf8 = !cases[i].utf8;

      g_test_message ("case %u", i);
      pl_json_text_scan_full (cases[i].text, length, NULL, NULL, &utf8);
      g_assert_cmpint (utf8, ==, cases[i].utf8);
      if (utf8)
        g_assert_true (g_utf8_validate (cases[i].text, length, NULL));
    }
}

/* A number too large for a double (1e999) loads as an infinity, which
 * the writer once printed "inf": the saved file could not be read back
 * (found by fuzz-session-file). It is written 1e999 now. */
/* pl_json_node_get_objects() keeps the objects of an array in order and
 * passes over the rest; anything but an array has none. */
static void
test_json_node_objects (void)
{
  g_autoptr(JsonNode) mixed = json_from_string ("[{\"id\": \"a\"}, 1, null, [], {\"id\": \"b\"}]", NULL);
  g_autoptr(JsonNode) object = json_from_string ("{\"id\": \"a\"}", NULL);
  g_autoptr(GPtrArray) objects = pl_json_node_get_objects (mixed);
  g_autoptr(GPtrArray) none = pl_json_node_get_objects (object);
  g_autoptr(GPtrArray) null = pl_json_node_get_objects (NULL);

  g_assert_cmpuint (objects->len, ==, 2);
  g_assert_cmpstr (pl_json_object_get_string (g_ptr_array_index (objects, 0), "id", NULL), ==, "a");
  g_assert_cmpstr (pl_json_object_get_string (g_ptr_array_index (objects, 1), "id", NULL), ==, "b");
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (null->len, ==, 0);
}

static void
test_infinite_number_round_trip (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "big.plenary", NULL);
  g_autofree char *again = g_build_filename (dir, "again.plenary", NULL);
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSession) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *extra;

  g_assert_true (g_file_set_contents (path,
                                      "{\"format\": \"plenary-session\", \"version\": 1,\n"
                                      " \"big\": 2888888888E888, \"small\": -1e999, \"docs\": [\n"
                                      "{\"_id\": \"session\", \"type\": \"session\"}]}", -1, NULL));
  session = pl_session_file_load (path, &error);
  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (session, again, &error));
  g_assert_no_error (error);
  reloaded = pl_session_file_load (again, &error);
  g_assert_no_error (error);

  extra = pl_session_get_extra (reloaded);
  g_assert_nonnull (extra);
  g_assert_true (isinf (json_object_get_double_member (extra, "big")));
  g_assert_cmpfloat (json_object_get_double_member (extra, "big"), >, 0);
  g_assert_cmpfloat (json_object_get_double_member (extra, "small"), <, 0);
}

/* Issue 16: local copies are readable by their owner only. A save makes
 * the file and its backup 0600, also when the file it replaces had
 * another mode (the rename replaces it). */
static void
test_save_mode_owner_only (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.plenary", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  struct stat st;

  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* A file made by hand, or by an older version, readable by all. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  pl_session_settings_set_venue (pl_session_get_settings (session), "Online");
  g_assert_true (pl_session_file_save (session, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

/* The folder of local copies is its owner's only, made so when it
 * exists with another mode. */
static void
test_private_folder (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *folder = g_build_filename (dir, "plenary", "sessions", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (pl_session_file_make_private_folder (folder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);

  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_true (pl_session_file_make_private_folder (folder, &error));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);
}

/* Issue 16: members' emails (and telephones) left `delegation` for the
 * secretariat-only `contact` record. A file of an older version, or
 * records an older client pushed, carry them in `delegation.members`: on
 * load they move into `contact:<the delegation's _id suffix>` (made if
 * absent); what else the members hold, and the fields this version does
 * not know, stay. */
static const char old_file[] =
  "{\"format\":\"plenary-session\",\"version\":1,\"docs\":["
  "{\"_id\":\"session\",\"type\":\"session\",\"title\":\"T\"},"
  "{\"_id\":\"delegation:FRA\",\"type\":\"delegation\",\"name\":\"France\",\"iso3\":\"FRA\","
  "\"category\":\"state_party\",\"present\":true,\"future\":\"kept\",\"members\":["
  "{\"id\":\"m1\",\"name\":\"Jean Dupont\",\"function\":\"head\",\"rank\":\"minister\","
  "\"email\":\"jean@example.fr\",\"phone\":\"+33 1\",\"badge\":\"B-1\"},"
  "{\"id\":\"m2\",\"name\":\"Marie Curie\",\"function\":\"adviser\",\"rank\":\"official\",\"email\":\"\"}]},"
  "{\"_id\":\"delegation:0b6f3c2e-1111-4a2b-9c3d-123456789abc\",\"type\":\"delegation\",\"name\":\"NGO\","
  "\"category\":\"ngo_other\",\"members\":["
  "{\"id\":\"n1\",\"name\":\"Ada\",\"function\":\"head\",\"rank\":\"other\",\"email\":\"ada@ngo.org\"}]},"
  "{\"_id\":\"delegation:ITA\",\"type\":\"delegation\",\"name\":\"Italy\",\"iso3\":\"ITA\","
  "\"category\":\"state_party\",\"members\":["
  "{\"id\":\"i1\",\"name\":\"Dante\",\"function\":\"head\",\"rank\":\"ambassador\",\"email\":\"old@example.it\"}]},"
  "{\"_id\":\"contact:ITA\",\"type\":\"contact\",\"delegation\":\"delegation:ITA\",\"members\":"
  "{\"i1\":{\"email\":\"new@example.it\"}},\"note\":\"kept\"}"
  "]}";

static JsonObject *
record_json (PlSession  *session,
             const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);

  g_assert_nonnull (record);
  return pl_codec_record_to_json (record);
}

static JsonObject *
contact_entry (JsonObject *contact,
               const char *member_id)
{
  JsonObject *members = json_object_get_object_member (contact, "members");

  g_assert_nonnull (members);
  g_assert_true (json_object_has_member (members, member_id));
  return json_object_get_object_member (members, member_id);
}

static void
test_migrate_member_emails (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (old_file, strlen (old_file));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "old.plenary", &error);
  g_autoptr(JsonObject) fra = NULL;
  g_autoptr(JsonObject) contact = NULL;
  g_autoptr(JsonObject) ngo_contact = NULL;
  g_autoptr(JsonObject) ita = NULL;
  g_autoptr(JsonObject) ita_contact = NULL;
  g_autoptr(JsonObject) ngo = NULL;
  g_autofree char *text = NULL;
  JsonArray *members;
  JsonObject *member;

  g_assert_no_error (error);

  fra = record_json (session, "delegation:FRA");
  g_assert_cmpstr (json_object_get_string_member (fra, "future"), ==, "kept");
  members = json_object_get_array_member (fra, "members");
  g_assert_cmpuint (json_array_get_length (members), ==, 2);
  member = json_array_get_object_element (members, 0);
  g_assert_false (json_object_has_member (member, "email"));
  g_assert_false (json_object_has_member (member, "phone"));
  g_assert_cmpstr (json_object_get_string_member (member, "badge"), ==, "B-1");
  g_assert_cmpstr (json_object_get_string_member (member, "name"), ==, "Jean Dupont");
  g_assert_false (json_object_has_member (json_array_get_object_element (members, 1), "email"));

  g_assert_cmpstr (pl_record_get_type_name (pl_session_lookup (session, "contact:FRA")), ==, "contact");
  contact = record_json (session, "contact:FRA");
  g_assert_cmpstr (json_object_get_string_member (contact, "delegation"), ==, "delegation:FRA");
  g_assert_cmpstr (json_object_get_string_member (contact_entry (contact, "m1"), "email"), ==, "jean@example.fr");
  g_assert_cmpstr (json_object_get_string_member (contact_entry (contact, "m1"), "phone"), ==, "+33 1");
  /* No email: nothing to keep. */
  g_assert_false (json_object_has_member (json_object_get_object_member (contact, "members"), "m2"));

  /* An observer's _id is a uuid: the contact's is the same suffix. */
  ngo_contact = record_json (session, "contact:0b6f3c2e-1111-4a2b-9c3d-123456789abc");
  g_assert_cmpstr (json_object_get_string_member (contact_entry (ngo_contact, "n1"), "email"), ==, "ada@ngo.org");
  ngo = record_json (session, "delegation:0b6f3c2e-1111-4a2b-9c3d-123456789abc");
  g_assert_false (json_object_has_member (json_array_get_object_element (json_object_get_array_member (ngo, "members"), 0),
                                          "email"));

  /* A contact record there already has the last word; its unknown
   * fields stay. */
  ita = record_json (session, "delegation:ITA");
  g_assert_false (json_object_has_member (json_array_get_object_element (json_object_get_array_member (ita, "members"), 0),
                                          "email"));
  ita_contact = record_json (session, "contact:ITA");
  g_assert_cmpstr (json_object_get_string_member (contact_entry (ita_contact, "i1"), "email"), ==, "new@example.it");
  g_assert_cmpstr (json_object_get_string_member (ita_contact, "note"), ==, "kept");

  /* Not an edit to undo; the file written holds no email in a delegation. */
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));
  text = pl_session_file_serialize (session, NULL);
  g_assert_null (strstr (text, "\"email\": \"\""));
  {
    g_autoptr(GBytes) again = g_bytes_new (text, strlen (text));
    g_autoptr(PlSession) reloaded = pl_session_file_load_bytes (again, "new.plenary", &error);
    g_autofree char *text2 = NULL;

    g_assert_no_error (error);
    text2 = pl_session_file_serialize (reloaded, NULL);
    g_assert_cmpstr (text, ==, text2);
  }

  /* A delegate's copy may write neither record: it is left as it is, and
   * the public delegations it pulls next carry no email. */
  {
    g_autofree char *delegate_text = g_strdup (old_file);
    g_autoptr(GString) with_roles = g_string_new (NULL);
    g_autoptr(GBytes) delegate_bytes = NULL;
    g_autoptr(PlSession) delegate_copy = NULL;
    g_autoptr(JsonObject) kept = NULL;

    /* The same file, with the roles of a delegate's account. */
    g_string_append_len (with_roles, delegate_text, strlen (delegate_text) - 1);
    g_string_append (with_roles, ",\"sync\":{\"roles\":[\"delegate\",\"delegation:FRA\"],\"records\":{}}}");
    delegate_bytes = g_bytes_new (with_roles->str, with_roles->len);
    delegate_copy = pl_session_file_load_bytes (delegate_bytes, "delegate.plenary", &error);
    g_assert_no_error (error);
    g_assert_null (pl_session_lookup (delegate_copy, "contact:FRA"));
    kept = record_json (delegate_copy, "delegation:FRA");
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                       json_object_get_array_member (kept, "members"), 0), "email"), ==, "jean@example.fr");
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/session-file/bad/%s", bad_files[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_bad_file);
    }
  g_test_add_func ("/session-file/slash-outside-strings", test_slash_outside_strings);
  g_test_add_func ("/session-file/json-text-scan", test_json_text_scan);
  g_test_add_func ("/session-file/json-text-plain-escapes", test_json_text_plain_escapes);
  g_test_add_func ("/session-file/json-text-utf8", test_json_text_utf8);
  g_test_add_func ("/session-file/json-node-objects", test_json_node_objects);
  g_test_add_func ("/session-file/infinite-number", test_infinite_number_round_trip);
  g_test_add_func ("/session-file/missing", test_missing_file);
  g_test_add_func ("/session-file/save-keeps-backup", test_save_keeps_backup);
  g_test_add_func ("/session-file/save-error", test_save_error_names_file);
  g_test_add_func ("/session-file/save-mode-owner-only", test_save_mode_owner_only);
  g_test_add_func ("/session-file/private-folder", test_private_folder);
  g_test_add_func ("/session-file/migrate-member-emails", test_migrate_member_emails);

  return g_test_run ();
}
