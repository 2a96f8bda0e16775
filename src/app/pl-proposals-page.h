/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-page.h"
#include "pl-proposal.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_PROPOSALS_PAGE (pl_proposals_page_get_type ())

G_DECLARE_FINAL_TYPE (PlProposalsPage, pl_proposals_page, PL, PROPOSALS_PAGE, PlPage)

GtkWidget  *pl_proposals_page_new          (PlSession       *session);
GListModel *pl_proposals_page_get_shown    (PlProposalsPage *self);
PlProposal *pl_proposals_page_get_selected (PlProposalsPage *self);
void        pl_proposals_page_set_facets   (PlProposalsPage *self,
                                            int              status,
                                            const char      *item_id);

G_END_DECLS
