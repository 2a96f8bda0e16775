/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-check-bureau.h"
#include "pl-draft-report.h"
#include "pl-export-l10n.h"
#include "pl-meetings.h"
#include "pl-proposals.h"
#include "pl-proposals-report.h"
#include "pl-report-common.h"
#include "pl-report-override.h"
#include "pl-report-overrides.h"

/*
 * The draft report of the session, in the shape RULES.md ("Meetings,
 * decisions and the record") gives a UN report:
 *
 *   I.   Resolutions and decisions adopted by the Conference (from the
 *        register of proposals, numbered in order of adoption);
 *   II.  Organization of the session: A. Opening (who opened it, when),
 *        B. Election of officers (names, States, groups), C. Adoption of
 *        the agenda, D. Attendance (States parties, signatories, other
 *        States, organizations), E. The Bureau's report on credentials,
 *        then the other sub-items of the first item (the general
 *        discussion) with their proceedings;
 *   III… one chapter per agenda item between the first and the last, a
 *        section per sub-item, each with its proceedings;
 *   last the adoption of the report (the session's last item, seed
 *        item 9).
 *
 * The first agenda item is the organizational one and sub-items (a) to
 * (e) are, in this order, the opening, the election of officers, the
 * agenda, participation and credentials: the provisional agenda of every
 * session of the Conference has them so (seed, item 1). Their proceedings
 * (statements, documents, action) print under the matching section.
 *
 * The proceedings of an item: the meetings at which it was considered
 * (the held meetings that took it up, pl_meetings_for_item()), the
 * documents before the Conference (the item's issued documents), the
 * introductory statement (the statements by the secretariat: a speaker
 * with no delegation or a United Nations entity, before any other), the
 * statements by the representatives of States parties (and a regional
 * economic integration organization that is a party) in the order they
 * were made (pl_meetings_statements(), by `spoke_at`), each State once per
 * capacity, a group's statement "on behalf of the Group of …", then the
 * observers, and the action taken on each proposal of the item.
 *
 * Each paragraph has a stable key (the list is in pl-report-paragraph.h)
 * and the _ids of the records it rests on. The Rapporteur's override of a
 * paragraph (a `report_override` record, in the report's language) prints
 * instead of the generated text; when the generated text no longer matches
 * what the override was written against, the paragraph is stale and says
 * what moved. Nothing here writes: the app edits the overrides.
 */

#define T(msgid) pl_export_translate (b->language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (b->language, ctx, msgid)

/* The sub-items of the organizational item, in the order of the seed. */
enum {
  ORG_OPENING,
  ORG_OFFICERS,
  ORG_AGENDA,
  ORG_ATTENDANCE,
  ORG_CREDENTIALS,
  N_ORG
};

typedef struct
{
  PlSession  *session;
  const char *language;
  GPtrArray  *out;
  guint       n_chapters;
  guint       n_sections;
  char       *chapter;
  char       *section;
} Builder;

/* I, II, III… as UN reports number their chapters. */
static char *
roman (guint n)
{
  static const struct { guint value; const char *digits; } table[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
    { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    for (; n >= table[i].value; n -= table[i].value)
      g_string_append (out, table[i].digits);
  return g_string_free (out, FALSE);
}

static void
begin_chapter (Builder    *b,
               const char *title)
{
  g_autofree char *number = roman (++b->n_chapters);

  g_free (b->chapter);
  b->chapter = g_strconcat (number, ". ", title, NULL);
  g_clear_pointer (&b->section, g_free);
  b->n_sections = 0;
}

/* "A. Opening of the session": sections are lettered A, B… per chapter. */
static void
begin_section (Builder    *b,
               const char *title)
{
  char letter = (char) ('A' + MIN (b->n_sections, 25u));

  b->n_sections++;
  g_free (b->section);
  b->section = g_strdup_printf ("%c. %s", letter, title);
}

static void
add_source (GPtrArray  *sources,
            const char *id)
{
  if (pl_report_is_blank (id))
    return;
  if (!g_ptr_array_find_with_equal_func (sources, id, g_str_equal, NULL))
    g_ptr_array_add (sources, g_strdup (id));
}

/**
 * emit:
 * @stale_what: what the paragraph says, for its stale reason ("The list of
 *   speakers for 2 (a)")
 *
 * Appends the paragraph under the current chapter and section, with the
 * Rapporteur's override of @key when there is one in the report's
 * language.
 */
static void
emit (Builder    *b,
      const char *key,
      const char *generated,
      GPtrArray  *sources,
      const char *stale_what)
{
  PlReportOverride *override = pl_report_overrides_find (b->session, key);
  g_autofree char *reason = NULL;

  /* An override is the Rapporteur's text in one language: a report in
   * another language prints its own generated text. */
  if (override != NULL)
    {
      const char *language = pl_report_override_get_language (override);

      if (!pl_report_is_blank (language) && g_strcmp0 (language, b->language) != 0)
        override = NULL;
    }
  if (override != NULL && pl_report_override_is_stale (override, generated))
    reason = pl_report_fill (T (PL_DOC_N_("{what} changed since you edited this paragraph.")),
                             "what", stale_what, NULL);

  g_ptr_array_add (sources, NULL);
  g_ptr_array_add (b->out, pl_report_paragraph_new (key, b->chapter, b->section, generated,
                                                    (const char * const *) sources->pdata,
                                                    override, reason));
  g_ptr_array_remove_index (sources, sources->len - 1);
}

/* The whole item number, "2 (a)", with the sub-item letters of the
 * language, as the agenda prints them. */
static char *
item_number (Builder      *b,
             PlAgendaItem *item)
{
  g_auto(GStrv) parts = g_strsplit (pl_report_nonnull (pl_agenda_item_get_number (item)), " ", -1);

  for (guint depth = 1; parts[depth] != NULL; depth++)
    {
      char *label = pl_export_format_item_label (b->language, parts[depth], depth);

      g_free (parts[depth]);
      parts[depth] = label;
    }
  return g_strjoinv (" ", parts);
}

static const char *
item_title (PlAgendaItem *item)
{
  const char *title = pl_agenda_item_get_title (item);

  return pl_report_is_blank (title) ? pl_report_nonnull (pl_agenda_item_get_short_title (item)) : title;
}

static GPtrArray *
children_of (PlSession    *session,
             PlAgendaItem *parent)
{
  GListModel *model = pl_agenda_get_children (pl_session_get_agenda (session), parent);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  return items;
}

/* "the 2nd and 3rd meetings, on 12 and 13 October 2020" as one clause:
 * "At its {meetings}, on {dates}," — the ordinals and the dates of the
 * held @meetings. */
static char *
meetings_clause (Builder   *b,
                 GPtrArray *meetings)
{
  g_autoptr(GPtrArray) ordinals = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  g_autofree char *nth = NULL;
  g_autofree char *on = NULL;

  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      const char *date = pl_meeting_get_date (meeting);
      int number = pl_meetings_number (b->session, meeting);

      if (number > 0)
        g_ptr_array_add (ordinals, pl_report_ordinal (b->language, (guint) number));
      if (!pl_report_is_blank (date) && !g_ptr_array_find_with_equal_func (dates, date, g_str_equal, NULL))
        g_ptr_array_add (dates, (gpointer) date);
    }
  nth = pl_report_join (b->language, ordinals);
  on = pl_export_format_dates (b->language, dates);
  if (ordinals->len == 0)
    return pl_report_fill (T (PL_DOC_N_("On {dates}")), "dates", on, NULL);
  return pl_report_fill (ordinals->len == 1 ? T (PL_DOC_N_("At its {ordinal} meeting, on {dates}"))
                                            : T (PL_DOC_N_("At its {ordinals} meetings, on {dates}")),
                         "ordinal", nth, "ordinals", nth, "dates", on, NULL);
}

static char *
one_meeting_clause (Builder   *b,
                    PlMeeting *meeting)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();

  g_ptr_array_add (meetings, meeting);
  return meetings_clause (b, meetings);
}

