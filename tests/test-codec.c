/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pl-codec.h"
#include "pl-json-writer.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"
#include "pl-value.h"

/* Load the sample, save, load that, save again: the two saves are
 * byte-identical. */
static void
test_sample_round_trip (void)
{
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *first = g_build_filename (dir, "first.plenary", NULL);
  g_autofree char *second = g_build_filename (dir, "second.plenary", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autoptr(PlSession) reloaded = NULL;
  g_autofree char *a = NULL, *b = NULL;
  gsize la, lb;

  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (sample, first, &error));
  g_assert_no_error (error);

  reloaded = pl_session_file_load (first, &error);
  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (reloaded, second, &error));
  g_assert_no_error (error);

  a = pl_test_read_file (first, &la);
  b = pl_test_read_file (second, &lb);
  g_assert_cmpmem (a, la, b, lb);
}

/* Every field of every record type survives a write and a read. */
static void
test_every_field (void)
{
  const GType *types;
  guint n_types;

  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      g_autoptr(PlRecord) record = g_object_new (types[t], NULL);
      g_autoptr(PlRecord) copy = NULL;
      g_autoptr(JsonObject) json = NULL;
      g_autoptr(GError) error = NULL;
      GParamSpec **fields;
      guint n_fields;

      /* Give every field a value that is not its default. */
      pl_test_assert_properties_notify_once (G_OBJECT (record));
      pl_record_set_rev (record, "3-abc");

      json = pl_codec_record_to_json (record);
      g_assert_true (pl_codec_record_from_json (json, &copy, NULL, &error));
      g_assert_no_error (error);
      g_assert_nonnull (copy);

      g_assert_cmpstr (pl_record_get_id (copy), ==, pl_record_get_id (record));
      g_assert_cmpstr (pl_record_get_rev (copy), ==, "3-abc");
      fields = pl_record_class_list_fields (PL_RECORD_GET_CLASS (record), &n_fields);
      g_assert_cmpuint (n_fields, >, 0);
      for (guint i = 0; i < n_fields; i++)
        {
          GParamSpec *field = fields[i];

          g_test_message ("%s.%s", g_type_name (types[t]), pl_record_field_json_name (field));
          g_assert_true (pl_value_equal (pl_record_get_field (record, field),
                                         pl_record_get_field (copy, field)));
        }
    }
}

static const char *unknown_doc =
  "{\"format\":\"plenary-session\",\"version\":1,\"future_top\":{\"x\":[1,2]},"
  "\"docs\":[{\"_id\":\"session\",\"type\":\"session\",\"title\":\"T\",\"colour\":\"blue\"},"
  "{\"_id\":\"item:1\",\"type\":\"item\",\"parent\":null,\"position\":\"V\",\"title\":\"A\","
  "\"annotation\":\"\",\"documents\":[],\"no_documentation_note\":\"\","
  "\"audio\":{\"url\":\"x\",\"length_s\":12}},"
  "{\"_id\":\"vote:1\",\"type\":\"vote\",\"result\":\"adopted\",\"counts\":[10,2,3]}],"
  "\"sync\":{\"server\":\"https://example.org\",\"last_seq\":[12,\"g1AAA\"],\"records\":{}}}";

/* Fields, records and top-level members this version does not know are
 * written back unchanged, after an edit too. */
static void
test_unknown_preserved (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (unknown_doc, strlen (unknown_doc));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "unknown.plenary", &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  JsonObject *top, *item, *vote, *settings;
  JsonArray *docs;

  g_assert_no_error (error);
  pl_agenda_item_set_title (PL_AGENDA_ITEM (pl_session_lookup (session, "item:1")), "A, edited");
  text = pl_session_file_serialize (session, NULL);

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  top = json_node_get_object (json_parser_get_root (parser));
  docs = json_object_get_array_member (top, "docs");
  settings = json_array_get_object_element (docs, 0);
  item = json_array_get_object_element (docs, 1);
  vote = json_array_get_object_element (docs, 2);

  g_assert_cmpstr (json_object_get_string_member (settings, "colour"), ==, "blue");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "A, edited");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (item, "audio"), "length_s"), ==, 12);
  g_assert_cmpstr (json_object_get_string_member (vote, "type"), ==, "vote");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (vote, "counts")), ==, 3);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (top, "future_top"), "x")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (top, "sync"), "server"), ==,
                   "https://example.org");
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_object_get_object_member (top, "sync"), "last_seq")));
}

