/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-report-paragraph.h"
#include "pl-session.h"

G_BEGIN_DECLS

/*
 * The draft report of the session (issue 20, RULES.md "Meetings, decisions
 * and the record"): I. Resolutions and decisions adopted; II. Organization
 * of the session; then a chapter per agenda item; last, the adoption of
 * the report. The app's Report page shows pl_draft_report_paragraphs();
 * the export (`--what report`) builds its PlDocModel from the same list,
 * so the two never disagree.
 */

GPtrArray  *pl_draft_report_paragraphs (PlSession  *session,
                                        const char *language);
PlDocModel *pl_draft_report_build      (PlSession  *session,
                                        const char *language);

G_END_DECLS
