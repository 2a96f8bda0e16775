/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-export.h"

G_BEGIN_DECLS

/*
 * What Export… and Print… offer: the reports, the formats and the
 * document languages (the six UN languages, issue 4 item 4), shared so
 * that the two doors list the same things in the same order.
 */

typedef struct
{
  PlExportWhat  what;
  const char   *name;    /* the CLI's --what, and the file name's part */
  const char   *label;   /* N_() */
} PlExportWhatChoice;

typedef struct
{
  PlExportFormat  format;
  const char     *label;   /* N_() */
  const char     *mime_type;
} PlExportFormatChoice;

typedef struct
{
  const char *code;      /* the CLI's --language */
  const char *endonym;   /* the language's name in itself: not translated */
} PlExportLanguageChoice;

const PlExportWhatChoice     *pl_export_choices_get_what       (guint          index);
guint                         pl_export_choices_find_what      (PlExportWhat   what);
guint                         pl_export_choices_what_for_page  (const char    *page_name);

guint                         pl_export_choices_n_formats      (PlExportWhat   what);
const PlExportFormatChoice   *pl_export_choices_get_format     (PlExportWhat   what,
                                                                guint          index);

const PlExportLanguageChoice *pl_export_choices_get_language   (guint          index);
guint                         pl_export_choices_find_language  (const char    *code);

GtkStringList                *pl_export_choices_what_model     (gboolean       with_schedule);
GtkStringList                *pl_export_choices_format_model   (PlExportWhat   what);
GtkStringList                *pl_export_choices_language_model (void);

G_END_DECLS
