/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-calendar.h"
#include "pl-session.h"

G_BEGIN_DECLS

/* The `basis` of each computed deadline (pl-deadlines.c); a speakers'
 * list closing has the list's `_id` as its basis. */
#define PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS         "draft_resolutions"
#define PL_DEADLINE_BASIS_PRE_SESSION_CONSULTATIONS "pre_session_consultations"
#define PL_DEADLINE_BASIS_CREDENTIALS               "credentials"
#define PL_DEADLINE_BASIS_PROVISIONAL_CREDENTIALS   "provisional_credentials"
#define PL_DEADLINE_BASIS_NGO_LIST                  "ngo_list"
#define PL_DEADLINE_BASIS_BUDGET                    "budget"

GPtrArray  *pl_deadlines_compute        (PlSession   *session,
                                         GError     **error);
gboolean    pl_deadlines_refresh        (PlSession   *session,
                                         guint       *n_changed,
                                         GError     **error);
PlDeadline *pl_deadlines_find_by_basis  (PlSession   *session,
                                         const char  *basis);
PlDeadline *pl_deadlines_add_manual     (PlSession   *session,
                                         const char  *title,
                                         GDateTime   *due,
                                         const char  *rule,
                                         const char  *note);
void        pl_deadlines_override       (PlSession   *session,
                                         PlDeadline  *deadline,
                                         GDateTime   *due,
                                         const char  *note);
gboolean    pl_deadlines_revert         (PlSession   *session,
                                         PlDeadline  *deadline,
                                         GError     **error);
GDateTime  *pl_deadlines_get_due        (PlDeadline  *deadline,
                                         GError     **error);
GPtrArray  *pl_deadlines_list           (PlSession   *session);
void        pl_deadlines_split          (PlSession   *session,
                                         GDateTime   *now,
                                         GPtrArray  **upcoming,
                                         GPtrArray  **passed);

G_END_DECLS
