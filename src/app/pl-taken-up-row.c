/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-taken-up-row.h"

/**
 * PlTakenUpRow:
 *
 * An agenda item a held meeting took up (issue 20, point 5), at its place
 * in the order the meeting took the items up; its Remove button is the
 * Meetings page's action (meetings.drop-item), so a read-only page turns
 * it off with the page's other edits.
 */
struct _PlTakenUpRow
{
  AdwActionRow  parent_instance;

  GtkButton    *remove_button;
};

G_DEFINE_FINAL_TYPE (PlTakenUpRow, pl_taken_up_row, ADW_TYPE_ACTION_ROW)

static void
pl_taken_up_row_class_init (PlTakenUpRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-taken-up-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlTakenUpRow, remove_button);
}

static void
pl_taken_up_row_init (PlTakenUpRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_taken_up_row_new:
 * @item_id: the agenda item's `_id`, what Remove removes
 * @label: the item as listed, "2 (a) Adoption of the agenda"
 * @note: (nullable): the note of the entry ("continued")
 */
GtkWidget *
pl_taken_up_row_new (const char *item_id,
                     const char *label,
                     const char *note)
{
  PlTakenUpRow *self = g_object_new (PL_TYPE_TAKEN_UP_ROW, NULL);
  /* Translators: the button that takes an item off a meeting's record, said with the item, "Remove 2 (a) Adoption of the agenda" */
  g_autofree char *remove = g_strdup_printf (_("Remove %s"), label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), note);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s", item_id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);

  return GTK_WIDGET (self);
}
