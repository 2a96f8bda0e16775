/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-check.h"
#include "pl-session-file.h"

/*
 * The session-file loader on arbitrary bytes (files arrive by email).
 * Beyond "no crash": a file that loads must serialize to a file that loads
 * again and serializes to the same text, and the checks must run on it.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "fuzz.plenary", &error);
  g_autoptr(PlSession) again = NULL;
  g_autoptr(GBytes) text_bytes = NULL;
  g_autoptr(GListStore) findings = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length;

  if (session == NULL)
    {
      g_assert (error != NULL && error->message != NULL);
      return 0;
    }

  findings = pl_check_session (session);

  text = pl_session_file_serialize (session, &length);
  text_bytes = g_bytes_new_static (text, length);
  again = pl_session_file_load_bytes (text_bytes, "again.plenary", &error);
  if (again == NULL)
    g_error ("a loaded session saved as an unreadable file: %s", error->message);

  text_again = pl_session_file_serialize (again, NULL);
  g_assert_cmpstr (text, ==, text_again);

  return 0;
}