/* Unknown fields come back in the order they were written, so a round
 * trip is byte-stable (found by fuzzing: json-glib's plain iterator walks
 * a hash table). */
static void
test_unknown_order (void)
{
  static const char text[] =
    "{\"format\":\"plenary-session\",\"version\":1,\"docs\":["
    "{\"_id\":\"item:1\",\"type\":\"item\",\"zeta\":1,\"due\":2,\"alpha\":3,\"basis\":4,\"mid\":5}],"
    "\"z_top\":1,\"a_top\":2}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "order.plenary", &error);
  g_autofree char *out = NULL;
  const char *z, *d, *a, *b, *m;

  g_assert_no_error (error);
  out = pl_session_file_serialize (session, NULL);
  z = strstr (out, "\"zeta\"");
  d = strstr (out, "\"due\"");
  a = strstr (out, "\"alpha\"");
  b = strstr (out, "\"basis\"");
  m = strstr (out, "\"mid\"");
  g_assert_true (z && d && a && b && m);
  g_assert_true (z < d && d < a && a < b && b < m);
  g_assert_true (strstr (out, "\"z_top\"") < strstr (out, "\"a_top\""));
}

/* What pl_session_file_serialize() wrote before issue 11: a JsonNode tree
 * of the whole session, printed by json-glib's generator. */
static char *
serialize_with_generator (PlSession *session)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top = json_object_new ();
  JsonArray *docs = json_array_new ();
  GPtrArray *foreign = pl_session_get_foreign_docs (session);
  JsonObject *extra = pl_session_get_extra (session);
  const GType *types;
  guint n_types;
  g_autofree char *text = NULL;

  json_object_set_string_member (top, "format", PL_SESSION_FILE_FORMAT);
  json_object_set_int_member (top, "version", PL_SESSION_FILE_VERSION);
  types = pl_session_list_record_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      GListModel *model = pl_session_get_records (session, types[i]);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, j);

          json_array_add_object_element (docs, pl_codec_record_to_json (record));
        }
    }
  for (guint i = 0; i < foreign->len; i++)
    json_array_add_object_element (docs, json_object_ref (g_ptr_array_index (foreign, i)));
  json_object_set_array_member (top, "docs", docs);
  if (pl_session_get_sync_state (session) != NULL)
    json_object_set_object_member (top, "sync", json_object_ref (pl_session_get_sync_state (session)));
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        json_object_set_member (top, name, json_node_copy (node));
    }
  root = json_node_init_object (json_node_alloc (), top);
  json_object_unref (top);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static void
assert_same_layout (PlSession *session)
{
  g_autofree char *expected = serialize_with_generator (session);
  g_autofree char *written = NULL;
  gsize length;

  written = pl_session_file_serialize (session, &length);
  g_assert_cmpuint (length, ==, strlen (written));
  g_assert_cmpstr (written, ==, expected);
}

/* Issue 11: the file is written from the records, without a JSON tree;
 * the text is the one json-glib's pretty printer gave, byte for byte, for
 * the sample, the large generated session, and values of every JSON kind
 * (escapes, doubles, empty and nested containers, unknown members,
 * foreign documents, the sync state). */
