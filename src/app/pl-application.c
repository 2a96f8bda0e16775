/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-accessible.h"
#include "pl-application.h"
#include "pl-compat.h"
#include "pl-invite.h"
#include "pl-join-dialog.h"
#include "pl-new-session-dialog.h"
#include "pl-preferences-window.h"
#include "pl-session-file.h"
#include "pl-window.h"

#define MAX_RECENT 10

/**
 * PlApplication:
 *
 * One window per session file: opening a file that a window already shows
 * presents that window. Files come from the command line or the desktop
 * (the MIME type application/x-plenary); with none, a window shows the
 * start view. An invitation (application/x-plenary-invite, made by
 * `plenary-cli invite`) opens "Join a Session" filled in from it.
 *
 * PLENARY_BENCHMARK_FIRST_FRAME=1 makes the first window print the time
 * from process start to its first frame on stdout and quit (bench-app).
 */
struct _PlApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        benchmark_first_frame;
  GStrv           preload_paths;   /* the command line's files, read from startup on */
  GPtrArray      *loads;           /* PendingLoad, files being read or read for no one yet */
};

G_DEFINE_FINAL_TYPE (PlApplication, pl_application, ADW_TYPE_APPLICATION)

/*
 * Files are read on a worker thread (issue 23: the huge session takes
 * longer to read than GTK takes to start and draw the window): the window
 * that will show the session is drawn at once (pl_window_show_opening())
 * and shows the session when it is read. The command line's files start
 * being read in startup, before GTK initializes, on the second CPU.
 */
typedef struct
{
  PlApplication *application;
  char          *path;
  GWeakRef       window;     /* the window that waits for it */
  gboolean       claimed;    /* someone asked to open it */
  gboolean       done;       /* read, or failed */
  PlSession     *session;
  GError        *error;
} PendingLoad;

static void
pending_load_free (PendingLoad *load)
{
  g_weak_ref_clear (&load->window);
  g_free (load->path);
  g_clear_object (&load->session);
  g_clear_error (&load->error);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PendingLoad *load = task_data;
  GError *error = NULL;
  PlSession *session = pl_session_file_load (load->path, &error);

  if (session == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, session, g_object_unref);
}

static void finish_load (PendingLoad *load);

static void
on_load_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PlApplication *self = PL_APPLICATION (source);
  PendingLoad *load = g_task_get_task_data (G_TASK (result));

  load->session = g_task_propagate_pointer (G_TASK (result), &load->error);
  load->done = TRUE;
  if (load->claimed)
    finish_load (load);
  g_application_release (G_APPLICATION (self));
}

/* Reads @path on a worker thread; the application stays up until it is
 * read (a window closed meanwhile does not leave a thread behind). */
static PendingLoad *
start_load (PlApplication *self,
            const char    *path)
{
  PendingLoad *load = g_new0 (PendingLoad, 1);
  g_autoptr(GTask) task = g_task_new (self, NULL, on_load_done_cb, NULL);

  load->application = self;
  load->path = g_strdup (path);
  g_weak_ref_init (&load->window, NULL);
  g_task_set_task_data (task, load, NULL);
  g_ptr_array_add (self->loads, load);
  g_application_hold (G_APPLICATION (self));
  g_task_run_in_thread (task, load_thread);

  return load;
}

/* The load of @path started before anyone asked for it (a preload). */
static PendingLoad *
find_unclaimed_load (PlApplication *self,
                     const char    *path)
{
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  for (guint i = 0; i < self->loads->len; i++)
    {
      PendingLoad *load = self->loads->pdata[i];
      g_autoptr(GFile) file = g_file_new_for_path (load->path);

      if (!load->claimed && g_file_equal (file, wanted))
        return load;
    }

  return NULL;
}

/* The preload of @path, or a new load. */
static PendingLoad *
claim_load (PlApplication *self,
            const char    *path)
{
  PendingLoad *load = find_unclaimed_load (self, path);

  if (load == NULL)
    load = start_load (self, path);
  load->claimed = TRUE;

  return load;
}

/* Preloads the command line did not open (an invitation, a remote
 * instance's files) are dropped once read. */
static void
drop_unclaimed_loads (PlApplication *self)
{
  for (guint i = 0; i < self->loads->len; i++)
    {
      PendingLoad *load = self->loads->pdata[i];

      if (load->claimed)
        continue;
      load->claimed = TRUE;
      if (load->done)
        finish_load (load);
    }
}

