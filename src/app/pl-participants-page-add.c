/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-check-bureau.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-participants-page-private.h"
#include "pl-record-table.h"
#include "pl-participants-page.h"
#include "pl-participation.h"
#include "pl-reference-states.h"
#include "pl-window.h"
#include "pl-json-text.h"

/* Adding delegations: States from the reference list, organizations by
 * hand, and a registration system's CSV, all or nothing. */

/* Add State… */

typedef struct
{
  PlParticipantsPage *page;
  GtkWindow          *window;
  GtkSearchEntry     *search;
  GtkListBox         *list;
} AddState;

static gboolean
state_row_matches (AddState  *data,
                   GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "key");
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (text, -1);
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static void
add_state (AddState   *data,
           const char *iso3)
{
  PlParticipantsPage *self = data->page;
  g_autoptr(GError) error = NULL;
  PlDelegation *delegation;
  g_autofree char *text = NULL;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = pl_delegation_import_add_state (pl_page_get_session (PL_PAGE (self)), iso3, &error);
  if (delegation == NULL)
    {
      pl_participants_page_toast (self, error->message, FALSE);
      return;
    }

  /* Translators: %s is a State's name */
  text = g_strdup_printf (_("%s added"), pl_delegation_get_name (delegation));
  gtk_window_destroy (data->window);
  pl_participants_page_select_delegation (self, delegation);
  pl_participants_page_toast (self, text, TRUE);
}

static void
on_state_add_clicked_cb (GtkButton *button,
                         AddState  *data)
{
  add_state (data, g_object_get_data (G_OBJECT (button), "iso3"));
}

static void
on_state_row_activated_cb (GtkListBox    *list,
                           GtkListBoxRow *row,
                           AddState      *data)
{
  add_state (data, g_object_get_data (G_OBJECT (row), "iso3"));
}

static void
on_state_search_changed_cb (AddState *data)
{
  /* Rows are hidden rather than filtered out, so that a screen reader
   * (and AT-SPI in GTK 4.8) does not see the States that do not match. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "iso3") != NULL)
      gtk_widget_set_visible (row, state_row_matches (data, row));
}

static void
on_state_search_activate_cb (AddState *data)
{
  /* Enter adds the first State that matches. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row) &&
        g_object_get_data (G_OBJECT (row), "iso3") != NULL)
      {
        add_state (data, g_object_get_data (G_OBJECT (row), "iso3"));
        return;
      }
}

void
pl_participants_page_add_state_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  GPtrArray *states = pl_reference_states_get ();
  AddState *data = g_new0 (AddState, 1);
  GtkWidget *window, *box, *header, *scrolled, *clamp, *search;
  GtkRoot *root = gtk_widget_get_root (widget);
  guint n = 0;

  data->page = self;
  window = adw_window_new ();
  data->window = GTK_WINDOW (window);
  gtk_window_set_title (GTK_WINDOW (window), _("Add State"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 600);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  g_object_set_data_full (G_OBJECT (window), "pl-dialog-data", data, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  search = gtk_search_entry_new ();
  data->search = GTK_SEARCH_ENTRY (search);
  g_object_set (search, "placeholder-text", _("Search the reference list by name or ISO code"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search States"), -1);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  gtk_widget_set_margin_top (search, 6);
  gtk_widget_set_margin_bottom (search, 6);
  gtk_box_append (GTK_BOX (box), search);

  data->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (data->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (data->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (data->list), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (data->list), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (data->list), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (data->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (data->list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("States"), -1);

  /* The reference list, less the States already in the session. */
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *key = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *add_name = NULL;
      GtkWidget *row, *add;
      const char *group;

      if (pl_delegation_import_find_state (pl_page_get_session (PL_PAGE (self)), state->iso3) != NULL)
        continue;

      group = *state->regional_group ? pl_participants_page_group_name (self, state->regional_group) : _("No regional group");
      {
        g_autofree char *folded_name = g_utf8_casefold (state->name, -1);
        g_autofree char *folded_iso = g_utf8_casefold (state->iso3, -1);

        key = g_strconcat (folded_name, " ", folded_iso, NULL);
      }
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), state->name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = g_strdup_printf ("%s · %s", state->iso3, group);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

      add = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (add, "flat");
      /* Translators: %s is a State's name */
      add_name = g_strdup_printf (_("Add %s"), state->name);
      gtk_widget_set_tooltip_text (add, add_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
      g_object_set_data_full (G_OBJECT (add), "iso3", g_strdup (state->iso3), g_free);
      g_signal_connect (add, "clicked", G_CALLBACK (on_state_add_clicked_cb), data);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);

      g_object_set_data_full (G_OBJECT (row), "iso3", g_strdup (state->iso3), g_free);
      g_object_set_data_full (G_OBJECT (row), "key", g_strdup (key), g_free);
      gtk_list_box_append (data->list, row);
      n++;
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Every State of the reference list is already in the session"));
      gtk_list_box_append (data->list, row);
    }

  g_signal_connect (data->list, "row-activated", G_CALLBACK (on_state_row_activated_cb), data);
  g_signal_connect_swapped (search, "search-changed", G_CALLBACK (on_state_search_changed_cb), data);
  g_signal_connect_swapped (search, "activate", G_CALLBACK (on_state_search_activate_cb), data);

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (data->list));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (search);
}

