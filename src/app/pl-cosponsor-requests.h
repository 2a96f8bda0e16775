/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_COSPONSOR_REQUESTS (pl_cosponsor_requests_get_type ())

/* The pending requests to co-sponsor, with Accept and Decline… (issue 19,
 * point 4). To embed it in a page's template:
 *
 *   <object class="PlCosponsorRequests" id="cosponsor_requests"/>
 *
 * with g_type_ensure (PL_TYPE_COSPONSOR_REQUESTS) before the template is
 * built, then set its session (pl_cosponsor_requests_set_session(), or
 * bind the page's "session"), pass the page's read-only state on (its
 * actions are its own, not the page's: pl_cosponsor_requests_set_read_only()
 * from the page's set_read_only), and hide it or count the requests by
 * "n-pending" if wanted. Its accessible name is "Co-sponsorship Requests". */
G_DECLARE_FINAL_TYPE (PlCosponsorRequests, pl_cosponsor_requests, PL, COSPONSOR_REQUESTS, GtkWidget)

GtkWidget *pl_cosponsor_requests_new           (PlSession           *session);
PlSession *pl_cosponsor_requests_get_session   (PlCosponsorRequests *self);
void       pl_cosponsor_requests_set_session   (PlCosponsorRequests *self,
                                                PlSession           *session);
gboolean   pl_cosponsor_requests_get_read_only (PlCosponsorRequests *self);
void       pl_cosponsor_requests_set_read_only (PlCosponsorRequests *self,
                                                gboolean             read_only);
guint      pl_cosponsor_requests_get_n_pending (PlCosponsorRequests *self);

G_END_DECLS
