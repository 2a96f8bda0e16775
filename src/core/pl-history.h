/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_HISTORY (pl_history_get_type ())

G_DECLARE_FINAL_TYPE (PlHistory, pl_history, PL, HISTORY, GObject)

typedef struct _PlSession PlSession;

PlHistory  *pl_history_new              (PlSession    *session);
gboolean    pl_history_get_can_undo     (PlHistory    *self);
gboolean    pl_history_get_can_redo     (PlHistory    *self);
const char *pl_history_get_undo_label   (PlHistory    *self);
const char *pl_history_get_redo_label   (PlHistory    *self);
gboolean    pl_history_get_modified     (PlHistory    *self);
void        pl_history_begin_group      (PlHistory    *self,
                                         const char   *label);
void        pl_history_end_group        (PlHistory    *self);
gboolean    pl_history_undo             (PlHistory    *self);
gboolean    pl_history_redo             (PlHistory    *self);
void        pl_history_mark_saved       (PlHistory    *self);
void        pl_history_clear            (PlHistory    *self);
void        pl_history_set_recording    (PlHistory    *self,
                                         gboolean      recording);

/* Called by PlSession for every edit of its records. */
void        pl_history_record_field     (PlHistory    *self,
                                         PlRecord     *record,
                                         GParamSpec   *field,
                                         const GValue *old_value);
void        pl_history_record_add       (PlHistory    *self,
                                         PlRecord     *record);
void        pl_history_record_remove    (PlHistory    *self,
                                         PlRecord     *record,
                                         guint         position);

G_END_DECLS
