/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_AGENDA_ITEM (pl_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (PlAgendaItem, pl_agenda_item, PL, AGENDA_ITEM, PlRecord)

PlAgendaItem *      pl_agenda_item_new                       (const char *id);
const char *        pl_agenda_item_get_parent                (PlAgendaItem *self);
const char *        pl_agenda_item_get_position              (PlAgendaItem *self);
const char *        pl_agenda_item_get_title                 (PlAgendaItem *self);
const char *        pl_agenda_item_get_short_title           (PlAgendaItem *self);
const char *        pl_agenda_item_get_annotation            (PlAgendaItem *self);
JsonNode *          pl_agenda_item_get_documents             (PlAgendaItem *self);
const char *        pl_agenda_item_get_no_documentation_note (PlAgendaItem *self);
void                 pl_agenda_item_set_parent                (PlAgendaItem *self,
                                                               const char *parent);
void                 pl_agenda_item_set_position              (PlAgendaItem *self,
                                                               const char *position);
void                 pl_agenda_item_set_title                 (PlAgendaItem *self,
                                                               const char *title);
void                 pl_agenda_item_set_short_title           (PlAgendaItem *self,
                                                               const char *short_title);
void                 pl_agenda_item_set_annotation            (PlAgendaItem *self,
                                                               const char *annotation);
void                 pl_agenda_item_set_documents             (PlAgendaItem *self,
                                                               JsonNode *documents);
void                 pl_agenda_item_set_no_documentation_note (PlAgendaItem *self,
                                                               const char *no_documentation_note);
const char *        pl_agenda_item_get_instrument            (PlAgendaItem *self);
void                 pl_agenda_item_set_instrument            (PlAgendaItem *self,
                                                               const char *instrument);
const char *        pl_agenda_item_get_number         (PlAgendaItem *self);
guint               pl_agenda_item_get_depth          (PlAgendaItem *self);
GStrv               pl_agenda_item_dup_document_ids   (PlAgendaItem *self);
void                pl_agenda_item_set_derived        (PlAgendaItem *self,
                                                       const char   *number,
                                                       guint         depth);

G_END_DECLS
