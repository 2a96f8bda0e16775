/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"
#include "pl-delegation-table-page.h"

G_BEGIN_DECLS

#define PL_TYPE_PARTICIPANTS_PAGE (pl_participants_page_get_type ())

G_DECLARE_FINAL_TYPE (PlParticipantsPage, pl_participants_page, PL, PARTICIPANTS_PAGE, PlDelegationTablePage)

GtkWidget    *pl_participants_page_new             (PlSession          *session);
gboolean      pl_participants_page_import_bytes    (PlParticipantsPage *self,
                                                    GBytes             *csv,
                                                    const char         *display_name);

G_END_DECLS
