/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_INSTRUMENTS_ERROR (pl_instruments_error_quark ())

typedef enum {
  PL_INSTRUMENTS_ERROR_UNKNOWN,
  PL_INSTRUMENTS_ERROR_EMPTY,
  PL_INSTRUMENTS_ERROR_COLUMN_TAKEN,
  PL_INSTRUMENTS_ERROR_CONVENTION,
  PL_INSTRUMENTS_ERROR_IN_USE,
} PlInstrumentsError;

GQuark       pl_instruments_error_quark (void);

guint        pl_instruments_count       (PlSession   *session);
const char  *pl_instruments_get_id      (PlSession   *session,
                                         guint        index);
const char  *pl_instruments_get_short_title (PlSession *session,
                                             guint      index);
const char  *pl_instruments_get_title   (PlSession   *session,
                                         guint        index);
char        *pl_instruments_add         (PlSession   *session,
                                         const char * const *columns,
                                         GError     **error);
gboolean     pl_instruments_rename      (PlSession   *session,
                                         const char  *id,
                                         const char  *short_title,
                                         const char  *title,
                                         GError     **error);
gboolean     pl_instruments_set_column  (PlSession   *session,
                                         const char  *id,
                                         const char  *column,
                                         GError     **error);
gboolean     pl_instruments_remove      (PlSession   *session,
                                         const char  *id,
                                         GError     **error);

G_END_DECLS
