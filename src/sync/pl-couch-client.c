/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>

#include "pl-couch-client.h"
#include "pl-couch-answer.h"
#include "pl-couch-response.h"
#include "pl-couch-url.h"
#include "pl-json-writer.h"
#include "pl-sync-setup.h"

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
  /* The database the requests go to: the session's, or for a delegate's
   * account (known from the login's roles) the delegates' one. */
  char        *remote_database;
  GStrv        roles;       /* from the last login, NULL until then */
  char        *user;
  char        *password;
  AuthMode     auth;
  guint        timeout_s;
  guint        changes_page;  /* rows per page of _changes */
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

/* Rows per page of `_changes`: a page of the largest documents (a
 * delegation with all its members) stays far below CHANGES_LIMIT
 * (pl-couch-answer.c), and few pages make a whole session.
 * PLENARY_CHANGES_PAGE sets it, for tests that need many pages from a
 * small database. */
#define DEFAULT_CHANGES_PAGE 500

typedef struct
{
  char         *method;
  char         *path;
  char         *query;
  JsonNode     *body;
  GBytes       *text;            /* or the body already encoded (a push's _bulk_docs) */
  guint         timeout_s;
  GCancellable *cancellable;     /* this request's own */
  gulong        cancelled_id;
  GCancellable *caller_cancellable;
  guint         timeout_id;
  gboolean      timed_out;
  gboolean      retried_basic;
  SoupMessage  *message;
  gsize         limit;           /* the most the answer may weigh */
  GInputStream *stream;          /* the answer's body, being read */
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
  g_clear_object (&request->stream);
  g_clear_pointer (&request->body, json_node_unref);
  g_clear_pointer (&request->text, g_bytes_unref);
  g_free (request->method);
  g_free (request->path);
  g_free (request->query);
  g_free (request);
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
    case PL_COUCH_ERROR_TOO_LARGE:
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
  g_free (self->remote_database);
  g_strfreev (self->roles);
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
  self->changes_page = DEFAULT_CHANGES_PAGE;
  {
    const char *page = g_getenv ("PLENARY_CHANGES_PAGE");
    guint64 value;

    if (page != NULL && g_ascii_string_to_unsigned (page, 10, 1, G_MAXINT, &value, NULL))
      self->changes_page = (guint) value;
  }
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
 * @server_url: the server, http:// or https://; a user name and password
 *   in it (`https://staff:pw@host/`) are the client's credentials, kept in
 *   memory only, and the address the client reports has neither
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
  g_autofree char *canonical = NULL;
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;

  g_return_val_if_fail (server_url != NULL, NULL);
  g_return_val_if_fail (database != NULL, NULL);

  if (!pl_couch_url_parse (server_url, &canonical, &user, &password, error))
    return NULL;
  if (*database == '\0')
    {
      if (password != NULL)
        memset (password, 0, strlen (password));
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("no database name was given for the server %s"), canonical);
      return NULL;
    }

  self = g_object_new (PL_TYPE_COUCH_CLIENT, NULL);
  self->base = g_uri_parse (canonical, G_URI_FLAGS_ENCODED, NULL);
  g_assert (self->base != NULL);
  self->server_url = g_steal_pointer (&canonical);
  self->database = g_strdup (database);
  /* Compressing an answer for a server on this computer saves no time
   * on the wire and costs both sides: PouchDB Server gzips a page of
   * `_changes` (1.5 MB for the large session) in JavaScript, and libsoup
   * inflates it here (issue 23: zlib was 2 % of an initial pull's
   * instructions, the server's gzip more of its wall time). Without the
   * decoder libsoup sends no Accept-Encoding; a server elsewhere keeps
   * compressing, where the wire is what costs. */
  if (pl_couch_url_host_is_loopback (g_uri_get_host (self->base)))
    soup_session_remove_feature_by_type (self->soup, SOUP_TYPE_CONTENT_DECODER);
  self->remote_database = g_strdup (database);

  if (user != NULL)
    pl_couch_client_set_credentials (self, user, password);
  if (password != NULL)
    memset (password, 0, strlen (password));

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

/**
 * pl_couch_client_get_remote_database:
 *
 * Returns: the database the requests go to: the session's (what
 *   pl_couch_client_get_database() gives), or the delegates' one once a
 *   login has shown that the user is neither secretariat nor a server
 *   admin (DESIGN.md, "Roles, enforced by the server")
 */
