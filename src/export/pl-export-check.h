/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-export.h"
#include "pl-finding.h"
#include "pl-session.h"

G_BEGIN_DECLS

/*
 * What an export checks before it writes: the open errors that affect the
 * chosen document (issue 22, point 2) and the texts the document would
 * print in their original language for want of a current version in its
 * own (issue 21, point 3). The CLI and the Export dialog ask the same
 * questions here.
 */

gboolean    pl_export_finding_affects    (PlExportWhat   what,
                                          const char    *code);
GPtrArray  *pl_export_open_errors        (PlSession     *session,
                                          PlExportWhat   what);
GPtrArray  *pl_export_describe_fallbacks (PlSession     *session,
                                          PlDocModel    *model);
const char *pl_export_language_label     (const char    *language);

G_END_DECLS
