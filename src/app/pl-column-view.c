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

/**
 * pl_column_view_name_cell_new:
 *
 * Returns: (transfer floating): a delegation's cell: its name, then its
 *   ISO code, small and dim; fill it with pl_column_view_name_cell_update()
 */
GtkWidget *
pl_column_view_name_cell_new (void)
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

void
pl_column_view_name_cell_update (GtkWidget    *cell,
                                 PlDelegation *delegation)
{
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
 * @sorter: (transfer full) (nullable): how the column sorts
 * @fixed_width: the column's width, or -1 for its natural width; widened
 *   to its title's width, which a translation can make longer
 * @setup_data: passed to @setup_cb (the pages pass the column's index)
 * @bind_data: passed to @bind_cb and @unbind_cb
 *
 * Appends a resizable column whose cells a signal factory makes with the
 * three callbacks.
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
pl_column_view_append_column (GtkColumnView *view,
                              const char    *title,
                              GtkSorter     *sorter,
                              gboolean       expand,
                              int            fixed_width,
                              GCallback      setup_cb,
                              GCallback      bind_cb,
                              GCallback      unbind_cb,
                              gpointer       setup_data,
                              gpointer       bind_data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);

  g_signal_connect (factory, "setup", setup_cb, setup_data);
  g_signal_connect (factory, "bind", bind_cb, bind_data);
  g_signal_connect (factory, "unbind", unbind_cb, bind_data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, MAX (fixed_width, title_width (GTK_WIDGET (view), title)));
  gtk_column_view_append_column (view, column);
  g_object_unref (column);
  g_clear_object (&sorter);

  return column;
}

/**
 * pl_column_view_delegation_filter_new:
 * @facets: the page's other criteria (drop-downs); a reference is taken
 * @name_filter: (out) (transfer full): the search on the name
 * @iso_filter: (out) (transfer full): the search on the ISO code
 *
 * The search of a table of delegations matches the name or the ISO code,
 * without regard to case; set both filters' search to the same text.
 *
 * Returns: (transfer full): the search and @facets, both to be met
 */
GtkFilter *
pl_column_view_delegation_filter_new (GtkFilter        *facets,
                                      GtkStringFilter **name_filter,
                                      GtkStringFilter **iso_filter)
{
  GtkFilter *any = GTK_FILTER (gtk_any_filter_new ());
  GtkFilter *every = GTK_FILTER (gtk_every_filter_new ());

  g_return_val_if_fail (GTK_IS_FILTER (facets), NULL);

  *name_filter = gtk_string_filter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name"));
  *iso_filter = gtk_string_filter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "iso3"));
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (*name_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (any), g_object_ref (GTK_FILTER (*iso_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), any);
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (facets));

  return every;
}

/**
 * pl_column_view_delegation_sorter_new:
 *
 * Returns: (transfer full): the sorter of a delegation's name column
 */
GtkSorter *
pl_column_view_delegation_sorter_new (void)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (PL_TYPE_DELEGATION, NULL, "name")));
}

/**
 * pl_column_view_set_filtered_model:
 * @items: the records shown
 * @filter: (transfer full): which of @items are shown
 * @filter_model: (out) (transfer full): @items through @filter
 * @sort_model: (out) (transfer full): the filtered items in the order of
 *   the view's sorter (see pl_column_view_sort_by())
 *
 * Shows @items in @view through the chain filter → sort → selection. The
 * selection starts empty and can be emptied again: the editor beside the
 * table shows nothing until a row is chosen.
 *
 * Returns: (transfer full): the selection, the model of @view
 */
GtkSingleSelection *
pl_column_view_set_filtered_model (GtkColumnView       *view,
                                   GListModel          *items,
                                   GtkFilter           *filter,
                                   GtkFilterListModel **filter_model,
                                   GtkSortListModel   **sort_model)
{
  GtkSingleSelection *selection;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);

  *filter_model = gtk_filter_list_model_new (g_object_ref (items), filter);
  *sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (*filter_model)), NULL);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (*sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));

  return selection;
}

/**
 * pl_column_view_sort_by:
 *
 * Sorts @sort_model by the column headers of @view, @column ascending
 * first; call it once the columns are added.
 */
void
pl_column_view_sort_by (GtkColumnView       *view,
                        GtkSortListModel    *sort_model,
                        GtkColumnViewColumn *column)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  gtk_sort_list_model_set_sorter (sort_model, gtk_column_view_get_sorter (view));
  gtk_column_view_sort_by_column (view, column, GTK_SORT_ASCENDING);
}

/**
 * pl_column_view_select_item:
 * @selection: the model of @view
 * @item: the object to select
 *
 * Selects the row of @item, if @selection shows it, and scrolls @view to
 * it.
 *
 * Returns: whether @item was shown, and is now selected
 */
gboolean
pl_column_view_select_item (GtkColumnView      *view,
                            GtkSingleSelection *selection,
                            gpointer            item)
{
  guint n;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);
  g_return_val_if_fail (GTK_IS_SINGLE_SELECTION (selection), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (G_LIST_MODEL (selection), i);

      if (it == item)
        {
          gtk_single_selection_set_selected (selection, i);
          gtk_widget_activate_action (GTK_WIDGET (view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}
