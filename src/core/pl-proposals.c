/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-json-text.h"
#include "pl-proposals.h"
#include "pl-symbol.h"
#include "pl-vote-tally.h"

/*
 * The register of proposals (RULES.md, "Meetings, decisions and the
 * record"; issue 19): L documents and their revisions, amendments,
 * sponsors, the status workflow, action taken and the numbers adopted
 * texts receive. Each user action is one undo step (one pl_history group),
 * and a refused action changes nothing: every condition is checked before
 * the first record is touched.
 */

G_DEFINE_QUARK (pl-proposals-error-quark, pl_proposals_error)

static gboolean
is_number (const char *s,
           gsize       len)
{
  if (len == 0 || (len > 1 && s[0] == '0'))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* "L.3" -> 3; "Rev.1" -> 1; else 0. */
static int
numbered_component (const char *component,
                    const char *prefix)
{
  gsize n = strlen (prefix);

  if (strncmp (component, prefix, n) != 0 || !is_number (component + n, strlen (component + n)))
    return 0;
  return (int) MIN (strtol (component + n, NULL, 10), G_MAXINT);
}

/**
 * pl_proposal_symbol_parse:
 * @base: (out) (optional) (transfer full): the symbol without its revision
 * @revision: (out) (optional): the revision, 0 for the original
 *
 * Reads an L document's symbol: a UN document symbol
 * (pl_symbol_validate()) whose last component is `L.<n>`, or `L.<n>`
 * followed by `Rev.<m>`: "CTOC/COP/2020/L.3" is revision 0 of itself,
 * "CTOC/COP/2020/L.3/Rev.1" revision 1 of "CTOC/COP/2020/L.3". Draft
 * proposals are issued in the limited (L) series, and a revision replaces
 * the text it revises.
 *
 * Returns: %FALSE with @error (%PL_PROPOSALS_ERROR_SYMBOL) saying what is
 *   wrong
 */
gboolean
pl_proposal_symbol_parse (const char  *symbol,
                          char       **base,
                          int         *revision,
                          GError     **error)
{
  g_autoptr(GError) invalid = NULL;
  g_auto(GStrv) parts = NULL;
  guint n;
  int rev = 0;

  if (symbol == NULL || *symbol == '\0')
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL,
                           _("A draft proposal needs the symbol of its L document, such as CTOC/COP/2020/L.3."));
      return FALSE;
    }
  if (!pl_symbol_validate (symbol, &invalid))
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL, invalid->message);
      return FALSE;
    }

  parts = g_strsplit (symbol, "/", -1);
  n = g_strv_length (parts);
  if (n >= 2 && g_str_has_prefix (parts[n - 1], "Rev."))
    {
      rev = numbered_component (parts[n - 1], "Rev.");
      if (rev == 0)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL,
                       /* Translators: a document symbol */
                       _("“%s” is not a proposal’s symbol: a revision is numbered from 1, as in L.3/Rev.1."),
                       symbol);
          return FALSE;
        }
      n--;
    }
  if (n < 2 || numbered_component (parts[n - 1], "L.") == 0)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL,
                   /* Translators: a document symbol */
                   _("“%s” is not a proposal’s symbol: it must end with the L document’s number, as in "
                     "CTOC/COP/2020/L.3, or with its revision, as in CTOC/COP/2020/L.3/Rev.1."),
                   symbol);
      return FALSE;
    }

  if (base != NULL)
    {
      g_free (parts[n]);
      parts[n] = NULL;
      *base = g_strjoinv ("/", parts);
    }
  if (revision != NULL)
    *revision = rev;
  return TRUE;
}

/**
 * pl_proposal_kind_is_numbered:
 *
 * Returns: whether an adopted proposal of @kind receives a number
 *   ("resolution 10/1", "decision 10/1"): draft resolutions and draft
 *   decisions do, each in its own series; amendments and motions do not
 */
gboolean
pl_proposal_kind_is_numbered (PlProposalKind kind)
{
  return kind == PL_PROPOSAL_KIND_DRAFT_RESOLUTION || kind == PL_PROPOSAL_KIND_DRAFT_DECISION;
}

static gboolean
kind_needs_symbol (PlProposalKind kind)
{
  return pl_proposal_kind_is_numbered (kind);
}

static gboolean
status_is_final (PlProposalStatus status)
{
  return status == PL_PROPOSAL_STATUS_ADOPTED || status == PL_PROPOSAL_STATUS_REJECTED
         || status == PL_PROPOSAL_STATUS_WITHDRAWN;
}

static const char *
label_of (PlProposal *proposal)
{
  const char *symbol = pl_proposal_get_symbol (proposal);
  const char *title = pl_proposal_get_title (proposal);

  if (symbol != NULL && *symbol != '\0')
    return symbol;
  if (title != NULL && *title != '\0')
    return title;
  return pl_record_get_id (PL_RECORD (proposal));
}

static PlProposal *
find_by_symbol (PlSession  *session,
                const char *symbol)
{
  GListModel *proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) proposal = g_list_model_get_item (proposals, i);

      if (g_strcmp0 (pl_proposal_get_symbol (proposal), symbol) == 0)
        return proposal;
    }
  return NULL;
}

static gboolean
check_symbol (PlSession       *session,
              PlProposalKind   kind,
              const char      *symbol,
              GError         **error)
{
  if ((symbol == NULL || *symbol == '\0') && !kind_needs_symbol (kind))
    return TRUE;
  if (!pl_proposal_symbol_parse (symbol, NULL, NULL, error))
    return FALSE;
  if (find_by_symbol (session, symbol) != NULL)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SYMBOL_TAKEN,
                   /* Translators: a document symbol */
                   _("Another proposal already has the symbol %s."), symbol);
      return FALSE;
    }
  return TRUE;
}

/**
 * pl_proposals_add:
 * @symbol: (nullable): the L document's symbol; required for draft
 *   resolutions and decisions, optional for amendments (an oral amendment
 *   or a motion has none)
 * @title: (nullable): the title
 *
 * Adds a proposal to the register, as a draft, in one undo step.
 *
 * Returns: (transfer none) (nullable): the proposal, or %NULL with @error
 *   set and nothing changed when the symbol does not parse or is taken
 */