/* The held plenary meeting numbered 1: the opening. */
static PlMeeting *
opening_meeting (PlSession *session)
{
  GListModel *all = pl_session_get_records (session, PL_TYPE_MEETING);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (all, i);

      if (pl_meeting_get_body (meeting) == PL_MEETING_BODY_PLENARY && pl_meetings_number (session, meeting) == 1)
        return meeting;
    }
  return NULL;
}

/* "Egypt (on behalf of the Group of African States)" */
static char *
speaker_name (Builder   *b,
              PlSpeaker *speaker)
{
  const char *name = pl_report_delegation_name (b->session, pl_speaker_get_delegation (speaker));
  const char *behalf = pl_speaker_get_on_behalf_of (speaker);
  g_autofree char *group = NULL;

  if (pl_report_is_blank (behalf) || g_strcmp0 (behalf, pl_speaker_get_delegation (speaker)) == 0)
    return g_strdup (name);
  group = pl_proposals_report_behalf_text (b->session, behalf, b->language);
  return pl_report_fill (T (PL_DOC_N_("{state} (on behalf of {group})")), "state", name, "group", group, NULL);
}

static PlDelegation *
speaker_delegation (Builder   *b,
                    PlSpeaker *speaker)
{
  PlRecord *record = pl_session_lookup (b->session, pl_speaker_get_delegation (speaker));

  return PL_IS_DELEGATION (record) ? PL_DELEGATION (record) : NULL;
}

/* The secretariat speaks without a delegation or as a United Nations
 * entity (rule 43). */
static gboolean
is_secretariat (PlDelegation *delegation)
{
  return delegation == NULL || pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_UN_ENTITY;
}

/* States parties (and a REIO that is a party) are represented; everyone
 * else attends as an observer (rules 14-17). */
static gboolean
is_representative (PlDelegation *delegation)
{
  PlDelegationCategory category;

  if (delegation == NULL)
    return FALSE;
  category = pl_delegation_get_category (delegation);
  return category == PL_DELEGATION_CATEGORY_STATE_PARTY || category == PL_DELEGATION_CATEGORY_REIO;
}

static void
add_item_statements (Builder      *b,
                     PlAgendaItem *item,
                     const char   *number)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GPtrArray) statements = pl_meetings_statements (b->session, item_id);
  g_autoptr(GPtrArray) intro = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) state_sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) observers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) observer_sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;
  gboolean leading = TRUE;

  for (guint i = 0; i < statements->len; i++)
    {
      PlSpeaker *speaker = g_ptr_array_index (statements, i);
      PlDelegation *delegation = speaker_delegation (b, speaker);
      g_autofree char *name = NULL;

      /* The introductory statement: the secretariat's, before anyone. */
      if (leading && is_secretariat (delegation))
        {
          add_source (intro, pl_record_get_id (PL_RECORD (speaker)));
          continue;
        }
      leading = FALSE;

      name = speaker_name (b, speaker);
      if (is_representative (delegation))
        {
          add_source (state_sources, pl_record_get_id (PL_RECORD (speaker)));
          add_source (state_sources, pl_speaker_get_delegation (speaker));
          if (!g_ptr_array_find_with_equal_func (states, name, g_str_equal, NULL))
            g_ptr_array_add (states, g_steal_pointer (&name));
        }
      else
        {
          add_source (observer_sources, pl_record_get_id (PL_RECORD (speaker)));
          add_source (observer_sources, pl_speaker_get_delegation (speaker));
          if (!g_ptr_array_find_with_equal_func (observers, name, g_str_equal, NULL))
            g_ptr_array_add (observers, g_steal_pointer (&name));
        }
    }

  if (intro->len > 0)
    {
      g_free (key);
      key = g_strconcat ("item:", item_id, ":introduction", NULL);
      g_free (what);
      what = pl_report_fill (T (PL_DOC_N_("The introductory statement on {item}")), "item", number, NULL);
      emit (b, key, T (PL_DOC_N_("A representative of the Secretariat made an introductory statement.")), intro,
            what);
    }

  g_free (what);
  what = pl_report_fill (T (PL_DOC_N_("The list of speakers for {item}")), "item", number, NULL);
  if (states->len > 0)
    {
      g_autofree char *list = pl_report_join (b->language, states);
      g_autofree char *text = pl_report_fill (T (PL_DOC_N_("Statements were made by the representatives of {states}.")),
                                              "states", list, NULL);

      if (states->len == 1)
        {
          g_free (text);
          text = pl_report_fill (T (PL_DOC_N_("A statement was made by the representative of {state}.")),
                                 "state", list, NULL);
        }
      g_free (key);
      key = g_strconcat ("item:", item_id, ":statements", NULL);
      emit (b, key, text, state_sources, what);
    }
  if (observers->len > 0)
    {
      g_autofree char *list = pl_report_join (b->language, observers);
      g_autofree char *text = NULL;

      /* "The observer for … also made a statement" follows the States;
       * without them, "also" has nothing to follow. */
      if (states->len > 0)
        text = pl_report_fill (observers->len == 1 ? T (PL_DOC_N_("The observer for {names} also made a statement."))
                                                   : T (PL_DOC_N_("The observers for {names} also made statements.")),
                               "names", list, NULL);
      else
        text = pl_report_fill (observers->len == 1 ? T (PL_DOC_N_("A statement was made by the observer for {names}."))
                                                   : T (PL_DOC_N_("Statements were made by the observers for {names}.")),
                               "names", list, NULL);
      g_free (key);
      key = g_strconcat ("item:", item_id, ":observers", NULL);
      emit (b, key, text, observer_sources, what);
    }
}

