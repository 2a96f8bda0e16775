/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pl-account-probe.h"
#include "pl-couch-client.h"
#include "pl-session.h"
#include "pl-sync-engine.h"

G_BEGIN_DECLS

/**
 * PlSyncConnectionStep:
 * @PL_SYNC_CONNECTION_IDLE: nothing under way
 * @PL_SYNC_CONNECTION_PROBING: asking the server about the account and
 *   the database
 * @PL_SYNC_CONNECTION_CHECKING: looking at the database a file is to be
 *   rebound to
 * @PL_SYNC_CONNECTION_DOWNLOADING: making a copy of the server's session
 * @PL_SYNC_CONNECTION_SYNCING: one push-and-pull round of a file
 *
 * What a #PlSyncConnection is doing; the window and the command line
 * only show it.
 */
typedef enum {
  PL_SYNC_CONNECTION_IDLE,
  PL_SYNC_CONNECTION_PROBING,
  PL_SYNC_CONNECTION_CHECKING,
  PL_SYNC_CONNECTION_DOWNLOADING,
  PL_SYNC_CONNECTION_SYNCING,
} PlSyncConnectionStep;

#define PL_TYPE_SYNC_CONNECTION_STEP (pl_sync_connection_step_get_type ())
#define PL_TYPE_SYNC_CONNECTION (pl_sync_connection_get_type ())

GType pl_sync_connection_step_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PlSyncConnection, pl_sync_connection, PL, SYNC_CONNECTION, GObject)

gboolean              pl_sync_connection_take_address       (char               **server,
                                                             char               **user,
                                                             const char          *option_user,
                                                             GError             **error);
gboolean              pl_sync_connection_check_user_name    (const char          *user,
                                                             GError             **error);
gboolean              pl_sync_connection_state_is_bound     (JsonObject          *state);
gboolean              pl_sync_connection_state_names        (JsonObject          *state,
                                                             const char          *server,
                                                             const char          *database,
                                                             const char          *user);

PlSyncConnection     *pl_sync_connection_new                (const char          *server,
                                                             const char          *database,
                                                             const char          *user,
                                                             GError             **error);
PlSyncConnection     *pl_sync_connection_new_full           (const char          *server,
                                                             const char          *database,
                                                             const char          *user,
                                                             const char          *password,
                                                             GError             **error);
PlSyncConnection     *pl_sync_connection_new_for_sync_state (JsonObject          *state,
                                                             GError             **error);

PlCouchClient        *pl_sync_connection_get_client         (PlSyncConnection    *self);
PlSyncConnectionStep  pl_sync_connection_get_step           (PlSyncConnection    *self);
PlAccountProbe       *pl_sync_connection_get_probe          (PlSyncConnection    *self);
PlSyncEngine         *pl_sync_connection_get_engine         (PlSyncConnection    *self);
char                 *pl_sync_connection_dup_copy_path      (PlSyncConnection    *self);

PlSyncEngine         *pl_sync_connection_bind               (PlSyncConnection    *self,
                                                             PlSession           *session);
gboolean              pl_sync_connection_keep_copy          (PlSyncConnection    *self,
                                                             PlSession           *session,
                                                             const char          *path,
                                                             GError             **error);
gboolean              pl_sync_connection_set_aside_copy     (const char          *path,
                                                             char               **aside_path,
                                                             GError             **error);

void                  pl_sync_connection_probe_async        (PlSyncConnection    *self,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean              pl_sync_connection_probe_finish       (PlSyncConnection    *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

void                  pl_sync_connection_rebind_async       (PlSyncConnection    *self,
                                                             PlSession           *session,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean              pl_sync_connection_rebind_finish      (PlSyncConnection    *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

void                  pl_sync_connection_download_async     (PlSyncConnection    *self,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
PlSession            *pl_sync_connection_download_finish    (PlSyncConnection    *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

void                  pl_sync_connection_sync_async         (PlSyncConnection    *self,
                                                             PlSession           *session,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
gboolean              pl_sync_connection_sync_finish        (PlSyncConnection    *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

G_END_DECLS
