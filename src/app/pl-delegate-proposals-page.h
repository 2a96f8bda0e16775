/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-page.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATE_PROPOSALS_PAGE (pl_delegate_proposals_page_get_type ())

G_DECLARE_FINAL_TYPE (PlDelegateProposalsPage, pl_delegate_proposals_page, PL, DELEGATE_PROPOSALS_PAGE, PlPage)

GtkWidget *pl_delegate_proposals_page_new (PlSession *session);

G_END_DECLS
