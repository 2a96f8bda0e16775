/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

typedef struct _PlSession PlSession;

/*
 * Language versions of a record's texts (DESIGN.md, "Languages (rule
 * 38)"; issue 21): the record's `i18n` field holds, per language and
 * field, the text and the hash of the original it translates. Whether a
 * version is missing, outdated or done is derived from that hash against
 * the original's current text, never stored.
 */

const char * const *pl_versions_languages       (void);
gboolean            pl_versions_is_language     (const char  *code);
char               *pl_versions_language_code   (const char  *code);
const char         *pl_versions_language_name   (const char  *code);
gboolean            pl_versions_split_path      (const char  *path,
                                                 char       **language,
                                                 char       **field);

char               *pl_versions_hash            (const char  *original);
const char * const *pl_versions_fields          (GType        record_type);
gboolean            pl_versions_is_translatable (PlRecord    *record,
                                                 const char  *field);
const char         *pl_versions_original        (PlRecord    *record,
                                                 const char  *field);
const char         *pl_versions_get             (PlRecord    *record,
                                                 const char  *language,
                                                 const char  *field);
const char         *pl_versions_get_source      (PlRecord    *record,
                                                 const char  *language,
                                                 const char  *field);
PlVersionState      pl_versions_state           (PlRecord    *record,
                                                 const char  *language,
                                                 const char  *field);
PlVersionState      pl_versions_state_for_hash  (PlRecord    *record,
                                                 const char  *language,
                                                 const char  *field,
                                                 const char  *hash);
void                pl_versions_set             (PlSession   *session,
                                                 PlRecord    *record,
                                                 const char  *language,
                                                 const char  *field,
                                                 const char  *text);
JsonNode           *pl_versions_with            (JsonNode    *i18n,
                                                 const char  *language,
                                                 const char  *field,
                                                 const char  *text,
                                                 const char  *source);
const char         *pl_versions_text_for        (PlSession   *session,
                                                 PlRecord    *record,
                                                 const char  *field,
                                                 const char  *language,
                                                 gboolean    *out_fallback);

G_END_DECLS
