/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_BUREAU_PAGE (pl_bureau_page_get_type ())

G_DECLARE_FINAL_TYPE (PlBureauPage, pl_bureau_page, PL, BUREAU_PAGE, PlPage)

GtkWidget *pl_bureau_page_new (PlSession *session);

G_END_DECLS
