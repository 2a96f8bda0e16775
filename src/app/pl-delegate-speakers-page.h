/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-notices.h"
#include "pl-page.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATE_SPEAKERS_PAGE (pl_delegate_speakers_page_get_type ())

G_DECLARE_FINAL_TYPE (PlDelegateSpeakersPage, pl_delegate_speakers_page, PL, DELEGATE_SPEAKERS_PAGE, PlPage)

GtkWidget     *pl_delegate_speakers_page_new            (PlSession              *session);
PlSpeakerList *pl_delegate_speakers_page_get_list       (PlDelegateSpeakersPage *self);
void           pl_delegate_speakers_page_select_list    (PlDelegateSpeakersPage *self,
                                                         PlSpeakerList          *list);
PlNotices     *pl_delegate_speakers_page_get_notices    (PlDelegateSpeakersPage *self);
void           pl_delegate_speakers_page_set_now        (PlDelegateSpeakersPage *self,
                                                         GDateTime              *now);

G_END_DECLS
