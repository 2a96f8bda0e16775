/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include "pl-sync-error.h"

G_DEFINE_QUARK (pl-sync-error-quark, pl_sync_error)
