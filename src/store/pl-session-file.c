/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pl-codec.h"
#include "pl-session-file.h"
#include "pl-json-writer.h"
#include "pl-json-text.h"

/*
 * The .plenary file (DESIGN.md, "The session file"): one JSON object with
 * the format name, the version, the records and the sync state.
 *
 * Loading never writes. A file that cannot be read is refused with an
 * error that names the place: file, line and column, and the record and
 * field at fault. json-glib does not keep positions in its tree, so on
 * the (rare) error path the file is parsed a second time with the
 * parser's signals recording where each member ended.
 *
 * Saving is atomic: a temporary file in the same folder, fsync, the old
 * file hard-linked to NAME~, then rename over the old name. At any moment
 * the name holds either the whole old version or the whole new one.
 */

G_DEFINE_QUARK (pl-session-file-error-quark, pl_session_file_error)

/* Where things are: (JsonObject*, member) → "line:column". */
typedef struct
{
  GHashTable *members;
} Positions;

static char *
member_key (JsonObject *object,
            const char *member)
{
  return g_strdup_printf ("%p/%s", (void *) object, member ? member : "");
}

static void
on_object_member_cb (JsonParser *parser,
                     JsonObject *object,
                     const char *member,
                     Positions  *positions)
{
  g_hash_table_insert (positions->members, member_key (object, member),
                       g_strdup_printf ("%u:%u",
                                        json_parser_get_current_line (parser),
                                        json_parser_get_current_pos (parser)));
}

static void
on_object_end_cb (JsonParser *parser,
                  JsonObject *object,
                  Positions  *positions)
{
  on_object_member_cb (parser, object, NULL, positions);
}

/* "12:5", the place of @member of the @index-th record (-1: the top
 * object), or of the record's end when @member is NULL or absent. */
static char *
locate (GBytes     *bytes,
        int         index,
        const char *member)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  Positions positions;
  JsonObject *object;
  JsonNode *root;
  const char *found;
  char *result = NULL;

  positions.members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member_cb), &positions);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_object_end_cb), &positions);

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL))
    goto out;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    goto out;
  object = json_node_get_object (root);
  if (index >= 0)
    {
      JsonArray *docs = json_object_get_array_member (object, "docs");

      object = json_array_get_object_element (docs, index);
    }

  {
    g_autofree char *key = member_key (object, member);
    g_autofree char *end_key = member_key (object, NULL);

    found = g_hash_table_lookup (positions.members, key);
    if (found == NULL)
      found = g_hash_table_lookup (positions.members, end_key);
    result = g_strdup (found);
  }

out:
  g_hash_table_unref (positions.members);
  return result;
}

static gboolean
fail_at (GError     **error,
         int          code,
         const char  *display_name,
         GBytes      *bytes,
         int          index,
         const char  *member,
         const char  *message)
{
  g_autofree char *where = locate (bytes, index, member);

  g_set_error (error, PL_SESSION_FILE_ERROR, code, "%s:%s: %s",
               display_name, where ? where : "1:1", message);
  return FALSE;
}

static gboolean
holds_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A file that ends before the session does: what a copy or a save that
 * did not finish leaves (issue 22: say so, not the parser's complaint
 * about the last comma it read). */
static void
set_cut_short (GError     **error,
               const char  *display_name,
               guint        last_line)
{
  g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
               _("%s: the file is cut short at line %u: it ends before the session does, as a copy or a save "
                 "that did not finish leaves it"),
               display_name, last_line);
}

/* json-glib's error, said in words with its place: json-glib 1.6 writes
 * "<data>:LINE:COLUMN: Parse error: unexpected character `,', expected
 * string constant". */
