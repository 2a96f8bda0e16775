/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pl-check-bureau.h"
#include "pl-export-l10n.h"
#include "pl-journal-report.h"
#include "pl-meetings.h"
#include "pl-proposals.h"
#include "pl-report-common.h"
#include "pl-speaker-order.h"

/*
 * The Journal of one day of the session (issue 20), as UN Journals print
 * it:
 *
 * - the programme of the day's meetings: each meeting of the organization
 *   of work on that date (pl_meetings_on_date()), its body, time and the
 *   items it takes up: the items it took up when it was held, else its
 *   entries in the organization of work; a held meeting has its number, a
 *   cancelled one says so. The `meeting` record has no room: the Journal
 *   prints the meeting's title where the organization of work gives one
 *   (the Committee of the Whole);
 * - the documents issued that day. A `document` record has no date of
 *   issue (only its status), so what is dated is what prints: the
 *   proposals (L documents) submitted that day, by `submitted`; then the
 *   issued documents before the day's meetings, by the items they serve;
 * - a summary of the previous meeting day (the last date before this one
 *   with a meeting held): each held meeting's items taken up and the texts
 *   adopted at it, and the officers elected that day.
 */

#define T(msgid) pl_export_translate (language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (language, ctx, msgid)

static char *
item_number (PlAgendaItem *item,
             const char   *language)
{
  g_auto(GStrv) parts = g_strsplit (pl_report_nonnull (pl_agenda_item_get_number (item)), " ", -1);

  for (guint depth = 1; parts[depth] != NULL; depth++)
    {
      char *label = pl_export_format_item_label (language, parts[depth], depth);

      g_free (parts[depth]);
      parts[depth] = label;
    }
  return g_strjoinv (" ", parts);
}

/* A text of the session in the Journal's language, or its original
 * marked and noted on @model (pl_report_text()); never NULL. */
static const char *
text_of (PlDocModel *model,
         PlSession  *session,
         gpointer    record,
         const char *field)
{
  return pl_report_nonnull (pl_report_text (model, session, PL_RECORD (record), field));
}

/* The short title when there is one, as the organization of work (the
 * seed's annex) names the items. */
static const char *
item_title (PlDocModel   *model,
            PlSession    *session,
            PlAgendaItem *item)
{
  const char *title = text_of (model, session, item, "short_title");

  return pl_report_is_blank (title) ? text_of (model, session, item, "title") : title;
}

static const char *
body_name (PlDocModel *model,
           PlSession  *session,
           const char *language,
           PlMeeting  *meeting)
{
  switch (pl_meeting_get_body (meeting))
    {
    case PL_MEETING_BODY_PLENARY:
      return TC ("body", PL_DOC_NC_("body", "Plenary"));
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      return TC ("body", PL_DOC_NC_("body", "Committee of the Whole"));
    case PL_MEETING_BODY_OTHER:
    default:
      return pl_report_is_blank (pl_meeting_get_title (meeting)) ? TC ("body", PL_DOC_NC_("body", "Other meeting"))
                                                                 : text_of (model, session, meeting, "title");
    }
}

/* "Plenary, 2nd meeting" for a held meeting, the body alone otherwise. */
static char *
meeting_heading (PlDocModel *model,
                 PlSession  *session,
                 PlMeeting  *meeting,
                 const char *language)
{
  int number = pl_meetings_number (session, meeting);
  g_autofree char *nth = NULL;

  if (number <= 0)
    return g_strdup (body_name (model, session, language, meeting));
  nth = pl_report_ordinal (language, (guint) number);
  return pl_report_fill (T (PL_DOC_N_("{body}, {ordinal} meeting")), "body", body_name (model, session, language, meeting),
                         "ordinal", nth, NULL);
}

/* The items a meeting takes up: as held (`taken_up`) when it was held
 * and recorded them, else as planned (`entries`). */
static JsonArray *
meeting_items (PlMeeting *meeting)
{
  JsonNode *taken_up = pl_meeting_get_taken_up (meeting);
  JsonNode *entries = pl_meeting_get_entries (meeting);

  if (pl_meeting_get_status (meeting) == PL_MEETING_STATUS_HELD && taken_up != NULL &&
      JSON_NODE_HOLDS_ARRAY (taken_up) && json_array_get_length (json_node_get_array (taken_up)) > 0)
    return json_node_get_array (taken_up);
  if (entries != NULL && JSON_NODE_HOLDS_ARRAY (entries))
    return json_node_get_array (entries);
  return NULL;
}

static const char *
entry_string (JsonArray  *array,
              guint       index,
              const char *name)
{
  JsonNode *element = json_array_get_element (array, index);
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (element))
    return NULL;
  member = json_object_get_member (json_node_get_object (element), name);
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (member);
}

