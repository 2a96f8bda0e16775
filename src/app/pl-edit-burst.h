/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

void pl_edit_burst_touch (PlSession  *session,
                          const char *label);
void pl_edit_burst_flush (PlSession  *session);

G_END_DECLS
