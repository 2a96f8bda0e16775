/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-agenda.h"

G_BEGIN_DECLS

void pl_check_number_in_text (PlSession *session,
                              GPtrArray *findings);
char *pl_check_text_link_numbers (PlAgenda   *agenda,
                                  const char *annotation);

G_END_DECLS
