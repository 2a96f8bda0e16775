/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean pl_value_equal (const GValue *a,
                         const GValue *b);

G_END_DECLS
