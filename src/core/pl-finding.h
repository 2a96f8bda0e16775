/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-enums.h"

G_BEGIN_DECLS

#define PL_TYPE_FINDING (pl_finding_get_type ())

G_DECLARE_FINAL_TYPE (PlFinding, pl_finding, PL, FINDING, GObject)

PlFinding  *pl_finding_new          (PlSeverity  severity,
                                     const char *code,
                                     const char *subject,
                                     const char *message);
PlSeverity  pl_finding_get_severity (PlFinding  *self);
const char *pl_finding_get_code     (PlFinding  *self);
const char *pl_finding_get_subject  (PlFinding  *self);
const char *pl_finding_get_message  (PlFinding  *self);

gboolean    pl_finding_equal        (PlFinding  *a,
                                     PlFinding  *b);
gboolean    pl_finding_store_replace (GListStore *store,
                                      GPtrArray  *findings);

G_END_DECLS
