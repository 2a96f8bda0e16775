/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_COSPONSOR_REQUESTS (pl_cosponsor_requests_get_type ())

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
