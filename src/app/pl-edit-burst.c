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
 */

#define BURST_IDLE_MS 1000

typedef struct
{
  PlSession *session;   /* not a reference: the burst dies with it */
  guint      timeout_id;
} Burst;

static void
burst_close (Burst *burst)
{
  if (burst->timeout_id == 0)
    return;

  g_clear_handle_id (&burst->timeout_id, g_source_remove);
  pl_history_end_group (pl_session_get_history (burst->session));
}

static void
burst_free (gpointer data)
{
  Burst *burst = data;

  /* The session is being finalized: its history goes with it, so there is
   * no group left to close. */
  g_clear_handle_id (&burst->timeout_id, g_source_remove);
  g_free (burst);
}

static gboolean
on_burst_idle_cb (gpointer user_data)
{
  Burst *burst = user_data;

  burst->timeout_id = 0;
  pl_history_end_group (pl_session_get_history (burst->session));

  return G_SOURCE_REMOVE;
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

  burst = g_object_get_data (G_OBJECT (session), "pl-edit-burst");
  if (burst == NULL)
    {
      burst = g_new0 (Burst, 1);
      burst->session = session;
      g_object_set_data_full (G_OBJECT (session), "pl-edit-burst", burst, burst_free);
    }

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
