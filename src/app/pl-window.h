/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-application.h"
#include "pl-autosave.h"
#include "pl-session.h"
#include "pl-sync-engine.h"

G_BEGIN_DECLS

#define PL_TYPE_WINDOW (pl_window_get_type ())

G_DECLARE_FINAL_TYPE (PlWindow, pl_window, PL, WINDOW, AdwApplicationWindow)

PlWindow   *pl_window_new                 (PlApplication *application);
PlSession  *pl_window_get_session         (PlWindow      *self);
PlAutosave *pl_window_get_autosave        (PlWindow      *self);
const char *pl_window_get_path            (PlWindow      *self);
void        pl_window_set_session         (PlWindow      *self,
                                           PlSession     *session,
                                           const char    *path);
void        pl_window_show_opening        (PlWindow      *self,
                                           const char    *path);
const char *pl_window_get_opening_path    (PlWindow      *self);
void        pl_window_stop_opening        (PlWindow      *self);
GtkWidget  *pl_window_get_page            (PlWindow      *self,
                                           const char    *name);
void        pl_window_show_page           (PlWindow      *self,
                                           const char    *name);
void        pl_window_report_first_frame  (PlWindow      *self);
gboolean      pl_window_get_read_only     (PlWindow      *self);
void          pl_window_set_read_only     (PlWindow      *self,
                                           gboolean       read_only);
PlSyncEngine *pl_window_get_sync_engine   (PlWindow      *self);
void        pl_window_account_saved       (PlWindow      *self,
                                           const char    *server,
                                           const char    *database,
                                           const char    *user);
void        pl_window_add_toast           (PlWindow      *self,
                                           AdwToast      *toast);

/* pl-window-translations.c: Export for Translation… and Import
 * Translation… once the file is chosen. */
gboolean    pl_window_export_translation_file (PlWindow   *self,
                                               const char *language,
                                               GFile      *file);
gboolean    pl_window_import_translation_file (PlWindow   *self,
                                               const char *language,
                                               GFile      *file);

G_END_DECLS
