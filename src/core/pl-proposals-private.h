/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-proposals.h"

G_BEGIN_DECLS

/* Shared by the two halves of the register: pl-proposals.c (symbols,
 * revisions, workflow, action taken, numbers) and pl-proposal-sponsors.c
 * (sponsors and co-sponsorship requests). */

/* "now" as an ISO 8601 UTC date-time when @time is %NULL */
char        *pl_proposals_format_now_or   (GDateTime        *time);
/* The proposal as messages name it: its symbol, or its title */
const char  *pl_proposals_label_of        (PlProposal       *proposal);
/* Adopted, rejected or withdrawn: no sponsor joins, no action is taken */
gboolean     pl_proposals_status_is_final (PlProposalStatus  status);
/* A run of digits without a leading zero (an L number, a revision, a
 * text's number) */
gboolean     pl_proposals_is_number       (const char       *s,
                                           gsize             len);
/* The amendments to @proposal in the session (transfer container) */
GPtrArray   *pl_proposals_amendments_of   (PlSession        *session,
                                           PlProposal       *proposal);
/* Gives an adopted, unnumbered text of a numbered kind the next number */
void         pl_proposals_give_number_if_due (PlSession     *session,
                                              PlProposal    *proposal);

G_END_DECLS
