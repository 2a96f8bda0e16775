/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"
#include "pl-sync-engine.h"
#include "pl-test-server.h"

G_BEGIN_DECLS

/*
 * What test-sync (the engine's rounds) and test-sync-live (the live feed)
 * share: one real PouchDB Server 4.2.0 on loopback for the whole run, a
 * fresh database per test, and replicas (a session with its client and
 * engine) working on it.
 */

extern PlTestServer *server;

typedef struct
{
  PlSession     *session;
  PlCouchClient *client;
  PlSyncEngine  *engine;
} Replica;

char       *fresh_database (void);
/* A NULL session: an empty one, opened from the server (marked clean). */
void        replica_init   (Replica    *r,
                            PlSession  *session,
                            const char *database,
                            const char *user,
                            const char *password);
void        replica_clear  (Replica    *r);
void        sync_ok        (Replica    *r);
void        assert_same    (PlSession  *a,
                            PlSession  *b);
PlDocument *first_document (PlSession  *session);
PlDocument *document       (PlSession  *session,
                            const char *id);
/* The sample session uploaded by a, then opened from the server by b. */
void        setup_pair     (Replica    *a,
                            Replica    *b,
                            const char *db);
gboolean    is_up_to_date  (gpointer    engine);

/* Starts the server, lets add_tests register the cases, runs them. */
int         sync_test_main (int        *argc,
                            char     ***argv,
                            void      (*add_tests) (void));

G_END_DECLS
