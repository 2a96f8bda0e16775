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
 *
 * Chapters I and II are built in pl-draft-report-org.c; what both files
 * share is in pl-draft-report-private.h.
 */

/* "Tenth session" as a sentence runs it on: "held its tenth session";
 * only the first letter is lowered, so that a name in the title keeps its
 * capital. */
char *
pl_draft_session_in_sentence (PlDraftBuilder *b)
{
  const char *title = pl_draft_text (b, pl_session_get_settings (b->session), "title");
  char first[8] = { 0 };

  if (*title == '\0')
    return g_strdup ("");
  g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (title)), first);
  return g_strconcat (first, g_utf8_next_char (title), NULL);
}

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

void
pl_draft_begin_chapter (PlDraftBuilder *b,
                        const char     *title)
{
  g_autofree char *number = roman (++b->n_chapters);

  g_free (b->chapter);
  b->chapter = g_strconcat (number, ". ", title, NULL);
  g_clear_pointer (&b->section, g_free);
  b->n_sections = 0;
}

/* "A. Opening of the session": sections are lettered A, B… per chapter. */
void
pl_draft_begin_section (PlDraftBuilder *b,
                        const char     *title)
{
  char letter = (char) ('A' + MIN (b->n_sections, 25u));

  b->n_sections++;
  g_free (b->section);
  b->section = g_strdup_printf ("%c. %s", letter, title);
}

void
pl_draft_add_source (GPtrArray  *sources,
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
void
pl_draft_emit (PlDraftBuilder *b,
               const char     *key,
               const char     *generated,
               GPtrArray      *sources,
               const char     *stale_what)
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
char *
pl_draft_item_number (PlDraftBuilder *b,
                      PlAgendaItem   *item)
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

/* A text of the session as the report's language has it, or its original
 * marked and noted on the builder's model (pl_report_text()); never NULL. */
const char *
pl_draft_text (PlDraftBuilder *b,
               gpointer        record,
               const char     *field)
{
  return pl_report_nonnull (pl_report_text (b->model, b->session, PL_RECORD (record), field));
}

const char *
pl_draft_item_title (PlDraftBuilder *b,
                     PlAgendaItem   *item)
{
  const char *title = pl_draft_text (b, item, "title");

  return pl_report_is_blank (title) ? pl_draft_text (b, item, "short_title") : title;
}

GPtrArray *
pl_draft_children_of (PlSession    *session,
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
char *
pl_draft_meetings_clause (PlDraftBuilder *b,
                          GPtrArray      *meetings)
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

char *
pl_draft_one_meeting_clause (PlDraftBuilder *b,
                             PlMeeting      *meeting)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();

  g_ptr_array_add (meetings, meeting);
  return pl_draft_meetings_clause (b, meetings);
}

/* "Egypt (on behalf of the Group of African States)" */
static char *
speaker_name (PlDraftBuilder *b,
              PlSpeaker      *speaker)
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
speaker_delegation (PlDraftBuilder *b,
                    PlSpeaker      *speaker)
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
gboolean
pl_draft_is_representative (PlDelegation *delegation)
{
  PlDelegationCategory category;

  if (delegation == NULL)
    return FALSE;
  category = pl_delegation_get_category (delegation);
  return category == PL_DELEGATION_CATEGORY_STATE_PARTY || category == PL_DELEGATION_CATEGORY_REIO;
}

static void
add_item_statements (PlDraftBuilder *b,
                     PlAgendaItem   *item,
                     const char     *number)
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
          pl_draft_add_source (intro, pl_record_get_id (PL_RECORD (speaker)));
          continue;
        }
      leading = FALSE;

      name = speaker_name (b, speaker);
      if (pl_draft_is_representative (delegation))
        {
          pl_draft_add_source (state_sources, pl_record_get_id (PL_RECORD (speaker)));
          pl_draft_add_source (state_sources, pl_speaker_get_delegation (speaker));
          if (!g_ptr_array_find_with_equal_func (states, name, g_str_equal, NULL))
            g_ptr_array_add (states, g_steal_pointer (&name));
        }
      else
        {
          pl_draft_add_source (observer_sources, pl_record_get_id (PL_RECORD (speaker)));
          pl_draft_add_source (observer_sources, pl_speaker_get_delegation (speaker));
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
      pl_draft_emit (b, key, T (PL_DOC_N_("A representative of the Secretariat made an introductory statement.")), intro,
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
      pl_draft_emit (b, key, text, state_sources, what);
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
      pl_draft_emit (b, key, text, observer_sources, what);
    }
}

