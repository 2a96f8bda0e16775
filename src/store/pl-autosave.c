/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-autosave.h"
#include "pl-session-file.h"

/**
 * PlAutosave:
 *
 * Keeps a session's file up to date: it listens to the session's
 * #PlSession::changed signal and writes the file at most
 * %PL_AUTOSAVE_DELAY_MS after the last edit (a burst of typing restarts
 * the delay, so one save follows the burst). A session without a path is
 * never written; its state stays "unsaved" until a path is given.
 *
 * Saves run on the main thread: the large generated session serializes
 * and writes in tens of milliseconds (bench-app measures it), which is
 * below what a typist notices, and a synchronous save cannot race with the
 * next edit.
 *
 * From the first save on, it keeps each record's text (#PlSaveCache), so
 * that a save encodes only the records changed since the last one (issue
 * 23); the cache is made at the first save, not when the session opens,
 * so that opening costs no more memory than before.
 */
struct _PlAutosave
{
  GObject      parent_instance;

  PlSession   *session;
  char        *path;
  PlSaveState  state;
  GError      *error;
  guint        timeout_id;
  gulong       changed_id;
  gint64       last_duration_us;
  PlSaveCache *cache;
};

G_DEFINE_FINAL_TYPE (PlAutosave, pl_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_PATH,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (PlSaveState, pl_save_state,
                    G_DEFINE_ENUM_VALUE (PL_SAVE_STATE_SAVED, "saved"),
                    G_DEFINE_ENUM_VALUE (PL_SAVE_STATE_UNSAVED, "unsaved"),
                    G_DEFINE_ENUM_VALUE (PL_SAVE_STATE_SAVING, "saving"),
                    G_DEFINE_ENUM_VALUE (PL_SAVE_STATE_ERROR, "error"))

static void
set_state (PlAutosave  *self,
           PlSaveState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  PlAutosave *self = user_data;

  self->timeout_id = 0;
  /* The error is kept in :error and shown by the state; the next edit
   * retries. */
  pl_autosave_save_now (self, NULL);

  return G_SOURCE_REMOVE;
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlAutosave   *self)
{
  /* A failed save stays visible until a save succeeds. */
  if (self->state != PL_SAVE_STATE_ERROR)
    set_state (self, PL_SAVE_STATE_UNSAVED);

  if (self->path == NULL)
    return;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (PL_AUTOSAVE_DELAY_MS, on_timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[plenary] autosave");
}

static void
pl_autosave_dispose (GObject *object)
{
  PlAutosave *self = PL_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (pl_autosave_parent_class)->dispose (object);
}

static void
pl_autosave_finalize (GObject *object)
{
  PlAutosave *self = PL_AUTOSAVE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (pl_autosave_parent_class)->finalize (object);
}

static void
pl_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlAutosave *self = PL_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_autosave_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlAutosave *self = PL_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      self->changed_id = g_signal_connect (self->session, "changed",
                                           G_CALLBACK (on_session_changed_cb), self);
      break;
    case PROP_PATH:
      pl_autosave_set_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_autosave_class_init (PlAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_autosave_dispose;
  object_class->finalize = pl_autosave_finalize;
  object_class->get_property = pl_autosave_get_property;
  object_class->set_property = pl_autosave_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, pl_save_state_get_type (), PL_SAVE_STATE_SAVED,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_autosave_init (PlAutosave *self)
{
  self->state = PL_SAVE_STATE_SAVED;
}

/**
 * pl_autosave_new:
 * @session: the session to keep on disk
 * @path: (nullable): its file, or %NULL for a session never saved
 */
PlAutosave *
pl_autosave_new (PlSession  *session,
                 const char *path)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_AUTOSAVE, "session", session, "path", path, NULL);
}

PlSession *
pl_autosave_get_session (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), NULL);

  return self->session;
}

const char *
pl_autosave_get_path (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), NULL);

  return self->path;
}

PlSaveState
pl_autosave_get_state (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), PL_SAVE_STATE_ERROR);

  return self->state;
}

/**
 * pl_autosave_get_error:
 *
 * Returns: (nullable): why the last save failed, while the state is
 *   %PL_SAVE_STATE_ERROR
 */
const GError *
pl_autosave_get_error (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), NULL);

  return self->error;
}

/* How long the last save took, serialization and fsync included. */
gint64
pl_autosave_get_last_duration_us (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), 0);

  return self->last_duration_us;
}

/**
 * pl_autosave_set_path:
 * @path: (nullable): the file to keep up to date
 *
 * Gives the session a file (after Save As). The next save goes there; the
 * caller saves at once if it wants the file now.
 */
void
pl_autosave_set_path (PlAutosave *self,
                      const char *path)
{
  g_return_if_fail (PL_IS_AUTOSAVE (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

/* TRUE while an edit waits for its save. */
gboolean
pl_autosave_is_pending (PlAutosave *self)
{
  g_return_val_if_fail (PL_IS_AUTOSAVE (self), FALSE);

  return self->timeout_id != 0;
}

/**
 * pl_autosave_save_now:
 *
 * Writes the session to its file at once (Ctrl+S, closing a window),
 * cancelling the pending autosave. The file is replaced atomically, so a
 * failure leaves the previous version intact.
 *
 * Returns: %TRUE if the file now holds the session
 */
gboolean
pl_autosave_save_now (PlAutosave  *self,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 start;

  g_return_val_if_fail (PL_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (self->path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                           _("The session has no file yet; use Save As to choose one"));
      return FALSE;
    }

  set_state (self, PL_SAVE_STATE_SAVING);
  start = g_get_monotonic_time ();

  if (self->cache == NULL)
    self->cache = pl_save_cache_new ();

  if (!pl_session_file_save_cached (self->session, self->path, self->cache, &local_error))
    {
      self->last_duration_us = g_get_monotonic_time () - start;
      g_clear_error (&self->error);
      self->error = g_error_copy (local_error);
      set_state (self, PL_SAVE_STATE_ERROR);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->last_duration_us = g_get_monotonic_time () - start;
  g_clear_error (&self->error);
  set_state (self, PL_SAVE_STATE_SAVED);

  return TRUE;
}
