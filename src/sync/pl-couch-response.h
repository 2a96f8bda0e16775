/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * The CouchDB answers Plenary reads, parsed without any I/O: the client
 * and the engine call these on what the server sent, and the fuzz targets
 * (tests/fuzz/fuzz-couch-*.c) call them on arbitrary bytes. Whatever the
 * server sends, they return either a value or an error, never crash,
 * never warn.
 */

/**
 * PlCouchChange:
 * @id: the document's `_id`
 * @rev: the revision the change is at, or %NULL if the server gave none
 * @doc: (nullable): the document as the server has it, with `_id` but
 *   without the server's bookkeeping (`_rev`, `_revisions`...); %NULL for
 *   a deletion or when the server sent no document
 *
 * One row of `_changes?include_docs=true` or of `_all_docs?include_docs=true`.
 */
typedef struct
{
  char       *id;
  char       *rev;
  JsonObject *doc;
} PlCouchChange;

/**
 * PlCouchResult:
 * @id: the document's `_id`
 * @rev: (nullable): the new revision, on success
 * @error: (nullable): the error name (`conflict`, `forbidden`...)
 * @reason: (nullable): the server's reason
 *
 * One element of the array `_bulk_docs` answers.
 */
typedef struct
{
  char *id;
  char *rev;
  char *error;
  char *reason;
} PlCouchResult;

void        pl_couch_change_free                (PlCouchChange *change);
void        pl_couch_result_free                (PlCouchResult *result);

JsonObject *pl_couch_response_content           (JsonObject    *doc);

JsonNode   *pl_couch_response_parse_body        (const char    *data,
                                                 gsize          size);
GPtrArray  *pl_couch_response_parse_changes     (JsonNode      *answer,
                                                 JsonNode     **last_seq,
                                                 GError       **error);
gboolean    pl_couch_response_changes_has_more  (JsonNode      *answer,
                                                 guint          limit);
GPtrArray  *pl_couch_response_parse_rows        (JsonNode      *answer,
                                                 GError       **error);
GPtrArray  *pl_couch_response_parse_bulk_results (JsonNode     *answer,
                                                 GError       **error);
GStrv       pl_couch_response_session_roles     (JsonNode      *answer);
const char *pl_couch_response_session_user      (JsonNode      *answer);
gboolean    pl_couch_response_session_is_admin  (JsonNode      *answer);
const char *pl_couch_response_string_member     (JsonObject    *object,
                                                 const char    *name);
const char *pl_couch_response_reason            (JsonNode      *answer);
JsonObject *pl_couch_response_document          (JsonNode      *answer,
                                                 GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlCouchChange, pl_couch_change_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlCouchResult, pl_couch_result_free)

G_END_DECLS
