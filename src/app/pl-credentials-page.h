/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"
#include "pl-delegation-table-page.h"

G_BEGIN_DECLS

#define PL_TYPE_CREDENTIALS_PAGE (pl_credentials_page_get_type ())

G_DECLARE_FINAL_TYPE (PlCredentialsPage, pl_credentials_page, PL, CREDENTIALS_PAGE, PlDelegationTablePage)

GtkWidget    *pl_credentials_page_new                (PlSession         *session);
void          pl_credentials_page_select_delegation  (PlCredentialsPage *self,
                                                      PlDelegation      *delegation);

G_END_DECLS
