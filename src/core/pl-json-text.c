/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-json-text.h"

/*
 * json-glib 1.6 decodes escapes it should refuse: "\202" in a string is
 * taken as an octal escape and becomes the byte 0x82, so a file that is
 * valid UTF-8 text parses into strings that are not. Kept in a record,
 * such a string is written out by the next save and makes the file
 * unreadable (found by fuzz-session-file). Every string and member name
 * that came from a parser is checked with this before it is used.
 */

/**
 * pl_json_node_is_utf8:
 * @node: a parsed value
 * @bad_member: (out) (optional) (transfer none): where the first bad
 *   string is: the name of the member of @node (when @node is an object)
 *   that holds it, or %NULL when it is @node itself or an element
 *
 * Returns: whether every string and member name in @node is UTF-8
 */
gboolean
pl_json_node_is_utf8 (JsonNode    *node,
                      const char **bad_member)
{
  if (bad_member != NULL)
    *bad_member = NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *child;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &child))
        if (!g_utf8_validate (name, -1, NULL) || !pl_json_node_is_utf8 (child, NULL))
          {
            /* A name that is not UTF-8 cannot be quoted in a message. */
            if (bad_member != NULL && g_utf8_validate (name, -1, NULL))
              *bad_member = name;
            return FALSE;
          }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!pl_json_node_is_utf8 (json_array_get_element (array, i), NULL))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_utf8_validate (json_node_get_string (node), -1, NULL);

  return TRUE;
}

/**
 * pl_json_text_scan:
 * @text: JSON text, @length bytes, not necessarily NUL-terminated
 * @length: its length
 * @offset: (out) (optional): where the problem is: the first byte that
 *   is not blank when it does not begin an object or array, the first
 *   byte that is not blank after that object or array, or the stray
 *   character; @length when there is no problem
 *
 * Checks, without parsing, that @text is one JSON object or array and
 * holds nothing outside its strings that JSON has no use for. Everything
 * Plenary reads (its files, CouchDB's answers) is one object or array, and
 * json-glib 1.6 is unsafe on text that is not:
 *
 * - it reads "9 {...}" or "{...} {...}" as two statements and leaks the
 *   first value it parsed (found by fuzz-couch-changes and
 *   fuzz-session-file with LeakSanitizer);
 * - it reads C and C++ comments, and a "/" that opens none inside an
 *   array makes it leak the arrays it had begun (`[/[/]{}`, found by
 *   fuzz-couch-document);
 * - it reads 'single-quoted' strings and bare identifiers, and leaked on
 *   a single quote the same way (found by fuzz-session-file).
 *
 * So outside strings only the structure, numbers (json-glib's own
 * 1e+22.0 too) and the letters of true, false and null may appear. Text
 * that ends inside its first value is %PL_JSON_TEXT_CUT_SHORT (@offset:
 * its length): json-glib would only complain of the last comma it read,
 * where a person needs to hear that the file is incomplete.
 *
 * Returns: the first problem, or %PL_JSON_TEXT_OK
 */
PlJsonTextProblem
pl_json_text_scan (const char *text,
                   gsize       length,
                   gsize      *offset)
{
  return pl_json_text_scan_full (text, length, offset, NULL, NULL);
}

/* What a byte outside the strings is to the scan: the characters JSON
 * uses outside strings (structure, blanks, numbers and the letters of
 * true, false and null) and the ones that open and close. A table, not
 * strchr() per byte: the scan reads every byte of a file (issue 23: it
 * was 8 % of the load of the huge session). */
enum
{
  BYTE_STRAY,
  BYTE_ALLOWED,
  BYTE_QUOTE,
  BYTE_OPEN,
  BYTE_CLOSE,
};

static guint8 byte_class[256];

static void
ensure_byte_class (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (const char *c = " \t\n\r,:-+.0123456789eEtrufalsn"; *c != '\0'; c++)
        byte_class[(guchar) *c] = BYTE_ALLOWED;
      byte_class['"'] = BYTE_QUOTE;
      byte_class['{'] = byte_class['['] = BYTE_OPEN;
      byte_class['}'] = byte_class[']'] = BYTE_CLOSE;
      g_once_init_leave (&done, 1);
    }
}

/* Whether the escape at @text (its backslash), @left bytes from the end,
 * is one json-glib 1.6 decodes to UTF-8 text: the one-letter escapes of
 * JSON and \uXXXX outside the surrogates. Anything else (its octal
 * escapes, a surrogate, alone or paired, a bad \u) may give a string
 * that is not UTF-8. */