/* One line per item: "2 (a)  Organized Crime Convention (continued)". */
static void
add_item_lines (PlDocModel *model,
                PlSession  *session,
                JsonArray  *items,
                const char *language,
                GPtrArray  *item_ids)
{
  for (guint k = 0; items != NULL && k < json_array_get_length (items); k++)
    {
      const char *id = entry_string (items, k, "item");
      const char *note = entry_string (items, k, "note");
      PlRecord *record = pl_session_lookup (session, id);
      g_autofree char *number = NULL;
      PlDocBlock *block;

      if (!PL_IS_AGENDA_ITEM (record))
        continue;
      if (item_ids != NULL && !g_ptr_array_find_with_equal_func (item_ids, id, g_str_equal, NULL))
        g_ptr_array_add (item_ids, (gpointer) id);
      number = item_number (PL_AGENDA_ITEM (record), language);
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_LIST, NULL);
      block->indent = 1;
      block->label = g_strdup (number);
      pl_doc_runs_add (block->runs, item_title (model, session, PL_AGENDA_ITEM (record)), 0);
      if (!pl_report_is_blank (note))
        {
          const char *word = g_str_equal (note, "continued")
                             ? TC ("annex", PL_DOC_NC_("annex", "continued")) : note;

          pl_doc_runs_add (block->runs, " (", 0);
          pl_doc_runs_add (block->runs, word, PL_DOC_RUN_ITALIC);
          pl_doc_runs_add (block->runs, ")", 0);
        }
    }
}

static void
indented (PlDocModel *model,
          const char *text)
{
  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text)->indent = 1;
}

static void
add_programme (PlDocModel *model,
               PlSession  *session,
               GPtrArray  *meetings,
               const char *language,
               GPtrArray  *item_ids)
{
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Programme of meetings")));
  if (meetings->len == 0)
    {
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, T (PL_DOC_N_("No meeting is scheduled for this day.")));
      return;
    }

  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *heading = meeting_heading (model, session, meeting, language);
      g_autofree char *time = pl_export_format_time_range (language, pl_meeting_get_start (meeting),
                                                           pl_meeting_get_end (meeting));
      const char *title = text_of (model, session, meeting, "title");
      PlDocBlock *block;

      pl_doc_model_add_heading (model, 2, NULL, heading);
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
      /* Under its heading, which a level-2 heading indents. */
      block->indent = 1;
      pl_doc_runs_add (block->runs, time, PL_DOC_RUN_BOLD);
      if (!pl_report_is_blank (title) && g_strcmp0 (title, body_name (model, session, language, meeting)) != 0)
        {
          pl_doc_runs_add (block->runs, "  ", 0);
          pl_doc_runs_add (block->runs, title, 0);
        }
      if (pl_meeting_get_status (meeting) == PL_MEETING_STATUS_CANCELLED)
        {
          pl_doc_runs_add (block->runs, "  ", 0);
          pl_doc_runs_add (block->runs, T (PL_DOC_N_("Cancelled")), PL_DOC_RUN_ITALIC);
          continue;
        }
      add_item_lines (model, session, meeting_items (meeting), language, item_ids);
    }
}

/* The date of an ISO date-time in the session's time zone: "2020-10-13". */
static char *
local_date (PlSession  *session,
            const char *iso_date_time)
{
  g_autoptr(GDateTime) at = NULL;

  if (pl_report_is_blank (iso_date_time))
    return NULL;
  at = pl_speaker_order_parse_date_time (session, iso_date_time);
  if (at == NULL)
    return strlen (iso_date_time) >= 10 ? g_strndup (iso_date_time, 10) : NULL;
  return g_date_time_format (at, "%Y-%m-%d");
}

static void
add_reference (PlDocModel *model,
               const char *symbol,
               const char *title)
{
  PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_LIST, NULL);

  block->indent = 1;
  block->label = g_strdup ("•");
  pl_doc_runs_add (block->runs, pl_report_nonnull (symbol), PL_DOC_RUN_BOLD | PL_DOC_RUN_NOBREAK);
  pl_doc_runs_add (block->runs, " ", 0);
  pl_doc_runs_add (block->runs, pl_report_nonnull (title), 0);
}

