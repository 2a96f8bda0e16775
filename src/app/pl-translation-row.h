/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"
#include "pl-translatable.h"

G_BEGIN_DECLS

#define PL_TYPE_TRANSLATION_ROW (pl_translation_row_get_type ())

G_DECLARE_FINAL_TYPE (PlTranslationRow, pl_translation_row, PL, TRANSLATION_ROW, GtkWidget)

GtkWidget      *pl_translation_row_new              (PlSession        *session);
void            pl_translation_row_bind             (PlTranslationRow *self,
                                                     PlTranslatable   *text,
                                                     const char       *language,
                                                     const char       *language_name,
                                                     const char       *original_language,
                                                     gboolean          read_only);
void            pl_translation_row_unbind           (PlTranslationRow *self);
PlTranslatable *pl_translation_row_get_translatable (PlTranslationRow *self);
GtkWidget      *pl_translation_row_get_editor       (PlTranslationRow *self);
void            pl_translation_row_update           (PlTranslationRow *self);

G_END_DECLS
