/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-cosponsor-request.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_COSPONSOR_REQUEST_ROW (pl_cosponsor_request_row_get_type ())

G_DECLARE_FINAL_TYPE (PlCosponsorRequestRow, pl_cosponsor_request_row, PL, COSPONSOR_REQUEST_ROW, AdwActionRow)

GtkWidget          *pl_cosponsor_request_row_new         (PlSession             *session,
                                                          PlCosponsorRequest    *request);
PlCosponsorRequest *pl_cosponsor_request_row_get_request (PlCosponsorRequestRow *self);

G_END_DECLS
