/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include "pl-agenda.h"
#include "pl-agenda-report.h"
#include "pl-export-l10n.h"
#include "pl-json-text.h"
#include "pl-report-common.h"

/*
 * The annotated provisional agenda, laid out as the seed document
 * (CTOC/COP/2020/1) is: masthead, session, title, the provisional agenda as
 * a numbered list with lettered sub-items, the annotations with their
 * documentation lists, and the annex "Proposed organization of work" built
 * from the meetings.
 */

#define T(msgid) pl_export_translate (language, msgid)

static const char *
nonnull (const char *s)
{
  return s != NULL ? s : "";
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* "1 (a)" is labelled "(a)" under its parent; "1" is labelled "1." The
 * sub-items' letters are the document language's ("(أ)", "a)"). */
static char *
item_label (PlAgendaItem *item,
            const char   *language)
{
  const char *number = nonnull (pl_agenda_item_get_number (item));
  const char *space = strrchr (number, ' ');

  if (pl_agenda_item_get_depth (item) == 0 || space == NULL)
    return g_strconcat (number, ".", NULL);
  return pl_export_format_item_label (language, space + 1, pl_agenda_item_get_depth (item));
}

/* The whole number, "1 (a)", in the document's language ("1 a)"). */
static char *
item_number (PlAgendaItem *item,
             const char   *language)
{
  g_auto(GStrv) parts = g_strsplit (nonnull (pl_agenda_item_get_number (item)), " ", -1);

  for (guint depth = 1; parts[depth] != NULL; depth++)
    {
      char *label = pl_export_format_item_label (language, parts[depth], depth);

      g_free (parts[depth]);
      parts[depth] = label;
    }
  return g_strjoinv (" ", parts);
}

static gboolean
ends_with_punctuation (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".:;!?", text[len - 1]) != NULL;
}

static void
add_masthead (PlDocModel        *model,
              PlSession         *session,
              const char        *language)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  PlDocMasthead *masthead = pl_doc_model_add_masthead (model);
  const char *distribution = pl_session_settings_get_distribution (settings);
  const char *original = pl_session_settings_get_original_language (settings);
  const char *reissue = pl_session_settings_get_reissue_note (settings);
  g_autofree char *issue = pl_export_format_date (language, pl_session_settings_get_issue_date (settings));

  masthead->organization = g_strdup (T (PL_DOC_N_("United Nations")));
  masthead->symbol = g_strdup (nonnull (pl_session_settings_get_symbol (settings)));
  masthead->body = g_strdup (nonnull (pl_report_text (model, session, PL_RECORD (settings), "body")));

  if (is_blank (distribution))
    distribution = "General";
  /* The three distributions of UN documents have fixed names; another
   * value is printed as it was typed. */
  if (g_str_equal (distribution, "General"))
    distribution = pl_export_translate_ctx (language, "distribution", PL_DOC_NC_("distribution", "General"));
  else if (g_str_equal (distribution, "Limited"))
    distribution = pl_export_translate_ctx (language, "distribution", PL_DOC_NC_("distribution", "Limited"));
  else if (g_str_equal (distribution, "Restricted"))
    distribution = pl_export_translate_ctx (language, "distribution", PL_DOC_NC_("distribution", "Restricted"));

  g_ptr_array_add (masthead->lines, g_strconcat (T (PL_DOC_N_("Distr.:")), " ", distribution, NULL));
  if (*issue != '\0')
    g_ptr_array_add (masthead->lines, g_steal_pointer (&issue));
  g_ptr_array_add (masthead->lines, g_strdup (""));
  g_ptr_array_add (masthead->lines,
                   g_strconcat (T (PL_DOC_N_("Original:")), " ",
                                pl_export_language_name (language, is_blank (original) ? "en" : original),
                                NULL));

  /* The seed marks the symbol "CTOC/COP/2020/1*" and puts the reissue note
   * at the foot of the first page. */
  if (!is_blank (reissue))
    masthead->symbol_note = pl_doc_model_add_footnote (model, "*", reissue);
}

static void
add_session_heading (PlDocModel        *model,
                     PlSession         *session,
                     const char        *language)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autofree char *dates = pl_export_format_date_range (language,
                                                        pl_session_settings_get_start_date (settings),
                                                        pl_session_settings_get_end_date (settings));
  const char *venue = pl_report_text (model, session, PL_RECORD (settings), "venue");
  PlDocBlock *block;

  block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, NULL);
  pl_doc_runs_add (block->runs, nonnull (pl_report_text (model, session, PL_RECORD (settings), "title")), PL_DOC_RUN_BOLD);

  block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, NULL);
  if (!is_blank (venue) && *dates != '\0')
    {
      g_autofree char *line = NULL;
      g_autoptr(GString) filled = g_string_new (pl_export_translate_ctx (language, "session",
                                                                         PL_DOC_NC_("session", "{venue}, {dates}")));

      /* Chinese and Arabic have their own comma ("，", "،"). */
      g_string_replace (filled, "{venue}", venue, 1);
      g_string_replace (filled, "{dates}", dates, 1);
      line = g_string_free (g_steal_pointer (&filled), FALSE);

      pl_doc_runs_add (block->runs, line, 0);
    }
  else
    pl_doc_runs_add (block->runs, !is_blank (venue) ? venue : dates, 0);

  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_TITLE, T (PL_DOC_N_("Annotated provisional agenda")));
}

