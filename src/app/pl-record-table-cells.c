/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-column-view.h"
#include "pl-record-table-private.h"

/* The cells of a PlRecordTable's columns: the page makes them and says
 * what they show (pl_record_table_set_cells()); the table binds each to
 * its item, shows it again on each change of the item, and asks for its
 * tooltip when the pointer rests on it. */

/* A cell bound to its item: shown again on each change of the item. */
typedef struct
{
  CellColumn *cell_column;
  GtkWidget  *cell;
  GObject    *item;
  gulong      notify_id;
} BoundCell;

void
pl_record_table_bound_cell_free (gpointer data)
{
  BoundCell *bound = data;

  g_clear_signal_handler (&bound->notify_id, bound->item);
  g_clear_object (&bound->item);
  g_clear_object (&bound->cell);
  g_free (bound);
}

/* The cell's tooltip for its item (pl_record_table_set_cell_tooltips()). */
static char *
bound_cell_dup_tooltip (BoundCell *bound)
{
  CellColumn *cc = bound->cell_column;
  char *text;

  if (cc->tooltip == NULL)
    return NULL;
  text = cc->tooltip (bound->item, cc->column, cc->user_data);
  /* As gtk_widget_set_tooltip_text(): an empty text is no tooltip. */
  if (text != NULL && *text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
bound_cell_update (BoundCell *bound)
{
  CellColumn *cc = bound->cell_column;

  cc->update (bound->cell, bound->item, cc->column, cc->user_data);
  if (cc->tooltip != NULL)
    {
      g_autofree char *text = bound_cell_dup_tooltip (bound);

      /* A screen reader reads the tooltip as the cell's description, as
       * gtk_widget_set_tooltip_text() set it; this asks nothing of X. */
      if (text != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (bound->cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (bound->cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static gboolean
query_cell_tooltip_cb (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard_mode,
                       GtkTooltip *tooltip,
                       CellColumn *cc)
{
  g_autofree char *text = pl_record_table_dup_cell_tooltip (cc->table, cell);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               CellColumn               *cc)
{
  GtkWidget *cell = cc->cell_new (cc->column);

  /* The tooltip is asked for when it shows, not set on each bind: each
   * gtk_widget_set_tooltip_text() asks the X server where the pointer is,
   * and a keystroke in the huge session's search rebinds every row in
   * view (issue 23: 32 % of the keystroke). */
  if (cc->tooltip != NULL)
    {
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (query_cell_tooltip_cb), cc);
    }
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              CellColumn               *cc)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  BoundCell *bound = g_new0 (BoundCell, 1);

  bound->cell_column = cc;
  bound->cell = g_object_ref (cell);
  bound->item = g_object_ref (gtk_list_item_get_item (list_item));
  bound->notify_id = g_signal_connect_swapped (bound->item, "notify", G_CALLBACK (bound_cell_update), bound);
  g_hash_table_replace (cc->table->bound_cells, cell, bound);
  bound_cell_update (bound);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                CellColumn               *cc)
{
  if (cc->table->bound_cells != NULL)
    g_hash_table_remove (cc->table->bound_cells, gtk_list_item_get_child (list_item));
}

/**
 * pl_record_table_set_cells:
 * @cell_new: makes a cell of a column
 * @update: shows an item in a cell: when the cell is bound to it, on
 *   each change of the item (its notify), and on
 *   pl_record_table_update_cells()
 *
 * How the page's cells look and what they show, for the columns of
 * pl_record_table_add_cell_column(): the table binds them to their items.
 */
void
pl_record_table_set_cells (PlRecordTable      *self,
                           PlRecordCellNew     cell_new,
                           PlRecordCellUpdate  update,
                           gpointer            user_data)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  self->cell_new = cell_new;
  self->cell_update = update;
  self->cell_data = user_data;
}

/**
 * pl_record_table_set_cell_tooltips:
 * @tooltip: (nullable): a cell's tooltip for its item, called with the
 *   user data of pl_record_table_set_cells()
 *
 * Gives the cells of the columns added after it a tooltip, asked for
 * when the pointer rests on a cell rather than set each time it shows
 * another item. Call it after pl_record_table_set_cells().
 */
void
pl_record_table_set_cell_tooltips (PlRecordTable       *self,
                                   PlRecordCellTooltip  tooltip)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  self->cell_tooltip = tooltip;
}

/**
 * pl_record_table_dup_cell_tooltip:
 * @cell: a cell of a column added with pl_record_table_add_cell_column()
 *
 * Returns: (transfer full) (nullable): the tooltip @cell shows for its
 *   item, %NULL when it shows none
 */
char *
pl_record_table_dup_cell_tooltip (PlRecordTable *self,
                                  GtkWidget     *cell)
{
  BoundCell *bound;

  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  bound = g_hash_table_lookup (self->bound_cells, cell);
  return bound != NULL ? bound_cell_dup_tooltip (bound) : NULL;
}

/**
 * pl_record_table_add_cell_column:
 * @column: the page's number for the column, passed to its cell functions
 * @sorter: (transfer full) (nullable): how the column sorts
 * @fixed_width: as for pl_column_view_append_column()
 *
 * Appends a column of the cells of pl_record_table_set_cells().
 *
 * Returns: (transfer none): the column
 */
GtkColumnViewColumn *
pl_record_table_add_cell_column (PlRecordTable *self,
                                 guint          column,
                                 const char    *title,
                                 GtkSorter     *sorter,
                                 gboolean       expand,
                                 int            fixed_width)
{
  CellColumn *cc;

  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);
  g_return_val_if_fail (self->cell_new != NULL, NULL);

  cc = g_new0 (CellColumn, 1);
  cc->table = self;
  cc->column = column;
  cc->cell_new = self->cell_new;
  cc->update = self->cell_update;
  cc->tooltip = self->cell_tooltip;
  cc->user_data = self->cell_data;
  g_ptr_array_add (self->cell_columns, cc);

  cc->view_column = pl_column_view_append_column (self->column_view, &(PlColumnSpec) {
      title, sorter, expand, fixed_width,
      G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb), G_CALLBACK (unbind_cell_cb), cc });
  return cc->view_column;
}

/**
 * pl_record_table_set_column_cells:
 * @column: a column of pl_record_table_add_cell_column(), none of whose
 *   cells is made yet
 *
 * Gives @column cells of its own, not the page's: for a column that
 * several pages share (pl-column-view.h).
 */
void
pl_record_table_set_column_cells (PlRecordTable       *self,
                                  GtkColumnViewColumn *column,
                                  PlRecordCellNew      cell_new,
                                  PlRecordCellUpdate   update,
                                  gpointer             user_data)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  for (guint i = 0; i < self->cell_columns->len; i++)
    {
      CellColumn *cc = g_ptr_array_index (self->cell_columns, i);

      if (cc->view_column != column)
        continue;
      cc->cell_new = cell_new;
      cc->update = update;
      cc->tooltip = NULL;
      cc->user_data = user_data;
    }
}

/**
 * pl_record_table_update_cells:
 *
 * Shows each bound cell's item again: for what a cell shows that is not
 * the item's own (a status the page computes on refresh).
 */
void
pl_record_table_update_cells (PlRecordTable *self)
{
  GHashTableIter iter;
  gpointer bound;

  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, NULL, &bound))
    bound_cell_update (bound);
}

/**
 * pl_record_table_get_cell_item:
 * @cell: a cell of a column added with pl_record_table_add_cell_column()
 *
 * Returns: (transfer none) (nullable): the item @cell shows
 */
gpointer
pl_record_table_get_cell_item (PlRecordTable *self,
                               GtkWidget     *cell)
{
  BoundCell *bound;

  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  bound = g_hash_table_lookup (self->bound_cells, cell);
  return bound != NULL ? bound->item : NULL;
}
