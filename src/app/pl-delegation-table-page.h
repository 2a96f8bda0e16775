/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-delegation.h"
#include "pl-page.h"
#include "pl-record-table.h"

G_BEGIN_DECLS

#define PL_TYPE_DELEGATION_TABLE_PAGE (pl_delegation_table_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlDelegationTablePage, pl_delegation_table_page, PL, DELEGATION_TABLE_PAGE, PlPage)

/**
 * PlDelegationTablePageClass:
 * @show_delegation: the editor beside the table is to show @delegation
 *   (%NULL: none); the base has already flushed the typing burst, revealed
 *   or hidden the editor and switched its stack
 */
struct _PlDelegationTablePageClass
{
  PlPageClass parent_class;

  void (*show_delegation) (PlDelegationTablePage *self,
                           PlDelegation          *delegation);

  gpointer padding[4];
};

void           pl_delegation_table_page_class_bind_template (GtkWidgetClass        *widget_class,
                                                             const char            *action_prefix);

GListModel    *pl_delegation_table_page_show_delegations    (PlDelegationTablePage *self);
PlRecordTable *pl_delegation_table_page_get_table           (PlDelegationTablePage *self);
GListModel    *pl_delegation_table_page_get_model           (PlDelegationTablePage *self);
void           pl_delegation_table_page_set_search          (PlDelegationTablePage *self,
                                                             const char            *text);
PlDelegation  *pl_delegation_table_page_get_delegation      (PlDelegationTablePage *self);
void           pl_delegation_table_page_set_delegation      (PlDelegationTablePage *self,
                                                             PlDelegation          *delegation);
void           pl_delegation_table_page_select_delegation   (PlDelegationTablePage *self,
                                                             PlDelegation          *delegation);
gboolean       pl_delegation_table_page_forget_removed      (PlDelegationTablePage *self);
void           pl_delegation_table_page_update_stack        (PlDelegationTablePage *self,
                                                             guint                  n_total);

G_END_DECLS
