/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-session.h"

G_BEGIN_DECLS

PlDocModel *pl_credentials_report_build (PlSession  *session,
                                         const char *language,
                                         GDateTime  *as_at);

G_END_DECLS
