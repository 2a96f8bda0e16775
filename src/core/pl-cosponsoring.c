/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-cosponsoring.h"
#include "pl-json-text.h"
#include "pl-proposals.h"
#include "pl-speaker-order.h"

/* A delegation's side of co-sponsoring (issue 19, point 4): whether a
 * proposal is open to it, its part in one, and its request to join.
 * Staff answer the request in pl-proposals.c
 * (pl_cosponsor_request_accept(), pl_cosponsor_request_decline()). */

G_DEFINE_QUARK (pl-cosponsoring-error-quark, pl_cosponsoring_error)

/**
 * pl_cosponsoring_is_open:
 * @session: the session
 * @proposal: a proposal of @session
 *
 * Whether States may still join @proposal as co-sponsors. The practice
 * of UN conferences (RULES.md): "other States join as co-sponsors until
 * it is adopted"; so from its submission until the Conference acts on
 * it (adopted or rejected) or its sponsor withdraws it (rule 54), and not
 * once a revision replaces it (the revision is the one to join).
 *
 * Returns: %TRUE while it is open
 */
gboolean
pl_cosponsoring_is_open (PlSession  *session,
                         PlProposal *proposal)
{
  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);

  switch (pl_proposal_get_status (proposal))
    {
    case PL_PROPOSAL_STATUS_SUBMITTED:
    case PL_PROPOSAL_STATUS_IN_CONSULTATIONS:
    case PL_PROPOSAL_STATUS_APPROVED:
    case PL_PROPOSAL_STATUS_DEFERRED:
      return !pl_proposals_is_superseded (session, proposal);
    case PL_PROPOSAL_STATUS_DRAFT:
    case PL_PROPOSAL_STATUS_ADOPTED:
    case PL_PROPOSAL_STATUS_REJECTED:
    case PL_PROPOSAL_STATUS_WITHDRAWN:
    default:
      return FALSE;
    }
}

/**
 * pl_cosponsoring_role_of:
 * @proposal: a proposal
 * @delegation_id: a delegation's `_id`
 *
 * The delegation's part in @proposal, from its `sponsors`: a sponsor or
 * a co-sponsor that has not withdrawn.
 *
 * Returns: (nullable): `"sponsor"`, `"cosponsor"`, or %NULL when it is
 *   neither (or withdrew)
 */
const char *
pl_cosponsoring_role_of (PlProposal *proposal,
                         const char *delegation_id)
{
  JsonNode *sponsors;
  JsonArray *array;

  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  sponsors = pl_proposal_get_sponsors (proposal);
  if (delegation_id == NULL || sponsors == NULL || !JSON_NODE_HOLDS_ARRAY (sponsors))
    return NULL;
  array = json_node_get_array (sponsors);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *sponsor = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *withdrawn;

      if (sponsor == NULL
          || g_strcmp0 (pl_json_object_get_string (sponsor, "delegation", NULL), delegation_id) != 0)
        continue;
      withdrawn = json_object_get_member (sponsor, "withdrawn");
      if (withdrawn != NULL && !JSON_NODE_HOLDS_NULL (withdrawn))
        continue;
      return g_strcmp0 (pl_json_object_get_string (sponsor, "role", NULL), "cosponsor") == 0 ? "cosponsor"
                                                                                                : "sponsor";
    }
  return NULL;
}

/**
 * pl_cosponsoring_request_of:
 * @session: the session
 * @proposal: a proposal
 * @delegation_id: a delegation's `_id`
 *
 * The delegation's request to co-sponsor @proposal that tells where it
 * stands: the pending one if any, else the latest answered (by
 * `requested_at`).
 *
 * Returns: (transfer none) (nullable): the request
 */
