/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_NOTICES (pl_notices_get_type ())

G_DECLARE_FINAL_TYPE (PlNotices, pl_notices, PL, NOTICES, GObject)

PlNotices   *pl_notices_new        (PlSession  *session,
                                    const char *delegation);
const char  *pl_notices_get_delegation (PlNotices *self);
gboolean     pl_notices_get_quiet  (PlNotices  *self);
void         pl_notices_set_quiet  (PlNotices  *self,
                                    gboolean    quiet);
void         pl_notices_set_application (PlNotices    *self,
                                         GApplication *application);
GPtrArray   *pl_notices_get_sent   (PlNotices  *self);
guint        pl_notices_get_n_pending (PlNotices *self);
void         pl_notices_check      (PlNotices  *self);

G_END_DECLS
