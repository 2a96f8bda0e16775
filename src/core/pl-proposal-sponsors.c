/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-json-text.h"
#include "pl-proposals.h"
#include "pl-proposals-private.h"

/*
 * The sponsors of a proposal and who joins them (issue 19): sponsors and
 * co-sponsors as States, on behalf of a group or not, the time each joined
 * and withdrew, the names a document prints, and the staff's answer to a
 * delegate's request to co-sponsor. The register's other half (symbols,
 * revisions, workflow, action taken, numbers) is pl-proposals.c.
 */

char *
pl_proposals_format_now_or (GDateTime *time)
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
                   pl_proposals_label_of (proposal));
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

  if (pl_proposals_status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: States no longer join it."), pl_proposals_label_of (proposal));
      return FALSE;
    }
  if (!check_sponsor (session, proposal, delegation_id, error))
    return FALSE;

  when = pl_proposals_format_now_or (joined);
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
                   _("“%s” does not sponsor %s."), delegation_id ? delegation_id : "", pl_proposals_label_of (proposal));
      return FALSE;
    }

  when = pl_proposals_format_now_or (withdrawn);
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
  if (pl_proposals_status_is_final (pl_proposal_get_status (proposal)))
    {
      g_set_error (error, PL_PROPOSALS_ERROR, PL_PROPOSALS_ERROR_WORKFLOW,
                   /* Translators: a document symbol */
                   _("%s was adopted, rejected or withdrawn: States no longer join it."), pl_proposals_label_of (proposal));
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
      when = pl_proposals_format_now_or (NULL);
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
