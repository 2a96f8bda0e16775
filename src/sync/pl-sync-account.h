/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-sync-error.h"

G_BEGIN_DECLS

#define PL_SYNC_SETTINGS_SCHEMA "io.github.plenary.Plenary.Sync"

gboolean  pl_sync_account_get_defaults      (char         **server_url,
                                             char         **database,
                                             char         **user);
gboolean  pl_sync_account_set_defaults      (const char    *server_url,
                                             const char    *database,
                                             const char    *user);
char     *pl_sync_account_lookup_new_password (const char  *server_url,
                                               const char    *user,
                                               GCancellable  *cancellable,
                                               GError       **error);
char     *pl_sync_account_lookup_password   (const char    *server_url,
                                             const char    *user,
                                             GCancellable  *cancellable,
                                             GError       **error);
void      pl_sync_account_store_password_async  (const char    *server_url,
                                                 const char    *user,
                                                 const char    *password,
                                                 GCancellable  *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer       user_data);
gboolean  pl_sync_account_store_password_finish (GAsyncResult  *result,
                                                 GError       **error);

G_END_DECLS
