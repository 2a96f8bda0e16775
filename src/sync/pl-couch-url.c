/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-sync"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pl-couch-url.h"
#include "pl-couch-client.h"

/* The server's address as text: checked, made canonical, shown without
 * its password, and the addresses of the requests built on it. Plain
 * functions, outside PlCouchClient: an address is checked and shown
 * before any client exists. */

/* Escapes a document _id for a URL path; a design document's "/" stays. */
char *
pl_couch_escape_id (const char *id)
{
  if (g_str_has_prefix (id, "_design/"))
    {
      g_autofree char *rest = g_uri_escape_string (id + strlen ("_design/"), NULL, FALSE);

      return g_strconcat ("_design/", rest, NULL);
    }
  return g_uri_escape_string (id, NULL, FALSE);
}

/**
 * pl_couch_url_host_is_loopback:
 * @host: (nullable): the host of a server's address, as #GUri gives it
 *
 * Whether the server runs on this computer (`localhost`, 127.0.0.0/8,
 * `::1`): the client then asks for answers uncompressed
 * (pl-couch-client.c). A name other than `localhost` is not resolved:
 * it may name another computer.
 *
 * Returns: %TRUE for a loopback address or `localhost`
 */
gboolean
pl_couch_url_host_is_loopback (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (host, "localhost") == 0)
    return TRUE;
  address = g_inet_address_new_from_string (host);
  return address != NULL && g_inet_address_get_is_loopback (address);
}

/**
 * pl_couch_url_redact:
 * @url: a server address as it was given, valid or not
 *
 * The address for a message: a password in it (`user:password@`) becomes
 * `***`. Done on the text, not on a parsed URI, so that an address too
 * broken to parse is redacted too.
 *
 * Returns: (transfer full): the address without its password
 */
char *
pl_couch_url_redact (const char *url)
{
  g_autofree char *start = NULL;
  const char *authority, *end, *at = NULL, *colon;

  g_return_val_if_fail (url != NULL, NULL);

  authority = strstr (url, "://");
  authority = authority != NULL ? authority + 3 : url;
  end = authority + strcspn (authority, "/?#");
  for (const char *p = authority; p < end; p++)
    if (*p == '@')
      at = p;
  if (at == NULL)
    return g_strdup (url);
  colon = memchr (authority, ':', at - authority);
  if (colon == NULL)
    return g_strdup (url);
  start = g_strndup (url, colon + 1 - url);
  return g_strconcat (start, "***", at, NULL);
}

/**
 * pl_couch_url_parse:
 * @url: a server address as a person typed it
 * @canonical: (out) (optional): the address as Plenary keeps it (in the
 *   file, the settings, the keyring's attributes): scheme, host, port and
 *   path ending in "/", without user name, password, query or fragment
 * @user: (out) (optional) (nullable): the user name the address holds
 *   (`https://staff@host/`), unescaped; %NULL if none
 * @password: (out) (optional) (nullable): the password the address holds
 *   (`https://staff:pw@host/`), unescaped; %NULL if none. The caller
 *   decides what to do with it: never write it anywhere.
 *
 * Returns: whether @url is an http(s) address; if not, @error
 *   (%PL_COUCH_ERROR_INVALID_URL) names it without its password
 */
gboolean
pl_couch_url_parse (const char  *url,
                    char       **canonical,
                    char       **user,
                    char       **password,
                    GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GUri) base = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *secret = NULL;
  const char *scheme;

  g_return_val_if_fail (url != NULL, FALSE);

  /* HAS_PASSWORD: without it GLib takes "staff:pw" for the user name. */
  uri = g_uri_parse (url, G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD, NULL);
  scheme = uri ? g_uri_get_scheme (uri) : NULL;
  if (uri != NULL && g_uri_get_user (uri) != NULL)
    name = g_uri_unescape_string (g_uri_get_user (uri), NULL);
  if (uri != NULL && g_uri_get_password (uri) != NULL)
    secret = g_uri_unescape_string (g_uri_get_password (uri), NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      /* An escape that does not decode, or decodes to a NUL. */
      (g_uri_get_user (uri) != NULL && name == NULL) ||
      (g_uri_get_password (uri) != NULL && secret == NULL))
    {
      g_autofree char *shown = pl_couch_url_redact (url);

      if (secret != NULL)
        memset (secret, 0, strlen (secret));
      g_set_error (error, PL_COUCH_ERROR, PL_COUCH_ERROR_INVALID_URL,
                   _("“%s” is not a server address: give one such as https://couch.example.org:6984/"),
                   shown);
      return FALSE;
    }

  if (canonical != NULL)
    {
      path = g_str_has_suffix (g_uri_get_path (uri), "/")
        ? g_strdup (g_uri_get_path (uri))
        : g_strconcat (g_uri_get_path (uri), "/", NULL);
      base = g_uri_build (G_URI_FLAGS_ENCODED, scheme, NULL, g_uri_get_host (uri),
                          g_uri_get_port (uri), path, NULL, NULL);
      *canonical = g_uri_to_string (base);
    }
  if (user != NULL)
    *user = name != NULL && *name != '\0' ? g_steal_pointer (&name) : NULL;
  if (password != NULL)
    *password = g_steal_pointer (&secret);
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  return TRUE;
}

/**
 * pl_couch_url_build:
 * @base: the server's address, its path ending in "/"
 * @database: the database a relative @path is in
 * @path: relative to @database ("" for the database itself), or absolute
 *   when it starts with "/"
 * @query: (nullable): appended as is (already escaped)
 *
 * Returns: (transfer full): the address of the request
 */
char *
pl_couch_url_build (GUri       *base,
                    const char *database,
                    const char *path,
                    const char *query)
{
  g_autofree char *db = g_uri_escape_string (database, NULL, FALSE);
  g_autofree char *relative = NULL;
  g_autoptr(GUri) uri = NULL;

  if (path[0] == '/')
    relative = g_strdup (path + 1);
  else if (path[0] == '\0')
    relative = g_strdup (db);
  else
    relative = g_strconcat (db, "/", path, NULL);

  if (query != NULL && *query != '\0')
    {
      char *with_query = g_strconcat (relative, "?", query, NULL);

      g_free (relative);
      relative = with_query;
    }

  uri = g_uri_parse_relative (base, relative, G_URI_FLAGS_ENCODED, NULL);
  g_assert (uri != NULL);
  return g_uri_to_string (uri);
}
