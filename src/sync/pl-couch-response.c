/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pl-couch-client.h"
#include "pl-couch-response.h"
#include "pl-json-text.h"

/*
 * Only these accessors touch what a server sent: json-glib's typed getters
 * (json_object_get_array_member, json_array_get_object_element...) emit a
 * critical when the member has another type, and a server we do not
 * control may send any type anywhere.
 */
static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

/**
 * pl_couch_response_string_member:
 * @object: (nullable): an object the server sent
 *
 * Returns: (transfer none) (nullable): the member @name if it is a
 *   string, else %NULL
 */
const char *
pl_couch_response_string_member (JsonObject *object,
                                 const char *name)
{
  JsonNode *node = member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
member_true (JsonObject *object,
             const char *name)
{
  JsonNode *node = member (object, name);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN && json_node_get_boolean (node);
}

static JsonObject *
element_object (JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

void
pl_couch_change_free (PlCouchChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->rev);
  g_clear_pointer (&change->doc, json_object_unref);
  g_free (change);
}

void
pl_couch_result_free (PlCouchResult *result)
{
  if (result == NULL)
    return;
  g_free (result->id);
  g_free (result->rev);
  g_free (result->error);
  g_free (result->reason);
  g_free (result);
}

/**
 * pl_couch_response_content:
 *
 * A document's content: every member but the server's bookkeeping
 * (`_rev`, `_revisions`, `_conflicts`...), which never takes part in a
 * merge; `_id` stays.
 *
 * Returns: (transfer full): a new object
 */
JsonObject *
pl_couch_response_content (JsonObject *doc)
{
  JsonObject *content = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init (&iter, doc);
  while (json_object_iter_next (&iter, &name, &node))
    if (name[0] != '_' || g_str_equal (name, "_id"))
      json_object_set_member (content, name, json_node_copy (node));

  return content;
}

/* Whether @text (stripped) is one JSON object or array, nothing after it
 * and nothing stray in it: no CouchDB answer is anything else, and
 * json-glib is unsafe on such text (see pl_json_text_scan()). */
static gboolean
is_one_container (const char *text)
{
  gsize length = strlen (text);

  return length > 0 && pl_json_text_scan (text, length, NULL) == PL_JSON_TEXT_OK;
}

/* Whether @text holds an escape that json-glib may decode into bytes
 * that are not UTF-8: any backslash but those of \" \\ \/ \b \f \n \r
 * \t (a \u escape can name half a surrogate pair, and json-glib reads
 * "\202" as the byte 0x82). Without one, every string and name is a
 * piece of @text, which is UTF-8, and needs no check of its own. */
static gboolean
has_unsafe_escape (const char *text)
{
  for (const char *p = strchr (text, '\\'); p != NULL; p = strchr (p + 2, '\\'))
    if (p[1] == '\0' || strchr ("\"\\/bfnrt", p[1]) == NULL)
      return TRUE;
  return FALSE;
}

/**
 * pl_couch_response_parse_body:
 *
 * The JSON of an answer. PouchDB Server sends newlines as heartbeats on a
 * long poll: blank lines around the JSON are not an error.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL if the body is
 *   empty, cut short, not JSON, or not one object or array
 */
JsonNode *
pl_couch_response_parse_body (const char *data,
                              gsize       size)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *text = NULL;

  /* Not NUL-terminated, and may hold NULs: a string of its own, cut at
   * the first NUL (JSON text never contains one). */
  text = g_strstrip (g_strndup (data != NULL ? data : "", size));
  if (*text == '\0' || !is_one_container (text))
    return NULL;
  /* JSON is UTF-8 (RFC 8259), and json-glib 1.6 checks neither the text
   * nor the strings it decodes: a string with invalid bytes was merged
   * into a record and saved in a file that the loader then refused
   * (found by fuzz-couch-changes). */
  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  /* Belt and braces: json-glib gives no root for a body of no value.
   * The strings are walked only when an escape may have made one that
   * is not UTF-8 (3 % of an initial pull's instructions, issue 23). */
  if (json_parser_get_root (parser) == NULL ||
      (has_unsafe_escape (text) && !pl_json_node_is_utf8 (json_parser_get_root (parser), NULL)))
    return NULL;
  return json_node_ref (json_parser_get_root (parser));
}

