/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pl-check.h"
#include "pl-credentials-status.h"
#include "pl-proposals.h"
#include "pl-vote-tally.h"

/*
 * Issue 19: who may vote, the quorum and the outcome (pl-vote-tally.c),
 * table-driven. Each case builds a session of its own: delegations from a
 * compact spec, a draft resolution under a Convention item ("c") or under
 * the Trafficking in Persons Protocol's item ("t"), one meeting, one vote;
 * then it asserts the tally and the exact set of proposals.* and votes.*
 * codes the checks report for that session.
 *
 * A delegation is "ISO[:flags]": a State party, present, with formal
 * credentials, party to the Convention only, unless a flag says:
 *   t  party to the Trafficking in Persons Protocol too
 *   s  a signatory (not a party)
 *   r  a regional economic integration organization, party to the
 *      Convention (with t, to the Protocol too)
 *   a  absent (its `present` flag false)
 *   p  provisional credentials (a note verbale)
 *   o  credentials objected to by another State (rule 20)
 *   n  no credentials received
 * Ballots are "ISO:y|n|a", in the order taken; counts "yes,no,abstain".
 */

typedef struct
{
  const char *name;
  /* the session */
  const char *delegations;
  const char *reio_members;   /* "EUR=AUT,BEL" or NULL (members unknown) */
  const char *present;        /* the meeting's `present` list, or NULL */
  gboolean    simple_substance;
  /* the vote */
  char        item;           /* 'c' Convention, 't' the Protocol */
  char        question;       /* 's' substance, 'p' procedure */
  char        kind;           /* 'r' recorded, 'c' roll call, 'n' non-recorded */
  const char *drawn;
  const char *ballots;
  const char *counts;
  const char *status;         /* the proposal's recorded status; NULL: submitted */
  /* expected */
  const char *entitled;
  guint       n_parties, n_present, quorum;
  guint       yes, no, abstain, required;
  PlVoteOutcome outcome;
  const char *codes;          /* sorted, space-separated */
} Case;

#define ADOPTED PL_VOTE_OUTCOME_ADOPTED
#define REJECTED PL_VOTE_OUTCOME_REJECTED
#define NO_QUORUM PL_VOTE_OUTCOME_NO_QUORUM
#define INCOMPLETE PL_VOTE_OUTCOME_INCOMPLETE

