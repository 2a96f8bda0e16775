/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

gboolean pl_cli_export_schedule (PlSession   *session,
                                 const char  *format,
                                 const char  *output,
                                 GError     **error);

G_END_DECLS
