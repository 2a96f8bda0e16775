/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pl-sync-engine.h"

G_BEGIN_DECLS

/* A real PouchDB Server 4.2.0 (tests/server, from npm) on a free
 * loopback port, with a fresh config and data dir, started with node
 * directly so that its PID is the server's. The admin is admin/secret. */
typedef struct _PlTestServer PlTestServer;

#define PL_TEST_ADMIN "admin"
#define PL_TEST_ADMIN_PASSWORD "secret"

PlTestServer *pl_test_server_start        (gboolean       on_disk);
void          pl_test_server_kill         (PlTestServer  *server);
void          pl_test_server_restart      (PlTestServer  *server);
void          pl_test_server_free         (PlTestServer  *server);
const char   *pl_test_server_get_url      (PlTestServer  *server);
guint16       pl_test_server_get_port     (PlTestServer  *server);
guint         pl_test_server_get_n_relaunches (PlTestServer *server);
JsonNode     *pl_test_server_admin_request (PlTestServer *server,
                                           const char    *method,
                                           const char    *path,
                                           const char    *body,
                                           guint         *status);
void          pl_test_server_add_user     (PlTestServer  *server,
                                           const char    *name,
                                           const char    *password,
                                           const char    *roles_json);
void          pl_test_server_setup_db     (PlTestServer  *server,
                                           const char    *database);
void          pl_test_server_wait_for_delegates (PlTestServer *server,
                                           const char    *database);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlTestServer, pl_test_server_free)

/* Sync helpers: run the main loop until done (a hang fails the test). */
PlCouchClient *pl_test_client_new         (PlTestServer  *server,
                                           const char    *database,
                                           const char    *user,
                                           const char    *password);
gboolean      pl_test_sync                (PlSyncEngine  *engine,
                                           GError       **error);
gboolean      pl_test_sync_with_timeout   (PlSyncEngine  *engine,
                                           guint          timeout_s,
                                           GError       **error);
gboolean      pl_test_wait_for            (gboolean     (*predicate) (gpointer data),
                                           gpointer       data,
                                           guint          timeout_ms);
guint16       pl_test_free_port           (void);
JsonObject   *pl_test_session_docs        (PlSession     *session);

G_END_DECLS
