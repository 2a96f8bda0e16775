/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-couch-client.h"

G_BEGIN_DECLS

char       *pl_sync_delegates_database   (const char          *database);

JsonObject *pl_sync_setup_design_document (void);
JsonObject *pl_sync_setup_security_object (void);
JsonObject *pl_sync_setup_delegates_security_object (void);

void        pl_sync_setup_server_async   (PlCouchClient       *admin_client,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GStrv       pl_sync_setup_server_finish  (PlCouchClient       *admin_client,
                                          GAsyncResult        *result,
                                          GError             **error);

void        pl_sync_setup_user_async     (PlCouchClient       *admin_client,
                                          const char          *name,
                                          const char          *password,
                                          const char * const  *roles,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
GStrv       pl_sync_setup_user_finish    (PlCouchClient       *admin_client,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
