/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-doc-model.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_EXPORT_ERROR (pl_export_error_quark ())

/**
 * PlExportError:
 * @PL_EXPORT_ERROR_UNKNOWN_WHAT: no such report
 * @PL_EXPORT_ERROR_UNKNOWN_FORMAT: no such format
 * @PL_EXPORT_ERROR_RENDER: the renderer failed (cairo)
 * @PL_EXPORT_ERROR_WRITE: the output file cannot be written
 * @PL_EXPORT_ERROR_DATE: the Journal's date is not a date (YYYY-MM-DD)
 * @PL_EXPORT_ERROR_INCOMPLETE: texts are missing in the document's
 *   language (issue 21); the message lists them, one a line
 */
typedef enum {
  PL_EXPORT_ERROR_UNKNOWN_WHAT,
  PL_EXPORT_ERROR_UNKNOWN_FORMAT,
  PL_EXPORT_ERROR_RENDER,
  PL_EXPORT_ERROR_WRITE,
  PL_EXPORT_ERROR_DATE,
  PL_EXPORT_ERROR_INCOMPLETE,
} PlExportError;

/**
 * PlExportFlags:
 * @PL_EXPORT_FLAGS_NONE: a document with a text missing in its language
 *   is refused
 * @PL_EXPORT_FLAGS_FALLBACK_ORIGINAL: such a text is printed in its
 *   original language, marked with that language's name
 */
typedef enum {
  PL_EXPORT_FLAGS_NONE = 0,
  PL_EXPORT_FLAGS_FALLBACK_ORIGINAL = 1 << 0,
} PlExportFlags;

typedef enum {
  PL_EXPORT_WHAT_AGENDA,
  PL_EXPORT_WHAT_SCHEDULE,
  PL_EXPORT_WHAT_CREDENTIALS,
  PL_EXPORT_WHAT_PARTICIPANTS,
  PL_EXPORT_WHAT_BUREAU,
  PL_EXPORT_WHAT_SPEAKERS,
  PL_EXPORT_WHAT_PROPOSALS,
  PL_EXPORT_WHAT_DECISIONS,
  PL_EXPORT_WHAT_REPORT,
  PL_EXPORT_WHAT_JOURNAL,
} PlExportWhat;

/* The last PlExportWhat: a new document goes before this line's name
 * changes, so that ranges over every document (a property's maximum) hold
 * it. */
#define PL_EXPORT_WHAT_LAST PL_EXPORT_WHAT_JOURNAL

typedef enum {
  PL_EXPORT_FORMAT_PDF,
  PL_EXPORT_FORMAT_HTML,
  PL_EXPORT_FORMAT_ODT,
  PL_EXPORT_FORMAT_MD,
  PL_EXPORT_FORMAT_ICS,
} PlExportFormat;

GQuark      pl_export_error_quark        (void);

gboolean    pl_export_what_from_string   (const char      *name,
                                          PlExportWhat    *what,
                                          GError         **error);
gboolean    pl_export_format_from_string (const char      *name,
                                          PlExportFormat  *format,
                                          GError         **error);
const char *pl_export_format_get_suffix  (PlExportFormat   format);
gboolean    pl_export_check_combination  (PlExportWhat     what,
                                          PlExportFormat   format,
                                          GError         **error);

PlDocModel *pl_export_build              (PlSession       *session,
                                          PlExportWhat     what,
                                          const char      *language);
PlDocModel *pl_export_build_dated        (PlSession       *session,
                                          PlExportWhat     what,
                                          const char      *language,
                                          const char      *date);
gboolean    pl_export_date_is_valid      (const char      *date);
GBytes     *pl_export_render             (PlDocModel      *model,
                                          PlExportFormat   format,
                                          GError         **error);
gboolean    pl_export_to_file            (PlSession       *session,
                                          PlExportWhat     what,
                                          PlExportFormat   format,
                                          const char      *language,
                                          const char      *path,
                                          GError         **error);
gboolean    pl_export_to_file_dated      (PlSession       *session,
                                          PlExportWhat     what,
                                          PlExportFormat   format,
                                          const char      *language,
                                          const char      *date,
                                          const char      *path,
                                          GError         **error);
gboolean    pl_export_to_file_full       (PlSession       *session,
                                          PlExportWhat     what,
                                          PlExportFormat   format,
                                          const char      *language,
                                          const char      *date,
                                          PlExportFlags    flags,
                                          const char      *path,
                                          GError         **error);
gboolean    pl_export_check_complete     (PlSession       *session,
                                          PlDocModel      *model,
                                          PlExportFlags    flags,
                                          GError         **error);

G_END_DECLS
