/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_OVERVIEW_PAGE (pl_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (PlOverviewPage, pl_overview_page, PL, OVERVIEW_PAGE, PlPage)

GtkWidget *pl_overview_page_new (PlSession *session);

G_END_DECLS