static void
add_item_meetings (Builder      *b,
                   PlAgendaItem *item,
                   const char   *number)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GPtrArray) meetings = pl_meetings_for_item (b->session, item_id);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = g_strconcat ("item:", item_id, ":meetings", NULL);
  g_autofree char *what = pl_report_fill (T (PL_DOC_N_("The meetings at which {item} was considered")),
                                          "item", number, NULL);
  g_autofree char *text = NULL;

  add_source (sources, item_id);
  for (guint i = 0; i < meetings->len; i++)
    add_source (sources, pl_record_get_id (PL_RECORD (g_ptr_array_index (meetings, i))));

  if (meetings->len == 0)
    text = pl_report_fill (T (PL_DOC_N_("No meeting held so far has taken up agenda item {item}.")),
                           "item", number, NULL);
  else
    {
      g_autofree char *clause = meetings_clause (b, meetings);

      text = pl_report_fill (T (PL_DOC_N_("{when}, the Conference considered agenda item {item}.")),
                             "when", clause, "item", number, NULL);
    }
  emit (b, key, text, sources, what);
}

static void
add_item_documents (Builder      *b,
                    PlAgendaItem *item,
                    const char   *number)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_auto(GStrv) ids = pl_agenda_item_dup_document_ids (item);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autofree char *key = NULL;
  g_autofree char *what = NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      PlRecord *record = pl_session_lookup (b->session, ids[i]);

      /* Before the Conference: what has been issued. */
      if (PL_IS_DOCUMENT (record) && pl_document_get_status (PL_DOCUMENT (record)) == PL_DOCUMENT_STATUS_ISSUED)
        g_ptr_array_add (documents, record);
    }
  if (documents->len == 0)
    return;

  g_string_append (text, documents->len == 1 ? T (PL_DOC_N_("The Conference had before it the following document:"))
                                             : T (PL_DOC_N_("The Conference had before it the following documents:")));
  for (guint i = 0; i < documents->len; i++)
    {
      PlDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *letter = g_strdup_printf ("(%c)", 'a' + (char) MIN (i, 25u));
      g_autofree char *label = pl_export_format_item_label (b->language, letter, 1);
      g_autofree char *line = pl_report_fill (i + 1 < documents->len ? T (PL_DOC_N_("{label} {title} ({symbol});"))
                                                                     : T (PL_DOC_N_("{label} {title} ({symbol}).")),
                                              "label", label,
                                              "title", pl_report_nonnull (pl_document_get_title (document)),
                                              "symbol", pl_report_nonnull (pl_document_get_symbol (document)), NULL);

      g_string_append_c (text, '\n');
      g_string_append (text, documents->len == 1 ? line + strlen (label) + 1 : line);
      add_source (sources, pl_record_get_id (PL_RECORD (document)));
    }
  add_source (sources, item_id);

  key = g_strconcat ("item:", item_id, ":documents", NULL);
  what = pl_report_fill (T (PL_DOC_N_("The documents before {item}")), "item", number, NULL);
  emit (b, key, text->str, sources, what);
}

static const char *
outcome_verb (Builder          *b,
              PlProposalStatus  status)
{
  switch (status)
    {
    case PL_PROPOSAL_STATUS_ADOPTED:
      return TC ("report action", PL_DOC_NC_("report action", "adopted"));
    case PL_PROPOSAL_STATUS_REJECTED:
      return TC ("report action", PL_DOC_NC_("report action", "rejected"));
    case PL_PROPOSAL_STATUS_APPROVED:
      return TC ("report action", PL_DOC_NC_("report action", "approved"));
    default:
      return TC ("report action", PL_DOC_NC_("report action", "took up"));
    }
}