static void
test_serialize_layout (void)
{
  static const char tricky[] =
    "{\"format\":\"plenary-session\",\"version\":1,\"empty_top\":{},\"list_top\":[],"
    "\"docs\":[{\"_id\":\"session\",\"type\":\"session\",\"title\":\"Quote \\\" back \\\\ slash / "
    "\\b\\f\\n\\r\\t \\u0001\\u0007\\u001e\\u007f caf\\u00e9 \\u4f1a \\ud83d\\ude00\","
    "\"ratio\":1.5,\"whole\":2.0,\"huge\":1e300,\"tiny\":-2.5e-7,\"neg\":-42,\"big\":9007199254740993,"
    "\"flag\":false,\"nothing\":null,\"nest\":{\"a\":[],\"b\":{},\"c\":[{},[],[[1]],{\"d\":null}]}},"
    "{\"_id\":\"item:1\",\"type\":\"item\",\"position\":\"V\",\"title\":\"A\",\"documents\":[],"
    "\"tags\\\"q\":[\"x\"]},"
    "{\"_id\":\"vote:1\",\"type\":\"vote\",\"counts\":[],\"meta\":{}}],"
    "\"sync\":{\"server\":\"https://example.org\",\"last_seq\":[12,\"g1AAA\"],\"records\":{}}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autoptr(PlSession) large = pl_test_generate_large_session (42);
  g_autoptr(GBytes) unknown = g_bytes_new_static (unknown_doc, strlen (unknown_doc));
  g_autoptr(GBytes) tricky_bytes = g_bytes_new_static (tricky, strlen (tricky));
  g_autoptr(PlSession) with_unknown = NULL;
  g_autoptr(PlSession) with_tricky = NULL;

  g_assert_no_error (error);
  assert_same_layout (sample);
  assert_same_layout (large);

  with_unknown = pl_session_file_load_bytes (unknown, "unknown.plenary", &error);
  g_assert_no_error (error);
  assert_same_layout (with_unknown);

  with_tricky = pl_session_file_load_bytes (tricky_bytes, "tricky.plenary", &error);
  g_assert_no_error (error);
  assert_same_layout (with_tricky);

  /* An empty session: "docs" : [] */
  {
    g_autoptr(PlSession) empty = pl_session_new ();

    assert_same_layout (empty);
  }
}

/* Where json-glib 1.6.6 writes text that is not JSON, we write JSON, and
 * the file reads back with the same values: U+001F (json-glib writes it
 * raw) and a double with an exponent and no point (json-glib appends
 * ".0": "1e+22.0"). */
static void
test_serialize_not_json_in_json_glib (void)
{
  static const char text[] =
    "{\"format\":\"plenary-session\",\"version\":1,"
    "\"docs\":[{\"_id\":\"session\",\"type\":\"session\",\"big\":1e22}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "not-json.plenary", &error);
  g_autoptr(PlSession) reloaded = NULL;
  g_autoptr(GBytes) written_bytes = NULL;
  PlSessionSettings *settings;
  gsize length;
  char *written;

  g_assert_no_error (error);
  settings = pl_session_get_settings (session);
  pl_session_settings_set_title (settings, "a\x1f" "b");
  written = pl_session_file_serialize (session, &length);
  g_assert_nonnull (strstr (written, "\"big\" : 1e+22\n"));
  g_assert_nonnull (strstr (written, "\"a\\u001fb\""));
  g_assert_null (memchr (written, 0x1f, length));

  written_bytes = g_bytes_new_take (written, length);
  reloaded = pl_session_file_load_bytes (written_bytes, "not-json.plenary", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_session_settings_get_title (pl_session_get_settings (reloaded)), ==, "a\x1f" "b");
  g_assert_cmpfloat (json_node_get_double (json_object_get_member (pl_record_get_extra (PL_RECORD (pl_session_get_settings (reloaded))), "big")), ==, 1e22);
}

/* The request bodies' writer: the same values as the file's, without
 * blanks, and JSON where json-glib's generator would not write it. */
static void
test_compact_writer (void)
{
  static const char text[] =
    "{\"a\":[],\"b\":{},\"c\":[1,-2.5,\"x\\u001f\\\"\\n\",1e+22,true,false,null],\"d\":{\"e\":{\"f\":[[]]}}}";
  g_autoptr(JsonNode) node = json_from_string (text, NULL);
  g_autofree char *written = NULL;
  gsize length = 0;

  g_assert_nonnull (node);
  written = pl_json_writer_compact (node, &length);
  g_assert_cmpstr (written, ==, text);
  g_assert_cmpuint (length, ==, strlen (text));
}

