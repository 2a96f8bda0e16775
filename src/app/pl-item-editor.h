/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_ITEM_EDITOR (pl_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (PlItemEditor, pl_item_editor, PL, ITEM_EDITOR, GtkWidget)

GtkWidget    *pl_item_editor_new      (PlSession    *session);
PlAgendaItem *pl_item_editor_get_item (PlItemEditor *self);
void          pl_item_editor_set_item (PlItemEditor *self,
                                       PlAgendaItem *item);

G_END_DECLS
