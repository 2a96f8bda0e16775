/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PL_SYNC_ERROR (pl_sync_error_quark ())

/**
 * PlSyncError:
 * @PL_SYNC_ERROR_BUSY: a sync with the server is already under way for
 *   this engine; nothing was started
 * @PL_SYNC_ERROR_NO_PASSWORD: no password for the account: neither the
 *   environment nor the keyring holds one (or the keyring cannot be read)
 * @PL_SYNC_ERROR_STALE_CONFLICT: the conflict to resolve is out of date:
 *   the field changed since, here or on the server; nothing was changed
 *
 * What goes wrong in the sync layer itself, above the protocol: what the
 * server answered is a #PlCouchError, what the file holds a
 * #PlSessionFileError or #PlCodecError.
 */
typedef enum {
  PL_SYNC_ERROR_BUSY,
  PL_SYNC_ERROR_NO_PASSWORD,
  PL_SYNC_ERROR_STALE_CONFLICT,
} PlSyncError;

GQuark pl_sync_error_quark (void);

G_END_DECLS
