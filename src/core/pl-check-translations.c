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
        g_string_append (out, i + 1 == fields->len ? _(" and ") : _(", "));
      g_string_append (out, pl_translatables_field_label (g_ptr_array_index (fields, i)));
    }
  return g_string_free (out, FALSE);
}

static void
add_finding (GPtrArray   *findings,
             PlRecord    *record,
             const char  *language,
             GPtrArray   *fields,
             gboolean     outdated)
{
  g_autofree char *label = pl_translatables_record_label (record);
  g_autofree char *names = join_fields (fields);
  g_autofree char *message = NULL;

  if (outdated)
    /* Translators: a record ("Item 2 (a)"), a language code ("fr"), then fields in words ("title and annotation") */
    message = g_strdup_printf (_("%s: the “%s” version of the %s translates an earlier text: the original changed "
                                 "since. Update the translation."), label, language, names);
  else
    /* Translators: a record ("Item 2 (a)"), a language code ("fr"), then fields in words ("title and annotation") */
    message = g_strdup_printf (_("%s has no “%s” version of the %s: documents in that language cannot be "
                                 "issued complete."), label, language, names);

  g_ptr_array_add (findings,
                   pl_finding_new (outdated ? PL_SEVERITY_WARNING : PL_SEVERITY_INFO,
                                   outdated ? "translation.outdated" : "translation.missing",
                                   pl_record_get_id (record), message));
}

/* The findings of one record (the run of @list from @start that is its)
 * in @language. */
static void
check_record (GPtrArray  *findings,
              GPtrArray  *list,
              guint       start,
              guint       end,
              const char *language)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autoptr(GPtrArray) outdated = g_ptr_array_new ();
  PlRecord *record = pl_translatable_get_record (g_ptr_array_index (list, start));

  for (guint i = start; i < end; i++)
    {
      PlTranslatable *t = g_ptr_array_index (list, i);
      const char *field = pl_translatable_get_field (t);

      switch (pl_versions_state (record, language, field))
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
    add_finding (findings, record, language, missing, FALSE);
  if (outdated->len > 0)
    add_finding (findings, record, language, outdated, TRUE);
}

void
pl_check_translations (PlSession *session,
                       GPtrArray *findings)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_auto(GStrv) languages = pl_session_settings_dup_issue_languages (settings);
  g_autofree char *original = pl_versions_language_code (pl_session_settings_get_original_language (settings));
  g_autoptr(GPtrArray) list = pl_translatables_list (session);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      guint start = 0;

      if (g_strcmp0 (languages[l], original ? original : "en") == 0)
        continue;
      /* The list holds each record's texts together. */
      while (start < list->len)
        {
          PlRecord *record = pl_translatable_get_record (g_ptr_array_index (list, start));
          guint end = start + 1;

          while (end < list->len && pl_translatable_get_record (g_ptr_array_index (list, end)) == record)
            end++;
          check_record (findings, list, start, end, languages[l]);
          start = end;
        }
    }
}
