/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_SETTINGS_PAGE (pl_settings_page_get_type ())

G_DECLARE_FINAL_TYPE (PlSettingsPage, pl_settings_page, PL, SETTINGS_PAGE, PlPage)

GtkWidget *pl_settings_page_new (PlSession *session);

G_END_DECLS
