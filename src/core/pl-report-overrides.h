/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

PlReportOverride *pl_report_overrides_find     (PlSession        *session,
                                                const char       *key);
void              pl_report_overrides_set      (PlSession        *session,
                                                const char       *key,
                                                const char       *language,
                                                const char       *text,
                                                const char       *generated);
gboolean          pl_report_override_is_stale  (PlReportOverride *self,
                                                const char       *generated_now);

G_END_DECLS
