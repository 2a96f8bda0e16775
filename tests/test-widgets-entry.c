/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "pl-agenda-item.h"
#include "pl-check.h"
#include "pl-finding.h"
#include "pl-history.h"
#include "pl-instrument-row.h"
#include "pl-instruments.h"
#include "pl-participants-page.h"
#include "pl-settings-page.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"

#include "test-widgets.h"

/* Data entry on a secretariat's first day (issue 22, point 8): several
 * States in one visit to Add State, and the session's instruments edited
 * in Session Settings. */

/* The toplevel titled @title, if any. */
static GtkWidget *
find_toplevel (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (toplevel), title) == 0)
        return GTK_WIDGET (toplevel);
    }
  return NULL;
}

/* The action row under @widget titled @title. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The button under @widget whose tooltip is @tooltip. */
static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_by_tooltip (child, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
check_ticked (GtkWidget  *dialog,
              const char *state)
{
  GtkWidget *row = find_row (dialog, state);

  g_assert_nonnull (row);
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))));
}

static GtkWidget *
open_add_state (GtkWidget *page)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (page, "participants.add-state", NULL));
  pl_test_spin (100);
  dialog = find_toplevel ("Add State");
  g_assert_nonnull (dialog);
  return dialog;
}

void
test_add_state_several (void)
{
  PlSession *session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_participants_page_new (session);
  GtkWidget *dialog, *search, *add, *brazil;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 0);

  dialog = open_add_state (page);
  search = pl_test_find_widget (dialog, GTK_TYPE_SEARCH_ENTRY, NULL);
  add = pl_test_find_widget (dialog, GTK_TYPE_BUTTON, "_Add");
  g_assert_nonnull (search);
  g_assert_nonnull (add);
  g_assert_false (gtk_widget_get_sensitive (add));

  /* Enter in the search ticks the first match and empties the search. */
  gtk_editable_set_text (GTK_EDITABLE (search), "austria");
  g_signal_emit_by_name (search, "activate");
  g_assert_true (check_ticked (dialog, "Austria"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "_Add 1 State");

  /* Clicking a row ticks it; nothing is added yet. */
  brazil = find_row (dialog, "Brazil");
  adw_action_row_activate (ADW_ACTION_ROW (brazil));
  g_assert_true (check_ticked (dialog, "Brazil"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add)), ==, "_Add 2 States");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 0);

  /* A search that hides them keeps them ticked. */
  gtk_editable_set_text (GTK_EDITABLE (search), "chile");
  pl_test_spin (400);
  g_assert_false (gtk_widget_get_visible (brazil));
  g_assert_true (check_ticked (dialog, "Brazil"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  pl_test_spin (400);
  g_assert_true (gtk_widget_get_visible (brazil));

  /* Both at once, one undo step, the dialog closed. */
  g_signal_emit_by_name (add, "clicked");
  pl_test_spin (100);
  g_assert_null (find_toplevel ("Add State"));
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 2);
  g_assert_nonnull (pl_session_lookup (session, "delegation:AUT"));
  g_assert_nonnull (pl_session_lookup (session, "delegation:BRA"));
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Add States");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 0);

  /* Escape in the search closes the dialog and adds nothing, even with a
   * State ticked and a search typed. */
  dialog = open_add_state (page);
  search = pl_test_find_widget (dialog, GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "chile");
  g_signal_emit_by_name (search, "activate");
  g_assert_true (check_ticked (dialog, "Chile"));
  gtk_editable_set_text (GTK_EDITABLE (search), "den");
  g_signal_emit_by_name (search, "stop-search");
  pl_test_spin (100);
  g_assert_null (find_toplevel ("Add State"));
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 0);

  /* Cancel too. */
  dialog = open_add_state (page);
  adw_action_row_activate (ADW_ACTION_ROW (find_row (dialog, "Chile")));
  g_signal_emit_by_name (pl_test_find_widget (dialog, GTK_TYPE_BUTTON, "_Cancel"), "clicked");
  pl_test_spin (100);
  g_assert_null (find_toplevel ("Add State"));
  g_assert_cmpuint (g_list_model_get_n_items (delegations), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}

/* The instrument rows under @widget, in order. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PL_IS_INSTRUMENT_ROW (child))
      g_ptr_array_add (rows, child);
    else
      collect_rows (child, rows);
}

static GtkWidget *
instrument_row (GtkWidget *page,
                guint      index)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (page, rows);
  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static guint
count_rows (GtkWidget *page)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (page, rows);
  return rows->len;
}

/* The message of the Bureau's check of officers from States parties to
 * every instrument (rule 22), which names how many there are. */
