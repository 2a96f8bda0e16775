/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pl-delegation.h"

G_BEGIN_DECLS

/**
 * PlReferenceState:
 * @iso3: ISO 3166-1 alpha-3 code (EUU for the European Union)
 * @name: UN short name
 * @regional_group: the regional group's id, or "" for none
 * @adherence: status per instrument: untoc, tip, som, firearms
 * @source_note: where the adherence facts come from
 *
 * A row of data/states.csv (see data/SOURCES.md).
 */
typedef struct
{
  char *iso3;
  char *name;
  char *regional_group;
  char *adherence[4];
  char *source_note;
} PlReferenceState;

extern const char * const pl_reference_instruments[4];

GPtrArray              *pl_reference_states_get            (void);
const PlReferenceState *pl_reference_states_lookup         (const char             *iso3_or_name);
PlDelegation           *pl_reference_states_new_delegation (const PlReferenceState *state);

G_END_DECLS
