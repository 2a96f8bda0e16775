/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pl-check-bureau.h"
#include "pl-export-l10n.h"
#include "pl-proposals.h"
#include "pl-proposals-report.h"
#include "pl-report-common.h"
#include "pl-vote-tally.h"

/*
 * Two documents of issue 19, from the register of proposals (RULES.md,
 * "Meetings, decisions and the record"):
 *
 * - the register (`--what proposals`): every proposal in the order of
 *   pl_proposals_list() (agenda item, then symbol), with its title, item,
 *   sponsors and co-sponsors (a State may sponsor on behalf of a group),
 *   status and the action taken on it ("Adopted by a recorded vote of 80
 *   to 3, with 5 abstentions, at the 5th meeting, on 15 October 2020.");
 * - the texts adopted (`--what decisions`), as chapter I of a UN report
 *   prints them: resolutions, then decisions, each numbered in order of
 *   adoption ("Resolution 10/1. <title>"), how it was adopted and, for a
 *   recorded or roll-call vote, the States in favour, against and
 *   abstaining, each list in English alphabetical order.
 *
 * What the records hold is displayed here; what follows from the rules
 * (the order of the register, where a revision replaces what it revises,
 * the item of an amendment, the counts of a vote with a REIO among the
 * voters) comes from src/core.
 */

#define T(msgid) pl_export_translate (language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (language, ctx, msgid)

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

const char *
pl_proposals_report_kind_label (const char     *language,
            PlProposalKind  kind)
{
  switch (kind)
    {
    case PL_PROPOSAL_KIND_DRAFT_RESOLUTION:
      return TC ("proposal kind", PL_DOC_NC_("proposal kind", "Draft resolution"));
    case PL_PROPOSAL_KIND_DRAFT_DECISION:
      return TC ("proposal kind", PL_DOC_NC_("proposal kind", "Draft decision"));
    case PL_PROPOSAL_KIND_AMENDMENT:
      return TC ("proposal kind", PL_DOC_NC_("proposal kind", "Amendment"));
    case PL_PROPOSAL_KIND_ORAL_AMENDMENT:
      return TC ("proposal kind", PL_DOC_NC_("proposal kind", "Oral amendment"));
    case PL_PROPOSAL_KIND_PROCEDURAL_MOTION:
    default:
      return TC ("proposal kind", PL_DOC_NC_("proposal kind", "Procedural motion"));
    }
}

static const char *
status_label (const char       *language,
              PlProposalStatus  status)
{
  switch (status)
    {
    case PL_PROPOSAL_STATUS_DRAFT:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Draft"));
    case PL_PROPOSAL_STATUS_SUBMITTED:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Submitted"));
    case PL_PROPOSAL_STATUS_IN_CONSULTATIONS:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "In consultations"));
    case PL_PROPOSAL_STATUS_APPROVED:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Approved by the Committee of the Whole"));
    case PL_PROPOSAL_STATUS_ADOPTED:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Adopted"));
    case PL_PROPOSAL_STATUS_REJECTED:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Rejected"));
    case PL_PROPOSAL_STATUS_WITHDRAWN:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Withdrawn"));
    case PL_PROPOSAL_STATUS_DEFERRED:
    default:
      return TC ("proposal status", PL_DOC_NC_("proposal status", "Deferred"));
    }
}

/* The whole item number, "2 (a)", with the sub-item letters of the
 * document's language, as the agenda prints them. */
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

/* "2 (a): Firearms Protocol", the item's short title when it has one. */
static char *
item_text (PlDocModel *model,
           PlSession  *session,
           PlProposal *proposal,
           const char *language)
{
  PlRecord *record = pl_session_lookup (session, pl_proposals_item_of (session, proposal));
  g_autofree char *number = NULL;
  const char *title;

  if (!PL_IS_AGENDA_ITEM (record))
    return NULL;
  number = item_number (PL_AGENDA_ITEM (record), language);
  title = !pl_report_is_blank (pl_agenda_item_get_short_title (PL_AGENDA_ITEM (record)))
          ? pl_report_text (model, session, record, "short_title")
          : pl_report_text (model, session, record, "title");
  if (pl_report_is_blank (title))
    return g_steal_pointer (&number);
  return pl_report_fill (TC ("item", PL_DOC_NC_("item", "{number}: {title}")),
                         "number", number, "title", title, NULL);
}

