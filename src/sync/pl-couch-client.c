/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "pl-couch-client.h"
#include "pl-couch-response.h"
#include "pl-json-writer.h"

/**
 * PlCouchClient:
 *
 * The documented CouchDB HTTP API over libsoup 3 (DESIGN.md, "Sync: the
 * CouchDB protocol"): every request is asynchronous on the thread-default
 * main context, has a cancellable of its own and a time limit of the
 * client's own (PouchDB Server ignores the long-poll `timeout`), always
 * says `Content-Type` and `Accept: application/json` (PouchDB Server
 * stores an empty document without the first), and turns HTTP and CouchDB
 * errors into #PlCouchError with a message a person can act on.
 *
 * Login is a `_session` cookie; a server without `_session`, or a cookie
 * that expired, falls back to Basic authentication. TLS certificates are
 * verified by libsoup against the system's trust store and a bad one is an
 * error, never silently accepted.
 *
 * Every convenience call (get_doc, put_doc, bulk_docs, changes...)
 * finishes with pl_couch_client_request_finish().
 */

G_DEFINE_QUARK (pl-couch-error-quark, pl_couch_error)

typedef enum {
  AUTH_NONE,
  AUTH_COOKIE,
  AUTH_BASIC,
} AuthMode;

struct _PlCouchClient
{
  GObject      parent_instance;

  SoupSession *soup;
  GUri        *base;        /* server URL, path ending in "/" */
  char        *server_url;
  char        *database;
  char        *user;
  char        *password;
  AuthMode     auth;
  guint        timeout_s;
};

