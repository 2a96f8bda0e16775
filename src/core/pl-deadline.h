/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_DEADLINE (pl_deadline_get_type ())

G_DECLARE_FINAL_TYPE (PlDeadline, pl_deadline, PL, DEADLINE, PlRecord)

PlDeadline *        pl_deadline_new        (const char *id);
const char *        pl_deadline_get_title  (PlDeadline *self);
const char *        pl_deadline_get_due    (PlDeadline *self);
const char *        pl_deadline_get_rule   (PlDeadline *self);
PlDeadlineOrigin     pl_deadline_get_origin (PlDeadline *self);
const char *        pl_deadline_get_note   (PlDeadline *self);
const char *        pl_deadline_get_basis  (PlDeadline *self);
void                 pl_deadline_set_title  (PlDeadline *self,
                                             const char *title);
void                 pl_deadline_set_due    (PlDeadline *self,
                                             const char *due);
void                 pl_deadline_set_rule   (PlDeadline *self,
                                             const char *rule);
void                 pl_deadline_set_origin (PlDeadline *self,
                                             PlDeadlineOrigin origin);
void                 pl_deadline_set_note   (PlDeadline *self,
                                             const char *note);
void                 pl_deadline_set_basis  (PlDeadline *self,
                                             const char *basis);

G_END_DECLS
