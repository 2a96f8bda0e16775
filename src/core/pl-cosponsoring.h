/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-cosponsor-request.h"
#include "pl-proposal.h"
#include "pl-session.h"
#include "pl-speaker-notices.h"

G_BEGIN_DECLS

#define PL_COSPONSORING_ERROR (pl_cosponsoring_error_quark ())

/**
 * PlCosponsoringError:
 * @PL_COSPONSORING_ERROR_CLOSED: the proposal is not open to co-sponsors
 *   (a draft, or adopted, rejected or withdrawn, or revised since)
 * @PL_COSPONSORING_ERROR_SPONSORING: the delegation already sponsors or
 *   co-sponsors it
 * @PL_COSPONSORING_ERROR_PENDING: the delegation's request waits already
 * @PL_COSPONSORING_ERROR_NO_DELEGATION: the delegation is not in the
 *   session
 *
 * Why a delegation cannot ask to co-sponsor a proposal.
 */
typedef enum {
  PL_COSPONSORING_ERROR_CLOSED,
  PL_COSPONSORING_ERROR_SPONSORING,
  PL_COSPONSORING_ERROR_PENDING,
  PL_COSPONSORING_ERROR_NO_DELEGATION,
} PlCosponsoringError;

GQuark              pl_cosponsoring_error_quark (void);

gboolean            pl_cosponsoring_is_open     (PlSession   *session,
                                                 PlProposal  *proposal);
const char         *pl_cosponsoring_role_of     (PlProposal  *proposal,
                                                 const char  *delegation_id);
PlCosponsorRequest *pl_cosponsoring_request_of  (PlSession   *session,
                                                 PlProposal  *proposal,
                                                 const char  *delegation_id);
GPtrArray          *pl_cosponsoring_pending     (PlSession   *session);
gboolean            pl_cosponsoring_can_request (PlSession   *session,
                                                 PlProposal  *proposal,
                                                 const char  *delegation_id,
                                                 GError     **error);
PlCosponsorRequest *pl_cosponsoring_request     (PlSession   *session,
                                                 PlProposal  *proposal,
                                                 const char  *delegation_id,
                                                 const char  *user,
                                                 GDateTime   *now,
                                                 GError     **error);
GPtrArray          *pl_cosponsoring_notices_for_delegation (PlSession  *session,
                                                            const char *delegation_id);

G_END_DECLS
