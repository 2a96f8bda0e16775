/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-session.h"
#include "pl-versions.h"

/* The six official languages of the United Nations, in the order the UN
 * lists them (English names' alphabetical order), as the exports'
 * `--language` spells them. */
static const char * const un_languages[] = { "ar", "zh", "en", "fr", "ru", "es", NULL };

/* What a document prints, per record type (issue 21, point 1). By type
 * name, so that a type another part adds (`report_override`, issue 20)
 * needs no code here to exist first. */
static const char * const session_fields[] = { "body", "body_short", "title", "venue", NULL };
static const char * const item_fields[] = { "title", "short_title", "annotation", NULL };
static const char * const document_fields[] = { "title", "note", NULL };
static const char * const title_only[] = { "title", NULL };
static const char * const override_fields[] = { "text", NULL };
static const char * const no_fields[] = { NULL };

static const struct {
  const char         *type_name;
  const char * const *fields;
} translatable[] = {
  { "session", session_fields },
  { "item", item_fields },
  { "document", document_fields },
  { "proposal", title_only },
  { "meeting", title_only },
  { "report_override", override_fields },
};

/**
 * pl_versions_languages:
 *
 * Returns: (transfer none): the six UN language codes, %NULL-terminated
 */
const char * const *
pl_versions_languages (void)
{
  return un_languages;
}

gboolean
pl_versions_is_language (const char *code)
{
  return code != NULL && g_strv_contains (un_languages, code);
}

/**
 * pl_versions_language_code:
 * @code: (nullable): a language as a session's `original_language` may
 *   spell it ("en", "fr_FR", "zh-Hans")
 *
 * Returns: (transfer full) (nullable): its UN code ("fr"), or %NULL if it
 *   is none of the six
 */
char *
pl_versions_language_code (const char *code)
{
  for (guint i = 0; code != NULL && un_languages[i] != NULL; i++)
    if (g_ascii_strncasecmp (code, un_languages[i], 2) == 0 &&
        (code[2] == '\0' || code[2] == '_' || code[2] == '-'))
      return g_strdup (un_languages[i]);

  return NULL;
}

/**
 * pl_versions_language_name:
 * @code: a UN language code
 *
 * Returns: (transfer none): the language in words, in the interface's
 *   language ("French"), or @code itself for another code
 */
const char *
pl_versions_language_name (const char *code)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "ar", N_("Arabic") },
    { "zh", N_("Chinese") },
    { "en", N_("English") },
    { "fr", N_("French") },
    { "ru", N_("Russian") },
    { "es", N_("Spanish") },
  };

  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (code, names[i].code))
      return g_dgettext (GETTEXT_PACKAGE, names[i].name);
  return code;
}

/**
 * pl_versions_split_path:
 * @path: a field as a sync conflict names it
 * @language: (out) (optional) (transfer full): the version's language
 * @field: (out) (optional) (transfer full): the field it translates
 *
 * A conflict on one language version names it by its path,
 * "i18n.<language>.<field>" (pl-sync-merge.c).
 *
 * Returns: whether @path is a version's path
 */
gboolean
pl_versions_split_path (const char  *path,
                        char       **language,
                        char       **field)
{
  const char *start, *dot;

  if (path == NULL || !g_str_has_prefix (path, "i18n."))
    return FALSE;
  start = path + strlen ("i18n.");
  dot = strchr (start, '.');
  if (dot == NULL || dot == start || dot[1] == '\0')
    return FALSE;
  if (language != NULL)
    *language = g_strndup (start, dot - start);
  if (field != NULL)
    *field = g_strdup (dot + 1);
  return TRUE;
}

/**
 * pl_versions_hash:
 * @original: (nullable): the original text
 *
 * Returns: (transfer full): the `source` of a version that translates
 *   @original: the first 16 hex digits of its SHA-256. Short, since a
 *   version only needs to tell the text it translates from a changed
 *   one; %NULL hashes as "".
 */
char *
pl_versions_hash (const char *original)
{
  g_autofree char *full = g_compute_checksum_for_string (G_CHECKSUM_SHA256, original ? original : "", -1);

  return g_strndup (full, 16);
}

/**
 * pl_versions_fields:
 *
 * Returns: (transfer none): the JSON names of @record_type's
 *   translatable fields, in the order a document prints them; empty for
 *   a type with none
 */
