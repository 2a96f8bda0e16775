/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-add-organization-dialog.h"
#include "pl-compat.h"

/**
 * PlAddOrganizationDialog:
 *
 * Names a delegation that is not a State of the reference list (a United
 * Nations entity, an intergovernmental or non-governmental organization,
 * or a State missing from the list) and gives its category. The dialog
 * only asks: it emits #PlAddOrganizationDialog::organization-chosen and
 * whoever opened it adds the delegation.
 */
struct _PlAddOrganizationDialog
{
  AdwWindow    parent_instance;

  GtkWidget   *add_button;
  GtkEntry    *name_entry;
  AdwComboRow *category_row;
};

G_DEFINE_FINAL_TYPE (PlAddOrganizationDialog, pl_add_organization_dialog, ADW_TYPE_WINDOW)

enum {
  ORGANIZATION_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
stripped_name (PlAddOrganizationDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
}

static void
on_name_changed_cb (PlAddOrganizationDialog *self)
{
  g_autofree char *name = stripped_name (self);

  gtk_widget_set_sensitive (self->add_button, *name != '\0');
}

static void
on_add_cb (PlAddOrganizationDialog *self)
{
  g_autofree char *name = stripped_name (self);
  guint category = adw_combo_row_get_selected (self->category_row);

  if (*name == '\0' || category == GTK_INVALID_LIST_POSITION)
    return;

  g_signal_emit (self, signals[ORGANIZATION_CHOSEN], 0, name, category);
}

static void
pl_add_organization_dialog_class_init (PlAddOrganizationDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * PlAddOrganizationDialog::organization-chosen:
   * @name: the name given, without surrounding spaces
   * @category: the position of the category chosen in the categories
   *
   * Add was clicked (or Enter pressed in the name) with a name given.
   */
  signals[ORGANIZATION_CHOSEN] = g_signal_new ("organization-chosen",
                                               G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST,
                                               0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-add-organization-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAddOrganizationDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, PlAddOrganizationDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlAddOrganizationDialog, category_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);
}

static void
pl_add_organization_dialog_init (PlAddOrganizationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_add_organization_dialog_new:
 * @parent: (nullable): the window to stay above
 * @categories: the delegation categories, as strings
 * @category: the category chosen at first
 *
 * Returns: (transfer floating): a dialog to present.
 */
GtkWidget *
pl_add_organization_dialog_new (GtkWindow  *parent,
                                GListModel *categories,
                                guint       category)
{
  PlAddOrganizationDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (categories), NULL);

  self = g_object_new (PL_TYPE_ADD_ORGANIZATION_DIALOG, "transient-for", parent, NULL);
  adw_combo_row_set_model (self->category_row, categories);
  adw_combo_row_set_selected (self->category_row, category);
  pl_compat_combo_row_name_items (self->category_row);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_entry));

  return GTK_WIDGET (self);
}