const char *
pl_couch_client_get_remote_database (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);

  return self->remote_database;
}

/**
 * pl_couch_client_get_roles:
 *
 * Returns: (nullable): the user's roles as the last login gave them, or
 *   %NULL before a login (or on a server without `_session`)
 */
const char * const *
pl_couch_client_get_roles (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);

  return (const char * const *) self->roles;
}

/**
 * pl_couch_client_dup_database_url:
 * @database: a database on the client's server
 *
 * For a server-side replication that must log in as this user: the
 * database's URL with the client's user name and password as its
 * userinfo (escaped). Of the forms CouchDB documents, the only one
 * PouchDB Server 4.2.0 replicates deletions with (with `headers`, a
 * continuous replication stops passing tombstones: tried).
 *
 * Returns: (transfer full): the URL; it holds the password: never print
 *   it
 */
char *
pl_couch_client_dup_database_url (PlCouchClient *self,
                                  const char    *database)
{
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  g_autofree char *db = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GUri) uri = NULL;
  char *url;

  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), NULL);
  g_return_val_if_fail (database != NULL, NULL);

  db = g_uri_escape_string (database, NULL, FALSE);
  path = g_strconcat (g_uri_get_path (self->base), db, NULL);
  if (self->user != NULL)
    {
      user = g_uri_escape_string (self->user, NULL, FALSE);
      password = g_uri_escape_string (self->password ? self->password : "", NULL, FALSE);
    }
  uri = g_uri_build_with_user (G_URI_FLAGS_ENCODED, g_uri_get_scheme (self->base), user, password, NULL,
                               g_uri_get_host (self->base), g_uri_get_port (self->base), path, NULL, NULL);
  url = g_uri_to_string (uri);
  if (password != NULL)
    memset (password, 0, strlen (password));
  return url;
}

/* A delegate's account reads and writes the delegates' database only: the
 * secretariat's is closed to it (its `_security` admits the secretariat
 * alone). The session's name stays what the file and messages call it. */
static void
set_roles_from_login (PlCouchClient *self,
                      JsonNode      *answer)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonNode *node = object != NULL ? json_object_get_member (object, "roles") : NULL;
  gboolean staff = FALSE;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);
      const char *role = JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING
        ? json_node_get_string (element) : NULL;

      if (role == NULL)
        continue;
      g_strv_builder_add (builder, role);
      if (g_str_equal (role, "secretariat") || g_str_equal (role, "_admin"))
        staff = TRUE;
    }
  g_strfreev (self->roles);
  self->roles = g_strv_builder_end (builder);
  g_free (self->remote_database);
  self->remote_database = staff ? g_strdup (self->database) : pl_sync_delegates_database (self->database);
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
 * pl_couch_client_get_changes_page:
 *
 * Returns: how many rows pl_couch_client_changes_async() asks for at
 *   most (`limit`): 500, or `PLENARY_CHANGES_PAGE`
 */
guint
pl_couch_client_get_changes_page (PlCouchClient *self)
{
  g_return_val_if_fail (PL_IS_COUCH_CLIENT (self), DEFAULT_CHANGES_PAGE);

  return self->changes_page;
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
  /* Another user's roles are learnt at the next login. */
  g_clear_pointer (&self->roles, g_strfreev);
  g_free (self->remote_database);
  self->remote_database = g_strdup (self->database);
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

static void send_request (GTask *task);
static void start_request (PlCouchClient       *self,
                           const char          *method,
                           const char          *path,
                           const char          *query,
                           JsonNode            *body,
                           GBytes              *text,
                           guint                timeout_s,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);

/* The exchange ended before a whole answer: the caller's cancellation,
 * our time limit, or the network. */
static void
request_failed (GTask  *task,
                GError *cause)
{
  PlCouchClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  GError *mapped = NULL;

  g_clear_handle_id (&request->timeout_id, g_source_remove);
  if (request->caller_cancellable != NULL && g_cancellable_is_cancelled (request->caller_cancellable))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("cancelled"));
      return;
    }
  pl_couch_answer_set_transport_error (self, request->timed_out, request->timeout_s, cause, &mapped);
  g_task_return_error (task, mapped);
}

/* Stops reading an answer that passed its limit: the connection is
 * dropped with the rest unread, so that nothing more is held. */
