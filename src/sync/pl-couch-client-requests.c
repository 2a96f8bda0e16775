/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include "pl-couch-client.h"
#include "pl-couch-url.h"

/* The requests of one kind (a document, `_changes`, `_security`), made
 * from pl_couch_client_request_async(); the exchange itself (auth,
 * limits, time-outs, answers) is pl-couch-client.c's. */

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

/**
 * pl_couch_client_changes_async:
 * @since: (nullable): the opaque `last_seq` of the previous answer, sent
 *   back as it came; %NULL for the beginning
 * @longpoll: wait for the next change
 * @timeout_s: for a long poll, how long to wait before giving up (the
 *   client's own limit: PouchDB Server ignores the `timeout` parameter)
 *
 * Asks for one page of at most pl_couch_client_get_changes_page() rows:
 * pl_couch_response_changes_has_more() says whether to ask for the next.
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

  /* A page at a time (docs/sync.md): an answer has a size limit, and a session
   * larger than one page is read in several, each applied before the
   * next is asked for. */
  g_string_append_printf (query, "&limit=%u", pl_couch_client_get_changes_page (self));

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
