/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-delegation.h"

G_BEGIN_DECLS

#define PL_TYPE_BUREAU_STATE_CHOICE (pl_bureau_state_choice_get_type ())

G_DECLARE_FINAL_TYPE (PlBureauStateChoice, pl_bureau_state_choice, PL, BUREAU_STATE_CHOICE, GtkListBoxRow)

GtkWidget  *pl_bureau_state_choice_new              (PlDelegation        *delegation,
                                                     guint                section,
                                                     gboolean             listed,
                                                     const char          *note);
const char *pl_bureau_state_choice_get_delegation_id (PlBureauStateChoice *self);
guint       pl_bureau_state_choice_get_section      (PlBureauStateChoice *self);
gboolean    pl_bureau_state_choice_is_listed        (PlBureauStateChoice *self);
gboolean    pl_bureau_state_choice_matches          (PlBureauStateChoice *self,
                                                     const char          *search);

G_END_DECLS
