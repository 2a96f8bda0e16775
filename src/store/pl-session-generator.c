/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include "pl-agenda-item.h"
#include "pl-contact.h"
#include "pl-credentials.h"
#include "pl-delegation.h"
#include "pl-document.h"
#include "pl-history.h"
#include "pl-meeting.h"
#include "pl-position.h"
#include "pl-proposal.h"
#include "pl-reference-states.h"
#include "pl-session-generator.h"
#include "pl-session-settings.h"
#include "pl-speaker-list.h"
#include "pl-speaker.h"
#include "pl-vote.h"

/* The generated sessions are for benchmarks and tests: what matters is
 * their size and shape (how many records, how long their texts, how they
 * refer to each other), and that the same seed gives the same file, so two
 * runs measure the same bytes. */

typedef struct
{
  GRand     *rand;      /* the contents: kept in the order the large session always drew them */
  GRand     *ids;       /* the _ids, apart, so that making them did not change the contents */
  GPtrArray *records;
} Generator;

static const char *words[] = {
  "implementation", "Convention", "Protocol", "cooperation", "technical", "assistance",
  "review", "mechanism", "States parties", "report", "Secretariat", "resolution",
  "working group", "international", "organized crime", "trafficking", "firearms",
  "migrants", "extradition", "mutual legal assistance", "confiscation", "budget",
};

static const char *ranks[] = { "minister", "ambassador", "official", "head_of_state", "deputy_minister" };
static const char *groups[] = { "african", "asia_pacific", "eastern_european", "latin_american_caribbean",
                                "western_european_other" };
static const char *languages[] = { "ar", "zh", "en", "fr", "ru", "es", NULL };

/* A random UUID's shape (version 4), drawn from the seed instead of the
 * system's entropy, as pl_record would make it. */
static char *
new_id (Generator  *gen,
        const char *type)
{
  guint32 a = g_rand_int (gen->ids);
  guint32 b = g_rand_int (gen->ids);
  guint32 c = g_rand_int (gen->ids);
  guint32 d = g_rand_int (gen->ids);

  return g_strdup_printf ("%s:%08x-%04x-4%03x-%04x-%04x%08x", type, a, b >> 16, b & 0xfff,
                          0x8000 | ((c >> 16) & 0x3fff), c & 0xffff, d);
}

static char *
sentence (GRand *rand,
          guint  n_words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i > 0)
        g_string_append_c (s, ' ');
      if (i == 3)
        g_string_append_printf (s, "*%s*", w);
      else
        g_string_append (s, w);
    }

  return g_string_free (s, FALSE);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  /* The texts are this file's own: a failure is a bug here. */
  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("pl-session-generator: %s", error->message);
  return json_node_copy (json_parser_get_root (parser));
}

static void
set_up_settings (PlSession  *session,
                 const char *title,
                 const char *start_date,
                 const char *end_date)
{
  PlSessionSettings *settings = pl_session_get_settings (session);

  pl_session_settings_set_title (settings, title);
  pl_session_settings_set_symbol (settings, "CTOC/COP/2030/1");
  pl_session_settings_set_start_date (settings, start_date);
  pl_session_settings_set_end_date (settings, end_date);
  pl_session_settings_set_timezone (settings, "Europe/Vienna");
}

static void
add_documents (Generator *gen,
               guint      n,
               GPtrArray *documents)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = new_id (gen, "document");
      PlDocument *document = pl_document_new (id);
      g_autofree char *symbol = g_strdup_printf ("CTOC/COP/2030/%u", i + 1);
      g_autofree char *title = sentence (gen->rand, 12);

      pl_document_set_symbol (document, symbol);
      pl_document_set_title (document, title);
      pl_document_set_kind (document, g_rand_int_range (gen->rand, 0, 5));
      pl_document_set_status (document, PL_DOCUMENT_STATUS_ISSUED);
      pl_document_set_languages (document, languages);
      pl_document_set_note (document, "");
      g_ptr_array_add (gen->records, document);
      g_ptr_array_add (documents, document);
    }
}

/* @n_items items, each with @n_subs sub-items of @n_paragraphs paragraphs
 * and three documents; the sub-items go into @subs. */
