/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-record.h"
#include "pl-versions.h"

G_BEGIN_DECLS

#define PL_TYPE_TRANSLATABLE (pl_translatable_get_type ())

G_DECLARE_FINAL_TYPE (PlTranslatable, pl_translatable, PL, TRANSLATABLE, GObject)

PlTranslatable *pl_translatable_new          (PlRecord       *record,
                                              const char     *field,
                                              const char     *context);
PlRecord       *pl_translatable_get_record   (PlTranslatable *self);
const char     *pl_translatable_get_field    (PlTranslatable *self);
const char     *pl_translatable_get_original (PlTranslatable *self);
const char     *pl_translatable_get_context  (PlTranslatable *self);

GPtrArray      *pl_translatables_list        (PlSession      *session);
void            pl_translatables_progress    (PlSession      *session,
                                              const char     *language,
                                              guint          *total,
                                              guint          *done,
                                              guint          *outdated);
char           *pl_translatables_record_label (PlRecord      *record);
const char     *pl_translatables_field_label (const char     *field);

G_END_DECLS
