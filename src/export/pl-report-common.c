/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdarg.h>

#include "pl-export-l10n.h"
#include "pl-report-common.h"
#include "pl-versions.h"

const char *
pl_report_nonnull (const char *s)
{
  return s != NULL ? s : "";
}

gboolean
pl_report_is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/**
 * pl_report_fill:
 * @pattern: a translated pattern with "{name}" placeholders
 * @...: pairs of name and value, then %NULL
 *
 * Translators may reorder placeholders; a translated printf format would
 * be a format-string hazard (the same reason as pl-export-l10n.c).
 */
char *
pl_report_fill (const char *pattern,
                ...)
{
  g_autoptr(GString) out = g_string_new (pattern);
  const char *name;
  va_list args;

  va_start (args, pattern);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *placeholder = g_strdup_printf ("{%s}", name);

      g_string_replace (out, placeholder, value != NULL ? value : "", 0);
    }
  va_end (args);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
pl_report_language (const char *language)
{
  return language == NULL || *language == '\0' ? "en" : language;
}

/**
 * pl_report_add_front:
 *
 * The first lines of a report: the body, the session and its venue and
 * dates (as under the seed's masthead), then the report's title, which is
 * also the running header of the following pages. A report has no symbol
 * of its own until the secretariat gives it one, so it has no masthead.
 */
void
pl_report_add_front (PlDocModel *model,
                     PlSession  *session,
                     const char *language,
                     const char *title)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autofree char *dates = pl_export_format_date_range (language,
                                                        pl_session_settings_get_start_date (settings),
                                                        pl_session_settings_get_end_date (settings));
  const char *body;
  const char *session_title;
  const char *venue;
  g_autofree char *document_title = NULL;
  PlDocBlock *block;

  pl_doc_model_set_language (model, language);
  body = pl_report_text (model, session, PL_RECORD (settings), "body");
  session_title = pl_report_text (model, session, PL_RECORD (settings), "title");
  venue = pl_report_text (model, session, PL_RECORD (settings), "venue");
  pl_doc_model_set_running_header (model, title);
  document_title = pl_report_is_blank (session_title)
                   ? g_strdup (title)
                   : g_strconcat (session_title, " — ", title, NULL);
  pl_doc_model_set_title (model, document_title);

  if (!pl_report_is_blank (body))
    {
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, NULL);
      pl_doc_runs_add (block->runs, body, PL_DOC_RUN_BOLD);
    }
  if (!pl_report_is_blank (session_title))
    {
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, NULL);
      pl_doc_runs_add (block->runs, session_title, PL_DOC_RUN_BOLD);
    }
  if (!pl_report_is_blank (venue) && *dates != '\0')
    {
      g_autofree char *line = g_strconcat (venue, ", ", dates, NULL);

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, line);
    }
  else if (!pl_report_is_blank (venue) || *dates != '\0')
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, !pl_report_is_blank (venue) ? venue : dates);

  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_TITLE, title);
}

static const char *
delegation_sort_name (PlDelegation *delegation)
{
  const char *name = pl_delegation_get_name (delegation);

  return !pl_report_is_blank (name) ? name : pl_record_get_id (PL_RECORD (delegation));
}

static int
compare_delegations (gconstpointer a,
                     gconstpointer b)
{
  PlDelegation *x = *(PlDelegation **) a, *y = *(PlDelegation **) b;
  int cmp = g_utf8_collate (delegation_sort_name (x), delegation_sort_name (y));

  /* Two delegations of the same name still come out in a stable order. */
  return cmp != 0 ? cmp : g_strcmp0 (pl_record_get_id (PL_RECORD (x)), pl_record_get_id (PL_RECORD (y)));
}

/* Alphabetical order, as the Bureau's report and the list of participants
 * print States ("in alphabetical order", RULES.md, "Credentials"). */
void
pl_report_sort_by_name (GPtrArray *delegations)
{
  g_ptr_array_sort (delegations, compare_delegations);
}

/**
 * pl_report_join:
 * @texts: (element-type utf8)
 *
 * Returns: "Austria, Brazil and Chile", the way a report runs a list of
 *   States on in its paragraph
 */
char *
pl_report_join (const char *language,
                GPtrArray  *texts)
{
  g_autoptr(GString) head = g_string_new (NULL);

  if (texts->len == 0)
    return g_strdup ("");
  if (texts->len == 1)
    return g_strdup (g_ptr_array_index (texts, 0));

  for (guint i = 0; i + 1 < texts->len; i++)
    {
      if (i > 0)
        g_string_append (head, pl_export_translate_ctx (language, "list", PL_DOC_NC_("list", ", ")));
      g_string_append (head, g_ptr_array_index (texts, i));
    }

  /* Translators: the end of a list of names: "Austria, Brazil and Chile" */
  return pl_report_fill (pl_export_translate_ctx (language, "list", PL_DOC_NC_("list", "{list} and {last}")),
                         "list", head->str, "last", g_ptr_array_index (texts, texts->len - 1), NULL);
}

