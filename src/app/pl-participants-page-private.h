/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pl-delegation-editor.h"
#include "pl-delegation-table-page.h"
#include "pl-participants-page.h"
#include "pl-record-table.h"

G_BEGIN_DECLS

/* What the Participants page's files share: the page (pl-participants-page.c),
 * the ways to add delegations (pl-participants-page-add.c), and the
 * editor of a delegation (pl-delegation-editor.c) and its members'
 * rows (pl-member-row.c), which use the labels. */

struct _PlParticipantsPage
{
  PlDelegationTablePage parent_instance;

  GPtrArray          *group_ids;       /* index in the group lists - 1 → id */
  PlRecordTable      *table;           /* the base page's */
  GSignalGroup       *delegation_signals;
  GCancellable       *cancellable;

  /* template children */
  GtkDropDown        *category_drop;
  GtkDropDown        *group_drop;
  GtkDropDown        *status_drop;
  GtkLabel           *summary_label;
  PlDelegationEditor *editor;
};

/* In the order of PlDelegationCategory, PlObserverStatus, PlMemberFunction
 * and PlRank; the short categories are the table's column. */
extern const char *pl_participants_category_labels[];
extern const char *pl_participants_category_short_labels[];
extern const char *pl_participants_observer_labels[];
extern const char *pl_participants_function_labels[];
extern const char *pl_participants_rank_labels[];

GListModel *pl_participants_string_list_new              (const char * const *labels,
                                                          const char         *first);
void        pl_participants_combo_row_set_labels         (AdwComboRow        *row,
                                                          const char * const *labels);
void        pl_participants_page_toast                   (PlParticipantsPage *self,
                                                          const char         *text,
                                                          gboolean            with_undo);
const char *pl_participants_page_group_name              (PlParticipantsPage *self,
                                                          const char         *group_id);
char       *pl_participants_member_summary               (JsonObject         *member,
                                                          const char         *email);
PlDelegation *pl_participants_page_edited           (PlParticipantsPage *self);
void        pl_participants_page_update_actions          (PlParticipantsPage *self);
void        pl_participants_page_update_summary          (PlParticipantsPage *self);
PL_PAGE_DECLARE_ACTION (pl_participants_page_add_state_action);
PL_PAGE_DECLARE_ACTION (pl_participants_page_add_organization_action);
PL_PAGE_DECLARE_ACTION (pl_participants_page_import_action);

G_END_DECLS
