/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include "pl-json-writer.h"

/*
 * Pretty-printed JSON text written straight into a GString, in exactly
 * the layout of json-glib's JsonGenerator with pretty printing and an
 * indent of 2 (the layout of every .plenary file written so far: "name" :
 * value, one member or element per line, "[]" for an empty array, "{"
 * then the closing line's indent then "}" for an empty object).
 *
 * Why not JsonGenerator: saving the large generated session spent 31 % of
 * its time building a JsonNode tree of every record only to print it,
 * 19 % freeing that tree and 45 % in the generator itself (perf record of
 * bench-session, issue 11). The codec now writes each record's fields
 * from their GValues (pl_codec_record_write()) and only the JSON values
 * stored as trees (nested fields, unknown members, foreign documents) go
 * through pl_json_writer_node().
 *
 * pl_json_writer_compact() writes the same values without blanks, for the
 * sync engine's request bodies.
 *
 * Two deliberate differences, where json-glib 1.6.6 writes text that is
 * not JSON: the control character U+001F is written "\u001f" (json-glib
 * writes it raw: its test is "< 0x1f"), and a double printed with an
 * exponent but no point gets no ".0" (json-glib writes 1e22 as
 * "1e+22.0", which its own parser refuses).
 */

#define INDENT 2

void
pl_json_writer_indent (GString *out,
                       guint    level)
{
  static const char spaces[] = "                                ";
  gsize n = (gsize) level * INDENT;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (out, spaces, chunk);
      n -= chunk;
    }
}

/* The escapes of JSON (RFC 8259, section 7): the quote, the backslash and
 * the control characters; everything else, UTF-8 included, as it is. */
void
pl_json_writer_string (GString    *out,
                       const char *string)
{
  const char *run = string;
  const char *p;

  g_string_append_c (out, '"');
  for (p = string; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;

      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default: escape = NULL; break;
        }

      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u00%02x", (guint) c);
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* The indent of @level, then "name" : */
void
pl_json_writer_member_name (GString    *out,
                            guint       level,
                            const char *name)
{
  pl_json_writer_indent (out, level);
  pl_json_writer_string (out, name);
  g_string_append_len (out, " : ", 3);
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    pl_json_writer_string (out, json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node)))
    {
      /* A number too large for a double (1e999 in a file) reads as an
       * infinity, which g_ascii_dtostr() prints "inf", not JSON: the save
       * was unreadable (found by fuzz-session-file). 1e999 reads back as
       * the same infinity. A NaN cannot come from JSON text. */
      double value = json_node_get_double (node);

      if (isnan (value))
        g_string_append_len (out, "null", 4);
      else
        g_string_append (out, value > 0 ? "1e999" : "-1e999");
    }
  else if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node));
      g_string_append (out, buf);
      /* A double stays a double when read back: 2 is written 2.0. */
      if (strpbrk (buf, ".eE") == NULL)
        g_string_append_len (out, ".0", 2);
    }
  else
    g_string_append_len (out, "null", 4);
}

/* @node as the value of a member or an element at @level, pretty-printed
 * (the caller has written the indent and name before it) or, when
 * !@pretty, without any blank. */
static void
write_node (GString  *out,
            guint     level,
            gboolean  pretty,
            JsonNode *node)
{
  const char *separator = pretty ? ",\n" : ",";

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        gboolean first = TRUE;

        g_string_append_c (out, '{');
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            if (pretty)
              {
                g_string_append (out, first ? "\n" : separator);
                pl_json_writer_member_name (out, level + 1, name);
              }
            else
              {
                if (!first)
                  g_string_append (out, separator);
                pl_json_writer_string (out, name);
                g_string_append_c (out, ':');
              }
            first = FALSE;
            write_node (out, level + 1, pretty, member);
          }
        if (pretty)
          {
            if (!first)
              g_string_append_c (out, '\n');
            pl_json_writer_indent (out, level);
          }
        g_string_append_c (out, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (pretty)
              {
                g_string_append (out, i == 0 ? "\n" : separator);
                pl_json_writer_indent (out, level + 1);
              }
            else if (i > 0)
              g_string_append (out, separator);
            write_node (out, level + 1, pretty, json_array_get_element (array, i));
          }
        if (pretty && n > 0)
          {
            g_string_append_c (out, '\n');
            pl_json_writer_indent (out, level);
          }
        g_string_append_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      write_value (out, node);
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append_len (out, "null", 4);
      break;
    }
}

/* @node as the value of a member or an element at @level: the caller has
 * written the indent (and name) before it. */
void
pl_json_writer_node (GString  *out,
                     guint     level,
                     JsonNode *node)
{
  write_node (out, level, TRUE, node);
}

/**
 * pl_json_writer_compact:
 * @node: a JSON value
 * @length: (out) (optional): the length of the text
 *
 * @node as JSON text without blanks, for a request body. json-glib 1.6's
 * JsonGenerator is not used there for the reasons given at the top: a
 * pasted control character such as U+001F (Word's optional hyphen) or a
 * large double made the server refuse every push (HTTP 400, invalid_json)
 * until the record was changed again.
 *
 * Returns: (transfer full): the text
 */
char *
pl_json_writer_compact (JsonNode *node,
                        gsize    *length)
{
  GString *out = g_string_new (NULL);

  write_node (out, 0, FALSE, node);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