static const char *
symbol_of (PlSession  *session,
           const char *proposal_id)
{
  PlRecord *record = pl_session_lookup (session, proposal_id);

  if (PL_IS_PROPOSAL (record) && !pl_report_is_blank (pl_proposal_get_symbol (PL_PROPOSAL (record))))
    return pl_proposal_get_symbol (PL_PROPOSAL (record));
  return pl_report_nonnull (proposal_id);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlMeeting *x = *(PlMeeting **) a, *y = *(PlMeeting **) b;
  int cmp = g_strcmp0 (pl_meeting_get_date (x), pl_meeting_get_date (y));

  if (cmp == 0)
    cmp = g_strcmp0 (pl_meeting_get_start (x), pl_meeting_get_start (y));
  return cmp != 0 ? cmp : g_strcmp0 (pl_record_get_id (PL_RECORD (x)), pl_record_get_id (PL_RECORD (y)));
}

/* A meeting's number: each body numbers its meetings from the opening
 * ("the 3rd meeting", "the 2nd meeting of the Committee of the Whole"). */
static guint
meeting_number (PlSession *session,
                PlMeeting *meeting)
{
  GListModel *all = pl_session_get_records (session, PL_TYPE_MEETING);
  g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func (g_object_unref);
  guint index = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlMeeting) other = g_list_model_get_item (all, i);

      if (pl_meeting_get_body (other) == pl_meeting_get_body (meeting))
        g_ptr_array_add (same, g_steal_pointer (&other));
    }
  g_ptr_array_sort (same, compare_meetings);
  if (!g_ptr_array_find (same, meeting, &index))
    return 0;
  return index + 1;
}

/* "at the 3rd meeting, on 14 October 2020" */
static char *
meeting_phrase (PlSession  *session,
                const char *meeting_id,
                const char *language)
{
  PlRecord *record = pl_session_lookup (session, meeting_id);
  PlMeeting *meeting;
  g_autofree char *nth = NULL;
  g_autofree char *date = NULL;
  gboolean committee;

  if (!PL_IS_MEETING (record))
    return NULL;
  meeting = PL_MEETING (record);
  nth = pl_report_ordinal (language, meeting_number (session, meeting));
  date = pl_export_format_date (language, pl_meeting_get_date (meeting));
  committee = pl_meeting_get_body (meeting) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE;

  if (*date == '\0')
    return pl_report_fill (committee ? T (PL_DOC_N_("at the {ordinal} meeting of the Committee of the Whole"))
                                     : T (PL_DOC_N_("at the {ordinal} meeting")),
                           "ordinal", nth, NULL);
  return pl_report_fill (committee ? T (PL_DOC_N_("at the {ordinal} meeting of the Committee of the Whole, on {date}"))
                                   : T (PL_DOC_N_("at the {ordinal} meeting, on {date}")),
                         "ordinal", nth, "date", date, NULL);
}

gboolean
pl_proposals_report_has_ballots (PlVote *vote)
{
  JsonNode *ballots = pl_vote_get_ballots (vote);

  return ballots != NULL && JSON_NODE_HOLDS_OBJECT (ballots) && json_object_get_size (json_node_get_object (ballots)) > 0;
}