PlProposal *
pl_proposals_add (PlSession       *session,
                  PlProposalKind   kind,
                  const char      *symbol,
                  const char      *title,
                  GError         **error)
{
  g_autoptr(PlProposal) proposal = NULL;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_symbol (session, kind, symbol, error))
    return NULL;

  proposal = pl_proposal_new (NULL);
  pl_proposal_set_kind (proposal, kind);
  pl_proposal_set_symbol (proposal, symbol != NULL && *symbol != '\0' ? symbol : NULL);
  pl_proposal_set_title (proposal, title);
  pl_proposal_set_status (proposal, PL_PROPOSAL_STATUS_DRAFT);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Add Proposal"));
  pl_session_add_record (session, PL_RECORD (proposal));
  pl_history_end_group (history);
  return proposal;
}

static PlProposal *
revision_of (PlSession  *session,
             PlProposal *proposal)
{
  GListModel *proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  const char *id = pl_record_get_id (PL_RECORD (proposal));

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) other = g_list_model_get_item (proposals, i);

      if (other != proposal && g_strcmp0 (pl_proposal_get_revises (other), id) == 0)
        return other;
    }
  return NULL;
}

/**
 * pl_proposals_is_superseded:
 *
 * Returns: whether a revision replaces @proposal in the register (it stays
 *   in the session as history)
 */
gboolean
pl_proposals_is_superseded (PlSession  *session,
                            PlProposal *proposal)
{
  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);

  return revision_of (session, proposal) != NULL;
}

/**
 * pl_proposals_current:
 *
 * Returns: (transfer none): the latest revision of @proposal (itself when
 *   not revised)
 */
PlProposal *
pl_proposals_current (PlSession  *session,
                      PlProposal *proposal)
{
  PlProposal *next;
  guint guard = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), proposal);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), proposal);

  /* The guard stops a cycle a hand-edited file could hold. */
  while ((next = revision_of (session, proposal)) != NULL && guard++ < 1000)
    proposal = next;
  return proposal;
}

/**
 * pl_proposals_revise:
 *
 * Issues the next revision of @proposal (`L.3` -> `L.3/Rev.1`, `L.3/Rev.1`
 * -> `L.3/Rev.2`), in one undo step: a new proposal with the kind, title,
 * item, body, amends, sponsors, financial implications, submission time
 * and status of the one it revises (a revision continues the same
 * proposal: it was submitted when the original was, for the deadline),
 * and `revises` naming it; the old one stays as history.
 *
 * Returns: (transfer none) (nullable): the revision, or %NULL with @error
 *   set: no symbol, a revision already issued, a proposal already acted
 *   on, or the new symbol taken
 */
PlProposal *
pl_proposals_revise (PlSession   *session,
                     PlProposal  *proposal,
                     GError     **error)
{
  g_autoptr(PlProposal) revision = NULL;
  g_autofree char *base = NULL;
  g_autofree char *symbol = NULL;
  PlHistory *history;
  int number;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!pl_proposal_symbol_parse (pl_proposal_get_symbol (proposal), &base, &number, error))
    return NULL;
  if (pl_proposals_is_superseded (session, proposal))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was revised already: revise its latest revision."), label_of (proposal));
      return NULL;
    }
  if (status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: it cannot be revised."), label_of (proposal));
      return NULL;
    }
  symbol = g_strdup_printf ("%s/Rev.%d", base, number + 1);
  if (!check_symbol (session, pl_proposal_get_kind (proposal), symbol, error))
    return NULL;

  revision = pl_proposal_new (NULL);
  pl_proposal_set_kind (revision, pl_proposal_get_kind (proposal));
  pl_proposal_set_symbol (revision, symbol);
  pl_proposal_set_title (revision, pl_proposal_get_title (proposal));
  pl_proposal_set_item (revision, pl_proposal_get_item (proposal));
  pl_proposal_set_body (revision, pl_proposal_get_body (proposal));
  pl_proposal_set_amends (revision, pl_proposal_get_amends (proposal));
  pl_proposal_set_sponsors (revision, pl_proposal_get_sponsors (proposal));
  pl_proposal_set_submitted (revision, pl_proposal_get_submitted (proposal));
  pl_proposal_set_status (revision, pl_proposal_get_status (proposal));
  pl_proposal_set_financial_implications (revision, pl_proposal_get_financial_implications (proposal));
  pl_proposal_set_revises (revision, pl_record_get_id (PL_RECORD (proposal)));

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Revise Proposal"));
  pl_session_add_record (session, PL_RECORD (revision));
  pl_history_end_group (history);
  return revision;
}

/**
 * pl_proposals_item_source:
 *
 * Returns: (transfer none): the proposal whose `item` @proposal's item is:
 *   itself when it names one, else (an amendment) what it amends, followed
 *   up to the first that names one
 */
PlProposal *
pl_proposals_item_source (PlSession  *session,
                          PlProposal *proposal)
{
  guint guard = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), proposal);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), proposal);

  while (pl_proposal_get_item (proposal) == NULL && guard++ < 1000)
    {
      PlRecord *amended = pl_session_lookup (session, pl_proposal_get_amends (proposal));

      if (!PL_IS_PROPOSAL (amended))
        break;
      proposal = PL_PROPOSAL (amended);
    }
  return proposal;
}

/**
 * pl_proposals_item_of:
 *
 * Returns: (nullable): the agenda item's _id @proposal is under: its own,
 *   or for an amendment that names none, that of what it amends
 */
const char *
pl_proposals_item_of (PlSession  *session,
                      PlProposal *proposal)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  return pl_proposal_get_item (pl_proposals_item_source (session, proposal));
}

/**
 * pl_proposals_set_amends:
 * @amended_id: (nullable): the proposal @proposal amends, %NULL for none
 *
 * Links an amendment to the proposal it amends, in one undo step.
 *
 * Returns: %FALSE with @error (%PL_PROPOSALS_ERROR_AMENDS) and nothing
 *   changed for an amendment to itself, to a proposal that (through its
 *   own amendments) amends it, or to a proposal not in the session
 */