const char * const *
pl_versions_fields (GType record_type)
{
  g_autoptr(GTypeClass) klass = NULL;
  const char *type_name;

  g_return_val_if_fail (g_type_is_a (record_type, PL_TYPE_RECORD), no_fields);

  if (G_TYPE_IS_ABSTRACT (record_type))
    return no_fields;
  klass = g_type_class_ref (record_type);
  type_name = pl_record_class_get_type_name (PL_RECORD_CLASS (klass));

  for (guint i = 0; type_name != NULL && i < G_N_ELEMENTS (translatable); i++)
    if (g_str_equal (type_name, translatable[i].type_name))
      return translatable[i].fields;

  return no_fields;
}

gboolean
pl_versions_is_translatable (PlRecord   *record,
                             const char *field)
{
  g_return_val_if_fail (PL_IS_RECORD (record), FALSE);

  return field != NULL && g_strv_contains (pl_versions_fields (G_OBJECT_TYPE (record)), field);
}

/**
 * pl_versions_original:
 *
 * Returns: (transfer none) (nullable): the current text of @field, the
 *   original every version translates
 */
const char *
pl_versions_original (PlRecord   *record,
                      const char *field)
{
  GParamSpec *pspec;

  g_return_val_if_fail (PL_IS_RECORD (record), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  pspec = pl_record_class_find_field (PL_RECORD_GET_CLASS (record), field);
  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return NULL;
  return g_value_get_string (pl_record_get_field (record, pspec));
}

/* The version's object ({"text", "source"}), if the record has one that
 * is well formed: `i18n` comes from files and servers, and a malformed
 * one reads as no version rather than as an error. */
static JsonObject *
version_object (PlRecord   *record,
                const char *language,
                const char *field)
{
  JsonNode *i18n = pl_record_get_i18n (record);
  JsonNode *node;

  if (i18n == NULL || !JSON_NODE_HOLDS_OBJECT (i18n) || language == NULL || field == NULL)
    return NULL;
  node = json_object_get_member (json_node_get_object (i18n), language);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  node = json_object_get_member (json_node_get_object (node), field);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/**
 * pl_versions_get:
 *
 * Returns: (transfer none) (nullable): the text of @record's @field in
 *   @language, %NULL if there is none (an empty text is none)
 */
const char *
pl_versions_get (PlRecord   *record,
                 const char *language,
                 const char *field)
{
  const char *text;

  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  text = member_string (version_object (record, language, field), "text");
  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * pl_versions_get_source:
 *
 * Returns: (transfer none) (nullable): the hash of the original the
 *   version translates
 */
const char *
pl_versions_get_source (PlRecord   *record,
                        const char *language,
                        const char *field)
{
  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  return member_string (version_object (record, language, field), "source");
}

/**
 * pl_versions_state:
 *
 * Returns: whether @record's @field has a version in @language that
 *   translates its current text
 */
PlVersionState
pl_versions_state (PlRecord   *record,
                   const char *language,
                   const char *field)
{
  g_autofree char *hash = NULL;

  g_return_val_if_fail (PL_IS_RECORD (record), PL_VERSION_MISSING);

  if (pl_versions_get (record, language, field) == NULL)
    return PL_VERSION_MISSING;
  hash = pl_versions_hash (pl_versions_original (record, field));
  return pl_versions_state_for_hash (record, language, field, hash);
}

/**
 * pl_versions_state_for_hash:
 * @hash: pl_versions_hash() of @field's current text
 *
 * pl_versions_state() for a caller that asks about several languages of
 * one text (the checks, a page's list): the hash is computed once.
 */
PlVersionState
pl_versions_state_for_hash (PlRecord   *record,
                            const char *language,
                            const char *field,
                            const char *hash)
{
  JsonObject *version;
  const char *text;

  g_return_val_if_fail (PL_IS_RECORD (record), PL_VERSION_MISSING);

  version = version_object (record, language, field);
  text = member_string (version, "text");
  if (text == NULL || *text == '\0')
    return PL_VERSION_MISSING;
  if (g_strcmp0 (member_string (version, "source"), hash) != 0)
    return PL_VERSION_OUTDATED;
  return PL_VERSION_DONE;
}

/**
 * pl_versions_with:
 * @i18n: (nullable): a record's `i18n`
 * @text: (nullable): the version; %NULL or "" for none
 * @source: (nullable): the hash of the original it translates
 *
 * Returns: (transfer full) (nullable): a copy of @i18n with @language's
 *   @field set to @text (or removed), %NULL when no version is left.
 *   Languages and fields stay in their order; a new one goes last.
 */
JsonNode *
pl_versions_with (JsonNode   *i18n,
                  const char *language,
                  const char *field,
                  const char *text,
                  const char *source)
{
  g_autoptr(JsonObject) top = json_object_new ();
  g_autoptr(JsonObject) fields = json_object_new ();
  JsonNode *result;

  g_return_val_if_fail (language != NULL && field != NULL, NULL);

  /* @fields is shared with its member of @top: filled after, it is the
   * language's object in its place. */
  if (i18n != NULL && JSON_NODE_HOLDS_OBJECT (i18n))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, json_node_get_object (i18n));
      while (json_object_iter_next_ordered (&iter, &name, &node))
        if (!g_str_equal (name, language))
          json_object_set_member (top, name, json_node_copy (node));
        else
          {
            json_object_set_object_member (top, name, json_object_ref (fields));
            if (JSON_NODE_HOLDS_OBJECT (node))
              {
                JsonObjectIter inner;
                const char *fname;
                JsonNode *fnode;

                json_object_iter_init_ordered (&inner, json_node_get_object (node));
                while (json_object_iter_next_ordered (&inner, &fname, &fnode))
                  json_object_set_member (fields, fname, json_node_copy (fnode));
              }
          }
    }
  if (!json_object_has_member (top, language))
    json_object_set_object_member (top, language, json_object_ref (fields));

  if (text == NULL || *text == '\0')
    json_object_remove_member (fields, field);
  else
    {
      JsonObject *version = json_object_new ();

      json_object_set_string_member (version, "text", text);
      json_object_set_string_member (version, "source", source ? source : "");
      json_object_set_object_member (fields, field, version);
    }

  if (json_object_get_size (fields) == 0)
    json_object_remove_member (top, language);
  if (json_object_get_size (top) == 0)
    return NULL;

  result = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (result, top);
  return result;
}

/**
 * pl_versions_set:
 * @session: the session @record belongs to (its history)
 * @text: (nullable): the version; %NULL or "" removes it
 *
 * Sets @record's @field in @language, as translating the original's
 * current text: one undo step.
 */
void
pl_versions_set (PlSession  *session,
                 PlRecord   *record,
                 const char *language,
                 const char *field,
                 const char *text)
{
  g_autofree char *source = NULL;
  g_autoptr(JsonNode) i18n = NULL;
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_RECORD (record));
  g_return_if_fail (language != NULL && field != NULL);

  source = pl_versions_hash (pl_versions_original (record, field));
  i18n = pl_versions_with (pl_record_get_i18n (record), language, field, text, source);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Edit Translation"));
  pl_record_set_i18n (record, i18n);
  pl_history_end_group (history);
}

