/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pl-record.h"

G_BEGIN_DECLS

#define PL_CODEC_ERROR (pl_codec_error_quark ())

/**
 * PlCodecError:
 * @PL_CODEC_ERROR_NO_ID: the record has no `_id` string
 * @PL_CODEC_ERROR_NO_TYPE: the record has no `type` string
 * @PL_CODEC_ERROR_WRONG_TYPE: a field holds a value of the wrong JSON type
 * @PL_CODEC_ERROR_BAD_VALUE: a field holds a value outside its range or
 *   its list of allowed strings
 */
typedef enum {
  PL_CODEC_ERROR_NO_ID,
  PL_CODEC_ERROR_NO_TYPE,
  PL_CODEC_ERROR_WRONG_TYPE,
  PL_CODEC_ERROR_BAD_VALUE,
} PlCodecError;

GQuark      pl_codec_error_quark      (void);
JsonObject *pl_codec_record_to_json   (PlRecord     *record);
void        pl_codec_record_write     (PlRecord     *record,
                                       GString      *out,
                                       guint         level);
gboolean    pl_codec_record_from_json (JsonObject   *object,
                                       PlRecord    **record,
                                       const char  **bad_field,
                                       GError      **error);
gboolean    pl_codec_apply            (PlRecord     *record,
                                       JsonObject   *object,
                                       const char  **bad_field,
                                       GError      **error);

G_END_DECLS