static const char *
action_member (PlProposal *proposal,
               const char *name)
{
  JsonNode *action = pl_proposal_get_action (proposal);
  JsonNode *node;

  if (action == NULL || !JSON_NODE_HOLDS_OBJECT (action))
    return NULL;
  node = json_object_get_member (json_node_get_object (action), name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* "resolution 10/1" or NULL when the text has no number. */
static char *
adopted_as (Builder    *b,
            PlProposal *proposal)
{
  const char *number = pl_proposal_get_adopted_as (proposal);

  if (pl_report_is_blank (number) || pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED)
    return NULL;
  return pl_report_fill (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION
                         ? T (PL_DOC_N_("resolution {number}")) : T (PL_DOC_N_("decision {number}")),
                         "number", number, NULL);
}

static void
append_vote_list (Builder    *b,
                  GString    *text,
                  const char *label,
                  GPtrArray  *names)
{
  g_autofree char *list = pl_proposals_report_comma_list (b->language, names);

  g_string_append_c (text, '\n');
  g_string_append (text, label);
  g_string_append_c (text, ' ');
  if (names->len == 0)
    g_string_append (text, T (PL_DOC_N_("None.")));
  else
    {
      g_string_append (text, list);
      g_string_append (text, TC ("sentence end", PL_DOC_NC_("sentence end", ".")));
    }
}

/**
 * action_text:
 *
 * Returns: "At its 5th meeting, on 14 October 2020, the Conference adopted
 *   draft resolution CTOC/COP/2020/L.3, entitled “…”, by a recorded vote
 *   of 80 to 3, with 5 abstentions (resolution 10/1)." and, for a recorded
 *   or roll-call vote, the States in favour, against and abstaining
 */
static char *
action_text (Builder    *b,
             PlProposal *proposal,
             GPtrArray  *sources)
{
  PlRecord *meeting = pl_session_lookup (b->session, action_member (proposal, "meeting"));
  PlVote *vote = pl_proposals_report_action_vote (b->session, proposal);
  gboolean by_vote = g_strcmp0 (action_member (proposal, "method"), "vote") == 0;
  gboolean with_abstentions = FALSE;
  g_autofree char *when = NULL;
  g_autofree char *how = NULL;
  g_autofree char *number = adopted_as (b, proposal);
  g_autofree char *kind = g_utf8_strdown (pl_proposals_report_kind_label (b->language,
                                                                        pl_proposal_get_kind (proposal)), -1);
  g_autofree char *head = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  add_source (sources, pl_record_get_id (PL_RECORD (proposal)));
  if (PL_IS_MEETING (meeting))
    {
      add_source (sources, pl_record_get_id (meeting));
      if (pl_meetings_number (b->session, PL_MEETING (meeting)) > 0)
        when = one_meeting_clause (b, PL_MEETING (meeting));
      else if (!pl_report_is_blank (pl_meeting_get_date (PL_MEETING (meeting))))
        {
          g_autofree char *date = pl_export_format_date (b->language, pl_meeting_get_date (PL_MEETING (meeting)));

          when = pl_report_fill (T (PL_DOC_N_("On {dates}")), "dates", date, NULL);
        }
    }

  if (vote != NULL)
    {
      add_source (sources, pl_record_get_id (PL_RECORD (vote)));
      how = pl_proposals_report_vote_phrase (b->session, vote, b->language, &with_abstentions);
    }
  else
    how = g_strdup (by_vote ? T (PL_DOC_N_("by a vote")) : T (PL_DOC_N_("without a vote")));

  head = pl_report_fill (T (PL_DOC_N_("the Conference {outcome} {kind} {symbol}, entitled “{title}”, {how}")),
                         "outcome", outcome_verb (b, pl_proposal_get_status (proposal)),
                         "kind", kind, "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)),
                         "title", pl_report_nonnull (pl_proposal_get_title (proposal)), "how", how, NULL);
  if (when != NULL)
    {
      g_autofree char *sentence = pl_report_fill (T (PL_DOC_N_("{when}, {action}")), "when", when, "action", head, NULL);

      g_string_append (text, sentence);
    }
  else
    {
      g_autofree char *sentence = pl_report_fill (T (PL_DOC_N_("{action}")), "action", head, NULL);
      gunichar first = g_utf8_get_char (sentence);
      char upper[8] = { 0 };

      /* The sentence begins with "The Conference". */
      g_unichar_to_utf8 (g_unichar_toupper (first), upper);
      g_string_append (text, upper);
      g_string_append (text, g_utf8_next_char (sentence));
    }
  if (number != NULL)
    {
      g_autofree char *see = pl_report_fill (T (PL_DOC_N_(" (for the text, see chapter I, {number})")),
                                             "number", number, NULL);

      g_string_append (text, see);
    }
  g_string_append (text, TC ("sentence end", PL_DOC_NC_("sentence end", ".")));

  if (vote != NULL && pl_vote_get_kind (vote) != PL_VOTE_KIND_NON_RECORDED && pl_proposals_report_has_ballots (vote))
    {
      g_autoptr(GPtrArray) yes = pl_proposals_report_voters (b->session, vote, "yes");
      g_autoptr(GPtrArray) no = pl_proposals_report_voters (b->session, vote, "no");
      g_autoptr(GPtrArray) abstain = pl_proposals_report_voters (b->session, vote, "abstain");

      g_string_append_c (text, '\n');
      g_string_append (text, T (PL_DOC_N_("The voting was as follows:")));
      append_vote_list (b, text, T (PL_DOC_N_("In favour:")), yes);
      append_vote_list (b, text, T (PL_DOC_N_("Against:")), no);
      append_vote_list (b, text, T (PL_DOC_N_("Abstaining:")), abstain);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The proposals of @item_id on which action was taken, in the register's
 * order. */
static GPtrArray *
acted_on (PlSession  *session,
          const char *item_id)
{
  g_autoptr(GPtrArray) all = pl_proposals_list (session);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (all, i);

      if (action_member (proposal, "method") == NULL && action_member (proposal, "meeting") == NULL)
        continue;
      if (g_strcmp0 (pl_proposals_item_of (session, proposal), item_id) == 0)
        g_ptr_array_add (out, g_object_ref (proposal));
    }
  return out;
}

static void
add_item_actions (Builder      *b,
                  PlAgendaItem *item)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GPtrArray) proposals = acted_on (b->session, item_id);

  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *text = action_text (b, proposal, sources);
      g_autofree char *key = g_strconcat ("item:", item_id, ":action:", pl_record_get_id (PL_RECORD (proposal)), NULL);
      g_autofree char *what = pl_report_fill (T (PL_DOC_N_("The action taken on {symbol}")),
                                              "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), NULL);

      emit (b, key, text, sources, what);
    }
}

/* The proceedings of one item: meetings (unless @with_meetings is FALSE:
 * the organizational sections say when), documents, statements, action. */
static void
add_proceedings (Builder      *b,
                 PlAgendaItem *item,
                 gboolean      with_meetings)
{
  g_autofree char *number = item_number (b, item);

  if (with_meetings)
    add_item_meetings (b, item, number);
  add_item_documents (b, item, number);
  add_item_statements (b, item, number);
  add_item_actions (b, item);
}

/* Chapter I: the texts adopted, resolutions then decisions, each series
 * in order of adoption (pl-proposals-report.c sorts the same way). */
static guint
serial_number (PlProposal *proposal)
{
  int order = 0;

  if (!pl_proposals_number_parse (pl_proposal_get_adopted_as (proposal), NULL, &order) || order <= 0)
    return G_MAXUINT;
  return (guint) order;
}

static int
compare_adoption (gconstpointer a,
                  gconstpointer b)
{
  PlProposal *x = *(PlProposal **) a, *y = *(PlProposal **) b;
  guint nx = serial_number (x), ny = serial_number (y);

  if (nx != ny)
    return nx < ny ? -1 : 1;
  return g_strcmp0 (pl_proposal_get_symbol (x), pl_proposal_get_symbol (y));
}

static void
add_adopted (Builder    *b,
             GPtrArray  *texts,
             gboolean    resolutions)
{
  for (guint i = 0; i < texts->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (texts, i);
      const char *number = pl_proposal_get_adopted_as (proposal);
      const char *title = pl_report_nonnull (pl_proposal_get_title (proposal));
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *key = g_strconcat ("decisions:", pl_record_get_id (PL_RECORD (proposal)), NULL);
      g_autofree char *heading = NULL;
      g_autofree char *origin = NULL;
      g_autofree char *text = NULL;

      if (pl_report_is_blank (number))
        heading = pl_report_fill (resolutions ? T (PL_DOC_N_("Resolution (not numbered). {title}"))
                                              : T (PL_DOC_N_("Decision (not numbered). {title}")),
                                  "title", title, NULL);
      else
        heading = pl_report_fill (resolutions ? T (PL_DOC_N_("Resolution {number}. {title}"))
                                              : T (PL_DOC_N_("Decision {number}. {title}")),
                                  "number", number, "title", title, NULL);
      {
        g_autofree char *kind = g_utf8_strdown (pl_proposals_report_kind_label (b->language,
                                                                              pl_proposal_get_kind (proposal)), -1);

        origin = pl_report_fill (T (PL_DOC_N_("(Adopted on the basis of {kind} {symbol}.)")),
                                 "kind", kind, "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), NULL);
      }
      text = g_strconcat (heading, "\n", origin, NULL);
      add_source (sources, pl_record_get_id (PL_RECORD (proposal)));
      emit (b, key, text, sources, T (PL_DOC_N_("The texts adopted")));
    }
}

static void
add_decisions (Builder *b)
{
  g_autoptr(GPtrArray) proposals = pl_proposals_list (b->session);
  g_autoptr(GPtrArray) resolutions = g_ptr_array_new ();
  g_autoptr(GPtrArray) decisions = g_ptr_array_new ();

  begin_chapter (b, T (PL_DOC_N_("Resolutions and decisions adopted by the Conference")));
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
  g_ptr_array_sort (resolutions, compare_adoption);
  g_ptr_array_sort (decisions, compare_adoption);

  if (resolutions->len == 0 && decisions->len == 0)
    {
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

      emit (b, "decisions:none", T (PL_DOC_N_("No resolution or decision adopted by the Conference has been recorded.")),
            sources, T (PL_DOC_N_("The texts adopted")));
      return;
    }
  if (resolutions->len > 0)
    {
      begin_section (b, T (PL_DOC_N_("Resolutions")));
      add_adopted (b, resolutions, TRUE);
    }
  if (decisions->len > 0)
    {
      begin_section (b, T (PL_DOC_N_("Decisions")));
      add_adopted (b, decisions, FALSE);
    }
}

/* "Ms. A (Egypt), President of the Conference" or the name as typed. */
static char *
presiding_text (Builder    *b,
                const char *presiding,
                GPtrArray  *sources)
{
  PlRecord *record = pl_session_lookup (b->session, presiding);
  PlOfficer *officer;
  const char *state;
  const char *office;

  if (!PL_IS_OFFICER (record))
    return g_strdup (presiding);
  officer = PL_OFFICER (record);
  add_source (sources, presiding);
  state = pl_report_delegation_name (b->session, pl_officer_get_delegation (officer));
  switch (pl_officer_get_office (officer))
    {
    case PL_OFFICE_PRESIDENT:
      office = T (PL_DOC_N_("President of the Conference"));
      break;
    case PL_OFFICE_RAPPORTEUR:
      office = T (PL_DOC_N_("Rapporteur"));
      break;
    case PL_OFFICE_VICE_PRESIDENT:
    default:
      office = T (PL_DOC_N_("Vice-President of the Conference"));
      break;
    }
  if (pl_report_is_blank (pl_officer_get_person (officer)))
    return pl_report_fill (T (PL_DOC_N_("the {office}")), "office", office, NULL);
  return pl_report_fill (T (PL_DOC_N_("{person} ({state}), {office}")),
                         "person", pl_officer_get_person (officer), "state", state, "office", office, NULL);
}

static void
add_opening (Builder *b)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  PlMeeting *meeting = opening_meeting (b->session);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dates = pl_export_format_date_span (b->language, pl_session_settings_get_start_date (settings),
                                                        pl_session_settings_get_end_date (settings));
  g_autofree char *session_title = g_utf8_strdown (pl_report_nonnull (pl_session_settings_get_title (settings)), -1);
  g_autofree char *held = pl_report_fill (T (PL_DOC_N_("The Conference held its {session} in {venue} from {dates}.")),
                                          "session", session_title,
                                          "venue", pl_report_nonnull (pl_session_settings_get_venue (settings)),
                                          "dates", dates, NULL);
  g_autoptr(GString) text = g_string_new (held);

  add_source (sources, pl_record_get_id (PL_RECORD (settings)));
  if (meeting != NULL)
    {
      g_autofree char *when = one_meeting_clause (b, meeting);
      const char *presiding = pl_meeting_get_presiding (meeting);
      g_autofree char *opened = NULL;

      add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      if (!pl_report_is_blank (presiding))
        {
          g_autofree char *by = presiding_text (b, presiding, sources);

          opened = pl_report_fill (T (PL_DOC_N_("{when}, the session was opened by {presiding}.")),
                                   "when", when, "presiding", by, NULL);
        }
      else
        opened = pl_report_fill (T (PL_DOC_N_("{when}, the session was opened.")), "when", when, NULL);
      g_string_append_c (text, ' ');
      g_string_append (text, opened);
    }
  else
    {
      g_string_append_c (text, ' ');
      g_string_append (text, T (PL_DOC_N_("No meeting of the session has been recorded as held.")));
    }
  emit (b, "org:opening", text->str, sources, T (PL_DOC_N_("The record of the opening meeting")));
}

static int
officer_order (PlOfficer *officer)
{
  const char *seat = pl_officer_get_seat (officer);
  const char *dash = seat != NULL ? strrchr (seat, '-') : NULL;
  int n = dash != NULL ? atoi (dash + 1) : 0;

  switch (pl_officer_get_office (officer))
    {
    case PL_OFFICE_PRESIDENT:
      return 0;
    case PL_OFFICE_VICE_PRESIDENT:
      return 1 + n;
    case PL_OFFICE_RAPPORTEUR:
    default:
      return 1000;
    }
}

static int
compare_officers (gconstpointer a,
                  gconstpointer b)
{
  PlOfficer *x = *(PlOfficer **) a, *y = *(PlOfficer **) b;
  int ox = officer_order (x), oy = officer_order (y);

  if (ox != oy)
    return ox < oy ? -1 : 1;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (x)), pl_record_get_id (PL_RECORD (y)));
}