static void
add_provisional_agenda (PlDocModel *model,
                        PlSession  *session,
                        PlAgenda   *agenda,
                        GPtrArray  *items,
                        const char *language)
{
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Provisional agenda")));

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      const char *title = nonnull (pl_report_text (model, session, PL_RECORD (item), "title"));
      guint n_children = g_list_model_get_n_items (pl_agenda_get_children (agenda, item));
      PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_LIST, title);
      gboolean last_sibling;

      block->label = item_label (item, language);
      block->indent = pl_agenda_item_get_depth (item);

      /* Seed punctuation: an item with sub-items ends with a colon, its
       * sub-items with semicolons and the last with a full stop. */
      if (ends_with_punctuation (title) || *title == '\0')
        continue;
      last_sibling = i + 1 >= items->len
                     || pl_agenda_item_get_depth (g_ptr_array_index (items, i + 1)) < pl_agenda_item_get_depth (item);
      if (n_children > 0)
        pl_doc_runs_add (block->runs, ":", 0);
      else if (pl_agenda_item_get_depth (item) > 0 && !last_sibling)
        pl_doc_runs_add (block->runs, ";", 0);
      else
        pl_doc_runs_add (block->runs, ".", 0);
    }
}

static void
add_documentation (PlDocModel   *model,
                   PlSession    *session,
                   PlAgendaItem *item,
                   const char   *language)
{
  JsonNode *documents = pl_agenda_item_get_documents (item);
  JsonArray *array;
  const char *no_doc = pl_agenda_item_get_no_documentation_note (item);
  guint n;

  n = documents != NULL && JSON_NODE_HOLDS_ARRAY (documents)
      ? json_array_get_length (json_node_get_array (documents)) : 0;

  if (n > 0)
    {
      array = json_node_get_array (documents);
      pl_doc_model_add_heading (model, 4, NULL, T (PL_DOC_N_("Documentation")));

      for (guint i = 0; i < n; i++)
        {
          JsonNode *entry = json_array_get_element (array, i);
          JsonObject *object = JSON_NODE_HOLDS_OBJECT (entry) ? json_node_get_object (entry) : NULL;
          const char *id = object ? pl_json_object_get_string (object, "document", NULL) : NULL;
          const char *description = object ? pl_json_object_get_string (object, "description", NULL) : NULL;
          PlRecord *record = id ? pl_session_lookup (session, id) : NULL;
          PlDocument *document = record != NULL && PL_IS_DOCUMENT (record) ? PL_DOCUMENT (record) : NULL;
          const char *symbol = document ? pl_document_get_symbol (document) : NULL;
          PlDocBlock *block;

          if (is_blank (description) && document != NULL)
            description = pl_report_text (model, session, PL_RECORD (document), "title");
          /* A reference to a document that is not in the session (the
           * agenda.unknown-document check reports it) still prints what it
           * has, rather than vanish from the list. */
          if (is_blank (description) && is_blank (symbol))
            description = id;
          if (is_blank (description) && is_blank (symbol))
            continue;

          block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_REFERENCE, nonnull (description));
          block->indent = 1;
          if (!is_blank (symbol))
            {
              /* "(CTOC/COP/2020/8)" is one word: a line must not end at
               * one of its slashes. */
              pl_doc_runs_add (block->runs, is_blank (description) ? "(" : " (", 0);
              pl_doc_runs_add (block->runs, symbol, PL_DOC_RUN_NOBREAK);
              pl_doc_runs_add (block->runs, ")", 0);
            }
        }
    }

  if (!is_blank (no_doc))
    {
      PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, no_doc);

      block->indent = 1;
    }
}

static void
add_annotations (PlDocModel *model,
                 PlSession  *session,
                 GPtrArray  *items,
                 const char *language)
{
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Annotations")));

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *label = item_label (item, language);

      pl_doc_model_add_heading (model, pl_agenda_item_get_depth (item) == 0 ? 2 : 3,
                                label, nonnull (pl_report_text (model, session, PL_RECORD (item), "title")));
      pl_report_add_text_markdown (model, session, PL_RECORD (item), "annotation", 1);
      add_documentation (model, session, item, language);
    }
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlMeeting *x = *(PlMeeting **) a, *y = *(PlMeeting **) b;
  int cmp = g_strcmp0 (pl_meeting_get_date (x), pl_meeting_get_date (y));

  return cmp != 0 ? cmp : g_strcmp0 (pl_meeting_get_start (x), pl_meeting_get_start (y));
}