PlCosponsorRequest *
pl_cosponsoring_request_of (PlSession  *session,
                            PlProposal *proposal,
                            const char *delegation_id)
{
  GListModel *requests;
  PlCosponsorRequest *found = NULL;
  g_autoptr(GDateTime) found_at = NULL;
  const char *proposal_id;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);

  proposal_id = pl_record_get_id (PL_RECORD (proposal));
  requests = pl_session_get_records (session, PL_TYPE_COSPONSOR_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlCosponsorRequest) request = g_list_model_get_item (requests, i);
      g_autoptr(GDateTime) at = NULL;
      gboolean pending, found_pending;

      if (g_strcmp0 (pl_cosponsor_request_get_proposal (request), proposal_id) != 0
          || g_strcmp0 (pl_cosponsor_request_get_delegation (request), delegation_id) != 0)
        continue;
      at = pl_speaker_order_parse_date_time (session, pl_cosponsor_request_get_requested_at (request));
      pending = pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING;
      found_pending = found != NULL && pl_cosponsor_request_get_status (found) == PL_SPEAKER_REQUEST_PENDING;
      if (found == NULL
          || (pending && !found_pending)
          || (pending == found_pending && at != NULL && (found_at == NULL || g_date_time_compare (at, found_at) > 0)))
        {
          found = request;   /* the session holds it */
          g_clear_pointer (&found_at, g_date_time_unref);
          found_at = g_steal_pointer (&at);
        }
    }
  return found;
}

typedef struct
{
  PlCosponsorRequest *request;
  GDateTime          *at;
} RequestAt;

/* First asked, first answered; one without a time last. */
static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  const RequestAt *x = a, *y = b;

  if (x->at == NULL || y->at == NULL)
    return (x->at == NULL) - (y->at == NULL);
  return g_date_time_compare (x->at, y->at);
}

/**
 * pl_cosponsoring_pending:
 * @session: the session
 *
 * The requests to co-sponsor that wait for the secretariat's answer, in
 * the order they are answered: first asked first (by `requested_at` as an
 * instant; those without one last).
 *
 * Returns: (transfer container) (element-type PlCosponsorRequest): the
 *   requests
 */
GPtrArray *
pl_cosponsoring_pending (PlSession *session)
{
  GListModel *requests;
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (RequestAt));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_SESSION (session), result);

  requests = pl_session_get_records (session, PL_TYPE_COSPONSOR_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlCosponsorRequest) request = g_list_model_get_item (requests, i);
      RequestAt item;

      if (pl_cosponsor_request_get_status (request) != PL_SPEAKER_REQUEST_PENDING)
        continue;
      item.request = request;
      item.at = pl_speaker_order_parse_date_time (session, pl_cosponsor_request_get_requested_at (request));
      g_array_append_val (pending, item);
    }
  g_array_sort (pending, compare_oldest_first);
  for (guint i = 0; i < pending->len; i++)
    {
      RequestAt *item = &g_array_index (pending, RequestAt, i);

      g_ptr_array_add (result, g_object_ref (item->request));
      g_clear_pointer (&item->at, g_date_time_unref);
    }
  return result;
}

/**
 * pl_cosponsoring_can_request:
 * @session: the session
 * @proposal: a proposal
 * @delegation_id: a delegation's `_id`
 * @error: why not
 *
 * Whether the delegation may ask to co-sponsor @proposal: it is open
 * (pl_cosponsoring_is_open()), the delegation is in the session and is
 * not a sponsor or co-sponsor already, and no request of its waits.
 * Asking again after a declined request is allowed.
 *
 * Returns: %TRUE if it may
 */
gboolean
pl_cosponsoring_can_request (PlSession   *session,
                             PlProposal  *proposal,
                             const char  *delegation_id,
                             GError     **error)
{
  PlCosponsorRequest *request;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), FALSE);

  if (!PL_IS_DELEGATION (pl_session_lookup (session, delegation_id)))
    {
      g_set_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_NO_DELEGATION,
                   _("The delegation “%s” is not in this session."), delegation_id ? delegation_id : "");
      return FALSE;
    }
  if (!pl_cosponsoring_is_open (session, proposal))
    {
      g_set_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_CLOSED,
                   _("%s is no longer open to co-sponsors."), pl_proposal_get_symbol (proposal) ?: "");
      return FALSE;
    }
  if (pl_cosponsoring_role_of (proposal, delegation_id) != NULL)
    {
      g_set_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_SPONSORING,
                   _("Your delegation already sponsors %s."), pl_proposal_get_symbol (proposal) ?: "");
      return FALSE;
    }
  request = pl_cosponsoring_request_of (session, proposal, delegation_id);
  if (request != NULL && pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING)
    {
      g_set_error (error, PL_COSPONSORING_ERROR, PL_COSPONSORING_ERROR_PENDING,
                   _("Your request to co-sponsor %s is waiting for the secretariat."),
                   pl_proposal_get_symbol (proposal) ?: "");
      return FALSE;
    }
  return TRUE;
}

