/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-check.h"
#include "pl-export-check.h"
#include "pl-translatable.h"
#include "pl-versions.h"

/* Which checks speak of what a document prints: the prefix of a
 * finding's code (its area, as in "agenda.unscheduled") and the documents
 * it affects. One table, so that the CLI and the Export dialog agree, and
 * a new check finds its documents here. sync.conflict affects every
 * document: a record with two values prints one of them. The
 * translation.* findings are not here: the export itself refuses a
 * document with texts missing in its language (pl_doc_model_add_fallback()). */
static const struct { const char *area; PlExportWhat what; } affected[] = {
  /* The agenda prints the items, their documentation and, in its annex,
   * the organization of work. */
  { "agenda.", PL_EXPORT_WHAT_AGENDA },
  { "documents.", PL_EXPORT_WHAT_AGENDA },
  { "schedule.", PL_EXPORT_WHAT_AGENDA },
  { "schedule.", PL_EXPORT_WHAT_SCHEDULE },
  { "deadlines.", PL_EXPORT_WHAT_SCHEDULE },
  { "credentials.", PL_EXPORT_WHAT_CREDENTIALS },
  { "bureau.", PL_EXPORT_WHAT_BUREAU },
  { "speakers.", PL_EXPORT_WHAT_SPEAKERS },
  { "proposals.", PL_EXPORT_WHAT_PROPOSALS },
  { "votes.", PL_EXPORT_WHAT_PROPOSALS },
  { "proposals.", PL_EXPORT_WHAT_DECISIONS },
  { "votes.", PL_EXPORT_WHAT_DECISIONS },
  /* The draft report tells the meetings held, the officers, the
   * credentials, who spoke and what was decided (issue 20). */
  { "meetings.", PL_EXPORT_WHAT_REPORT },
  { "bureau.", PL_EXPORT_WHAT_REPORT },
  { "credentials.", PL_EXPORT_WHAT_REPORT },
  { "speakers.", PL_EXPORT_WHAT_REPORT },
  { "proposals.", PL_EXPORT_WHAT_REPORT },
  { "votes.", PL_EXPORT_WHAT_REPORT },
  /* The Journal: the day's meetings, planned and held, and the texts. */
  { "meetings.", PL_EXPORT_WHAT_JOURNAL },
  { "schedule.", PL_EXPORT_WHAT_JOURNAL },
  { "proposals.", PL_EXPORT_WHAT_JOURNAL },
};

/**
 * pl_export_finding_affects:
 * @code: a finding's code, "agenda.unscheduled"
 *
 * Returns: whether a finding of @code speaks of something the document
 *   @what prints
 */
gboolean
pl_export_finding_affects (PlExportWhat  what,
                           const char   *code)
{
  if (code == NULL)
    return FALSE;
  if (g_str_equal (code, "sync.conflict"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (affected); i++)
    if (affected[i].what == what && g_str_has_prefix (code, affected[i].area))
      return TRUE;

  return FALSE;
}

/**
 * pl_export_open_errors:
 *
 * The errors (not the warnings) the checks find now that affect the
 * document @what: an export says them before it writes (issue 22: an
 * agenda exported without a word while an item was unscheduled, and its
 * annex left the item out).
 *
 * Returns: (transfer container) (element-type PlFinding): in the checks'
 *   order
 */
GPtrArray *
pl_export_open_errors (PlSession    *session,
                       PlExportWhat  what)
{
  g_autoptr(GListStore) findings = NULL;
  GPtrArray *errors = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (PL_IS_SESSION (session), errors);

  findings = pl_check_session (session);
  n = g_list_model_get_n_items (G_LIST_MODEL (findings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (pl_finding_get_severity (finding) == PL_SEVERITY_ERROR &&
          pl_export_finding_affects (what, pl_finding_get_code (finding)))
        g_ptr_array_add (errors, g_steal_pointer (&finding));
    }

  return errors;
}

/**
 * pl_export_language_label:
 * @language: a document language, "fr" or "zh_CN"
 *
 * Returns: its name in the interface's language ("French"), for messages
 *   to the user; the code itself for a language this version does not
 *   know
 */
const char *
pl_export_language_label (const char *language)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "ar", NC_("language", "Arabic") },
    { "zh", NC_("language", "Chinese") },
    { "en", NC_("language", "English") },
    { "fr", NC_("language", "French") },
    { "ru", NC_("language", "Russian") },
    { "es", NC_("language", "Spanish") },
  };

  if (language == NULL || *language == '\0')
    language = "en";
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strncasecmp (language, names[i].code, 2) == 0 &&
        (language[2] == '\0' || language[2] == '_' || language[2] == '-'))
      return g_dpgettext2 (GETTEXT_PACKAGE, "language", names[i].name);

  return language;
}

/* "Item 2 (a), title" from the translatables' own words, or the
 * record's id and the field when the record is not one of them. */
static char *
describe (GPtrArray  *translatables,
          PlSession  *session,
          const char *record_id,
          const char *field)
{
  for (guint i = 0; i < translatables->len; i++)
    {
      PlTranslatable *text = g_ptr_array_index (translatables, i);

      if (g_str_equal (pl_record_get_id (pl_translatable_get_record (text)), record_id) &&
          g_str_equal (pl_translatable_get_field (text), field))
        return g_strdup (pl_translatable_get_context (text));
    }

  return g_strdup_printf ("%s, %s", record_id, field);
}

/**
 * pl_export_describe_fallbacks:
 * @model: a document built in its language (pl_export_build())
 *
 * The texts @model prints in their original language, one line each,
 * in the order the document prints them: "Item 2 (a), title: missing in
 * French", "…: out of date in French" when the original changed after
 * its version was made.
 *
 * Returns: (transfer full) (element-type utf8): empty when the document
 *   is whole in its language
 */
GPtrArray *
pl_export_describe_fallbacks (PlSession  *session,
                              PlDocModel *model)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) translatables = NULL;
  const char *language = pl_doc_model_get_language (model);
  const char *name = pl_export_language_label (language);
  g_autofree char *code = pl_versions_language_code (language);

  if (pl_doc_model_get_n_fallbacks (model) == 0)
    return lines;

  translatables = pl_translatables_list (session);
  for (guint i = 0; i < pl_doc_model_get_n_fallbacks (model); i++)
    {
      const PlDocFallback *fallback = pl_doc_model_get_fallback (model, i);
      PlRecord *record = pl_session_lookup (session, fallback->record_id);
      g_autofree char *what = describe (translatables, session, fallback->record_id, fallback->field);
      gboolean outdated = record != NULL && code != NULL
                          && pl_versions_state (record, code, fallback->field) == PL_VERSION_OUTDATED;

      /* Translators: "Item 2 (a), title: missing in French" */
      g_ptr_array_add (lines, outdated ? g_strdup_printf (_("%s: out of date in %s"), what, name)
                                       : g_strdup_printf (_("%s: missing in %s"), what, name));
    }

  return lines;
}
