/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "pl-couch-answer.h"
#include "pl-couch-response.h"

/* Part of PlCouchClient (pl-couch-client.c): what comes back from the
 * server. An answer is read piece by piece within the size limit of its
 * kind of request, and one that is not what was asked becomes a
 * #PlCouchError a person can act on. */

/* The most an answer may weigh, by kind of request (docs/sync.md, "Sync with
 * a CouchDB server"): a server gone wrong may send without end, and the
 * whole answer is held in memory to be parsed. The largest session
 * planned for (40,000 members, 2,500 documents) weighs about 15 MiB as
 * JSON: all of it fits one page of `_changes` or one `_all_docs`, its
 * largest document (every member in one delegation) one document, and the
 * results of pushing every record at once one `_bulk_docs` answer. */
#define MiB (1024 * 1024)
#define CHANGES_LIMIT   (64 * MiB)  /* a page of _changes, long poll or not */
#define ALL_DOCS_LIMIT  (64 * MiB)  /* the server's versions of conflicts */
#define DOCUMENT_LIMIT  (16 * MiB)  /* one document, and anything unnamed */
#define BULK_DOCS_LIMIT (16 * MiB)  /* one result per record pushed */
#define SMALL_LIMIT     (1 * MiB)   /* _session, the database, _security */
#define READ_CHUNK      (64 * 1024)

/* The size limit of an answer, by what was asked (see CHANGES_LIMIT). */
gsize
pl_couch_answer_limit (const char *path)
{
  /* The last segment: "_changes" of this database's or another's. A
   * document's id has no "/" (escaped), a design document's name is not
   * one of these. */
  const char *last = strrchr (path, '/');
  const char *name = last != NULL ? last + 1 : path;

  if (g_str_equal (name, "_changes"))
    return CHANGES_LIMIT;
  if (g_str_equal (name, "_all_docs"))
    return ALL_DOCS_LIMIT;
  if (g_str_equal (name, "_bulk_docs"))
    return BULK_DOCS_LIMIT;
  if (g_str_equal (name, "_session") || g_str_equal (name, "_security") || *path == '\0')
    return SMALL_LIMIT;
  return DOCUMENT_LIMIT;
}

typedef struct
{
  GCancellable *cancellable;
  gsize         limit;           /* the most the answer may weigh */
  GByteArray   *received;        /* what was read of it so far */
  guint8       *chunk;           /* the buffer of one read */
} Reading;

static void
reading_free (Reading *reading)
{
  g_clear_object (&reading->cancellable);
  g_clear_pointer (&reading->received, g_byte_array_unref);
  g_free (reading->chunk);
  g_free (reading);
}

static void read_next (GTask *task);

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Reading *reading = g_task_get_task_data (task);
  GError *error = NULL;
  gssize n;

  n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, &error);
  if (n < 0)
    {
      g_task_return_error (task, error);
      return;
    }
  if (n == 0)
    {
      g_task_return_pointer (task, g_steal_pointer (&reading->received), (GDestroyNotify) g_byte_array_unref);
      return;
    }
  /* Checked before it is kept: what is held never passes the limit. */
  if ((gsize) n > reading->limit - reading->received->len)
    {
      g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_TOO_LARGE, "too large");
      return;
    }
  g_byte_array_append (reading->received, reading->chunk, n);
  read_next (g_steal_pointer (&task));
}

static void
read_next (GTask *task)
{
  Reading *reading = g_task_get_task_data (task);

  g_input_stream_read_async (g_task_get_source_object (task), reading->chunk, READ_CHUNK,
                             G_PRIORITY_DEFAULT, reading->cancellable, on_read_cb, task);
}

/**
 * pl_couch_answer_read_async:
 * @stream: the answer's body
 * @limit: the most it may weigh
 * @cancellable: (nullable): cancels the reads
 *
 * Reads the whole of @stream, piece by piece, up to @limit bytes. Not
 * with soup_session_send_and_read(): that one holds whatever comes,
 * without end.
 */
void
pl_couch_answer_read_async (GInputStream        *stream,
                            gsize                limit,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  /* @cancellable cancels the reads only, not the task: an answer read
   * whole is handed over even if the time limit passes meanwhile. */
  GTask *task = g_task_new (stream, NULL, callback, user_data);
  Reading *reading = g_new0 (Reading, 1);

  g_task_set_source_tag (task, pl_couch_answer_read_async);
  reading->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  reading->limit = limit;
  reading->received = g_byte_array_new ();
  reading->chunk = g_malloc (READ_CHUNK);
  g_task_set_task_data (task, reading, (GDestroyNotify) reading_free);
  read_next (task);
}

/**
 * pl_couch_answer_read_finish:
 *
 * Returns: (transfer full): the whole answer, or %NULL with @error: the
 *   stream's, or %PL_COUCH_ERROR_TOO_LARGE once the answer passed the
 *   limit (the rest is not read; the message is not for a person)
 */
