/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_OFFICE_HOLDER (pl_office_holder_get_type ())

G_DECLARE_FINAL_TYPE (PlOfficeHolder, pl_office_holder, PL, OFFICE_HOLDER, PlRecord)

PlOfficeHolder *    pl_office_holder_new                (const char     *id);
int                  pl_office_holder_get_session_number (PlOfficeHolder *self);
PlOffice             pl_office_holder_get_office         (PlOfficeHolder *self);
const char *        pl_office_holder_get_regional_group (PlOfficeHolder *self);
const char *        pl_office_holder_get_delegation     (PlOfficeHolder *self);
const char *        pl_office_holder_get_person         (PlOfficeHolder *self);
void                 pl_office_holder_set_session_number (PlOfficeHolder *self,
                                                          int             session_number);
void                 pl_office_holder_set_office         (PlOfficeHolder *self,
                                                          PlOffice        office);
void                 pl_office_holder_set_regional_group (PlOfficeHolder *self,
                                                          const char     *regional_group);
void                 pl_office_holder_set_delegation     (PlOfficeHolder *self,
                                                          const char     *delegation);
void                 pl_office_holder_set_person         (PlOfficeHolder *self,
                                                          const char     *person);

G_END_DECLS