/**
 * pl_cosponsoring_request:
 * @session: the session (a delegate's copy)
 * @proposal: the proposal to join
 * @delegation_id: the delegation asking
 * @user: (nullable): the account's user name, for `requested_by` (the
 *   server refuses a request that names another author)
 * @now: the time of the request
 * @error: why it was not made (pl_cosponsoring_can_request())
 *
 * Adds a pending `cosponsor_request:<uuid>` for the delegation: the
 * record the server takes from a delegate's account (docs/sync.md).
 * The answer fields are left out: the server refuses a request that
 * presets them.
 *
 * Returns: (transfer none) (nullable): the request, held by @session
 */
PlCosponsorRequest *
pl_cosponsoring_request (PlSession   *session,
                         PlProposal  *proposal,
                         const char  *delegation_id,
                         const char  *user,
                         GDateTime   *now,
                         GError     **error)
{
  g_autoptr(PlCosponsorRequest) request = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_PROPOSAL (proposal), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!pl_cosponsoring_can_request (session, proposal, delegation_id, error))
    return NULL;

  utc = g_date_time_to_utc (now);
  stamp = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  request = pl_cosponsor_request_new (NULL);
  pl_cosponsor_request_set_proposal (request, pl_record_get_id (PL_RECORD (proposal)));
  pl_cosponsor_request_set_delegation (request, delegation_id);
  pl_cosponsor_request_set_status (request, PL_SPEAKER_REQUEST_PENDING);
  pl_cosponsor_request_set_requested_at (request, stamp);
  pl_cosponsor_request_set_requested_by (request, user);
  pl_session_add_record (session, PL_RECORD (request));
  return request;
}

/**
 * pl_cosponsoring_notices_for_delegation:
 * @session: the session (a delegate's copy)
 * @delegation_id: the delegation
 *
 * What the delegation should learn of its requests to co-sponsor, as the
 * notices of the floor are given (pl-speaker-notices.h, once per id):
 * each answered one, `cosponsor-accepted:<_id>` or
 * `cosponsor-declined:<_id>` with the secretariat's reason.
 *
 * Returns: (transfer container) (element-type PlSpeakerNotice): the notices
 */
GPtrArray *
pl_cosponsoring_notices_for_delegation (PlSession  *session,
                                        const char *delegation_id)
{
  GPtrArray *notices = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_speaker_notice_free);
  GListModel *requests;

  g_return_val_if_fail (PL_IS_SESSION (session), notices);

  requests = pl_session_get_records (session, PL_TYPE_COSPONSOR_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlCosponsorRequest) request = g_list_model_get_item (requests, i);
      PlRecord *proposal = pl_session_lookup (session, pl_cosponsor_request_get_proposal (request));
      const char *symbol = PL_IS_PROPOSAL (proposal) ? pl_proposal_get_symbol (PL_PROPOSAL (proposal)) : NULL;
      const char *reason = pl_cosponsor_request_get_reason (request);
      const char *id = pl_record_get_id (PL_RECORD (request));
      PlSpeakerNotice *notice;

      if (g_strcmp0 (pl_cosponsor_request_get_delegation (request), delegation_id) != 0
          || pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING)
        continue;
      symbol = symbol != NULL ? symbol : pl_cosponsor_request_get_proposal (request);
      notice = g_new0 (PlSpeakerNotice, 1);
      if (pl_cosponsor_request_get_status (request) == PL_SPEAKER_REQUEST_ACCEPTED)
        {
          notice->id = g_strdup_printf ("cosponsor-accepted:%s", id);
          notice->title = g_strdup (_("Request to Co-sponsor Accepted"));
          /* Translators: %s is a proposal's symbol */
          notice->body = g_strdup_printf (_("Your delegation co-sponsors %s"), symbol ?: "");
        }
      else
        {
          notice->id = g_strdup_printf ("cosponsor-declined:%s", id);
          notice->title = g_strdup (_("Request to Co-sponsor Declined"));
          notice->body = reason != NULL && *reason != '\0'
                         /* Translators: a proposal's symbol and the secretariat's reason */
                         ? g_strdup_printf (_("%s: %s"), symbol ?: "", reason)
                         : g_strdup (symbol ?: "");
        }
      g_ptr_array_add (notices, notice);
    }
  return notices;
}