static void
add_agenda (Generator *gen,
            guint      n_items,
            guint      n_subs,
            guint      n_paragraphs,
            guint      paragraph_words,
            GPtrArray *documents,
            GPtrArray *subs)
{
  g_auto(GStrv) top_keys = pl_position_spread (n_items);
  g_auto(GStrv) sub_keys = pl_position_spread (n_subs);

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *item_id = new_id (gen, "item");
      PlAgendaItem *item = pl_agenda_item_new (item_id);
      g_autofree char *title = sentence (gen->rand, 8);

      pl_agenda_item_set_position (item, top_keys[i]);
      pl_agenda_item_set_title (item, title);
      pl_agenda_item_set_annotation (item, "");
      g_ptr_array_add (gen->records, item);

      for (guint k = 0; k < n_subs; k++)
        {
          g_autofree char *sub_id = new_id (gen, "item");
          PlAgendaItem *sub = pl_agenda_item_new (sub_id);
          g_autofree char *sub_title = sentence (gen->rand, 6);
          g_autoptr(GString) annotation = g_string_new (NULL);
          g_autoptr(GString) docs = g_string_new ("[");
          g_autoptr(JsonNode) docs_node = NULL;

          for (guint p = 0; p < n_paragraphs; p++)
            {
              g_autofree char *text = sentence (gen->rand, paragraph_words);

              g_string_append_printf (annotation, "%s%s.", p > 0 ? "\n\n" : "", text);
            }
          for (guint d = 0; d < 3; d++)
            {
              PlDocument *doc = g_ptr_array_index (documents, g_rand_int_range (gen->rand, 0, documents->len));

              g_string_append_printf (docs, "%s{\"document\":\"%s\",\"description\":\"%s\"}",
                                      d > 0 ? "," : "", pl_record_get_id (PL_RECORD (doc)),
                                      pl_document_get_title (doc));
            }
          g_string_append (docs, "]");
          docs_node = parse (docs->str);

          pl_agenda_item_set_parent (sub, pl_record_get_id (PL_RECORD (item)));
          pl_agenda_item_set_position (sub, sub_keys[k]);
          pl_agenda_item_set_title (sub, sub_title);
          pl_agenda_item_set_annotation (sub, annotation->str);
          pl_agenda_item_set_documents (sub, docs_node);
          g_ptr_array_add (gen->records, sub);
          if (subs != NULL)
            g_ptr_array_add (subs, sub);
        }
    }
}

/* @n_members members in @delegation, their emails in its secretariat-only
 * contact record (issue 16). */
static void
add_members (Generator    *gen,
             PlDelegation *delegation,
             guint         n_members,
             const char   *email_domain)
{
  const char *id = pl_record_get_id (PL_RECORD (delegation));
  g_autoptr(GString) members = g_string_new ("[");
  g_autoptr(GString) contacts = g_string_new ("{");
  g_autoptr(JsonNode) members_node = NULL;
  g_autoptr(JsonNode) contacts_node = NULL;
  g_autofree char *contact_id = pl_contact_id_for (id);
  PlContact *contact;

  for (guint m = 0; m < n_members; m++)
    {
      g_string_append_printf (members,
                              "%s{\"id\":\"m%u\",\"name\":\"Member %u of %s\",\"function\":\"%s\","
                              "\"rank\":\"%s\"}",
                              m > 0 ? "," : "", m, m + 1, pl_delegation_get_name (delegation),
                              m == 0 ? "head" : "representative",
                              ranks[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (ranks))]);
      g_string_append_printf (contacts, "%s\"m%u\":{\"email\":\"member%u@%s\"}",
                              m > 0 ? "," : "", m, m, email_domain);
    }
  g_string_append (members, "]");
  g_string_append (contacts, "}");
  members_node = parse (members->str);
  contacts_node = parse (contacts->str);
  pl_delegation_set_members (delegation, members_node);

  contact = pl_contact_new (contact_id);
  pl_contact_set_delegation (contact, id);
  pl_contact_set_members (contact, contacts_node);
  g_ptr_array_add (gen->records, delegation);
  g_ptr_array_add (gen->records, contact);
}

/* A State party that does not exist ("State 12", code @iso3), present,
 * with @n_members members at @domain: the large session's States, and
 * the huge session's beyond the reference list. */