static void
add_documents (PlDocModel *model,
               PlSession  *session,
               const char *date,
               GPtrArray  *item_ids,
               const char *language)
{
  g_autoptr(GPtrArray) proposals = pl_proposals_list (session);
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  guint n_issued = 0;

  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Documents issued")));
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);
      g_autofree char *day = local_date (session, pl_proposal_get_submitted (proposal));

      if (g_strcmp0 (day, date) != 0 || pl_report_is_blank (pl_proposal_get_symbol (proposal)))
        continue;
      add_reference (model, pl_proposal_get_symbol (proposal), text_of (model, session, proposal, "title"));
      n_issued++;
    }
  if (n_issued == 0)
    indented (model, T (PL_DOC_N_("No document is recorded as issued on this day.")));

  /* The documents the day's meetings have before them. */
  for (guint i = 0; i < item_ids->len; i++)
    {
      PlRecord *item = pl_session_lookup (session, g_ptr_array_index (item_ids, i));
      g_auto(GStrv) ids = PL_IS_AGENDA_ITEM (item) ? pl_agenda_item_dup_document_ids (PL_AGENDA_ITEM (item)) : NULL;

      for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
        {
          PlRecord *document = pl_session_lookup (session, ids[k]);

          if (PL_IS_DOCUMENT (document) && pl_document_get_status (PL_DOCUMENT (document)) == PL_DOCUMENT_STATUS_ISSUED &&
              !g_ptr_array_find (before, document, NULL))
            g_ptr_array_add (before, document);
        }
    }
  if (before->len == 0)
    return;
  pl_doc_model_add_heading (model, 2, NULL, T (PL_DOC_N_("Documents before the meetings of the day")));
  for (guint i = 0; i < before->len; i++)
    add_reference (model, pl_document_get_symbol (g_ptr_array_index (before, i)),
                   text_of (model, session, g_ptr_array_index (before, i), "title"));
}

/* The last date before @date with a meeting held, or NULL. */
static char *
previous_day (PlSession  *session,
              const char *date)
{
  GListModel *all = pl_session_get_records (session, PL_TYPE_MEETING);
  char *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (all, i);
      const char *day = pl_meeting_get_date (meeting);

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD || pl_report_is_blank (day) ||
          g_strcmp0 (day, date) >= 0)
        continue;
      if (best == NULL || g_strcmp0 (day, best) > 0)
        {
          g_free (best);
          best = g_strdup (day);
        }
    }
  return best;
}

