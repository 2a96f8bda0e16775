/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean pl_json_node_is_utf8        (JsonNode    *node,
                                      const char **bad_member);

/* What pl_json_text_scan() finds first in a text that should be one JSON
 * object or array. */
typedef enum
{
  PL_JSON_TEXT_OK,
  PL_JSON_TEXT_NOT_A_CONTAINER,  /* it does not begin with "{" or "[" */
  PL_JSON_TEXT_EXTRA_CONTENT,    /* something follows the first value */
  PL_JSON_TEXT_STRAY_CHARACTER,  /* a character JSON allows only in a string */
  PL_JSON_TEXT_CUT_SHORT,        /* it ends inside the first value */
} PlJsonTextProblem;

PlJsonTextProblem pl_json_text_scan (const char *text,
                                     gsize       length,
                                     gsize      *offset);
PlJsonTextProblem pl_json_text_scan_full (const char *text,
                                          gsize       length,
                                          gsize      *offset,
                                          gboolean   *plain_escapes,
                                          gboolean   *utf8);

const char *pl_json_object_get_string  (JsonObject  *object,
                                        const char  *member,
                                        const char  *fallback);
gint64      pl_json_object_get_int     (JsonObject  *object,
                                        const char  *member,
                                        gint64       fallback);
gboolean    pl_json_object_get_boolean (JsonObject  *object,
                                        const char  *member,
                                        gboolean     fallback);

GPtrArray  *pl_json_node_get_objects   (JsonNode    *node);

G_END_DECLS
