/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-session.h"

G_BEGIN_DECLS

PlDocModel *pl_journal_report_build (PlSession  *session,
                                     const char *date,
                                     const char *language);

G_END_DECLS
