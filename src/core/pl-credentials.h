/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_CREDENTIALS (pl_credentials_get_type ())

G_DECLARE_FINAL_TYPE (PlCredentials, pl_credentials, PL, CREDENTIALS, PlRecord)

PlCredentials *     pl_credentials_new                 (const char *id);
const char *        pl_credentials_get_delegation      (PlCredentials *self);
PlCredentialsForm    pl_credentials_get_form            (PlCredentials *self);
PlCredentialsIssuer  pl_credentials_get_issuer          (PlCredentials *self);
const char *        pl_credentials_get_signatory       (PlCredentials *self);
const char *        pl_credentials_get_received        (PlCredentials *self);
gboolean             pl_credentials_get_members_covered (PlCredentials *self);
JsonNode *          pl_credentials_get_changes         (PlCredentials *self);
JsonNode *          pl_credentials_get_objection       (PlCredentials *self);
const char *        pl_credentials_get_notes           (PlCredentials *self);
void                 pl_credentials_set_delegation      (PlCredentials *self,
                                                         const char *delegation);
void                 pl_credentials_set_form            (PlCredentials *self,
                                                         PlCredentialsForm form);
void                 pl_credentials_set_issuer          (PlCredentials *self,
                                                         PlCredentialsIssuer issuer);
void                 pl_credentials_set_signatory       (PlCredentials *self,
                                                         const char *signatory);
void                 pl_credentials_set_received        (PlCredentials *self,
                                                         const char *received);
void                 pl_credentials_set_members_covered (PlCredentials *self,
                                                         gboolean members_covered);
void                 pl_credentials_set_changes         (PlCredentials *self,
                                                         JsonNode *changes);
void                 pl_credentials_set_objection       (PlCredentials *self,
                                                         JsonNode *objection);
void                 pl_credentials_set_notes           (PlCredentials *self,
                                                         const char *notes);

G_END_DECLS