G_DEFINE_FINAL_TYPE (PlCouchClient, pl_couch_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SERVER_URL,
  PROP_DATABASE,
  PROP_USER,
  PROP_TIMEOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DEFAULT_TIMEOUT_S 30

typedef struct
{
  char         *method;
  char         *path;
  char         *query;
  JsonNode     *body;
  guint         timeout_s;
  GCancellable *cancellable;     /* this request's own */
  gulong        cancelled_id;
  GCancellable *caller_cancellable;
  guint         timeout_id;
  gboolean      timed_out;
  gboolean      retried_basic;
  SoupMessage  *message;
} Request;

static void
request_free (Request *request)
{
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  if (request->caller_cancellable != NULL)
    g_cancellable_disconnect (request->caller_cancellable, request->cancelled_id);
  g_clear_object (&request->caller_cancellable);
  g_clear_object (&request->cancellable);
  g_clear_object (&request->message);
  g_clear_pointer (&request->body, json_node_unref);
  g_free (request->method);
  g_free (request->path);
  g_free (request->query);
  g_free (request);
}

/* Escapes a document _id for a URL path; a design document's "/" stays. */
char *
pl_couch_escape_id (const char *id)
{
  if (g_str_has_prefix (id, "_design/"))
    {
      g_autofree char *rest = g_uri_escape_string (id + strlen ("_design/"), NULL, FALSE);

      return g_strconcat ("_design/", rest, NULL);
    }
  return g_uri_escape_string (id, NULL, FALSE);
}

/**
 * pl_couch_error_is_transient:
 *
 * Returns: whether trying again later may succeed (the network, a
 *   server failure or a garbled answer), as opposed to an answer that
 *   will not change by itself (wrong password, no such database, a
 *   refused write)
 */
gboolean
pl_couch_error_is_transient (const GError *error)
{
  if (error == NULL || error->domain != PL_COUCH_ERROR)
    return FALSE;

  switch ((PlCouchError) error->code)
    {
    case PL_COUCH_ERROR_OFFLINE:
    case PL_COUCH_ERROR_SERVER:
    case PL_COUCH_ERROR_BAD_RESPONSE:
    case PL_COUCH_ERROR_TIMEOUT:
      return TRUE;
    case PL_COUCH_ERROR_TLS:
    case PL_COUCH_ERROR_UNAUTHORIZED:
    case PL_COUCH_ERROR_NOT_FOUND:
    case PL_COUCH_ERROR_CONFLICT:
    case PL_COUCH_ERROR_BAD_REQUEST:
    case PL_COUCH_ERROR_INVALID_URL:
    default:
      return FALSE;
    }
}

static void
pl_couch_client_finalize (GObject *object)
{
  PlCouchClient *self = PL_COUCH_CLIENT (object);

  g_clear_object (&self->soup);
  g_clear_pointer (&self->base, g_uri_unref);
  g_free (self->server_url);
  g_free (self->database);
  g_free (self->user);
  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_free (self->password);

  G_OBJECT_CLASS (pl_couch_client_parent_class)->finalize (object);
}

static void
pl_couch_client_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlCouchClient *self = PL_COUCH_CLIENT (object);

  switch (prop_id)
    {
    case PROP_SERVER_URL:
      g_value_set_string (value, self->server_url);
      break;
    case PROP_DATABASE:
      g_value_set_string (value, self->database);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout_s);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_couch_client_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlCouchClient *self = PL_COUCH_CLIENT (object);

  switch (prop_id)
    {
    case PROP_TIMEOUT:
      pl_couch_client_set_timeout (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_couch_client_class_init (PlCouchClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_couch_client_finalize;
  object_class->get_property = pl_couch_client_get_property;
  object_class->set_property = pl_couch_client_set_property;

  properties[PROP_SERVER_URL] =
    g_param_spec_string ("server-url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_string ("database", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 3600, DEFAULT_TIMEOUT_S,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_couch_client_init (PlCouchClient *self)
{
  g_autoptr(SoupCookieJar) jar = soup_cookie_jar_new ();

  self->timeout_s = DEFAULT_TIMEOUT_S;
  /* A long poll holds one connection for as long as it waits: leave
   * others for pushes. */
  self->soup = g_object_new (SOUP_TYPE_SESSION,
                             "max-conns-per-host", 6,
                             "user-agent", "Plenary/" PACKAGE_VERSION " ",
                             NULL);
  soup_session_add_feature (self->soup, SOUP_SESSION_FEATURE (jar));
}

/**
 * pl_couch_client_new:
 * @server_url: the server, http:// or https://
 * @database: the database that holds the session
 *
 * Returns: (transfer full): the client, or %NULL with
 *   %PL_COUCH_ERROR_INVALID_URL
 */
PlCouchClient *
pl_couch_client_new (const char  *server_url,
                     const char  *database,
                     GError     **error)
{
  g_autoptr(PlCouchClient) self = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autofree char *path = NULL;
  const char *scheme;

  g_return_val_if_fail (server_url != NULL, NULL);
  g_return_val_if_fail (database != NULL, NULL);

  uri = g_uri_parse (server_url, G_URI_FLAGS_ENCODED, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("“%s” is not a server address: give one such as https://couch.example.org:6984/"),
                   server_url);
      return NULL;
    }
  if (*database == '\0')
    {
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("no database name was given for the server %s"), server_url);
      return NULL;
    }

  self = g_object_new (PL_TYPE_COUCH_CLIENT, NULL);
  path = g_str_has_suffix (g_uri_get_path (uri), "/")
    ? g_strdup (g_uri_get_path (uri))
    : g_strconcat (g_uri_get_path (uri), "/", NULL);
  self->base = g_uri_build (G_URI_FLAGS_ENCODED, scheme, NULL, g_uri_get_host (uri),
                            g_uri_get_port (uri), path, NULL, NULL);
  self->server_url = g_uri_to_string (self->base);
  self->database = g_strdup (database);

  /* user:password@ in the URL is accepted, as curl does. */
  if (g_uri_get_user (uri) != NULL)
    {
      g_autofree char *user = g_uri_unescape_string (g_uri_get_user (uri), NULL);
      g_autofree char *password = g_uri_get_password (uri)
        ? g_uri_unescape_string (g_uri_get_password (uri), NULL) : NULL;

      pl_couch_client_set_credentials (self, user, password);
    }

  return g_steal_pointer (&self);
}

const char *
pl_couch_client_get_server_url (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);

  return self->server_url;
}

const char *
pl_couch_client_get_database (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);

  return self->database;
}

const char *
pl_couch_client_get_user (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);

  return self->user;
}

guint
pl_couch_client_get_timeout (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), 0);

  return self->timeout_s;
}

/**
 * pl_couch_client_set_credentials:
 * @user: (nullable): the user name, %NULL for anonymous requests
 * @password: (nullable): the password (kept in memory only)
 */
void
pl_couch_client_set_credentials (PlCouchClient *self,
                                 const char    *user,
                                 const char    *password)
{
  g_return_if_fail (PL_IS_COUCH_CLIENT (self));

  if (self->password != NULL)
    memset (self->password, 0, strlen (self->password));
  g_clear_pointer (&self->password, g_free);
  self->password = g_strdup (password);
  self->auth = user != NULL ? AUTH_BASIC : AUTH_NONE;

  if (g_strcmp0 (self->user, user) == 0)
    return;
  g_free (self->user);
  self->user = g_strdup (user);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
}

/**
 * pl_couch_client_set_timeout:
 * @seconds: how long a request may wait for its answer
 */