/* A value of the wrong type leaves the record as it was. */
static void
test_apply_all_or_nothing (void)
{
  g_autoptr(PlDocument) document = pl_document_new ("document:1");
  g_autoptr(JsonNode) node = json_from_string ("{\"symbol\":\"A/1\",\"title\":\"New\",\"kind\":\"poem\"}", NULL);
  g_autoptr(GError) error = NULL;
  const char *bad_field = NULL;

  pl_document_set_title (document, "Old");
  g_assert_false (pl_codec_apply (PL_RECORD (document), json_node_get_object (node), &bad_field, &error));
  g_assert_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_BAD_VALUE);
  g_assert_cmpstr (bad_field, ==, "kind");
  g_assert_nonnull (strstr (error->message, "report, note, crp, resolution, other"));
  g_assert_cmpstr (pl_document_get_title (document), ==, "Old");
  g_assert_null (pl_document_get_symbol (document));
}

/* Issue 16: a member's email is in the secretariat-only `contact` record,
 * keyed by the member's id, never in the public `delegation`; both read
 * and write back as they were, fields this version does not know
 * included. */
static const char contact_doc[] =
  "{\"format\":\"plenary-session\",\"version\":1,\"docs\":["
  "{\"_id\":\"session\",\"type\":\"session\",\"title\":\"T\"},"
  "{\"_id\":\"delegation:FRA\",\"type\":\"delegation\",\"name\":\"France\",\"iso3\":\"FRA\","
  "\"category\":\"state_party\",\"members\":["
  "{\"id\":\"m1\",\"name\":\"Jean Dupont\",\"function\":\"head\",\"rank\":\"minister\",\"badge\":\"B-1\"}]},"
  "{\"_id\":\"contact:FRA\",\"type\":\"contact\",\"delegation\":\"delegation:FRA\","
  "\"members\":{\"m1\":{\"email\":\"jean@example.fr\",\"phone\":\"+33 1\",\"fax\":\"+33 2\"}},"
  "\"future\":[1,2]}]}";

static void
test_contact_round_trip (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (contact_doc, strlen (contact_doc));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "contact.plenary", &error);
  g_autoptr(PlSession) reloaded = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_autoptr(JsonObject) delegation_json = NULL;
  g_autoptr(PlRecord) copy = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  PlRecord *contact;
  JsonObject *entry;

  g_assert_no_error (error);
  g_assert_cmpuint (pl_session_get_foreign_docs (session)->len, ==, 0);
  contact = pl_session_lookup (session, "contact:FRA");
  g_assert_nonnull (contact);
  g_assert_cmpstr (pl_record_get_type_name (contact), ==, "contact");

  json = pl_codec_record_to_json (contact);
  g_assert_cmpstr (json_object_get_string_member (json, "delegation"), ==, "delegation:FRA");
  entry = json_object_get_object_member (json_object_get_object_member (json, "members"), "m1");
  g_assert_cmpstr (json_object_get_string_member (entry, "email"), ==, "jean@example.fr");
  g_assert_cmpstr (json_object_get_string_member (entry, "phone"), ==, "+33 1");
  g_assert_cmpstr (json_object_get_string_member (entry, "fax"), ==, "+33 2");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json, "future")), ==, 2);

  g_assert_true (pl_codec_record_from_json (json, &copy, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_record_get_type_name (copy), ==, "contact");

  delegation_json = pl_codec_record_to_json (pl_session_lookup (session, "delegation:FRA"));
  g_assert_false (json_object_has_member (json_array_get_object_element (
                    json_object_get_array_member (delegation_json, "members"), 0), "email"));

  text = pl_session_file_serialize (session, NULL);
  {
    g_autoptr(GBytes) again = g_bytes_new (text, strlen (text));

    reloaded = pl_session_file_load_bytes (again, "again.plenary", &error);
    g_assert_no_error (error);
  }
  text2 = pl_session_file_serialize (reloaded, NULL);
  g_assert_cmpstr (text, ==, text2);
  g_assert_nonnull (strstr (text, "\"jean@example.fr\""));
}