gboolean
pl_proposals_set_amends (PlSession   *session,
                         PlProposal  *proposal,
                         const char  *amended_id,
                         GError     **error)
{
  PlHistory *history;
  PlRecord *amended;
  guint guard = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (amended_id != NULL)
    {
      amended = pl_session_lookup (session, amended_id);
      if (!PL_IS_PROPOSAL (amended))
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_AMENDS,
                       /* Translators: a record _id */
                       _("The proposal “%s” is not in the session."), amended_id);
          return FALSE;
        }
      /* Walk up from the amended one: meeting the amendment means it
       * would amend itself, directly or through its own amendments. */
      for (PlRecord *up = amended; PL_IS_PROPOSAL (up) && guard++ < 1000;
           up = pl_session_lookup (session, pl_proposal_get_amends (PL_PROPOSAL (up))))
        if (up == PL_RECORD (proposal))
          {
            g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_AMENDS,
                         /* Translators: a document symbol */
                         _("%s cannot amend itself."), label_of (proposal));
            return FALSE;
          }
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Amended Proposal"));
  pl_proposal_set_amends (proposal, amended_id);
  pl_history_end_group (history);
  return TRUE;
}

static char *
format_now_or (GDateTime *time)
{
  g_autoptr(GDateTime) now = NULL;

  if (time == NULL)
    time = now = g_date_time_new_now_utc ();
  return g_date_time_format_iso8601 (time);
}

static const char *
entry_string (JsonObject *entry,
              const char *member)
{
  return pl_json_object_get_string (entry, member, NULL);
}

static gboolean
entry_is_active (JsonObject *entry)
{
  const char *withdrawn = entry_string (entry, "withdrawn");

  return withdrawn == NULL || *withdrawn == '\0';
}

/**
 * pl_proposals_is_sponsor:
 *
 * Returns: whether @delegation_id sponsors or co-sponsors @proposal and
 *   has not withdrawn
 */
gboolean
pl_proposals_is_sponsor (PlProposal *proposal,
                         const char *delegation_id)
{
  JsonNode *sponsors;

  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);

  sponsors = pl_proposal_get_sponsors (proposal);
  if (sponsors == NULL || !JSON_NODE_HOLDS_ARRAY (sponsors))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (sponsors)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (sponsors), i);

      if (JSON_NODE_HOLDS_OBJECT (element)
          && g_strcmp0 (entry_string (json_node_get_object (element), "delegation"), delegation_id) == 0
          && entry_is_active (json_node_get_object (element)))
        return TRUE;
    }
  return FALSE;
}

/* A copy of the sponsors whose entries can be edited: the stored tree is
 * sealed, and json_node_copy() shares an object node's JsonObject. */
static JsonArray *
copy_sponsors (PlProposal *proposal)
{
  JsonNode *sponsors = pl_proposal_get_sponsors (proposal);
  JsonArray *copy = json_array_new ();

  if (sponsors == NULL || !JSON_NODE_HOLDS_ARRAY (sponsors))
    return copy;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (sponsors)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (sponsors), i);
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;
      JsonObject *entry;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          json_array_add_element (copy, json_node_copy (element));
          continue;
        }
      entry = json_object_new ();
      json_object_iter_init_ordered (&iter, json_node_get_object (element));
      while (json_object_iter_next_ordered (&iter, &name, &value))
        json_object_set_member (entry, name, json_node_copy (value));
      json_array_add_object_element (copy, entry);
    }
  return copy;
}

/* Takes @array. */
static void
store_sponsors (PlProposal *proposal,
                JsonArray  *array)
{
  g_autoptr(JsonNode) node = json_node_init_array (json_node_alloc (), array);

  json_array_unref (array);
  pl_proposal_set_sponsors (proposal, node);
}

static gboolean
check_sponsor (PlSession   *session,
               PlProposal  *proposal,
               const char  *delegation_id,
               GError     **error)
{
  PlRecord *delegation = pl_session_lookup (session, delegation_id);

  if (!PL_IS_DELEGATION (delegation))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DELEGATION,
                   /* Translators: a record _id */
                   _("The delegation “%s” is not in the session."), delegation_id ? delegation_id : "");
      return FALSE;
    }
  if (pl_proposals_is_sponsor (proposal, delegation_id))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SPONSOR,
                   /* Translators: a State's name, then a document symbol */
                   _("%s already sponsors %s."), pl_delegation_get_name (PL_DELEGATION (delegation)),
                   label_of (proposal));
      return FALSE;
    }
  return TRUE;
}

static void
append_sponsor (PlProposal *proposal,
                const char *delegation_id,
                gboolean    cosponsor,
                const char *on_behalf_of,
                const char *joined)
{
  JsonArray *array = copy_sponsors (proposal);
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "delegation", delegation_id);
  json_object_set_string_member (entry, "role", cosponsor ? "cosponsor" : "sponsor");
  if (on_behalf_of != NULL && *on_behalf_of != '\0')
    json_object_set_string_member (entry, "on_behalf_of", on_behalf_of);
  else
    json_object_set_null_member (entry, "on_behalf_of");
  json_object_set_string_member (entry, "joined", joined);
  json_object_set_null_member (entry, "withdrawn");
  json_array_add_object_element (array, entry);
  store_sponsors (proposal, array);
}

/**
 * pl_proposals_add_sponsor:
 * @cosponsor: %TRUE for a co-sponsor, %FALSE for a sponsor
 * @on_behalf_of: (nullable): the regional group the State sponsors for
 * @joined: (nullable): when it joined; %NULL for now
 *
 * A State joins @proposal as sponsor or co-sponsor, in one undo step (a
 * State that withdrew may join again: a new entry, the old one stays).
 *
 * Returns: %FALSE with @error and nothing changed for a delegation not in
 *   the session or one already sponsoring, or a text adopted, rejected or
 *   withdrawn (States join until it is adopted)
 */
