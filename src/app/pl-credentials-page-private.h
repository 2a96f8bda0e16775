/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-credentials-editor.h"
#include "pl-credentials-page.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-delegation-table-page.h"
#include "pl-record-table.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-credentials-page.c and
 * pl-credentials-page-editing.c, and what the editor borrows of the page. */

struct _PlCredentialsPage
{
  PlDelegationTablePage  parent_instance;

  PlCredentialsProgress *progress;
  PlCredentialsContext   context;
  PlRecordTable         *table;         /* the base page's */

  /* template children */
  GtkLabel              *progress_label;
  GtkProgressBar        *progress_bar;
  GtkLabel              *counts_label;
  GtkLabel              *deadline_label;
  GtkLabel              *provisional_deadline_label;
  GtkDropDown           *status_drop;
  PlCredentialsEditor   *editor;
};

void               pl_credentials_page_record_action          (GtkWidget         *widget,
                                                               const char        *action_name,
                                                               GVariant          *parameter);
void               pl_credentials_page_update_deadlines       (PlCredentialsPage *self);
void               pl_credentials_page_update_progress        (PlCredentialsPage *self);
void               pl_credentials_page_status_style           (PlCredentialsStatus status,
                                                               const char        **icon_name,
                                                               const char        **css_class);
void               pl_credentials_page_apply_status_class     (GtkWidget         *widget,
                                                               const char        *css_class);

G_END_DECLS