static void
set_parse_error (GError       **error,
                 const char    *display_name,
                 const GError  *parse_error)
{
  guint line = 0, column = 0;
  const char *what;

  if (sscanf (parse_error->message, "<data>:%u:%u:", &line, &column) != 2)
    line = column = 0;

  switch (parse_error->code)
    {
    case JSON_PARSER_ERROR_TRAILING_COMMA:
      what = _("there is a comma before a closing bracket");
      break;
    case JSON_PARSER_ERROR_MISSING_COMMA:
      what = _("a comma is missing between two values");
      break;
    case JSON_PARSER_ERROR_MISSING_COLON:
      what = _("a colon is missing after a member’s name");
      break;
    case JSON_PARSER_ERROR_INVALID_BAREWORD:
      what = _("something that is not a JSON value (quoted strings, numbers, true, false and null are)");
      break;
    case JSON_PARSER_ERROR_EMPTY_MEMBER_NAME:
      what = _("a member has an empty name");
      break;
    case JSON_PARSER_ERROR_INVALID_DATA:
      what = _("a value JSON does not allow (a number or an escape in a string)");
      break;
    case JSON_PARSER_ERROR_PARSE:
    case JSON_PARSER_ERROR_UNKNOWN:
    default:
      what = _("something JSON does not allow here (a missing comma, quote or bracket)");
      break;
    }

  if (line > 0)
    g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                 /* Translators: the file's name, line and column, then what is wrong there */
                 _("%s:%u:%u: the file is not valid JSON: %s"), display_name, line, column, what);
  else
    g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                 _("%s: the file is not valid JSON: %s"), display_name, what);
}

/**
 * pl_session_file_load_bytes:
 * @display_name: the name errors give for the file
 *
 * Members' emails an older version kept in `delegation` are moved into
 * `contact` records on the way in (pl_contact_split_records()), except in
 * a delegate's copy.
 *
 * Returns: (transfer full): the session, not modified (nothing to undo)
 */
