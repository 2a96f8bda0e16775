/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-save-cache.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_SESSION_FILE_ERROR (pl_session_file_error_quark ())

/**
 * PlSessionFileError:
 * @PL_SESSION_FILE_ERROR_NOT_JSON: the file is not JSON (or is truncated)
 * @PL_SESSION_FILE_ERROR_FORMAT: it is JSON but not a Plenary session
 * @PL_SESSION_FILE_ERROR_VERSION: it was written by a newer Plenary
 * @PL_SESSION_FILE_ERROR_RECORD: a record cannot be read
 * @PL_SESSION_FILE_ERROR_DUPLICATE: two records have the same `_id`
 */
typedef enum {
  PL_SESSION_FILE_ERROR_NOT_JSON,
  PL_SESSION_FILE_ERROR_FORMAT,
  PL_SESSION_FILE_ERROR_VERSION,
  PL_SESSION_FILE_ERROR_RECORD,
  PL_SESSION_FILE_ERROR_DUPLICATE,
} PlSessionFileError;

#define PL_SESSION_FILE_FORMAT "plenary-session"
#define PL_SESSION_FILE_VERSION 1

/* Local copies are their owner's alone (issue 16). */
#define PL_SESSION_FILE_MODE 0600
#define PL_SESSION_FOLDER_MODE 0700

GQuark     pl_session_file_error_quark (void);
PlSession *pl_session_file_load        (const char  *path,
                                        GError     **error);
PlSession *pl_session_file_load_bytes  (GBytes      *bytes,
                                        const char  *display_name,
                                        GError     **error);
char      *pl_session_file_serialize   (PlSession   *session,
                                        gsize       *length);
char      *pl_session_file_serialize_cached (PlSession   *session,
                                             PlSaveCache *cache,
                                             gsize       *length);
gboolean   pl_session_file_save        (PlSession   *session,
                                        const char  *path,
                                        GError     **error);
gboolean   pl_session_file_save_cached (PlSession   *session,
                                        const char  *path,
                                        PlSaveCache *cache,
                                        GError     **error);
gboolean   pl_session_file_make_private_folder (const char  *path,
                                                GError     **error);

G_END_DECLS
