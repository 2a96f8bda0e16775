/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-deadline.h"
#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_DEADLINES_PAGE (pl_deadlines_page_get_type ())

G_DECLARE_FINAL_TYPE (PlDeadlinesPage, pl_deadlines_page, PL, DEADLINES_PAGE, PlPage)

GtkWidget *pl_deadlines_page_new            (PlSession  *session);
char      *pl_deadlines_page_format_due     (PlSession  *session,
                                             PlDeadline *deadline);
char      *pl_deadlines_page_describe_origin (PlDeadline *deadline);

G_END_DECLS