PlSession *
pl_session_file_load_bytes (GBytes      *bytes,
                            const char  *display_name,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *top;
  JsonNode *root, *format, *version, *docs, *sync;
  JsonArray *array;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean plain_escapes = FALSE, utf8 = FALSE;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (size == 0)
    {
      g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  /* Issue 23: one pass over the text says it is well formed UTF-8, and
   * whether its escapes need the strings checked after the parse (see
   * pl_json_text_scan_full()); only a text it does not pass is looked at
   * again, check by check, to say what is wrong and where. */
  if (pl_json_text_scan_full (data, size, NULL, &plain_escapes, &utf8) != PL_JSON_TEXT_OK || !utf8)
    {
      if (!g_utf8_validate (data, size, NULL))
        {
          const char *end;
          guint line = 1;

          g_utf8_validate (data, size, &end);
          for (const char *p = data; p < end; p++)
            if (*p == '\n')
              line++;
          /* A write cut in the middle of a character is cut short, not bad text. */
          if (((guchar) *end & 0xC0) == 0xC0 && size - (gsize) (end - data) < 4 &&
              g_utf8_get_char_validated (end, size - (end - data)) == (gunichar) -2)
            {
              set_cut_short (error, display_name, line);
              return NULL;
            }
          g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                       _("%s:%u: the file is not valid UTF-8 text (byte %lu)"),
                       display_name, line, (gulong) (end - data) + 1);
          return NULL;
        }

      {
        /* Refused before json-glib parses it, which reads such text as
         * something else or leaks (see pl_json_text_scan()). */
        gsize at;
        PlJsonTextProblem problem = pl_json_text_scan (data, size, &at);

        if (problem != PL_JSON_TEXT_OK)
          {
            guint line = 1, column = 1;

            for (gsize i = 0; i < at; i++)
              {
                if (data[i] == '\n')
                  line++, column = 1;
                else if (((guchar) data[i] & 0xC0) != 0x80)
                  column++;
              }
            switch (problem)
              {
              case PL_JSON_TEXT_STRAY_CHARACTER:
                {
                  /* The text is UTF-8 (checked above): the whole character. */
                  g_autofree char *character = g_strndup (data + at, g_utf8_next_char (data + at) - (data + at));

                  g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                               /* Translators: %s after the line and column is one character, such as / */
                               _("%s:%u:%u: the file is not valid JSON: “%s” may only appear inside a string"),
                               display_name, line, column, character);
                }
                break;
              case PL_JSON_TEXT_CUT_SHORT:
                set_cut_short (error, display_name, line);
                break;
              case PL_JSON_TEXT_NOT_A_CONTAINER:
                g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                             _("%s:%u:%u: the file is not valid JSON: a session is one JSON object, "
                               "which begins with “{”"),
                             display_name, line, column);
                break;
              case PL_JSON_TEXT_EXTRA_CONTENT:
              case PL_JSON_TEXT_OK:
              default:
                g_set_error (error, PL_SESSION_FILE_ERROR, PL_SESSION_FILE_ERROR_NOT_JSON,
                             _("%s:%u:%u: the file is not valid JSON: a session is one JSON object, "
                               "and this comes after its end"),
                             display_name, line, column);
                break;
              }
            return NULL;
          }
      }
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      set_parse_error (error, display_name, local_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -2, NULL,
               _("this is not a Plenary session: the file must hold one JSON object"));
      return NULL;
    }
  top = json_node_get_object (root);

  format = json_object_get_member (top, "format");
  if (!holds_string (format) || g_strcmp0 (json_node_get_string (format), PL_SESSION_FILE_FORMAT) != 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("this is not a Plenary session: “format” must be “%s”"), PL_SESSION_FILE_FORMAT);

      fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -1, "format", message);
      return NULL;
    }

  version = json_object_get_member (top, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -1, "version",
               _("“version” must be a whole number"));
      return NULL;
    }
  if (json_node_get_int (version) > PL_SESSION_FILE_VERSION)
    {
      g_autofree char *message =
        g_strdup_printf (_("the file was written by a newer version of Plenary (file version %lld"
                           ", this one reads up to %d); update Plenary to open it"),
                         (long long) json_node_get_int (version), PL_SESSION_FILE_VERSION);
      fail_at (error, PL_SESSION_FILE_ERROR_VERSION, display_name, bytes, -1, "version", message);
      return NULL;
    }

  docs = json_object_get_member (top, "docs");
  if (docs == NULL || !JSON_NODE_HOLDS_ARRAY (docs))
    {
      fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -1, "docs",
               _("“docs” must be an array of records"));
      return NULL;
    }

  {
    const char *bad_member;

    /* The text is UTF-8: only an escape json-glib decodes into bytes
     * that are not can make a string that is not, so the tree is walked
     * only when the text has such an escape. */
    if (!plain_escapes && !pl_json_node_is_utf8 (root, &bad_member) && g_strcmp0 (bad_member, "docs") != 0)
      {
        /* The records' own strings are checked one by one below, to
         * name the record; this is the rest of the file. */
        g_autofree char *message =
          bad_member != NULL
            ? g_strdup_printf (_("“%s” holds a string that is not UTF-8 text "
                                 "(an escape such as \\202 that JSON does not have)"), bad_member)
            : g_strdup (_("the file holds a string that is not UTF-8 text "
                          "(an escape such as \\202 that JSON does not have)"));

        fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -1, bad_member, message);
        return NULL;
      }
  }

  sync = json_object_get_member (top, "sync");
  if (sync != NULL && !JSON_NODE_HOLDS_OBJECT (sync) && !JSON_NODE_HOLDS_NULL (sync))
    {
      fail_at (error, PL_SESSION_FILE_ERROR_FORMAT, display_name, bytes, -1, "sync",
               _("“sync” must be an object"));
      return NULL;
    }

  session = pl_session_new_empty ();
  records = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (docs);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr(PlRecord) record = NULL;
      g_autoptr(GError) record_error = NULL;
      const char *bad_field = NULL;
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *message = g_strdup_printf (_("record %u of “docs” is not an object"), i + 1);
          fail_at (error, PL_SESSION_FILE_ERROR_RECORD, display_name, bytes, -1, "docs", message);
          return NULL;
        }

      if (!plain_escapes && !pl_json_node_is_utf8 (element, &bad_field))
        {
          g_autofree char *message =
            bad_field != NULL
              ? g_strdup_printf (_("record %u of “docs”, field “%s”, holds a string that is not UTF-8 text "
                                   "(an escape such as \\202 that JSON does not have)"), i + 1, bad_field)
              : g_strdup_printf (_("record %u of “docs” holds a string that is not UTF-8 text "
                                   "(an escape such as \\202 that JSON does not have)"), i + 1);
          fail_at (error, PL_SESSION_FILE_ERROR_RECORD, display_name, bytes, i, bad_field, message);
          return NULL;
        }

      if (!pl_codec_record_from_json (json_node_get_object (element), &record, &bad_field, &record_error))
        {
          g_autofree char *message = NULL;

          if (g_error_matches (record_error, PL_CODEC_ERROR, PL_CODEC_ERROR_NO_ID))
            message = g_strdup_printf (_("record %u of “docs” has no “_id” string"), i + 1);
          else
            message = g_strdup (record_error->message);
          fail_at (error, PL_SESSION_FILE_ERROR_RECORD, display_name, bytes, i, bad_field, message);
          return NULL;
        }

      id = json_object_get_string_member (json_node_get_object (element), "_id");

      /* The settings are the one record with the fixed _id "session"
       * (DESIGN): any other pairing would leave two settings records, or
       * one that the next save drops. */
      if (g_str_equal (id, "session") != PL_IS_SESSION_SETTINGS (record))
        {
          g_autofree char *message =
            g_str_equal (id, "session")
              ? g_strdup (_("the record “session” must have the type “session”"))
              : g_strdup_printf (_("record “%s”: the session settings must have the _id “session”"), id);
          fail_at (error, PL_SESSION_FILE_ERROR_RECORD, display_name, bytes, i,
                   g_str_equal (id, "session") ? "type" : "_id", message);
          return NULL;
        }

      if (!g_hash_table_add (seen, (gpointer) id))
        {
          g_autofree char *message = g_strdup_printf (_("two records have the _id “%s”"), id);
          fail_at (error, PL_SESSION_FILE_ERROR_DUPLICATE, display_name, bytes, i, "_id", message);
          return NULL;
        }

      if (record != NULL)
        g_ptr_array_add (records, g_steal_pointer (&record));
      else
        pl_session_add_foreign_doc (session, json_node_get_object (element));
    }

  if (sync != NULL && JSON_NODE_HOLDS_OBJECT (sync))
    pl_session_set_sync_state (session, json_node_get_object (sync));

  /* Issue 16: members' emails of an older version (or pulled from an
   * older client) move to the secretariat-only contact records; the sync
   * engine then finds both records changed and pushes the split once. A
   * delegate's copy is left as it is: it may not write either record,
   * and the public delegations it pulls next carry no email. */
  if (!pl_session_is_delegate_copy (session))
    pl_contact_split_records (records, seen);

  pl_session_load_records (session, records);

  extra = json_object_new ();
  json_object_iter_init_ordered (&iter, top);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!g_str_equal (name, "format") && !g_str_equal (name, "version") &&
        !g_str_equal (name, "docs") && !g_str_equal (name, "sync"))
      json_object_set_member (extra, name, json_node_copy (node));
  if (json_object_get_size (extra) > 0)
    pl_session_set_extra (session, extra);

  return g_steal_pointer (&session);
}

/**
 * pl_session_file_load:
 *
 * Reads a .plenary file. The file is only read, never written.
 *
 * Returns: (transfer full): the session, not modified
 */
PlSession *
pl_session_file_load (const char  *path,
                      GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot read the file: %s"), path, local_error->message);
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (mapped);
  return pl_session_file_load_bytes (bytes, path, error);
}