/* The first held meeting that took up @item, or NULL. */
static PlMeeting *
first_meeting_for (PlSession    *session,
                   PlAgendaItem *item)
{
  g_autoptr(GPtrArray) meetings = NULL;

  if (item == NULL)
    return NULL;
  meetings = pl_meetings_for_item (session, pl_record_get_id (PL_RECORD (item)));
  return meetings->len > 0 ? g_ptr_array_index (meetings, 0) : NULL;
}

static void
add_officers (Builder      *b,
              PlAgendaItem *item)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_OFFICER);
  g_autoptr(GPtrArray) elected = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  PlMeeting *meeting = first_meeting_for (b->session, item);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlOfficer) officer = g_list_model_get_item (all, i);

      if (pl_officer_get_status (officer) == PL_OFFICER_STATUS_ELECTED)
        g_ptr_array_add (elected, g_steal_pointer (&officer));
    }
  g_ptr_array_sort (elected, compare_officers);

  if (elected->len == 0)
    {
      emit (b, "org:officers", T (PL_DOC_N_("No election of officers has been recorded.")), sources,
            T (PL_DOC_N_("The election of officers")));
      return;
    }

  if (meeting != NULL)
    {
      g_autofree char *when = one_meeting_clause (b, meeting);
      g_autofree char *head = pl_report_fill (T (PL_DOC_N_("{when}, the Conference elected the following officers:")),
                                              "when", when, NULL);

      add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      g_string_append (text, head);
    }
  else
    g_string_append (text, T (PL_DOC_N_("The following officers were elected:")));

  for (guint i = 0; i < elected->len; i++)
    {
      PlOfficer *officer = g_ptr_array_index (elected, i);
      const char *office;
      const char *group = pl_bureau_group_name (settings, pl_officer_get_regional_group (officer));
      g_autofree char *line = NULL;

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
      line = pl_report_fill (pl_report_is_blank (group) ? T (PL_DOC_N_("{office} {person} ({state})"))
                                                        : T (PL_DOC_N_("{office} {person} ({state}), Group of {group}")),
                             "office", office, "person", pl_report_nonnull (pl_officer_get_person (officer)),
                             "state", pl_report_delegation_name (b->session, pl_officer_get_delegation (officer)),
                             "group", group, NULL);
      g_string_append_c (text, '\n');
      g_string_append (text, line);
      add_source (sources, pl_record_get_id (PL_RECORD (officer)));
    }
  emit (b, "org:officers", text->str, sources, T (PL_DOC_N_("The election of officers")));
}

