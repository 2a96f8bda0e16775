/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-couch-client.h"

G_BEGIN_DECLS

/**
 * PlAccountProbe:
 * @user: (nullable): the name the server knows the user by
 * @roles: the user's roles (`_session`'s `userCtx.roles`)
 * @delegation: (nullable): the user's `delegation:<ISO3>` role, which is
 *   also the `_id` of that delegation's record
 * @read_only: the user holds the `delegate` role and neither
 *   `secretariat` nor `_admin`: the server takes only their requests to
 *   speak (data/couchdb/validate_doc_update.js)
 * @has_session: the database holds a session (its `session` document)
 * @doc_count: the documents in the database
 *
 * What a server says about an account and a database.
 */
typedef struct
{
  char    *user;
  GStrv    roles;
  char    *delegation;
  gboolean read_only;
  gboolean has_session;
  gint64   doc_count;
} PlAccountProbe;

PlAccountProbe *pl_account_probe_new_for_roles (const char *user,
                                                const char * const *roles);
PlAccountProbe *pl_account_probe_new_for_sync_state (JsonObject *state);
void            pl_account_probe_free   (PlAccountProbe       *probe);
void            pl_account_probe_async  (PlCouchClient        *client,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
PlAccountProbe *pl_account_probe_finish (PlCouchClient        *client,
                                         GAsyncResult         *result,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlAccountProbe, pl_account_probe_free)

G_END_DECLS
