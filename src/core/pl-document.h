/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_DOCUMENT (pl_document_get_type ())

G_DECLARE_FINAL_TYPE (PlDocument, pl_document, PL, DOCUMENT, PlRecord)

PlDocument *        pl_document_new           (const char *id);
const char *        pl_document_get_symbol    (PlDocument *self);
const char *        pl_document_get_title     (PlDocument *self);
PlDocumentKind       pl_document_get_kind      (PlDocument *self);
PlDocumentStatus     pl_document_get_status    (PlDocument *self);
const char * const *pl_document_get_languages (PlDocument *self);
const char *        pl_document_get_note      (PlDocument *self);
const char *        pl_document_get_url       (PlDocument *self);
gboolean             pl_document_url_is_valid  (const char *url);
void                 pl_document_set_symbol    (PlDocument *self,
                                                const char *symbol);
void                 pl_document_set_title     (PlDocument *self,
                                                const char *title);
void                 pl_document_set_kind      (PlDocument *self,
                                                PlDocumentKind kind);
void                 pl_document_set_status    (PlDocument *self,
                                                PlDocumentStatus status);
void                 pl_document_set_languages (PlDocument *self,
                                                const char * const *languages);
void                 pl_document_set_note      (PlDocument *self,
                                                const char *note);
void                 pl_document_set_url       (PlDocument *self,
                                                const char *url);

G_END_DECLS
