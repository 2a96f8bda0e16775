/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlObserverRequirement:
 * @PL_OBSERVER_REQUIREMENT_NONE: a State party or a regional economic
 *   integration organization party to the Convention takes part as of
 *   right; its representatives need credentials (rules 18-20)
 * @PL_OBSERVER_REQUIREMENT_NOTIFICATION: observer on prior written
 *   notification to the Secretary-General (rule 14; rule 16, para. 1)
 * @PL_OBSERVER_REQUIREMENT_APPLICATION: observer status applied for to the
 *   Bureau (rule 15; rule 16, para. 2; rule 17, para. 1)
 * @PL_OBSERVER_REQUIREMENT_CIRCULATION: the secretariat circulates the list
 *   of these organizations at least 30 days before the session (rule 17,
 *   para. 2)
 *
 * What a category of delegation must do to take part.
 */
typedef enum {
  PL_OBSERVER_REQUIREMENT_NONE,
  PL_OBSERVER_REQUIREMENT_NOTIFICATION,
  PL_OBSERVER_REQUIREMENT_APPLICATION,
  PL_OBSERVER_REQUIREMENT_CIRCULATION,
} PlObserverRequirement;

/**
 * PlParticipation:
 * @PL_PARTICIPATION_AS_PARTY: takes part as a party (no observer status)
 * @PL_PARTICIPATION_AWAITING: nothing received yet: the notification or
 *   application the category requires is missing
 * @PL_PARTICIPATION_PENDING: applied; the Bureau has not accorded the
 *   status yet (for NGOs without consultative status, the list still has
 *   to be circulated)
 * @PL_PARTICIPATION_ADMITTED: may take part as an observer
 * @PL_PARTICIPATION_REFUSED: the Conference decided otherwise
 *
 * A delegation's derived participation state (rules 14-17), never stored.
 */
typedef enum {
  PL_PARTICIPATION_AS_PARTY,
  PL_PARTICIPATION_AWAITING,
  PL_PARTICIPATION_PENDING,
  PL_PARTICIPATION_ADMITTED,
  PL_PARTICIPATION_REFUSED,
} PlParticipation;

/**
 * PlMemberFunction:
 *
 * A member's function in the delegation; nicks are the `function` strings
 * of the `members` JSON (DESIGN.md).
 */
typedef enum {
  PL_MEMBER_FUNCTION_HEAD,
  PL_MEMBER_FUNCTION_ALTERNATE,
  PL_MEMBER_FUNCTION_REPRESENTATIVE,
  PL_MEMBER_FUNCTION_ADVISER,
} PlMemberFunction;

#define PL_PARTICIPATION_ERROR (pl_participation_error_quark ())

/**
 * PlParticipationError:
 * @PL_PARTICIPATION_ERROR_NO_START_DATE: the session has no valid `start_date`
 * @PL_PARTICIPATION_ERROR_TIMEZONE: the session's `timezone` is not an IANA zone
 *
 * Why the opening of the session, and the deadlines computed from it,
 * cannot be known.
 */
typedef enum {
  PL_PARTICIPATION_ERROR_NO_START_DATE,
  PL_PARTICIPATION_ERROR_TIMEZONE,
} PlParticipationError;

#define PL_TYPE_OBSERVER_REQUIREMENT (pl_observer_requirement_get_type ())
#define PL_TYPE_PARTICIPATION (pl_participation_get_type ())
#define PL_TYPE_MEMBER_FUNCTION (pl_member_function_get_type ())

GType                 pl_observer_requirement_get_type      (void) G_GNUC_CONST;
GType                 pl_participation_get_type             (void) G_GNUC_CONST;
GType                 pl_member_function_get_type           (void) G_GNUC_CONST;

GQuark                pl_participation_error_quark          (void);
GTimeZone            *pl_participation_dup_timezone         (PlSession            *session,
                                                             GError              **error);
GDateTime            *pl_participation_dup_opening          (PlSession            *session,
                                                             GError              **error);

PlObserverRequirement pl_participation_requirement          (PlDelegationCategory  category);
const char           *pl_participation_rule                 (PlDelegationCategory  category);
const char           *pl_participation_describe_requirement (PlDelegationCategory  category);
PlParticipation       pl_participation_for_delegation       (PlDelegation         *delegation);
const char           *pl_participation_to_label             (PlParticipation       participation);
gboolean              pl_participation_needs_credentials    (PlDelegationCategory  category);
gboolean              pl_delegation_is_state                (PlDelegation         *delegation);
GDateTime            *pl_participation_dup_circulation_deadline (PlSession        *session,
                                                                 GError          **error);

PlDelegation         *pl_participation_add_delegation       (PlSession            *session,
                                                             const char           *name,
                                                             PlDelegationCategory  category,
                                                             const char           *regional_group);

/* The members JSON of a delegation: [{id, name, function, rank}]; their
 * emails are in the secretariat-only contact record (pl-contact.h).
 * The node is sealed once stored, so each edit builds a new array (keeping
 * fields this version does not know) and is one undo step. */
guint                 pl_delegation_get_n_members           (PlDelegation         *delegation);
gboolean              pl_member_same_person                 (const char           *name_a,
                                                             const char           *email_a,
                                                             const char           *name_b,
                                                             const char           *email_b);
int                   pl_delegation_find_member             (PlDelegation         *delegation,
                                                             PlContact            *contact,
                                                             const char           *name,
                                                             const char           *email);
JsonObject           *pl_delegation_get_member              (PlDelegation         *delegation,
                                                             guint                 index);
gboolean              pl_delegation_lookup_member           (PlDelegation         *delegation,
                                                             const char           *member_id,
                                                             const char          **name,
                                                             PlMemberFunction     *function,
                                                             PlRank               *rank);
const char           *pl_delegation_find_member_by_name     (PlDelegation         *delegation,
                                                             const char           *name);
char                 *pl_delegation_add_member              (PlDelegation         *delegation,
                                                             const char           *name,
                                                             PlMemberFunction      function,
                                                             PlRank                rank);
gboolean              pl_delegation_update_member           (PlDelegation         *delegation,
                                                             const char           *member_id,
                                                             PlMemberFunction      function,
                                                             PlRank                rank);
gboolean              pl_delegation_remove_member           (PlDelegation         *delegation,
                                                             const char           *member_id);
JsonArray            *pl_delegation_copy_members            (PlDelegation         *delegation);
GPtrArray            *pl_delegation_list_members_by_rank    (PlDelegation         *delegation);
void                  pl_delegation_store_members           (PlDelegation         *delegation,
                                                             JsonArray            *members);
JsonObject           *pl_member_object_new                  (const char           *name,
                                                             PlMemberFunction      function,
                                                             PlRank                rank);

G_END_DECLS