static void
add_annex_row (PlDocTable *table,
               const char *time,
               const char *number,
               const char *title,
               const char *note,
               const char *language)
{
  PlDocRow *row = pl_doc_table_add_row (table, FALSE);
  GPtrArray *cell;

  pl_doc_runs_add (pl_doc_row_add_cell (row), nonnull (time), 0);
  pl_doc_runs_add (pl_doc_row_add_cell (row), nonnull (number), 0);
  cell = pl_doc_row_add_cell (row);
  pl_doc_runs_add (cell, nonnull (title), 0);

  if (!is_blank (note))
    {
      /* The seed: "General discussion (continued)", the word in italics. */
      const char *word = g_str_equal (note, "continued")
                         ? pl_export_translate_ctx (language, "annex", PL_DOC_NC_("annex", "continued"))
                         : note;

      pl_doc_runs_add (cell, " (", 0);
      pl_doc_runs_add (cell, word, PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (cell, ")", 0);
    }
}

static void
add_annex (PlDocModel *model,
           PlSession  *session,
           const char *language)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  static const double widths[] = { 0.22, 0.14, 0.64 };
  const char *day = NULL;
  PlDocTable *table;
  guint n = g_list_model_get_n_items (meetings);

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (meetings, i));
  g_ptr_array_sort (sorted, compare_meetings);

  pl_doc_model_add_block (model, PL_DOC_BLOCK_PAGE_BREAK);
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Annex")));
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Proposed organization of work")));

  table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Date/time")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Agenda item")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Title or description")), PL_DOC_RUN_ITALIC);

  for (guint i = 0; i < sorted->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (sorted, i);
      JsonNode *entries = pl_meeting_get_entries (meeting);
      JsonArray *array = entries != NULL && JSON_NODE_HOLDS_ARRAY (entries) ? json_node_get_array (entries) : NULL;
      guint n_entries = array ? json_array_get_length (array) : 0;
      g_autofree char *time = pl_export_format_time_range (language, pl_meeting_get_start (meeting),
                                                           pl_meeting_get_end (meeting));
      const char *meeting_title = pl_report_text (model, session, PL_RECORD (meeting), "title");
      gboolean time_shown = FALSE;

      if (g_strcmp0 (day, pl_meeting_get_date (meeting)) != 0)
        {
          g_autofree char *heading = pl_export_format_day (language, pl_meeting_get_date (meeting));
          PlDocRow *row = pl_doc_table_add_row (table, TRUE);

          pl_doc_runs_add (pl_doc_row_add_cell (row), heading, PL_DOC_RUN_BOLD);
          day = pl_meeting_get_date (meeting);
        }

      /* The Committee of the Whole's meetings in the seed show the body's
       * name and no item; a plenary meeting shows its items. */
      if (!is_blank (meeting_title)
          && (n_entries == 0 || pl_meeting_get_body (meeting) != PL_MEETING_BODY_PLENARY))
        {
          add_annex_row (table, time, "", meeting_title, NULL, language);
          time_shown = TRUE;
        }

      for (guint k = 0; k < n_entries; k++)
        {
          JsonNode *element = json_array_get_element (array, k);
          JsonObject *entry = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
          const char *id = entry ? pl_json_object_get_string (entry, "item", NULL) : NULL;
          const char *note = entry ? pl_json_object_get_string (entry, "note", NULL) : NULL;
          PlRecord *record = id ? pl_session_lookup (session, id) : NULL;
          PlAgendaItem *item = record != NULL && PL_IS_AGENDA_ITEM (record) ? PL_AGENDA_ITEM (record) : NULL;
          const char *title;

          if (item == NULL)
            continue;
          title = !is_blank (pl_agenda_item_get_short_title (item))
                  ? pl_report_text (model, session, PL_RECORD (item), "short_title")
                  : pl_report_text (model, session, PL_RECORD (item), "title");
          {
            g_autofree char *number = item_number (item, language);

            add_annex_row (table, time_shown ? "" : time, number, title, note, language);
          }
          time_shown = TRUE;
        }

      if (!time_shown)
        add_annex_row (table, time, "", "", NULL, language);
    }
}

/**
 * pl_agenda_report_build:
 * @session: the session
 * @language: (nullable): the document's language; NULL or an unknown one
 *   is English
 *
 * Returns: (transfer full): the annotated provisional agenda
 */
PlDocModel *
pl_agenda_report_build (PlSession  *session,
                        const char *language)
{
  PlSessionSettings *settings;
  PlAgenda *agenda;
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (language == NULL || *language == '\0')
    language = "en";

  settings = pl_session_get_settings (session);
  agenda = pl_session_get_agenda (session);
  items = pl_agenda_list_in_order (agenda);

  pl_doc_model_set_language (model, language);
  pl_doc_model_set_agenda (model, agenda);
  pl_doc_model_set_running_header (model, pl_session_settings_get_symbol (settings));
  {
    g_autofree char *title = g_strconcat (nonnull (pl_session_settings_get_symbol (settings)), " — ",
                                          T (PL_DOC_N_("Annotated provisional agenda")), NULL);

    pl_doc_model_set_title (model, title);
  }

  add_masthead (model, session, language);
  add_session_heading (model, session, language);
  add_provisional_agenda (model, session, agenda, items, language);
  add_annotations (model, session, items, language);
  add_annex (model, session, language);

  return g_steal_pointer (&model);
}
