/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

/*
 * PlSyncEngine, continued (pl-sync-engine.c): live mode, pushes on
 * edits, a long poll, retries with backoff.
 * Its struct and what the parts share: pl-sync-engine-private.h.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-codec.h"
#include "pl-couch-response.h"
#include "pl-sync-engine.h"
#include "pl-sync-engine-private.h"
#include "pl-sync-merge.h"
#include "pl-sync-table.h"
#include "pl-json-text.h"
#include "pl-sync-registry.h"

/* ------------------------------------------------------------------ */
/* Live: pushes on edits, a long poll, retries with backoff            */

static void poll_changes (PlSyncEngine *self);

static gboolean
on_retry_timeout_cb (gpointer user_data)
{
  PlSyncEngine *self = user_data;

  self->retry_source_id = 0;
  pl_sync_engine_live_round (self);
  return G_SOURCE_REMOVE;
}

/* DESIGN: a failed request marks the session offline and retries from
 * 1 s, doubling to 60 s, or as soon as the network comes back. An answer
 * that will not change by itself (a wrong password) is not retried: the
 * user is told instead. */
static void
live_failed (PlSyncEngine *self,
             GError       *error)
{
  if (!self->live || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!pl_couch_error_is_transient (error))
    return;

  self->backoff_s = self->backoff_s == 0 ? 1 : MIN (self->backoff_s * 2, MAX_BACKOFF_S);
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  self->retry_source_id = g_timeout_add_seconds (self->backoff_s, on_retry_timeout_cb, self);
}

static void
on_live_round_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      live_failed (self, error);
      return;
    }
  if (!self->live)
    return;
  if (self->push_again || pl_sync_engine_get_n_dirty (self) > 0)
    pl_sync_engine_schedule_push (self);
  poll_changes (self);
}

void
pl_sync_engine_live_round (PlSyncEngine *self)
{
  GTask *task;

  if (!self->live)
    return;
  if (self->busy)
    {
      /* A push is under way: try again just after it. */
      g_clear_handle_id (&self->retry_source_id, g_source_remove);
      self->retry_source_id = g_timeout_add_seconds (1, on_retry_timeout_cb, self);
      return;
    }
  task = g_task_new (self, self->cancellable, on_live_round_cb, g_object_ref (self));
  g_task_set_source_tag (task, pl_sync_engine_live_round);
  pl_sync_engine_start_round (self, task);
}

static void live_pushed (PlSyncEngine *self);

/* A delegation was pushed: the delegates' database checks requests to
 * speak against its members from now on. */
static void
on_live_registry_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!pl_sync_registry_publish_finish (PL_COUCH_CLIENT (source), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      pl_sync_engine_set_state (self, error->domain == PL_COUCH_ERROR && (error->code == PL_COUCH_ERROR_OFFLINE ||
                                                                          error->code == PL_COUCH_ERROR_TIMEOUT)
                                      ? PL_SYNC_STATE_OFFLINE : PL_SYNC_STATE_ERROR,
                                error->message);
      live_failed (self, error);
      return;
    }
  self->registry_dirty = FALSE;
  live_pushed (self);
}

static void
on_live_push_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (error->domain == PL_COUCH_ERROR && (error->code == PL_COUCH_ERROR_OFFLINE ||
                                              error->code == PL_COUCH_ERROR_TIMEOUT))
        pl_sync_engine_set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
      else
        pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, error->message);
      /* Retried with the same backoff as everything else; the edits
       * stay dirty meanwhile. */
      live_failed (self, error);
      return;
    }

  if (self->live && pl_sync_engine_wants_registry (self))
    {
      self->busy = TRUE;
      pl_sync_registry_publish_async (self->client, self->session, self->cancellable,
                                      on_live_registry_cb, g_object_ref (self));
      return;
    }
  live_pushed (self);
}

static void
live_pushed (PlSyncEngine *self)
{
  pl_sync_engine_settle_state (self);
  if (self->live && self->revs_unknown)
    {
      pl_sync_engine_live_round (self);
      return;
    }
  if (self->live && (self->push_again || pl_sync_engine_get_n_dirty (self) > 0))
    pl_sync_engine_schedule_push (self);
}

/* Dirty records that may go now: not held, not a refused one. Held
 * records wait, or every push would find nothing to send and start
 * again. */
static gboolean
has_pushable (PlSyncEngine *self)
{
  GHashTableIter iter;
  gpointer key;
  guint n_held = 0;

  g_hash_table_iter_init (&iter, self->holds);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      PlRecord *record = pl_session_lookup (self->session, key);

      if (record != NULL && pl_sync_engine_record_is_dirty (self, record))
        n_held++;
    }
  return pl_sync_engine_get_n_dirty (self) > n_held;
}

static gboolean
on_push_idle_cb (gpointer user_data)
{
  PlSyncEngine *self = user_data;

  self->push_source_id = 0;
  if (!self->live)
    return G_SOURCE_REMOVE;
  if (self->busy || self->retry_source_id != 0)
    {
      /* Pushed when the current exchange (or the retry) is over. */
      self->push_again = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->push_again = FALSE;
  if (!has_pushable (self))
    return G_SOURCE_REMOVE;

  self->busy = TRUE;
  pl_sync_engine_set_state (self, PL_SYNC_STATE_SYNCING, NULL);
  pl_sync_engine_push_async (self, self->cancellable, on_live_push_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

void
pl_sync_engine_schedule_push (PlSyncEngine *self)
{
  /* An idle, not a call: the edit returns at once, and a burst of
   * setters in one main-loop turn goes in one _bulk_docs. */
  if (self->push_source_id == 0)
    self->push_source_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, on_push_idle_cb, self, NULL);
}

static void
on_poll_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PlSyncEngine) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;

  self->polling = FALSE;
  answer = pl_couch_client_request_finish (PL_COUCH_CLIENT (source), result, &error);
  if (!self->live)
    return;

  if (answer == NULL)
    {
      /* Our own limit: PouchDB Server ignores the long-poll timeout, so
       * an idle poll ends here, and simply starts again. */
      if (g_error_matches (error, PL_COUCH_ERROR, PL_COUCH_ERROR_TIMEOUT))
        {
          poll_changes (self);
          return;
        }
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      if (error->domain == PL_COUCH_ERROR && error->code == PL_COUCH_ERROR_OFFLINE)
        pl_sync_engine_set_state (self, PL_SYNC_STATE_OFFLINE, error->message);
      else
        pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, error->message);
      live_failed (self, error);
      return;
    }

  if (!pl_sync_engine_apply_changes (self, answer, &error))
    {
      pl_sync_engine_set_state (self, PL_SYNC_STATE_ERROR, error->message);
      live_failed (self, error);
      return;
    }

  if (!self->busy)
    pl_sync_engine_settle_state (self);
  if (pl_sync_engine_get_n_dirty (self) > 0)
    pl_sync_engine_schedule_push (self);
  poll_changes (self);
}

static void
poll_changes (PlSyncEngine *self)
{
  if (!self->live || self->polling)
    return;
  self->polling = TRUE;
  pl_couch_client_changes_async (self->client, self->last_seq, TRUE, self->long_poll_s,
                                 self->cancellable, on_poll_cb, g_object_ref (self));
}

void
pl_sync_engine_on_network_changed_cb (GNetworkMonitor *monitor,
                                      gboolean         available,
                                      PlSyncEngine    *self)
{
  if (!available || !self->live || self->retry_source_id == 0)
    return;

  /* Back online: no need to wait out the backoff. */
  g_clear_handle_id (&self->retry_source_id, g_source_remove);
  pl_sync_engine_live_round (self);
}
