/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlGeneratorScale:
 * @PL_GENERATOR_SCALE_LARGE: the benchmarks' large session: 250 delegations
 *   of 12 members, 120 agenda items, 400 documents, 600 speakers
 * @PL_GENERATOR_SCALE_HUGE: the largest Conferences of the Parties (issue 23):
 *   2,000 delegations (200 States, 1,800 observers) of 20 members, 300 agenda
 *   items, 2,500 documents, 40 lists of 75 speakers, 150 meetings, 400
 *   proposals each with a recorded vote of the States parties
 *
 * How big a generated session is, for benchmarks and tests.
 */
typedef enum
{
  PL_GENERATOR_SCALE_LARGE,
  PL_GENERATOR_SCALE_HUGE,
} PlGeneratorScale;

gboolean   pl_generator_scale_from_name (const char       *name,
                                         PlGeneratorScale *scale);
PlSession *pl_session_generate          (PlGeneratorScale  scale,
                                         guint32           seed);

G_END_DECLS