void
pl_couch_client_set_timeout (PlCouchClient *self,
                             guint          seconds)
{
  g_return_if_fail (PL_IS_COUCH_CLIENT (self));
  g_return_if_fail (seconds > 0);

  if (self->timeout_s == seconds)
    return;
  self->timeout_s = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

static char *
build_url (PlCouchClient *self,
           const char    *path,
           const char    *query)
{
  g_autofree char *db = g_uri_escape_string (self->database, NULL, FALSE);
  g_autofree char *relative = NULL;
  g_autoptr(GUri) uri = NULL;

  if (path[0] == '/')
    relative = g_strdup (path + 1);
  else if (path[0] == '\0')
    relative = g_strdup (db);
  else
    relative = g_strconcat (db, "/", path, NULL);

  if (query != NULL && *query != '\0')
    {
      char *with_query = g_strconcat (relative, "?", query, NULL);

      g_free (relative);
      relative = with_query;
    }

  uri = g_uri_parse_relative (self->base, relative, G_URI_FLAGS_ENCODED, NULL);
  g_assert (uri != NULL);
  return g_uri_to_string (uri);
}

static void
set_http_error (PlCouchClient *self,
                Request       *request,
                guint          status,
                JsonNode      *body,
                GError       **error)
{
  const char *reason = pl_couch_response_reason (body);
  g_autofree char *what = g_strdup_printf ("%s %s", request->method, request->path[0] ? request->path : self->database);

  if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      /* DESIGN: 401 and 403 alike; the server's own reason says whether it
       * was the password or the rules. */
      if (self->user == NULL)
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                     _("the server %s refused access without a user name: %s"),
                     self->server_url, reason ? reason : _("log in first"));
      else
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                     _("the server %s refused user “%s”: %s"),
                     self->server_url, self->user, reason ? reason : _("not authorized"));
    }
  else if (status == SOUP_STATUS_NOT_FOUND)
    {
      if (request->path[0] == '\0' || (reason != NULL && strstr (reason, "atabase") != NULL) ||
          (reason != NULL && g_str_equal (reason, "no_db_file")))
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND,
                     _("the database “%s” does not exist on %s"), self->database, self->server_url);
      else
        g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND,
                     _("%s: not found on %s (%s)"), what, self->server_url, reason ? reason : "not_found");
    }
  else if (status == SOUP_STATUS_CONFLICT)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_CONFLICT,
                 _("%s: the document changed on the server meanwhile"), what);
  else if (status >= 500)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_SERVER,
                 _("the server %s failed (HTTP %u) on %s: %s"), self->server_url, status, what,
                 reason ? reason : soup_status_get_phrase (status));
  else
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_REQUEST,
                 _("the server %s did not accept %s (HTTP %u): %s"), self->server_url, what, status,
                 reason ? reason : soup_status_get_phrase (status));
}

static void
set_transport_error (PlCouchClient *self,
                     Request       *request,
                     GError        *cause,
                     GError       **error)
{
  if (request->timed_out)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TIMEOUT,
                 _("the server %s did not answer within %u seconds"), self->server_url, request->timeout_s);
  else if (cause->domain == G_TLS_ERROR)
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TLS,
                 _("the server %s has a certificate that cannot be trusted (%s); "
                   "the connection was refused to keep the session safe"),
                 self->server_url, cause->message);
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                 _("the answer of the server %s was cut short (%s)"), self->server_url, cause->message);
  else
    g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_OFFLINE,
                 _("cannot reach the server %s: %s"), self->server_url, cause->message);
}

static void send_request (GTask *task);


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

static void
on_send_and_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = NULL;
  const char *data;
  gsize size;
  guint status;

  g_clear_handle_id (&request->timeout_id, g_source_remove);

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  if (bytes == NULL)
    {
      if (request->caller_cancellable != NULL && g_cancellable_is_cancelled (request->caller_cancellable))
        {
          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("cancelled"));
          return;
        }
      {
        GError *mapped = NULL;

        set_transport_error (self, request, error, &mapped);
        g_task_return_error (task, mapped);
      }
      return;
    }

  status = soup_message_get_status (request->message);

  data = g_bytes_get_data (bytes, &size);
  body = pl_couch_response_parse_body (data, size);

  if ((status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN) &&
      self->auth == AUTH_COOKIE && !request->retried_basic && self->password != NULL)
    {
      /* The cookie expired or was refused: Basic is the fallback. */
      self->auth = AUTH_BASIC;
      request->retried_basic = TRUE;
      send_request (g_steal_pointer (&task));
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      GError *mapped = NULL;

      set_http_error (self, request, status, body, &mapped);
      g_task_return_error (task, mapped);
      return;
    }

  if (body == NULL)
    {
      const char *content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (request->message), NULL);
      g_autofree char *start = describe_start (data, size);

      /* Empty means no byte but white space: junk that starts with a
       * NUL byte is junk, and said so with what it starts with. */
      if (is_blank (data, size))
        g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                                 _("the server %s gave an empty answer to %s %s"),
                                 self->server_url, request->method, request->path);
      else if (content_type != NULL && g_str_equal (content_type, "application/json"))
        g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                                 _("the answer of the server %s to %s %s was cut short or is not valid JSON "
                                   "(it starts with “%s”)"),
                                 self->server_url, request->method, request->path, start);
      else
        g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_RESPONSE,
                                 _("the server %s did not answer in JSON: the answer to %s %s is not JSON "
                                   "(%s, it starts with “%s”); is this the address of a CouchDB server?"),
                                 self->server_url, request->method, request->path,
                                 content_type ? content_type : _("no content type"), start);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&body), (GDestroyNotify) json_node_unref);
}

