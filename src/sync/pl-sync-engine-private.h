/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-sync-engine.h"

G_BEGIN_DECLS

/*
 * What the engine does with an answer, apart from the request that got
 * it: for the fuzz targets (tests/fuzz/fuzz-couch-*.c), which feed it
 * arbitrary answers without a server.
 */
gboolean pl_sync_engine_apply_changes      (PlSyncEngine  *self,
                                            JsonNode      *answer,
                                            GError       **error);
gboolean pl_sync_engine_apply_push_results (PlSyncEngine  *self,
                                            GHashTable    *sent_docs,
                                            GHashTable    *sent_revs,
                                            JsonNode      *answer,
                                            JsonArray     *conflicted,
                                            GError       **error);

/*
 * The engine is one GObject in several files (pl-sync-engine.c and
 * pl-sync-engine-*.c): its struct and the functions a part calls in
 * another one.
 */
#define MAX_BACKOFF_S 60
#define DEFAULT_LONG_POLL_S 30
/* Rounds of push-after-merge in one sync; each one can only be needed
 * if the server changed again meanwhile. */
#define MAX_PUSH_PASSES 4
/* Records in one `_bulk_docs`. PouchDB Server 4.2.0 takes time in
 * proportion to the records of one request (curl posting the huge
 * session's 10,991 records in one: 18.9 s on the loaded 2-CPU machine;
 * 1,000: 2.5 s), and the client's time limit is per request (30 s): one
 * request for a whole huge session timed out (test-huge). 1,000 keep each
 * request a few seconds, and the sample and the large session (1,622
 * records: two requests) close to what they were. */
#define PUSH_BATCH 1000

struct _PlSyncEngine
{
  GObject          parent_instance;

  PlSession       *session;
  PlCouchClient   *client;
  gulong           changed_id;

  GHashTable      *entries;      /* _id → PlSyncEntry (pl-sync-table.c) */
  GPtrArray       *conflicts;    /* of JsonObject {_id, field, mine, theirs} */
  JsonNode        *last_seq;     /* opaque; NULL for the beginning */
  JsonObject      *state_extra;  /* members of `sync` we do not know */
  GHashTable      *holds;        /* _id → (field → Hold): fields a person is typing in */

  PlSyncState      state;
  char            *error_message;
  PlSyncStats      stats;

  gboolean         applying;
  guint64          edits;        /* changes to the session's records, counted: a push
                                  * whose records did not change since it collected them
                                  * need not encode them again (pl-sync-engine-push.c) */
  gboolean         logged_in;
  gboolean         busy;         /* a round or a push is under way */
  gboolean         push_again;
  gboolean         revs_unknown; /* a push met a rev the server never saw */
  gboolean         registry_dirty; /* the registered members are to be published (pl-sync-registry.c) */

  /* Live mode */
  gboolean         live;
  gboolean         polling;
  GCancellable    *cancellable;
  guint            push_source_id;
  guint            retry_source_id;
  guint            persist_source_id;
  guint            backoff_s;
  guint            long_poll_s;
  GNetworkMonitor *monitor;
  gulong           network_id;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CLIENT,
  PROP_STATE,
  PROP_ERROR_MESSAGE,
  PROP_N_CONFLICTS,
  PROP_LIVE,
  N_PROPS
};

extern GParamSpec *pl_sync_engine_properties[N_PROPS];

/* pl-sync-engine.c */
void        pl_sync_engine_begin_apply           (PlSyncEngine *self);
JsonObject *pl_sync_engine_content_of            (JsonObject *doc);
void        pl_sync_engine_end_apply             (PlSyncEngine *self);
JsonObject *pl_sync_engine_find_foreign          (PlSyncEngine *self,
                                                  const char   *id,
                                                  guint        *index);
void        pl_sync_engine_persist               (PlSyncEngine *self);
JsonObject *pl_sync_engine_record_content        (PlRecord *record);
gboolean    pl_sync_engine_record_is_dirty       (PlSyncEngine *self,
                                                  PlRecord     *record);
void        pl_sync_engine_schedule_persist      (PlSyncEngine *self);
void        pl_sync_engine_set_state             (PlSyncEngine *self,
                                                  PlSyncState   state,
                                                  const char   *error_message);
void        pl_sync_engine_settle_state          (PlSyncEngine *self);

/* pl-sync-engine-conflicts.c */
void        pl_sync_engine_add_conflict          (PlSyncEngine *self,
                                                  const char   *id,
                                                  const char   *field,
                                                  JsonNode     *mine,
                                                  JsonNode     *theirs,
                                                  const char   *rev);
void        pl_sync_engine_refresh_conflicts     (PlSyncEngine *self,
                                                  const char   *id,
                                                  JsonObject   *theirs);
gboolean    pl_sync_engine_set_aside_misfit      (PlSyncEngine *self,
                                                  const char   *id,
                                                  JsonObject   *theirs,
                                                  const char   *rev,
                                                  const char   *local_type,
                                                  gboolean      dirty);

/* pl-sync-engine-apply.c */
gboolean    pl_sync_engine_apply_doc             (PlSyncEngine *self,
                                                  const char   *id,
                                                  JsonObject   *doc);
void        pl_sync_engine_merge_remote          (PlSyncEngine *self,
                                                  const char   *id,
                                                  JsonObject   *theirs,
                                                  const char   *rev);
JsonNode   *pl_sync_engine_object_node           (JsonObject *object);
JsonNode   *pl_sync_engine_string_node           (const char *value);

/* pl-sync-engine-holds.c */
JsonObject *pl_sync_engine_hold_remote           (PlSyncEngine *self,
                                                  const char   *id,
                                                  JsonObject   *theirs);
gboolean    pl_sync_engine_record_is_held        (PlSyncEngine *self,
                                                  const char   *id);

/* pl-sync-engine-push.c */
void        pl_sync_engine_forget_unknown_rev    (PlSyncEngine *self,
                                                  const char   *id);
void        pl_sync_engine_push_async            (PlSyncEngine        *self,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);

gboolean    pl_sync_engine_wants_registry        (PlSyncEngine *self);

/* pl-sync-engine-pull.c */
void        pl_sync_engine_check_revs            (GTask *task);
void        pl_sync_engine_start_round           (PlSyncEngine *self,
                                                  GTask        *task);

/* pl-sync-engine-live.c */
void        pl_sync_engine_live_round            (PlSyncEngine *self);
void        pl_sync_engine_on_network_changed_cb (GNetworkMonitor *monitor,
                                                  gboolean         available,
                                                  PlSyncEngine    *self);
void        pl_sync_engine_schedule_push         (PlSyncEngine *self);

G_END_DECLS
