/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-delegation.h"
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

/**
 * PlSeatCandidateSection:
 * @PL_SEAT_CANDIDATE_GROUP_PRESENT: a State party present, of the seat's
 *   regional group (of any group when the seat is open to all)
 * @PL_SEAT_CANDIDATE_GROUP_NOT_PRESENT: a State party of the seat's group
 *   not yet marked present
 * @PL_SEAT_CANDIDATE_OTHER_GROUP: a State party of another group, or of
 *   none recorded
 * @PL_SEAT_CANDIDATE_NOT_PARTY: a State that is not a party (a signatory,
 *   a non-signatory)
 *
 * Where a State stands for a seat, in the order a chooser lists them:
 * rule 22 elects officers "from among the representatives of States
 * parties present", each group its own.
 */
typedef enum {
  PL_SEAT_CANDIDATE_GROUP_PRESENT,
  PL_SEAT_CANDIDATE_GROUP_NOT_PRESENT,
  PL_SEAT_CANDIDATE_OTHER_GROUP,
  PL_SEAT_CANDIDATE_NOT_PARTY,
} PlSeatCandidateSection;

/**
 * PlSeatCandidate:
 * @delegation: the State's delegation
 * @section: where it stands for the seat
 * @held_seat: (nullable): the id of another seat the State is nominated
 *   to or holds (a State holds one office at a time)
 */
typedef struct
{
  PlDelegation           *delegation;
  PlSeatCandidateSection  section;
  char                   *held_seat;
} PlSeatCandidate;

void        pl_bureau_finding_free    (PlBureauFinding   *bureau_finding);
void        pl_seat_candidate_free    (PlSeatCandidate   *candidate);
GPtrArray  *pl_bureau_list_candidates (PlSession         *session,
                                       const char        *seat_id);
gboolean    pl_seat_candidate_is_listed (const PlSeatCandidate *candidate);
GPtrArray  *pl_bureau_list_seat_specs (PlSessionSettings *settings);
void        pl_bureau_evaluate        (PlSession         *session,
                                       GPtrArray         *bureau_findings);
char       *pl_bureau_seat_title      (const PlSeatSpec  *spec);
const char *pl_bureau_group_name      (PlSessionSettings *settings,
                                       const char        *group_id);
void        pl_check_bureau           (PlSession         *session,
                                       GPtrArray         *findings);

G_END_DECLS