gboolean
pl_proposals_add_sponsor (PlSession   *session,
                          PlProposal  *proposal,
                          const char  *delegation_id,
                          gboolean     cosponsor,
                          const char  *on_behalf_of,
                          GDateTime   *joined,
                          GError     **error)
{
  g_autofree char *when = NULL;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: States no longer join it."), label_of (proposal));
      return FALSE;
    }
  if (!check_sponsor (session, proposal, delegation_id, error))
    return FALSE;

  when = format_now_or (joined);
  history = pl_session_get_history (session);
  pl_history_begin_group (history, cosponsor ? _("Add Co-sponsor") : _("Add Sponsor"));
  append_sponsor (proposal, delegation_id, cosponsor, on_behalf_of, when);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_proposals_withdraw_sponsor:
 * @withdrawn: (nullable): when; %NULL for now
 *
 * A sponsor or co-sponsor withdraws its name, in one undo step; the entry
 * stays with the time of withdrawal, for the record.
 *
 * Returns: %FALSE with @error for a delegation that does not sponsor it
 */
gboolean
pl_proposals_withdraw_sponsor (PlSession   *session,
                               PlProposal  *proposal,
                               const char  *delegation_id,
                               GDateTime   *withdrawn,
                               GError     **error)
{
  g_autofree char *when = NULL;
  JsonArray *array;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pl_proposals_is_sponsor (proposal, delegation_id))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_SPONSOR,
                   /* Translators: a record _id, then a document symbol */
                   _("“%s” does not sponsor %s."), delegation_id ? delegation_id : "", label_of (proposal));
      return FALSE;
    }

  when = format_now_or (withdrawn);
  array = copy_sponsors (proposal);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (element)
          && g_strcmp0 (entry_string (json_node_get_object (element), "delegation"), delegation_id) == 0
          && entry_is_active (json_node_get_object (element)))
        json_object_set_string_member (json_node_get_object (element), "withdrawn", when);
    }
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Withdraw Sponsor"));
  store_sponsors (proposal, array);
  pl_history_end_group (history);
  return TRUE;
}

static gboolean
has_vote (PlSession  *session,
          PlProposal *proposal)
{
  GListModel *votes = pl_session_get_records (session, PL_TYPE_VOTE);
  const char *id = pl_record_get_id (PL_RECORD (proposal));

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(PlVote) vote = g_list_model_get_item (votes, i);

      if (g_strcmp0 (pl_vote_get_proposal (vote), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static GPtrArray *
amendments_of (PlSession  *session,
               PlProposal *proposal)
{
  GListModel *proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  GPtrArray *result = g_ptr_array_new ();
  const char *id = pl_record_get_id (PL_RECORD (proposal));

  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) other = g_list_model_get_item (proposals, i);

      if (g_strcmp0 (pl_proposal_get_amends (other), id) == 0 && !pl_proposals_is_superseded (session, other))
        g_ptr_array_add (result, other);
    }
  return result;
}

/**
 * pl_proposals_can_withdraw:
 *
 * Rule 54: a proposal not yet put to the vote may be withdrawn by its
 * sponsor at any time, unless it has been amended by decision of the
 * Conference. So: not once a vote on it is recorded or action taken on
 * it, nor once an amendment to it was adopted.
 *
 * Returns: %FALSE with @error (%PL_PROPOSALS_ERROR_WITHDRAWAL) saying why
 */
gboolean
pl_proposals_can_withdraw (PlSession   *session,
                           PlProposal  *proposal,
                           GError     **error)
{
  g_autoptr(GPtrArray) amendments = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);

  if (has_vote (session, proposal) || pl_proposal_get_action (proposal) != NULL
      || status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL,
                   /* Translators: a document symbol */
                   _("%s was put to the vote or acted on: it can no longer be withdrawn (rule 54)."),
                   label_of (proposal));
      return FALSE;
    }
  amendments = amendments_of (session, proposal);
  for (guint i = 0; i < amendments->len; i++)
    if (pl_proposal_get_status (g_ptr_array_index (amendments, i)) == PL_PROPOSAL_STATUS_ADOPTED)
      {
        g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL,
                     /* Translators: two document symbols */
                     _("%s was amended by decision of the Conference (%s): it can no longer be withdrawn "
                       "(rule 54)."),
                     label_of (proposal), label_of (g_ptr_array_index (amendments, i)));
        return FALSE;
      }
  return TRUE;
}

/* The workflow (issue 19): draft -> submitted -> in consultations ->
 * approved (by the Committee of the Whole) -> adopted | rejected |
 * withdrawn | deferred. A deferred proposal is taken up again (submitted,
 * in consultations); a withdrawn one may be reintroduced (rule 54: by any
 * State party), which submits it again. Adopted and rejected are final at
 * the session (rule 55: reconsideration is a decision of its own). */
static gboolean
transition_allowed (PlProposalStatus from,
                    PlProposalStatus to)
{
  switch (from)
    {
    case PL_PROPOSAL_STATUS_DRAFT:
      return to == PL_PROPOSAL_STATUS_SUBMITTED || to == PL_PROPOSAL_STATUS_WITHDRAWN
             || to == PL_PROPOSAL_STATUS_DEFERRED;
    case PL_PROPOSAL_STATUS_SUBMITTED:
    case PL_PROPOSAL_STATUS_IN_CONSULTATIONS:
      return to != PL_PROPOSAL_STATUS_DRAFT;
    case PL_PROPOSAL_STATUS_APPROVED:
      return to == PL_PROPOSAL_STATUS_ADOPTED || to == PL_PROPOSAL_STATUS_REJECTED
             || to == PL_PROPOSAL_STATUS_WITHDRAWN || to == PL_PROPOSAL_STATUS_DEFERRED;
    case PL_PROPOSAL_STATUS_DEFERRED:
      return to == PL_PROPOSAL_STATUS_SUBMITTED || to == PL_PROPOSAL_STATUS_IN_CONSULTATIONS
             || to == PL_PROPOSAL_STATUS_WITHDRAWN;
    case PL_PROPOSAL_STATUS_WITHDRAWN:
      return to == PL_PROPOSAL_STATUS_SUBMITTED;
    case PL_PROPOSAL_STATUS_ADOPTED:
    case PL_PROPOSAL_STATUS_REJECTED:
    default:
      return FALSE;
    }
}

