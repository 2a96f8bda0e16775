/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_ANNOTATION_EDITOR (pl_annotation_editor_get_type ())

G_DECLARE_FINAL_TYPE (PlAnnotationEditor, pl_annotation_editor, PL, ANNOTATION_EDITOR, GtkWidget)

void pl_annotation_editor_set_session (PlAnnotationEditor *self,
                                       PlSession          *session);
void pl_annotation_editor_set_item    (PlAnnotationEditor *self,
                                       PlAgendaItem       *item);

G_END_DECLS