static const Case cases[] = {
  { "convention, all in favour",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:y", NULL, "adopted",
    "AUT BEL CHL DNK", 4, 4, 3, 4, 0, 0, 3, ADOPTED, "" },
  { "exactly two thirds adopts",
    "AUT BEL CHL DNK EGY FRA", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:y EGY:n FRA:n", NULL, "adopted",
    "AUT BEL CHL DNK EGY FRA", 6, 6, 4, 4, 2, 0, 4, ADOPTED, "" },
  { "one short of two thirds rejects",
    "AUT BEL CHL DNK EGY", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:n EGY:n", NULL, "rejected",
    "AUT BEL CHL DNK EGY", 5, 5, 3, 3, 2, 0, 4, REJECTED, "" },
  { "the same votes on procedure adopt",
    "AUT BEL CHL DNK EGY", NULL, NULL, FALSE, 'c', 'p', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:n EGY:n", NULL, "adopted",
    "AUT BEL CHL DNK EGY", 5, 5, 3, 3, 2, 0, 3, ADOPTED, "" },
  { "procedure: a tie fails",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 'p', 'r', NULL,
    "AUT:y BEL:y CHL:n DNK:n", NULL, "rejected",
    "AUT BEL CHL DNK", 4, 4, 3, 2, 2, 0, 3, REJECTED, "" },
  { "abstentions only adopt nothing",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:a BEL:a CHL:a", NULL, "rejected",
    "AUT BEL CHL", 3, 3, 2, 0, 0, 3, 1, REJECTED, "" },
  { "abstentions are not votes",
    "AUT BEL CHL DNK EGY", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:a DNK:a EGY:a", NULL, "adopted",
    "AUT BEL CHL DNK EGY", 5, 5, 3, 2, 0, 3, 2, ADOPTED, "" },
  { "no quorum: three of six States parties present",
    "AUT BEL CHL DNK:a EGY:a FRA:a", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y", NULL, NULL,
    "AUT BEL CHL", 6, 3, 4, 3, 0, 0, 2, NO_QUORUM, "votes.quorum" },
  { "quorum: four of six is a majority",
    "AUT BEL CHL DNK EGY:a FRA:a", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:y", NULL, "adopted",
    "AUT BEL CHL DNK", 6, 4, 4, 4, 0, 0, 3, ADOPTED, "" },
  { "Protocol item: a non-party's ballot is not counted",
    "AUT:t BEL:t CHL DNK:t", NULL, NULL, FALSE, 't', 's', 'r', NULL,
    "AUT:y BEL:y DNK:n CHL:y", NULL, "adopted",
    "AUT BEL DNK", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "votes.ineligible" },
  { "Protocol item: the quorum counts the Protocol's parties",
    "AUT:t BEL:t CHL:ta DNK:ta EGY:ta FRA GHA", NULL, NULL, FALSE, 't', 's', 'r', NULL,
    "AUT:y BEL:y", NULL, NULL,
    "AUT BEL", 5, 2, 3, 2, 0, 0, 2, NO_QUORUM, "votes.quorum" },
  { "Convention item: non-parties to the Protocol vote",
    "AUT:t BEL:t CHL DNK", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:y", NULL, "adopted",
    "AUT BEL CHL DNK", 4, 4, 3, 4, 0, 0, 3, ADOPTED, "" },
  { "a signatory does not vote",
    "AUT BEL CHL FIN:s", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:n FIN:y", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "votes.ineligible" },
  { "an absent State's ballot is not counted",
    "AUT BEL CHL DNK:a", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:n", NULL, "adopted",
    "AUT BEL CHL", 4, 3, 3, 3, 0, 0, 2, ADOPTED, "votes.ineligible" },
  { "no credentials, no vote",
    "AUT BEL CHL DNK:n", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:n", NULL, "adopted",
    "AUT BEL CHL", 4, 3, 3, 3, 0, 0, 2, ADOPTED, "votes.ineligible" },
  { "provisional credentials vote (rule 20)",
    "AUT BEL:p CHL:p", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:n", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "" },
  { "credentials objected to still vote (rule 20)",
    "AUT BEL:o CHL", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 3, 0, 0, 2, ADOPTED, "" },
  { "a REIO votes for its member States that do not vote",
    "AUT BEL CHL DNK EUR:r", "EUR=AUT,BEL", NULL, FALSE, 'c', 's', 'r', NULL,
    "EUR:y CHL:n DNK:y", NULL, "adopted",
    "AUT BEL CHL DNK EUR", 4, 4, 3, 3, 1, 0, 3, ADOPTED, "" },
  { "a REIO and one of its members both vote",
    "AUT BEL CHL DNK EUR:r", "EUR=AUT,BEL", NULL, FALSE, 'c', 's', 'r', NULL,
    "EUR:y AUT:n CHL:n DNK:y", NULL, "rejected",
    "AUT BEL CHL DNK EUR", 4, 4, 3, 2, 2, 0, 3, REJECTED, "votes.reio" },
  { "a REIO whose members the session does not know: one vote",
    "AUT BEL CHL EUR:r", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "EUR:y AUT:y BEL:n CHL:n", NULL, "rejected",
    "AUT BEL CHL EUR", 3, 3, 2, 2, 2, 0, 3, REJECTED, "votes.reio" },
  { "a REIO not party to the Protocol does not vote on its item",
    "AUT:t BEL:t CHL:t EUR:r", "EUR=AUT", NULL, FALSE, 't', 's', 'r', NULL,
    "EUR:y BEL:y CHL:y", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 2, 0, 0, 2, ADOPTED, "votes.ineligible" },
  { "a REIO party to the Protocol votes on its item",
    "AUT:t BEL:t CHL:t EUR:rt", "EUR=AUT", NULL, FALSE, 't', 's', 'r', NULL,
    "EUR:y BEL:n CHL:y", NULL, "adopted",
    "AUT BEL CHL EUR", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "" },
  { "roll call from the State drawn, wrapping round",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 's', 'c', "CHL",
    "CHL:y DNK:y AUT:y BEL:n", NULL, "adopted",
    "CHL DNK AUT BEL", 4, 4, 3, 3, 1, 0, 3, ADOPTED, "" },
  { "roll call taken out of order",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 's', 'c', "CHL",
    "AUT:y CHL:y DNK:y BEL:n", NULL, "adopted",
    "CHL DNK AUT BEL", 4, 4, 3, 3, 1, 0, 3, ADOPTED, "votes.roll-call-order" },
  { "roll call without the State drawn by lot",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 's', 'c', NULL,
    "AUT:y BEL:y CHL:y DNK:y", NULL, "adopted",
    "AUT BEL CHL DNK", 4, 4, 3, 4, 0, 0, 3, ADOPTED, "votes.roll-call-order" },
  { "roll call not finished",
    "AUT BEL CHL DNK", NULL, NULL, FALSE, 'c', 's', 'c', "AUT",
    "AUT:y BEL:y CHL:y", NULL, NULL,
    "AUT BEL CHL DNK", 4, 4, 3, 3, 0, 0, 2, INCOMPLETE, "" },
  { "roll call: a REIO's vote answers for its members",
    "AUT BEL CHL EUR:r", "EUR=AUT,BEL", NULL, FALSE, 'c', 's', 'c', "AUT",
    "CHL:y EUR:y", NULL, "adopted",
    "AUT BEL CHL EUR", 3, 3, 2, 3, 0, 0, 2, ADOPTED, "" },
  { "roll call: accents folded in English alphabetical order",
    "AUT CIV CUB DNK", NULL, NULL, FALSE, 'c', 's', 'c', "CIV",
    "CIV:y CUB:y DNK:y AUT:y", NULL, "adopted",
    "CIV CUB DNK AUT", 4, 4, 3, 4, 0, 0, 3, ADOPTED, "" },
  { "roll call: a drawn State not entitled starts the call where its name stands",
    "AUT BEL FIN:s GHA", NULL, NULL, FALSE, 'c', 's', 'c', "FIN",
    "GHA:y AUT:y BEL:y", NULL, "adopted",
    "GHA AUT BEL", 3, 3, 2, 3, 0, 0, 2, ADOPTED, "" },
  { "non-recorded vote: the counts decide",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'n', NULL,
    NULL, "2,1,0", "adopted",
    "AUT BEL CHL", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "" },
  { "non-recorded vote without counts",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'n', NULL,
    NULL, NULL, "rejected",
    "AUT BEL CHL", 3, 3, 2, 0, 0, 0, 1, REJECTED, "votes.counts" },
  { "announced counts differ from the ballots",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:n", "3,0,0", "adopted",
    "AUT BEL CHL", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "votes.counts" },
  { "recorded as adopted against the majority",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:n CHL:n", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 1, 2, 0, 2, REJECTED, "votes.outcome" },
  { "recorded as rejected against the majority",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 'p', 'r', NULL,
    "AUT:y BEL:y CHL:n", NULL, "rejected",
    "AUT BEL CHL", 3, 3, 2, 2, 1, 0, 2, ADOPTED, "votes.outcome" },
  { "the meeting's attendance over the delegations' flags",
    "AUT BEL CHL DNK", NULL, "AUT BEL CHL", FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:y", NULL, "adopted",
    "AUT BEL CHL", 4, 3, 3, 3, 0, 0, 2, ADOPTED, "votes.ineligible" },
  { "session setting: a simple majority for substance",
    "AUT BEL CHL DNK EGY", NULL, NULL, TRUE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y DNK:n EGY:n", NULL, "adopted",
    "AUT BEL CHL DNK EGY", 5, 5, 3, 3, 2, 0, 3, ADOPTED, "" },
  { "a ballot for a delegation not in the session",
    "AUT BEL CHL", NULL, NULL, FALSE, 'c', 's', 'r', NULL,
    "AUT:y BEL:y CHL:y ZZZ:n", NULL, "adopted",
    "AUT BEL CHL", 3, 3, 2, 3, 0, 0, 2, ADOPTED, "votes.ineligible" },
};

static const struct {
  const char *iso3;
  const char *name;
} names[] = {
  { "AUT", "Austria" }, { "BEL", "Belgium" }, { "CHL", "Chile" }, { "CIV", "Côte d’Ivoire" },
  { "CUB", "Cuba" }, { "DNK", "Denmark" }, { "EGY", "Egypt" }, { "EUR", "European Union" },
  { "FIN", "Finland" }, { "FRA", "France" }, { "GHA", "Ghana" },
};

static const char *
name_for (const char *iso3)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].iso3, iso3))
      return names[i].name;
  g_assert_not_reached ();
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static char *
id_of (const char *iso3)
{
  return g_strdup_printf ("delegation:%s", iso3);
}