static const char *
action_meeting (PlProposal *proposal)
{
  JsonNode *action = pl_proposal_get_action (proposal);
  JsonNode *node;

  if (action == NULL || !JSON_NODE_HOLDS_OBJECT (action))
    return NULL;
  node = json_object_get_member (json_node_get_object (action), "meeting");
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static void
add_summary (PlDocModel *model,
             PlSession  *session,
             const char *date,
             const char *language)
{
  g_autofree char *day = previous_day (session, date);
  g_autofree char *day_text = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  GListModel *officers;
  gboolean any_officer = FALSE;

  if (day == NULL)
    {
      pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Summary of previous meetings")));
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, T (PL_DOC_N_("No meeting has been recorded as held before this day.")));
      return;
    }

  day_text = pl_export_format_day (language, day);
  heading = pl_report_fill (T (PL_DOC_N_("Summary of the meetings of {day}")), "day", day_text, NULL);
  pl_doc_model_add_heading (model, 1, NULL, heading);

  meetings = pl_meetings_on_date (session, day);
  proposals = pl_proposals_list (session);
  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      const char *id = pl_record_get_id (PL_RECORD (meeting));
      g_autofree char *title = NULL;
      JsonNode *taken_up = pl_meeting_get_taken_up (meeting);
      gboolean adopted_any = FALSE;

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD)
        continue;
      title = meeting_heading (model, session, meeting, language);
      pl_doc_model_add_heading (model, 2, NULL, title);

      if (taken_up != NULL && JSON_NODE_HOLDS_ARRAY (taken_up) && json_array_get_length (json_node_get_array (taken_up)) > 0)
        {
          indented (model, T (PL_DOC_N_("Items taken up:")));
          add_item_lines (model, session, json_node_get_array (taken_up), language, NULL);
        }
      else
        indented (model, T (PL_DOC_N_("No item is recorded as taken up.")));

      for (guint k = 0; k < proposals->len; k++)
        {
          PlProposal *proposal = g_ptr_array_index (proposals, k);
          g_autofree char *line = NULL;
          PlDocBlock *block;

          if (pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED || g_strcmp0 (action_meeting (proposal), id) != 0)
            continue;
          if (!adopted_any)
            indented (model, T (PL_DOC_N_("Texts adopted:")));
          adopted_any = TRUE;
          if (!pl_report_is_blank (pl_proposal_get_adopted_as (proposal)))
            line = pl_report_fill (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION
                                   ? T (PL_DOC_N_("{title} (resolution {number})"))
                                   : T (PL_DOC_N_("{title} (decision {number})")),
                                   "title", text_of (model, session, proposal, "title"),
                                   "number", pl_proposal_get_adopted_as (proposal), NULL);
          else
            line = g_strdup (text_of (model, session, proposal, "title"));
          block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_LIST, NULL);
          block->indent = 1;
          block->label = g_strdup ("•");
          pl_doc_runs_add (block->runs, pl_report_nonnull (pl_proposal_get_symbol (proposal)),
                           PL_DOC_RUN_BOLD | PL_DOC_RUN_NOBREAK);
          pl_doc_runs_add (block->runs, " ", 0);
          pl_doc_runs_add (block->runs, line, 0);
        }
    }

  /* The officers elected that day (rule 22). */
  officers = pl_session_get_records (session, PL_TYPE_OFFICER);
  for (guint i = 0; i < g_list_model_get_n_items (officers); i++)
    {
      g_autoptr(PlOfficer) officer = g_list_model_get_item (officers, i);
      const char *group = pl_bureau_group_name (pl_session_get_settings (session),
                                                pl_officer_get_regional_group (officer));
      const char *office;
      g_autofree char *line = NULL;
      PlDocBlock *block;

      if (pl_officer_get_status (officer) != PL_OFFICER_STATUS_ELECTED ||
          g_strcmp0 (pl_officer_get_elected_on (officer), day) != 0)
        continue;
      if (!any_officer)
        indented (model, T (PL_DOC_N_("Officers elected:")));
      any_officer = TRUE;
      switch (pl_officer_get_office (officer))
        {
        case PL_OFFICE_PRESIDENT:
          office = T (PL_DOC_N_("President:"));
          break;
        case PL_OFFICE_RAPPORTEUR:
          office = T (PL_DOC_N_("Rapporteur:"));
          break;
        case PL_OFFICE_VICE_PRESIDENT:
        default:
          office = T (PL_DOC_N_("Vice-President:"));
          break;
        }
      line = pl_report_fill (pl_report_is_blank (group) ? T (PL_DOC_N_("{person} ({state})"))
                                                        : T (PL_DOC_N_("{person} ({state}), Group of {group}")),
                             "person", pl_report_nonnull (pl_officer_get_person (officer)),
                             "state", pl_report_delegation_name (session, pl_officer_get_delegation (officer)),
                             "group", group, NULL);
      /* The office is wider than a list's label column: it leads the line. */
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
      block->indent = 1;
      pl_doc_runs_add (block->runs, office, PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (block->runs, " ", 0);
      pl_doc_runs_add (block->runs, line, 0);
    }
}

/**
 * pl_journal_report_build:
 * @date: the day, "YYYY-MM-DD"
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the Journal of @date
 */
PlDocModel *
pl_journal_report_build (PlSession  *session,
                         const char *date,
                         const char *language)
{
  PlSessionSettings *settings;
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) item_ids = g_ptr_array_new ();
  g_autofree char *day = NULL;
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) today = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  language = pl_report_language (language);
  settings = pl_session_get_settings (session);
  pl_report_add_front (model, session, language, T (PL_DOC_N_("Journal")));

  /* "No. 2": the Journal is numbered by the days of the session. */
  day = pl_export_format_day (language, date);
  {
    PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_SESSION, NULL);
    guint y, m, d;

    pl_doc_runs_add (block->runs, day, PL_DOC_RUN_BOLD);
    start = g_date_new ();
    today = g_date_new ();
    if (sscanf (pl_report_nonnull (pl_session_settings_get_start_date (settings)), "%4u-%2u-%2u", &y, &m, &d) == 3 &&
        g_date_valid_dmy (d, m, y))
      g_date_set_dmy (start, d, m, y);
    if (sscanf (date, "%4u-%2u-%2u", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y))
      g_date_set_dmy (today, d, m, y);
    if (g_date_valid (start) && g_date_valid (today) && g_date_compare (today, start) >= 0)
      {
        g_autofree char *n = g_strdup_printf ("%d", g_date_days_between (start, today) + 1);
        g_autofree char *number = pl_report_fill (T (PL_DOC_N_("No. {n}")), "n", n, NULL);

        pl_doc_runs_add (block->runs, "\n", PL_DOC_RUN_LINE_BREAK);
        pl_doc_runs_add (block->runs, number, 0);
      }
  }

  meetings = pl_meetings_on_date (session, date);
  add_programme (model, session, meetings, language, item_ids);
  add_documents (model, session, date, item_ids, language);
  add_summary (model, session, date, language);

  return g_steal_pointer (&model);
}
