/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-delegation.h"
#include "pl-record-table.h"
#include "pl-session.h"

G_BEGIN_DECLS

/*
 * What the pages' GtkColumnViews share: their cells' labels, the column
 * set-up, and for the tables of delegations (participants, credentials)
 * the name + ISO column, sorted by name, and the search by name or ISO
 * code.
 */

GtkWidget           *pl_column_view_label_new             (gboolean              dim);

/* A column: its title, sort and width, and the three handlers of the
 * signal factory that makes, fills and empties its cells, each given
 * @data (the pages pass the column's index, PlRecordTable its column). */
typedef struct
{
  const char *title;
  GtkSorter  *sorter;       /* (transfer full) (nullable) */
  gboolean    expand;
  int         fixed_width;  /* -1: the natural width */
  GCallback   setup_cb;
  GCallback   bind_cb;
  GCallback   unbind_cb;
  gpointer    data;
} PlColumnSpec;

GtkColumnViewColumn *pl_column_view_append_column         (GtkColumnView        *view,
                                                           const PlColumnSpec   *spec);

GListModel          *pl_column_view_show_delegations      (PlRecordTable        *table,
                                                           PlSession            *session,
                                                           GtkSearchEntry       *entry);
GtkColumnViewColumn *pl_column_view_add_delegation_name_column (PlRecordTable *table,
                                                                guint          column,
                                                                const char    *title,
                                                                gboolean       expand,
                                                                int            fixed_width);

G_END_DECLS