GByteArray *
pl_couch_answer_read_finish (GInputStream  *stream,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, stream), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* An answer whose HTTP status is not a success. */
void
pl_couch_answer_set_http_error (PlCouchClient  *client,
                                const char     *method,
                                const char     *path,
                                guint           status,
                                JsonNode       *body,
                                GError        **error)
{
  const char *server_url = pl_couch_client_get_server_url (client);
  const char *user = pl_couch_client_get_user (client);
  const char *remote_database = pl_couch_client_get_remote_database (client);
  const char *reason = pl_couch_response_reason (body);
  g_autofree char *what = g_strdup_printf ("%s %s", method, path[0] ? path : remote_database);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      /* DESIGN: 401 and 403 alike; the server's own reason says whether it
       * was the password or the rules. */
      if (user == NULL)
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                     _("the server %s refused access without a user name: %s"),
                     server_url, reason ? reason : _("log in first"));
      else
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                     _("the server %s refused user “%s”: %s"),
                     server_url, user, reason ? reason : _("not authorized"));
    }
  else if (status == SOUP_STATUS_NOT_FOUND)
    {
      if (path[0] == '\0' || (reason != NULL && strstr (reason, "atabase") != NULL) ||
          (reason != NULL && g_str_equal (reason, "no_db_file")))
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND,
                     _("the database “%s” does not exist on %s"), remote_database, server_url);
      else
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND,
                     _("%s: not found on %s (%s)"), what, server_url, reason ? reason : "not_found");
    }
  else if (status == SOUP_STATUS_CONFLICT)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                 _("%s: the document changed on the server meanwhile"), what);
  else if (status >= 500)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_SERVER,
                 _("the server %s failed (HTTP %u) on %s: %s"), server_url, status, what,
                 reason ? reason : soup_status_get_phrase (status));
  else
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_REQUEST,
                 _("the server %s did not accept %s (HTTP %u): %s"), server_url, what, status,
                 reason ? reason : soup_status_get_phrase (status));
}

/* The exchange ended before a whole answer: @timed_out by the client's
 * own time limit of @timeout_s seconds, or @cause. */
void
pl_couch_answer_set_transport_error (PlCouchClient  *client,
                                     gboolean        timed_out,
                                     guint           timeout_s,
                                     GError         *cause,
                                     GError        **error)
{
  const char *server_url = pl_couch_client_get_server_url (client);

  if (timed_out)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TIMEOUT,
                 _("the server %s did not answer within %u seconds"), server_url, timeout_s);
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TLS,
                 _("the server %s has a certificate that cannot be trusted (%s); "
                   "the connection was refused to keep the session safe"),
                 server_url, cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                 _("the answer of the server %s was cut short (%s)"), server_url, cause->message);
  else
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_OFFLINE,
                 _("cannot reach the server %s: %s"), server_url, cause->message);
}

/* An answer that passed @limit, the limit of its kind of request. */
void
pl_couch_answer_set_too_large_error (PlCouchClient  *client,
                                     const char     *method,
                                     const char     *path,
                                     gsize           limit,
                                     GError        **error)
{
  const char *database = pl_couch_client_get_database (client);
  g_autofree char *what = NULL;

  if (path[0] == '/')
    what = g_strdup (path);
  else if (path[0] == '\0')
    what = g_strdup (database);
  else
    what = g_strconcat (database, "/", path, NULL);
  g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TOO_LARGE,
               _("the answer of %s to %s %s passed %u MiB; stopped reading"),
               pl_couch_client_get_server_url (client), method, what, (guint) (limit / MiB));
}

static gboolean
is_blank (const char *data,
          gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* The first characters of an answer that is not JSON, for a message:
 * printable text as it is, any other byte as \xNN, so that junk neither
 * garbles a terminal nor hides behind a NUL byte. */
static char *
describe_start (const char *data,
                gsize       size)
{
  GString *out = g_string_new (NULL);
  const char *p = data;
  const char *end;
  guint n = 0;

  if (data == NULL)
    return g_string_free (out, FALSE);
  while (size > 0 && g_ascii_isspace (*p))
    p++, size--;
  end = p + size;

  while (p < end && n < 48)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c != (gunichar) -1 && c != (gunichar) -2 && c != 0 && g_unichar_isprint (c) && c != '\\')
        {
          g_string_append_unichar (out, c);
          p = g_utf8_next_char (p);
        }
      else
        g_string_append_printf (out, "\\x%02x", (guchar) *p++);
      n++;
    }
  if (p < end)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* An answer with a successful status that is not JSON: @data, @size
 * bytes of it, said to be @content_type. */
void
pl_couch_answer_set_not_json_error (PlCouchClient  *client,
                                    const char     *method,
                                    const char     *path,
                                    const char     *content_type,
                                    const char     *data,
                                    gsize           size,
                                    GError        **error)
{
  const char *server_url = pl_couch_client_get_server_url (client);
  g_autofree char *start = describe_start (data, size);

  /* Empty means no byte but white space: junk that starts with a
   * NUL byte is junk, and said so with what it starts with. */
  if (is_blank (data, size))
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                 _("the server %s gave an empty answer to %s %s"),
                 server_url, method, path);
  else if (content_type != NULL && g_str_equal (content_type, "application/json"))
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                 _("the answer of the server %s to %s %s was cut short or is not valid JSON "
                   "(it starts with “%s”)"),
                 server_url, method, path, start);
  else
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                 _("the server %s did not answer in JSON: the answer to %s %s is not JSON "
                   "(%s, it starts with “%s”); is this the address of a CouchDB server?"),
                 server_url, method, path,
                 content_type ? content_type : _("no content type"), start);
}