static PlDelegation *
made_up_state (Generator  *gen,
               const char *iso3,
               guint       i,
               const char *group,
               const char *domain,
               guint       n_members,
               const char *adherence_json)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso3);
  g_autofree char *name = g_strdup_printf ("State %u", i + 1);
  PlDelegation *delegation = pl_delegation_new (id);
  g_autoptr(JsonNode) adherence = parse (adherence_json);

  pl_delegation_set_name (delegation, name);
  pl_delegation_set_iso3 (delegation, iso3);
  pl_delegation_set_category (delegation, PL_DELEGATION_CATEGORY_STATE_PARTY);
  pl_delegation_set_regional_group (delegation, group);
  pl_delegation_set_adherence (delegation, adherence);
  pl_delegation_set_present (delegation, TRUE);
  add_members (gen, delegation, n_members, domain);
  return delegation;
}

static PlSpeakerList *
add_speaker_list (Generator  *gen,
                  const char *title,
                  const char *item,
                  const char *position,
                  int         time_limit_s)
{
  g_autofree char *id = new_id (gen, "speaker_list");
  PlSpeakerList *list = pl_speaker_list_new (id);

  pl_speaker_list_set_title (list, title);
  if (item != NULL)
    pl_speaker_list_set_item (list, item);
  pl_speaker_list_set_time_limit_s (list, time_limit_s);
  pl_speaker_list_set_group_time_limit_s (list, 300);
  pl_speaker_list_set_position (list, position);
  g_ptr_array_add (gen->records, list);
  return list;
}

/* The @i-th speaker of the session, on @list for @delegation. */
static void
add_speaker (Generator     *gen,
             PlSpeakerList *list,
             PlDelegation  *delegation,
             guint          i)
{
  g_autofree char *id = new_id (gen, "speaker");
  PlSpeaker *speaker = pl_speaker_new (id);
  g_autofree char *person = g_strdup_printf ("Speaker %u", i + 1);
  g_autofree char *at = g_strdup_printf ("2030-09-%02uT%02u:%02u:00+02:00", 1 + i % 28, 8 + i % 10, i % 60);

  pl_speaker_set_list (speaker, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_set_delegation (speaker, pl_record_get_id (PL_RECORD (delegation)));
  pl_speaker_set_person (speaker, person);
  pl_speaker_set_rank (speaker, g_rand_int_range (gen->rand, 0, 8));
  pl_speaker_set_requested_at (speaker, at);
  g_ptr_array_add (gen->records, speaker);
}

/* The large session: what the benchmarks measured before `generate` existed
 * (tests/support's generator), drawn in the same order from the seed. */
static void
generate_large (Generator *gen,
                PlSession *session)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) delegations = g_ptr_array_new ();
  PlSpeakerList *list;

  set_up_settings (session, "Generated session", "2030-10-14", "2030-10-18");
  add_documents (gen, 400, documents);
  /* 30 items of 4 (an item and three sub-items): 120 in all. */
  add_agenda (gen, 30, 3, 4, 60, documents, NULL);

  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *iso3 = g_strdup_printf ("X%02u", i);
      g_autofree char *domain = g_strdup_printf ("state%u.example", i);

      g_ptr_array_add (delegations,
                       made_up_state (gen, iso3, i, groups[i % G_N_ELEMENTS (groups)], domain, 12,
                                      "{\"untoc\":\"party\",\"tip\":\"party\",\"som\":\"signatory\","
                                      "\"firearms\":\"unknown\"}"));
    }

  list = add_speaker_list (gen, "General discussion", NULL, "V", 180);
  for (guint i = 0; i < 600; i++)
    add_speaker (gen, list, g_ptr_array_index (delegations, i % delegations->len), i);
}

#define HUGE_STATES 200
#define HUGE_OBSERVERS 1800
#define HUGE_MEMBERS 20
#define HUGE_LISTS 40
#define HUGE_SPEAKERS_PER_LIST 75
#define HUGE_DAYS 15
#define HUGE_MEETINGS_PER_DAY 10
#define HUGE_PROPOSALS 400
#define HUGE_SESSION_NUMBER 15

