/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_RECORD_TABLE (pl_record_table_get_type ())

/* A page's cells in a column of pl_record_table_add_cell_column(). */
typedef GtkWidget *(*PlRecordCellNew)    (guint      column);
typedef void       (*PlRecordCellUpdate) (GtkWidget *cell,
                                          gpointer   item,
                                          guint      column,
                                          gpointer   user_data);
/* A cell's tooltip, asked for when the pointer rests on it; NULL: none. */
typedef char      *(*PlRecordCellTooltip) (gpointer   item,
                                           guint      column,
                                           gpointer   user_data);

G_DECLARE_FINAL_TYPE (PlRecordTable, pl_record_table, PL, RECORD_TABLE, GtkWidget)

GtkWidget           *pl_record_table_new               (void);

void                 pl_record_table_set_items         (PlRecordTable       *self,
                                                        GListModel          *items);
void                 pl_record_table_add_search        (PlRecordTable       *self,
                                                        GtkExpression       *expression);
void                 pl_record_table_set_search_entry  (PlRecordTable       *self,
                                                        GtkSearchEntry      *entry);
void                 pl_record_table_set_search        (PlRecordTable       *self,
                                                        const char          *text);
void                 pl_record_table_set_facets        (PlRecordTable       *self,
                                                        GtkCustomFilterFunc  match,
                                                        gpointer             user_data,
                                                        GtkDropDown         *first_drop_down,
                                                        ...) G_GNUC_NULL_TERMINATED;
void                 pl_record_table_clear_filters     (PlRecordTable       *self);
void                 pl_record_table_refilter          (PlRecordTable       *self,
                                                        gboolean             resort);

GtkColumnView       *pl_record_table_get_column_view   (PlRecordTable       *self);
void                 pl_record_table_set_cells         (PlRecordTable       *self,
                                                        PlRecordCellNew      cell_new,
                                                        PlRecordCellUpdate   update,
                                                        gpointer             user_data);
void                 pl_record_table_set_cell_tooltips (PlRecordTable       *self,
                                                        PlRecordCellTooltip  tooltip);
char                *pl_record_table_dup_cell_tooltip  (PlRecordTable       *self,
                                                        GtkWidget           *cell);
GtkColumnViewColumn *pl_record_table_add_cell_column   (PlRecordTable       *self,
                                                        guint                column,
                                                        const char          *title,
                                                        GtkSorter           *sorter,
                                                        gboolean             expand,
                                                        int                  fixed_width);
void                 pl_record_table_set_column_priority (PlRecordTable       *self,
                                                          GtkColumnViewColumn *column,
                                                          guint                priority);
void                 pl_record_table_set_column_cells  (PlRecordTable       *self,
                                                        GtkColumnViewColumn *column,
                                                        PlRecordCellNew      cell_new,
                                                        PlRecordCellUpdate   update,
                                                        gpointer             user_data);
void                 pl_record_table_update_cells      (PlRecordTable       *self);
gpointer             pl_record_table_get_cell_item     (PlRecordTable       *self,
                                                        GtkWidget           *cell);
void                 pl_record_table_sort_by           (PlRecordTable       *self,
                                                        GtkColumnViewColumn *column);

GListModel          *pl_record_table_get_shown         (PlRecordTable       *self);
guint                pl_record_table_get_n_shown       (PlRecordTable       *self);
gboolean             pl_record_table_is_shown          (PlRecordTable       *self,
                                                        gpointer             item);
GtkSingleSelection  *pl_record_table_get_selection     (PlRecordTable       *self);
gpointer             pl_record_table_get_selected_item (PlRecordTable       *self);
gboolean             pl_record_table_select_item       (PlRecordTable       *self,
                                                        gpointer             item);
gboolean             pl_record_table_reveal_item       (PlRecordTable       *self,
                                                        gpointer             item);
void                 pl_record_table_unselect          (PlRecordTable       *self);
gpointer             pl_record_table_editor_item       (PlRecordTable       *self,
                                                        PlSession           *session,
                                                        gpointer             edited);
void                 pl_record_table_update_stack      (PlRecordTable       *self,
                                                        GtkStack            *stack,
                                                        guint                n_records);

void                 pl_record_table_release           (PlRecordTable       *self,
                                                        gpointer             page);

G_END_DECLS
