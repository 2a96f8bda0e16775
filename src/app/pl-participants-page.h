/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_PARTICIPANTS_PAGE (pl_participants_page_get_type ())

G_DECLARE_FINAL_TYPE (PlParticipantsPage, pl_participants_page, PL, PARTICIPANTS_PAGE, PlPage)

GtkWidget    *pl_participants_page_new             (PlSession          *session);
GListModel   *pl_participants_page_get_model       (PlParticipantsPage *self);
void          pl_participants_page_set_search      (PlParticipantsPage *self,
                                                    const char         *text);
PlDelegation *pl_participants_page_get_selected    (PlParticipantsPage *self);
void          pl_participants_page_select_delegation (PlParticipantsPage *self,
                                                      PlDelegation       *delegation);
gboolean      pl_participants_page_import_bytes    (PlParticipantsPage *self,
                                                    GBytes             *csv,
                                                    const char         *display_name);

G_END_DECLS
