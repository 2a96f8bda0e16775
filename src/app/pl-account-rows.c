/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-account-rows.h"
#include "pl-sync-account.h"

/**
 * pl_account_row_text:
 *
 * Returns: (transfer full) (nullable): what @row holds without the spaces
 *   around it, %NULL when that is nothing: a blank field is not given
 */
char *
pl_account_row_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (text);
  if (*text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

/* The account last used is a good guess for the next. */
void
pl_account_rows_fill_defaults (AdwEntryRow *url_row,
                               AdwEntryRow *database_row,
                               AdwEntryRow *user_row)
{
  g_autofree char *url = NULL, *database = NULL, *user = NULL;

  pl_sync_account_get_defaults (&url, &database, &user);
  gtk_editable_set_text (GTK_EDITABLE (url_row), url ? url : "");
  gtk_editable_set_text (GTK_EDITABLE (database_row), database ? database : "");
  gtk_editable_set_text (GTK_EDITABLE (user_row), user ? user : "");
}
