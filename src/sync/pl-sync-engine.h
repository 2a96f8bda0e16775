/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pl-couch-client.h"
#include "pl-session.h"
#include "pl-sync-error.h"

G_BEGIN_DECLS

/**
 * PlSyncState:
 * @PL_SYNC_STATE_SAVED_LOCALLY: local edits not yet on the server
 * @PL_SYNC_STATE_SYNCING: talking to the server
 * @PL_SYNC_STATE_UP_TO_DATE: the server and this copy agree
 * @PL_SYNC_STATE_OFFLINE: the server cannot be reached; trying again
 * @PL_SYNC_STATE_CONFLICTS: some edits wait for the user to choose
 * @PL_SYNC_STATE_ERROR: the server refused something; see
 *   #PlSyncEngine:error-message
 */
typedef enum {
  PL_SYNC_STATE_SAVED_LOCALLY,
  PL_SYNC_STATE_SYNCING,
  PL_SYNC_STATE_UP_TO_DATE,
  PL_SYNC_STATE_OFFLINE,
  PL_SYNC_STATE_CONFLICTS,
  PL_SYNC_STATE_ERROR,
} PlSyncState;

/**
 * PlConflictChoice:
 * @PL_CONFLICT_KEEP_MINE: put the local value back (it is pushed)
 * @PL_CONFLICT_KEEP_THEIRS: keep the server's value, forget the local one
 */
typedef enum {
  PL_CONFLICT_KEEP_MINE,
  PL_CONFLICT_KEEP_THEIRS,
} PlConflictChoice;

/**
 * PlSyncStats:
 * @pushed: records the server accepted
 * @deleted: deletions the server accepted
 * @pulled: server changes applied to this copy
 * @removed: records removed here because they were deleted on the server
 * @merged: records merged field by field with the server's version
 * @conflicts: new conflicts
 * @refused: records the server refused to take
 *
 * What the last round (or the live loop, since it started) did.
 */
typedef struct {
  guint pushed;
  guint deleted;
  guint pulled;
  guint removed;
  guint merged;
  guint conflicts;
  guint refused;
} PlSyncStats;

#define PL_TYPE_SYNC_STATE (pl_sync_state_get_type ())
#define PL_TYPE_SYNC_ENGINE (pl_sync_engine_get_type ())

GType pl_sync_state_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PlSyncEngine, pl_sync_engine, PL, SYNC_ENGINE, GObject)

PlSyncEngine      *pl_sync_engine_new                 (PlSession         *session,
                                                       PlCouchClient     *client);
PlSession         *pl_sync_engine_get_session         (PlSyncEngine      *self);
PlCouchClient     *pl_sync_engine_get_client          (PlSyncEngine      *self);
PlSyncState        pl_sync_engine_get_state           (PlSyncEngine      *self);
const char        *pl_sync_engine_get_error_message   (PlSyncEngine      *self);
const PlSyncStats *pl_sync_engine_get_stats           (PlSyncEngine      *self);
guint              pl_sync_engine_get_n_conflicts     (PlSyncEngine      *self);
JsonObject        *pl_sync_engine_get_conflict        (PlSyncEngine      *self,
                                                       guint              index);
guint              pl_sync_engine_get_n_dirty         (PlSyncEngine      *self);
guint              pl_sync_engine_get_long_poll_timeout (PlSyncEngine    *self);
void               pl_sync_engine_set_long_poll_timeout (PlSyncEngine    *self,
                                                       guint              seconds);
gboolean           pl_sync_engine_resolve_conflict    (PlSyncEngine      *self,
                                                       guint              index,
                                                       PlConflictChoice   choice,
                                                       GError           **error);
void               pl_sync_engine_mark_clean          (PlSyncEngine      *self);
void               pl_sync_engine_hold_field          (PlSyncEngine      *self,
                                                       const char        *record_id,
                                                       const char        *field);
void               pl_sync_engine_release_field       (PlSyncEngine      *self,
                                                       const char        *record_id,
                                                       const char        *field);

void               pl_sync_engine_sync_async          (PlSyncEngine      *self,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
gboolean           pl_sync_engine_sync_finish         (PlSyncEngine      *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);

void               pl_sync_engine_start               (PlSyncEngine      *self);
void               pl_sync_engine_stop                (PlSyncEngine      *self);
gboolean           pl_sync_engine_get_live            (PlSyncEngine      *self);

G_END_DECLS
