/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-credentials-status.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_CREDENTIALS_PROGRESS (pl_credentials_progress_get_type ())

G_DECLARE_FINAL_TYPE (PlCredentialsProgress, pl_credentials_progress, PL, CREDENTIALS_PROGRESS, GObject)

PlCredentialsProgress *pl_credentials_progress_new             (PlSession             *session);
PlSession             *pl_credentials_progress_get_session     (PlCredentialsProgress *self);
guint                  pl_credentials_progress_get_total       (PlCredentialsProgress *self);
guint                  pl_credentials_progress_get_in_due_form (PlCredentialsProgress *self);
guint                  pl_credentials_progress_get_count       (PlCredentialsProgress *self,
                                                                PlCredentialsStatus    status);
char                  *pl_credentials_progress_dup_label       (PlCredentialsProgress *self);
void                   pl_credentials_progress_update          (PlCredentialsProgress *self);

G_END_DECLS
