/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-check-bureau.h"
#include "pl-export-l10n.h"
#include "pl-report-common.h"
#include "pl-speaker-order.h"
#include "pl-speakers-report.h"

/*
 * The lists of speakers as issued for the day: each list with its agenda
 * item, when it opened and closed, its time limits, and its speakers in
 * the derived order of pl_speaker_list_arrange() (rank tiers, then time
 * of request; placements by hand where the secretariat put them), each
 * projected onto the meeting where they should speak. The marks of issue
 * 8 are printed where they apply: a request after the list closed
 * (speakers.closed), a placement that differs from the rules' order, and
 * the speakers who fall after the last meeting for the item
 * (speakers.overflow). Withdrawn speakers are named after the list.
 */

#define T(msgid) pl_export_translate (language, msgid)

static int
compare_lists (gconstpointer a,
               gconstpointer b)
{
  PlSpeakerList *x = *(PlSpeakerList **) a, *y = *(PlSpeakerList **) b;
  int cmp = g_strcmp0 (pl_speaker_list_get_position (x), pl_speaker_list_get_position (y));

  return cmp != 0 ? cmp : g_strcmp0 (pl_record_get_id (PL_RECORD (x)), pl_record_get_id (PL_RECORD (y)));
}

/* "item 1 (f), General discussion" */
static char *
item_text (PlDocModel    *model,
           PlSession     *session,
           PlSpeakerList *list,
           const char    *language)
{
  PlRecord *record = pl_session_lookup (session, pl_speaker_list_get_item (list));
  PlAgendaItem *item;

  if (!PL_IS_AGENDA_ITEM (record))
    return NULL;
  item = PL_AGENDA_ITEM (record);
  return pl_report_fill (T (PL_DOC_N_("Agenda item {number}: {title}")),
                         "number", pl_report_nonnull (pl_agenda_item_get_number (item)),
                         "title", pl_report_nonnull (pl_report_text (model, session, record, "title")), NULL);
}

static char *
date_time_text (PlSession  *session,
                GTimeZone  *tz,
                const char *text,
                const char *language)
{
  g_autoptr(GDateTime) parsed = pl_speaker_order_parse_date_time (session, text);
  g_autoptr(GDateTime) local = NULL;

  if (parsed == NULL)
    return pl_report_is_blank (text) ? NULL : g_strdup (text);
  local = tz != NULL ? g_date_time_to_timezone (parsed, tz) : g_date_time_ref (parsed);
  return pl_report_format_date_time (language, local);
}

/* The State, a regional group, or another group as typed. */
static const char *
behalf_text (PlSession  *session,
             PlSpeaker  *speaker)
{
  const char *behalf = pl_speaker_get_on_behalf_of (speaker);
  PlRecord *record;
  const char *group;

  if (pl_report_is_blank (behalf) || g_strcmp0 (behalf, pl_speaker_get_delegation (speaker)) == 0)
    return NULL;
  record = pl_session_lookup (session, behalf);
  if (PL_IS_DELEGATION (record))
    return pl_report_delegation_name (session, behalf);
  group = pl_bureau_group_name (pl_session_get_settings (session), behalf);
  return group != NULL ? group : behalf;
}

static void
add_meeting_cell (PlDocRow       *row,
                  PlSpeakerEntry *entry,
                  const char     *language)
{
  GPtrArray *cell = pl_doc_row_add_cell (row);
  PlMeeting *meeting = pl_speaker_entry_get_meeting (entry);
  g_autofree char *day = NULL, *time = NULL;

  if (pl_speaker_entry_get_overflow (entry))
    {
      pl_doc_runs_add (cell, T (PL_DOC_N_("After the last meeting for the item")), PL_DOC_RUN_BOLD);
      return;
    }
  if (meeting == NULL)
    return;

  day = pl_export_format_day (language, pl_meeting_get_date (meeting));
  time = pl_export_format_time_range (language, pl_meeting_get_start (meeting), pl_meeting_get_end (meeting));
  pl_doc_runs_add (cell, day, 0);
  pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
  pl_doc_runs_add (cell, time, 0);
}

