/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-proposals.h"
#include "pl-proposals-private.h"
#include "pl-symbol.h"

/*
 * The register of proposals (RULES.md, "Meetings, decisions and the
 * record"; issue 19): L documents and their revisions, amendments,
 * sponsors, the status workflow, action taken and the numbers adopted
 * texts receive. Each user action is one undo step (one pl_history group),
 * and a refused action changes nothing: every condition is checked before
 * the first record is touched.
 */

G_DEFINE_QUARK (pl-proposals-error-quark, pl_proposals_error)

gboolean
pl_proposals_is_number (const char *s,
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

  if (strncmp (component, prefix, n) != 0 || !pl_proposals_is_number (component + n, strlen (component + n)))
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

gboolean
pl_proposals_status_is_final (PlProposalStatus status)
{
  return status == PL_PROPOSAL_STATUS_ADOPTED || status == PL_PROPOSAL_STATUS_REJECTED
         || status == PL_PROPOSAL_STATUS_WITHDRAWN;
}

const char *
pl_proposals_label_of (PlProposal *proposal)
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
                   _("%s was revised already: revise its latest revision."), pl_proposals_label_of (proposal));
      return NULL;
    }
  if (pl_proposals_status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: it cannot be revised."), pl_proposals_label_of (proposal));
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
                         _("%s cannot amend itself."), pl_proposals_label_of (proposal));
            return FALSE;
          }
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Amended Proposal"));
  pl_proposal_set_amends (proposal, amended_id);
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

GPtrArray *
pl_proposals_amendments_of (PlSession  *session,
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
      || pl_proposals_status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL,
                   /* Translators: a document symbol */
                   _("%s was put to the vote or acted on: it can no longer be withdrawn (rule 54)."),
                   pl_proposals_label_of (proposal));
      return FALSE;
    }
  amendments = pl_proposals_amendments_of (session, proposal);
  for (guint i = 0; i < amendments->len; i++)
    if (pl_proposal_get_status (g_ptr_array_index (amendments, i)) == PL_PROPOSAL_STATUS_ADOPTED)
      {
        g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WITHDRAWAL,
                     /* Translators: two document symbols */
                     _("%s was amended by decision of the Conference (%s): it can no longer be withdrawn "
                       "(rule 54)."),
                     pl_proposals_label_of (proposal), pl_proposals_label_of (g_ptr_array_index (amendments, i)));
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

/* An adopted text of a numbered kind that has no number yet gets the next
 * one, in order of adoption; a kind that is not numbered gets none. */
void
pl_proposals_give_number_if_due (PlSession  *session,
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
                   _("%s was replaced by a revision: change the revision instead."), pl_proposals_label_of (proposal));
      return FALSE;
    }
  if (status == PL_PROPOSAL_STATUS_WITHDRAWN && !pl_proposals_can_withdraw (session, proposal, error))
    return FALSE;
  if (!transition_allowed (from, status))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol, then two statuses ("adopted", "draft") */
                   _("%s cannot go from %s to %s."), pl_proposals_label_of (proposal), status_label (from),
                   status_label (status));
      return FALSE;
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Change Proposal Status"));
  if (status == PL_PROPOSAL_STATUS_SUBMITTED && pl_proposal_get_submitted (proposal) == NULL)
    {
      g_autofree char *now = pl_proposals_format_now_or (NULL);

      pl_proposal_set_submitted (proposal, now);
    }
  pl_proposal_set_status (proposal, status);
  if (status == PL_PROPOSAL_STATUS_ADOPTED)
    pl_proposals_give_number_if_due (session, proposal);
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
      entry.symbol_key = g_utf8_collate_key_for_filename (pl_proposals_label_of (proposal), -1);
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
