/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKER_DIALOG (pl_speaker_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakerDialog, pl_speaker_dialog, PL, SPEAKER_DIALOG, AdwWindow)

GtkWidget *pl_speaker_dialog_new (GtkWindow     *parent,
                                  PlSession     *session,
                                  PlSpeakerList *list,
                                  PlSpeaker     *speaker);

G_END_DECLS