/**
 * pl_versions_text_for:
 * @session: the session (its original language)
 * @out_fallback: (out) (optional): whether the text is the original
 *   standing in for a missing or outdated version
 *
 * Returns: (transfer none) (nullable): what a document in @language
 *   prints for @record's @field: the version when it translates the
 *   current original; the original otherwise, and always for the
 *   session's original language (and for no language)
 */
const char *
pl_versions_text_for (PlSession  *session,
                      PlRecord   *record,
                      const char *field,
                      const char *language,
                      gboolean   *out_fallback)
{
  const char *original;
  g_autofree char *original_code = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  if (out_fallback != NULL)
    *out_fallback = FALSE;

  original = pl_versions_original (record, field);
  original_code = pl_versions_language_code (pl_session_settings_get_original_language (pl_session_get_settings (session)));
  if (language == NULL || *language == '\0' || g_strcmp0 (language, original_code ? original_code : "en") == 0)
    return original;
  /* Nothing to translate: an empty original prints as empty in every
   * language, and is no fallback. */
  if (original == NULL || *original == '\0')
    return original;

  if (pl_versions_state (record, language, field) == PL_VERSION_DONE)
    return pl_versions_get (record, language, field);

  if (out_fallback != NULL)
    *out_fallback = TRUE;
  return original;
}
