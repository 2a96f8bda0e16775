/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-page.h"

G_BEGIN_DECLS

#define PL_TYPE_TRANSLATIONS_PAGE (pl_translations_page_get_type ())

G_DECLARE_FINAL_TYPE (PlTranslationsPage, pl_translations_page, PL, TRANSLATIONS_PAGE, PlPage)

GtkWidget  *pl_translations_page_new          (PlSession          *session);
const char *pl_translations_page_get_language (PlTranslationsPage *self);
gboolean    pl_translations_page_set_language (PlTranslationsPage *self,
                                               const char         *language);
GListModel *pl_translations_page_get_shown    (PlTranslationsPage *self);
GtkWidget  *pl_translations_page_find_row     (PlTranslationsPage *self,
                                               PlRecord           *record,
                                               const char         *field);
const char *pl_translations_page_get_progress (PlTranslationsPage *self);

G_END_DECLS