static char *
all_instruments_message (PlSession *session)
{
  g_autoptr(GListStore) findings = pl_check_session (session);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_strcmp0 (pl_finding_get_code (finding), "bureau.all-instruments") == 0)
        return g_strdup (pl_finding_get_message (finding));
    }
  return NULL;
}

static GtkWidget *
entry_titled (GtkWidget  *row,
              const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = entry_titled (child, title)) != NULL)
        return found;
    }
  return NULL;
}

void
test_settings_instruments (void)
{
  PlSession *session = pl_test_load_sample ();
  PlHistory *history = pl_session_get_history (session);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_settings_page_new (session);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *row, *entry, *remove;
  PlRecord *item = NULL;
  GListModel *items;

  g_object_ref (page);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_spin (100);

  /* One row per instrument; the Convention has no Remove button. */
  g_assert_cmpuint (pl_instruments_count (session), ==, 4);
  g_assert_cmpuint (count_rows (page), ==, 4);
  g_assert_false (gtk_widget_get_visible (find_by_tooltip (instrument_row (page, 0), "Remove Organized Crime Convention")));
  g_assert_nonnull (find_by_tooltip (instrument_row (page, 3), "Remove Firearms Protocol"));
  before = all_instruments_message (session);
  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "all 4 instruments"));

  /* Add: one undo step, a row, and the checks count five. */
  g_signal_emit_by_name (find_by_tooltip (page, "Add Protocol"), "clicked");
  g_assert_cmpuint (pl_instruments_count (session), ==, 5);
  g_assert_cmpuint (count_rows (page), ==, 5);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Add Instrument");
  after = all_instruments_message (session);
  g_assert_nonnull (strstr (after, "all 5 instruments"));

  /* Rename in place; an empty short title is refused and marked. */
  row = instrument_row (page, 4);
  entry = entry_titled (row, "Short Title");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Cybercrime Protocol");
  g_assert_cmpstr (pl_instruments_get_short_title (session, 4), ==, "Cybercrime Protocol");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Cybercrime Protocol");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_cmpstr (pl_instruments_get_short_title (session, 4), ==, "Cybercrime Protocol");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Cybercrime Protocol");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));

  /* A column another instrument reads is refused. */
  g_assert_false (pl_instruments_set_column (session, pl_instruments_get_id (session, 4), "tip", &error));
  g_assert_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_COLUMN_TAKEN);
  g_clear_error (&error);

  /* Remove: one undo step; undone, the row is back with its name. */
  remove = find_by_tooltip (row, "Remove Cybercrime Protocol");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (pl_instruments_count (session), ==, 4);
  g_assert_cmpuint (count_rows (page), ==, 4);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Remove Instrument");
  g_clear_pointer (&after, g_free);
  after = all_instruments_message (session);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (count_rows (page), ==, 5);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (instrument_row (page, 4))), ==,
                   "Cybercrime Protocol");

  /* A Protocol an agenda item is under stays (the item would silently
   * fall back to the Convention), and so does the Convention. */
  g_signal_emit_by_name (find_by_tooltip (instrument_row (page, 1), "Remove Trafficking in Persons Protocol"), "clicked");
  g_assert_cmpuint (pl_instruments_count (session), ==, 5);
  g_assert_false (pl_instruments_remove (session, "untoc", &error));
  g_assert_error (error, PL_INSTRUMENTS_ERROR, PL_INSTRUMENTS_ERROR_CONVENTION);
  g_clear_error (&error);

  /* Another column: the items under the instrument follow, in one step. */
  items = pl_session_get_records (session, PL_TYPE_AGENDA_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (items) && item == NULL; i++)
    {
      g_autoptr(PlAgendaItem) candidate = g_list_model_get_item (items, i);

      if (g_strcmp0 (pl_agenda_item_get_instrument (candidate), "som") == 0)
        item = PL_RECORD (candidate);
    }
  g_assert_nonnull (item);
  g_assert_true (pl_instruments_set_column (session, "som", "migrants", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pl_instruments_get_id (session, 2), ==, "migrants");
  g_assert_cmpstr (pl_agenda_item_get_instrument (PL_AGENDA_ITEM (item)), ==, "migrants");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_instruments_get_id (session, 2), ==, "som");
  g_assert_cmpstr (pl_agenda_item_get_instrument (PL_AGENDA_ITEM (item)), ==, "som");

  gtk_window_set_child (GTK_WINDOW (window), NULL);
  pl_test_spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (300);
  g_assert_finalize_object (page);
  g_assert_finalize_object (session);
}
