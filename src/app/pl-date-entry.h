/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-date-picker.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_DATE_ENTRY (pl_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (PlDateEntry, pl_date_entry, PL, DATE_ENTRY, GtkWidget)

GtkWidget       *pl_date_entry_new                   (PlDateEntryMode  mode);
PlDateEntryMode  pl_date_entry_get_mode              (PlDateEntry     *self);
void             pl_date_entry_set_mode              (PlDateEntry     *self,
                                                      PlDateEntryMode  mode);
const char      *pl_date_entry_get_label             (PlDateEntry     *self);
void             pl_date_entry_set_label             (PlDateEntry     *self,
                                                      const char      *label);
const char      *pl_date_entry_get_default_date      (PlDateEntry     *self);
void             pl_date_entry_set_default_date      (PlDateEntry     *self,
                                                      const char      *date);
void             pl_date_entry_set_default_from_session (PlDateEntry  *self,
                                                      PlSession       *session);
gboolean         pl_date_entry_is_valid              (PlDateEntry     *self);
GtkEntry        *pl_date_entry_get_entry             (PlDateEntry     *self);
PlDatePicker    *pl_date_entry_get_picker            (PlDateEntry     *self);

G_END_DECLS
