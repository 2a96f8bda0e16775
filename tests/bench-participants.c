/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-participation.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/*
 * Issue 6 in core and store, each beside a reference measured in the same
 * run (median of several runs):
 *  - the credentials status of the 250 delegations of the large session
 *    (what a Credentials page's status filter and the progress count do
 *    on each change), against a plain case-insensitive name search over
 *    the same 250 delegations (what a search field does per keystroke);
 *  - importing a registration CSV of 250 delegations x 12 members into an
 *    empty session, against json-glib parsing the session file that
 *    import produces.
 */

#define RUNS 15

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (BenchFunc func,
           gpointer  data)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

static void
report (const char *what,
        double      ms,
        const char *reference,
        double      reference_ms)
{
  g_print ("%-28s %9.3f ms   %-28s %9.3f ms   ratio %6.2f\n",
           what, ms, reference, reference_ms, ms / reference_ms);
}

static guint sink;

static void
bench_statuses (gpointer data)
{
  PlSession *session = data;
  g_auto(PlCredentialsContext) context = { 0 };
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  pl_credentials_context_init (&context, session);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      sink += pl_credentials_derive_status (pl_delegation_get_category (delegation),
                                            pl_credentials_context_find (&context, delegation), &context);
    }
}

static void
bench_name_search (gpointer data)
{
  PlSession *session = data;
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  g_autofree char *needle = g_utf8_casefold ("an", -1);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      g_autofree char *name = g_utf8_casefold (pl_delegation_get_name (delegation), -1);

      sink += strstr (name, needle) != NULL;
    }
}

static void
bench_progress (gpointer data)
{
  PlSession *session = data;
  g_autoptr(PlCredentialsProgress) progress = pl_credentials_progress_new (session);

  sink += pl_credentials_progress_get_in_due_form (progress);
}

static void
bench_import (gpointer data)
{
  g_autoptr(PlSession) session = pl_session_new ();
  g_autoptr(GError) error = NULL;

  if (!pl_delegation_import (session, data, NULL, &error))
    g_error ("%s", error->message);
}

static void
bench_json_parse (gpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, -1, &error))
    g_error ("%s", error->message);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PlSession) large = pl_test_generate_large_session (1);
  g_autoptr(PlSession) imported = pl_session_new ();
  g_autoptr(GString) csv = g_string_new ("delegation,iso,name,function,rank,email\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *serialized = NULL;
  GListModel *delegations = pl_session_get_records (large, PL_TYPE_DELEGATION);
  GPtrArray *states = pl_reference_states_get ();
  static const char *functions[] = { "head", "alternate", "representative", "adviser" };
  static const char *ranks[] = { "minister", "ambassador", "official", "deputy minister" };
  double search_ms;

  /* Credentials for most delegations of the large session, of every
   * form, some late, some objected. */
  pl_history_set_recording (pl_session_get_history (large), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlCredentials *credentials;

      if (i % 7 == 0)
        continue;
      credentials = pl_credentials_ensure (large, delegation);
      pl_credentials_record_receipt (large, credentials, 1 + i % 6, i % 5,
                                     NULL, i % 3 ? "2030-10-01T10:00:00+02:00" : "2030-10-14T09:00:00+02:00");
      if (i % 31 == 0)
        pl_credentials_object (credentials, "delegation:X01", "2030-10-14", NULL);
    }

  /* The CSV: 250 delegations (the reference list's States, then again
   * under other spellings) x 12 members. */
  for (guint i = 0; i < 250; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i % states->len);

      for (guint m = 0; m < 12; m++)
        g_string_append_printf (csv, "\"%s\",%s,Member %u-%u,%s,%s,m%u.%u@example.org\n",
                                state->name, state->iso3, i, m, functions[m % 4], ranks[(i + m) % 4], i, m);
    }
  bytes = g_bytes_new (csv->str, csv->len);
  if (!pl_delegation_import (imported, bytes, NULL, &error))
    g_error ("%s", error->message);
  serialized = pl_session_file_serialize (imported, NULL);

  g_print ("# 250 delegations (large session), %u with credentials; CSV of %u bytes, 3000 rows\n",
           g_list_model_get_n_items (pl_session_get_records (large, PL_TYPE_CREDENTIALS)), (guint) csv->len);
  g_print ("# median of %d runs each\n", RUNS);
  (void) median_ms (bench_name_search, large);   /* warm up */
  search_ms = median_ms (bench_name_search, large);
  report ("status of 250 delegations", median_ms (bench_statuses, large), "name search, 250 delegations", search_ms);
  report ("progress count, 250", median_ms (bench_progress, large), "name search, 250 delegations", search_ms);
  report ("import 3000-row CSV", median_ms (bench_import, bytes),
          "json-glib parse of result", median_ms (bench_json_parse, serialized));

  return sink == G_MAXUINT;
}