static guint
count_member (JsonObject *counts,
              const char *name)
{
  JsonNode *node = json_object_get_member (counts, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return 0;
  return (guint) MAX (json_node_get_int (node), 0);
}

/* The counts of a vote: of the ballots, through the tally (a REIO's
 * ballot counts as its member States, rule 57), or, for a non-recorded
 * vote, as announced. */
static void
vote_counts (PlSession *session,
             PlVote    *vote,
             guint     *yes,
             guint     *no,
             guint     *abstain)
{
  JsonNode *counts = pl_vote_get_counts (vote);

  if (!pl_proposals_report_has_ballots (vote) && counts != NULL && JSON_NODE_HOLDS_OBJECT (counts))
    {
      *yes = count_member (json_node_get_object (counts), "yes");
      *no = count_member (json_node_get_object (counts), "no");
      *abstain = count_member (json_node_get_object (counts), "abstain");
    }
  else
    {
      g_autoptr(PlVoteTally) tally = pl_vote_tally_compute (session, vote);

      *yes = tally->yes;
      *no = tally->no;
      *abstain = tally->abstain;
    }
}

/* "by a recorded vote of 80 to 3, with 5 abstentions" */
char *
pl_proposals_report_vote_phrase (PlSession  *session,
             PlVote     *vote,
             const char *language,
             gboolean   *with_abstentions)
{
  g_autofree char *yes_text = NULL, *no_text = NULL, *abstain_text = NULL;
  g_autofree char *head = NULL;
  guint yes = 0, no = 0, abstain = 0;
  const char *pattern;

  vote_counts (session, vote, &yes, &no, &abstain);
  yes_text = g_strdup_printf ("%u", yes);
  no_text = g_strdup_printf ("%u", no);
  abstain_text = g_strdup_printf ("%u", abstain);

  switch (pl_vote_get_kind (vote))
    {
    case PL_VOTE_KIND_RECORDED:
      pattern = T (PL_DOC_N_("by a recorded vote of {yes} to {no}"));
      break;
    case PL_VOTE_KIND_ROLL_CALL:
      pattern = T (PL_DOC_N_("by a roll-call vote of {yes} to {no}"));
      break;
    case PL_VOTE_KIND_NON_RECORDED:
    default:
      pattern = T (PL_DOC_N_("by a vote of {yes} to {no}"));
      break;
    }
  head = pl_report_fill (pattern, "yes", yes_text, "no", no_text, NULL);
  *with_abstentions = abstain > 0;
  if (abstain == 0)
    return g_steal_pointer (&head);
  return pl_report_fill (abstain == 1 ? T (PL_DOC_N_("{vote}, with 1 abstention"))
                                      : T (PL_DOC_N_("{vote}, with {n} abstentions")),
                         "vote", head, "n", abstain_text, NULL);
}

static const char *
outcome_label (const char       *language,
               PlProposalStatus  status,
               gboolean          by_vote)
{
  switch (status)
    {
    case PL_PROPOSAL_STATUS_ADOPTED:
      return TC ("action", PL_DOC_NC_("action", "Adopted"));
    case PL_PROPOSAL_STATUS_REJECTED:
      return TC ("action", PL_DOC_NC_("action", "Rejected"));
    case PL_PROPOSAL_STATUS_APPROVED:
      return TC ("action", PL_DOC_NC_("action", "Approved"));
    default:
      /* A vote without a decision (no quorum, an incomplete roll call):
       * the register says it was held, the checks say what is wrong. */
      return by_vote ? TC ("action", PL_DOC_NC_("action", "Put to the vote"))
                     : TC ("action", PL_DOC_NC_("action", "Taken up"));
    }
}

/* The vote an action names, or NULL without one. */
PlVote *
pl_proposals_report_action_vote (PlSession  *session,
             PlProposal *proposal)
{
  JsonNode *action = pl_proposal_get_action (proposal);
  PlRecord *record;

  if (action == NULL || !JSON_NODE_HOLDS_OBJECT (action))
    return NULL;
  record = pl_session_lookup (session, member_string (json_node_get_object (action), "vote"));
  return PL_IS_VOTE (record) ? PL_VOTE (record) : NULL;
}

/**
 * action_sentence:
 *
 * Returns: (nullable): "Adopted without a vote at the 3rd meeting, on 14
 *   October 2020.", "Adopted by a recorded vote of 80 to 3, with 5
 *   abstentions, at the 5th meeting, on 15 October 2020.", or %NULL when
 *   no action has been taken
 */
static char *
action_sentence (PlSession  *session,
                 PlProposal *proposal,
                 const char *language)
{
  JsonNode *action = pl_proposal_get_action (proposal);
  JsonObject *object;
  PlVote *vote;
  gboolean by_vote;
  gboolean with_abstentions = FALSE;
  g_autofree char *how = NULL;
  g_autofree char *where = NULL;
  const char *outcome;

  if (action == NULL || !JSON_NODE_HOLDS_OBJECT (action))
    return NULL;
  object = json_node_get_object (action);
  by_vote = g_strcmp0 (member_string (object, "method"), "vote") == 0;
  vote = pl_proposals_report_action_vote (session, proposal);
  outcome = outcome_label (language, pl_proposal_get_status (proposal), by_vote);

  if (by_vote && vote != NULL)
    how = pl_proposals_report_vote_phrase (session, vote, language, &with_abstentions);
  else if (by_vote)
    how = g_strdup (T (PL_DOC_N_("by a vote")));
  else
    how = g_strdup (T (PL_DOC_N_("without a vote")));

  where = meeting_phrase (session, member_string (object, "meeting"), language);
  if (where == NULL)
    return pl_report_fill (T (PL_DOC_N_("{outcome} {how}.")), "outcome", outcome, "how", how, NULL);
  /* "…, with 5 abstentions, at the 5th meeting": the abstentions are set
   * off by commas on both sides. */
  return pl_report_fill (with_abstentions ? T (PL_DOC_N_("{outcome} {how}, {where}."))
                                          : T (PL_DOC_N_("{outcome} {how} {where}.")),
                         "outcome", outcome, "how", how, "where", where, NULL);
}

/* English alphabetical order, whatever the document's language and the
 * locale: a roll call and a report's lists of votes follow the English
 * names ("Côte d'Ivoire" between "Costa Rica" and "Croatia"). */
static int
compare_english (gconstpointer a,
                 gconstpointer b)
{
  const char *x = *(const char **) a, *y = *(const char **) b;
  g_autofree char *ax = g_str_to_ascii (x, "C");
  g_autofree char *ay = g_str_to_ascii (y, "C");
  g_autofree char *kx = g_ascii_strdown (ax, -1);
  g_autofree char *ky = g_ascii_strdown (ay, -1);
  int cmp = strcmp (kx, ky);

  return cmp != 0 ? cmp : strcmp (x, y);
}

/* "the Group of African States", a State, or the group as typed. */
char *
pl_proposals_report_behalf_text (PlSession  *session,
             const char *behalf,
             const char *language)
{
  PlRecord *record = pl_session_lookup (session, behalf);
  const char *group;

  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_report_delegation_name (session, behalf));
  group = pl_bureau_group_name (pl_session_get_settings (session), behalf);
  return pl_report_fill (T (PL_DOC_N_("the Group of {group}")), "group", group != NULL ? group : behalf, NULL);
}

