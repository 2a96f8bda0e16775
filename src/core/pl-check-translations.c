/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-check-translations.h"
#include "pl-finding.h"
#include "pl-translatable.h"

/*
 * translation.missing and translation.outdated (issue 21, point 2): for
 * each language the session issues documents in (`issue_languages`), but
 * its original, one finding per record and language naming the fields, so
 * that a record with three texts to translate is one line, not three.
 */

/* The fields' names in words, "title, short title and annotation". */
static char *
join_fields (GPtrArray *fields)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < fields->len; i++)
    {
      if (i > 0)
        /* Translators: between the last two fields of a list ("title and annotation"), and between the others */
        g_string_append (out, i + 1 == fields->len ? _(" and ") : _(", "));
      g_string_append (out, pl_translatables_field_label (g_ptr_array_index (fields, i)));
    }
  return g_string_free (out, FALSE);
}

static void
add_finding (GPtrArray   *findings,
             PlRecord    *record,
             const char  *label,
             const char  *language,
             GPtrArray   *fields,
             gboolean     outdated)
{
  g_autofree char *names = join_fields (fields);
  g_autofree char *message = NULL;

  if (outdated)
    /* Translators: a record ("Item 2 (a)"), a language ("French"), then fields in words ("title and annotation") */
    message = g_strdup_printf (_("%s: the %s version of the %s translates an earlier text: the original changed "
                                 "since. Update the translation."), label, pl_versions_language_name (language), names);
  else
    /* Translators: a record ("Item 2 (a)"), a language ("French"), then fields in words ("title and annotation") */
    message = g_strdup_printf (_("%s has no %s version of the %s: documents in that language cannot be "
                                 "issued complete."), label, pl_versions_language_name (language), names);

  g_ptr_array_add (findings,
                   pl_finding_new (outdated ? PL_SEVERITY_WARNING : PL_SEVERITY_INFO,
                                   outdated ? "translation.outdated" : "translation.missing",
                                   pl_record_get_id (record), message));
}

/* The findings of one record (the run of @list from @start to @end that
 * is its texts) in each of @languages. Each text's hash is computed once
 * for all the languages: the checks run after every edit. */
static void
check_record (GPtrArray          *findings,
              GPtrArray          *list,
              guint               start,
              guint               end,
              const char * const *languages)
{
  PlRecord *record = pl_translatable_get_record (g_ptr_array_index (list, start));
  g_autofree char *label = pl_translatables_record_label (record);
  guint n_languages = g_strv_length ((char **) languages);
  g_autofree PlVersionState *states = g_new (PlVersionState, (end - start) * n_languages);

  for (guint i = start; i < end; i++)
    {
      PlTranslatable *t = g_ptr_array_index (list, i);
      g_autofree char *hash = pl_versions_hash (pl_translatable_get_original (t));

      for (guint l = 0; l < n_languages; l++)
        states[(i - start) * n_languages + l] =
          pl_versions_state_for_hash (record, languages[l], pl_translatable_get_field (t), hash);
    }

  for (guint l = 0; l < n_languages; l++)
    {
      g_autoptr(GPtrArray) missing = g_ptr_array_new ();
      g_autoptr(GPtrArray) outdated = g_ptr_array_new ();

      for (guint i = start; i < end; i++)
        {
          const char *field = pl_translatable_get_field (g_ptr_array_index (list, i));

          switch (states[(i - start) * n_languages + l])
            {
            case PL_VERSION_MISSING:
              g_ptr_array_add (missing, (gpointer) field);
              break;
            case PL_VERSION_OUTDATED:
              g_ptr_array_add (outdated, (gpointer) field);
              break;
            case PL_VERSION_DONE:
            default:
              break;
            }
        }
      if (missing->len > 0)
        add_finding (findings, record, label, languages[l], missing, FALSE);
      if (outdated->len > 0)
        add_finding (findings, record, label, languages[l], outdated, TRUE);
    }
}

void
pl_check_translations (PlSession *session,
                       GPtrArray *findings)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_auto(GStrv) issue = pl_session_settings_dup_issue_languages (settings);
  g_autofree char *original = pl_versions_language_code (pl_session_settings_get_original_language (settings));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) languages = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint start = 0;

  for (guint l = 0; issue[l] != NULL; l++)
    if (g_strcmp0 (issue[l], original ? original : "en") != 0)
      g_strv_builder_add (builder, issue[l]);
  languages = g_strv_builder_end (builder);
  if (languages[0] == NULL)
    return;

  /* The list holds each record's texts together. */
  list = pl_translatables_list (session);
  while (start < list->len)
    {
      PlRecord *record = pl_translatable_get_record (g_ptr_array_index (list, start));
      guint end = start + 1;

      while (end < list->len && pl_translatable_get_record (g_ptr_array_index (list, end)) == record)
        end++;
      check_record (findings, list, start, end, (const char * const *) languages);
      start = end;
    }
}
