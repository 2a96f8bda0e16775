/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-participation.h"
#include "pl-speaker-request.h"

/**
 * PlSpeakerRequest:
 *
 * A delegate's request to speak, for the secretariat to place. Its stored fields are those of the `speaker_request` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlSpeakerRequest
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlSpeakerRequest, pl_speaker_request, PL_TYPE_RECORD)

G_DEFINE_QUARK (pl-speaker-request-error-quark, pl_speaker_request_error)

enum {
  PROP_0,
  PROP_LIST,
  PROP_DELEGATION,
  PROP_PERSON,
  PROP_RANK,
  PROP_ON_BEHALF_OF,
  PROP_REQUESTED_AT,
  PROP_REQUESTED_BY,
  PROP_MEMBER,
  PROP_STATUS,
  PROP_REASON,
  PROP_SPEAKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_speaker_request_class_init (PlSpeakerRequestClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the list's _id */
  properties[PROP_LIST] = g_param_spec_string ("list", NULL, NULL, NULL, FLAGS);
  /* the delegation's _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the speaker's name */
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
  /* the rank the delegate's copy claimed; never trusted: the server
   * refuses one above the registered member's, and acceptance takes the
   * registration's (issue 18) */
  properties[PROP_RANK] = g_param_spec_enum ("rank", NULL, NULL, PL_TYPE_RANK, PL_RANK_UNKNOWN, FLAGS);
  /* the State or group spoken for */
  properties[PROP_ON_BEHALF_OF] = g_param_spec_string ("on-behalf-of", NULL, NULL, NULL, FLAGS);
  /* when the request was made, ISO date-time */
  properties[PROP_REQUESTED_AT] = g_param_spec_string ("requested-at", NULL, NULL, NULL, FLAGS);
  /* the user who made it */
  properties[PROP_REQUESTED_BY] = g_param_spec_string ("requested-by", NULL, NULL, NULL, FLAGS);
  /* the `id` of the registered member in the delegation's `members` */
  properties[PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, FLAGS);
  /* pending, accepted or declined; set by staff only (the server refuses
   * a delegate's request that presets it) */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_SPEAKER_REQUEST_STATUS,
                                               PL_SPEAKER_REQUEST_PENDING, FLAGS);
  /* why staff declined it, shown to the delegate */
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, FLAGS);
  /* the `speaker` record's _id made on acceptance, so that the delegate
   * can follow their place on the list */
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "speaker_request", properties, N_PROPS);
}

static void
pl_speaker_request_init (PlSpeakerRequest *self)
{
}

PlSpeakerRequest *
pl_speaker_request_new (const char *id)
{
  return g_object_new (PL_TYPE_SPEAKER_REQUEST, "id", id, NULL);
}

const char *
pl_speaker_request_get_list (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_LIST);
}

const char *
pl_speaker_request_get_delegation (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

const char *
pl_speaker_request_get_person (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_PERSON);
}

PlRank
pl_speaker_request_get_rank (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return (PlRank) pl_record_get_enum (PL_RECORD (self), PROP_RANK);
}

const char *
pl_speaker_request_get_on_behalf_of (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ON_BEHALF_OF);
}

const char *
pl_speaker_request_get_requested_at (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_AT);
}

const char *
pl_speaker_request_get_requested_by (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REQUESTED_BY);
}

void
pl_speaker_request_set_list (PlSpeakerRequest *self,
                             const char *list)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_LIST, list);
}

void
pl_speaker_request_set_delegation (PlSpeakerRequest *self,
                                   const char *delegation)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_speaker_request_set_person (PlSpeakerRequest *self,
                               const char *person)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_PERSON, person);
}

void
pl_speaker_request_set_rank (PlSpeakerRequest *self,
                             PlRank rank)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_enum (PL_RECORD (self), PROP_RANK, rank);
}

void
pl_speaker_request_set_on_behalf_of (PlSpeakerRequest *self,
                                     const char *on_behalf_of)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_ON_BEHALF_OF, on_behalf_of);
}

void
pl_speaker_request_set_requested_at (PlSpeakerRequest *self,
                                     const char *requested_at)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_AT, requested_at);
}

void
pl_speaker_request_set_requested_by (PlSpeakerRequest *self,
                                     const char *requested_by)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REQUESTED_BY, requested_by);
}

const char *
pl_speaker_request_get_member (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_MEMBER);
}

void
pl_speaker_request_set_member (PlSpeakerRequest *self,
                              const char *member)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_MEMBER, member);
}

PlSpeakerRequestStatus
pl_speaker_request_get_status (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), PL_SPEAKER_REQUEST_PENDING);

  return (PlSpeakerRequestStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

void
pl_speaker_request_set_status (PlSpeakerRequest *self,
                              PlSpeakerRequestStatus status)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

const char *
pl_speaker_request_get_reason (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REASON);
}

void
pl_speaker_request_set_reason (PlSpeakerRequest *self,
                              const char *reason)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_REASON, reason);
}

const char *
pl_speaker_request_get_speaker (PlSpeakerRequest *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_SPEAKER);
}