/* The names of the sponsors (@cosponsors FALSE) or co-sponsors, with the
 * group a sponsor speaks for; withdrawn ones are left out. Sponsors keep
 * their order (the first introduces the text), co-sponsors are
 * alphabetical, as an L document lists them. */
static GPtrArray *
sponsor_names (PlSession  *session,
               PlProposal *proposal,
               gboolean    cosponsors,
               const char *language)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  JsonNode *sponsors = pl_proposal_get_sponsors (proposal);
  JsonArray *array;

  if (sponsors == NULL || !JSON_NODE_HOLDS_ARRAY (sponsors))
    return names;
  array = json_node_get_array (sponsors);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *sponsor;
      const char *behalf;
      const char *name;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      sponsor = json_node_get_object (element);
      if (member_string (sponsor, "withdrawn") != NULL)
        continue;
      if ((g_strcmp0 (member_string (sponsor, "role"), "cosponsor") == 0) != cosponsors)
        continue;

      name = pl_report_delegation_name (session, member_string (sponsor, "delegation"));
      behalf = member_string (sponsor, "on_behalf_of");
      if (!pl_report_is_blank (behalf) && g_strcmp0 (behalf, member_string (sponsor, "delegation")) != 0)
        {
          g_autofree char *group = pl_proposals_report_behalf_text (session, behalf, language);

          g_ptr_array_add (names, pl_report_fill (T (PL_DOC_N_("{state} on behalf of {group}")),
                                                  "state", name, "group", group, NULL));
        }
      else
        g_ptr_array_add (names, g_strdup (name));
    }
  if (cosponsors)
    g_ptr_array_sort (names, compare_english);
  return names;
}