static gboolean
is_plain_escape (const char *text,
                 gsize       left)
{
  guint code = 0;

  if (left < 2)
    return FALSE;
  switch (text[1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return TRUE;
    case 'u':
      if (left < 6)
        return FALSE;
      for (guint i = 2; i < 6; i++)
        {
          int digit = g_ascii_xdigit_value (text[i]);

          if (digit < 0)
            return FALSE;
          code = code * 16 + digit;
        }
      return code < 0xD800 || code > 0xDFFF;
    default:
      return FALSE;
    }
}

/**
 * pl_json_text_scan_full:
 * @plain_escapes: (out) (optional): on %PL_JSON_TEXT_OK, whether every
 *   escape in the text's strings is one json-glib decodes to UTF-8 (see
 *   is_plain_escape()). Then, for text that is UTF-8, every string and
 *   member name the parser gives is UTF-8 too and pl_json_node_is_utf8()
 *   need not walk the tree (issue 23: it walked the huge session twice)
 * @utf8: (out) (optional): on %PL_JSON_TEXT_OK, whether the text is
 *   UTF-8 without NUL bytes, as g_utf8_validate() with its length says:
 *   outside the strings an OK text is ASCII, so only the strings that hold
 *   other bytes are validated (issue 23: validating the whole file was as
 *   long again as the scan). %FALSE does not say that it is not: the
 *   caller validates it then, for the place of the fault.
 *
 * pl_json_text_scan(), telling also whether the strings need checking.
 */
PlJsonTextProblem
pl_json_text_scan_full (const char *text,
                        gsize       length,
                        gsize      *offset,
                        gboolean   *plain_escapes,
                        gboolean   *utf8)
{
  PlJsonTextProblem problem = PL_JSON_TEXT_OK;
  gboolean plain = TRUE;
  gboolean valid = TRUE;
  guint depth = 0;
  gsize i = 0;

  ensure_byte_class ();

  while (i < length && g_ascii_isspace (text[i]))
    i++;
  if (i < length && text[i] != '{' && text[i] != '[')
    {
      problem = PL_JSON_TEXT_NOT_A_CONTAINER;
      goto out;
    }

  for (; i < length; i++)
    {
      switch (byte_class[(guchar) text[i]])
        {
        case BYTE_ALLOWED:
          break;
        case BYTE_QUOTE:
          {
            gsize start = i + 1;
            gboolean other = FALSE;  /* a byte that is not ASCII, or NUL */

            /* The string, to its closing quote. */
            for (i++; i < length && text[i] != '"'; i++)
              {
                guchar c = text[i];

                if (c == '\\')
                  {
                    if (plain && !is_plain_escape (text + i, length - i))
                      plain = FALSE;
                    if (i + 1 < length)
                      i++;
                    c = text[i];
                  }
                if (c >= 0x80 || c == '\0')
                  other = TRUE;
              }
            if (i >= length)
              {
                problem = PL_JSON_TEXT_CUT_SHORT;
                goto out;
              }
            if (other && valid && !g_utf8_validate_len (text + start, i - start, NULL))
              valid = FALSE;
          }
          break;
        case BYTE_OPEN:
          depth++;
          break;
        case BYTE_CLOSE:
          if (--depth == 0)
            {
              /* The end of the first value: only blanks may follow. */
              for (i++; i < length && g_ascii_isspace (text[i]); i++)
                ;
              if (i < length)
                problem = PL_JSON_TEXT_EXTRA_CONTENT;
              goto out;
            }
          break;
        case BYTE_STRAY:
        default:
          problem = PL_JSON_TEXT_STRAY_CHARACTER;
          goto out;
        }
    }
  /* The end came before the first value's: a copy or a write that did
   * not finish. */
  if (depth > 0)
    problem = PL_JSON_TEXT_CUT_SHORT;

out:
  if (offset != NULL)
    *offset = problem == PL_JSON_TEXT_OK ? length : i;
  if (plain_escapes != NULL)
    *plain_escapes = problem == PL_JSON_TEXT_OK && plain;
  if (utf8 != NULL)
    *utf8 = problem == PL_JSON_TEXT_OK && valid;
  return problem;
}

/*
 * The members of the free-form JSON a record holds (meeting entries, a
 * item's documents, the Bureau's settings...) are whatever the file or the
 * server said. json-glib's *_member_with_default() getters fall back when
 * a member is missing but give a critical when it is an object or an
 * array (found by fuzz-session-file: an entry whose "item" was {}); these
 * fall back on any value of the wrong type.
 */

/* The value node of @member, or %NULL when there is none. */
static JsonNode *
member_value (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? node : NULL;
}

/**
 * pl_json_object_get_string:
 *
 * Returns: (nullable): the string @member of @object holds, or @fallback
 *   when it is missing or holds anything but a string
 */
const char *
pl_json_object_get_string (JsonObject *object,
                           const char *member,
                           const char *fallback)
{
  JsonNode *node = member_value (object, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node)
                                                                          : fallback;
}

/**
 * pl_json_object_get_int:
 *
 * Returns: the whole number @member of @object holds, or @fallback when it
 *   is missing or holds anything but a whole number
 */
gint64
pl_json_object_get_int (JsonObject *object,
                        const char *member,
                        gint64      fallback)
{
  JsonNode *node = member_value (object, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_INT64 ? json_node_get_int (node) : fallback;
}

/**
 * pl_json_object_get_boolean:
 *
 * Returns: the boolean @member of @object holds, or @fallback when it is
 *   missing or holds anything but a boolean
 */
gboolean
pl_json_object_get_boolean (JsonObject *object,
                            const char *member,
                            gboolean    fallback)
{
  JsonNode *node = member_value (object, member);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_BOOLEAN ? json_node_get_boolean (node)
                                                                           : fallback;
}

/**
 * pl_json_node_get_objects:
 * @node: (nullable): an array of objects, as the records keep members,
 *   groups and changes
 *
 * A record's lists are written by hand and by older versions: what is not
 * an object in them is passed over rather than refused.
 *
 * Returns: (transfer container) (element-type JsonObject): the objects of
 *   @node in order, owned by @node; empty when @node is not an array
 */
GPtrArray *
pl_json_node_get_objects (JsonNode *node)
{
  GPtrArray *objects = g_ptr_array_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return objects;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        g_ptr_array_add (objects, json_node_get_object (element));
    }
  return objects;
}
