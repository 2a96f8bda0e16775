/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlCredentialsStatus:
 * @PL_CREDENTIALS_STATUS_IN_DUE_FORM: formal credentials (the original),
 *   from an issuer rule 18 allows, on time
 * @PL_CREDENTIALS_STATUS_PROVISIONAL: information on the representatives
 *   (copy, note verbale, letter, fax, email), not formal credentials: they
 *   participate provisionally (rule 20)
 * @PL_CREDENTIALS_STATUS_MISSING: nothing received
 * @PL_CREDENTIALS_STATUS_DEFECTIVE: the issuer is not one rule 18 allows
 *   (para. 3; para. 4 when the session considers amendments)
 * @PL_CREDENTIALS_STATUS_LATE: formal credentials in due form received
 *   after the 24-hour mark of rule 18, para. 1
 * @PL_CREDENTIALS_STATUS_OBJECTED: another State party objects (rule 20):
 *   seated provisionally until the Bureau reports and the Conference decides
 *
 * A State party's (or REIO's) credentials status, derived, never stored.
 */
typedef enum {
  PL_CREDENTIALS_STATUS_IN_DUE_FORM,
  PL_CREDENTIALS_STATUS_PROVISIONAL,
  PL_CREDENTIALS_STATUS_MISSING,
  PL_CREDENTIALS_STATUS_DEFECTIVE,
  PL_CREDENTIALS_STATUS_LATE,
  PL_CREDENTIALS_STATUS_OBJECTED,
} PlCredentialsStatus;

#define PL_CREDENTIALS_N_STATUSES (PL_CREDENTIALS_STATUS_OBJECTED + 1)

#define PL_TYPE_CREDENTIALS_STATUS (pl_credentials_status_get_type ())

GType               pl_credentials_status_get_type     (void) G_GNUC_CONST;
const char         *pl_credentials_status_to_label     (PlCredentialsStatus   status);
const char         *pl_credentials_form_to_label       (PlCredentialsForm     form);
const char         *pl_credentials_issuer_to_phrase    (PlCredentialsIssuer   issuer);

/**
 * PlCredentialsContext:
 * @considers_amendments: the session considers amendments (rule 18, para. 4)
 * @deadline: (nullable): the 24-hour mark of rule 18, para. 1
 * @timezone: (nullable): the session's zone, for a `received` without offset
 *
 * What a status depends on besides the record itself, computed once per
 * session by pl_credentials_context_init() so that a list of 250 delegations
 * does not recompute the deadline 250 times, nor look for each one's
 * credentials among all of them (pl_credentials_context_find()). It is a
 * snapshot: init it again after the session changes.
 */
typedef struct
{
  gboolean    considers_amendments;
  GDateTime  *deadline;
  GTimeZone  *timezone;

  /*< private >*/
  PlSession  *session;        /* not owned: the context lives shorter */
  GHashTable *by_delegation;  /* delegation _id → credentials _id, built on first use */
  guint       n_indexed;
} PlCredentialsContext;

void                pl_credentials_context_init        (PlCredentialsContext *context,
                                                        PlSession            *session);
void                pl_credentials_context_clear       (PlCredentialsContext *context);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlCredentialsContext, pl_credentials_context_clear)

char               *pl_credentials_context_format_time (const PlCredentialsContext *context,
                                                        GDateTime            *time);
char               *pl_credentials_context_format_received (const PlCredentialsContext *context,
                                                        PlCredentials        *credentials);

gboolean            pl_credentials_issuer_allowed      (PlDelegationCategory  category,
                                                        PlCredentialsForm     form,
                                                        PlCredentialsIssuer   issuer,
                                                        gboolean              considers_amendments);
gboolean            pl_credentials_is_formal           (PlCredentialsForm     form);
gboolean            pl_credentials_objection_is_active (PlCredentials        *credentials);
GDateTime          *pl_credentials_dup_received        (PlCredentials        *credentials,
                                                        GTimeZone            *zone);
gboolean            pl_credentials_is_late             (PlCredentials        *credentials,
                                                        const PlCredentialsContext *context);
PlCredentialsStatus pl_credentials_derive_status       (PlDelegationCategory  category,
                                                        PlCredentials        *credentials,
                                                        const PlCredentialsContext *context);

PlCredentials      *pl_credentials_find                (PlSession            *session,
                                                        PlDelegation         *delegation);
PlCredentials      *pl_credentials_context_find        (PlCredentialsContext *context,
                                                        PlDelegation         *delegation);
PlCredentialsStatus pl_credentials_status_for          (PlSession            *session,
                                                        PlDelegation         *delegation);

GDateTime          *pl_credentials_dup_deadline        (PlSession            *session,
                                                        GError              **error);
GDateTime          *pl_credentials_dup_provisional_deadline (PlSession       *session,
                                                        GError              **error);

PlCredentials      *pl_credentials_ensure              (PlSession            *session,
                                                        PlDelegation         *delegation);
gboolean            pl_credentials_record_receipt      (PlSession            *session,
                                                        PlCredentials        *credentials,
                                                        PlCredentialsForm     form,
                                                        PlCredentialsIssuer   issuer,
                                                        const char           *signatory,
                                                        const char           *received);
void                pl_credentials_object              (PlCredentials        *credentials,
                                                        const char           *by,
                                                        const char           *date,
                                                        const char           *note);
gboolean            pl_credentials_withdraw_objection  (PlCredentials        *credentials,
                                                        const char           *date);

G_END_DECLS