/* A JSON array of delegation _ids from "AUT,BEL" (or "AUT BEL"). */
static JsonNode *
id_array (const char *list)
{
  g_auto(GStrv) parts = g_strsplit_set (list, ", ", -1);
  JsonArray *array = json_array_new ();
  JsonNode *node;

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      {
        g_autofree char *id = id_of (parts[i]);

        json_array_add_string_element (array, id);
      }
  node = json_node_init_array (json_node_alloc (), array);
  json_array_unref (array);
  return node;
}

static void
add_delegation (PlSession  *session,
                const char *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, ":", 2);
  const char *iso3 = parts[0];
  const char *flags = parts[1] != NULL ? parts[1] : "";
  g_autofree char *id = id_of (iso3);
  g_autoptr(PlDelegation) delegation = pl_delegation_new (id);
  g_autoptr(JsonNode) adherence = NULL;
  gboolean reio = strchr (flags, 'r') != NULL;

  pl_delegation_set_name (delegation, name_for (iso3));
  pl_delegation_set_iso3 (delegation, iso3);
  pl_delegation_set_category (delegation,
                              reio ? PL_DELEGATION_CATEGORY_REIO
                              : strchr (flags, 's') ? PL_DELEGATION_CATEGORY_SIGNATORY
                              : PL_DELEGATION_CATEGORY_STATE_PARTY);
  adherence = parse (strchr (flags, 's') ? "{\"untoc\":\"signatory\",\"tip\":\"none\"}"
                     : strchr (flags, 't') ? "{\"untoc\":\"party\",\"tip\":\"party\"}"
                     : "{\"untoc\":\"party\",\"tip\":\"none\"}");
  pl_delegation_set_adherence (delegation, adherence);
  pl_delegation_set_present (delegation, strchr (flags, 'a') == NULL);
  pl_session_add_record (session, PL_RECORD (delegation));

  if (strchr (flags, 'n') == NULL)
    {
      g_autofree char *cid = g_strdup_printf ("credentials:%s", iso3);
      g_autoptr(PlCredentials) credentials = pl_credentials_new (cid);

      pl_credentials_set_delegation (credentials, id);
      pl_credentials_set_form (credentials, strchr (flags, 'p') ? PL_CREDENTIALS_FORM_NOTE_VERBALE
                                                                : PL_CREDENTIALS_FORM_ORIGINAL);
      pl_credentials_set_issuer (credentials, reio ? PL_CREDENTIALS_ISSUER_REIO_AUTHORITY
                                                   : PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER);
      pl_credentials_set_received (credentials, "2030-03-01T10:00:00Z");
      pl_session_add_record (session, PL_RECORD (credentials));
      if (strchr (flags, 'o') != NULL)
        pl_credentials_object (credentials, "delegation:ZZZ", "2030-03-03", "Not the government in control");
    }
}

