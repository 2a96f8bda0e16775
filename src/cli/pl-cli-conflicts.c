/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "plenary-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cli-private.h"
#include "pl-couch-client.h"
#include "pl-json-text.h"
#include "pl-json-writer.h"
#include "pl-session-file.h"
#include "pl-sync-engine.h"

/*
 * `plenary-cli conflicts` (the open sync conflicts of a file) and
 * `plenary-cli resolve` (one of them, as the app's Conflicts dialog
 * does). Neither talks to the server: the conflicts are in the file's
 * `sync` object, and a resolved one goes up with the next sync.
 */

/* The engine of the file's own server and database, which it never
 * asks anything here; NULL for a file that was never synced. */
static PlSyncEngine *
engine_for (PlSession *session)
{
  JsonObject *state = pl_session_get_sync_state (session);
  g_autoptr(PlCouchClient) client = NULL;

  if (state == NULL)
    return NULL;
  client = pl_couch_client_new (pl_json_object_get_string (state, "server", NULL),
                                pl_json_object_get_string (state, "database", NULL), NULL);
  if (client == NULL)
    return NULL;
  /* Kept in the `sync` object the engine writes back; no password. */
  if (pl_json_object_get_string (state, "user", NULL) != NULL)
    pl_couch_client_set_credentials (client, pl_json_object_get_string (state, "user", NULL), NULL);
  return pl_sync_engine_new (session, client);
}

static char *
value_text (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("(none)"));
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (_("(the whole record)"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup_printf ("“%s”", json_node_get_string (node));
  return json_to_string (node, FALSE);
}

int
pl_cli_conflicts (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — list the open sync conflicts"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  guint n;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print them as a JSON array of {\"_id\", \"field\", \"mine\", \"theirs\"}"), NULL },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Each conflict is a field changed both here and on the server: the server’s value "
      "(theirs) is in the record, the local one (mine) waits. Resolve one with "
      "“plenary-cli resolve FILE ID FIELD --keep mine|theirs”. The field “_deleted” stands "
      "for a record deleted on one side and edited on the other."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 2)
    return pl_cli_usage_error (context, _("conflicts: give one session file"));

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  engine = engine_for (session);
  n = engine != NULL ? pl_sync_engine_get_n_conflicts (engine) : 0;

  if (json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(GString) text = g_string_new (NULL);
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < n; i++)
        {
          JsonObject *conflict = pl_sync_engine_get_conflict (engine, i);
          JsonObject *out = json_object_new ();

          for (guint k = 0; k < 4; k++)
            {
              const char *name = (const char *[]) { "_id", "field", "mine", "theirs" }[k];
              JsonNode *node = json_object_get_member (conflict, name);

              json_object_set_member (out, name, node ? json_node_copy (node) : json_node_new (JSON_NODE_NULL));
            }
          json_array_add_object_element (array, out);
        }
      json_node_take_array (root, array);
      /* Plenary's writer: a control character in a value stays JSON. */
      pl_json_writer_node (text, 0, root);
      g_print ("%s\n", text->str);
      return EXIT_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonObject *conflict = pl_sync_engine_get_conflict (engine, i);
      g_autofree char *mine = value_text (json_object_get_member (conflict, "mine"));
      g_autofree char *theirs = value_text (json_object_get_member (conflict, "theirs"));

      /* Translators: file, record _id, field, then the two values */
      g_print (_("%s: %s %s: mine %s, theirs %s\n"), argv[1],
               pl_json_object_get_string (conflict, "_id", "?"),
               pl_json_object_get_string (conflict, "field", "?"), mine, theirs);
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u conflict to resolve\n", "%s: %u conflicts to resolve\n", n),
           argv[1], n);
  return EXIT_OK;
}

int
pl_cli_resolve (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE ID FIELD — resolve one sync conflict"));
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) save_error = NULL;
  g_autofree char *keep = NULL;
  PlConflictChoice choice;
  guint n;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "keep", 0, 0, G_OPTION_ARG_STRING, &keep,
      N_("mine: put the local value back (sent with the next sync); theirs: keep the server’s"), N_("mine|theirs") },
    { NULL }
  };
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("A conflict whose field has changed since, here or on the server, is out of date: "
      "nothing is changed, it is dropped, and the command exits 2. The next sync makes a "
      "fresh one if the two sides still differ."));
  if ((status = pl_cli_parse_options (context, &argc, &argv)) != EXIT_OK)
    return status;
  if (argc != 4)
    return pl_cli_usage_error (context, _("resolve: give the session file, the record’s ID and the field"));
  if (g_strcmp0 (keep, "mine") == 0)
    choice = PL_CONFLICT_KEEP_MINE;
  else if (g_strcmp0 (keep, "theirs") == 0)
    choice = PL_CONFLICT_KEEP_THEIRS;
  else
    return pl_cli_usage_error (context, _("resolve: give --keep mine or --keep theirs"));

  session = pl_session_file_load (argv[1], &error);
  if (session == NULL)
    {
      g_printerr ("plenary-cli: %s\n", error->message);
      return EXIT_BAD_INPUT;
    }
  engine = engine_for (session);
  n = engine != NULL ? pl_sync_engine_get_n_conflicts (engine) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *conflict = pl_sync_engine_get_conflict (engine, i);

      if (g_strcmp0 (pl_json_object_get_string (conflict, "_id", NULL), argv[2]) != 0 ||
          g_strcmp0 (pl_json_object_get_string (conflict, "field", NULL), argv[3]) != 0)
        continue;

      ok = pl_sync_engine_resolve_conflict (engine, i, choice, &error);
      /* Saved either way: an out-of-date conflict was dropped. */
      if (!pl_session_file_save (session, argv[1], &save_error))
        {
          g_printerr ("plenary-cli: %s\n", save_error->message);
          return EXIT_BAD_INPUT;
        }
      if (!ok)
        {
          g_printerr ("plenary-cli: %s: %s\n", argv[1], error->message);
          return EXIT_BAD_INPUT;
        }
      g_print (_("%s: %s %s: resolved, %s kept\n"), argv[1], argv[2], argv[3],
               choice == PL_CONFLICT_KEEP_MINE ? _("mine") : _("theirs"));
      return EXIT_OK;
    }

  g_printerr (_("plenary-cli: %s: no conflict on “%s” of “%s” (see “plenary-cli conflicts %s”)\n"),
              argv[1], argv[3], argv[2], argv[1]);
  return EXIT_BAD_INPUT;
}
