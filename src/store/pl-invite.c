/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-invite.h"

/**
 * PlInvite:
 *
 * An invitation to join a session (issue 18): the server's address, the
 * session's database and the delegate's user name, in a small key file
 * the secretariat makes (`plenary-cli invite`) and sends, and a delegate
 * opens with Plenary (MIME type `application/x-plenary-invite`,
 * `*.plenary-invite`):
 *
 *     [Plenary Invitation]
 *     Server=https://couch.example.org:6984/
 *     Database=cop10
 *     User=aut-1
 *
 * Never a password: the file travels by email, and the password by
 * another way. Every value is checked when the invitation is made and
 * when it is read, so that a delegate's window never starts from half an
 * address.
 */
struct _PlInvite
{
  GObject  parent_instance;

  char    *server;
  char    *database;
  char    *user;
};

G_DEFINE_FINAL_TYPE (PlInvite, pl_invite, G_TYPE_OBJECT)

G_DEFINE_QUARK (pl-invite-error-quark, pl_invite_error)

enum {
  PROP_0,
  PROP_SERVER,
  PROP_DATABASE,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_invite_finalize (GObject *object)
{
  PlInvite *self = PL_INVITE (object);

  g_free (self->server);
  g_free (self->database);
  g_free (self->user);

  G_OBJECT_CLASS (pl_invite_parent_class)->finalize (object);
}

static void
pl_invite_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PlInvite *self = PL_INVITE (object);

  switch (prop_id)
    {
    case PROP_SERVER:
      g_value_set_string (value, self->server);
      break;
    case PROP_DATABASE:
      g_value_set_string (value, self->database);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_invite_class_init (PlInviteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_invite_finalize;
  object_class->get_property = pl_invite_get_property;

  /* checked on construction (pl_invite_new()), hence read-only */
  properties[PROP_SERVER] = g_param_spec_string ("server", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] = g_param_spec_string ("database", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] = g_param_spec_string ("user", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_invite_init (PlInvite *self)
{
}

/* An http(s) address with a host and no password (the file travels by
 * email). */
static gboolean
check_server (const char  *server,
              GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (server != NULL)
    uri = g_uri_parse (server, G_URI_FLAGS_HAS_PASSWORD, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL
      || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
      || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                   _("“%s” is not a server address (http:// or https://, e.g. https://couch.example.org:6984/)"),
                   server != NULL ? server : "");
      return FALSE;
    }
  if (g_uri_get_password (uri) != NULL)
    {
      g_set_error_literal (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                           _("the server address holds a password: an invitation never does"));
      return FALSE;
    }
  return TRUE;
}

/* CouchDB's rule for database names. */
static gboolean
check_database (const char  *database,
                GError     **error)
{
  gboolean ok = database != NULL && g_ascii_islower (database[0]);

  for (const char *p = database; ok && *p != '\0'; p++)
    ok = g_ascii_islower (*p) || g_ascii_isdigit (*p) || strchr ("_$()+-/", *p) != NULL;
  if (!ok)
    g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                 _("“%s” is not a database name (lowercase letters, digits and _$()+-/, "
                   "starting with a letter)"),
                 database != NULL ? database : "");
  return ok;
}

static gboolean
check_user (const char  *user,
            GError     **error)
{
  gboolean ok = user != NULL && *user != '\0' && g_utf8_validate (user, -1, NULL);

  for (const char *p = user; ok && *p != '\0'; p++)
    ok = !g_ascii_iscntrl (*p) && *p != ':';
  if (!ok)
    g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                 _("“%s” is not a user name (not empty, no colon)"), user != NULL ? user : "");
  return ok;
}

/**
 * pl_invite_new:
 *
 * Returns: (transfer full) (nullable): the invitation, or %NULL with
 *   @error set (%PL_INVITE_ERROR_INVALID) when a value is not usable
 */
PlInvite *
pl_invite_new (const char  *server,
               const char  *database,
               const char  *user,
               GError     **error)
{
  PlInvite *self;

  if (!check_server (server, error) || !check_database (database, error) || !check_user (user, error))
    return NULL;

  self = g_object_new (PL_TYPE_INVITE, NULL);
  self->server = g_strdup (server);
  self->database = g_strdup (database);
  self->user = g_strdup (user);
  return self;
}

const char *
pl_invite_get_server (PlInvite *self)
{
  g_return_val_if_fail (PL_IS_INVITE (self), NULL);

  return self->server;
}

const char *
pl_invite_get_database (PlInvite *self)
{
  g_return_val_if_fail (PL_IS_INVITE (self), NULL);

  return self->database;
}

const char *
pl_invite_get_user (PlInvite *self)
{
  g_return_val_if_fail (PL_IS_INVITE (self), NULL);

  return self->user;
}

/* A key's value, or an error that names the file and the key. */
static char *
read_key (GKeyFile    *keys,
          const char  *name,
          const char  *key,
          GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *value = g_key_file_get_string (keys, PL_INVITE_GROUP, key, &local);

  if (value == NULL)
    g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                 _("%s: the invitation has no “%s” in [%s]"), name, key, PL_INVITE_GROUP);
  return value;
}

