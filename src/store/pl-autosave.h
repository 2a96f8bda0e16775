/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_AUTOSAVE (pl_autosave_get_type ())

G_DECLARE_FINAL_TYPE (PlAutosave, pl_autosave, PL, AUTOSAVE, GObject)

/**
 * PlSaveState:
 * @PL_SAVE_STATE_SAVED: the file holds every edit
 * @PL_SAVE_STATE_UNSAVED: edits wait for the next save (or have no file)
 * @PL_SAVE_STATE_SAVING: a save is being written
 * @PL_SAVE_STATE_ERROR: the last save failed; see #PlAutosave:error
 */
typedef enum {
  PL_SAVE_STATE_SAVED,
  PL_SAVE_STATE_UNSAVED,
  PL_SAVE_STATE_SAVING,
  PL_SAVE_STATE_ERROR,
} PlSaveState;

#define PL_TYPE_SAVE_STATE (pl_save_state_get_type ())
GType pl_save_state_get_type (void);

/* At most this long after the last edit, the file holds it. */
#define PL_AUTOSAVE_DELAY_MS 1000

PlAutosave   *pl_autosave_new            (PlSession    *session,
                                          const char   *path);
PlSession    *pl_autosave_get_session    (PlAutosave   *self);
const char   *pl_autosave_get_path       (PlAutosave   *self);
PlSaveState   pl_autosave_get_state      (PlAutosave   *self);
const GError *pl_autosave_get_error      (PlAutosave   *self);
gint64        pl_autosave_get_last_duration_us (PlAutosave *self);
void          pl_autosave_set_path       (PlAutosave   *self,
                                          const char   *path);
gboolean      pl_autosave_save_now       (PlAutosave   *self,
                                          GError      **error);
gboolean      pl_autosave_is_pending     (PlAutosave   *self);

G_END_DECLS