/* Issue 16, point 2: what a document leaves out, or has as null, is
 * written back the same way (to the server and to the file) until a
 * person gives it a value; an edit undone is no edit. */
static void
test_absent_fields_stay_absent (void)
{
  static const char sparse[] =
    "{\"_id\": \"speaker:1\", \"type\": \"speaker\", \"list\": \"speaker_list:1\", "
    "\"delegation\": \"delegation:FRA\", \"person\": \"Ms. Sparse\", \"on_behalf_of\": null, \"mode\": null}";
  g_autoptr(JsonNode) node = json_from_string (sparse, NULL);
  g_autoptr(PlRecord) record = NULL;
  g_autoptr(JsonObject) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(JsonNode) printed = NULL;

  g_assert_true (pl_codec_record_from_json (json_node_get_object (node), &record, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_speaker_get_rank (PL_SPEAKER (record)), ==, PL_RANK_UNKNOWN);
  g_assert_cmpint (pl_speaker_get_mode (PL_SPEAKER (record)), ==, PL_SPEAKER_MODE_PODIUM);

  written = pl_codec_record_to_json (record);
  g_assert_true (json_object_equal (written, json_node_get_object (node)));
  pl_codec_record_write (record, text, 0);
  printed = json_from_string (text->str, &error);
  g_assert_no_error (error);
  g_assert_true (json_object_equal (json_node_get_object (printed), json_node_get_object (node)));

  /* A person sets the rank and the mode: written. */
  pl_speaker_set_rank (PL_SPEAKER (record), PL_RANK_MINISTER);
  pl_speaker_set_mode (PL_SPEAKER (record), PL_SPEAKER_MODE_FLOOR);
  g_clear_pointer (&written, json_object_unref);
  written = pl_codec_record_to_json (record);
  g_assert_cmpstr (json_object_get_string_member (written, "rank"), ==, "minister");
  g_assert_cmpstr (json_object_get_string_member (written, "mode"), ==, "floor");
  g_assert_false (json_object_has_member (written, "status"));

  /* Set back (an undo): as it came again. */
  pl_speaker_set_rank (PL_SPEAKER (record), PL_RANK_UNKNOWN);
  pl_speaker_set_mode (PL_SPEAKER (record), PL_SPEAKER_MODE_PODIUM);
  g_clear_pointer (&written, json_object_unref);
  written = pl_codec_record_to_json (record);
  g_assert_true (json_object_equal (written, json_node_get_object (node)));

  /* A record made here writes every field, as before. */
  {
    g_autoptr(PlSpeaker) fresh = pl_speaker_new (NULL);
    g_autoptr(JsonObject) all = pl_codec_record_to_json (PL_RECORD (fresh));

    g_assert_cmpstr (json_object_get_string_member (all, "rank"), ==, "unknown");
    g_assert_true (json_object_has_member (all, "duration_s"));
  }
}

/* A document's web address: absent stays absent, given comes back, and an
 * edit undone leaves it out again; only http(s) addresses are valid. */
static void
test_document_url (void)
{
  static const char plain[] =
    "{\"_id\": \"document:1\", \"type\": \"document\", \"symbol\": \"CTOC/COP/2020/1\", "
    "\"title\": \"Agenda\", \"kind\": \"report\", \"status\": \"issued\", \"languages\": [\"en\"], "
    "\"note\": \"\"}";
  static const char linked[] =
    "{\"_id\": \"document:2\", \"type\": \"document\", \"symbol\": \"CTOC/COP/2020/2\", "
    "\"url\": \"https://documents.example.org/CTOC/COP/2020/2\"}";
  g_autoptr(JsonNode) plain_node = json_from_string (plain, NULL);
  g_autoptr(JsonNode) linked_node = json_from_string (linked, NULL);
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(PlRecord) record = NULL;
  g_autoptr(PlRecord) other = NULL;
  g_autoptr(JsonObject) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pl_codec_record_from_json (json_node_get_object (plain_node), &record, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (pl_document_get_url (PL_DOCUMENT (record)));
  written = pl_codec_record_to_json (record);
  g_assert_false (json_object_has_member (written, "url"));
  g_assert_true (json_object_equal (written, json_node_get_object (plain_node)));

  g_assert_true (pl_codec_record_from_json (json_node_get_object (linked_node), &other, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_document_get_url (PL_DOCUMENT (other)), ==, "https://documents.example.org/CTOC/COP/2020/2");
  g_assert_null (pl_record_get_extra (other) ? json_object_get_member (pl_record_get_extra (other), "url") : NULL);
  g_clear_pointer (&written, json_object_unref);
  written = pl_codec_record_to_json (other);
  g_assert_true (json_object_equal (written, json_node_get_object (linked_node)));

  /* Set in a session, then undone: the record is as it came. */
  pl_session_add_record (session, record);
  pl_history_clear (history);
  pl_document_set_url (PL_DOCUMENT (record), "https://documents.example.org/CTOC/COP/2020/1");
  g_clear_pointer (&written, json_object_unref);
  written = pl_codec_record_to_json (record);
  g_assert_cmpstr (json_object_get_string_member (written, "url"), ==, "https://documents.example.org/CTOC/COP/2020/1");
  g_assert_true (pl_history_undo (history));
  g_assert_null (pl_document_get_url (PL_DOCUMENT (record)));
  g_clear_pointer (&written, json_object_unref);
  written = pl_codec_record_to_json (record);
  g_assert_true (json_object_equal (written, json_node_get_object (plain_node)));
  g_assert_true (pl_history_redo (history));
  g_assert_cmpstr (pl_document_get_url (PL_DOCUMENT (record)), ==, "https://documents.example.org/CTOC/COP/2020/1");

  g_assert_true (pl_document_url_is_valid ("https://documents.example.org/CTOC/COP/2020/1"));
  g_assert_true (pl_document_url_is_valid ("http://example.org/a.pdf?lang=fr"));
  g_assert_true (pl_document_url_is_valid ("HTTPS://example.org"));
  g_assert_false (pl_document_url_is_valid (NULL));
  g_assert_false (pl_document_url_is_valid (""));
  g_assert_false (pl_document_url_is_valid ("documents.example.org/a.pdf"));
  g_assert_false (pl_document_url_is_valid ("file:///etc/passwd"));
  g_assert_false (pl_document_url_is_valid ("javascript:alert(1)"));
  g_assert_false (pl_document_url_is_valid ("https://"));
  g_assert_false (pl_document_url_is_valid ("https://example.org/a b.pdf"));
}

static void
on_field_changed_cb (PlRecord     *record,
                     GParamSpec   *field,
                     const GValue *old_value,
                     GValue       *seen)
{
  g_value_init (seen, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, seen);
}

/* Issue 23: a record read from a document gets its values moved in
 * without set_field()'s signals. It must be the record pl_codec_apply()
 * makes of the same document on a new record (values, presence, unknown
 * members, _rev, JSON values sealed), and behave like one afterwards:
 * an edit reports the value read as the old one. Every record of the
 * sample, then documents with what the sample lacks. */
static void
check_made_as_applied (JsonObject *doc)
{
  g_autoptr(PlRecord) made = NULL;
  g_autoptr(PlRecord) applied = NULL;
  g_autoptr(JsonObject) made_json = NULL;
  g_autoptr(JsonObject) applied_json = NULL;
  g_autoptr(GError) error = NULL;
  GParamSpec **fields;
  guint n_fields;

  g_assert_true (pl_codec_record_from_json (doc, &made, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (made);
  applied = g_object_new (G_OBJECT_TYPE (made), "id", pl_record_get_id (made), NULL);
  g_assert_true (pl_codec_apply (applied, doc, NULL, &error));
  g_assert_no_error (error);

  made_json = pl_codec_record_to_json (made);
  applied_json = pl_codec_record_to_json (applied);
  g_assert_true (json_object_equal (made_json, applied_json));
  g_assert_cmpstr (pl_record_get_rev (made), ==, pl_record_get_rev (applied));
  g_assert_cmpint (pl_record_get_extra (made) != NULL, ==, pl_record_get_extra (applied) != NULL);
  if (pl_record_get_extra (made) != NULL)
    g_assert_true (json_object_equal (pl_record_get_extra (made), pl_record_get_extra (applied)));

  fields = pl_record_class_list_fields (PL_RECORD_GET_CLASS (made), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      const GValue *value = pl_record_get_field (made, fields[i]);

      g_assert_true (pl_value_equal (value, pl_record_get_field (applied, fields[i])));
      g_assert_cmpint (pl_record_get_field_presence (made, fields[i]), ==,
                       pl_record_get_field_presence (applied, fields[i]));
      if (G_VALUE_HOLDS (value, JSON_TYPE_NODE) && g_value_get_boxed (value) != NULL)
        g_assert_true (json_node_is_immutable (g_value_get_boxed (value)));
    }

  /* An edit of the first string field reports what was read. */
  for (guint i = 0; i < n_fields; i++)
    if (fields[i]->value_type == G_TYPE_STRING)
      {
        g_auto(GValue) seen = G_VALUE_INIT;
        g_auto(GValue) edit = G_VALUE_INIT;
        g_autofree char *before = g_value_dup_string (pl_record_get_field (made, fields[i]));

        g_signal_connect (made, "field-changed", G_CALLBACK (on_field_changed_cb), &seen);
        g_value_init (&edit, G_TYPE_STRING);
        g_value_set_string (&edit, "an edit nobody made before");
        g_assert_true (pl_record_set_field (made, fields[i], &edit));
        g_assert_true (G_VALUE_HOLDS_STRING (&seen));
        g_assert_cmpstr (g_value_get_string (&seen), ==, before);
        g_signal_handlers_disconnect_by_func (made, on_field_changed_cb, &seen);
        break;
      }
}

static void
test_made_as_applied (void)
{
  static const char * const docs[] = {
    /* Absent, null and unknown members, a _rev, a list. */
    "{\"_id\": \"document:1\", \"type\": \"document\", \"_rev\": \"3-abc\", \"symbol\": null, "
    "\"languages\": [\"en\", \"fr\"], \"from_a_newer_version\": {\"a\": [1, 2]}, \"note\": \"n\"}",
    /* As many members as the fields it has, one of them unknown. */
    "{\"_id\": \"document:2\", \"type\": \"document\", \"title\": \"T\", \"unknown\": 1}",
    /* Only the reserved members. */
    "{\"_id\": \"document:3\", \"type\": \"document\"}",
    /* A JSON field. */
    "{\"_id\": \"document:4\", \"type\": \"document\", "
    "\"i18n\": {\"fr\": {\"title\": {\"text\": \"Ordre du jour\", \"source\": \"x\"}}}}",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  const GType *types;
  guint n_types;

  g_assert_no_error (error);
  types = pl_session_list_record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      GListModel *records = pl_session_get_records (sample, types[t]);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (records, i);
          g_autoptr(JsonObject) doc = pl_codec_record_to_json (record);

          check_made_as_applied (doc);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (docs[i], &error);

      g_assert_no_error (error);
      g_test_message ("%s", docs[i]);
      check_made_as_applied (json_node_get_object (node));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/codec/sample-round-trip", test_sample_round_trip);
  g_test_add_func ("/codec/every-field", test_every_field);
  g_test_add_func ("/codec/unknown-preserved", test_unknown_preserved);
  g_test_add_func ("/codec/serialize-layout", test_serialize_layout);
  g_test_add_func ("/codec/serialize-not-json-in-json-glib", test_serialize_not_json_in_json_glib);
  g_test_add_func ("/codec/compact-writer", test_compact_writer);
  g_test_add_func ("/codec/apply-all-or-nothing", test_apply_all_or_nothing);
  g_test_add_func ("/codec/unknown-order", test_unknown_order);
  g_test_add_func ("/codec/contact-round-trip", test_contact_round_trip);
  g_test_add_func ("/codec/absent-fields-stay-absent", test_absent_fields_stay_absent);
  g_test_add_func ("/codec/document-url", test_document_url);
  g_test_add_func ("/codec/made-as-applied", test_made_as_applied);

  return g_test_run ();
}
