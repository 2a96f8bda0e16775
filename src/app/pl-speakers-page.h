/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-notices.h"
#include "pl-session.h"
#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_SPEAKERS_PAGE (pl_speakers_page_get_type ())

G_DECLARE_FINAL_TYPE (PlSpeakersPage, pl_speakers_page, PL, SPEAKERS_PAGE, PlPage)

GtkWidget     *pl_speakers_page_new           (PlSession      *session);
PlSpeakerList *pl_speakers_page_get_list      (PlSpeakersPage *self);
void           pl_speakers_page_select_list   (PlSpeakersPage *self,
                                               PlSpeakerList  *list);
GListModel    *pl_speakers_page_get_entries   (PlSpeakersPage *self);
PlNotices     *pl_speakers_page_get_notices   (PlSpeakersPage *self);

G_END_DECLS