static const char *
status_label (PlProposalStatus status)
{
  switch (status)
    {
    case PL_PROPOSAL_STATUS_DRAFT:
      return _("draft");
    case PL_PROPOSAL_STATUS_SUBMITTED:
      return _("submitted");
    case PL_PROPOSAL_STATUS_IN_CONSULTATIONS:
      return _("in consultations");
    case PL_PROPOSAL_STATUS_APPROVED:
      return _("approved");
    case PL_PROPOSAL_STATUS_ADOPTED:
      return _("adopted");
    case PL_PROPOSAL_STATUS_REJECTED:
      return _("rejected");
    case PL_PROPOSAL_STATUS_WITHDRAWN:
      return _("withdrawn");
    case PL_PROPOSAL_STATUS_DEFERRED:
    default:
      return _("deferred");
    }
}

/* The number the next adopted text receives, or NULL for a kind that is
 * not numbered. */
static void
give_number_if_due (PlSession  *session,
                    PlProposal *proposal)
{
  g_autofree char *number = NULL;

  if (pl_proposal_get_adopted_as (proposal) != NULL)
    return;
  number = pl_proposals_next_number (session, pl_proposal_get_kind (proposal));
  if (number != NULL)
    pl_proposal_set_adopted_as (proposal, number);
}

/**
 * pl_proposals_set_status:
 *
 * Moves @proposal along the workflow, in one undo step (see
 * transition_allowed() for the moves). Submitting sets `submitted` to now
 * when not set; adopting gives the number (pl_proposals_next_number()).
 * Withdrawal follows rule 54 (pl_proposals_can_withdraw()). A superseded
 * revision does not move: its latest revision does.
 *
 * Returns: %FALSE with @error and nothing changed when the move is not
 *   allowed
 */
gboolean
pl_proposals_set_status (PlSession         *session,
                         PlProposal        *proposal,
                         PlProposalStatus   status,
                         GError           **error)
{
  PlProposalStatus from;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  from = pl_proposal_get_status (proposal);
  if (from == status)
    return TRUE;
  if (pl_proposals_is_superseded (session, proposal))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was replaced by a revision: change the revision instead."), label_of (proposal));
      return FALSE;
    }
  if (status == PL_PROPOSAL_STATUS_WITHDRAWN && !pl_proposals_can_withdraw (session, proposal, error))
    return FALSE;
  if (!transition_allowed (from, status))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol, then two statuses ("adopted", "draft") */
                   _("%s cannot go from %s to %s."), label_of (proposal), status_label (from),
                   status_label (status));
      return FALSE;
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Change Proposal Status"));
  if (status == PL_PROPOSAL_STATUS_SUBMITTED && pl_proposal_get_submitted (proposal) == NULL)
    {
      g_autofree char *now = format_now_or (NULL);

      pl_proposal_set_submitted (proposal, now);
    }
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    give_number_if_due (session, proposal);
  pl_history_end_group (history);
  return TRUE;
}

/* Whether the proposal can be acted on now: not superseded, not final,
 * an amendment before what it amends is acted on, and a proposal after
 * its pending amendments ("amendments are taken before the proposal they
 * amend"). */
static gboolean
check_actionable (PlSession   *session,
                  PlProposal  *proposal,
                  GError     **error)
{
  g_autoptr(GPtrArray) amendments = NULL;
  PlRecord *amended;

  if (pl_proposals_is_superseded (session, proposal))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was replaced by a revision: act on the revision."), label_of (proposal));
      return FALSE;
    }
  if (status_is_final (pl_proposal_get_status (proposal)) || pl_proposal_get_action (proposal) != NULL)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("Action was already taken on %s, or it was withdrawn."), label_of (proposal));
      return FALSE;
    }
  amended = pl_session_lookup (session, pl_proposal_get_amends (proposal));
  if (PL_IS_PROPOSAL (amended))
    {
      PlProposal *current = pl_proposals_current (session, PL_PROPOSAL (amended));

      if (status_is_final (pl_proposal_get_status (current)) || pl_proposal_get_action (current) != NULL)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER,
                       /* Translators: two document symbols */
                       _("%s amends %s, on which action was already taken: an amendment is taken before the "
                         "proposal it amends."),
                       label_of (proposal), label_of (current));
          return FALSE;
        }
    }
  amendments = amendments_of (session, proposal);
  for (guint i = 0; i < amendments->len; i++)
    {
      PlProposal *amendment = g_ptr_array_index (amendments, i);
      PlProposalStatus status = pl_proposal_get_status (amendment);

      if ((status == PL_PROPOSAL_STATUS_SUBMITTED || status == PL_PROPOSAL_STATUS_IN_CONSULTATIONS
           || status == PL_PROPOSAL_STATUS_APPROVED)
          && pl_proposal_get_action (amendment) == NULL)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ORDER,
                       /* Translators: two document symbols */
                       _("The amendment %s to %s is pending: amendments are taken before the proposal they amend."),
                       label_of (amendment), label_of (proposal));
          return FALSE;
        }
    }
  return TRUE;
}

static PlRecord *
check_meeting (PlSession   *session,
               const char  *meeting_id,
               GError     **error)
{
  PlRecord *meeting = pl_session_lookup (session, meeting_id);

  if (meeting_id != NULL && !PL_IS_MEETING (meeting))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a record _id */
                   _("The meeting “%s” is not in the session."), meeting_id);
      return NULL;
    }
  return meeting;
}

static void
set_action (PlProposal *proposal,
            const char *meeting_id,
            const char *method,
            const char *vote_id)
{
  g_autoptr(JsonNode) node = NULL;
  JsonObject *action = json_object_new ();

  if (meeting_id != NULL)
    json_object_set_string_member (action, "meeting", meeting_id);
  else
    json_object_set_null_member (action, "meeting");
  json_object_set_string_member (action, "method", method);
  if (vote_id != NULL)
    json_object_set_string_member (action, "vote", vote_id);
  else
    json_object_set_null_member (action, "vote");
  node = json_node_init_object (json_node_alloc (), action);
  json_object_unref (action);
  pl_proposal_set_action (proposal, node);
}

/* Adopted at a meeting of the Committee of the Whole is approved: the
 * plenary then adopts what the Committee approved. */
