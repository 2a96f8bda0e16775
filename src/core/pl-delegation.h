/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATION (pl_delegation_get_type ())

G_DECLARE_FINAL_TYPE (PlDelegation, pl_delegation, PL, DELEGATION, PlRecord)

PlDelegation *      pl_delegation_new                 (const char *id);
const char *        pl_delegation_get_name            (PlDelegation *self);
const char *        pl_delegation_get_iso3            (PlDelegation *self);
PlDelegationCategory pl_delegation_get_category        (PlDelegation *self);
const char *        pl_delegation_get_regional_group  (PlDelegation *self);
JsonNode *          pl_delegation_get_adherence       (PlDelegation *self);
PlObserverStatus     pl_delegation_get_observer_status (PlDelegation *self);
gboolean             pl_delegation_get_present         (PlDelegation *self);
JsonNode *          pl_delegation_get_members         (PlDelegation *self);
void                 pl_delegation_set_name            (PlDelegation *self,
                                                        const char *name);
void                 pl_delegation_set_iso3            (PlDelegation *self,
                                                        const char *iso3);
void                 pl_delegation_set_category        (PlDelegation *self,
                                                        PlDelegationCategory category);
void                 pl_delegation_set_regional_group  (PlDelegation *self,
                                                        const char *regional_group);
void                 pl_delegation_set_adherence       (PlDelegation *self,
                                                        JsonNode *adherence);
void                 pl_delegation_set_observer_status (PlDelegation *self,
                                                        PlObserverStatus observer_status);
void                 pl_delegation_set_present         (PlDelegation *self,
                                                        gboolean present);
void                 pl_delegation_set_members         (PlDelegation *self,
                                                        JsonNode *members);
JsonNode *          pl_delegation_get_member_states   (PlDelegation *self);
void                 pl_delegation_set_member_states   (PlDelegation *self,
                                                        JsonNode *member_states);

G_END_DECLS