static PlWindow *
find_window_for_path (PlApplication *self,
                      const char    *path)
{
  g_autoptr(GFile) wanted = g_file_new_for_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      const char *window_path;

      if (!PL_IS_WINDOW (l->data))
        continue;

      window_path = pl_window_get_path (l->data);
      if (window_path != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_path (window_path);

          if (g_file_equal (file, wanted))
            return l->data;
        }
    }

  return NULL;
}

/* A window showing the start view is reused rather than left behind. */
static gboolean
is_empty_window (GtkWindow *window)
{
  return PL_IS_WINDOW (window) && pl_window_get_session (PL_WINDOW (window)) == NULL &&
         pl_window_get_opening_path (PL_WINDOW (window)) == NULL;
}

static PlWindow *
find_empty_window (PlApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (is_empty_window (l->data))
      return l->data;

  return NULL;
}

static PlWindow *
new_window (PlApplication *self)
{
  PlWindow *window = pl_window_new (self);

  if (self->benchmark_first_frame)
    pl_window_report_first_frame (window);

  return window;
}

/* The window a message or a dialog of the application goes on when no
 * window asked for it: the active one, or a new one. */
static GtkWindow *
parent_window (PlApplication *self)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (parent == NULL)
    {
      parent = GTK_WINDOW (new_window (self));
      gtk_window_present (parent);
    }
  return parent;
}

/**
 * pl_application_show_session:
 * @window: (nullable): the window to show @session in, %NULL for a new one
 *
 * Shows @session, which has no file yet (a new session, the sample), in
 * @window and brings that window forward.
 */
void
pl_application_show_session (PlApplication *self,
                             PlSession     *session,
                             GtkWindow     *window)
{
  g_return_if_fail (PL_IS_APPLICATION (self));
  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (window == NULL || PL_IS_WINDOW (window));

  if (window == NULL)
    window = GTK_WINDOW (new_window (self));
  pl_window_set_session (PL_WINDOW (window), session, NULL);
  gtk_window_present (window);
}

/**
 * pl_application_open_error_text:
 * @path: a session file that could not be opened
 *
 * What to say when @path cannot be opened: the reason, and for a copy
 * of a server's session (under the folder of copies) the way out, since
 * joining again sets a damaged copy aside and downloads it anew.
 *
 * Returns: (transfer full): the message's text
 */