const char *
pl_report_rank_label (const char *language,
                      PlRank      rank)
{
  static const char *labels[] = {
    [PL_RANK_HEAD_OF_STATE] = PL_DOC_NC_("rank", "Head of State"),
    [PL_RANK_HEAD_OF_GOVERNMENT] = PL_DOC_NC_("rank", "Head of Government"),
    [PL_RANK_VICE_PRESIDENT] = PL_DOC_NC_("rank", "Vice-President"),
    [PL_RANK_MINISTER] = PL_DOC_NC_("rank", "Minister"),
    [PL_RANK_DEPUTY_MINISTER] = PL_DOC_NC_("rank", "Deputy Minister"),
    [PL_RANK_AMBASSADOR] = PL_DOC_NC_("rank", "Ambassador"),
    [PL_RANK_OFFICIAL] = PL_DOC_NC_("rank", "Official"),
    [PL_RANK_OTHER] = PL_DOC_NC_("rank", "Other"),
    [PL_RANK_UNKNOWN] = PL_DOC_NC_("rank", "Rank unknown"),
  };

  if ((guint) rank >= G_N_ELEMENTS (labels))
    rank = PL_RANK_OTHER;
  return pl_export_translate_ctx (language, "rank", labels[rank]);
}

/**
 * pl_report_function_label:
 * @function: a member's `function` (DESIGN.md): head, alternate,
 *   representative, adviser
 *
 * Returns: its name in the document, or @function itself when this
 *   version does not know it (nothing typed is lost)
 */
