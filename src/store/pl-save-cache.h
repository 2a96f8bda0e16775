/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sys/uio.h>
#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SAVE_CACHE (pl_save_cache_get_type ())

G_DECLARE_FINAL_TYPE (PlSaveCache, pl_save_cache, PL, SAVE_CACHE, GObject)

PlSaveCache *pl_save_cache_new           (void);
void         pl_save_cache_begin         (PlSaveCache  *self);
void         pl_save_cache_add           (PlSaveCache  *self,
                                          PlRecord     *record);
gboolean     pl_save_cache_end           (PlSaveCache  *self,
                                          GArray       *pieces);
const char  *pl_save_cache_member        (PlSaveCache  *self,
                                          guint         level,
                                          const char   *name,
                                          JsonObject   *object,
                                          gsize        *length);
void         pl_save_cache_end_members   (PlSaveCache  *self);
GString     *pl_save_cache_get_tail      (PlSaveCache  *self);
guint        pl_save_cache_get_n_encoded (PlSaveCache  *self);
guint        pl_save_cache_get_n_members_encoded (PlSaveCache *self);
guint        pl_save_cache_get_n_members_kept    (PlSaveCache *self);
guint        pl_save_cache_get_n_kept    (PlSaveCache  *self);
guint        pl_save_cache_get_n_pieces  (PlSaveCache  *self);

G_END_DECLS
