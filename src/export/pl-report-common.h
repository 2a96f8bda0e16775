/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-doc-model.h"
#include "pl-session.h"

G_BEGIN_DECLS

/*
 * What the reports of the export layer share (credentials, participants,
 * Bureau, speakers): the front matter, the fixed words of ranks and
 * functions, and lists of names written the way UN reports write them.
 * Private to src/export.
 */

const char *pl_report_nonnull            (const char        *s);
gboolean    pl_report_is_blank           (const char        *s);
char       *pl_report_fill               (const char        *pattern,
                                          ...) G_GNUC_NULL_TERMINATED;
const char *pl_report_language           (const char        *language);
void        pl_report_add_front          (PlDocModel        *model,
                                          PlSession         *session,
                                          const char        *language,
                                          const char        *title);
void        pl_report_sort_by_name       (GPtrArray         *delegations);
char       *pl_report_join               (const char        *language,
                                          GPtrArray         *texts);
const char *pl_report_rank_label         (const char        *language,
                                          PlRank             rank);
const char *pl_report_function_label     (const char        *language,
                                          const char        *function);
char       *pl_report_format_duration    (const char        *language,
                                          int                seconds);
char       *pl_report_format_date_time   (const char        *language,
                                          GDateTime         *date_time);
const char *pl_report_delegation_name    (PlSession         *session,
                                          const char        *delegation_id);
char       *pl_report_ordinal            (const char        *language,
                                          guint              n);

const char *pl_report_text               (PlDocModel        *model,
                                          PlSession         *session,
                                          PlRecord          *record,
                                          const char        *field);
void        pl_report_add_text_markdown  (PlDocModel        *model,
                                          PlSession         *session,
                                          PlRecord          *record,
                                          const char        *field,
                                          guint              indent);

G_END_DECLS
