/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_LIST_DIALOG (pl_speaker_list_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerListDialog, pl_speaker_list_dialog, PL, SPEAKER_LIST_DIALOG, AdwWindow)

GtkWidget *pl_speaker_list_dialog_new (GtkWindow     *parent,
                                       PlSession     *session,
                                       PlSpeakerList *list);

G_END_DECLS