static gboolean
on_request_timeout_cb (gpointer user_data)
{
  Request *request = user_data;

  request->timeout_id = 0;
  request->timed_out = TRUE;
  g_cancellable_cancel (request->cancellable);
  return G_SOURCE_REMOVE;
}

static void
send_request (GTask *task)
{
  PlCouchClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autofree char *url = build_url (self, request->path, request->query);
  SoupMessageHeaders *headers;

  g_clear_object (&request->message);
  request->message = soup_message_new (request->method, url);
  g_assert (request->message != NULL);

  headers = soup_message_get_request_headers (request->message);
  soup_message_headers_replace (headers, "Accept", "application/json");

  if (request->body != NULL)
    {
      g_autoptr(GBytes) bytes = NULL;
      gsize length;
      char *text = pl_json_writer_compact (request->body, &length);

      bytes = g_bytes_new_take (text, length);
      soup_message_set_request_body_from_bytes (request->message, "application/json", bytes);
    }
  else
    {
      /* Even a bodiless request says JSON: PouchDB Server keys its body
       * parser on it. */
      soup_message_headers_replace (headers, "Content-Type", "application/json");
    }

  if (self->auth == AUTH_BASIC && self->user != NULL)
    {
      g_autofree char *pair = g_strdup_printf ("%s:%s", self->user, self->password ? self->password : "");
      g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
      g_autofree char *value = g_strconcat ("Basic ", encoded, NULL);

      soup_message_headers_replace (headers, "Authorization", value);
    }

  request->timed_out = FALSE;
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  request->timeout_id = g_timeout_add_seconds (request->timeout_s, on_request_timeout_cb, request);

  soup_session_send_and_read_async (self->soup, request->message, G_PRIORITY_DEFAULT,
                                    request->cancellable, on_send_and_read_cb,
                                    task);
}

static void
on_caller_cancelled_cb (GCancellable *caller,
                        GCancellable *own)
{
  g_cancellable_cancel (own);
}

/**
 * pl_couch_client_request_async:
 * @method: "GET", "PUT", "POST", "DELETE"
 * @path: relative to the database ("" for the database itself), or
 *   absolute when it starts with "/" ("/_session")
 * @query: (nullable): an escaped query string, without "?"
 * @body: (nullable): the JSON to send
 * @timeout_s: the time limit, 0 for the client's
 */
void
pl_couch_client_request_async (PlCouchClient       *self,
                               const char          *method,
                               const char          *path,
                               const char          *query,
                               JsonNode            *body,
                               guint                timeout_s,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (PL_IS_COUCH_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (path != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_couch_client_request_async);
  /* The caller's cancellation is reported by us, not by GTask, so that
   * the order of events stays one callback per request. */
  g_task_set_check_cancellable (task, FALSE);

  request = g_new0 (Request, 1);
  request->method = g_strdup (method);
  request->path = g_strdup (path);
  request->query = g_strdup (query);
  request->body = body ? json_node_ref (body) : NULL;
  request->timeout_s = timeout_s > 0 ? timeout_s : self->timeout_s;
  request->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      request->caller_cancellable = g_object_ref (cancellable);
      request->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled_cb),
                                                     request->cancellable, NULL);
    }
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  send_request (g_steal_pointer (&task));
}

/**
 * pl_couch_client_request_finish:
 *
 * Returns: (transfer full): the JSON answer, or %NULL with a
 *   #PlCouchError (or %G_IO_ERROR_CANCELLED)
 */
