/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_INSTRUMENT_ROW (pl_instrument_row_get_type ())

G_DECLARE_FINAL_TYPE (PlInstrumentRow, pl_instrument_row, PL, INSTRUMENT_ROW, AdwExpanderRow)

GtkWidget *pl_instrument_row_new    (PlSession       *session,
                                     guint            index);
void       pl_instrument_row_update (PlInstrumentRow *self);
void       pl_instrument_row_set_editable (PlInstrumentRow *self,
                                           gboolean         editable);

G_END_DECLS