static void
add_item_meetings (PlDraftBuilder *b,
                   PlAgendaItem   *item,
                   const char     *number)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GPtrArray) meetings = pl_meetings_for_item (b->session, item_id);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = g_strconcat ("item:", item_id, ":meetings", NULL);
  g_autofree char *what = pl_report_fill (T (PL_DOC_N_("The meetings at which {item} was considered")),
                                          "item", number, NULL);
  g_autofree char *text = NULL;

  pl_draft_add_source (sources, item_id);
  for (guint i = 0; i < meetings->len; i++)
    pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (g_ptr_array_index (meetings, i))));

  if (meetings->len == 0)
    text = pl_report_fill (T (PL_DOC_N_("No meeting held so far has taken up agenda item {item}.")),
                           "item", number, NULL);
  else
    {
      g_autoptr(GPtrArray) plenary = g_ptr_array_new ();
      g_autoptr(GPtrArray) committee = g_ptr_array_new ();
      g_autoptr(GString) out = g_string_new (NULL);

      /* Each body numbers its own meetings: the plenary's and the
       * Committee of the Whole's are said apart. */
      for (guint i = 0; i < meetings->len; i++)
        {
          PlMeeting *meeting = g_ptr_array_index (meetings, i);

          g_ptr_array_add (pl_meeting_get_body (meeting) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE ? committee : plenary,
                           meeting);
        }
      if (plenary->len > 0)
        {
          g_autofree char *clause = pl_draft_meetings_clause (b, plenary);
          g_autofree char *sentence = pl_report_fill (T (PL_DOC_N_("{when}, the Conference considered agenda item {item}.")),
                                                      "when", clause, "item", number, NULL);

          g_string_append (out, sentence);
        }
      if (committee->len > 0)
        {
          g_autofree char *clause = pl_draft_meetings_clause (b, committee);
          g_autofree char *sentence = pl_report_fill (T (PL_DOC_N_("{when}, the Committee of the Whole considered agenda item {item}.")),
                                                      "when", clause, "item", number, NULL);

          if (out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, sentence);
        }
      text = g_string_free (g_steal_pointer (&out), FALSE);
    }
  pl_draft_emit (b, key, text, sources, what);
}

static void
add_item_documents (PlDraftBuilder *b,
                    PlAgendaItem   *item,
                    const char     *number)
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
                                              "title", pl_draft_text (b, document, "title"),
                                              "symbol", pl_report_nonnull (pl_document_get_symbol (document)), NULL);

      g_string_append_c (text, '\n');
      g_string_append (text, documents->len == 1 ? line + strlen (label) + 1 : line);
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (document)));
    }
  pl_draft_add_source (sources, item_id);

  key = g_strconcat ("item:", item_id, ":documents", NULL);
  what = pl_report_fill (T (PL_DOC_N_("The documents before {item}")), "item", number, NULL);
  pl_draft_emit (b, key, text->str, sources, what);
}