void
pl_speaker_request_set_speaker (PlSpeakerRequest *self,
                               const char *speaker)
{
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (self));

  pl_record_set_string (PL_RECORD (self), PROP_SPEAKER, speaker);
}

/* The rank the registration gives the requested speaker: by the member's
 * `id`, else by name for a request written before requests named the
 * member; never the request's own claim, which the delegate's copy wrote. */
static PlRank
registered_rank (PlDelegation     *delegation,
                 PlSpeakerRequest *request,
                 const char      **name)
{
  const char *member = pl_speaker_request_get_member (request);
  PlRank rank = PL_RANK_UNKNOWN;

  *name = NULL;
  if (member == NULL)
    member = pl_delegation_find_member_by_name (delegation, pl_speaker_request_get_person (request));
  if (member == NULL || !pl_delegation_lookup_member (delegation, member, name, NULL, &rank))
    return PL_RANK_UNKNOWN;
  return rank;
}

/**
 * pl_speaker_request_accept:
 * @speaker_id: (out) (optional) (transfer full): the new `speaker`'s `_id`
 *
 * Staff accept a request to speak, as one undo step: a `speaker` joins the
 * request's list at the place the list's order gives it (no placement by
 * hand), with the list, delegation, person, group and time of request the
 * request states and the rank of the member's registration; the request
 * stays, marked accepted and naming the speaker, so that the delegate sees
 * the answer and follows the place.
 *
 * Returns: %FALSE, with @error set and nothing changed, when the list or
 *   the delegation is not in the session or the request was accepted
 *   already
 */
gboolean
pl_speaker_request_accept (PlSession        *session,
                           PlSpeakerRequest *request,
                           char            **speaker_id,
                           GError          **error)
{
  g_autoptr(PlSpeakerRequest) keep = NULL;
  g_autoptr(PlSpeaker) speaker = NULL;
  PlHistory *history;
  PlRecord *list, *delegation;
  const char *registered_name = NULL;
  const char *person, *behalf;
  PlRank rank;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_SPEAKER_REQUEST (request), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pl_speaker_request_get_status (request) == PL_SPEAKER_REQUEST_ACCEPTED)
    {
      g_set_error_literal (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_ANSWERED,
                           _("This request to speak was already accepted."));
      return FALSE;
    }
  list = pl_session_lookup (session, pl_speaker_request_get_list (request));
  if (!PL_IS_SPEAKER_LIST (list))
    {
      g_set_error_literal (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_NO_LIST,
                           _("The list of speakers of this request no longer exists."));
      return FALSE;
    }
  delegation = pl_session_lookup (session, pl_speaker_request_get_delegation (request));
  if (!PL_IS_DELEGATION (delegation))
    {
      g_set_error_literal (error, PL_SPEAKER_REQUEST_ERROR, PL_SPEAKER_REQUEST_ERROR_NO_DELEGATION,
                           _("The delegation of this request is not in the session."));
      return FALSE;
    }

  keep = g_object_ref (request);
  rank = registered_rank (PL_DELEGATION (delegation), keep, &registered_name);
  person = pl_speaker_request_get_person (keep);
  if (person == NULL || *person == '\0')
    person = registered_name;
  behalf = pl_speaker_request_get_on_behalf_of (keep);

  speaker = pl_speaker_new (NULL);
  pl_speaker_set_list (speaker, pl_record_get_id (list));
  pl_speaker_set_delegation (speaker, pl_record_get_id (delegation));
  pl_speaker_set_person (speaker, person);
  pl_speaker_set_rank (speaker, rank);
  pl_speaker_set_on_behalf_of (speaker, behalf != NULL && *behalf != '\0' ? behalf : pl_record_get_id (delegation));
  pl_speaker_set_requested_at (speaker, pl_speaker_request_get_requested_at (keep));
  pl_speaker_set_mode (speaker, PL_SPEAKER_MODE_FLOOR);
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_LISTED);

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Accept Request to Speak"));
  pl_session_add_record (session, PL_RECORD (speaker));
  pl_speaker_request_set_status (keep, PL_SPEAKER_REQUEST_ACCEPTED);
  pl_speaker_request_set_speaker (keep, pl_record_get_id (PL_RECORD (speaker)));
  pl_speaker_request_set_reason (keep, NULL);
  pl_history_end_group (history);

  if (speaker_id != NULL)
    *speaker_id = g_strdup (pl_record_get_id (PL_RECORD (speaker)));
  return TRUE;
}

/**
 * pl_speaker_request_decline:
 * @reason: (nullable): why, in words the delegate will read
 *
 * Staff decline a request to speak, as one undo step; the request stays,
 * marked declined with the reason, for the delegate to see.
 */
void
pl_speaker_request_decline (PlSession        *session,
                            PlSpeakerRequest *request,
                            const char       *reason)
{
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_SPEAKER_REQUEST (request));

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Decline Request to Speak"));
  pl_speaker_request_set_status (request, PL_SPEAKER_REQUEST_DECLINED);
  pl_speaker_request_set_reason (request, reason != NULL && *reason != '\0' ? reason : NULL);
  pl_history_end_group (history);
}
