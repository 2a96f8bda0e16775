/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-add-state-dialog.h"
#include "pl-check-bureau.h"
#include "pl-delegation-import.h"
#include "pl-reference-states.h"

/**
 * PlAddStateDialog:
 *
 * Chooses States from the reference list, less the States already in
 * the session, by name or ISO code. Several are ticked in one visit (a
 * secretariat registers dozens on its first day, issue 22): the search
 * filters the list without losing what is ticked, Enter in the search
 * ticks the first State that matches and empties the search for the
 * next, and the default button, "Add 3 States", emits
 * #PlAddStateDialog::states-chosen once with them all, so that whoever
 * opened it adds them in one undo step. Cancel and Escape close the
 * dialog and add nothing.
 */
struct _PlAddStateDialog
{
  AdwWindow       parent_instance;

  /* Row i of the list is State i of these two (none when the list holds
   * only the "every State is in" row). */
  GPtrArray      *iso3s;
  GPtrArray      *keys;          /* casefolded "name iso3", for the search */
  GPtrArray      *checks;        /* the rows' GtkCheckButton */

  GtkSearchEntry *search_entry;
  GtkListBox     *list;
  GtkButton      *add_button;
};

G_DEFINE_FINAL_TYPE (PlAddStateDialog, pl_add_state_dialog, ADW_TYPE_WINDOW)

enum {
  STATES_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_iso3 (PlAddStateDialog *self,
          GtkWidget        *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (index < 0 || (guint) index >= self->iso3s->len)
    return NULL;

  return g_ptr_array_index (self->iso3s, index);
}

static gboolean
row_matches (PlAddStateDialog *self,
             GtkWidget        *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (text, -1);
  return strstr (g_ptr_array_index (self->keys, index), needle) != NULL;
}

static guint
count_ticked (PlAddStateDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i)) ? 1 : 0;
  return n;
}

static void
update_add_button (PlAddStateDialog *self)
{
  guint n = count_ticked (self);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("_Add"));
  else
    /* Translators: the dialog's default button; %u is how many States are ticked */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Add %u State", "_Add %u States", n), n);
  gtk_button_set_label (self->add_button, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), n > 0);
}

static void
on_check_toggled_cb (PlAddStateDialog *self)
{
  update_add_button (self);
}

static void
on_add_clicked_cb (PlAddStateDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) iso3s = NULL;

  /* In the reference list's order, whatever order they were ticked in. */
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_strv_builder_add (builder, g_ptr_array_index (self->iso3s, i));
  iso3s = g_strv_builder_end (builder);
  if (iso3s[0] != NULL)
    g_signal_emit (self, signals[STATES_CHOSEN], 0, iso3s);
}

static void
on_cancel_clicked_cb (PlAddStateDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_stop_search_cb (PlAddStateDialog *self)
{
  /* The search entry takes Escape for itself: it closes the dialog as
   * everywhere else in it, adding nothing. */
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_search_changed_cb (PlAddStateDialog *self)
{
  /* Rows are hidden rather than filtered out, so that a screen reader
   * (and AT-SPI in GTK 4.8) does not see the States that do not match. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && row_iso3 (self, row) != NULL)
      gtk_widget_set_visible (row, row_matches (self, row));
}

static void
on_search_activate_cb (PlAddStateDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Enter with nothing searched adds what is ticked. */
  if (text == NULL || *text == '\0')
    {
      if (gtk_widget_get_sensitive (GTK_WIDGET (self->add_button)))
        on_add_clicked_cb (self);
      return;
    }

  /* Otherwise it ticks the first State that matches, and empties the
   * search for the next one: "aut", Enter, "bra", Enter. The list is
   * filtered first: Enter may come before the search's delay is over. */
  on_search_changed_cb (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row) && row_iso3 (self, row) != NULL)
      {
        int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

        gtk_check_button_set_active (g_ptr_array_index (self->checks, index), TRUE);
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
        return;
      }
}

static void
populate (PlAddStateDialog *self,
          PlSession        *session)
{
  GPtrArray *states = pl_reference_states_get ();
  PlSessionSettings *settings = pl_session_get_settings (session);

  /* The reference list, less the States already in the session. */
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *folded_name = NULL;
      g_autofree char *folded_iso = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *check_name = NULL;
      GtkWidget *row, *check;
      const char *group;

      if (pl_delegation_import_find_state (session, state->iso3) != NULL)
        continue;

      group = *state->regional_group ? pl_bureau_group_name (settings, state->regional_group) : _("No regional group");
      folded_name = g_utf8_casefold (state->name, -1);
      folded_iso = g_utf8_casefold (state->iso3, -1);
      g_ptr_array_add (self->keys, g_strconcat (folded_name, " ", folded_iso, NULL));
      g_ptr_array_add (self->iso3s, g_strdup (state->iso3));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), state->name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = g_strdup_printf ("%s · %s", state->iso3, group);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      /* Clicking the row ticks its box (the row's activatable widget). */
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      /* Translators: %s is a State's name; a check box in the Add State dialog */
      check_name = g_strdup_printf (_("Choose %s"), state->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_name, -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_ptr_array_add (self->checks, check);

      gtk_list_box_append (self->list, row);
    }

  if (self->iso3s->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Every State of the reference list is already in the session"));
      gtk_list_box_append (self->list, row);
    }
}

static void
pl_add_state_dialog_finalize (GObject *object)
{
  PlAddStateDialog *self = PL_ADD_STATE_DIALOG (object);

  g_clear_pointer (&self->iso3s, g_ptr_array_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_add_state_dialog_parent_class)->finalize (object);
}

static void
pl_add_state_dialog_class_init (PlAddStateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pl_add_state_dialog_finalize;

  /**
   * PlAddStateDialog::states-chosen:
   * @iso3s: the ISO 3166-1 alpha-3 codes of the States ticked, in the
   *   reference list's order (at least one)
   *
   * The default button was pressed (or Enter with the search empty).
   */
  signals[STATES_CHOSEN] = g_signal_new ("states-chosen",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-add-state-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAddStateDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlAddStateDialog, list);
  gtk_widget_class_bind_template_child (widget_class, PlAddStateDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  /* Escape anywhere else in the dialog: close, add nothing. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_add_state_dialog_init (PlAddStateDialog *self)
{
  self->iso3s = g_ptr_array_new_with_free_func (g_free);
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  update_add_button (self);
}

/**
 * pl_add_state_dialog_new:
 * @parent: (nullable): the window to stay above
 * @session: the session whose States are left out of the list
 *
 * Returns: (transfer floating): a dialog to present; it keeps nothing of
 *   @session after it is built.
 */
GtkWidget *
pl_add_state_dialog_new (GtkWindow *parent,
                         PlSession *session)
{
  PlAddStateDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  self = g_object_new (PL_TYPE_ADD_STATE_DIALOG, "transient-for", parent, NULL);
  populate (self, session);
  /* Typing goes to the search as soon as the dialog shows. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));

  return GTK_WIDGET (self);
}
