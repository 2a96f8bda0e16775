/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_DOCUMENTS_PAGE (pl_documents_page_get_type ())

G_DECLARE_FINAL_TYPE (PlDocumentsPage, pl_documents_page, PL, DOCUMENTS_PAGE, PlPage)

GtkWidget *pl_documents_page_new (PlSession *session);

G_END_DECLS
