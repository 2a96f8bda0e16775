/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char  *pl_position_between (const char *before,
                            const char *after);
GStrv  pl_position_spread  (guint       n);
int    pl_position_compare (const char *a,
                            const char *b);

G_END_DECLS
