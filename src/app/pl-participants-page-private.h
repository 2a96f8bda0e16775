/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "pl-participants-page.h"
#include "pl-record-table.h"

G_BEGIN_DECLS

/* What the Participants page's files share: the page (pl-participants-page.c),
 * its editor of a delegation (pl-participants-page-editor.c) and the ways
 * to add delegations (pl-participants-page-add.c). */

struct _PlParticipantsPage
{
  PlPage              parent_instance;

  GPtrArray          *group_ids;       /* index in the group lists → id */
  PlDelegation       *delegation;      /* being edited */
  GSignalGroup       *delegation_signals;
  GCancellable       *cancellable;
  gboolean            updating;
  char               *expanded_member; /* id of the member row left open */

  /* template children */
  AdwFlap            *flap;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_drop;
  GtkDropDown        *group_drop;
  GtkDropDown        *status_drop;
  GtkStack           *list_stack;
  PlRecordTable      *table;
  GtkLabel           *summary_label;
  GtkStack           *editor_stack;
  GtkLabel           *heading;
  GtkEntry           *name_entry;
  AdwComboRow        *category_row;
  AdwComboRow        *group_row;
  GtkSwitch          *present_switch;
  AdwPreferencesGroup *participation_group;
  AdwComboRow        *observer_row;
  AdwActionRow       *participation_row;
  GtkWidget          *credentials_button;
  AdwPreferencesGroup *members_group;
  GtkListBox         *members_list;
  GtkEntry           *member_name_entry;
  GtkEntry           *member_email_entry;
  AdwComboRow        *member_function_row;
  AdwComboRow        *member_rank_row;
  GtkWidget          *add_member_button;
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
void        pl_participants_page_toast                   (PlParticipantsPage *self,
                                                          const char         *text,
                                                          gboolean            with_undo);
const char *pl_participants_page_group_name              (PlParticipantsPage *self,
                                                          const char         *group_id);
guint       pl_participants_page_group_index             (PlParticipantsPage *self,
                                                          const char         *group_id);
char       *pl_participants_member_summary               (JsonObject         *member,
                                                          const char         *email);
void        pl_participants_page_update_actions          (PlParticipantsPage *self);
void        pl_participants_page_update_summary          (PlParticipantsPage *self);
void        pl_participants_page_update_editor           (PlParticipantsPage *self);
void        pl_participants_page_on_delegation_changed   (PlParticipantsPage *self);
void        pl_participants_page_editor_init             (PlParticipantsPage *self);
void        pl_participants_page_editor_class_init       (GtkWidgetClass     *widget_class);
PL_PAGE_DECLARE_ACTION (pl_participants_page_add_state_action);
PL_PAGE_DECLARE_ACTION (pl_participants_page_add_organization_action);
PL_PAGE_DECLARE_ACTION (pl_participants_page_import_action);

G_END_DECLS
