/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PL_TYPE_INVITE (pl_invite_get_type ())

G_DECLARE_FINAL_TYPE (PlInvite, pl_invite, PL, INVITE, GObject)

#define PL_INVITE_ERROR (pl_invite_error_quark ())

/**
 * PlInviteError:
 * @PL_INVITE_ERROR_INVALID: a key is missing or its value is not usable
 *   (not an http(s) address, not a database name, an empty user name)
 *
 * Why an invitation cannot be made or read.
 */
typedef enum {
  PL_INVITE_ERROR_INVALID,
} PlInviteError;

/* The group and keys of a `.plenary-invite` file (a GKeyFile). */
#define PL_INVITE_GROUP "Plenary Invitation"
#define PL_INVITE_KEY_SERVER "Server"
#define PL_INVITE_KEY_DATABASE "Database"
#define PL_INVITE_KEY_USER "User"
#define PL_INVITE_MIME_TYPE "application/x-plenary-invite"
#define PL_INVITE_SUFFIX ".plenary-invite"

GQuark      pl_invite_error_quark  (void);
PlInvite   *pl_invite_new          (const char  *server,
                                    const char  *database,
                                    const char  *user,
                                    GError     **error);
const char *pl_invite_get_server   (PlInvite    *self);
const char *pl_invite_get_database (PlInvite    *self);
const char *pl_invite_get_user     (PlInvite    *self);
PlInvite   *pl_invite_load         (GFile       *file,
                                    GError     **error);
PlInvite   *pl_invite_load_bytes   (GBytes      *bytes,
                                    const char  *name,
                                    GError     **error);
char       *pl_invite_to_data      (PlInvite    *self,
                                    gsize       *length);
gboolean    pl_invite_save         (PlInvite    *self,
                                    GFile       *file,
                                    GError     **error);

G_END_DECLS