char *
pl_application_open_error_text (const char   *path,
                                const GError *error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *copies = g_build_filename (g_get_user_data_dir (), "plenary", "sessions", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autoptr(GFile) copies_file = g_file_new_for_path (copies);

  if (!g_file_equal (folder_file, copies_file))
    return g_strdup (error->message);
  return g_strdup_printf ("%s\n\n%s", error->message,
                          _("This is this computer’s copy of a session on a server. Join the session again "
                            "(“Join a Session…” on the start page): the damaged copy is kept aside and the "
                            "session downloaded anew."));
}

/* The backup save keeps beside a file (NAME~, pl-session-file.c), when
 * it exists and reads: what a damaged file's window offers to open. */
typedef struct
{
  PlApplication *application;
  char          *name;      /* the damaged file's, for people */
  char          *backup;    /* its path */
  PlSession     *session;   /* the backup, read */
} BackupOffer;

static void
backup_offer_free (BackupOffer *offer)
{
  g_clear_object (&offer->application);
  g_free (offer->name);
  g_free (offer->backup);
  g_clear_object (&offer->session);
  g_free (offer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BackupOffer, backup_offer_free)

static void
on_open_error_answer_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(BackupOffer) offer = user_data;
  g_autofree char *response = pl_compat_ask_finish (result, NULL);
  g_autofree char *text = NULL;
  PlWindow *window;

  if (g_strcmp0 (response, "open-backup") != 0)
    return;

  /* The backup opens as a session saved nowhere, like the sample: the
   * damaged file and the backup stay as they are until Save As. */
  if (PL_IS_WINDOW (source) && pl_window_get_session (PL_WINDOW (source)) == NULL)
    window = PL_WINDOW (source);
  else
    window = new_window (offer->application);
  pl_window_set_session (window, offer->session, NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* Translators: %s is a file's name */
  text = g_strdup_printf (_("The backup of %s is open: save it under a name to keep it"), offer->name);
  pl_window_add_toast (window, adw_toast_new (text));
}

/* When the backup was saved, for the question. */
static char *
describe_backup_time (const char *backup)
{
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);
  g_autoptr(GDateTime) modified = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;
  g_autoptr(GDateTime) local = modified != NULL ? g_date_time_to_local (modified) : NULL;

  /* Translators: a date and time in g_date_time_format() notation, e.g. "6 December 2026, 09:12" */
  return local != NULL ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : NULL;
}

/**
 * pl_application_report_open_error:
 * @parent: the window to ask in
 *
 * Says why @path could not be opened (pl_application_open_error_text())
 * and, when the backup kept beside it (NAME~) reads, offers to open that
 * instead (issue 22): a file cut short by a crash or a failed copy is
 * then one click from the session as it was before its last save.
 */
void
pl_application_report_open_error (PlApplication *self,
                                  GtkWindow     *parent,
                                  const char    *path,
                                  const GError  *error)
{
  static const char *responses[] = { "open-backup", N_("Open _Backup"), "cancel", N_("_Close"), NULL };
  const char *translated[G_N_ELEMENTS (responses)];
  g_autofree char *text = pl_application_open_error_text (path, error);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *when = NULL;
  g_autofree char *about_backup = NULL;
  g_autofree char *body = NULL;
  g_autoptr(PlSession) session = NULL;
  BackupOffer *offer;

  g_return_if_fail (PL_IS_APPLICATION (self));

  if (g_file_test (backup, G_FILE_TEST_IS_REGULAR))
    session = pl_session_file_load (backup, NULL);
  if (session == NULL)
    {
      pl_compat_show_message (parent, _("Could Not Open the Session"), text);
      return;
    }

  when = describe_backup_time (backup);
  if (when != NULL)
    /* Translators: %s is when the backup was written */
    about_backup = g_strdup_printf (_("A backup saved on %s holds the session as it was before its last save. "
                                      "Opening it leaves this file as it is."), when);
  else
    about_backup = g_strdup (_("A backup holds the session as it was before its last save. Opening it leaves "
                               "this file as it is."));
  body = g_strdup_printf ("%s\n\n%s", text, about_backup);
  for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
    translated[i] = responses[i] != NULL && i % 2 == 1 ? _(responses[i]) : responses[i];

  offer = g_new0 (BackupOffer, 1);
  offer->application = g_object_ref (self);
  offer->name = g_path_get_basename (path);
  offer->backup = g_steal_pointer (&backup);
  offer->session = g_steal_pointer (&session);
  pl_compat_ask_async (parent, _("Could Not Open the Session"), body, translated, NULL,
                       on_open_error_answer_cb, offer);
}

/* The file is read: the window waiting for it shows it, or says why it
 * cannot. A window closed meanwhile drops it; one that was given another
 * session meanwhile (the sample) leaves it to a new window. */
static void
finish_load (PendingLoad *load)
{
  PlApplication *self = load->application;
  g_autoptr(PlWindow) window = g_weak_ref_get (&load->window);
  gboolean waiting = window != NULL && g_strcmp0 (pl_window_get_opening_path (window), load->path) == 0;

  g_ptr_array_remove (self->loads, load);

  if (window != NULL && load->error != NULL)
    {
      pl_window_stop_opening (window);
      pl_application_report_open_error (self, GTK_WINDOW (window), load->path, load->error);
    }
  else if (window != NULL && load->session != NULL)
    {
      if (!waiting)
        {
          g_clear_object (&window);
          window = g_object_ref (new_window (self));
          gtk_window_present (GTK_WINDOW (window));
        }
      pl_window_set_session (window, load->session, load->path);
      pl_application_add_recent (self, load->path);
    }
  pending_load_free (load);
}

/**
 * pl_application_open_path:
 * @from: (nullable): the window the request came from, reused if empty
 *
 * Shows @path in its own window. A file that cannot be read is reported
 * in a dialog, with the place of the fault, and left untouched.
 *
 * An empty window (the start view, or the first window of the process)
 * is shown at once and the file read on a worker thread: the window
 * shows the session when it is read (issue 23). From a window that shows
 * a session, the file is read first, so that a bad file costs no empty
 * window.
 */
void
pl_application_open_path (PlApplication *self,
                          const char    *path,
                          GtkWindow     *from)
{
  PlWindow *window;
  PendingLoad *load;

  g_return_if_fail (PL_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  if (is_empty_window (from))
    window = PL_WINDOW (from);
  else
    window = find_empty_window (self);

  /* The first windows of the process: its command line's files. */
  if (window == NULL &&
      (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL || find_unclaimed_load (self, path) != NULL))
    window = new_window (self);

  if (window == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlSession) session = pl_session_file_load (path, &error);

      /* Opening a second session from a window that already has one: load
       * first, so that a bad file costs no empty window. */
      if (session == NULL)
        {
          pl_application_report_open_error (self, from ? from : parent_window (self), path, error);
          return;
        }

      window = new_window (self);
      pl_window_set_session (window, session, path);
      pl_application_add_recent (self, path);
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  pl_window_show_opening (window, path);
  gtk_window_present (GTK_WINDOW (window));
  load = claim_load (self, path);
  g_weak_ref_set (&load->window, window);
  if (load->done)
    finish_load (load);
}

/* Invitations are known by their suffix, as the desktop's MIME type
 * declares them, or by the type the desktop guesses. */
static gboolean
is_invitation (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *content_type = NULL;

  if (name != NULL && g_str_has_suffix (name, PL_INVITE_SUFFIX))
    return TRUE;
  content_type = g_content_type_guess (name, NULL, 0, NULL);
  return content_type != NULL && g_content_type_is_mime_type (content_type, PL_INVITE_MIME_TYPE);
}

/**
 * pl_application_join:
 * @invitation: (nullable): an invitation to fill the dialog from
 * @from: (nullable): the window that asked, which shows the session if
 *   it is still on its start view
 *
 * Shows "Join a Session", over @from or a window on its start view (one
 * is made if none is open).
 */
void
pl_application_join (PlApplication *self,
                     GFile         *invitation,
                     GtkWindow     *from)
{
  PlJoinDialog *dialog;

  g_return_if_fail (PL_IS_APPLICATION (self));
  g_return_if_fail (invitation == NULL || G_IS_FILE (invitation));

  if (from == NULL)
    from = GTK_WINDOW (find_empty_window (self));
  if (from == NULL)
    from = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (from == NULL)
    from = GTK_WINDOW (new_window (self));
  gtk_window_present (from);

  dialog = pl_join_dialog_new (from);
  if (invitation != NULL)
    pl_join_dialog_open_invitation (dialog, invitation);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pl_application_activate (GApplication *app)
{
  PlApplication *self = PL_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  drop_unclaimed_loads (self);
  if (window == NULL)
    window = GTK_WINDOW (new_window (self));

  gtk_window_present (window);
}

/* The files of the command line, noted before GApplication parses it, so
 * that startup can start reading them (start_preloads()). Only a hint:
 * they are opened when "open" names them. */
static gboolean
pl_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  PlApplication *self = PL_APPLICATION (app);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **argv = *arguments;

  for (int i = 1; argv[i] != NULL; i++)
    {
      g_autoptr(GFile) file = NULL;
      g_autofree char *path = NULL;

      if (argv[i][0] == '-')
        continue;
      file = g_file_new_for_commandline_arg (argv[i]);
      path = g_file_get_path (file);
      if (path != NULL && !is_invitation (file))
        g_strv_builder_add (builder, path);
    }
  g_strfreev (self->preload_paths);
  self->preload_paths = g_strv_builder_end (builder);

  return G_APPLICATION_CLASS (pl_application_parent_class)->local_command_line (app, arguments, exit_status);
}

/* Startup runs in the instance that shows the files (not in one that
 * passes them to another): they are read while GTK initializes. */
static void
start_preloads (PlApplication *self)
{
  for (guint i = 0; self->preload_paths != NULL && self->preload_paths[i] != NULL; i++)
    start_load (self, self->preload_paths[i]);
  g_clear_pointer (&self->preload_paths, g_strfreev);
}

static void
pl_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PlApplication *self = PL_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = NULL;

      if (is_invitation (files[i]))
        {
          /* Opened from the file manager: a start view to join from. */
          pl_application_join (self, files[i], GTK_WINDOW (find_empty_window (self)));
          continue;
        }

      path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autofree char *message = g_strdup_printf (_("“%s” is not a local file"), uri);
          PlWindow *window = new_window (self);

          gtk_window_present (GTK_WINDOW (window));
          pl_compat_show_message (GTK_WINDOW (window), _("Could Not Open the Session"), message);
          continue;
        }

      pl_application_open_path (self, path, NULL);
    }
  drop_unclaimed_loads (self);
}

