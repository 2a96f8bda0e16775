/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-finding.h"
#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlSeatSpec:
 * @id: the seat's name, also the tail of its officer record's `_id`:
 *   `president`, `vice_president-3`, `rapporteur`
 * @office: the office
 * @number: the Vice-President's number, from 1; 0 for the other offices
 * @regional_group: (nullable): the group the settings give the seat to,
 *   %NULL for a seat any group may fill
 *
 * A seat of the Bureau as the session's `bureau` settings define it.
 */
typedef struct
{
  char     *id;
  PlOffice  office;
  guint     number;
  char     *regional_group;
} PlSeatSpec;

/**
 * PlBureauFinding:
 * @finding: the finding, as pl_check_session() reports it
 * @seat: (nullable): the seat it concerns
 * @regional_group: (nullable): the group it concerns
 *
 * A finding of the Bureau rules with what it is about, for views that show
 * findings beside seats and groups.
 */
typedef struct
{
  PlFinding *finding;
  char      *seat;
  char      *regional_group;
} PlBureauFinding;

void        pl_bureau_finding_free    (PlBureauFinding   *bureau_finding);
GPtrArray  *pl_bureau_list_seat_specs (PlSessionSettings *settings);
void        pl_bureau_evaluate        (PlSession         *session,
                                       GPtrArray         *bureau_findings);
char       *pl_bureau_seat_title      (const PlSeatSpec  *spec);
const char *pl_bureau_group_name      (PlSessionSettings *settings,
                                       const char        *group_id);
void        pl_check_bureau           (PlSession         *session,
                                       GPtrArray         *findings);

G_END_DECLS