/* Names run on with the list comma of the language ("، " in Arabic),
 * without "and", as UN reports print sponsors and votes. */
char *
pl_proposals_report_comma_list (const char *language,
            GPtrArray  *names)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, TC ("list", PL_DOC_NC_("list", ", ")));
      g_string_append (out, g_ptr_array_index (names, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_labelled_line (GPtrArray  *cell,
                   const char *label,
                   const char *text,
                   gboolean    first)
{
  if (!first)
    pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
  pl_doc_runs_add (cell, label, PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (cell, " ", 0);
  pl_doc_runs_add (cell, text, 0);
}

static void
add_sponsors_cell (PlDocRow   *row,
                   PlSession  *session,
                   PlProposal *proposal,
                   const char *language)
{
  GPtrArray *cell = pl_doc_row_add_cell (row);
  g_autoptr(GPtrArray) sponsors = sponsor_names (session, proposal, FALSE, language);
  g_autoptr(GPtrArray) cosponsors = sponsor_names (session, proposal, TRUE, language);

  if (sponsors->len > 0)
    {
      g_autofree char *text = pl_proposals_report_comma_list (language, sponsors);

      add_labelled_line (cell, sponsors->len == 1 ? T (PL_DOC_N_("Sponsor:")) : T (PL_DOC_N_("Sponsors:")),
                         text, TRUE);
    }
  if (cosponsors->len > 0)
    {
      g_autofree char *text = pl_proposals_report_comma_list (language, cosponsors);

      add_labelled_line (cell, cosponsors->len == 1 ? T (PL_DOC_N_("Co-sponsor:")) : T (PL_DOC_N_("Co-sponsors:")),
                         text, sponsors->len == 0);
    }
}

static void
add_title_cell (PlDocModel *model,
                PlDocRow   *row,
                PlSession  *session,
                PlProposal *proposal,
                const char *language)
{
  GPtrArray *cell = pl_doc_row_add_cell (row);
  const char *amends = pl_proposal_get_amends (proposal);
  const char *revises = pl_proposal_get_revises (proposal);

  /* The symbol heads the entry, whole on its line, as a list of
   * documents prints it. */
  pl_doc_runs_add (cell, pl_report_nonnull (pl_proposal_get_symbol (proposal)),
                   PL_DOC_RUN_BOLD | PL_DOC_RUN_NOBREAK);
  pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
  pl_doc_runs_add (cell, pl_report_nonnull (pl_report_text (model, session, PL_RECORD (proposal), "title")), 0);
  pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
  if (!pl_report_is_blank (amends))
    {
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("{kind} to {symbol}")),
                                              "kind", pl_proposals_report_kind_label (language, pl_proposal_get_kind (proposal)),
                                              "symbol", symbol_of (session, amends), NULL);

      pl_doc_runs_add (cell, text, PL_DOC_RUN_ITALIC);
    }
  else
    pl_doc_runs_add (cell, pl_proposals_report_kind_label (language, pl_proposal_get_kind (proposal)), PL_DOC_RUN_ITALIC);
  if (!pl_report_is_blank (revises))
    {
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("Revises {symbol}")),
                                              "symbol", symbol_of (session, revises), NULL);

      pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
      pl_doc_runs_add (cell, text, PL_DOC_RUN_ITALIC);
    }
}

static void
add_status_cell (PlDocRow   *row,
                 PlSession  *session,
                 PlProposal *proposal,
                 const char *language)
{
  GPtrArray *cell = pl_doc_row_add_cell (row);
  g_autofree char *action = action_sentence (session, proposal, language);

  pl_doc_runs_add (cell, status_label (language, pl_proposal_get_status (proposal)), PL_DOC_RUN_BOLD);

  if (action != NULL)
    {
      pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
      pl_doc_runs_add (cell, action, 0);
    }

  /* Rule 75: the Conference does not act before the statement. */
  if (pl_proposal_get_financial_implications (proposal) == PL_FINANCIAL_IMPLICATIONS_PENDING)
    {
      pl_doc_runs_add (cell, "\n", PL_DOC_RUN_LINE_BREAK);
      pl_doc_runs_add (cell, T (PL_DOC_N_("Statement of financial implications pending")), PL_DOC_RUN_ITALIC);
    }
}

