/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-sync-engine.h"

G_BEGIN_DECLS

/*
 * What the engine does with an answer, apart from the request that got
 * it: for the fuzz targets (tests/fuzz/fuzz-couch-*.c), which feed it
 * arbitrary answers without a server.
 */
gboolean pl_sync_engine_apply_changes      (PlSyncEngine  *self,
                                            JsonNode      *answer,
                                            GError       **error);
gboolean pl_sync_engine_apply_push_results (PlSyncEngine  *self,
                                            GHashTable    *sent_docs,
                                            GHashTable    *sent_revs,
                                            JsonNode      *answer,
                                            JsonArray     *conflicted,
                                            GError       **error);

G_END_DECLS
