/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

void pl_json_writer_indent       (GString    *out,
                                  guint       level);
void pl_json_writer_string       (GString    *out,
                                  const char *string);
void pl_json_writer_member_name  (GString    *out,
                                  guint       level,
                                  const char *name);
void pl_json_writer_node         (GString    *out,
                                  guint       level,
                                  JsonNode   *node);

char *pl_json_writer_compact     (JsonNode   *node,
                                  gsize      *length);

G_END_DECLS