static void
request_too_large (GTask *task)
{
  PlCouchClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  GError *error = NULL;

  g_clear_handle_id (&request->timeout_id, g_source_remove);
  g_cancellable_cancel (request->cancellable);
  g_clear_object (&request->stream);
  pl_couch_answer_set_too_large_error (self, request->method, request->path, request->limit, &error);
  g_task_return_error (task, error);
}

/* The whole answer is in: its status and JSON. */
static void
answer_complete (GTask      *task,
                 GByteArray *received)
{
  PlCouchClient *self = g_task_get_source_object (task);
  Request *request = g_task_get_task_data (task);
  g_autoptr(JsonNode) body = NULL;
  const char *data = (const char *) received->data;
  gsize size = received->len;
  guint status;

  g_clear_handle_id (&request->timeout_id, g_source_remove);
  g_clear_object (&request->stream);
  status = soup_message_get_status (request->message);

  body = pl_couch_response_parse_body (data, size);

  if ((status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN) &&
      self->auth == AUTH_COOKIE && !request->retried_basic && self->password != NULL)
    {
      /* The cookie expired or was refused: Basic is the fallback. */
      self->auth = AUTH_BASIC;
      request->retried_basic = TRUE;
      send_request (g_object_ref (task));
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      GError *mapped = NULL;

      pl_couch_answer_set_http_error (self, request->method, request->path, status, body, &mapped);
      g_task_return_error (task, mapped);
      return;
    }

  if (body == NULL)
    {
      const char *content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (request->message), NULL);
      GError *error = NULL;

      pl_couch_answer_set_not_json_error (self, request->method, request->path, content_type, data, size, &error);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&body), (GDestroyNotify) json_node_unref);
}

static void
on_answer_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GByteArray) received = NULL;
  g_autoptr(GError) error = NULL;

  received = pl_couch_answer_read_finish (G_INPUT_STREAM (source), result, &error);
  if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TOO_LARGE))
    request_too_large (task);
  else if (received == NULL)
    request_failed (task, error);
  else
    answer_complete (task, received);
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  g_autoptr(GError) error = NULL;

  request->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (request->stream == NULL)
    {
      request_failed (task, error);
      return;
    }

  /* An answer that says it is too large is not read at all. */
  headers = soup_message_get_response_headers (request->message);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > (goffset) request->limit)
    {
      request_too_large (task);
      return;
    }

  pl_couch_answer_read_async (request->stream, request->limit, request->cancellable,
                              on_answer_read_cb, g_steal_pointer (&task));
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
  g_autofree char *url = pl_couch_url_build (self->base, self->remote_database,
                                             request->path, request->query);
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
  else if (request->text != NULL)
    soup_message_set_request_body_from_bytes (request->message, "application/json", request->text);
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

  /* Read piece by piece, not with send_and_read: that one holds
   * whatever comes, without end. */
  soup_session_send_async (self->soup, request->message, G_PRIORITY_DEFAULT,
                           request->cancellable, on_sent_cb, task);
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
  g_return_if_fail (PL_IS_COUCH_CLIENT (self));
  g_return_if_fail (method != NULL);
  g_return_if_fail (path != NULL);

  start_request (self, method, path, query, body, NULL, timeout_s, cancellable, callback, user_data);
}

static void
start_request (PlCouchClient       *self,
               const char          *method,
               const char          *path,
               const char          *query,
               JsonNode            *body,
               GBytes              *text,
               guint                timeout_s,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

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
  request->text = text ? g_bytes_ref (text) : NULL;
  request->timeout_s = timeout_s > 0 ? timeout_s : self->timeout_s;
  request->limit = pl_couch_answer_limit (path);
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
      set_roles_from_login (self, answer);
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

/**
 * pl_couch_client_bulk_docs_async:
 * @body: the request's text, `{"docs":[…]}`, encoded once by the caller
 *   (a push writes each document's text straight from the content it
 *   keeps as the base, issue 23) and sent as it is, again if the request
 *   is repeated with Basic authentication
 */
void
pl_couch_client_bulk_docs_async (PlCouchClient       *self,
                                 GBytes              *body,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PL_IS_COUCH_CLIENT (self));
  g_return_if_fail (body != NULL);

  start_request (self, "POST", "_bulk_docs", NULL, NULL, body, 0, cancellable, callback, user_data);
}
