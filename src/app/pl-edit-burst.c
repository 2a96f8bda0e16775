/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-edit-burst.h"

/*
 * Typing in a field is one undo step per burst, not one per key: the
 * first keystroke opens a history group, each further one pushes its end
 * back, and the group closes after a second without typing, when the
 * field loses focus, or before any other command (undo, add item...),
 * which call pl_edit_burst_flush() so that they never land inside it.
 *
 * The burst belongs to the session (every page and window of a session
 * shares one history), so it is kept as the session's data.
 *
 * A burst is also an edit in progress for the sync (issue 16, point 5):
 * the fields typed in (pl_edit_burst_touch_field()) are held in the
 * session's sync engine while it lasts, so that a change from the server
 * is never written under the cursor nor a half-typed word sent, and are
 * released, then merged, when it closes.
 */

#define BURST_IDLE_MS 1000

typedef struct
{
  PlSession    *session;   /* not a reference: the burst dies with it */
  guint         timeout_id;
  PlSyncEngine *engine;    /* weak: the window owns it, and it holds the session */
  GPtrArray    *held;      /* of GStrv {record id, field} held in @engine */
} Burst;

static void
release_holds (Burst *burst)
{
  g_autoptr(GPtrArray) held = g_steal_pointer (&burst->held);

  burst->held = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; burst->engine != NULL && i < held->len; i++)
    {
      char **pair = g_ptr_array_index (held, i);

      pl_sync_engine_release_field (burst->engine, pair[0], pair[1]);
    }
}

static void
burst_close (Burst *burst)
{
  if (burst->timeout_id == 0)
    return;

  g_clear_handle_id (&burst->timeout_id, g_source_remove);
  pl_history_end_group (pl_session_get_history (burst->session));
  release_holds (burst);
}

static void
burst_free (gpointer data)
{
  Burst *burst = data;

  /* The session is being finalized: its history goes with it, so there is
   * no group left to close; the engine, which holds the session, is gone. */
  g_clear_handle_id (&burst->timeout_id, g_source_remove);
  g_clear_weak_pointer (&burst->engine);
  g_ptr_array_unref (burst->held);
  g_free (burst);
}

static gboolean
on_burst_idle_cb (gpointer user_data)
{
  Burst *burst = user_data;

  burst->timeout_id = 0;
  pl_history_end_group (pl_session_get_history (burst->session));
  release_holds (burst);

  return G_SOURCE_REMOVE;
}

static Burst *
burst_get (PlSession *session)
{
  Burst *burst = g_object_get_data (G_OBJECT (session), "pl-edit-burst");

  if (burst == NULL)
    {
      burst = g_new0 (Burst, 1);
      burst->session = session;
      burst->held = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_object_set_data_full (G_OBJECT (session), "pl-edit-burst", burst, burst_free);
    }
  return burst;
}

/**
 * pl_edit_burst_touch:
 * @label: what the burst does ("Edit Title"), for the Undo tooltip
 *
 * Call before each edit made by typing.
 */
void
pl_edit_burst_touch (PlSession  *session,
                     const char *label)
{
  Burst *burst;

  g_return_if_fail (PL_IS_SESSION (session));

  burst = burst_get (session);
  if (burst->timeout_id == 0)
    pl_history_begin_group (pl_session_get_history (session), label);
  else
    g_source_remove (burst->timeout_id);

  burst->timeout_id = g_timeout_add (BURST_IDLE_MS, on_burst_idle_cb, burst);
  g_source_set_name_by_id (burst->timeout_id, "[plenary] edit burst");
}

/* Ends the current burst, if any, so that the next edit is its own step. */
void
pl_edit_burst_flush (PlSession *session)
{
  Burst *burst;

  g_return_if_fail (PL_IS_SESSION (session));

  burst = g_object_get_data (G_OBJECT (session), "pl-edit-burst");
  if (burst != NULL)
    burst_close (burst);
}

/**
 * pl_edit_burst_touch_field:
 * @record: the record typed in
 * @field: the JSON name of the field typed in ("title")
 *
 * pl_edit_burst_touch() for typing in one field of @record: the field is
 * also held in the session's sync engine until the burst ends.
 */
void
pl_edit_burst_touch_field (PlSession  *session,
                           const char *label,
                           PlRecord   *record,
                           const char *field)
{
  Burst *burst;
  const char *id;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_RECORD (record));
  g_return_if_fail (field != NULL);

  pl_edit_burst_touch (session, label);

  burst = burst_get (session);
  if (burst->engine == NULL)
    return;

  id = pl_record_get_id (record);
  for (guint i = 0; i < burst->held->len; i++)
    {
      char **pair = g_ptr_array_index (burst->held, i);

      if (g_str_equal (pair[0], id) && g_str_equal (pair[1], field))
        return;
    }

  pl_sync_engine_hold_field (burst->engine, id, field);
  {
    char **pair = g_new0 (char *, 3);

    pair[0] = g_strdup (id);
    pair[1] = g_strdup (field);
    g_ptr_array_add (burst->held, pair);
  }
}

/**
 * pl_edit_burst_set_engine:
 * @engine: (nullable): the engine syncing @session, or %NULL when it stops
 *
 * Called by the window that owns the engine; the holds of a burst under
 * way are released in the engine being left.
 */
void
pl_edit_burst_set_engine (PlSession    *session,
                          PlSyncEngine *engine)
{
  Burst *burst;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (engine == NULL || PL_IS_SYNC_ENGINE (engine));

  burst = burst_get (session);
  if (burst->engine == engine)
    return;
  release_holds (burst);
  g_set_weak_pointer (&burst->engine, engine);
}
