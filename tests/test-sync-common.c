/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-test"

#include "config.h"

#include "pl-samples.h"
#include "pl-test-support.h"
#include "test-sync-common.h"

PlTestServer *server;
static guint db_counter;

char *
fresh_database (void)
{
  char *name = g_strdup_printf ("session-%u", ++db_counter);

  pl_test_server_setup_db (server, name);
  return name;
}

void
replica_init (Replica    *r,
              PlSession  *session,
              const char *database,
              const char *user,
              const char *password)
{
  gboolean from_server = session == NULL;

  r->session = session ? session : pl_session_new_empty ();
  r->client = pl_test_client_new (server, database, user, password);
  r->engine = pl_sync_engine_new (r->session, r->client);
  if (from_server)
    pl_sync_engine_mark_clean (r->engine);
}

void
replica_clear (Replica *r)
{
  g_clear_object (&r->engine);
  g_clear_object (&r->client);
  g_clear_object (&r->session);
}

void
sync_ok (Replica *r)
{
  g_autoptr(GError) error = NULL;

  pl_test_sync (r->engine, &error);
  g_assert_no_error (error);
}

void
assert_same (PlSession *a,
             PlSession *b)
{
  g_autoptr(JsonObject) da = pl_test_session_docs (a);
  g_autoptr(JsonObject) db = pl_test_session_docs (b);
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), da);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), db);

  if (!json_object_equal (da, db))
    {
      g_autofree char *ta = json_to_string (na, TRUE);
      g_autofree char *tb = json_to_string (nb, TRUE);

      g_test_message ("A: %.3000s\nB: %.3000s", ta, tb);
    }
  g_assert_true (json_object_equal (da, db));
}

PlDocument *
first_document (PlSession *session)
{
  g_autoptr(PlDocument) doc = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DOCUMENT), 0);

  g_assert_nonnull (doc);
  return doc; /* the session holds it */
}

PlDocument *
document (PlSession  *session,
          const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);

  return record ? PL_DOCUMENT (record) : NULL;
}

void
setup_pair (Replica    *a,
            Replica    *b,
            const char *db)
{
  g_autoptr(GError) error = NULL;

  replica_init (a, pl_samples_load (&error), db, "admin", "secret");
  g_assert_no_error (error);
  sync_ok (a);
  replica_init (b, NULL, db, "admin", "secret");
  sync_ok (b);
}

gboolean
is_up_to_date (gpointer data)
{
  return pl_sync_engine_get_state (data) == PL_SYNC_STATE_UP_TO_DATE;
}

int
sync_test_main (int    *argc,
                char ***argv,
                void  (*add_tests) (void))
{
  int status;

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  server = pl_test_server_start (FALSE);
  add_tests ();
  status = g_test_run ();
  pl_test_server_free (server);
  return status;
}
