/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-codec.h"
#include "pl-couch-response.h"

/*
 * Single documents (`GET /db/<id>`, as server-setup reads the design
 * document and `_security`) and `_all_docs?include_docs=true` rows (as a
 * push fetches the records it conflicted on), on arbitrary bytes: each is
 * read as a document, as rows, and as a record, without a crash or a
 * warning.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) answer = pl_couch_response_parse_body ((const char *) data, size);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *doc;

  if (answer == NULL)
    return 0;

  doc = pl_couch_response_document (answer, &error);
  if (doc != NULL)
    {
      g_autoptr(JsonObject) content = pl_couch_response_content (doc);
      g_autoptr(PlRecord) record = NULL;

      (void) pl_couch_response_string_member (doc, "validate_doc_update");
      (void) pl_couch_response_string_member (doc, "_rev");
      g_assert (!json_object_has_member (content, "_rev"));
      /* As a pull would make it a record. TRUE without a record is a
       * type this version does not know, kept as a foreign document. */
      if (pl_codec_record_from_json (content, &record, NULL, &error))
        {
          if (record != NULL)
            {
              g_autoptr(JsonObject) back = pl_codec_record_to_json (record);

              g_assert (back != NULL);
            }
        }
      else
        g_assert (error != NULL);
    }
  else
    g_assert (error != NULL);
  g_clear_error (&error);

  rows = pl_couch_response_parse_rows (answer, &error);
  if (rows == NULL)
    g_assert (error != NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      PlCouchChange *row = g_ptr_array_index (rows, i);

      g_assert (row->id != NULL);
    }

  return 0;
}
