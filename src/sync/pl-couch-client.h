/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

/* pl_couch_url_*() and pl_couch_escape_id(), which callers reach through
 * this header. */
#include "pl-couch-url.h"

G_BEGIN_DECLS

#define PL_COUCH_ERROR (pl_couch_error_quark ())

/**
 * PlCouchError:
 * @PL_COUCH_ERROR_OFFLINE: the server cannot be reached (refused, no
 *   route, name not found, connection dropped before an answer)
 * @PL_COUCH_ERROR_TLS: the server's certificate is not trusted
 * @PL_COUCH_ERROR_UNAUTHORIZED: 401 or 403, treated alike: wrong password,
 *   or a write the server's rules refuse
 * @PL_COUCH_ERROR_NOT_FOUND: 404: no such database or document
 * @PL_COUCH_ERROR_CONFLICT: 409: the document changed on the server
 * @PL_COUCH_ERROR_BAD_REQUEST: another 4xx: the server did not accept
 *   the request
 * @PL_COUCH_ERROR_SERVER: 5xx: the server failed
 * @PL_COUCH_ERROR_BAD_RESPONSE: the answer is not JSON, or was cut short
 * @PL_COUCH_ERROR_TIMEOUT: no answer within the client's own time limit
 * @PL_COUCH_ERROR_INVALID_URL: the server address is not an http(s) URL
 * @PL_COUCH_ERROR_TOO_LARGE: the answer passed the size limit of its kind
 *   of request; the rest was not read
 */
typedef enum {
  PL_COUCH_ERROR_OFFLINE,
  PL_COUCH_ERROR_TLS,
  PL_COUCH_ERROR_UNAUTHORIZED,
  PL_COUCH_ERROR_NOT_FOUND,
  PL_COUCH_ERROR_CONFLICT,
  PL_COUCH_ERROR_BAD_REQUEST,
  PL_COUCH_ERROR_SERVER,
  PL_COUCH_ERROR_BAD_RESPONSE,
  PL_COUCH_ERROR_TIMEOUT,
  PL_COUCH_ERROR_INVALID_URL,
  PL_COUCH_ERROR_TOO_LARGE,
} PlCouchError;

#define PL_TYPE_COUCH_CLIENT (pl_couch_client_get_type ())

G_DECLARE_FINAL_TYPE (PlCouchClient, pl_couch_client, PL, COUCH_CLIENT, GObject)

GQuark         pl_couch_error_quark             (void);
gboolean       pl_couch_error_is_transient      (const GError   *error);

PlCouchClient *pl_couch_client_new              (const char     *server_url,
                                                 const char     *database,
                                                 GError        **error);
const char    *pl_couch_client_get_server_url   (PlCouchClient  *self);
const char    *pl_couch_client_get_database     (PlCouchClient  *self);
const char    *pl_couch_client_get_remote_database (PlCouchClient *self);
const char * const *pl_couch_client_get_roles    (PlCouchClient  *self);
char          *pl_couch_client_dup_database_url (PlCouchClient *self,
                                                 const char     *database);
const char    *pl_couch_client_get_user         (PlCouchClient  *self);
guint          pl_couch_client_get_timeout      (PlCouchClient  *self);
guint          pl_couch_client_get_changes_page (PlCouchClient  *self);
void           pl_couch_client_set_credentials  (PlCouchClient  *self,
                                                 const char     *user,
                                                 const char     *password);
void           pl_couch_client_set_timeout      (PlCouchClient  *self,
                                                 guint           seconds);

/* Any call of the HTTP API. @path is relative to the database unless it
 * starts with "/"; @query is appended as is (already escaped). */
void           pl_couch_client_request_async    (PlCouchClient  *self,
                                                 const char     *method,
                                                 const char     *path,
                                                 const char     *query,
                                                 JsonNode       *body,
                                                 guint           timeout_s,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
JsonNode      *pl_couch_client_request_finish   (PlCouchClient  *self,
                                                 GAsyncResult   *result,
                                                 GError        **error);

void           pl_couch_client_login_async      (PlCouchClient  *self,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
gboolean       pl_couch_client_login_finish     (PlCouchClient  *self,
                                                 GAsyncResult   *result,
                                                 GError        **error);

void           pl_couch_client_get_doc_async    (PlCouchClient  *self,
                                                 const char     *id,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
void           pl_couch_client_put_doc_async    (PlCouchClient  *self,
                                                 JsonObject     *doc,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
void           pl_couch_client_bulk_docs_async  (PlCouchClient  *self,
                                                 GBytes         *body,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
void           pl_couch_client_changes_async    (PlCouchClient  *self,
                                                 JsonNode       *since,
                                                 gboolean        longpoll,
                                                 guint           timeout_s,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
void           pl_couch_client_put_security_async (PlCouchClient *self,
                                                 JsonObject     *security,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);

G_END_DECLS
