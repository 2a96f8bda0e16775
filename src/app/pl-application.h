/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_APPLICATION (pl_application_get_type ())

G_DECLARE_FINAL_TYPE (PlApplication, pl_application, PL, APPLICATION, AdwApplication)

PlApplication *pl_application_new              (void);
GSettings     *pl_application_get_settings     (PlApplication *self);
void           pl_application_add_recent       (PlApplication *self,
                                                const char    *path);
void           pl_application_open_path        (PlApplication *self,
                                                const char    *path,
                                                GtkWindow     *from);
char          *pl_application_open_error_text  (const char    *path,
                                                const GError  *error);
void           pl_application_report_open_error (PlApplication *self,
                                                 GtkWindow     *parent,
                                                 const char    *path,
                                                 const GError  *error);
void           pl_application_join             (PlApplication *self,
                                                GFile         *invitation,
                                                GtkWindow     *from);
void           pl_application_show_session     (PlApplication *self,
                                                PlSession     *session,
                                                GtkWindow     *window);

G_END_DECLS
