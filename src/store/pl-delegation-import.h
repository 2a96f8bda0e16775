/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-reference-states.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_DELEGATION_IMPORT_ERROR (pl_delegation_import_error_quark ())

/**
 * PlDelegationImportError:
 * @PL_DELEGATION_IMPORT_ERROR_EMPTY: the file is empty, or has a header
 *   and no rows
 * @PL_DELEGATION_IMPORT_ERROR_HEADER: the header lacks a required column,
 *   names one twice, or is not valid UTF-8
 * @PL_DELEGATION_IMPORT_ERROR_REJECTED: rows were rejected (the report
 *   lists each with its line and reason); nothing was imported
 * @PL_DELEGATION_IMPORT_ERROR_EXISTS: the State is already in the session
 * @PL_DELEGATION_IMPORT_ERROR_UNKNOWN_STATE: not in the reference list
 */
typedef enum {
  PL_DELEGATION_IMPORT_ERROR_EMPTY,
  PL_DELEGATION_IMPORT_ERROR_HEADER,
  PL_DELEGATION_IMPORT_ERROR_REJECTED,
  PL_DELEGATION_IMPORT_ERROR_EXISTS,
  PL_DELEGATION_IMPORT_ERROR_UNKNOWN_STATE,
} PlDelegationImportError;

/**
 * PlDelegationImportRejection:
 * @line: the line of the file where the row starts (1 is the header)
 * @reason: why the row was rejected, for a person
 */
typedef struct
{
  guint  line;
  char  *reason;
} PlDelegationImportRejection;

/**
 * PlDelegationImportReport:
 * @n_rows: rows read after the header (blank lines not counted)
 * @delegations_added: delegations created
 * @members_added: members added
 * @members_updated: members already registered whose function or rank changed
 * @members_unchanged: members already registered as the file says
 * @rejections: (element-type PlDelegationImportRejection): in line order
 */
typedef struct
{
  guint      n_rows;
  guint      delegations_added;
  guint      members_added;
  guint      members_updated;
  guint      members_unchanged;
  GPtrArray *rejections;
} PlDelegationImportReport;

GQuark        pl_delegation_import_error_quark   (void);
gboolean      pl_delegation_import               (PlSession                 *session,
                                                  GBytes                    *csv,
                                                  PlDelegationImportReport **report,
                                                  GError                   **error);
void          pl_delegation_import_report_free   (PlDelegationImportReport  *report);
char         *pl_delegation_import_report_format (PlDelegationImportReport  *report,
                                                  const char                *display_name);
char         *pl_delegation_import_report_summary (PlDelegationImportReport *report);

PlDelegation *pl_delegation_import_add_state     (PlSession                 *session,
                                                  const char                *iso3_or_name,
                                                  GError                   **error);
PlDelegation *pl_delegation_import_find_state    (PlSession                 *session,
                                                  const char                *iso3);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlDelegationImportReport, pl_delegation_import_report_free)

G_END_DECLS
