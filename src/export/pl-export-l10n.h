/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The fixed words of the documents Plenary issues are in the DOCUMENT's
 * language, not the interface's: they live in their own gettext domain,
 * "plenary-document" (po-document/), and are looked up per call, so one
 * process can write an English and a French document side by side.
 *
 * PL_DOC_N_ / PL_DOC_NC_ only mark strings for xgettext (see
 * po-document/meson.build); pl_export_translate() looks them up.
 */
#define PL_EXPORT_TEXT_DOMAIN "plenary-document"
#define PL_DOC_N_(msgid) (msgid)
#define PL_DOC_NC_(context, msgid) (msgid)

const char *pl_export_translate            (const char *language,
                                            const char *msgid);
const char *pl_export_translate_ctx        (const char *language,
                                            const char *context,
                                            const char *msgid);
const char *pl_export_language_name        (const char *language,
                                            const char *code);
gboolean    pl_export_language_is_rtl      (const char *language);
char       *pl_export_format_item_label    (const char *language,
                                            const char *part,
                                            guint       depth);

char       *pl_export_format_date          (const char *language,
                                            const char *iso_date);
char       *pl_export_format_dates         (const char *language,
                                            GPtrArray  *iso_dates);
char       *pl_export_format_date_span     (const char *language,
                                            const char *iso_start,
                                            const char *iso_end);
char       *pl_export_format_day           (const char *language,
                                            const char *iso_date);
char       *pl_export_format_date_range    (const char *language,
                                            const char *iso_start,
                                            const char *iso_end);
char       *pl_export_format_time_range    (const char *language,
                                            const char *start,
                                            const char *end);

G_END_DECLS
