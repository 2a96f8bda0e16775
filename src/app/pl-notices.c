/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-cosponsoring.h"
#include "pl-notices.h"
#include "pl-speaker-notices.h"

/**
 * PlNotices:
 *
 * Desktop notifications about the lists of speakers (issue 18, point 5),
 * sent through the application (#GNotification; in the Flatpak, the
 * notification portal): for the secretariat, each new request to speak;
 * for a delegation, what became of its requests, a list closing soon and
 * its turn coming up. What to tell is a rule of the session's records
 * (pl-speaker-notices.c); this object watches the session (changes
 * arrive with sync), gives each notice once, and remembers what it gave.
 *
 * What is already so when it starts is taken as known, not announced:
 * opening a session must not replay the day's answers.
 *
 * While quiet (the secretariat looking at the Speakers page, where the
 * requests show), notices are remembered without being sent.
 */
struct _PlNotices
{
  GObject     parent_instance;

  PlSession  *session;
  GApplication *application;  /* weak: sends the notifications */
  char       *delegation;     /* NULL: the secretariat */
  gboolean    quiet;
  GHashTable *known;          /* notice ids already given or seen */
  GPtrArray  *sent;           /* ids sent, in order */
  guint       n_pending;
  guint       idle_id;
  guint       clock_id;
};

G_DEFINE_FINAL_TYPE (PlNotices, pl_notices, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DELEGATION,
  PROP_QUIET,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NOTICE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* More new events than this at once is a download (a first sync, a copy
 * downloaded again, a return from offline), not news as it happens. */
#define BURST 3

/* The closing of a list and a speaker's turn come with time, not with a
 * change: look again twice a minute. */
#define CLOCK_S 30

static GPtrArray *
compute (PlNotices *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (self->delegation != NULL)
    {
      GPtrArray *notices = pl_speaker_notices_for_delegation (self->session, self->delegation, now);
      g_autoptr(GPtrArray) cosponsoring = pl_cosponsoring_notices_for_delegation (self->session, self->delegation);

      /* Its requests to co-sponsor answered too (issue 19). */
      g_ptr_array_extend_and_steal (notices, g_steal_pointer (&cosponsoring));
      return notices;
    }
  return pl_speaker_notices_for_secretariat (self->session);
}

/* Whether a notification has somewhere to go. In the Flatpak the portal
 * takes it; elsewhere GLib's fallback backend calls the desktop's
 * notification service and warns on every notice when there is none (a
 * bare window manager, a test's own D-Bus session). */
static gboolean
can_notify (GApplication *application)
{
  static const char * const services[] = { "org.gtk.Notifications", "org.freedesktop.Notifications" };
  GDBusConnection *bus = g_application_get_dbus_connection (application);

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) || g_strcmp0 (g_getenv ("GTK_USE_PORTAL"), "1") == 0)
    return TRUE;
  if (bus == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    {
      /* A round trip to the bus itself, once per notice (they are few). */
      g_autoptr(GVariant) owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                               "org.freedesktop.DBus", "NameHasOwner",
                                                               g_variant_new ("(s)", services[i]),
                                                               G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                                               1000, NULL, NULL);
      gboolean has_owner = FALSE;

      if (owned != NULL)
        g_variant_get (owned, "(b)", &has_owner);
      if (has_owner)
        return TRUE;
    }

  {
    g_autoptr(GVariant) names = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                                             "org.freedesktop.DBus", "ListActivatableNames", NULL,
                                                             G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE,
                                                             1000, NULL, NULL);
    g_autofree const char **list = NULL;

    if (names == NULL)
      return FALSE;
    g_variant_get (names, "(^a&s)", &list);
    return g_strv_contains (list, services[1]);
  }
}

static void
send (PlNotices       *self,
      PlSpeakerNotice *notice)
{
  GApplication *application = self->application;

  g_ptr_array_add (self->sent, g_strdup (notice->id));
  g_signal_emit (self, signals[NOTICE], 0, notice->id, notice->title, notice->body);

  /* A notification needs the window's registered application (none in
   * the widget tests, which read the record of what was sent) and a
   * service to show it (can_notify()). */
  if (application != NULL && g_application_get_is_registered (application) && can_notify (application))
    {
      g_autoptr(GNotification) notification = g_notification_new (notice->title);

      if (notice->body != NULL)
        g_notification_set_body (notification, notice->body);
      g_application_send_notification (application, notice->id, notification);
    }
}

static void
run (PlNotices *self,
     gboolean   announce)
{
  g_autoptr(GPtrArray) notices = compute (self);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new ();
  guint n_pending = 0;

  for (guint i = 0; i < notices->len; i++)
    {
      PlSpeakerNotice *notice = g_ptr_array_index (notices, i);

      if (g_str_has_prefix (notice->id, "request:"))
        n_pending++;
      if (g_hash_table_contains (self->known, notice->id))
        continue;
      g_hash_table_add (self->known, g_strdup (notice->id));
      g_ptr_array_add (fresh, notice);
    }

  if (announce && !self->quiet && fresh->len <= BURST)
    for (guint i = 0; i < fresh->len; i++)
      send (self, g_ptr_array_index (fresh, i));
  else if (announce && !self->quiet && self->delegation == NULL)
    {
      /* The secretariat still learns that requests wait, once. */
      PlSpeakerNotice summary = { NULL, NULL, NULL };

      summary.id = g_strdup_printf ("requests:%s", ((PlSpeakerNotice *) g_ptr_array_index (fresh, 0))->id);
      summary.title = g_strdup (_("New Requests to Speak"));
      summary.body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request waits for an answer",
                                                   "%u requests wait for an answer", n_pending), n_pending);
      send (self, &summary);
      g_free (summary.id);
      g_free (summary.title);
      g_free (summary.body);
    }
  if (self->n_pending != n_pending)
    {
      self->n_pending = n_pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
    }
}

