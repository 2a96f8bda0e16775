/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation-import.h"

G_BEGIN_DECLS

#define PL_TYPE_IMPORT_REPORT_WINDOW (pl_import_report_window_get_type ())

G_DECLARE_FINAL_TYPE (PlImportReportWindow, pl_import_report_window, PL, IMPORT_REPORT_WINDOW, AdwWindow)

GtkWidget *pl_import_report_window_new (GtkWindow                *parent,
                                        PlDelegationImportReport *report,
                                        const char               *display_name);

G_END_DECLS
