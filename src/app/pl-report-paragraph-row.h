/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-report-paragraph.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_REPORT_PARAGRAPH_ROW (pl_report_paragraph_row_get_type ())

G_DECLARE_FINAL_TYPE (PlReportParagraphRow, pl_report_paragraph_row, PL, REPORT_PARAGRAPH_ROW, GtkBox)

GtkWidget         *pl_report_paragraph_row_new           (void);
void               pl_report_paragraph_row_update        (PlReportParagraphRow *self,
                                                          PlSession            *session,
                                                          PlReportParagraph    *paragraph,
                                                          guint                 number);
PlReportParagraph *pl_report_paragraph_row_get_paragraph (PlReportParagraphRow *self);
void               pl_report_paragraph_row_begin_edit    (PlReportParagraphRow *self);
void               pl_report_paragraph_row_end_edit      (PlReportParagraphRow *self);
gboolean           pl_report_paragraph_row_get_editing   (PlReportParagraphRow *self);
char              *pl_report_paragraph_row_get_edited_text (PlReportParagraphRow *self);
void               pl_report_paragraph_row_set_edited_text (PlReportParagraphRow *self,
                                                            const char           *text);

G_END_DECLS