static void
add_agenda (Builder      *b,
            PlAgendaItem *item)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (b->session));
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  PlMeeting *meeting = first_meeting_for (b->session, item);
  const char *symbol = pl_session_settings_get_symbol (settings);

  if (meeting != NULL)
    {
      g_autofree char *when = one_meeting_clause (b, meeting);
      g_autofree char *head = pl_report_fill (pl_report_is_blank (symbol)
                                              ? T (PL_DOC_N_("{when}, the Conference adopted the following agenda:"))
                                              : T (PL_DOC_N_("{when}, the Conference adopted the following agenda, as contained in the provisional agenda ({symbol}):")),
                                              "when", when, "symbol", symbol, NULL);

      add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      g_string_append (text, head);
    }
  else
    {
      g_autofree char *head = pl_report_fill (pl_report_is_blank (symbol)
                                              ? T (PL_DOC_N_("The provisional agenda of the session reads:"))
                                              : T (PL_DOC_N_("The provisional agenda of the session ({symbol}) reads:")),
                                              "symbol", symbol, NULL);

      g_string_append (text, head);
    }

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *entry = g_ptr_array_index (items, i);
      g_autofree char *number = item_number (b, entry);
      const char *label = strrchr (number, ' ') != NULL ? strrchr (number, ' ') + 1 : number;

      g_string_append_c (text, '\n');
      if (pl_agenda_item_get_depth (entry) == 0)
        g_string_append_printf (text, "%s. %s", label, item_title (entry));
      else
        g_string_append_printf (text, "%s %s", label, item_title (entry));
      add_source (sources, pl_record_get_id (PL_RECORD (entry)));
    }
  emit (b, "org:agenda", text->str, sources, T (PL_DOC_N_("The agenda")));
}

/* Whether @delegation attended: marked present, or recorded present at a
 * held meeting. */
static gboolean
attended (PlSession    *session,
          PlDelegation *delegation)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  const char *id = pl_record_get_id (PL_RECORD (delegation));

  if (pl_delegation_get_present (delegation))
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      JsonNode *present = pl_meeting_get_present (meeting);

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD || present == NULL ||
          !JSON_NODE_HOLDS_ARRAY (present))
        continue;
      for (guint k = 0; k < json_array_get_length (json_node_get_array (present)); k++)
        if (g_strcmp0 (json_array_get_string_element (json_node_get_array (present), k), id) == 0)
          return TRUE;
    }
  return FALSE;
}

