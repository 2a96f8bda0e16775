/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-couch-client.h"
#include "pl-samples.h"
#include "pl-session-file.h"

/*
 * The session the CouchDB answers are applied to: the sample cut down to
 * its settings and the first two top-level records of each type, so that
 * answers about those ids merge with local records while one run stays
 * well under a millisecond (the whole sample, loaded and saved twice per
 * input, gave 17 runs a second under the sanitizers).
 */
static GBytes *
fuzz_couch_base_session (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) per_type = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonArray) kept = json_array_new ();
  g_autoptr(PlSession) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;
  JsonArray *docs;
  char *out;
  gsize length;

  g_assert_no_error (error);
  text = pl_session_file_serialize (sample, NULL);
  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("%s", error->message);
  root = json_node_get_object (json_parser_get_root (parser));
  docs = json_object_get_array_member (root, "docs");
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *doc = json_array_get_object_element (docs, i);
      const char *type = json_object_get_string_member (doc, "type");
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_type, type));
      JsonNode *parent = json_object_get_member (doc, "parent");

      if (parent != NULL && !JSON_NODE_HOLDS_NULL (parent))
        continue;
      if (!g_str_equal (type, "session") && n >= 2)
        continue;
      g_hash_table_insert (per_type, (gpointer) type, GUINT_TO_POINTER (n + 1));
      json_array_add_object_element (kept, json_object_ref (doc));
    }
  json_object_set_array_member (root, "docs", g_steal_pointer (&kept));

  {
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_generator_set_root (generator, json_parser_get_root (parser));
    out = json_generator_to_data (generator, &length);
  }
  bytes = g_bytes_new_take (out, length);
  check = pl_session_file_load_bytes (bytes, "base.plenary", &error);
  g_assert_no_error (error);
  return g_steal_pointer (&bytes);
}

/* A client for the engine, never contacted: the engine only needs its
 * address for messages. */
static PlCouchClient *
fuzz_couch_client (void)
{
  g_autoptr(GError) error = NULL;
  PlCouchClient *client = pl_couch_client_new ("http://127.0.0.1:9/", "fuzz", &error);

  g_assert_no_error (error);
  return client;
}
