/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"
#include "pl-sync-engine.h"

G_BEGIN_DECLS

void pl_edit_burst_touch (PlSession  *session,
                          const char *label);
void pl_edit_burst_flush (PlSession  *session);
void pl_edit_burst_touch_field (PlSession    *session,
                                const char   *label,
                                PlRecord     *record,
                                const char   *field);
void pl_edit_burst_set_engine  (PlSession    *session,
                                PlSyncEngine *engine);

G_END_DECLS
