/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_ICS_ERROR (pl_ics_error_quark ())

/**
 * PlIcsError:
 * @PL_ICS_ERROR_TIME_ZONE: the session has no time zone, or libical does
 *   not know it
 * @PL_ICS_ERROR_INVALID: a meeting or deadline cannot be placed in time,
 *   or names an item the session does not have
 */
typedef enum {
  PL_ICS_ERROR_TIME_ZONE,
  PL_ICS_ERROR_INVALID,
} PlIcsError;

GQuark    pl_ics_error_quark    (void);
char     *pl_ics_build_schedule (PlSession   *session,
                                 GDateTime   *stamp,
                                 GError     **error);

G_END_DECLS