static const char *
outcome_verb (PlDraftBuilder   *b,
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

const char *
pl_draft_action_member (PlProposal *proposal,
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
adopted_as (PlDraftBuilder *b,
            PlProposal     *proposal)
{
  const char *number = pl_proposal_get_adopted_as (proposal);

  if (pl_report_is_blank (number) || pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED)
    return NULL;
  return pl_report_fill (pl_proposal_get_kind (proposal) == PL_PROPOSAL_KIND_DRAFT_RESOLUTION
                         ? T (PL_DOC_N_("resolution {number}")) : T (PL_DOC_N_("decision {number}")),
                         "number", number, NULL);
}

static void
append_vote_list (PlDraftBuilder *b,
                  GString        *text,
                  const char     *label,
                  GPtrArray      *names)
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
action_text (PlDraftBuilder *b,
             PlProposal     *proposal,
             GPtrArray      *sources)
{
  PlRecord *meeting = pl_session_lookup (b->session, pl_draft_action_member (proposal, "meeting"));
  PlVote *vote = pl_proposals_report_action_vote (b->session, proposal);
  gboolean by_vote = g_strcmp0 (pl_draft_action_member (proposal, "method"), "vote") == 0;
  gboolean with_abstentions = FALSE;
  g_autofree char *when = NULL;
  g_autofree char *how = NULL;
  g_autofree char *number = adopted_as (b, proposal);
  g_autofree char *kind = g_utf8_strdown (pl_proposals_report_kind_label (b->language,
                                                                        pl_proposal_get_kind (proposal)), -1);
  g_autofree char *head = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (proposal)));
  if (PL_IS_MEETING (meeting))
    {
      pl_draft_add_source (sources, pl_record_get_id (meeting));
      if (pl_meetings_number (b->session, PL_MEETING (meeting)) > 0)
        when = pl_draft_one_meeting_clause (b, PL_MEETING (meeting));
      else if (!pl_report_is_blank (pl_meeting_get_date (PL_MEETING (meeting))))
        {
          g_autofree char *date = pl_export_format_date (b->language, pl_meeting_get_date (PL_MEETING (meeting)));

          when = pl_report_fill (T (PL_DOC_N_("On {dates}")), "dates", date, NULL);
        }
    }

  if (vote != NULL)
    {
      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (vote)));
      how = pl_proposals_report_vote_phrase (b->session, vote, b->language, &with_abstentions);
    }
  else
    how = g_strdup (by_vote ? T (PL_DOC_N_("by a vote")) : T (PL_DOC_N_("without a vote")));

  /* The Committee of the Whole approves what the plenary then adopts
   * (seed, practice): the body of the action's meeting acts. */
  head = pl_report_fill (PL_IS_MEETING (meeting) &&
                         pl_meeting_get_body (PL_MEETING (meeting)) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE
                         ? T (PL_DOC_N_("the Committee of the Whole {outcome} {kind} {symbol}, entitled “{title}”, {how}"))
                         : T (PL_DOC_N_("the Conference {outcome} {kind} {symbol}, entitled “{title}”, {how}")),
                         "outcome", outcome_verb (b, pl_proposal_get_status (proposal)),
                         "kind", kind, "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)),
                         "title", pl_draft_text (b, proposal, "title"), "how", how, NULL);
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
GPtrArray *
pl_draft_acted_on (PlSession  *session,
          const char *item_id)
{
  g_autoptr(GPtrArray) all = pl_proposals_list (session);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (all, i);

      if (pl_draft_action_member (proposal, "method") == NULL && pl_draft_action_member (proposal, "meeting") == NULL)
        continue;
      if (g_strcmp0 (pl_proposals_item_of (session, proposal), item_id) == 0)
        g_ptr_array_add (out, g_object_ref (proposal));
    }
  return out;
}

static void
add_item_actions (PlDraftBuilder *b,
                  PlAgendaItem   *item)
{
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  g_autoptr(GPtrArray) proposals = pl_draft_acted_on (b->session, item_id);

  for (guint i = 0; i < proposals->len; i++)
    {
      PlProposal *proposal = g_ptr_array_index (proposals, i);
      g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *text = action_text (b, proposal, sources);
      g_autofree char *key = g_strconcat ("item:", item_id, ":action:", pl_record_get_id (PL_RECORD (proposal)), NULL);
      g_autofree char *what = pl_report_fill (T (PL_DOC_N_("The action taken on {symbol}")),
                                              "symbol", pl_report_nonnull (pl_proposal_get_symbol (proposal)), NULL);

      pl_draft_emit (b, key, text, sources, what);
    }
}

/* The proceedings of one item: meetings (unless @with_meetings is FALSE:
 * the organizational sections say when), documents, statements, action. */
void
pl_draft_add_proceedings (PlDraftBuilder *b,
                          PlAgendaItem   *item,
                          gboolean        with_meetings)
{
  g_autofree char *number = pl_draft_item_number (b, item);

  if (with_meetings)
    add_item_meetings (b, item, number);
  add_item_documents (b, item, number);
  add_item_statements (b, item, number);
  add_item_actions (b, item);
}

/* The first held meeting that took up @item, or NULL. */
PlMeeting *
pl_draft_first_meeting_for (PlSession    *session,
                   PlAgendaItem *item)
{
  g_autoptr(GPtrArray) meetings = NULL;

  if (item == NULL)
    return NULL;
  meetings = pl_meetings_for_item (session, pl_record_get_id (PL_RECORD (item)));
  return meetings->len > 0 ? g_ptr_array_index (meetings, 0) : NULL;
}

