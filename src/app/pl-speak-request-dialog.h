/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAK_REQUEST_DIALOG (pl_speak_request_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakRequestDialog, pl_speak_request_dialog, PL, SPEAK_REQUEST_DIALOG, AdwWindow)

GtkWidget *pl_speak_request_dialog_new         (GtkWindow            *parent,
                                                PlSession            *session,
                                                const char           *delegation,
                                                const char           *user);
void       pl_speak_request_dialog_select_list (PlSpeakRequestDialog *self,
                                                PlSpeakerList        *list);

G_END_DECLS