static gboolean
on_idle_cb (gpointer user_data)
{
  PlNotices *self = user_data;

  self->idle_id = 0;
  run (self, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
on_clock_cb (gpointer user_data)
{
  run (PL_NOTICES (user_data), TRUE);
  return G_SOURCE_CONTINUE;
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlNotices    *self)
{
  /* A pull applies many records: look once it is over. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (on_idle_cb, self);
}

static void
pl_notices_constructed (GObject *object)
{
  PlNotices *self = PL_NOTICES (object);

  G_OBJECT_CLASS (pl_notices_parent_class)->constructed (object);

  g_signal_connect (self->session, "changed", G_CALLBACK (on_session_changed_cb), self);
  run (self, FALSE);
  if (self->delegation != NULL)
    self->clock_id = g_timeout_add_seconds (CLOCK_S, on_clock_cb, self);
}

static void
pl_notices_dispose (GObject *object)
{
  PlNotices *self = PL_NOTICES (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->clock_id, g_source_remove);
  g_clear_weak_pointer (&self->application);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_notices_parent_class)->dispose (object);
}

static void
pl_notices_finalize (GObject *object)
{
  PlNotices *self = PL_NOTICES (object);

  g_free (self->delegation);
  g_hash_table_unref (self->known);
  g_ptr_array_unref (self->sent);

  G_OBJECT_CLASS (pl_notices_parent_class)->finalize (object);
}

static void
pl_notices_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlNotices *self = PL_NOTICES (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_DELEGATION:
      g_value_set_string (value, self->delegation);
      break;
    case PROP_QUIET:
      g_value_set_boolean (value, self->quiet);
      break;
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_notices_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PlNotices *self = PL_NOTICES (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_DELEGATION:
      self->delegation = g_value_dup_string (value);
      break;
    case PROP_QUIET:
      pl_notices_set_quiet (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_notices_class_init (PlNoticesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_notices_constructed;
  object_class->dispose = pl_notices_dispose;
  object_class->finalize = pl_notices_finalize;
  object_class->get_property = pl_notices_get_property;
  object_class->set_property = pl_notices_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELEGATION] =
    g_param_spec_string ("delegation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUIET] =
    g_param_spec_boolean ("quiet", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlNotices::notice:
   * @id: the event
   * @title: the notice's title
   * @body: (nullable): its details
   *
   * A notice was given (sent to the desktop when the application is
   * registered).
   */
  signals[NOTICE] = g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
pl_notices_init (PlNotices *self)
{
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sent = g_ptr_array_new_with_free_func (g_free);
}

/**
 * pl_notices_new:
 * @delegation: (nullable): the delegation whose notices to give; %NULL
 *   for the secretariat's
 */
PlNotices *
pl_notices_new (PlSession  *session,
                const char *delegation)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_NOTICES, "session", session, "delegation", delegation, NULL);
}

const char *
pl_notices_get_delegation (PlNotices *self)
{
  g_return_val_if_fail (PL_IS_NOTICES (self), NULL);
  return self->delegation;
}

gboolean
pl_notices_get_quiet (PlNotices *self)
{
  g_return_val_if_fail (PL_IS_NOTICES (self), FALSE);
  return self->quiet;
}

/**
 * pl_notices_set_quiet:
 *
 * While @quiet, what happens is remembered but not announced: the person
 * is looking at it.
 */
void
pl_notices_set_quiet (PlNotices *self,
                      gboolean   quiet)
{
  g_return_if_fail (PL_IS_NOTICES (self));

  quiet = !!quiet;
  if (self->quiet == quiet)
    return;
  /* What came before the change is judged by the old rule. */
  run (self, TRUE);
  self->quiet = quiet;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIET]);
}

/**
 * pl_notices_set_application:
 * @application: (nullable): the application to send the notifications
 *   through: the window's; %NULL records them without sending
 */
void
pl_notices_set_application (PlNotices    *self,
                            GApplication *application)
{
  g_return_if_fail (PL_IS_NOTICES (self));
  g_return_if_fail (application == NULL || G_IS_APPLICATION (application));

  g_set_weak_pointer (&self->application, application);
}

/**
 * pl_notices_get_sent:
 *
 * Returns: (transfer none) (element-type utf8): the ids of the notices
 *   given, oldest first
 */
GPtrArray *
pl_notices_get_sent (PlNotices *self)
{
  g_return_val_if_fail (PL_IS_NOTICES (self), NULL);
  return self->sent;
}

/**
 * pl_notices_get_n_pending:
 *
 * Returns: the requests to speak waiting for the secretariat's answer
 */
guint
pl_notices_get_n_pending (PlNotices *self)
{
  g_return_val_if_fail (PL_IS_NOTICES (self), 0);
  return self->n_pending;
}

/**
 * pl_notices_check:
 *
 * Looks now rather than once the main loop is idle.
 */
void
pl_notices_check (PlNotices *self)
{
  g_return_if_fail (PL_IS_NOTICES (self));

  g_clear_handle_id (&self->idle_id, g_source_remove);
  run (self, TRUE);
}
