/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-credentials-page.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-record-table.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-credentials-page.c and
 * pl-credentials-page-editing.c. */

struct _PlCredentialsPage
{
  PlPage                 parent_instance;

  PlCredentialsProgress *progress;
  PlCredentialsContext   context;
  GHashTable            *bound_cells;   /* cell → delegation (borrowed) */
  GPtrArray             *objector_ids;  /* objector row index → delegation _id */
  PlDelegation          *delegation;    /* being edited */
  gboolean               updating;

  /* template children */
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  GtkLabel              *counts_label;
  GtkLabel              *deadline_label;
  GtkLabel              *provisional_deadline_label;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *status_drop;
  GtkStack              *list_stack;
  PlRecordTable         *table;
  AdwFlap               *flap;
  GtkStack              *editor_stack;
  GtkLabel              *heading;
  GtkImage              *status_icon;
  GtkLabel              *status_label;
  GtkLabel              *reason_label;
  GtkBox                *form_box;
  GtkWidget             *form_toggles[PL_CREDENTIALS_FORM_EMAIL + 1];
  AdwComboRow           *issuer_row;
  GtkEntry              *signatory_entry;
  GtkEntry              *received_entry;
  GtkWidget             *record_button;
  AdwActionRow          *on_file_row;
  GtkSwitch             *covered_switch;
  GtkEntry              *notes_entry;
  GtkListBox            *changes_list;
  GtkEntry              *change_entry;
  AdwActionRow          *objection_row;
  GtkWidget             *withdraw_button;
  AdwComboRow           *objector_row;
  GtkEntry              *objection_note_entry;
  GtkWidget             *object_button;
};

PlCredentialsForm  pl_credentials_page_selected_form          (PlCredentialsPage *self);
void               pl_credentials_page_close_editor_action    (GtkWidget         *widget,
                                                               const char        *action_name,
                                                               GVariant          *parameter);
void               pl_credentials_page_on_add_change_cb       (PlCredentialsPage *self);
void               pl_credentials_page_on_covered_active_cb   (PlCredentialsPage *self);
void               pl_credentials_page_on_focus_leave_cb      (PlCredentialsPage *self);
void               pl_credentials_page_on_notes_changed_cb    (PlCredentialsPage *self);
void               pl_credentials_page_on_object_clicked_cb   (PlCredentialsPage *self);
void               pl_credentials_page_on_record_clicked_cb   (PlCredentialsPage *self);
void               pl_credentials_page_on_withdraw_clicked_cb (PlCredentialsPage *self);
void               pl_credentials_page_record_action          (GtkWidget         *widget,
                                                               const char        *action_name,
                                                               GVariant          *parameter);
void               pl_credentials_page_search_action          (GtkWidget         *widget,
                                                               const char        *action_name,
                                                               GVariant          *parameter);
void               pl_credentials_page_set_delegation         (PlCredentialsPage *self,
                                                               PlDelegation      *delegation);
void               pl_credentials_page_update_deadlines       (PlCredentialsPage *self);
void               pl_credentials_page_update_progress        (PlCredentialsPage *self);

/* The issuers in the order rule 18, para. 3 names them. */
static const PlCredentialsIssuer issuer_order[] = {
  PL_CREDENTIALS_ISSUER_HEAD_OF_STATE,
  PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT,
  PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
  PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE,
  PL_CREDENTIALS_ISSUER_REIO_AUTHORITY,
  PL_CREDENTIALS_ISSUER_OTHER,
};

G_END_DECLS
