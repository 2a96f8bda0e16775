/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

void pl_check_number_in_text (PlSession *session,
                              GPtrArray *findings);

G_END_DECLS