static void
add_attendance (Builder *b)
{
  static const struct {
    const char *key;
    PlDelegationCategory categories[3];
    guint n;
    const char *one;
    const char *many;
  } groups[] = {
    { "org:attendance", { PL_DELEGATION_CATEGORY_STATE_PARTY, PL_DELEGATION_CATEGORY_REIO }, 2,
      PL_DOC_N_("The following State party to the Convention was represented at the session: {names}."),
      PL_DOC_N_("The following States parties to the Convention were represented at the session: {names}.") },
    { "org:attendance:signatories", { PL_DELEGATION_CATEGORY_SIGNATORY }, 1,
      PL_DOC_N_("The following signatory to the Convention was represented by an observer: {names}."),
      PL_DOC_N_("The following signatories to the Convention were represented by observers: {names}.") },
    { "org:attendance:states", { PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE }, 1,
      PL_DOC_N_("The following State not party to the Convention was represented by an observer: {names}."),
      PL_DOC_N_("The following States not parties to the Convention were represented by observers: {names}.") },
    { "org:attendance:united-nations", { PL_DELEGATION_CATEGORY_UN_ENTITY }, 1,
      PL_DOC_N_("The following United Nations entity was represented by an observer: {names}."),
      PL_DOC_N_("The following United Nations entities were represented by observers: {names}.") },
    { "org:attendance:intergovernmental", { PL_DELEGATION_CATEGORY_IGO }, 1,
      PL_DOC_N_("The following intergovernmental organization was represented by an observer: {names}."),
      PL_DOC_N_("The following intergovernmental organizations were represented by observers: {names}.") },
    { "org:attendance:non-governmental", { PL_DELEGATION_CATEGORY_NGO_ECOSOC, PL_DELEGATION_CATEGORY_NGO_OTHER }, 2,
      PL_DOC_N_("The following non-governmental organization was represented by an observer: {names}."),
      PL_DOC_N_("The following non-governmental organizations were represented by observers: {names}.") },
  };
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_DELEGATION);
  gboolean any = FALSE;

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(PlDelegation) delegation = g_list_model_get_item (all, i);
          gboolean in_group = FALSE;

          for (guint c = 0; c < groups[g].n; c++)
            in_group |= pl_delegation_get_category (delegation) == groups[g].categories[c];
          if (in_group && attended (b->session, delegation))
            g_ptr_array_add (present, g_steal_pointer (&delegation));
        }
      if (present->len == 0)
        continue;
      any = TRUE;
      pl_report_sort_by_name (present);
      for (guint i = 0; i < present->len; i++)
        {
          PlDelegation *delegation = g_ptr_array_index (present, i);

          g_ptr_array_add (names, (gpointer) pl_report_delegation_name (b->session,
                                                                        pl_record_get_id (PL_RECORD (delegation))));
          add_source (sources, pl_record_get_id (PL_RECORD (delegation)));
        }
      list = pl_report_join (b->language, names);
      text = pl_report_fill (present->len == 1 ? T (groups[g].one) : T (groups[g].many), "names", list, NULL);
      emit (b, groups[g].key, text, sources, T (PL_DOC_N_("The attendance")));
    }

  if (!any)
    {
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

      emit (b, "org:attendance", T (PL_DOC_N_("No delegation has been recorded as present.")), sources,
            T (PL_DOC_N_("The attendance")));
    }
}

static void
add_credentials (Builder      *b,
                 PlAgendaItem *item)
{
  GListModel *all = pl_session_get_records (b->session, PL_TYPE_CREDENTIALS);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  guint formal = 0, other = 0;
  g_autofree char *n_formal = NULL, *n_other = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlCredentials) credentials = g_list_model_get_item (all, i);
      PlRecord *delegation = pl_session_lookup (b->session, pl_credentials_get_delegation (credentials));

      if (!PL_IS_DELEGATION (delegation) || !is_representative (PL_DELEGATION (delegation)) ||
          pl_credentials_get_form (credentials) == PL_CREDENTIALS_FORM_NONE)
        continue;
      /* Rule 18: credentials issued by the Head of State or Government or
       * the Minister for Foreign Affairs, in the original. */
      if (pl_credentials_get_form (credentials) == PL_CREDENTIALS_FORM_ORIGINAL)
        formal++;
      else
        other++;
      add_source (sources, pl_record_get_id (PL_RECORD (credentials)));
    }
  n_formal = g_strdup_printf ("%u", formal);
  n_other = g_strdup_printf ("%u", other);
  {
    g_autofree char *examined = pl_report_fill (T (PL_DOC_N_("The Bureau examined the credentials of the representatives of the States parties attending the session: formal credentials had been received from {formal} States parties, and copies or other communications from {other} States parties.")),
                                                "formal", n_formal, "other", n_other, NULL);

    g_string_append (text, examined);
  }

  /* The Conference adopts the Bureau's report by a decision on the
   * credentials item (seed, item 1 (e)); its action prints below. */
  if (item != NULL)
    {
      g_autoptr(GPtrArray) proposals = acted_on (b->session, pl_record_get_id (PL_RECORD (item)));
      PlProposal *adopted = NULL;

      for (guint i = 0; i < proposals->len && adopted == NULL; i++)
        if (pl_proposal_get_status (g_ptr_array_index (proposals, i)) == PL_PROPOSAL_STATUS_ADOPTED)
          adopted = g_ptr_array_index (proposals, i);
      g_string_append_c (text, ' ');
      if (adopted != NULL)
        {
          PlRecord *meeting = pl_session_lookup (b->session, action_member (adopted, "meeting"));
          g_autofree char *sentence = NULL;

          add_source (sources, pl_record_get_id (PL_RECORD (adopted)));
          if (PL_IS_MEETING (meeting) && pl_meetings_number (b->session, PL_MEETING (meeting)) > 0)
            {
              g_autofree char *when = one_meeting_clause (b, PL_MEETING (meeting));

              sentence = pl_report_fill (T (PL_DOC_N_("{when}, the Conference adopted the report of the Bureau on credentials ({symbol}).")),
                                         "when", when, "symbol", pl_report_nonnull (pl_proposal_get_symbol (adopted)), NULL);
            }
          else
            sentence = pl_report_fill (T (PL_DOC_N_("The Conference adopted the report of the Bureau on credentials ({symbol}).")),
                                       "symbol", pl_report_nonnull (pl_proposal_get_symbol (adopted)), NULL);
          g_string_append (text, sentence);
        }
      else
        g_string_append (text, T (PL_DOC_N_("The Conference has not yet acted on the report of the Bureau on credentials.")));
    }
  emit (b, "org:credentials", text->str, sources, T (PL_DOC_N_("The credentials and the action on the Bureau's report")));
}

