/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlDateEntryMode:
 * @PL_DATE_ENTRY_DATE: a day, `YYYY-MM-DD`
 * @PL_DATE_ENTRY_TIME: a time of day, `HH:MM`
 * @PL_DATE_ENTRY_DATE_TIME: a day and a time, `YYYY-MM-DD HH:MM`
 *
 * What a date field holds, and so what its picker offers.
 */
typedef enum {
  PL_DATE_ENTRY_DATE,
  PL_DATE_ENTRY_TIME,
  PL_DATE_ENTRY_DATE_TIME,
} PlDateEntryMode;

#define PL_TYPE_DATE_ENTRY_MODE (pl_date_entry_mode_get_type ())
GType pl_date_entry_mode_get_type (void) G_GNUC_CONST;

#define PL_TYPE_DATE_PICKER (pl_date_picker_get_type ())

G_DECLARE_FINAL_TYPE (PlDatePicker, pl_date_picker, PL, DATE_PICKER, GtkWidget)

GtkWidget       *pl_date_picker_new              (PlDateEntryMode  mode,
                                                  GtkEditable     *target);
gboolean         pl_date_picker_parse            (PlDateEntryMode  mode,
                                                  const char      *text,
                                                  GDate           *date,
                                                  int             *minutes,
                                                  GError         **error);
const char      *pl_date_picker_format_hint      (PlDateEntryMode  mode);
PlDateEntryMode  pl_date_picker_get_mode         (PlDatePicker    *self);
void             pl_date_picker_set_mode         (PlDatePicker    *self,
                                                  PlDateEntryMode  mode);
const char      *pl_date_picker_get_label        (PlDatePicker    *self);
void             pl_date_picker_set_label        (PlDatePicker    *self,
                                                  const char      *label);
const char      *pl_date_picker_get_default_date (PlDatePicker    *self);
void             pl_date_picker_set_default_date (PlDatePicker    *self,
                                                  const char      *date);
void             pl_date_picker_set_default_from_session (PlDatePicker *self,
                                                  PlSession       *session);
GtkEditable     *pl_date_picker_get_target       (PlDatePicker    *self);
void             pl_date_picker_set_target       (PlDatePicker    *self,
                                                  GtkEditable     *target);
GtkWidget       *pl_date_picker_get_button       (PlDatePicker    *self);
gboolean         pl_date_picker_is_open          (PlDatePicker    *self);
void             pl_date_picker_open             (PlDatePicker    *self);
void             pl_date_picker_close            (PlDatePicker    *self);
void             pl_date_picker_pick_date        (PlDatePicker    *self,
                                                  const GDate     *date);
void             pl_date_picker_pick_time        (PlDatePicker    *self,
                                                  int              minutes);

G_END_DECLS
