/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The server account's entry rows, as Join Session and Preferences both
 * show them: server address, database (the session's name), user. */

char *pl_account_row_text            (AdwEntryRow *row);
void  pl_account_rows_fill_defaults  (AdwEntryRow *url_row,
                                      AdwEntryRow *database_row,
                                      AdwEntryRow *user_row);

G_END_DECLS
