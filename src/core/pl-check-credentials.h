/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-credentials-status.h"
#include "pl-session.h"

G_BEGIN_DECLS

void  pl_check_credentials           (PlSession            *session,
                                     GPtrArray            *findings);
char *pl_credentials_status_describe (PlCredentialsContext *context,
                                     PlDelegation         *delegation);

G_END_DECLS