/* Add Organization… */

typedef struct
{
  PlParticipantsPage *page;
  GtkWindow          *window;
  GtkEntry           *name;
  AdwComboRow        *category;
  GtkWidget          *add;
} AddOrganization;

static void
on_organization_name_changed_cb (AddOrganization *data)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name))));

  gtk_widget_set_sensitive (data->add, *name != '\0');
}

static void
on_organization_add_cb (AddOrganization *data)
{
  PlParticipantsPage *self = data->page;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name))));
  guint category = adw_combo_row_get_selected (data->category);
  PlDelegation *delegation;

  if (*name == '\0' || category == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = pl_participation_add_delegation (pl_page_get_session (PL_PAGE (self)), name, category, NULL);
  gtk_window_destroy (data->window);
  pl_participants_page_select_delegation (self, delegation);
}

void
pl_participants_page_add_organization_action (GtkWidget  *widget,
                                              const char *action_name,
                                              GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  AddOrganization *data = g_new0 (AddOrganization, 1);
  GtkWidget *window, *box, *header, *cancel, *list, *name_row, *group;
  GtkRoot *root = gtk_widget_get_root (widget);

  data->page = self;
  window = adw_window_new ();
  data->window = GTK_WINDOW (window);
  gtk_window_set_title (GTK_WINDOW (window), _("Add Organization"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, -1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  g_object_set_data_full (G_OBJECT (window), "pl-dialog-data", data, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  data->add = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (data->add, "suggested-action");
  gtk_widget_set_sensitive (data->add, FALSE);
  g_signal_connect_swapped (data->add, "clicked", G_CALLBACK (on_organization_add_cb), data);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), data->add);
  gtk_box_append (GTK_BOX (box), header);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A United Nations entity, an intergovernmental or non-governmental organization, "
                                           "or a State missing from the reference list"));
  gtk_widget_set_margin_top (group, 18);
  gtk_widget_set_margin_bottom (group, 18);
  gtk_widget_set_margin_start (group, 18);
  gtk_widget_set_margin_end (group, 18);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  name_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("_Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (name_row), TRUE);
  data->name = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (data->name), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (data->name), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organization Name"), -1);
  g_signal_connect_swapped (data->name, "changed", G_CALLBACK (on_organization_name_changed_cb), data);
  g_signal_connect_swapped (data->name, "activate", G_CALLBACK (on_organization_add_cb), data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (name_row), GTK_WIDGET (data->name));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (name_row), GTK_WIDGET (data->name));
  gtk_list_box_append (GTK_LIST_BOX (list), name_row);

  data->category = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->category), _("_Category"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (data->category), TRUE);
  adw_combo_row_set_model (data->category, pl_participants_string_list_new (pl_participants_category_labels, NULL));
  adw_combo_row_set_selected (data->category, PL_DELEGATION_CATEGORY_IGO);
  pl_compat_combo_row_name_items (data->category);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->category));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (box), group);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (data->name));
}

/* Import from CSV… */

static void
show_import_report (PlParticipantsPage       *self,
                    PlDelegationImportReport *report,
                    const char               *display_name)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *description = NULL;

  gtk_window_set_title (GTK_WINDOW (window), _("Import Refused"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing Was Imported"));
  /* Translators: %s is a file name */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row of %s was rejected. Correct it and import the file again: "
                                              "an import is all or nothing.",
                                              "%u rows of %s were rejected. Correct them and import the file again: "
                                              "an import is all or nothing.",
                                              report->rejections->len),
                                 report->rejections->len, display_name);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_add_css_class (status, "compact");
  gtk_box_append (GTK_BOX (inner), status);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rejected Rows"), -1);
  for (guint i = 0; i < report->rejections->len; i++)
    {
      PlDelegationImportRejection *rejection = g_ptr_array_index (report->rejections, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Line %u"), rejection->line);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rejection->reason);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (inner), list);

  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

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
  GtkRoot *root;

  g_return_val_if_fail (PL_IS_PARTICIPANTS_PAGE (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  if (!pl_delegation_import (pl_page_get_session (PL_PAGE (self)), csv, &report, &error))
    {
      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (g_error_matches (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED) && report != NULL)
        show_import_report (self, report, display_name);
      else
        {
          /* Translators: %s is a file name, then why it was refused */
          g_autofree char *body = g_strdup_printf (_("%s: %s. Nothing was imported."), display_name, error->message);

          pl_compat_show_message (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
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
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

          pl_compat_show_message (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
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
  GtkRoot *root = gtk_widget_get_root (widget);

  pl_compat_choose_file_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, PL_COMPAT_FILE_OPEN_CSV,
                               _("Import Delegations"), NULL, self->cancellable,
                               on_import_chosen_cb, g_object_ref (self));
}