static PlProposalStatus
adopted_status_at (PlRecord *meeting)
{
  if (PL_IS_MEETING (meeting)
      && pl_meeting_get_body (PL_MEETING (meeting)) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE)
    return PL_PROPOSAL_STATUS_APPROVED;
  return PL_PROPOSAL_STATUS_ADOPTED;
}

/**
 * pl_proposals_take_action_without_vote:
 * @meeting_id: (nullable): the meeting
 * @outcome: %PL_PROPOSAL_STATUS_ADOPTED (or %PL_PROPOSAL_STATUS_APPROVED):
 *   a text taken without a vote is adopted by consensus (rule 56); or
 *   %PL_PROPOSAL_STATUS_REJECTED, for the rare text the Conference decides
 *   without a vote not to adopt
 *
 * Records action without a vote, in one undo step: `action` {meeting,
 * method "without_vote"}, the status adopted (approved at a meeting of the
 * Committee of the Whole, whose texts the plenary then adopts), and for a
 * draft resolution or decision adopted in plenary its number, in order of
 * adoption.
 *
 * Returns: %FALSE with @error and nothing changed when the outcome is not
 *   an adoption or a rejection, the meeting is not in the session, or the proposal cannot
 *   be acted on now (superseded, acted on, amendments pending, an amendment
 *   after its proposal)
 */
gboolean
pl_proposals_take_action_without_vote (PlSession         *session,
                                       PlProposal        *proposal,
                                       const char        *meeting_id,
                                       PlProposalStatus   outcome,
                                       GError           **error)
{
  g_autoptr(GError) local = NULL;
  PlHistory *history;
  PlRecord *meeting;
  PlProposalStatus status;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (outcome != PL_PROPOSAL_STATUS_ADOPTED && outcome != PL_PROPOSAL_STATUS_APPROVED
      && outcome != PL_PROPOSAL_STATUS_REJECTED)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                           _("Action taken on a proposal adopts or rejects it."));
      return FALSE;
    }
  meeting = check_meeting (session, meeting_id, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!check_actionable (session, proposal, error))
    return FALSE;

  status = outcome == PL_PROPOSAL_STATUS_ADOPTED ? adopted_status_at (meeting) : outcome;
  history = pl_session_get_history (session);
  pl_history_begin_group (history, status == PL_PROPOSAL_STATUS_REJECTED ? _("Reject Without a Vote")
                                                                        : _("Adopt Without a Vote"));
  set_action (proposal, meeting_id, "without_vote", NULL);
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    give_number_if_due (session, proposal);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_proposals_record_vote:
 * @vote: a vote not yet in the session; its `proposal` is set to
 *   @proposal when empty
 *
 * Records a vote and the action it decided, in one undo step: the `vote`
 * joins the session (with `announced_at` now when empty), the proposal's
 * `action` names it, its status is what the tally's outcome says (adopted,
 * approved at a meeting of the Committee of the Whole, or rejected), and an
 * adopted draft resolution or decision gets its number.
 *
 * Returns: %FALSE with @error and nothing changed for: a ballot for a
 *   delegation not in the session, or not entitled to vote on the
 *   question (pl_vote_entitled()); a vote for another proposal; a
 *   proposal that cannot be acted on now; a vote without any ballot (or
 *   a non-recorded one without counts), without quorum or a roll call not
 *   finished, which decide nothing
 */
gboolean
pl_proposals_record_vote (PlSession   *session,
                          PlProposal  *proposal,
                          PlVote      *vote,
                          GError     **error)
{
  g_autoptr(PlVoteTally) tally = NULL;
  g_autoptr(GError) local = NULL;
  JsonNode *ballots;
  PlHistory *history;
  PlRecord *meeting;
  const char *proposal_id;
  PlProposalStatus status;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (PL_IS_VOTE (vote), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  proposal_id = pl_record_get_id (PL_RECORD (proposal));
  if (pl_vote_get_proposal (vote) != NULL && g_strcmp0 (pl_vote_get_proposal (vote), proposal_id) != 0)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("This vote is on another proposal than %s."), label_of (proposal));
      return FALSE;
    }
  if (pl_session_lookup (session, pl_record_get_id (PL_RECORD (vote))) != NULL)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                           _("This vote was recorded already."));
      return FALSE;
    }
  meeting = check_meeting (session, pl_vote_get_meeting (vote), &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!check_actionable (session, proposal, error))
    return FALSE;

  /* The tally reads the vote's proposal: give it one for the computation
   * without changing the caller's record when refused. */
  {
    g_autofree char *saved = g_strdup (pl_vote_get_proposal (vote));

    pl_vote_set_proposal (vote, proposal_id);
    tally = pl_vote_tally_compute (session, vote);
    pl_vote_set_proposal (vote, saved);
  }

  ballots = pl_vote_get_ballots (vote);
  if (ballots != NULL && JSON_NODE_HOLDS_OBJECT (ballots))
    {
      JsonObjectIter iter;
      const char *id;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, json_node_get_object (ballots));
      while (json_object_iter_next_ordered (&iter, &id, &value))
        {
          PlRecord *delegation = pl_session_lookup (session, id);

          if (!PL_IS_DELEGATION (delegation))
            {
              g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT,
                           /* Translators: a record _id */
                           _("A ballot is for “%s”, which is not a delegation of the session."), id);
              return FALSE;
            }
          if (g_ptr_array_find_with_equal_func (tally->ineligible, id, g_str_equal, NULL))
            {
              g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_BALLOT,
                           /* Translators: a State's name, then a document symbol */
                           _("%s is not entitled to vote on %s: only the parties present with credentials "
                             "vote, and on a Protocol’s item only the parties to it."),
                           pl_delegation_get_name (PL_DELEGATION (delegation)), label_of (proposal));
              return FALSE;
            }
        }
    }
  if (tally->yes + tally->no + tally->abstain == 0)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                           pl_vote_get_kind (vote) == PL_VOTE_KIND_NON_RECORDED
                           ? _("A non-recorded vote needs its counts: the votes in favour, against and the "
                               "abstentions as announced.")
                           : _("No ballot is recorded: record each State’s vote."));
      return FALSE;
    }
  if (tally->outcome == PL_VOTE_OUTCOME_NO_QUORUM)
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                   _("No decision can be taken: %u States parties are present with credentials, and a decision "
                     "needs a majority of the %u States parties, %u (rule 41)."),
                   tally->n_present, tally->n_parties, tally->quorum);
      return FALSE;
    }
  if (tally->outcome == PL_VOTE_OUTCOME_INCOMPLETE)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_DECISION,
                           _("The roll call is not finished: some States entitled to vote were not called."));
      return FALSE;
    }

  status = tally->outcome == PL_VOTE_OUTCOME_ADOPTED ? adopted_status_at (meeting) : PL_PROPOSAL_STATUS_REJECTED;
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Record Vote"));
  pl_vote_set_proposal (vote, proposal_id);
  if (pl_vote_get_announced_at (vote) == NULL)
    {
      g_autofree char *now = format_now_or (NULL);

      pl_vote_set_announced_at (vote, now);
    }
  pl_session_add_record (session, PL_RECORD (vote));
  set_action (proposal, pl_vote_get_meeting (vote), "vote", pl_record_get_id (PL_RECORD (vote)));
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    give_number_if_due (session, proposal);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_proposals_number_parse:
 * @session_number: (out) (optional)
 * @order: (out) (optional)
 *
 * Reads an adopted text's number, "10/3": the session's number, then the
 * order of adoption from 1.
 *
 * Returns: whether @number reads so
 */