const char *
pl_report_function_label (const char *language,
                          const char *function)
{
  static const struct { const char *nick; const char *label; } labels[] = {
    { "head", PL_DOC_NC_("function", "Head of delegation") },
    { "alternate", PL_DOC_NC_("function", "Alternate head of delegation") },
    { "representative", PL_DOC_NC_("function", "Representative") },
    { "adviser", PL_DOC_NC_("function", "Adviser") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (function, labels[i].nick) == 0)
      return pl_export_translate_ctx (language, "function", labels[i].label);
  return pl_report_nonnull (function);
}

/* "3 minutes", "1 minute 30 seconds": the limits the seed states. */
char *
pl_report_format_duration (const char *language,
                           int         seconds)
{
  g_autofree char *minutes = NULL;
  g_autofree char *rest = NULL;
  int m = seconds / 60, s = seconds % 60;

  if (seconds <= 0)
    return g_strdup ("");

  /* The time of a day's meetings reads better in hours: "4 hours". */
  if (seconds % 3600 == 0)
    {
      g_autofree char *hours = g_strdup_printf ("%d", seconds / 3600);

      return pl_report_fill (seconds == 3600 ? pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{h} hour"))
                                             : pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{h} hours")),
                             "h", hours, NULL);
    }

  minutes = g_strdup_printf ("%d", m);
  rest = g_strdup_printf ("%d", s);
  if (s == 0)
    return pl_report_fill (m == 1 ? pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{m} minute"))
                                  : pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{m} minutes")),
                           "m", minutes, NULL);
  if (m == 0)
    return pl_report_fill (pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{s} seconds")),
                           "s", rest, NULL);
  return pl_report_fill (pl_export_translate_ctx (language, "duration", PL_DOC_NC_("duration", "{m} min {s} s")),
                         "m", minutes, "s", rest, NULL);
}

/**
 * pl_report_format_date_time:
 * @date_time: already in the session's time zone
 *
 * Returns: "12 noon on 9 October 2020"
 */
char *
pl_report_format_date_time (const char *language,
                            GDateTime  *date_time)
{
  g_autofree char *iso = g_date_time_format (date_time, "%Y-%m-%d");
  g_autofree char *hm = g_date_time_format (date_time, "%H:%M");
  g_autofree char *date = pl_export_format_date (language, iso);
  g_autofree char *time = pl_export_format_time_range (language, hm, NULL);

  /* Translators: a time and a date, "12 noon on 9 October 2020" */
  return pl_report_fill (pl_export_translate_ctx (language, "date time", PL_DOC_NC_("date time", "{time} on {date}")),
                         "time", time, "date", date, NULL);
}

/* The name of the delegation @delegation_id, or the id itself when the
 * session lacks it, so that a dangling reference still prints. */
const char *
pl_report_delegation_name (PlSession  *session,
                           const char *delegation_id)
{
  PlRecord *record;

  if (pl_report_is_blank (delegation_id))
    return "";
  record = pl_session_lookup (session, delegation_id);
  if (PL_IS_DELEGATION (record) && !pl_report_is_blank (pl_delegation_get_name (PL_DELEGATION (record))))
    return pl_delegation_get_name (PL_DELEGATION (record));
  return delegation_id;
}

/* English ordinals: "1st", "2nd", "3rd", "11th"; each language its own. */
char *
pl_report_ordinal (const char *language,
                   guint       n)
{
  g_autofree char *number = g_strdup_printf ("%u", n);
  const char *pattern;

  if (n % 100 >= 11 && n % 100 <= 13)
    pattern = pl_export_translate_ctx (language, "ordinal", PL_DOC_NC_("ordinal", "{n}th"));
  else if (n % 10 == 1)
    pattern = pl_export_translate_ctx (language, "ordinal", PL_DOC_NC_("ordinal", "{n}st"));
  else if (n % 10 == 2)
    pattern = pl_export_translate_ctx (language, "ordinal", PL_DOC_NC_("ordinal", "{n}nd"));
  else if (n % 10 == 3)
    pattern = pl_export_translate_ctx (language, "ordinal", PL_DOC_NC_("ordinal", "{n}rd"));
  else
    pattern = pl_export_translate_ctx (language, "ordinal", PL_DOC_NC_("ordinal", "{n}th"));
  return pl_report_fill (pattern, "n", number, NULL);
}

/* The mark of a text printed in its original language: "[anglais]" in a
 * French document, in the document's language, so that nobody issues a
 * mixed document by mistake (issue 21). */
static const char *
original_name (PlSession  *session,
               const char *language)
{
  const char *original = pl_session_settings_get_original_language (pl_session_get_settings (session));

  return pl_export_language_name (language, pl_report_is_blank (original) ? "en" : original);
}

/* The versions are kept per UN language ("zh"); a document's language
 * may name its script or country too ("zh_CN", as --language takes it),
 * and one this version does not know is English (pl_export_translate()). */
static const char *
versions_text (PlSession  *session,
               PlRecord   *record,
               const char *field,
               const char *language,
               gboolean   *fallback)
{
  g_autofree char *code = pl_versions_language_code (language);

  return pl_versions_text_for (session, record, field, code != NULL ? code : "en", fallback);
}

/**
 * pl_report_text:
 * @model: the document, whose language is set
 * @record: the record the text belongs to (session settings, an item...)
 * @field: a translatable field (pl_versions_fields())
 *
 * What every report prints for a translatable text: its version in the
 * document's language, or, for want of a current one, the original
 * followed by its language's mark ("Adoption of the agenda [anglais]"),
 * noted on @model (pl_doc_model_add_fallback()) so that the export can
 * refuse the document and say which texts are missing. In a right-to-left
 * document the original is isolated (U+2066...U+2069) so that it keeps its
 * own direction, its full stop included, inside the paragraph.
 *
 * Returns: (transfer none): the text, owned by @record or @model
 */
const char *
pl_report_text (PlDocModel *model,
                PlSession  *session,
                PlRecord   *record,
                const char *field)
{
  const char *language = pl_report_language (pl_doc_model_get_language (model));
  gboolean fallback = FALSE;
  const char *text;

  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  text = versions_text (session, record, field, language, &fallback);
  if (!fallback || pl_report_is_blank (text))
    return text;

  pl_doc_model_add_fallback (model, pl_record_get_id (record), field);
  if (pl_export_language_is_rtl (language))
    return pl_doc_model_keep (model, g_strconcat ("\u2066", text, "\u2069 [", original_name (session, language), "]", NULL));
  return pl_doc_model_keep (model, g_strconcat (text, " [", original_name (session, language), "]", NULL));
}

/**
 * pl_report_add_text_markdown:
 *
 * A CommonMark text (an annotation) as pl_report_text() gives it: the
 * version, or the original followed by its language's mark as a paragraph
 * of its own (a mark inside the last paragraph could fall into a list or a
 * quotation). The original's paragraphs keep their own direction in a
 * right-to-left document (the renderers lay a Latin paragraph out left to
 * right).
 */
void
pl_report_add_text_markdown (PlDocModel *model,
                             PlSession  *session,
                             PlRecord   *record,
                             const char *field,
                             guint       indent)
{
  const char *language = pl_report_language (pl_doc_model_get_language (model));
  gboolean fallback = FALSE;
  const char *text;
  g_autofree char *mark = NULL;

  g_return_if_fail (PL_IS_RECORD (record));

  text = versions_text (session, record, field, language, &fallback);
  pl_doc_model_add_markdown (model, text, indent);
  if (!fallback || pl_report_is_blank (text))
    return;

  pl_doc_model_add_fallback (model, pl_record_get_id (record), field);
  /* "[anglais]" is no link: its brackets escaped for CommonMark. */
  mark = g_strconcat ("\\[", original_name (session, language), "\\]", NULL);
  pl_doc_model_add_markdown (model, mark, indent);
}