static void
add_item_chapter (PlDraftBuilder *b,
                  PlAgendaItem   *item)
{
  g_autoptr(GPtrArray) subs = pl_draft_children_of (b->session, item);
  g_autoptr(GPtrArray) meetings = pl_meetings_for_item (b->session, pl_record_get_id (PL_RECORD (item)));

  /* An item with sub-items is considered through them: its own meetings
   * paragraph only when a meeting took up the item itself. */
  pl_draft_begin_chapter (b, pl_draft_item_title (b, item));
  pl_draft_add_proceedings (b, item, subs->len == 0 || meetings->len > 0);
  for (guint i = 0; i < subs->len; i++)
    {
      PlAgendaItem *sub = g_ptr_array_index (subs, i);

      pl_draft_begin_section (b, pl_draft_item_title (b, sub));
      pl_draft_add_proceedings (b, sub, TRUE);
    }
}

static void
add_adoption (PlDraftBuilder *b,
              PlAgendaItem   *last)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *session_title = pl_draft_session_in_sentence (b);
  PlMeeting *meeting = pl_draft_first_meeting_for (b->session, last);
  PlRecord *record = pl_session_lookup (b->session, "officer:rapporteur");
  PlOfficer *rapporteur = PL_IS_OFFICER (record) && pl_officer_get_status (PL_OFFICER (record)) == PL_OFFICER_STATUS_ELECTED &&
                          !pl_report_is_blank (pl_officer_get_person (PL_OFFICER (record)))
                          ? PL_OFFICER (record) : NULL;
  g_autofree char *text = NULL;

  pl_draft_begin_chapter (b, T (PL_DOC_N_("Adoption of the report")));
  if (last != NULL)
    pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (last)));
  if (meeting != NULL)
    {
      g_autofree char *when = pl_draft_one_meeting_clause (b, meeting);

      pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (meeting)));
      text = pl_report_fill (T (PL_DOC_N_("{when}, the Conference adopted the report on its {session}.")),
                             "when", when, "session", session_title, NULL);
      /* The draft is the secretariat's with the Rapporteur (seed, item 9),
       * who introduces it. */
      if (rapporteur != NULL)
        {
          g_autofree char *introduced = pl_report_fill (T (PL_DOC_N_("The Rapporteur, {person} ({state}), introduced the draft report.")),
                                                        "person", pl_report_nonnull (pl_officer_get_person (rapporteur)),
                                                        "state", pl_report_delegation_name (b->session,
                                                                                            pl_officer_get_delegation (rapporteur)),
                                                        NULL);
          char *both = g_strconcat (introduced, " ", text, NULL);

          pl_draft_add_source (sources, pl_record_get_id (PL_RECORD (rapporteur)));
          g_free (text);
          text = both;
        }
    }
  else if (last != NULL)
    {
      g_autofree char *number = pl_draft_item_number (b, last);

      text = pl_report_fill (T (PL_DOC_N_("The Conference is to adopt the report on its {session} under agenda item {item}.")),
                             "session", session_title, "item", number, NULL);
    }
  else
    text = pl_report_fill (T (PL_DOC_N_("The Conference is to adopt the report on its {session}.")),
                           "session", session_title, NULL);
  pl_draft_emit (b, "adoption", text, sources, T (PL_DOC_N_("The adoption of the report")));
  if (last != NULL)
    pl_draft_add_proceedings (b, last, FALSE);
}

/* The paragraphs in @model's language; the texts printed in their
 * original are noted on @model, so that the document built on the same
 * model is refused as any other with missing texts. */
GPtrArray *
pl_draft_build_paragraphs (PlSession  *session,
                           PlDocModel *model)
{
  PlDraftBuilder b = { 0 };
  GListModel *top;
  guint n_top;

  b.session = session;
  b.language = pl_report_language (pl_doc_model_get_language (model));
  b.model = model;
  b.out = g_ptr_array_new_with_free_func (g_object_unref);

  top = pl_agenda_get_children (pl_session_get_agenda (session), NULL);
  n_top = top != NULL ? g_list_model_get_n_items (top) : 0;

  pl_draft_add_decisions (&b);
  {
    g_autoptr(PlAgendaItem) first = n_top > 0 ? g_list_model_get_item (top, 0) : NULL;

    pl_draft_add_organization (&b, first);
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

/**
 * pl_draft_report_paragraphs:
 * @language: (nullable): the report's language; English when NULL
 *
 * The texts of the session print in their version in @language, or as
 * their original marked with its language (pl_report_text()).
 *
 * Returns: (transfer full) (element-type PlReportParagraph): every
 *   paragraph of the draft report in document order
 */
GPtrArray *
pl_draft_report_paragraphs (PlSession  *session,
                            const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  pl_doc_model_set_language (model, pl_report_language (language));
  return pl_draft_build_paragraphs (session, model);
}
