/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-page.h"
#include "pl-report-paragraph-row.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_REPORT_PAGE (pl_report_page_get_type ())

G_DECLARE_FINAL_TYPE (PlReportPage, pl_report_page, PL, REPORT_PAGE, PlPage)

GtkWidget            *pl_report_page_new          (PlSession    *session);
PlReportParagraphRow *pl_report_page_get_row      (PlReportPage *self,
                                                   const char   *key);
const char           *pl_report_page_get_language (PlReportPage *self);
guint                 pl_report_page_get_n_stale  (PlReportPage *self);

G_END_DECLS
