/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-session-file.h"
#include "pl-versions.h"
#include "pl-xliff.h"

/*
 * The translators' XLIFF read back (issue 21) on arbitrary bytes: it is
 * applied as one undo step, or refused whole with an error, and a refused
 * file leaves the session exactly as it was (all or nothing).
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static PlSession *
fuzz_session (void)
{
  PlSession *session = pl_session_new ();
  g_autoptr(PlAgendaItem) one = pl_agenda_item_new ("item:one");
  g_autoptr(PlAgendaItem) two = pl_agenda_item_new ("item:two");

  pl_history_set_recording (pl_session_get_history (session), FALSE);
  pl_session_settings_set_title (pl_session_get_settings (session), "Tenth session");
  pl_agenda_item_set_position (one, "V");
  pl_agenda_item_set_title (one, "Opening of the session");
  pl_agenda_item_set_annotation (one, "The **President** opens the session.");
  pl_agenda_item_set_position (two, "W");
  pl_agenda_item_set_title (two, "Adoption of the agenda");
  pl_session_add_record (session, PL_RECORD (one));
  pl_session_add_record (session, PL_RECORD (two));
  pl_versions_set (session, PL_RECORD (two), "fr", "title", "Adoption de l’ordre du jour");
  pl_history_set_recording (pl_session_get_history (session), TRUE);
  return session;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static PlSession *session;
  static char *pristine;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GPtrArray) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  PlHistory *history;

  if (session == NULL)
    {
      session = fuzz_session ();
      pristine = pl_session_file_serialize (session, NULL);
    }
  history = pl_session_get_history (session);

  if (pl_xliff_read_bytes (session, bytes, "fuzz.xlf", "fr", &refused, &error))
    {
      g_assert (error == NULL);
      g_assert (refused != NULL);
      for (guint i = 0; i < refused->len; i++)
        g_assert (g_utf8_validate (g_ptr_array_index (refused, i), -1, NULL));
      /* One step at most: undone, the session is as it was. */
      if (pl_history_get_can_undo (history))
        pl_history_undo (history);
      g_assert (!pl_history_get_can_undo (history));
      pl_history_clear (history);
    }
  else
    {
      g_assert (error != NULL);
      g_assert (refused == NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
    }

  after = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (after, ==, pristine);

  return 0;
}