static void
add_organization (Builder      *b,
                  PlAgendaItem *first)
{
  g_autoptr(GPtrArray) subs = first != NULL ? children_of (b->session, first) : g_ptr_array_new ();
  PlAgendaItem *org[N_ORG] = { NULL };

  for (guint i = 0; i < N_ORG && i < subs->len; i++)
    org[i] = g_ptr_array_index (subs, i);

  begin_chapter (b, T (PL_DOC_N_("Organization of the session")));

  begin_section (b, T (PL_DOC_N_("Opening of the session")));
  add_opening (b);
  if (org[ORG_OPENING] != NULL)
    add_proceedings (b, org[ORG_OPENING], FALSE);

  begin_section (b, T (PL_DOC_N_("Election of officers")));
  add_officers (b, org[ORG_OFFICERS]);
  if (org[ORG_OFFICERS] != NULL)
    add_proceedings (b, org[ORG_OFFICERS], FALSE);

  begin_section (b, T (PL_DOC_N_("Adoption of the agenda and organization of work")));
  add_agenda (b, org[ORG_AGENDA]);
  if (org[ORG_AGENDA] != NULL)
    add_proceedings (b, org[ORG_AGENDA], FALSE);

  begin_section (b, T (PL_DOC_N_("Attendance")));
  add_attendance (b);
  if (org[ORG_ATTENDANCE] != NULL)
    add_proceedings (b, org[ORG_ATTENDANCE], FALSE);

  begin_section (b, T (PL_DOC_N_("Credentials")));
  add_credentials (b, org[ORG_CREDENTIALS]);
  if (org[ORG_CREDENTIALS] != NULL)
    add_proceedings (b, org[ORG_CREDENTIALS], FALSE);

  /* The first item's own proceedings, then the other sub-items (the
   * general discussion) as sections of their own. */
  for (guint i = N_ORG; i < subs->len; i++)
    {
      PlAgendaItem *sub = g_ptr_array_index (subs, i);

      begin_section (b, item_title (sub));
      add_proceedings (b, sub, TRUE);
    }
}

static void
add_item_chapter (Builder      *b,
                  PlAgendaItem *item)
{
  g_autoptr(GPtrArray) subs = children_of (b->session, item);
  g_autoptr(GPtrArray) meetings = pl_meetings_for_item (b->session, pl_record_get_id (PL_RECORD (item)));

  /* An item with sub-items is considered through them: its own meetings
   * paragraph only when a meeting took up the item itself. */
  begin_chapter (b, item_title (item));
  add_proceedings (b, item, subs->len == 0 || meetings->len > 0);
  for (guint i = 0; i < subs->len; i++)
    {
      PlAgendaItem *sub = g_ptr_array_index (subs, i);

      begin_section (b, item_title (sub));
      add_proceedings (b, sub, TRUE);
    }
}

static void
add_adoption (Builder      *b,
              PlAgendaItem *last)
{
  PlSessionSettings *settings = pl_session_get_settings (b->session);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *session_title = g_utf8_strdown (pl_report_nonnull (pl_session_settings_get_title (settings)), -1);
  PlMeeting *meeting = first_meeting_for (b->session, last);
  g_autofree char *text = NULL;

  begin_chapter (b, T (PL_DOC_N_("Adoption of the report")));
  if (last != NULL)
    add_source (sources, pl_record_get_id (PL_RECORD (last)));
  if (meeting != NULL)
    {
      g_autofree char *when = one_meeting_clause (b, meeting);

      add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      text = pl_report_fill (T (PL_DOC_N_("{when}, the Conference adopted the report on its {session}.")),
                             "when", when, "session", session_title, NULL);
    }
  else if (last != NULL)
    {
      g_autofree char *number = item_number (b, last);

      text = pl_report_fill (T (PL_DOC_N_("The Conference is to adopt the report on its {session} under agenda item {item}.")),
                             "session", session_title, "item", number, NULL);
    }
  else
    text = pl_report_fill (T (PL_DOC_N_("The Conference is to adopt the report on its {session}.")),
                           "session", session_title, NULL);
  emit (b, "adoption", text, sources, T (PL_DOC_N_("The adoption of the report")));
  if (last != NULL)
    add_proceedings (b, last, FALSE);
}

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
  Builder b = { 0 };
  GListModel *top;
  guint n_top;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  b.session = session;
  b.language = pl_report_language (language);
  b.out = g_ptr_array_new_with_free_func (g_object_unref);

  top = pl_agenda_get_children (pl_session_get_agenda (session), NULL);
  n_top = top != NULL ? g_list_model_get_n_items (top) : 0;

  add_decisions (&b);
  {
    g_autoptr(PlAgendaItem) first = n_top > 0 ? g_list_model_get_item (top, 0) : NULL;

    add_organization (&b, first);
  }
  for (guint i = 1; i + 1 < n_top; i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (top, i);

      add_item_chapter (&b, item);
    }
  {
    g_autoptr(PlAgendaItem) last = n_top > 1 ? g_list_model_get_item (top, n_top - 1) : NULL;

    add_adoption (&b, last);
  }

  g_free (b.chapter);
  g_free (b.section);
  return b.out;
}

/* How the reader knows a record: a symbol, a State's name, a meeting's
 * date and time; the _id when nothing better. */
static char *
source_label (PlSession  *session,
              const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);

  if (PL_IS_DOCUMENT (record) && !pl_report_is_blank (pl_document_get_symbol (PL_DOCUMENT (record))))
    return g_strdup (pl_document_get_symbol (PL_DOCUMENT (record)));
  if (PL_IS_PROPOSAL (record) && !pl_report_is_blank (pl_proposal_get_symbol (PL_PROPOSAL (record))))
    return g_strdup (pl_proposal_get_symbol (PL_PROPOSAL (record)));
  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_report_delegation_name (session, id));
  if (PL_IS_SPEAKER (record))
    return g_strdup (pl_report_delegation_name (session, pl_speaker_get_delegation (PL_SPEAKER (record))));
  if (PL_IS_MEETING (record))
    return g_strdup_printf ("%s %s", pl_report_nonnull (pl_meeting_get_date (PL_MEETING (record))),
                            pl_report_nonnull (pl_meeting_get_start (PL_MEETING (record))));
  if (PL_IS_AGENDA_ITEM (record) && !pl_report_is_blank (pl_agenda_item_get_number (PL_AGENDA_ITEM (record))))
    return g_strdup (pl_agenda_item_get_number (PL_AGENDA_ITEM (record)));
  if (PL_IS_OFFICER (record) && !pl_report_is_blank (pl_officer_get_person (PL_OFFICER (record))))
    return g_strdup (pl_officer_get_person (PL_OFFICER (record)));
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
  paragraphs = pl_draft_report_paragraphs (session, language);
  pl_report_add_front (model, session, language, pl_export_translate (language, PL_DOC_N_("Draft report")));

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
        g_ptr_array_add (labels, source_label (session, sources[k]));
      g_ptr_array_add (labels, NULL);
      pl_doc_block_set_sources (block, pl_report_paragraph_get_key (paragraph), sources,
                                (const char * const *) labels->pdata, pl_report_paragraph_get_stale (paragraph));
    }

  return g_steal_pointer (&model);
}