/**
 * pl_invite_load_bytes:
 * @name: what messages call the data (the file's name)
 *
 * Returns: (transfer full) (nullable): the invitation, or %NULL with
 *   @error set: a #GKeyFileError for text that is not a key file,
 *   %PL_INVITE_ERROR_INVALID for a missing group, key or bad value; the
 *   message names @name and the key
 */
PlInvite *
pl_invite_load_bytes (GBytes      *bytes,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *server = NULL, *database = NULL, *user = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  PlInvite *invite;

  if (!g_key_file_load_from_data (keys, data != NULL ? data : "", length, G_KEY_FILE_NONE, &local))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local), _("%s: not an invitation: "), name);
      return NULL;
    }
  if (!g_key_file_has_group (keys, PL_INVITE_GROUP))
    {
      g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID,
                   _("%s: not an invitation: no [%s] group"), name, PL_INVITE_GROUP);
      return NULL;
    }
  if ((server = read_key (keys, name, PL_INVITE_KEY_SERVER, error)) == NULL
      || (database = read_key (keys, name, PL_INVITE_KEY_DATABASE, error)) == NULL
      || (user = read_key (keys, name, PL_INVITE_KEY_USER, error)) == NULL)
    return NULL;

  g_strstrip (server);
  g_strstrip (database);
  g_strstrip (user);
  if (!check_server (server, &local))
    {
      g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID, "%s: %s: %s",
                   name, PL_INVITE_KEY_SERVER, local->message);
      return NULL;
    }
  if (!check_database (database, &local))
    {
      g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID, "%s: %s: %s",
                   name, PL_INVITE_KEY_DATABASE, local->message);
      return NULL;
    }
  if (!check_user (user, &local))
    {
      g_set_error (error, PL_INVITE_ERROR, PL_INVITE_ERROR_INVALID, "%s: %s: %s",
                   name, PL_INVITE_KEY_USER, local->message);
      return NULL;
    }
  invite = pl_invite_new (server, database, user, error);
  return invite;
}

/**
 * pl_invite_load:
 *
 * Reads a `.plenary-invite` file; see pl_invite_load_bytes().
 *
 * Returns: (transfer full) (nullable): the invitation
 */
PlInvite *
pl_invite_load (GFile   *file,
                GError **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, &local);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local), "%s: ", name);
      return NULL;
    }
  return pl_invite_load_bytes (bytes, name, error);
}

/**
 * pl_invite_to_data:
 *
 * Returns: (transfer full): the file's text
 */
char *
pl_invite_to_data (PlInvite *self,
                   gsize    *length)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();

  g_return_val_if_fail (PL_IS_INVITE (self), NULL);

  g_key_file_set_string (keys, PL_INVITE_GROUP, PL_INVITE_KEY_SERVER, self->server);
  g_key_file_set_string (keys, PL_INVITE_GROUP, PL_INVITE_KEY_DATABASE, self->database);
  g_key_file_set_string (keys, PL_INVITE_GROUP, PL_INVITE_KEY_USER, self->user);
  /* Not translated: the file goes to people of any language, and is read
   * by Plenary, which says it in theirs. */
  g_key_file_set_comment (keys, NULL, NULL,
                          " An invitation to a session in Plenary: open it with Plenary to join."
                          "\n Your password comes separately; it is never in this file.", NULL);
  return g_key_file_to_data (keys, length, NULL);
}

/**
 * pl_invite_save:
 *
 * Writes the invitation whole or not at all (a temporary file renamed
 * over @file).
 */
gboolean
pl_invite_save (PlInvite  *self,
                GFile     *file,
                GError   **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (PL_IS_INVITE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = pl_invite_to_data (self, &length);
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}
