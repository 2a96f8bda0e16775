/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-column-view.h"

/**
 * pl_column_view_label_new:
 * @dim: whether the label is secondary (`.dim-label`)
 *
 * Returns: (transfer floating): a start-aligned label that ellipsizes,
 *   the text cell of the pages' tables
 */
GtkWidget *
pl_column_view_label_new (gboolean dim)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* A delegation's name cell: its name, then its ISO code, small and dim. */
static GtkWidget *
name_cell_new (guint column)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = pl_column_view_label_new (FALSE);
  GtkWidget *iso = pl_column_view_label_new (TRUE);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (cell), name);
  gtk_widget_add_css_class (iso, "numeric");
  gtk_widget_add_css_class (iso, "caption");
  gtk_box_append (GTK_BOX (cell), iso);

  return cell;
}

static void
name_cell_update (GtkWidget *cell,
                  gpointer   item,
                  guint      column,
                  gpointer   user_data)
{
  PlDelegation *delegation = item;
  GtkWidget *iso = gtk_widget_get_last_child (cell);
  const char *iso3 = pl_delegation_get_iso3 (delegation);

  gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (cell)), pl_delegation_get_name (delegation) ?: "");
  gtk_label_set_label (GTK_LABEL (iso), iso3 ?: "");
  /* An organization has no ISO code: no empty label with its spacing. */
  gtk_widget_set_visible (iso, iso3 != NULL && *iso3 != '\0');
}

/* The width of @title in a column header as Adwaita 1.2 draws it: 9 pt
 * bold, 6 px of padding each side, the 16 px sort arrow 6 px away. */
static int
title_width (GtkWidget  *view,
             const char *title)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (view, title);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attributes, pango_attr_size_new (9 * PANGO_SCALE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 2 * 6 + 6 + 16 + 1;
}

/**
 * pl_column_view_append_column:
 * @spec: the column; its sorter (transfer full); its fixed width, or -1
 *   for its natural width, is widened to its title's width, which a
 *   translation can make longer
 *
 * Appends a resizable column whose cells a signal factory makes with the
 * three callbacks of @spec.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
pl_column_view_append_column (GtkColumnView      *view,
                              const PlColumnSpec *spec)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  g_signal_connect (factory, "setup", spec->setup_cb, spec->data);
  g_signal_connect (factory, "bind", spec->bind_cb, spec->data);
  g_signal_connect (factory, "unbind", spec->unbind_cb, spec->data);
  column = gtk_column_view_column_new (spec->title, factory);
  gtk_column_view_column_set_sorter (column, spec->sorter);
  gtk_column_view_column_set_expand (column, spec->expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (spec->fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, MAX (spec->fixed_width,
                                                         title_width (GTK_WIDGET (view), spec->title)));
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  if (spec->sorter != NULL)
    g_object_unref (spec->sorter);

  return column;
}

/**
 * pl_column_view_show_delegations:
 * @entry: the page's search entry
 *
 * A table of delegations shows all of @session's delegations, and its
 * search matches the name or the ISO code, without regard to case.
 *
 * Returns: (transfer none): the session's delegations
 */
GListModel *
pl_column_view_show_delegations (PlRecordTable  *table,
                                 PlSession      *session,
                                 GtkSearchEntry *entry)
{
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  pl_record_table_set_items (table, delegations);
  pl_record_table_add_search (table, gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name"));
  pl_record_table_add_search (table, gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "iso3"));
  pl_record_table_set_search_entry (table, entry);
  return delegations;
}

/**
 * pl_column_view_add_delegation_name_column:
 * @column: the page's number for the column
 * @fixed_width: as for pl_column_view_append_column()
 *
 * Appends the column of the delegations' names and ISO codes, sorted by
 * name, that the tables of delegations (participants, credentials) share.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
pl_column_view_add_delegation_name_column (PlRecordTable *table,
                                           guint          column,
                                           const char    *title,
                                           gboolean       expand,
                                           int            fixed_width)
{
  GtkSorter *sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name")));

  GtkColumnViewColumn *name_column = pl_record_table_add_cell_column (table, column, title, sorter, expand, fixed_width);

  pl_record_table_set_column_cells (table, name_column, name_cell_new, name_cell_update, NULL);
  return name_column;
}
