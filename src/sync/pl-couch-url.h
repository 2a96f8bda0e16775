/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean       pl_couch_url_parse               (const char     *url,
                                                 char          **canonical,
                                                 char          **user,
                                                 char          **password,
                                                 GError        **error);
char          *pl_couch_url_redact              (const char     *url);
char          *pl_couch_url_build               (GUri           *base,
                                                 const char     *database,
                                                 const char     *path,
                                                 const char     *query);

gboolean       pl_couch_url_host_is_loopback    (const char     *host);

char          *pl_couch_escape_id               (const char     *id);

G_END_DECLS
