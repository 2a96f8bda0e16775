/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_CREDENTIALS_PAGE (pl_credentials_page_get_type ())

G_DECLARE_FINAL_TYPE (PlCredentialsPage, pl_credentials_page, PL, CREDENTIALS_PAGE, PlPage)

GtkWidget    *pl_credentials_page_new                (PlSession         *session);
GListModel   *pl_credentials_page_get_model          (PlCredentialsPage *self);
PlDelegation *pl_credentials_page_get_selected       (PlCredentialsPage *self);
void          pl_credentials_page_select_delegation  (PlCredentialsPage *self,
                                                      PlDelegation      *delegation);

G_END_DECLS