gboolean
pl_proposals_number_parse (const char *number,
                           int        *session_number,
                           int        *order)
{
  const char *slash;

  if (number == NULL || (slash = strchr (number, '/')) == NULL
      || !is_number (number, slash - number) || !is_number (slash + 1, strlen (slash + 1)))
    return FALSE;
  if (session_number != NULL)
    *session_number = (int) MIN (strtol (number, NULL, 10), G_MAXINT);
  if (order != NULL)
    *order = (int) MIN (strtol (slash + 1, NULL, 10), G_MAXINT);
  return TRUE;
}

/**
 * pl_proposals_next_number:
 *
 * The number the next text of @kind adopted at the session receives:
 * "<session number>/<n>", n one more than the highest given so far to
 * that kind, since texts are numbered in order of adoption and draft
 * resolutions and draft decisions apart ("resolution 10/1", "decision
 * 10/1").
 *
 * Returns: (transfer full) (nullable): the number, or %NULL for a kind
 *   that is not numbered
 */
char *
pl_proposals_next_number (PlSession      *session,
                          PlProposalKind  kind)
{
  GListModel *proposals;
  int highest = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (!pl_proposal_kind_is_numbered (kind))
    return NULL;
  proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) proposal = g_list_model_get_item (proposals, i);
      int order;

      if (pl_proposal_get_kind (proposal) == kind
          && pl_proposals_number_parse (pl_proposal_get_adopted_as (proposal), NULL, &order))
        highest = MAX (highest, order);
    }
  return g_strdup_printf ("%d/%d",
                          pl_session_settings_get_session_number (pl_session_get_settings (session)),
                          highest + 1);
}

/**
 * pl_proposals_set_number:
 * @number: (nullable): "10/3", or %NULL to clear it
 *
 * Sets an adopted text's number by hand (a number announced in the room),
 * in one undo step.
 *
 * Returns: %FALSE with @error (%PL_PROPOSALS_ERROR_NUMBER) and nothing
 *   changed for a number that does not read "10/3", or that another text
 *   of the same kind has
 */
gboolean
pl_proposals_set_number (PlSession   *session,
                         PlProposal  *proposal,
                         const char  *number,
                         GError     **error)
{
  GListModel *proposals;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (number != NULL && !pl_proposals_number_parse (number, NULL, NULL))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER,
                   /* Translators: what was typed */
                   _("“%s” is not the number of an adopted text: write the session’s number, a slash and the "
                     "order of adoption, as in 10/3."), number);
      return FALSE;
    }
  proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  for (guint i = 0; number != NULL && i < g_list_model_get_n_items (proposals); i++)
    {
      g_autoptr(PlProposal) other = g_list_model_get_item (proposals, i);

      if (other != proposal && pl_proposal_get_kind (other) == pl_proposal_get_kind (proposal)
          && g_strcmp0 (pl_proposal_get_adopted_as (other), number) == 0)
        {
          g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NUMBER,
                       /* Translators: a number ("10/3"), then a document symbol */
                       _("The number %s was given already, to %s."), number, label_of (other));
          return FALSE;
        }
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Number"));
  pl_proposal_set_adopted_as (proposal, number);
  pl_history_end_group (history);
  return TRUE;
}

typedef struct
{
  PlProposal *proposal;
  guint       item_order;
  char       *symbol_key;
} RegisterEntry;

static int
compare_register (gconstpointer a,
                  gconstpointer b)
{
  const RegisterEntry *x = a, *y = b;

  if (x->item_order != y->item_order)
    return x->item_order < y->item_order ? -1 : 1;
  return strcmp (x->symbol_key, y->symbol_key);
}

/**
 * pl_proposals_list:
 *
 * The register: every proposal a revision has not replaced, in agenda
 * order of its item (an amendment under the item of what it amends;
 * those without an item last), then by symbol in natural order (L.2
 * before L.10).
 *
 * Returns: (transfer container) (element-type PlProposal): the register
 */
GPtrArray *
pl_proposals_list (PlSession *session)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) order = NULL;
  g_autoptr(GArray) entries = NULL;
  GListModel *proposals;
  GPtrArray *result;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  order = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (order, (gpointer) pl_record_get_id (g_ptr_array_index (items, i)),
                         GUINT_TO_POINTER (i + 1));

  entries = g_array_new (FALSE, FALSE, sizeof (RegisterEntry));
  proposals = pl_session_get_records (session, PL_TYPE_PROPOSAL);
  for (guint i = 0; i < g_list_model_get_n_items (proposals); i++)
    {
      PlProposal *proposal = g_list_model_get_item (proposals, i);
      const char *item = pl_proposals_item_of (session, proposal);
      gpointer position = item != NULL ? g_hash_table_lookup (order, item) : NULL;
      RegisterEntry entry;

      g_object_unref (proposal); /* the session holds it */
      if (pl_proposals_is_superseded (session, proposal))
        continue;
      entry.proposal = proposal;
      entry.item_order = position != NULL ? GPOINTER_TO_UINT (position) : G_MAXUINT;
      entry.symbol_key = g_utf8_collate_key_for_filename (label_of (proposal), -1);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_register);

  result = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      RegisterEntry *entry = &g_array_index (entries, RegisterEntry, i);

      g_ptr_array_add (result, g_object_ref (entry->proposal));
      g_free (entry->symbol_key);
    }
  return result;
}

