/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-record-table.h"

G_BEGIN_DECLS

/* What pl-record-table.c (the table, its facets and its adaptive
 * columns), pl-record-table-search.c (its search) and
 * pl-record-table-cells.c (the page's cells bound to their items)
 * share. */
struct _PlRecordTable
{
  GtkWidget           parent_instance;

  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtkEveryFilter     *filter;         /* the search and the facets */
  GtkCustomFilter    *search;         /* NULL until a search is added */
  GPtrArray          *search_expressions; /* GtkExpression: the strings searched */
  char               *search_prepared;    /* the text, normalized and casefolded; NULL: none */
  GHashTable         *search_keys;        /* item (unowned) → SearchKey */
  GtkCustomFilter    *facets;         /* NULL without facets */
  GPtrArray          *facet_drops;    /* GtkDropDown */
  GtkSearchEntry     *search_entry;
  gboolean            label_rows;
  PlRecordCellNew     cell_new;       /* the page's cells (pl_record_table_set_cells()) */
  PlRecordCellUpdate  cell_update;
  PlRecordCellTooltip cell_tooltip;
  gpointer            cell_data;
  GPtrArray          *cell_columns;   /* CellColumn, of pl_record_table_add_cell_column() */
  GHashTable         *bound_cells;    /* cell → BoundCell, while bound to an item */
  guint               relayout_id;    /* after columns hid or showed */

  /* template children */
  GtkScrolledWindow  *scrolled_window;
  GtkColumnView      *column_view;
};

/* A column whose cells the page makes and shows (pl_record_table_add_cell_column()). */
typedef struct
{
  PlRecordTable      *table;   /* unowned: it owns the column */
  guint               column;
  PlRecordCellNew      cell_new;
  PlRecordCellUpdate   update;
  PlRecordCellTooltip  tooltip;
  gpointer             user_data;
  GtkColumnViewColumn *view_column;   /* unowned: the view holds it */
  guint                priority;      /* 0: always shown; the highest hides first */
  int                  shown_width;   /* its fixed width while it is hidden */
} CellColumn;

/* The width a column without a fixed width counts for when the table
 * decides which columns fit (pl_record_table_set_column_priority()). */
#define UNFIXED_COLUMN_WIDTH 120

void pl_record_table_bound_cell_free  (gpointer       data);

/* pl-record-table-search.c */
void pl_record_table_search_init      (PlRecordTable *self);
void pl_record_table_search_set_items (PlRecordTable *self,
                                       GListModel    *old_items,
                                       GListModel    *items);
void pl_record_table_search_dispose   (PlRecordTable *self);

G_END_DECLS
