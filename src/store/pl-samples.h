/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-session.h"

G_BEGIN_DECLS

GBytes    *pl_samples_get_bytes (void);
PlSession *pl_samples_load      (GError **error);

G_END_DECLS
