/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-cosponsor-request.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_COSPONSOR_DECLINE_DIALOG (pl_cosponsor_decline_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlCosponsorDeclineDialog, pl_cosponsor_decline_dialog, PL, COSPONSOR_DECLINE_DIALOG,
                      AdwMessageDialog)

GtkWidget *pl_cosponsor_decline_dialog_new (GtkWindow          *parent,
                                            PlSession          *session,
                                            PlCosponsorRequest *request);

G_END_DECLS
