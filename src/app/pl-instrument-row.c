/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-instrument-row.h"
#include "pl-instruments.h"
#include "pl-reference-states.h"

/**
 * PlInstrumentRow:
 *
 * One of the session's treaty instruments in Session Settings (issue 22,
 * point 8): its short and full titles, the adherence column of the
 * reference list of States it is read from, and a button to remove it
 * (none for the Convention). What an edit may do is pl-instruments.c's;
 * the row only shows, and says in a toast why an edit was refused.
 */
struct _PlInstrumentRow
{
  AdwExpanderRow  parent_instance;

  PlSession      *session;
  guint           index;

  GtkButton      *remove_button;
  AdwEntryRow    *short_row;
  AdwEntryRow    *title_row;
  AdwComboRow    *column_row;
};

G_DEFINE_FINAL_TYPE (PlInstrumentRow, pl_instrument_row, ADW_TYPE_EXPANDER_ROW)

/* The reference list's columns (pl_reference_instruments), by what they
 * hold; the last choice is a column of the instrument's own, for a body
 * whose treaties the reference list does not follow. */
static const char * const column_labels[] = {
  N_("Organized Crime Convention"),
  N_("Trafficking in Persons Protocol"),
  N_("Smuggling of Migrants Protocol"),
  N_("Firearms Protocol"),
  N_("Not in the reference list"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (column_labels) == G_N_ELEMENTS (pl_reference_instruments) + 1);

static guint
column_position (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (pl_reference_instruments); i++)
    if (g_strcmp0 (pl_reference_instruments[i], id) == 0)
      return i;
  return G_N_ELEMENTS (pl_reference_instruments);
}

static const char *
row_id (PlInstrumentRow *self)
{
  return pl_instruments_get_id (self->session, self->index);
}

static void
toast (PlInstrumentRow *self,
       const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
set_entry_text (AdwEntryRow *entry,
                const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
mark (AdwEntryRow *entry,
      const char  *reason)
{
  if (reason != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), reason);
  if (reason != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
rename_instrument (PlInstrumentRow *self,
        AdwEntryRow     *entry,
        gboolean         short_title)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  const char *old = short_title ? pl_instruments_get_short_title (self->session, self->index)
                                : pl_instruments_get_title (self->session, self->index);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || g_strcmp0 (text, old) == 0)
    {
      mark (entry, NULL);
      return;
    }

  /* A burst of typing is one undo step. */
  pl_edit_burst_touch_field (self->session, _("Rename Instrument"),
                             PL_RECORD (pl_session_get_settings (self->session)), "instruments");
  if (!pl_instruments_rename (self->session, row_id (self),
                              short_title ? text : NULL, short_title ? NULL : text, &error))
    mark (entry, error->message);
  else
    mark (entry, NULL);
}

static void
on_short_changed_cb (PlInstrumentRow *self)
{
  rename_instrument (self, self->short_row, TRUE);
}

static void
on_title_changed_cb (PlInstrumentRow *self)
{
  rename_instrument (self, self->title_row, FALSE);
}

static void
on_column_selected_cb (PlInstrumentRow *self)
{
  guint selected = adw_combo_row_get_selected (self->column_row);
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || selected >= G_N_ELEMENTS (pl_reference_instruments) ||
      selected == column_position (row_id (self)))
    return;

  pl_edit_burst_flush (self->session);
  if (!pl_instruments_set_column (self->session, row_id (self), pl_reference_instruments[selected], &error))
    {
      toast (self, error->message);
      pl_instrument_row_update (self);
    }
}

static void
on_remove_clicked_cb (PlInstrumentRow *self)
{
  g_autoptr(GError) error = NULL;

  pl_edit_burst_flush (self->session);
  /* On success the page rebuilds its rows, this one among them. */
  if (!pl_instruments_remove (self->session, row_id (self), &error))
    toast (self, error->message);
}

/**
 * pl_instrument_row_update:
 *
 * Shows the instrument's current values (after an undo, a sync), leaving
 * an entry alone where it already says so, so that typing is not undone.
 */
void
pl_instrument_row_update (PlInstrumentRow *self)
{
  const char *short_title, *title;
  g_autofree char *remove_name = NULL;
  g_autofree char *subtitle = NULL;
  guint position;

  g_return_if_fail (PL_IS_INSTRUMENT_ROW (self));

  short_title = pl_instruments_get_short_title (self->session, self->index);
  title = pl_instruments_get_title (self->session, self->index);
  position = column_position (row_id (self));

  g_signal_handlers_block_matched (self->short_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->title_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->column_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  set_entry_text (self->short_row, short_title);
  set_entry_text (self->title_row, title);
  adw_combo_row_set_selected (self->column_row, position);
  g_signal_handlers_unblock_matched (self->short_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->title_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->column_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), short_title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, short_title, -1);
  if (self->index == 0)
    /* Translators: the subtitle of the first instrument; %s is the column it is read from */
    subtitle = g_strdup_printf (_("Convention · adherence read from “%s”"), _(column_labels[position]));
  else
    /* Translators: the subtitle of a Protocol; %s is the column it is read from */
    subtitle = g_strdup_printf (_("Protocol · adherence read from “%s”"), _(column_labels[position]));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  /* The Convention stays: it is renamed or read elsewhere instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), self->index > 0);
  /* Translators: %s is an instrument's short title, such as “Firearms Protocol” */
  remove_name = g_strdup_printf (_("Remove %s"), short_title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
}

/**
 * pl_instrument_row_set_editable:
 *
 * A read-only page's rows (a delegate's copy) are read, not edited: the
 * titles stay selectable, the column and the Remove button do nothing.
 * The page sets it on rows it builds after it became read-only.
 */
void
pl_instrument_row_set_editable (PlInstrumentRow *self,
                                gboolean         editable)
{
  g_return_if_fail (PL_IS_INSTRUMENT_ROW (self));

  gtk_editable_set_editable (GTK_EDITABLE (self->short_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->column_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), editable);
}

static void
pl_instrument_row_dispose (GObject *object)
{
  PlInstrumentRow *self = PL_INSTRUMENT_ROW (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_instrument_row_parent_class)->dispose (object);
}

static void
pl_instrument_row_class_init (PlInstrumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_instrument_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-instrument-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlInstrumentRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, PlInstrumentRow, short_row);
  gtk_widget_class_bind_template_child (widget_class, PlInstrumentRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, PlInstrumentRow, column_row);
  gtk_widget_class_bind_template_callback (widget_class, on_short_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
pl_instrument_row_init (PlInstrumentRow *self)
{
  g_autoptr(GtkStringList) columns = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    gtk_string_list_append (columns, _(column_labels[i]));
  adw_combo_row_set_model (self->column_row, G_LIST_MODEL (columns));
  pl_compat_label_inner_lists (GTK_WIDGET (self->column_row), _("Adherence Column"));
  pl_compat_combo_row_name_items (self->column_row);
}

/**
 * pl_instrument_row_new:
 * @index: the instrument's place in the session's `instruments`
 */
GtkWidget *
pl_instrument_row_new (PlSession *session,
                       guint      index)
{
  PlInstrumentRow *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  self = g_object_new (PL_TYPE_INSTRUMENT_ROW, NULL);
  self->session = g_object_ref (session);
  self->index = index;
  pl_instrument_row_update (self);
  /* Connected once the row shows its value: only the user's choice edits. */
  g_signal_connect_swapped (self->column_row, "notify::selected", G_CALLBACK (on_column_selected_cb), self);

  return GTK_WIDGET (self);
}
