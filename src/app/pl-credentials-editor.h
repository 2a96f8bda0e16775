/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-credentials-status.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_CREDENTIALS_EDITOR (pl_credentials_editor_get_type ())

G_DECLARE_FINAL_TYPE (PlCredentialsEditor, pl_credentials_editor, PL, CREDENTIALS_EDITOR, AdwBin)

GtkWidget    *pl_credentials_editor_new             (void);
void          pl_credentials_editor_set_session     (PlCredentialsEditor  *self,
                                                     PlSession            *session,
                                                     PlCredentialsContext *context);
PlDelegation *pl_credentials_editor_get_delegation  (PlCredentialsEditor  *self);
void          pl_credentials_editor_set_delegation  (PlCredentialsEditor  *self,
                                                     PlDelegation         *delegation);
void          pl_credentials_editor_update          (PlCredentialsEditor  *self);
void          pl_credentials_editor_record          (PlCredentialsEditor  *self);

G_END_DECLS