static PlSession *
build_session (const Case *c,
               PlVote    **vote_out)
{
  PlSession *session = pl_session_new ();
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(PlAgendaItem) convention = pl_agenda_item_new ("item:convention");
  g_autoptr(PlAgendaItem) protocol = pl_agenda_item_new ("item:tip");
  g_autoptr(PlMeeting) meeting = pl_meeting_new ("meeting:plenary-3");
  g_autoptr(PlProposal) proposal = pl_proposal_new ("proposal:l3");
  g_autoptr(PlVote) vote = pl_vote_new ("vote:l3");
  g_auto(GStrv) delegations = g_strsplit (c->delegations, " ", -1);

  pl_session_settings_set_session_number (settings, 10);
  pl_session_settings_set_timezone (settings, "UTC");
  pl_session_settings_set_start_date (settings, "2030-03-04");
  pl_session_settings_set_end_date (settings, "2030-03-08");
  if (c->simple_substance)
    pl_session_settings_set_majority_substance (settings, PL_MAJORITY_SIMPLE);

  pl_agenda_item_set_title (convention, "Review of the implementation of the Convention");
  pl_agenda_item_set_position (convention, "a");
  pl_session_add_record (session, PL_RECORD (convention));
  pl_agenda_item_set_title (protocol, "Trafficking in Persons Protocol");
  pl_agenda_item_set_position (protocol, "b");
  pl_agenda_item_set_instrument (protocol, "tip");
  pl_session_add_record (session, PL_RECORD (protocol));

  for (guint i = 0; delegations[i] != NULL; i++)
    add_delegation (session, delegations[i]);
  if (c->reio_members != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (c->reio_members, "=", 2);
      g_autofree char *reio = id_of (parts[0]);
      g_autoptr(JsonNode) members = id_array (parts[1]);

      pl_delegation_set_member_states (PL_DELEGATION (pl_session_lookup (session, reio)), members);
    }

  pl_meeting_set_date (meeting, "2030-03-05");
  pl_meeting_set_start (meeting, "10:00");
  pl_meeting_set_end (meeting, "13:00");
  pl_meeting_set_body (meeting, PL_MEETING_BODY_PLENARY);
  if (c->present != NULL)
    {
      g_autoptr(JsonNode) present = id_array (c->present);

      pl_meeting_set_present (meeting, present);
    }
  pl_session_add_record (session, PL_RECORD (meeting));

  pl_proposal_set_kind (proposal, PL_PROPOSAL_KIND_DRAFT_RESOLUTION);
  pl_proposal_set_symbol (proposal, "CTOC/COP/2030/L.3");
  pl_proposal_set_title (proposal, "Strengthening international cooperation");
  pl_proposal_set_item (proposal, c->item == 't' ? "item:tip" : "item:convention");
  pl_proposal_set_submitted (proposal, "2030-02-01T09:00:00Z");
  pl_proposal_set_status (proposal, PL_PROPOSAL_STATUS_SUBMITTED);
  if (c->status != NULL)
    {
      int status;
      g_autoptr(JsonNode) action = parse ("{\"meeting\":\"meeting:plenary-3\",\"method\":\"vote\",\"vote\":\"vote:l3\"}");

      g_assert_true (pl_enum_from_nick (PL_TYPE_PROPOSAL_STATUS, c->status, &status));
      pl_proposal_set_status (proposal, status);
      pl_proposal_set_action (proposal, action);
      if (status == PL_PROPOSAL_STATUS_ADOPTED)
        pl_proposal_set_adopted_as (proposal, "10/1");
    }
  pl_session_add_record (session, PL_RECORD (proposal));

  pl_vote_set_proposal (vote, "proposal:l3");
  pl_vote_set_meeting (vote, "meeting:plenary-3");
  pl_vote_set_question (vote, c->question == 'p' ? PL_VOTE_QUESTION_PROCEDURE : PL_VOTE_QUESTION_SUBSTANCE);
  pl_vote_set_kind (vote, c->kind == 'c' ? PL_VOTE_KIND_ROLL_CALL
                          : c->kind == 'n' ? PL_VOTE_KIND_NON_RECORDED : PL_VOTE_KIND_RECORDED);
  if (c->drawn != NULL)
    {
      g_autofree char *drawn = id_of (c->drawn);

      pl_vote_set_drawn (vote, drawn);
    }
  if (c->ballots != NULL)
    {
      g_auto(GStrv) ballots = g_strsplit (c->ballots, " ", -1);

      for (guint i = 0; ballots[i] != NULL; i++)
        {
          g_auto(GStrv) pair = g_strsplit (ballots[i], ":", 2);
          g_autofree char *id = id_of (pair[0]);

          pl_vote_set_ballot (vote, id, pair[1][0] == 'y' ? PL_BALLOT_YES
                                        : pair[1][0] == 'n' ? PL_BALLOT_NO : PL_BALLOT_ABSTAIN);
        }
    }
  if (c->counts != NULL)
    {
      unsigned y, n, a;
      g_autofree char *text = NULL;
      g_autoptr(JsonNode) counts = NULL;

      g_assert_cmpint (sscanf (c->counts, "%u,%u,%u", &y, &n, &a), ==, 3);
      text = g_strdup_printf ("{\"yes\":%u,\"no\":%u,\"abstain\":%u}", y, n, a);
      counts = parse (text);
      pl_vote_set_counts (vote, counts);
    }
  pl_vote_set_announced_at (vote, "2030-03-05T11:00:00Z");
  pl_session_add_record (session, PL_RECORD (vote));

  *vote_out = vote;
  return session;
}

