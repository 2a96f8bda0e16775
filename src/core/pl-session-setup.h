/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlSessionSetup:
 * @body: the body that meets ("Conference of the Parties to …")
 * @session_number: which session (1 for the first)
 * @start_date: the first day, YYYY-MM-DD
 * @end_date: the last day, YYYY-MM-DD
 * @venue: (nullable): where
 * @timezone: (nullable): an IANA time zone ("Europe/Vienna"); %NULL: the
 *   new session's default
 *
 * What a new session's short setup asks (issue 22, point 10).
 */
typedef struct
{
  const char *body;
  int         session_number;
  const char *start_date;
  const char *end_date;
  const char *venue;
  const char *timezone;
} PlSessionSetup;

#define PL_SESSION_SETUP_ERROR (pl_session_setup_error_quark ())

typedef enum
{
  PL_SESSION_SETUP_ERROR_INVALID,
} PlSessionSetupError;

GQuark     pl_session_setup_error_quark     (void);
PlSession *pl_session_setup_new             (const PlSessionSetup *setup,
                                             PlSession            *previous,
                                             GError              **error);
char      *pl_session_setup_ordinal_title   (int                   session_number);

G_END_DECLS