static const char *
group_name (PlSession  *session,
            const char *group_id)
{
  JsonNode *groups = pl_session_settings_get_regional_groups (pl_session_get_settings (session));

  if (groups != NULL && JSON_NODE_HOLDS_ARRAY (groups))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (groups)); i++)
      {
        JsonNode *element = json_array_get_element (json_node_get_array (groups), i);

        if (JSON_NODE_HOLDS_OBJECT (element)
            && g_strcmp0 (pl_json_object_get_string (json_node_get_object (element), "id", NULL), group_id) == 0)
          return pl_json_object_get_string (json_node_get_object (element), "name", group_id);
      }
  return group_id;
}

/**
 * pl_proposals_sponsor_names:
 * @cosponsors: %TRUE for the co-sponsors, %FALSE for the sponsors
 *
 * The names of the sponsors (or co-sponsors) who have not withdrawn, in
 * order of joining; a State sponsoring for its group reads "Egypt, on
 * behalf of the African States".
 *
 * Returns: (transfer full) (element-type utf8): the names
 */
GPtrArray *
pl_proposals_sponsor_names (PlSession  *session,
                            PlProposal *proposal,
                            gboolean    cosponsors)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  JsonNode *sponsors;

  g_return_val_if_fail (PL_IS_SESSION (session), names);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), names);

  sponsors = pl_proposal_get_sponsors (proposal);
  if (sponsors == NULL || !JSON_NODE_HOLDS_ARRAY (sponsors))
    return names;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (sponsors)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (sponsors), i);
      JsonObject *entry;
      PlRecord *delegation;
      const char *name, *behalf;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      entry = json_node_get_object (element);
      if (!entry_is_active (entry) || (g_strcmp0 (entry_string (entry, "role"), "cosponsor") == 0) != cosponsors)
        continue;
      delegation = pl_session_lookup (session, entry_string (entry, "delegation"));
      name = PL_IS_DELEGATION (delegation) && pl_delegation_get_name (PL_DELEGATION (delegation)) != NULL
             ? pl_delegation_get_name (PL_DELEGATION (delegation))
             : entry_string (entry, "delegation");
      if (name == NULL)
        continue;
      behalf = entry_string (entry, "on_behalf_of");
      if (behalf != NULL && *behalf != '\0')
        /* Translators: a State's name, then a regional group's */
        g_ptr_array_add (names, g_strdup_printf (_("%s, on behalf of the %s"), name, group_name (session, behalf)));
      else
        g_ptr_array_add (names, g_strdup (name));
    }
  return names;
}

/**
 * pl_cosponsor_request_accept:
 *
 * Staff accept a delegate's request to co-sponsor, in one undo step: the
 * State joins the proposal (its latest revision) as a co-sponsor, joined
 * when it asked; the request stays, marked accepted, for the delegate to
 * see. Other States join as co-sponsors until the text is adopted.
 *
 * Returns: %FALSE with @error and nothing changed when the request was
 *   accepted already, the proposal or the delegation is not in the
 *   session, the text was acted on or withdrawn, or the State sponsors it
 *   already
 */
gboolean
pl_cosponsor_request_accept (PlSession           *session,
                             PlCosponsorRequest  *request,
                             GError             **error)
{
  g_autoptr(PlCosponsorRequest) keep = NULL;
  g_autoptr(GDateTime) joined = NULL;
  g_autofree char *when = NULL;
  PlRecord *record;
  PlProposal *proposal;
  PlHistory *history;
  const char *delegation_id;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_COSPONSOR_REQUEST (request), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_ACCEPTED)
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_ANSWERED,
                           _("This request to co-sponsor was already accepted."));
      return FALSE;
    }
  record = pl_session_lookup (session, pl_cosponsor_request_get_proposal (request));
  if (!PL_IS_PROPOSAL (record))
    {
      g_set_error_literal (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_NO_PROPOSAL,
                           _("The proposal of this request is not in the session."));
      return FALSE;
    }
  proposal = pl_proposals_current (session, PL_PROPOSAL (record));
  if (status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: States no longer join it."), label_of (proposal));
      return FALSE;
    }
  delegation_id = pl_cosponsor_request_get_delegation (request);
  if (!check_sponsor (session, proposal, delegation_id, error))
    return FALSE;

  keep = g_object_ref (request);
  when = g_strdup (pl_cosponsor_request_get_requested_at (keep));
  if (when == NULL || (joined = g_date_time_new_from_iso8601 (when, NULL)) == NULL)
    {
      g_free (when);
      when = format_now_or (NULL);
    }
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Accept Request to Co-sponsor"));
  append_sponsor (proposal, delegation_id, TRUE, NULL, when);
  pl_cosponsor_request_set_status (keep, PL_SPEAKER_REQUEST_ACCEPTED);
  pl_cosponsor_request_set_reason (keep, NULL);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_cosponsor_request_decline:
 * @reason: (nullable): why, in words the delegate will read
 *
 * Staff decline a request to co-sponsor, in one undo step; the request
 * stays, marked declined with the reason, for the delegate to see.
 */
void
pl_cosponsor_request_decline (PlSession          *session,
                              PlCosponsorRequest *request,
                              const char         *reason)
{
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_COSPONSOR_REQUEST (request));

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Decline Request to Co-sponsor"));
  pl_cosponsor_request_set_status (request, PL_SPEAKER_REQUEST_DECLINED);
  pl_cosponsor_request_set_reason (request, reason != NULL && *reason != '\0' ? reason : NULL);
  pl_history_end_group (history);
}
