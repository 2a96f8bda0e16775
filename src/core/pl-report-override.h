/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_REPORT_OVERRIDE (pl_report_override_get_type ())

G_DECLARE_FINAL_TYPE (PlReportOverride, pl_report_override, PL, REPORT_OVERRIDE, PlRecord)

PlReportOverride *pl_report_override_new            (const char *id);
const char *      pl_report_override_get_paragraph  (PlReportOverride *self);
const char *      pl_report_override_get_text       (PlReportOverride *self);
const char *      pl_report_override_get_generated  (PlReportOverride *self);
const char *      pl_report_override_get_language   (PlReportOverride *self);
const char *      pl_report_override_get_edited_at  (PlReportOverride *self);
const char *      pl_report_override_get_edited_by  (PlReportOverride *self);
void              pl_report_override_set_paragraph  (PlReportOverride *self,
                                                     const char *paragraph);
void              pl_report_override_set_text       (PlReportOverride *self,
                                                     const char *text);
void              pl_report_override_set_generated  (PlReportOverride *self,
                                                     const char *generated);
void              pl_report_override_set_language   (PlReportOverride *self,
                                                     const char *language);
void              pl_report_override_set_edited_at  (PlReportOverride *self,
                                                     const char *edited_at);
void              pl_report_override_set_edited_by  (PlReportOverride *self,
                                                     const char *edited_by);

G_END_DECLS
