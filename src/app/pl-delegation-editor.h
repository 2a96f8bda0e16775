/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATION_EDITOR (pl_delegation_editor_get_type ())

G_DECLARE_FINAL_TYPE (PlDelegationEditor, pl_delegation_editor, PL, DELEGATION_EDITOR, AdwBin)

GtkWidget    *pl_delegation_editor_new            (void);
void          pl_delegation_editor_set_session    (PlDelegationEditor *self,
                                                   PlSession          *session);
void          pl_delegation_editor_set_groups     (PlDelegationEditor *self,
                                                   GPtrArray          *group_ids,
                                                   GListModel         *group_names);
PlDelegation *pl_delegation_editor_get_delegation (PlDelegationEditor *self);
void          pl_delegation_editor_set_delegation (PlDelegationEditor *self,
                                                   PlDelegation       *delegation);
void          pl_delegation_editor_update         (PlDelegationEditor *self);

G_END_DECLS
