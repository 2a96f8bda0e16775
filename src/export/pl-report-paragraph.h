/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pl-report-override.h"

G_BEGIN_DECLS

/*
 * One paragraph of the draft report of the session (issue 20): what the
 * records say (generated, in the report's language), what prints (the
 * Rapporteur's override when there is one), and what it rests on (the
 * _ids of the records it was made from). The key is stable across exports
 * and languages: an override is filed under it (`report_override:KEY`).
 *
 * Keys: `org:opening`, `org:attendance`, `org:officers`, `org:agenda`,
 * `org:credentials`, `item:ITEM:meetings`, `item:ITEM:documents`,
 * `item:ITEM:introduction`, `item:ITEM:statements`, `item:ITEM:observers`,
 * `item:ITEM:action:PROPOSAL`, `adoption`, and `decisions:PROPOSAL` for a
 * text adopted in chapter I (see pl-draft-report.c for the full list).
 *
 * Immutable: built by pl_draft_report_paragraphs(); read-only properties.
 */

#define PL_TYPE_REPORT_PARAGRAPH (pl_report_paragraph_get_type ())

G_DECLARE_FINAL_TYPE (PlReportParagraph, pl_report_paragraph, PL, REPORT_PARAGRAPH, GObject)

PlReportParagraph  *pl_report_paragraph_new              (const char         *key,
                                                          const char         *chapter,
                                                          const char         *section,
                                                          const char         *generated,
                                                          const char * const *sources,
                                                          PlReportOverride   *override,
                                                          const char         *stale_reason);

const char         *pl_report_paragraph_get_key          (PlReportParagraph  *self);
const char         *pl_report_paragraph_get_chapter      (PlReportParagraph  *self);
const char         *pl_report_paragraph_get_section      (PlReportParagraph  *self);
const char         *pl_report_paragraph_get_generated    (PlReportParagraph  *self);
const char         *pl_report_paragraph_get_text         (PlReportParagraph  *self);
PlReportOverride   *pl_report_paragraph_get_override     (PlReportParagraph  *self);
gboolean            pl_report_paragraph_get_stale        (PlReportParagraph  *self);
const char         *pl_report_paragraph_get_stale_reason (PlReportParagraph  *self);
const char * const *pl_report_paragraph_get_sources      (PlReportParagraph  *self);

G_END_DECLS