/* Credentials in due form, received in good time: every State votes. */
static void
add_credentials (Generator    *gen,
                 PlDelegation *delegation)
{
  g_autofree char *id = g_strdup_printf ("credentials:%s", pl_delegation_get_iso3 (delegation));
  g_autofree char *signatory = g_strdup_printf ("Minister for Foreign Affairs of %s", pl_delegation_get_name (delegation));
  PlCredentials *credentials = pl_credentials_new (id);

  pl_credentials_set_delegation (credentials, pl_record_get_id (PL_RECORD (delegation)));
  pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_ORIGINAL);
  pl_credentials_set_issuer (credentials, PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER);
  pl_credentials_set_signatory (credentials, signatory);
  pl_credentials_set_received (credentials, "2030-09-30T10:00:00+02:00");
  pl_credentials_set_members_covered (credentials, TRUE);
  g_ptr_array_add (gen->records, credentials);
}

/* 200 States: the real ones of data/states.csv first (the European Union,
 * a regional organization, is not a State), then made-up ones to 200. */
static void
add_huge_states (Generator *gen,
                 GPtrArray *states,
                 GPtrArray *parties)
{
  GPtrArray *reference = pl_reference_states_get ();

  for (guint i = 0; i < reference->len && states->len < HUGE_STATES; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (reference, i);
      g_autofree char *lower = NULL;
      g_autofree char *domain = NULL;
      PlDelegation *delegation;

      if (g_str_equal (state->iso3, "EUU"))
        continue;
      delegation = pl_reference_states_new_delegation (state);
      lower = g_ascii_strdown (state->iso3, -1);
      domain = g_strdup_printf ("%s.example", lower);
      pl_delegation_set_present (delegation, TRUE);
      add_members (gen, delegation, HUGE_MEMBERS, domain);
      g_ptr_array_add (states, delegation);
    }

  for (guint i = 0; states->len < HUGE_STATES; i++)
    {
      g_autofree char *iso3 = g_strdup_printf ("Q%02u", i);
      g_autofree char *domain = g_strdup_printf ("%s.example", iso3);

      g_ptr_array_add (states,
                       made_up_state (gen, iso3, i, groups[i % G_N_ELEMENTS (groups)], domain, HUGE_MEMBERS,
                                      "{\"untoc\":\"party\",\"tip\":\"party\",\"som\":\"party\","
                                      "\"firearms\":\"party\"}"));
    }

  for (guint i = 0; i < states->len; i++)
    add_credentials (gen, g_ptr_array_index (states, i));
  for (guint i = 0; i < states->len; i++)
    if (pl_delegation_get_category (g_ptr_array_index (states, i)) == PL_DELEGATION_CATEGORY_STATE_PARTY)
      g_ptr_array_add (parties, g_ptr_array_index (states, i));
}

static void
add_huge_observers (Generator *gen,
                    GPtrArray *observers)
{
  static const struct { PlDelegationCategory category; const char *prefix; const char *name; } kinds[] = {
    { PL_DELEGATION_CATEGORY_NGO_ECOSOC, "N", "Association for" },
    { PL_DELEGATION_CATEGORY_NGO_OTHER, "F", "Foundation for" },
    { PL_DELEGATION_CATEGORY_IGO, "I", "Intergovernmental Organization on" },
    { PL_DELEGATION_CATEGORY_UN_ENTITY, "U", "United Nations Office for" },
  };

  for (guint i = 0; i < HUGE_OBSERVERS; i++)
    {
      /* Mostly NGOs, as at a Conference of the Parties. */
      guint k = i % 10 < 7 ? i % 2 : 2 + i % 2;
      g_autofree char *iso3 = g_strdup_printf ("%s%04u", kinds[k].prefix, i);
      g_autofree char *id = g_strdup_printf ("delegation:%s", iso3);
      g_autofree char *name = g_strdup_printf ("%s %s %u", kinds[k].name, words[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (words))],
                                               i + 1);
      g_autofree char *domain = g_strdup_printf ("%s.example", iso3);
      PlDelegation *delegation = pl_delegation_new (id);

      pl_delegation_set_name (delegation, name);
      pl_delegation_set_iso3 (delegation, iso3);
      pl_delegation_set_category (delegation, kinds[k].category);
      pl_delegation_set_observer_status (delegation, PL_OBSERVER_STATUS_ACCORDED);
      pl_delegation_set_present (delegation, i % 3 != 0);
      add_members (gen, delegation, HUGE_MEMBERS, domain);
      g_ptr_array_add (observers, delegation);
    }
}

