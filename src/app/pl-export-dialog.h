/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-export.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_EXPORT_DIALOG (pl_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlExportDialog, pl_export_dialog, PL, EXPORT_DIALOG, AdwWindow)

/* A report to write (pl_export_write_async()): which document, in which
 * format and language (%NULL: English), whether texts missing in that
 * language print in their original, and the file. */
typedef struct
{
  PlExportWhat    what;
  PlExportFormat  format;
  const char     *language;
  PlExportFlags   flags;
  GFile          *file;
} PlExportRequest;

PlExportDialog *pl_export_dialog_new          (GtkWindow            *parent,
                                               PlSession            *session,
                                               PlExportWhat          what);
PlSession      *pl_export_dialog_get_session  (PlExportDialog       *self);
PlExportWhat    pl_export_dialog_get_what     (PlExportDialog       *self);
PlExportFormat  pl_export_dialog_get_format   (PlExportDialog       *self);
const char     *pl_export_dialog_get_language (PlExportDialog       *self);
PlExportFlags   pl_export_dialog_get_flags    (PlExportDialog       *self);
char           *pl_export_dialog_suggest_name (PlExportDialog       *self);

void            pl_export_write_async         (PlSession             *session,
                                               const PlExportRequest *request,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
gboolean        pl_export_write_finish        (GAsyncResult         *result,
                                               GError              **error);

G_END_DECLS