static void
add_list (PlDocModel    *model,
          PlSession     *session,
          PlSpeakerList *list,
          GTimeZone     *tz,
          const char    *language)
{
  g_autoptr(PlSpeakerProjection) projection = NULL;
  g_autoptr(GPtrArray) entries = pl_speaker_list_arrange (session, list, &projection);
  g_autoptr(GPtrArray) withdrawn = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) overflow = g_ptr_array_new ();
  g_autofree char *item = item_text (model, session, list, language);
  g_autofree char *opens = date_time_text (session, tz, pl_speaker_list_get_opens (list), language);
  g_autofree char *closes = date_time_text (session, tz, pl_speaker_list_get_closes (list), language);
  g_autofree char *limit = pl_report_format_duration (language, pl_speaker_list_get_time_limit_s (list));
  g_autofree char *group_limit = pl_report_format_duration (language, pl_speaker_list_get_group_time_limit_s (list));
  const char *title = pl_speaker_list_get_title (list);
  guint n_listed = 0, n_closed = 0;
  PlDocTable *table = NULL;
  static const double widths[] = { 0.07, 0.27, 0.27, 0.12, 0.27 };

  pl_doc_model_add_heading (model, 1, NULL,
                            !pl_report_is_blank (title) ? title : T (PL_DOC_N_("List of speakers")));
  if (item != NULL)
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, item);

  if (opens != NULL && closes != NULL)
    {
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("The list opened at {opens} and closed at {closes}.")),
                                              "opens", opens, "closes", closes, NULL);

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }
  else if (closes != NULL)
    {
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("The list closed at {closes}.")), "closes", closes, NULL);

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }

  if (*limit != '\0')
    {
      g_autofree char *text = NULL;

      /* The seed: "five minutes each, strictly"; a group's statement may
       * have a limit of its own. */
      if (*group_limit != '\0' && g_strcmp0 (limit, group_limit) != 0)
        text = pl_report_fill (T (PL_DOC_N_("Time limit: {limit} per statement; {group_limit} for a statement on "
                                            "behalf of a group of States.")),
                               "limit", limit, "group_limit", group_limit, NULL);
      else
        text = pl_report_fill (T (PL_DOC_N_("Time limit: {limit} per statement.")), "limit", limit, NULL);
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      PlSpeaker *speaker = pl_speaker_entry_get_speaker (g_ptr_array_index (entries, i));

      if (pl_speaker_get_status (speaker) != PL_SPEAKER_STATUS_WITHDRAWN)
        n_listed++;
      else
        g_ptr_array_add (withdrawn, g_strdup (pl_report_delegation_name (session, pl_speaker_get_delegation (speaker))));
    }

  {
    g_autofree char *n = g_strdup_printf ("%u", n_listed);
    g_autofree char *n_meetings = g_strdup_printf ("%u", projection->meetings->len);
    g_autofree char *capacity = pl_report_format_duration (language, (int) MIN (projection->total_s, G_MAXINT));
    g_autofree char *text = NULL;

    g_autofree char *inscribed = pl_report_fill (n_listed == 1 ? T (PL_DOC_N_("{n} speaker is inscribed."))
                                                               : T (PL_DOC_N_("{n} speakers are inscribed.")),
                                                 "n", n, NULL);
    g_autofree char *time = NULL;

    if (projection->meetings->len == 0)
      time = g_strdup (T (PL_DOC_N_("No meeting of the organization of work serves the item yet.")));
    else
      time = pl_report_fill (projection->meetings->len == 1
                             ? T (PL_DOC_N_("The organization of work gives the item one meeting, {capacity} in all."))
                             : T (PL_DOC_N_("The organization of work gives the item {meetings} meetings, {capacity} "
                                            "in all.")),
                             "meetings", n_meetings, "capacity", capacity, NULL);
    text = g_strconcat (inscribed, " ", time, NULL);
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
  }

  if (n_listed > 0)
    table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
  if (table != NULL)
    {
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("No.")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Delegation")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Speaker")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Limit")), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Projected meeting")), PL_DOC_RUN_ITALIC);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      PlSpeakerEntry *entry = g_ptr_array_index (entries, i);
      PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);
      const char *delegation = pl_report_delegation_name (session, pl_speaker_get_delegation (speaker));
      const char *behalf = behalf_text (session, speaker);
      const char *deviation = pl_speaker_entry_get_deviation (entry);
      g_autofree char *number = NULL;
      g_autofree char *entry_limit = NULL;
      GPtrArray *cell;
      PlDocRow *row;

      /* Withdrawn speakers come last (pl_speaker_list_arrange()) and are
       * named after the table. */
      if (pl_speaker_get_status (speaker) == PL_SPEAKER_STATUS_WITHDRAWN)
        continue;

      number = g_strdup_printf ("%u", pl_speaker_entry_get_number (entry));
      entry_limit = pl_report_format_duration (language, pl_speaker_entry_get_limit_s (entry));
      row = pl_doc_table_add_row (table, FALSE);
      pl_doc_runs_add (pl_doc_row_add_cell (row), number, 0);

      cell = pl_doc_row_add_cell (row);
      pl_doc_runs_add (cell, delegation, 0);
      if (behalf != NULL)
        {
          g_autofree char *text = pl_report_fill (T (PL_DOC_N_("on behalf of {group}")), "group", behalf, NULL);

          pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
          pl_doc_runs_add (cell, text, PL_DOC_RUN_ITALIC);
        }
      if (pl_speaker_entry_get_closed (entry))
        {
          n_closed++;
          pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
          pl_doc_runs_add (cell, T (PL_DOC_N_("Request outside the list’s opening hours")), PL_DOC_RUN_BOLD);
        }
      if (!pl_report_is_blank (deviation))
        {
          pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
          pl_doc_runs_add (cell, deviation, PL_DOC_RUN_ITALIC);
        }

      cell = pl_doc_row_add_cell (row);
      pl_doc_runs_add (cell, pl_report_nonnull (pl_speaker_get_person (speaker)), 0);
      pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
      pl_doc_runs_add (cell, pl_report_rank_label (language, pl_speaker_get_rank (speaker)), PL_DOC_RUN_ITALIC);

      pl_doc_runs_add (pl_doc_row_add_cell (row), entry_limit, 0);
      add_meeting_cell (row, entry, language);

      if (pl_speaker_entry_get_overflow (entry))
        g_ptr_array_add (overflow, entry);
    }

  /* Issue 8: "speaker 41 falls after the last meeting for item 1 (f)". */
  if (overflow->len > 0)
    {
      PlRecord *record = pl_session_lookup (session, pl_speaker_list_get_item (list));
      const char *item_number = PL_IS_AGENDA_ITEM (record) ? pl_agenda_item_get_number (PL_AGENDA_ITEM (record)) : NULL;
      g_autofree char *first = g_strdup_printf ("%u", pl_speaker_entry_get_number (g_ptr_array_index (overflow, 0)));
      g_autofree char *last = g_strdup_printf ("%u", pl_speaker_entry_get_number (g_ptr_array_index (overflow, overflow->len - 1)));
      g_autofree char *text = NULL;

      if (overflow->len == 1)
        text = pl_report_fill (T (PL_DOC_N_("Speaker {first} falls after the last meeting for item {item}.")),
                               "first", first, "item", pl_report_nonnull (item_number), NULL);
      else
        text = pl_report_fill (T (PL_DOC_N_("Speakers {first} to {last} fall after the last meeting for item {item}.")),
                               "first", first, "last", last, "item", pl_report_nonnull (item_number), NULL);
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }

  if (n_closed > 0)
    {
      g_autofree char *n = g_strdup_printf ("%u", n_closed);
      g_autofree char *text = pl_report_fill (n_closed == 1
                                              ? T (PL_DOC_N_("{n} request was made outside the list’s opening hours."))
                                              : T (PL_DOC_N_("{n} requests were made outside the list’s opening hours.")),
                                              "n", n, NULL);

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }

  if (withdrawn->len > 0)
    {
      g_autofree char *joined = pl_report_join (language, withdrawn);
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("Withdrawn: {names}.")), "names", joined, NULL);

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
    }
}

/**
 * pl_speakers_report_build:
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the lists of speakers in their order
 */
PlDocModel *
pl_speakers_report_build (PlSession  *session,
                          const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) tz = NULL;
  GListModel *all;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  tz = pl_speaker_order_dup_time_zone (session);

  all = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (lists, g_list_model_get_item (all, i));
  g_ptr_array_sort (lists, compare_lists);

  pl_report_add_front (model, session, language, T (PL_DOC_N_("Lists of speakers")));

  if (lists->len == 0)
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, T (PL_DOC_N_("The session has no list of speakers.")));
  for (guint i = 0; i < lists->len; i++)
    add_list (model, session, g_ptr_array_index (lists, i), tz, language);

  return g_steal_pointer (&model);
}
