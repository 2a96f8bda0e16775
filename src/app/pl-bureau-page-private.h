/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-bureau-page.h"
#include "pl-bureau.h"
#include "pl-finding-list.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-bureau-page.c,
 * pl-bureau-page-holders.c and the earlier officers' rows
 * (pl-office-holder-row.c). */

struct _PlBureauPage
{
  PlPage               parent_instance;

  PlBureau            *bureau;
  GListStore          *overall;       /* of PlFinding */
  GHashTable          *group_stores;  /* group id ("" for open seats) → GListStore */
  GHashTable          *group_counts;  /* group id → GtkLabel */
  GPtrArray           *seat_rows;
  GPtrArray           *settings_rows; /* composition rows, with their "key" */
  gulong               items_changed_id;
  gboolean             holders_dirty;

  AdwStatusPage       *empty_page;
  GtkScrolledWindow   *scrolled;
  GtkLabel            *summary_label;
  PlFindingList       *overall_findings;
  GtkBox              *groups_box;
  AdwPreferencesGroup *composition_group;
  GtkListBox          *history_list;
};

GPtrArray *pl_bureau_page_list_groups       (PlBureauPage *self,
                                             gboolean      names);
PL_PAGE_DECLARE_ACTION (pl_bureau_page_add_holder_action);
void       pl_bureau_page_rebuild_holders   (PlBureauPage *self);

G_END_DECLS
