/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-draft-report.h"
#include "pl-report-common.h"

/**
 * pl_draft_report_paragraphs:
 * @language: (nullable): the report's language; English when NULL
 *
 * Returns: (transfer full) (element-type PlReportParagraph): every
 *   paragraph of the draft report in document order
 */
GPtrArray *
pl_draft_report_paragraphs (PlSession  *session,
                            const char *language)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  /* The chapters follow in the next commits. */
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * pl_draft_report_build:
 *
 * Returns: (transfer full): the draft report as a document model
 */
PlDocModel *
pl_draft_report_build (PlSession  *session,
                       const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  pl_report_add_front (model, session, language, "Draft report");
  return g_steal_pointer (&model);
}
