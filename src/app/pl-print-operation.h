/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-export.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_PRINT_OPERATION (pl_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PlPrintOperation, pl_print_operation, PL, PRINT_OPERATION, GtkPrintOperation)

PlPrintOperation *pl_print_operation_new          (PlSession        *session,
                                                   PlExportWhat      what,
                                                   const char       *language);
PlSession        *pl_print_operation_get_session  (PlPrintOperation *self);
PlExportWhat      pl_print_operation_get_what     (PlPrintOperation *self);
const char       *pl_print_operation_get_language (PlPrintOperation *self);
void              pl_print_operation_set_what     (PlPrintOperation *self,
                                                   PlExportWhat      what);
void              pl_print_operation_set_language (PlPrintOperation *self,
                                                   const char       *language);

G_END_DECLS