static void
on_open_chosen_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PlApplication) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  file = pl_compat_choose_file_finish (result, NULL);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path != NULL)
    pl_application_open_path (self, path, GTK_IS_WINDOW (source) ? GTK_WINDOW (source) : NULL);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PlApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  pl_compat_choose_file_async (parent, PL_COMPAT_FILE_OPEN, _("Open Session"), NULL, NULL,
                               on_open_chosen_cb, g_object_ref (self));
}

static void
on_session_created_cb (PlNewSessionDialog *dialog,
                       PlSession          *session,
                       PlApplication      *self)
{
  pl_application_show_session (self, session, GTK_WINDOW (find_empty_window (self)));
}

/* A new session starts with its short setup (issue 22, point 10): the
 * body, number, days, venue, zone, or the previous session's file. */
static void
new_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  PlApplication *self = user_data;
  GtkWidget *dialog = pl_new_session_dialog_new (parent_window (self));

  g_signal_connect_object (dialog, "session-created", G_CALLBACK (on_session_created_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
join_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PlApplication *self = user_data;

  pl_application_join (self, NULL, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PlApplication *self = user_data;

  pl_compat_show_about (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* The Mallard pages of help/C, installed with gnome.yelp under the
 * project's name. */
static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PlApplication *self = user_data;

  gtk_show_uri (gtk_application_get_active_window (GTK_APPLICATION (self)),
                "help:plenary", GDK_CURRENT_TIME);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PlApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (pl_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PlApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Each window saves or asks as on close. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open", open_action },
  { "join", join_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "help", help_action },
  { "quit", quit_action },
};

static void
pl_application_startup (GApplication *app)
{
  PlApplication *self = PL_APPLICATION (app);
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", "<Control>y", NULL };
  static const char *save_accels[] = { "<Control>s", NULL };
  static const char *save_as_accels[] = { "<Control><Shift>s", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *join_accels[] = { "<Control><Shift>j", NULL };
  static const char *redownload_accels[] = { "<Control><Shift>g", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *sample_accels[] = { "<Control><Shift>o", NULL };
  static const char *menu_accels[] = { "F10", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *connect_accels[] = { "<Control><Shift>e", NULL };
  static const char *conflicts_accels[] = { "<Control><Shift>k", NULL };
  static const char *speak_accels[] = { "<Control><Shift>r", NULL };
  static const char *sync_state_accels[] = { "<Control><Shift>y", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  start_preloads (self);
  G_APPLICATION_CLASS (pl_application_parent_class)->startup (app);
  pl_accessible_name_parts_install ();

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.redo", redo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save", save_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.save-as", save_as_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open-sample", sample_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-menu", menu_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.join", join_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.redownload", redownload_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.connect-server", connect_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-conflicts", conflicts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.request-to-speak", speak_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-sync-state", sync_state_accels);
}

static void
pl_application_dispose (GObject *object)
{
  PlApplication *self = PL_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->preload_paths, g_strfreev);

  G_OBJECT_CLASS (pl_application_parent_class)->dispose (object);
}

static void
pl_application_finalize (GObject *object)
{
  PlApplication *self = PL_APPLICATION (object);

  /* Each load holds the application until it is read: none is left. */
  g_ptr_array_unref (self->loads);

  G_OBJECT_CLASS (pl_application_parent_class)->finalize (object);
}

static void
pl_application_class_init (PlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pl_application_dispose;
  object_class->finalize = pl_application_finalize;
  app_class->local_command_line = pl_application_local_command_line;
  app_class->startup = pl_application_startup;
  app_class->activate = pl_application_activate;
  app_class->open = pl_application_open;
}

static void
pl_application_init (PlApplication *self)
{
  self->loads = g_ptr_array_new ();
}

PlApplication *
pl_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_OPEN;
  gboolean benchmark = g_strcmp0 (g_getenv ("PLENARY_BENCHMARK_FIRST_FRAME"), "1") == 0;
  PlApplication *self;

  /* A benchmark run must start its own process, not hand its files to an
   * instance already running. */
  if (benchmark)
    flags |= G_APPLICATION_NON_UNIQUE;

  self = g_object_new (PL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/plenary/Plenary",
                       NULL);
  self->benchmark_first_frame = benchmark;

  return self;
}

GSettings *
pl_application_get_settings (PlApplication *self)
{
  g_return_val_if_fail (PL_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* Most recent first, no duplicates, at most MAX_RECENT. */
void
pl_application_add_recent (PlApplication *self,
                           const char    *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_return_if_fail (PL_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  recent = g_settings_get_strv (self->settings, "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) updated);
}