/**
 * pl_proposals_report_build:
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the register of proposals
 */
PlDocModel *
pl_proposals_report_build (PlSession  *session,
                           const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) proposals = NULL;
  PlDocTable *table;
  static const double widths[] = { 0.30, 0.20, 0.24, 0.26 };

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  proposals = pl_proposals_list (session);

  pl_report_add_front (model, session, language, T (PL_DOC_N_("Register of proposals")));

  if (proposals->len == 0)
    {
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, T (PL_DOC_N_("No proposal has been submitted.")));
      return g_steal_pointer (&model);
    }

  {
    g_autofree char *n = g_strdup_printf ("%u", proposals->len);
    g_autofree char *text = pl_report_fill (proposals->len == 1 ? T (PL_DOC_N_("The register holds 1 proposal."))
                                                                : T (PL_DOC_N_("The register holds {n} proposals.")),
                                            "n", n, NULL);

    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, text);
  }

  table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
  table->keep_rows = TRUE;
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Symbol and title")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Agenda item")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Sponsors")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Status and action taken")), PL_DOC_RUN_ITALIC);

  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);
      g_autofree char *item = item_text (model, session, proposal, language);
      PlDocRow *row = pl_doc_table_add_row (table, FALSE);

      add_title_cell (model, row, session, proposal, language);
      pl_doc_runs_add (pl_doc_row_add_cell (row), item != NULL ? item : "", 0);
      add_sponsors_cell (row, session, proposal, language);
      add_status_cell (row, session, proposal, language);
    }

  return g_steal_pointer (&model);
}

/* The States of @vote's ballots that voted @ballot, in English
 * alphabetical order. */
GPtrArray *
pl_proposals_report_voters (PlSession  *session,
        PlVote     *vote,
        const char *ballot)
{
  GPtrArray *names = g_ptr_array_new ();
  JsonNode *ballots = pl_vote_get_ballots (vote);
  JsonObjectIter iter;
  const char *delegation;
  JsonNode *value;

  if (ballots == NULL || !JSON_NODE_HOLDS_OBJECT (ballots))
    return names;
  json_object_iter_init (&iter, json_node_get_object (ballots));
  while (json_object_iter_next (&iter, &delegation, &value))
    if (JSON_NODE_HOLDS_VALUE (value) && g_strcmp0 (json_node_get_string (value), ballot) == 0)
      g_ptr_array_add (names, (gpointer) pl_report_delegation_name (session, delegation));
  g_ptr_array_sort (names, compare_english);
  return names;
}

