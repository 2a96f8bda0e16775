/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_OFFICER (pl_officer_get_type ())

G_DECLARE_FINAL_TYPE (PlOfficer, pl_officer, PL, OFFICER, PlRecord)

PlOfficer *         pl_officer_new                (const char *id);
PlOffice             pl_officer_get_office         (PlOfficer *self);
const char *        pl_officer_get_seat           (PlOfficer *self);
const char *        pl_officer_get_regional_group (PlOfficer *self);
const char *        pl_officer_get_delegation     (PlOfficer *self);
const char *        pl_officer_get_person         (PlOfficer *self);
PlOfficerStatus      pl_officer_get_status         (PlOfficer *self);
const char *        pl_officer_get_elected_on     (PlOfficer *self);
const char *        pl_officer_get_nominated_on   (PlOfficer *self);
const char *        pl_officer_get_withdrawn_on   (PlOfficer *self);
void                 pl_officer_set_office         (PlOfficer *self,
                                                    PlOffice office);
void                 pl_officer_set_seat           (PlOfficer *self,
                                                    const char *seat);
void                 pl_officer_set_regional_group (PlOfficer *self,
                                                    const char *regional_group);
void                 pl_officer_set_delegation     (PlOfficer *self,
                                                    const char *delegation);
void                 pl_officer_set_person         (PlOfficer *self,
                                                    const char *person);
void                 pl_officer_set_status         (PlOfficer *self,
                                                    PlOfficerStatus status);
void                 pl_officer_set_elected_on     (PlOfficer *self,
                                                    const char *elected_on);
void                 pl_officer_set_nominated_on   (PlOfficer *self,
                                                    const char *nominated_on);
void                 pl_officer_set_withdrawn_on   (PlOfficer *self,
                                                    const char *withdrawn_on);

G_END_DECLS
