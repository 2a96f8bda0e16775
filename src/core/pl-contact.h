/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_CONTACT (pl_contact_get_type ())

G_DECLARE_FINAL_TYPE (PlContact, pl_contact, PL, CONTACT, PlRecord)

typedef struct _PlSession PlSession;

PlContact  *pl_contact_new              (const char *id);
const char *pl_contact_get_delegation   (PlContact  *self);
JsonNode   *pl_contact_get_members      (PlContact  *self);
void        pl_contact_set_delegation   (PlContact  *self,
                                         const char *delegation);
void        pl_contact_set_members      (PlContact  *self,
                                         JsonNode   *members);

const char *pl_contact_get_email        (PlContact  *self,
                                         const char *member_id);
const char *pl_contact_get_phone        (PlContact  *self,
                                         const char *member_id);
void        pl_contact_set_email        (PlContact  *self,
                                         const char *member_id,
                                         const char *email);
gboolean    pl_contact_remove_member    (PlContact  *self,
                                         const char *member_id);

char       *pl_contact_id_for           (const char *delegation_id);
PlContact  *pl_contact_lookup           (PlSession  *session,
                                         const char *delegation_id);
PlContact  *pl_contact_ensure           (PlSession  *session,
                                         const char *delegation_id);
const char *pl_contact_lookup_email     (PlSession  *session,
                                         const char *delegation_id,
                                         const char *member_id);
void        pl_contact_store_email      (PlSession  *session,
                                         const char *delegation_id,
                                         const char *member_id,
                                         const char *email);
guint       pl_contact_split_records    (GPtrArray  *records,
                                         GHashTable *taken);

G_END_DECLS
