/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-finding.h"
#include "pl-session.h"

G_BEGIN_DECLS

GListStore *pl_check_session (PlSession *session);

G_END_DECLS