JsonNode *
pl_couch_client_request_finish (PlCouchClient  *self,
                                GAsyncResult   *result,
                                GError        **error)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_login_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PlCouchClient *self = PL_COUCH_CLIENT (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;

  answer = pl_couch_client_request_finish (self, result, &error);
  /* Whatever happens, later requests carry the credentials. */
  self->auth = AUTH_BASIC;
  if (answer != NULL)
    {
      self->auth = AUTH_COOKIE;
      g_task_return_boolean (task, TRUE);
    }
  else if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED))
    {
      self->auth = AUTH_BASIC;
      g_task_return_new_error (task, PL_COUCH_ERROR, PL_COUCH_ERROR_UNAUTHORIZED,
                               _("the server %s refused the user name “%s” or its password"),
                               self->server_url, self->user);
    }
  else if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_NOT_FOUND) ||
           g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_BAD_REQUEST))
    {
      /* No _session on this server: Basic on every request. */
      self->auth = AUTH_BASIC;
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * pl_couch_client_login_async:
 *
 * Opens a `_session` (cookie), or settles for Basic authentication on a
 * server without one. Without a user name, does nothing.
 */
void
pl_couch_client_login_async (PlCouchClient       *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) body = NULL;

  g_return_if_fail (PL_IS_COUCH_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pl_couch_client_login_async);

  if (self->user == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->user);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, self->password ? self->password : "");
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  /* The login itself must not carry Basic credentials. */
  self->auth = AUTH_NONE;
  pl_couch_client_request_async (self, "POST", "/_session", NULL, body, 0, cancellable,
                                 on_login_cb, g_steal_pointer (&task));
}

gboolean
pl_couch_client_login_finish (PlCouchClient  *self,
                              GAsyncResult   *result,
                              GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
pl_couch_client_get_doc_async (PlCouchClient       *self,
                               const char          *id,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *path = pl_couch_escape_id (id);

  pl_couch_client_request_async (self, "GET", path, NULL, NULL, 0, cancellable, callback, user_data);
}

void
pl_couch_client_put_doc_async (PlCouchClient       *self,
                               JsonObject          *doc,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autofree char *path = pl_couch_escape_id (json_object_get_string_member (doc, "_id"));
  g_autoptr(JsonNode) body = json_node_init_object (json_node_alloc (), doc);

  pl_couch_client_request_async (self, "PUT", path, NULL, body, 0, cancellable, callback, user_data);
}

void
pl_couch_client_bulk_docs_async (PlCouchClient       *self,
                                 JsonArray           *docs,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) body = NULL;

  json_object_set_array_member (object, "docs", json_array_ref (docs));
  body = json_node_init_object (json_node_alloc (), object);
  pl_couch_client_request_async (self, "POST", "_bulk_docs", NULL, body, 0, cancellable, callback, user_data);
}

/**
 * pl_couch_client_changes_async:
 * @since: (nullable): the opaque `last_seq` of the previous answer, sent
 *   back as it came; %NULL for the beginning
 * @longpoll: wait for the next change
 * @timeout_s: for a long poll, how long to wait before giving up (the
 *   client's own limit: PouchDB Server ignores the `timeout` parameter)
 */
void
pl_couch_client_changes_async (PlCouchClient       *self,
                               JsonNode            *since,
                               gboolean             longpoll,
                               guint                timeout_s,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GString) query = g_string_new ("include_docs=true");

  if (since != NULL && !JSON_NODE_HOLDS_NULL (since))
    {
      g_autofree char *text = NULL;
      g_autofree char *escaped = NULL;

      /* Opaque: a number on PouchDB Server, a string on CouchDB 3; the
       * query takes it as the text of its JSON value for numbers, its raw
       * string otherwise. */
      if (JSON_NODE_HOLDS_VALUE (since) && json_node_get_value_type (since) == G_TYPE_STRING)
        text = g_strdup (json_node_get_string (since));
      else
        text = json_to_string (since, FALSE);
      escaped = g_uri_escape_string (text, NULL, FALSE);
      g_string_append_printf (query, "&since=%s", escaped);
    }

  if (longpoll)
    {
      /* Ask the server to end the poll a little before our own limit. */
      g_string_append_printf (query, "&feed=longpoll&timeout=%u&heartbeat=%u",
                              MAX (timeout_s, 2) * 1000 - 1000, MAX (timeout_s, 2) * 500);
    }

  pl_couch_client_request_async (self, "GET", "_changes", query->str, NULL,
                                 longpoll ? timeout_s : 0, cancellable, callback, user_data);
}

void
pl_couch_client_put_security_async (PlCouchClient       *self,
                                    JsonObject          *security,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(JsonNode) body = json_node_init_object (json_node_alloc (), security);

  pl_couch_client_request_async (self, "PUT", "_security", NULL, body, 0, cancellable, callback, user_data);
}
