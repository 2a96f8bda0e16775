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
 * pl_json_text_extra_content:
 * @text: JSON text, @length bytes, not necessarily NUL-terminated
 * @length: its length
 *
 * json-glib 1.6 reads "9 {...}" or "{...} {...}" as two statements and
 * leaks the first value it parsed (found by fuzz-couch-changes and
 * fuzz-session-file with LeakSanitizer). A file or an answer that Plenary
 * reads is one object or array, so the text is checked first, without
 * parsing, by matching brackets outside strings: what follows the first
 * value is the error.
 *
 * Returns: the offset of the first byte that is not blank, when it does
 *   not begin an object or array, or else of the first byte that is not
 *   blank after that object or array; @length when there is none (one
 *   object or array, or text that is cut short, which the parser reports
 *   itself)
 */
gsize
pl_json_text_extra_content (const char *text,
                            gsize       length)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  gsize i = 0;

  while (i < length && g_ascii_isspace (text[i]))
    i++;
  if (i == length)
    return length;
  /* Not an object or array: all of it is more than one. */
  if (text[i] != '{' && text[i] != '[')
    return i;

  for (; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\' && i + 1 < length)
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth == 0 || --depth == 0)
            break;
        }
    }

  if (i >= length)
    return length;  /* cut short */
  for (i++; i < length && g_ascii_isspace (text[i]); i++)
    ;
  return i;
}

/**
 * pl_json_text_find_slash:
 *
 * JSON has no comments, but json-glib 1.6 reads C and C++ comments in
 * it, and a "/" that opens none inside an array makes it leak the arrays
 * it had begun (`[/[/]{}`, found by fuzz-couch-document). Neither the
 * files Plenary writes nor CouchDB's answers have a "/" outside a
 * string, so such text is refused before json-glib parses it.
 *
 * Returns: the offset of the first "/" (or other character JSON does not
 *   allow there) outside a string, or @length
 */
gsize
pl_json_text_find_slash (const char *text,
                         gsize       length)
{
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\' && i + 1 < length)
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      /* Nor anything else JSON has no use for outside a string: json-glib
       * also reads 'single-quoted' strings and identifiers, and leaked on
       * a single quote the same way (found by fuzz-session-file). What is
       * left are the structure, numbers (json-glib's own 1e+22.0 too) and
       * the letters of true, false and null. */
      else if (strchr (" \t\n\r{}[],:-+.0123456789eEtrufalsn", c) == NULL || c == '\0')
        return i;
    }
  return length;
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