static PlCouchChange *
change_new (const char *id,
            const char *rev,
            JsonObject *doc)
{
  PlCouchChange *change = g_new0 (PlCouchChange, 1);

  change->id = g_strdup (id);
  change->rev = g_strdup (rev);
  if (doc != NULL)
    {
      /* The row's id is the one the change is about: a document that
       * names another (or none) must not land on, or as, another record
       * (found by fuzz-couch-changes). */
      change->doc = pl_couch_response_content (doc);
      json_object_set_string_member (change->doc, "_id", id);
    }
  return change;
}

/**
 * pl_couch_response_parse_changes:
 * @answer: the answer to `GET /db/_changes?include_docs=true` (normal or
 *   longpoll feed)
 * @last_seq: (out) (transfer full) (optional) (nullable): the answer's
 *   `last_seq`, opaque, as it came; %NULL if it has none
 *
 * The changes of the answer, in order. Rows without an id, and the
 * server's own documents (`_design/...`), are skipped: they are not
 * records.
 *
 * Returns: (transfer full) (element-type PlCouchChange): the changes, or
 *   %NULL with @error set if the answer has no `results` array
 */
GPtrArray *
pl_couch_response_parse_changes (JsonNode  *answer,
                                 JsonNode **last_seq,
                                 GError   **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  JsonObject *object;
  JsonArray *results;
  JsonNode *seq;

  object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  results = member_array (object, "results");
  if (results == NULL)
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                   _("a list of changes without “results”"));
      return NULL;
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_couch_change_free);
  for (guint i = 0; i < json_array_get_length (results); i++)
    {
      JsonObject *change = element_object (results, i);
      JsonObject *doc;
      JsonArray *revs;
      const char *id, *rev = NULL;

      id = pl_couch_response_string_member (change, "id");
      if (id == NULL || id[0] == '_')
        continue;

      doc = member_object (change, "doc");
      rev = pl_couch_response_string_member (doc, "_rev");
      revs = member_array (change, "changes");
      if (rev == NULL && revs != NULL && json_array_get_length (revs) > 0)
        rev = pl_couch_response_string_member (element_object (revs, 0), "rev");

      if (member_true (change, "deleted") || member_true (doc, "_deleted"))
        doc = NULL;
      g_ptr_array_add (changes, change_new (id, rev, doc));
    }

  seq = member (object, "last_seq");
  if (last_seq != NULL)
    *last_seq = seq != NULL ? json_node_copy (seq) : NULL;

  return g_steal_pointer (&changes);
}

/**
 * pl_couch_response_changes_has_more:
 * @answer: an answer to `GET /db/_changes?limit=@limit`
 * @limit: the page size asked for
 *
 * Whether changes remain after this page: the server's `pending` count
 * when it gives one (CouchDB), else a full page (PouchDB Server gives no
 * `pending`). Rows the parser skips count: the page is what the server
 * sent.
 *
 * Returns: %TRUE if the next page should be asked for
 */
gboolean
pl_couch_response_changes_has_more (JsonNode *answer,
                                    guint     limit)
{
  JsonObject *object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonArray *results = member_array (object, "results");
  JsonNode *pending = member (object, "pending");

  if (results == NULL || json_array_get_length (results) == 0)
    return FALSE;
  if (pending != NULL && (json_node_get_value_type (pending) == G_TYPE_INT64 ||
                          json_node_get_value_type (pending) == G_TYPE_DOUBLE))
    return json_node_get_double (pending) > 0;
  return json_array_get_length (results) >= limit;
}

/**
 * pl_couch_response_parse_rows:
 * @answer: the answer to `POST /db/_all_docs?include_docs=true` with keys
 *
 * The rows of the answer as changes: a deleted document, or a row without
 * its document, is a change with no @doc. Rows for unknown keys (`error`:
 * `not_found`, no `value`) are skipped.
 *
 * Returns: (transfer full) (element-type PlCouchChange): the rows, or
 *   %NULL with @error set if the answer has no `rows` array
 */