/* The sub-item the @i-th meeting of three hours takes up alone: one in
 * four, from the first; the lists of speakers are on the first 40 of them. */
static guint
huge_list_item (GPtrArray *subs,
                guint      i)
{
  return (i * 4) % subs->len;
}

/* The @i-th of the other sub-items (three in four), for the working
 * groups: with those of the long meetings, every sub-item is scheduled. */
static guint
huge_other_item (GPtrArray *subs,
                 guint      i)
{
  return (4 * (i / 3) + 1 + i % 3) % subs->len;
}

/* 15 days of 10 meetings: the plenary and the Committee of the Whole in the
 * morning and the afternoon, and six working groups. */
static void
add_huge_meetings (Generator *gen,
                   GPtrArray *subs,
                   GPtrArray *meetings)
{
  static const struct { PlMeetingBody body; const char *title; const char *start; const char *end; } slots[] = {
    { PL_MEETING_BODY_PLENARY, "", "10:00", "13:00" },
    { PL_MEETING_BODY_PLENARY, "", "15:00", "18:00" },
    { PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "", "10:00", "13:00" },
    { PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE, "", "15:00", "18:00" },
    { PL_MEETING_BODY_OTHER, "Working group on trafficking in persons", "10:00", "13:00" },
    { PL_MEETING_BODY_OTHER, "Working group on the smuggling of migrants", "10:00", "13:00" },
    { PL_MEETING_BODY_OTHER, "Working group on firearms", "15:00", "18:00" },
    { PL_MEETING_BODY_OTHER, "Working group on technical assistance", "15:00", "18:00" },
    { PL_MEETING_BODY_OTHER, "Working group on international cooperation", "08:00", "09:30" },
    { PL_MEETING_BODY_OTHER, "Working group of government experts on the review mechanism", "18:30", "20:00" },
  };
  g_autoptr(GDate) date = g_date_new_dmy (7, G_DATE_OCTOBER, 2030);
  guint n = 0, n_long = 0, n_short = 0;

  for (guint day = 0; day < HUGE_DAYS; day++)
    {
      char iso[16];

      /* Working days: three weeks of five. */
      while (g_date_get_weekday (date) == G_DATE_SATURDAY || g_date_get_weekday (date) == G_DATE_SUNDAY)
        g_date_add_days (date, 1);
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", date);

      for (guint s = 0; s < HUGE_MEETINGS_PER_DAY; s++, n++)
        {
          g_autofree char *id = new_id (gen, "meeting");
          PlMeeting *meeting = pl_meeting_new (id);
          g_autoptr(GString) entries = g_string_new ("[");
          g_autoptr(JsonNode) entries_node = NULL;

          /* The plenary and the Committee take up one item each, which
           * the lists of speakers are on (huge_list_item()); the working
           * groups two of the others. */
          if (s < 4)
            g_string_append_printf (entries, "{\"item\":\"%s\",\"note\":\"\"}",
                                    pl_record_get_id (g_ptr_array_index (subs, huge_list_item (subs, n_long++))));
          else
            for (guint e = 0; e < 2; e++, n_short++)
              g_string_append_printf (entries, "%s{\"item\":\"%s\",\"note\":\"\"}", e > 0 ? "," : "",
                                      pl_record_get_id (g_ptr_array_index (subs, huge_other_item (subs, n_short))));
          g_string_append (entries, "]");
          entries_node = parse (entries->str);

          pl_meeting_set_date (meeting, iso);
          pl_meeting_set_start (meeting, slots[s].start);
          pl_meeting_set_end (meeting, slots[s].end);
          pl_meeting_set_body (meeting, slots[s].body);
          pl_meeting_set_title (meeting, slots[s].title);
          pl_meeting_set_entries (meeting, entries_node);
          g_ptr_array_add (gen->records, meeting);
          g_ptr_array_add (meetings, meeting);
        }
      g_date_add_days (date, 1);
    }
}