/* "In favour: Argentina, Austria, Brazil." — "None." for an empty list. */
static void
add_vote_list (PlDocModel *model,
               const char *language,
               const char *label,
               GPtrArray  *names)
{
  PlDocBlock *block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
  g_autofree char *list = pl_proposals_report_comma_list (language, names);

  block->indent = 1;
  pl_doc_runs_add (block->runs, label, PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (block->runs, " ", 0);
  if (names->len == 0)
    pl_doc_runs_add (block->runs, T (PL_DOC_N_("None.")), 0);
  else
    {
      pl_doc_runs_add (block->runs, list, 0);
      pl_doc_runs_add (block->runs, TC ("sentence end", PL_DOC_NC_("sentence end", ".")), 0);
    }
}

static void
add_adopted_text (PlDocModel *model,
                  PlSession  *session,
                  PlProposal *proposal,
                  const char *language)
{
  gboolean resolution = pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION;
  const char *number = pl_proposal_get_adopted_as (proposal);
  const char *title = pl_report_nonnull (pl_report_text (model, session, PL_RECORD (proposal), "title"));
  g_autofree char *heading = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *item = item_text (model, session, proposal, language);
  g_autofree char *action = action_sentence (session, proposal, language);
  PlVote *vote = pl_proposals_report_action_vote (session, proposal);

  if (pl_report_is_blank (number))
    heading = pl_report_fill (resolution ? T (PL_DOC_N_("Resolution (not numbered). {title}"))
                                         : T (PL_DOC_N_("Decision (not numbered). {title}")),
                              "title", title, NULL);
  else
    heading = pl_report_fill (resolution ? T (PL_DOC_N_("Resolution {number}. {title}"))
                                         : T (PL_DOC_N_("Decision {number}. {title}")),
                              "number", number, "title", title, NULL);
  pl_doc_model_add_heading (model, 2, NULL, heading);

  /* Where the text came from: "Draft resolution CTOC/COP/2020/L.3,
   * agenda item 2 (a): Firearms Protocol." */
  if (item != NULL)
    origin = pl_report_fill (T (PL_DOC_N_("{kind} {symbol}, agenda item {item}.")),
                             "kind", pl_proposals_report_kind_label (language, pl_proposal_get_kind (proposal)),
                             "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), "item", item, NULL);
  else
    origin = pl_report_fill (T (PL_DOC_N_("{kind} {symbol}.")),
                             "kind", pl_proposals_report_kind_label (language, pl_proposal_get_kind (proposal)),
                             "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), NULL);
  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, origin);

  if (action != NULL)
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, action);

  /* A recorded or roll-call vote names the States; a non-recorded vote
   * has only its counts. */
  if (vote != NULL && pl_vote_get_kind (vote) != PL_VOTE_KIND_NON_RECORDED && pl_proposals_report_has_ballots (vote))
    {
      g_autoptr(GPtrArray) yes = pl_proposals_report_voters (session, vote, "yes");
      g_autoptr(GPtrArray) no = pl_proposals_report_voters (session, vote, "no");
      g_autoptr(GPtrArray) abstain = pl_proposals_report_voters (session, vote, "abstain");

      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, T (PL_DOC_N_("The voting was as follows:")));
      add_vote_list (model, language, T (PL_DOC_N_("In favour:")), yes);
      add_vote_list (model, language, T (PL_DOC_N_("Against:")), no);
      add_vote_list (model, language, T (PL_DOC_N_("Abstaining:")), abstain);
    }
}

/**
 * pl_decisions_report_build:
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the resolutions and decisions adopted, each
 *   series in order of adoption
 */
PlDocModel *
pl_decisions_report_build (PlSession  *session,
                           const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GPtrArray) resolutions = g_ptr_array_new ();
  g_autoptr(GPtrArray) decisions = g_ptr_array_new ();
  static const char *letters[] = { "A.", "B." };
  guint section = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  proposals = pl_proposals_list (session);
  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);

      if (pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED)
        continue;
      if (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION)
        g_ptr_array_add (resolutions, proposal);
      else if (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_DECISION)
        g_ptr_array_add (decisions, proposal);
    }
  g_ptr_array_sort (resolutions, pl_proposals_compare_adoption);
  g_ptr_array_sort (decisions, pl_proposals_compare_adoption);

  pl_report_add_front (model, session, language, T (PL_DOC_N_("Resolutions and decisions adopted by the Conference")));

  if (resolutions->len == 0 && decisions->len == 0)
    {
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY,
                                  T (PL_DOC_N_("The Conference has not adopted any resolution or decision.")));
      return g_steal_pointer (&model);
    }

  /* Resolutions and decisions are numbered apart, each in its section. */
  if (resolutions->len > 0)
    pl_doc_model_add_heading (model, 1, letters[section++], T (PL_DOC_N_("Resolutions")));
  for (guint i = 0; i < resolutions->len; i++)
    add_adopted_text (model, session, g_ptr_array_index (resolutions, i), language);
  if (decisions->len > 0)
    pl_doc_model_add_heading (model, 1, letters[section++], T (PL_DOC_N_("Decisions")));
  for (guint i = 0; i < decisions->len; i++)
    add_adopted_text (model, session, g_ptr_array_index (decisions, i), language);

  return g_steal_pointer (&model);
}
