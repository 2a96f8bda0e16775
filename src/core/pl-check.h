/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-finding.h"
#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlCheckAudience:
 * @PL_CHECK_AUDIENCE_SECRETARIAT: the secretariat's copy holds every
 *   record: every check runs
 * @PL_CHECK_AUDIENCE_DELEGATE: a delegate's copy holds the public records
 *   only: the checks of secretariat-only data (credentials, contacts) do
 *   not run, for their records are absent, not missing
 *
 * Whose copy the checks read (issue 16).
 */
typedef enum {
  PL_CHECK_AUDIENCE_SECRETARIAT,
  PL_CHECK_AUDIENCE_DELEGATE,
} PlCheckAudience;

PlCheckAudience pl_check_audience_for_session (PlSession       *session);
GListStore     *pl_check_session              (PlSession       *session);
GListStore     *pl_check_session_for          (PlSession       *session,
                                               PlCheckAudience  audience);

G_END_DECLS