/* 400 draft resolutions and decisions, each put to a recorded vote of the
 * States parties at a plenary meeting; most adopted, numbered in order. */
static void
add_huge_proposals (Generator *gen,
                    GPtrArray *subs,
                    GPtrArray *parties,
                    GPtrArray *meetings)
{
  g_autoptr(GPtrArray) plenaries = g_ptr_array_new ();
  int adopted[2] = { 0, 0 };

  for (guint i = 0; i < meetings->len; i++)
    if (pl_meeting_get_body (g_ptr_array_index (meetings, i)) == PL_MEETING_BODY_PLENARY)
      g_ptr_array_add (plenaries, g_ptr_array_index (meetings, i));

  for (guint i = 0; i < HUGE_PROPOSALS; i++)
    {
      g_autofree char *proposal_id = new_id (gen, "proposal");
      g_autofree char *vote_id = new_id (gen, "vote");
      PlProposal *proposal = pl_proposal_new (proposal_id);
      PlVote *vote = pl_vote_new (vote_id);
      /* In the order of the meetings, so that the numbers follow adoption. */
      PlMeeting *meeting = g_ptr_array_index (plenaries, i * plenaries->len / HUGE_PROPOSALS);
      PlDelegation *sponsor = g_ptr_array_index (parties, g_rand_int_range (gen->rand, 0, parties->len));
      PlProposalKind kind = i % 3 == 0 ? PL_PROPOSAL_KIND_DRAFT_DECISION : PL_PROPOSAL_KIND_DRAFT_RESOLUTION;
      g_autofree char *symbol = g_strdup_printf ("CTOC/COP/2030/L.%u", i + 1);
      g_autofree char *title = sentence (gen->rand, 7);
      g_autofree char *sponsors = g_strdup_printf ("[{\"delegation\":\"%s\",\"role\":\"sponsor\","
                                                   "\"on_behalf_of\":null,\"joined\":\"2030-10-01T10:00:00+02:00\","
                                                   "\"withdrawn\":null}]",
                                                   pl_record_get_id (PL_RECORD (sponsor)));
      g_autofree char *action = g_strdup_printf ("{\"meeting\":\"%s\",\"method\":\"vote\",\"vote\":\"%s\"}",
                                                 pl_record_get_id (PL_RECORD (meeting)), vote_id);
      g_autofree char *announced = g_strdup_printf ("%sT12:%02u:00+02:00", pl_meeting_get_date (meeting), i % 60);
      g_autoptr(JsonNode) sponsors_node = parse (sponsors);
      g_autoptr(JsonNode) action_node = parse (action);
      g_autoptr(JsonObject) ballots = json_object_new ();
      g_autoptr(JsonNode) ballots_node = NULL;
      /* About one text in eight is rejected: a clear majority either way. */
      gboolean adopt = g_rand_int_range (gen->rand, 0, 8) != 0;
      guint yes = 0, no = 0;

      for (guint p = 0; p < parties->len; p++)
        {
          guint draw = g_rand_int_range (gen->rand, 0, 100);
          const char *ballot;

          if (draw < 10)
            ballot = "abstain";
          else if ((draw < 85) == adopt)
            ballot = (yes++, "yes");
          else
            ballot = (no++, "no");
          json_object_set_string_member (ballots, pl_record_get_id (g_ptr_array_index (parties, p)), ballot);
        }
      ballots_node = json_node_init_object (json_node_alloc (), ballots);

      pl_vote_set_proposal (vote, proposal_id);
      pl_vote_set_meeting (vote, pl_record_get_id (PL_RECORD (meeting)));
      pl_vote_set_question (vote, PL_VOTE_QUESTION_SUBSTANCE);
      pl_vote_set_kind (vote, PL_VOTE_KIND_RECORDED);
      pl_vote_set_ballots (vote, ballots_node);
      pl_vote_set_announced_at (vote, announced);

      pl_proposal_set_kind (proposal, kind);
      pl_proposal_set_symbol (proposal, symbol);
      pl_proposal_set_title (proposal, title);
      pl_proposal_set_item (proposal, pl_record_get_id (g_ptr_array_index (subs, i % subs->len)));
      pl_proposal_set_body (proposal, PL_MEETING_BODY_PLENARY);
      pl_proposal_set_sponsors (proposal, sponsors_node);
      pl_proposal_set_submitted (proposal, "2030-10-01T10:00:00+02:00");
      pl_proposal_set_action (proposal, action_node);
      if (yes > no)
        {
          int *order = &adopted[kind == PL_PROPOSAL_KIND_DRAFT_DECISION];
          g_autofree char *number = g_strdup_printf ("%d/%d", HUGE_SESSION_NUMBER, ++*order);

          pl_proposal_set_status (proposal, PL_PROPOSAL_STATUS_ADOPTED);
          pl_proposal_set_adopted_as (proposal, number);
        }
      else
        pl_proposal_set_status (proposal, PL_PROPOSAL_STATUS_REJECTED);

      g_ptr_array_add (gen->records, proposal);
      g_ptr_array_add (gen->records, vote);
    }
}

