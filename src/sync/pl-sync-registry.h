/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-couch-client.h"
#include "pl-session.h"

G_BEGIN_DECLS

JsonObject *pl_sync_registry_build          (PlSession           *session);
void        pl_sync_registry_publish_async  (PlCouchClient       *client,
                                             PlSession           *session,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    pl_sync_registry_publish_finish (PlCouchClient       *client,
                                             GAsyncResult        *result,
                                             gboolean            *changed,
                                             GError             **error);

G_END_DECLS
