/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-delegation-import.h"
#include "pl-reference-states.h"
#include "pl-session-file.h"

/*
 * The registration CSV import on arbitrary bytes: it either imports or
 * rejects with a report, and a rejected import leaves the session exactly
 * as it was (all or nothing).
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PlSession *session;
  static char *pristine;
  g_autoptr(GBytes) csv = g_bytes_new_static (data, size);
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  /* A small session with two States already registered, so merges into
   * existing delegations are reached, and each run compares little. */
  if (session == NULL)
    {
      session = pl_session_new ();
      pl_history_set_recording (pl_session_get_history (session), FALSE);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(PlDelegation) delegation =
            pl_reference_states_new_delegation (pl_reference_states_lookup (i == 0 ? "AUT" : "KEN"));

          pl_session_add_record (session, PL_RECORD (delegation));
        }
      pl_history_set_recording (pl_session_get_history (session), TRUE);
      pristine = pl_session_file_serialize (session, NULL);
    }

  if (pl_delegation_import (session, csv, &report, &error))
    {
      /* Put the session back for the next input. */
      while (pl_history_get_can_undo (pl_session_get_history (session)))
        pl_history_undo (pl_session_get_history (session));
    }
  else
    {
      /* A rejection must come with an error and a report it can print. */
      g_autofree char *text = NULL;

      g_assert (error != NULL);
      if (report != NULL)
        {
          text = pl_delegation_import_report_format (report, "fuzz.csv");
          g_assert (text != NULL);
        }
    }

  after = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (after, ==, pristine);

  return 0;
}
