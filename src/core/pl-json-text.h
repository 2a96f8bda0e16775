/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean pl_json_node_is_utf8        (JsonNode    *node,
                                      const char **bad_member);
gsize    pl_json_text_extra_content (const char  *text,
                                      gsize        length);
gsize    pl_json_text_find_slash    (const char  *text,
                                      gsize        length);

const char *pl_json_object_get_string  (JsonObject  *object,
                                        const char  *member,
                                        const char  *fallback);
gint64      pl_json_object_get_int     (JsonObject  *object,
                                        const char  *member,
                                        gint64       fallback);
gboolean    pl_json_object_get_boolean (JsonObject  *object,
                                        const char  *member,
                                        gboolean     fallback);

G_END_DECLS