static char *
join_iso (GPtrArray *ids)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      g_assert_true (g_str_has_prefix (id, "delegation:"));
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, id + strlen ("delegation:"));
    }
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The codes of the proposals and votes checks, sorted, once each. */
static char *
finding_codes (PlSession *session)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const char *code = pl_finding_get_code (finding);

      if ((g_str_has_prefix (code, "votes.") || g_str_has_prefix (code, "proposals."))
          && !g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, (gpointer) g_intern_string (code));
    }
  g_ptr_array_sort (codes, compare_strings);
  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", (const char *) g_ptr_array_index (codes, i));
  return g_string_free (out, FALSE);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(PlSession) session = NULL;
  g_autoptr(PlVoteTally) tally = NULL;
  g_autofree char *entitled = NULL;
  g_autofree char *codes = NULL;
  PlVote *vote;

  session = build_session (c, &vote);
  tally = pl_vote_tally_compute (session, vote);

  entitled = join_iso (tally->entitled);
  g_assert_cmpstr (entitled, ==, c->entitled);
  g_assert_cmpuint (tally->n_parties, ==, c->n_parties);
  g_assert_cmpuint (tally->n_present, ==, c->n_present);
  g_assert_cmpuint (tally->quorum, ==, c->quorum);
  g_assert_cmpuint (tally->quorum_met, ==, c->outcome != NO_QUORUM);
  g_assert_cmpuint (tally->yes, ==, c->yes);
  g_assert_cmpuint (tally->no, ==, c->no);
  g_assert_cmpuint (tally->abstain, ==, c->abstain);
  g_assert_cmpuint (tally->present_and_voting, ==, c->yes + c->no);
  g_assert_cmpuint (tally->required, ==, c->required);
  g_assert_cmpint (tally->majority, ==,
                   c->question == 'p' || c->simple_substance ? PL_MAJORITY_SIMPLE : PL_MAJORITY_TWO_THIRDS);
  g_assert_cmpstr (pl_enum_to_nick (PL_TYPE_VOTE_OUTCOME, tally->outcome), ==,
                   pl_enum_to_nick (PL_TYPE_VOTE_OUTCOME, c->outcome));

  codes = finding_codes (session);
  g_assert_cmpstr (codes, ==, c->codes);

  /* A check run's shared roll (pl_vote_roll_new()) gives the same tally. */
  {
    g_autoptr(PlVoteRoll) roll = pl_vote_roll_new (session);
    g_autoptr(PlVoteTally) shared = pl_vote_tally_compute_with (roll, vote);
    g_autofree char *shared_entitled = join_iso (shared->entitled);

    g_assert_cmpstr (shared_entitled, ==, c->entitled);
    g_assert_cmpuint (shared->yes, ==, c->yes);
    g_assert_cmpint (shared->outcome, ==, c->outcome);
  }
}