static void
generate_huge (Generator *gen,
               PlSession *session)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) subs = g_ptr_array_new ();
  g_autoptr(GPtrArray) states = g_ptr_array_new ();
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) observers = g_ptr_array_new ();
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  guint n_speakers = 0;

  set_up_settings (session, "Generated huge session", "2030-10-07", "2030-10-25");
  pl_session_settings_set_session_number (pl_session_get_settings (session), HUGE_SESSION_NUMBER);
  add_documents (gen, 2500, documents);
  /* 60 items of 5 (an item and four sub-items): 300 in all. */
  add_agenda (gen, 60, 4, 3, 50, documents, subs);
  add_huge_states (gen, states, parties);
  add_huge_observers (gen, observers);

  for (guint l = 0; l < HUGE_LISTS; l++)
    {
      PlAgendaItem *item = g_ptr_array_index (subs, huge_list_item (subs, l));
      g_autofree char *title = g_strdup_printf ("General discussion %u", l + 1);
      g_autofree char *position = g_strdup_printf ("%02u", l + 1);
      /* Two minutes: the 75 statements fit the item's meetings. */
      PlSpeakerList *list = add_speaker_list (gen, title, pl_record_get_id (PL_RECORD (item)), position, 120);

      /* States speak first and most; observers after them. */
      for (guint s = 0; s < HUGE_SPEAKERS_PER_LIST; s++, n_speakers++)
        {
          GPtrArray *from = s < 60 ? states : observers;

          add_speaker (gen, list, g_ptr_array_index (from, g_rand_int_range (gen->rand, 0, from->len)), n_speakers);
        }
    }

  add_huge_meetings (gen, subs, meetings);
  add_huge_proposals (gen, subs, parties, meetings);
}

/**
 * pl_generator_scale_from_name:
 * @name: "large" or "huge"
 *
 * Returns: whether @name is a scale, then set in @scale
 */
gboolean
pl_generator_scale_from_name (const char       *name,
                              PlGeneratorScale *scale)
{
  g_return_val_if_fail (scale != NULL, FALSE);

  if (g_strcmp0 (name, "large") == 0)
    *scale = PL_GENERATOR_SCALE_LARGE;
  else if (g_strcmp0 (name, "huge") == 0)
    *scale = PL_GENERATOR_SCALE_HUGE;
  else
    return FALSE;
  return TRUE;
}

/**
 * pl_session_generate:
 * @scale: how big
 * @seed: the same seed gives the same records, _ids included
 *
 * Makes a session for benchmarks and tests (`plenary-cli generate`).
 *
 * Returns: (transfer full): the session, not modified, its history empty
 */
PlSession *
pl_session_generate (PlGeneratorScale scale,
                     guint32          seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GRand) ids = g_rand_new_with_seed (seed ^ 0x1d5u);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  Generator gen = { rand, ids, records };
  PlSession *session = pl_session_new ();

  pl_history_set_recording (pl_session_get_history (session), FALSE);
  if (scale == PL_GENERATOR_SCALE_HUGE)
    generate_huge (&gen, session);
  else
    generate_large (&gen, session);
  pl_session_load_records (session, records);
  pl_history_set_recording (pl_session_get_history (session), TRUE);
  pl_history_clear (pl_session_get_history (session));

  return session;
}
