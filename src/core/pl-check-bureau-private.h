/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-check-bureau.h"

G_BEGIN_DECLS

/* What pl-check-bureau.c (the checks of rule 22) and pl-bureau-rules.c
 * (the Bureau's composition read from the session's settings, and the
 * seats it gives) share. */

typedef struct
{
  guint     vice_presidents;
  guint     per_group;
  char     *president_group;
  char     *rapporteur_group;
  gboolean  rotating[3];          /* by PlOffice */
  guint     all_instruments_min;
} Rules;

JsonObject  *pl_bureau_settings_object (PlSessionSettings *settings);
const char  *pl_bureau_member_string   (JsonObject        *object,
                                        const char        *member);
gint64       pl_bureau_member_int      (JsonObject        *object,
                                        const char        *member,
                                        gint64             fallback);
void         pl_bureau_read_rules      (PlSessionSettings *settings,
                                        Rules             *rules);
void         pl_bureau_clear_rules     (Rules             *rules);
GPtrArray   *pl_bureau_list_ids        (JsonNode          *array_node);

G_END_DECLS
