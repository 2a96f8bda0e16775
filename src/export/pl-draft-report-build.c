/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"
#include <string.h>
#include "pl-agenda.h"
#include "pl-draft-report-private.h"
#include "pl-export-l10n.h"
#include "pl-meetings.h"
#include "pl-proposals.h"
#include "pl-proposals-report.h"
#include "pl-report-common.h"
#include "pl-report-override.h"
#include "pl-report-overrides.h"

/*
 * The draft report as a document: the paragraphs pl-draft-report.c
 * generates, laid out in the document model with their chapters,
 * sections, numbers, the Rapporteur's texts and the records each rests
 * on (the HTML's sources line).
 */

/* How the reader knows a record: a symbol, a State's name, a meeting's
 * date and time; the _id when nothing better. */
static char *
source_label (PlDocModel *model,
              PlSession  *session,
              const char *id,
              const char *language)
{
  PlRecord *record = pl_session_lookup (session, id);

  if (PL_IS_DOCUMENT (record) && !pl_report_is_blank (pl_document_get_symbol (PL_DOCUMENT (record))))
    return g_strdup (pl_document_get_symbol (PL_DOCUMENT (record)));
  if (PL_IS_PROPOSAL (record) && !pl_report_is_blank (pl_proposal_get_symbol (PL_PROPOSAL (record))))
    return g_strdup (pl_proposal_get_symbol (PL_PROPOSAL (record)));
  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_report_delegation_name (session, id));
  /* A statement: who and when ("Zambia 16:10"), apart from the State. */
  if (PL_IS_SPEAKER (record))
    {
      const char *at = pl_speaker_get_spoke_at (PL_SPEAKER (record));
      const char *who = pl_report_delegation_name (session, pl_speaker_get_delegation (PL_SPEAKER (record)));

      /* Without a delegation: the secretariat (rule 43). */
      if (*who == '\0')
        who = pl_export_translate (language, PL_DOC_N_("Secretariat"));
      if (at != NULL && strlen (at) >= 16)
        return g_strdup_printf ("%s %.5s", who, at + 11);
      return g_strdup (who);
    }
  if (PL_IS_MEETING (record))
    return g_strdup_printf ("%s %s", pl_report_nonnull (pl_meeting_get_date (PL_MEETING (record))),
                            pl_report_nonnull (pl_meeting_get_start (PL_MEETING (record))));
  if (PL_IS_AGENDA_ITEM (record) && !pl_report_is_blank (pl_agenda_item_get_number (PL_AGENDA_ITEM (record))))
    return g_strdup (pl_agenda_item_get_number (PL_AGENDA_ITEM (record)));
  if (PL_IS_OFFICER (record) && !pl_report_is_blank (pl_officer_get_person (PL_OFFICER (record))))
    return g_strdup (pl_officer_get_person (PL_OFFICER (record)));
  if (PL_IS_SESSION_SETTINGS (record) && !pl_report_is_blank (pl_report_text (model, session, record, "title")))
    return g_strdup (pl_report_text (model, session, record, "title"));
  return g_strdup (id);
}

/* "II. Organization of the session" -> label "II.", text the rest. */
static void
add_split_heading (PlDocModel *model,
                   guint       level,
                   const char *heading)
{
  const char *space = strchr (heading, ' ');
  g_autofree char *label = space != NULL ? g_strndup (heading, space - heading) : NULL;

  pl_doc_model_add_heading (model, level, label, space != NULL ? space + 1 : heading);
}

/* A line of generated text as runs: a document symbol ("CTOC/COP/2020/L.3")
 * is never broken across lines, as the other reports print symbols. */
static void
add_line_runs (GPtrArray  *runs,
               const char *line)
{
  static gsize symbols;
  g_autoptr(GMatchInfo) match = NULL;
  const char *rest = line;

  if (g_once_init_enter (&symbols))
    g_once_init_leave (&symbols, (gsize) g_regex_new ("[A-Z][A-Za-z0-9.\\-]*(/[A-Za-z0-9.\\-]+)+", 0, 0, NULL));

  g_regex_match ((GRegex *) symbols, line, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      /* A sentence's full stop after a symbol is not the symbol's. */
      while (end > start && line[end - 1] == '.')
        end--;
      if (line + start > rest)
        {
          g_autofree char *before = g_strndup (rest, line + start - rest);

          pl_doc_runs_add (runs, before, 0);
        }
      {
        g_autofree char *symbol = g_strndup (line + start, end - start);

        pl_doc_runs_add (runs, symbol, PL_DOC_RUN_NOBREAK);
      }
      rest = line + end;
      g_match_info_next (match, NULL);
    }
  if (*rest != '\0')
    pl_doc_runs_add (runs, rest, 0);
}

/* A generated paragraph: its lines (a list of documents, the officers,
 * the votes) become forced breaks. */
static PlDocBlock *
add_generated (PlDocModel *model,
               const char *text)
{
  PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        pl_doc_runs_add (block->runs, "\n", PL_DOC_RUN_LINE_BREAK);
      add_line_runs (block->runs, lines[i]);
    }
  return block;
}

/**
 * pl_draft_report_build:
 * @language: (nullable): the report's language; English when NULL
 *
 * The document of pl_draft_report_paragraphs(): chapters and sections as
 * headings, the paragraphs numbered through as a UN report numbers them;
 * the Rapporteur's text (CommonMark inline) where there is one.
 *
 * Returns: (transfer full): the draft report as a document model
 */
PlDocModel *
pl_draft_report_build (PlSession  *session,
                       const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) paragraphs = NULL;
  const char *chapter = NULL;
  const char *section = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  /* The front first: the missing texts are listed in the order the
   * document prints them. */
  pl_report_add_front (model, session, language, pl_export_translate (language, PL_DOC_N_("Draft report")));
  paragraphs = pl_draft_build_paragraphs (session, model);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlReportParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      const char * const *sources = pl_report_paragraph_get_sources (paragraph);
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      guint first = pl_doc_model_get_n_blocks (model);
      PlDocBlock *block;

      if (g_strcmp0 (chapter, pl_report_paragraph_get_chapter (paragraph)) != 0)
        {
          chapter = pl_report_paragraph_get_chapter (paragraph);
          section = NULL;
          add_split_heading (model, 1, chapter);
          first = pl_doc_model_get_n_blocks (model);
        }
      if (pl_report_paragraph_get_section (paragraph) != NULL &&
          g_strcmp0 (section, pl_report_paragraph_get_section (paragraph)) != 0)
        {
          section = pl_report_paragraph_get_section (paragraph);
          add_split_heading (model, 2, section);
          first = pl_doc_model_get_n_blocks (model);
        }

      if (pl_report_paragraph_get_override (paragraph) != NULL)
        pl_doc_model_add_markdown (model, pl_report_paragraph_get_text (paragraph), 0);
      if (pl_doc_model_get_n_blocks (model) == first)
        add_generated (model, pl_report_paragraph_get_text (paragraph));

      /* The paragraph's number hangs before its first block. */
      block = (PlDocBlock *) pl_doc_model_get_block (model, first);
      g_free (block->label);
      block->label = g_strdup_printf ("%u.", i + 1);
      block->style = PL_DOC_STYLE_LIST;
      block->indent = 0;
      for (guint k = 0; sources[k] != NULL; k++)
        g_ptr_array_add (labels, source_label (model, session, sources[k], language));
      g_ptr_array_add (labels, NULL);
      pl_doc_block_set_sources (block, pl_report_paragraph_get_key (paragraph), sources,
                                (const char * const *) labels->pdata, pl_report_paragraph_get_stale (paragraph));
    }

  return g_steal_pointer (&model);
}
