/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-couch-response.h"

/*
 * The answers about `_session` (GET: who am I, with which roles; POST: a
 * login; an error's reason), read by the login, the account probe and
 * server-setup's admin check, on arbitrary bytes.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonNode) answer = pl_couch_response_parse_body ((const char *) data, size);
  const char *reason;

  if (answer == NULL)
    return 0;

  /* The admin role is only ever read from a userCtx's roles. */
  if (pl_couch_response_session_is_admin (answer))
    g_assert (JSON_NODE_HOLDS_OBJECT (answer));
  /* The account probe's reading of the same userCtx: strings only. */
  {
    g_auto(GStrv) roles = pl_couch_response_session_roles (answer);
    const char *user = pl_couch_response_session_user (answer);

    for (guint i = 0; roles[i] != NULL; i++)
      g_assert (g_utf8_validate (roles[i], -1, NULL));
    if (user != NULL)
      g_assert (g_utf8_validate (user, -1, NULL));
  }
  reason = pl_couch_response_reason (answer);
  if (reason != NULL)
    g_assert (g_utf8_validate (reason, -1, NULL));

  return 0;
}