/* The majority arithmetic on its own: ceil(2/3) and "more than half". */
static void
test_required (void)
{
  static const struct { PlMajority majority; guint voting, required; } rows[] = {
    { PL_MAJORITY_TWO_THIRDS, 0, 1 }, { PL_MAJORITY_TWO_THIRDS, 1, 1 }, { PL_MAJORITY_TWO_THIRDS, 2, 2 },
    { PL_MAJORITY_TWO_THIRDS, 3, 2 }, { PL_MAJORITY_TWO_THIRDS, 4, 3 }, { PL_MAJORITY_TWO_THIRDS, 5, 4 },
    { PL_MAJORITY_TWO_THIRDS, 6, 4 }, { PL_MAJORITY_TWO_THIRDS, 150, 100 }, { PL_MAJORITY_TWO_THIRDS, 151, 101 },
    { PL_MAJORITY_SIMPLE, 0, 1 }, { PL_MAJORITY_SIMPLE, 1, 1 }, { PL_MAJORITY_SIMPLE, 2, 2 },
    { PL_MAJORITY_SIMPLE, 3, 2 }, { PL_MAJORITY_SIMPLE, 4, 3 }, { PL_MAJORITY_SIMPLE, 151, 76 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpuint (pl_vote_required (rows[i].majority, rows[i].voting), ==, rows[i].required);
}

/* Each finding names the vote it is about. */
static void
test_subject (void)
{
  g_autoptr(PlSession) session = NULL;
  g_autoptr(GListStore) findings = NULL;
  PlVote *vote;
  guint n = 0;

  session = build_session (&cases[7], &vote);
  findings = pl_check_session (session);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (pl_finding_get_code (finding), "votes.quorum"))
        {
          g_assert_cmpstr (pl_finding_get_subject (finding), ==, "vote:l3");
          g_assert_cmpint (pl_finding_get_severity (finding), ==, PL_SEVERITY_ERROR);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, 1);
}

/* Issue 23: a check shares one roll among its votes; a credentials change
 * between two checks still changes what the second one finds. */
static void
test_roll_per_check (void)
{
  g_autoptr(PlSession) session = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(PlCredentials) credentials = NULL;
  PlVote *vote;

  session = build_session (&cases[0], &vote);
  before = finding_codes (session);
  g_assert_cmpstr (before, ==, "");

  credentials = g_object_ref (PL_CREDENTIALS (pl_session_lookup (session, "credentials:AUT")));
  pl_session_remove_record (session, PL_RECORD (credentials));
  after = finding_codes (session);
  g_assert_cmpstr (after, ==, "votes.ineligible");

  pl_session_add_record (session, PL_RECORD (credentials));
  restored = finding_codes (session);
  g_assert_cmpstr (restored, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 25);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/vote-tally/case/%02u", i + 1);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/vote-tally/required", test_required);
  g_test_add_func ("/vote-tally/subject", test_subject);
  g_test_add_func ("/vote-tally/roll-per-check", test_roll_per_check);

  return g_test_run ();
}
