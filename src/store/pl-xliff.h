/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/*
 * The translators' interchange (issue 21, point 4): XLIFF 1.2, one
 * `trans-unit` per record and translatable field, id `<_id>#<field>`.
 */

#define PL_XLIFF_ERROR (pl_xliff_error_quark ())

/**
 * PlXliffError:
 * @PL_XLIFF_ERROR_MALFORMED: not an XLIFF 1.2 file this version reads
 * @PL_XLIFF_ERROR_LANGUAGE: its target language is not the one asked for
 */
typedef enum {
  PL_XLIFF_ERROR_MALFORMED,
  PL_XLIFF_ERROR_LANGUAGE,
} PlXliffError;

GQuark   pl_xliff_error_quark (void);

gboolean pl_xliff_write       (PlSession   *session,
                               const char  *language,
                               const char  *path,
                               GError     **error);
gboolean pl_xliff_read        (PlSession   *session,
                               const char  *path,
                               const char  *language,
                               GPtrArray  **out_refused,
                               GError     **error);
gboolean pl_xliff_read_bytes  (PlSession   *session,
                               GBytes      *bytes,
                               const char  *display_name,
                               const char  *language,
                               GPtrArray  **out_refused,
                               GError     **error);

G_END_DECLS
