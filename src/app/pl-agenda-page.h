/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_AGENDA_PAGE (pl_agenda_page_get_type ())

G_DECLARE_FINAL_TYPE (PlAgendaPage, pl_agenda_page, PL, AGENDA_PAGE, PlPage)

GtkWidget    *pl_agenda_page_new           (PlSession    *session);
PlAgendaItem *pl_agenda_page_get_selected  (PlAgendaPage *self);
void          pl_agenda_page_select_item   (PlAgendaPage *self,
                                            PlAgendaItem *item);

G_END_DECLS
