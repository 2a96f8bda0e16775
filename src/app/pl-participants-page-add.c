/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-add-organization-dialog.h"
#include "pl-add-state-dialog.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-import-report-window.h"
#include "pl-participants-page-private.h"
#include "pl-record-table.h"
#include "pl-participants-page.h"
#include "pl-participation.h"
#include "pl-window.h"
#include "pl-json-text.h"

/* Adding delegations: States from the reference list, organizations by
 * hand, and a registration system's CSV, all or nothing. */

/* Add State… */

/* Every State ticked, added in one undo step; the dialog closes. A
 * State refused (added meanwhile by a colleague through sync) is said
 * in the toast and the others are still added. */
static void
on_states_chosen_cb (GtkWidget          *dialog,
                     const char * const *iso3s,
                     PlParticipantsPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  PlHistory *history = pl_session_get_history (session);
  g_autoptr(GString) refused = g_string_new (NULL);
  PlDelegation *last = NULL;
  g_autofree char *text = NULL;
  guint added = 0;

  pl_edit_burst_flush (session);
  pl_history_begin_group (history, g_strv_length ((GStrv) iso3s) == 1 ? _("Add State") : _("Add States"));
  for (guint i = 0; iso3s[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      PlDelegation *delegation = pl_delegation_import_add_state (session, iso3s[i], &error);

      if (delegation == NULL)
        {
          g_string_append_printf (refused, "%s%s", refused->len > 0 ? " " : "", error->message);
          continue;
        }
      last = delegation;
      added++;
    }
  pl_history_end_group (history);
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (last != NULL)
    pl_delegation_table_page_select_delegation (PL_DELEGATION_TABLE_PAGE (self), last);
  if (added == 1)
    /* Translators: %s is a State's name */
    text = g_strdup_printf (_("%s added"), pl_delegation_get_name (last));
  else
    /* Translators: %u is how many States were added */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u State added", "%u States added", added), added);
  if (refused->len > 0)
    {
      g_autofree char *both = g_strconcat (text, ". ", refused->str, NULL);

      pl_participants_page_toast (self, both, added > 0);
    }
  else
    pl_participants_page_toast (self, text, TRUE);
}

void
pl_participants_page_add_state_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  GtkWidget *dialog = pl_add_state_dialog_new (pl_page_get_window (PL_PAGE (self)),
                                               pl_page_get_session (PL_PAGE (self)));

  g_signal_connect_object (dialog, "states-chosen", G_CALLBACK (on_states_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Add Organization… */

static void
on_organization_chosen_cb (GtkWidget          *dialog,
                           const char         *name,
                           guint               category,
                           PlParticipantsPage *self)
{
  PlDelegation *delegation;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = pl_participation_add_delegation (pl_page_get_session (PL_PAGE (self)), name, category, NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pl_delegation_table_page_select_delegation (PL_DELEGATION_TABLE_PAGE (self), delegation);
}

void
pl_participants_page_add_organization_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  g_autoptr(GListModel) categories = pl_participants_string_list_new (pl_participants_category_labels, NULL);
  GtkWidget *dialog = pl_add_organization_dialog_new (pl_page_get_window (PL_PAGE (self)),
                                                      categories, PL_DELEGATION_CATEGORY_IGO);

  g_signal_connect_object (dialog, "organization-chosen", G_CALLBACK (on_organization_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import from CSV… */

/**
 * pl_participants_page_import_bytes:
 * @display_name: the file's name, for the report
 *
 * Imports a registration CSV (pl_delegation_import): all or nothing. On
 * success one undo step and a pl_participants_page_toast with the summary; on rejected rows a
 * window lists every line and reason, and the session is unchanged.
 *
 * Returns: %TRUE if imported
 */
gboolean
pl_participants_page_import_bytes (PlParticipantsPage *self,
                                   GBytes             *csv,
                                   const char         *display_name)
{
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (PL_IS_PARTICIPANTS_PAGE (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  if (!pl_delegation_import (pl_page_get_session (PL_PAGE (self)), csv, &report, &error))
    {
      if (g_error_matches (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED) && report != NULL)
        gtk_window_present (GTK_WINDOW (pl_import_report_window_new (pl_page_get_window (PL_PAGE (self)),
                                                                     report, display_name)));
      else
        {
          /* Translators: %s is a file name, then why it was refused */
          g_autofree char *body = g_strdup_printf (_("%s: %s. Nothing was imported."), display_name, error->message);

          pl_compat_show_message (pl_page_get_window (PL_PAGE (self)),
                                  _("Could Not Import the Delegations"), body);
        }
      return FALSE;
    }

  summary = pl_delegation_import_report_summary (report);
  pl_participants_page_toast (self, summary, TRUE);
  pl_participants_page_update_summary (self);

  return TRUE;
}

static void
on_import_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlParticipantsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          pl_compat_show_message (pl_page_get_window (PL_PAGE (self)),
                                  _("Could Not Read the File"), error->message);
        }
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  pl_participants_page_import_bytes (self, bytes, name);
}

static void
on_import_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlParticipantsPage) self = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);

  if (file == NULL || self->cancellable == NULL)
    return;

  g_file_load_contents_async (file, self->cancellable, on_import_loaded_cb, g_object_ref (self));
}

void
pl_participants_page_import_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  pl_compat_choose_file_async (pl_page_get_window (PL_PAGE (self)), PL_COMPAT_FILE_OPEN_CSV,
                               _("Import Delegations"), NULL, self->cancellable,
                               on_import_chosen_cb, g_object_ref (self));
}

