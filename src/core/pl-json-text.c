/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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
