/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to PlCouchClient: what comes back from the server, read within
 * a limit and turned into a #PlCouchError when it is not what was asked. */

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pl-couch-client.h"

G_BEGIN_DECLS

gsize          pl_couch_answer_limit            (const char     *path);

void           pl_couch_answer_read_async       (GInputStream   *stream,
                                                 gsize           limit,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
GByteArray    *pl_couch_answer_read_finish      (GInputStream   *stream,
                                                 GAsyncResult   *result,
                                                 GError        **error);

void           pl_couch_answer_set_http_error   (PlCouchClient  *client,
                                                 const char     *method,
                                                 const char     *path,
                                                 guint           status,
                                                 JsonNode       *body,
                                                 GError        **error);
void           pl_couch_answer_set_transport_error (PlCouchClient *client,
                                                 gboolean        timed_out,
                                                 guint           timeout_s,
                                                 GError         *cause,
                                                 GError        **error);
void           pl_couch_answer_set_too_large_error (PlCouchClient *client,
                                                 const char     *method,
                                                 const char     *path,
                                                 gsize           limit,
                                                 GError        **error);
void           pl_couch_answer_set_not_json_error (PlCouchClient *client,
                                                 const char     *method,
                                                 const char     *path,
                                                 const char     *content_type,
                                                 const char     *data,
                                                 gsize           size,
                                                 GError        **error);

G_END_DECLS
