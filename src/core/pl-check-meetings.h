/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

void pl_check_meetings    (PlSession *session,
                           GPtrArray *findings);
void pl_check_meetings_at (PlSession *session,
                           GDateTime *now,
                           GPtrArray *findings);

G_END_DECLS
