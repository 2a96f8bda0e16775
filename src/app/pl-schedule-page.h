/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_SCHEDULE_PAGE (pl_schedule_page_get_type ())

G_DECLARE_FINAL_TYPE (PlSchedulePage, pl_schedule_page, PL, SCHEDULE_PAGE, PlPage)

GtkWidget *pl_schedule_page_new (PlSession *session);

G_END_DECLS