GPtrArray *
pl_couch_response_parse_rows (JsonNode  *answer,
                              GError   **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *object;
  JsonArray *array;

  object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  array = member_array (object, "rows");
  if (array == NULL)
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                   _("a list of documents without rows"));
      return NULL;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_couch_change_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *row = element_object (array, i);
      JsonObject *value = member_object (row, "value");
      JsonObject *doc = member_object (row, "doc");
      const char *id = pl_couch_response_string_member (row, "id");

      if (value == NULL || id == NULL)
        continue;
      if (member_true (value, "deleted"))
        doc = NULL;
      g_ptr_array_add (rows, change_new (id, pl_couch_response_string_member (value, "rev"), doc));
    }

  return g_steal_pointer (&rows);
}

/**
 * pl_couch_response_parse_bulk_results:
 * @answer: the answer to `POST /db/_bulk_docs`
 *
 * Returns: (transfer full) (element-type PlCouchResult): one result per
 *   element with an id, in order, or %NULL with @error set if the answer
 *   is not an array
 */
GPtrArray *
pl_couch_response_parse_bulk_results (JsonNode  *answer,
                                      GError   **error)
{
  g_autoptr(GPtrArray) results = NULL;
  JsonArray *array;

  if (answer == NULL || !JSON_NODE_HOLDS_ARRAY (answer))
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                   _("an answer to a push that is not a list"));
      return NULL;
    }

  array = json_node_get_array (answer);
  results = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_couch_result_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = element_object (array, i);
      const char *id = pl_couch_response_string_member (item, "id");
      PlCouchResult *result;

      if (id == NULL)
        continue;
      result = g_new0 (PlCouchResult, 1);
      result->id = g_strdup (id);
      result->rev = g_strdup (pl_couch_response_string_member (item, "rev"));
      result->error = g_strdup (pl_couch_response_string_member (item, "error"));
      result->reason = g_strdup (pl_couch_response_string_member (item, "reason"));
      g_ptr_array_add (results, result);
    }

  return g_steal_pointer (&results);
}

/**
 * pl_couch_response_session_roles:
 * @answer: the answer to `GET /_session`
 *
 * Returns: (transfer full): the session's user's roles
 *   (`userCtx.roles`, its strings only), empty if there are none
 */
GStrv
pl_couch_response_session_roles (JsonNode *answer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonObject *object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonArray *roles = member_array (member_object (object, "userCtx"), "roles");

  for (guint i = 0; roles != NULL && i < json_array_get_length (roles); i++)
    {
      JsonNode *role = json_array_get_element (roles, i);

      if (json_node_get_value_type (role) == G_TYPE_STRING)
        g_strv_builder_add (builder, json_node_get_string (role));
    }
  return g_strv_builder_end (builder);
}

/**
 * pl_couch_response_session_user:
 * @answer: the answer to `GET /_session`
 *
 * Returns: (transfer none) (nullable): the session's user's name
 *   (`userCtx.name`), %NULL for an anonymous session
 */
const char *
pl_couch_response_session_user (JsonNode *answer)
{
  JsonObject *object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;

  return pl_couch_response_string_member (member_object (object, "userCtx"), "name");
}

/**
 * pl_couch_response_session_is_admin:
 * @answer: the answer to `GET /_session`
 *
 * Returns: whether the session's user holds the role `_admin`
 */
gboolean
pl_couch_response_session_is_admin (JsonNode *answer)
{
  g_auto(GStrv) roles = pl_couch_response_session_roles (answer);

  return g_strv_contains ((const char * const *) roles, "_admin");
}

/**
 * pl_couch_response_reason:
 * @answer: (nullable): an error answer (`{"error": ..., "reason": ...}`)
 *
 * Returns: (transfer none) (nullable): the server's reason, if it gave a
 *   string
 */
const char *
pl_couch_response_reason (JsonNode *answer)
{
  JsonObject *object = answer != NULL && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;

  return pl_couch_response_string_member (object, "reason");
}

/**
 * pl_couch_response_document:
 * @answer: the answer to `GET /db/<id>`
 *
 * Returns: (transfer none) (nullable): the document, or %NULL with @error
 *   set if the answer is not an object
 */
JsonObject *
pl_couch_response_document (JsonNode  *answer,
                            GError   **error)
{
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                   _("a document that is not a JSON object"));
      return NULL;
    }
  return json_node_get_object (answer);
}
