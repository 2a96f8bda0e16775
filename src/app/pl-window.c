/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-start-view.h"
#include "pl-window.h"
#include "pl-window-private.h"

/**
 * PlWindow:
 *
 * One session per window: a start view while there is none, then a
 * sidebar of pages beside the selected page, with undo/redo, the save
 * state and the main menu in the header bar. The window owns the
 * session's #PlAutosave; nothing in a page writes a file.
 *
 * A session connected to a server (its file has a `sync` section) also
 * has a #PlSyncEngine, live for as long as the window is open, whose
 * state is shown beside the save state. A delegate's account (role
 * `delegate`, not `secretariat`) makes the window #PlWindow:read-only:
 * every page refuses edits, and "Request to Speak" is the one thing the
 * user can write (DESIGN.md, "Roles, enforced by the server"). A
 * delegate's window (read-only, with the account's delegation) shows a
 * delegate's pages rather than the secretariat's (issue 18).
 */



G_DEFINE_FINAL_TYPE (PlWindow, pl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
window_settings (PlWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PL_IS_APPLICATION (app) ? pl_application_get_settings (PL_APPLICATION (app)) : NULL;
}

void
pl_window_toast (PlWindow   *self,
                 const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
update_history_state (PlWindow *self)
{
  PlHistory *history;
  const char *label;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  if (self->session == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", FALSE);
      return;
    }

  history = pl_session_get_history (self->session);
  /* A delegate's edits would be refused by the server: nothing to undo. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 !self->read_only && pl_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 !self->read_only && pl_history_get_can_redo (history));

  label = pl_history_get_undo_label (history);
  /* Translators: %s is an edit, such as “Add Item” */
  undo_tip = label ? g_strdup_printf (_("Undo “%s”"), label) : g_strdup (_("Undo"));
  label = pl_history_get_redo_label (history);
  /* Translators: %s is an edit, such as “Add Item” */
  redo_tip = label ? g_strdup_printf (_("Redo “%s”"), label) : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, redo_tip, -1);
}

void
pl_window_update_save_state (PlWindow *self)
{
  const char *text = "";
  gboolean error = FALSE;

  if (self->session == NULL)
    return;

  if (pl_autosave_get_path (self->autosave) == NULL)
    text = pl_history_get_modified (pl_session_get_history (self->session))
             ? _("Unsaved changes") : _("Not saved");
  else
    switch (pl_autosave_get_state (self->autosave))
      {
      case PL_SAVE_STATE_SAVED:
        text = _("Saved");
        break;
      case PL_SAVE_STATE_UNSAVED:
        text = _("Unsaved changes");
        break;
      case PL_SAVE_STATE_SAVING:
        text = _("Saving…");
        break;
      case PL_SAVE_STATE_ERROR:
        text = _("Could not save");
        error = TRUE;
        break;
      default:
        g_assert_not_reached ();
      }

  gtk_label_set_label (self->save_state_label, text);
  if (error)
    {
      const GError *save_error = pl_autosave_get_error (self->autosave);

      gtk_widget_add_css_class (GTK_WIDGET (self->save_state_label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_state_label),
                                   save_error ? save_error->message : NULL);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->save_state_label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_state_label), NULL);
    }
}

void
pl_window_update_titles (PlWindow *self)
{
  PlSessionSettings *settings;
  const char *path;
  const char *session_title;
  g_autofree char *basename = NULL;
  g_autofree char *window_title = NULL;

  if (self->session == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Plenary"));
      return;
    }

  settings = pl_session_get_settings (self->session);
  session_title = pl_session_settings_get_title (settings);
  if (session_title == NULL || *session_title == '\0')
    session_title = _("New Session");

  path = pl_autosave_get_path (self->autosave);
  basename = path ? g_path_get_basename (path) : g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->sidebar_title, session_title);
  adw_window_title_set_subtitle (self->sidebar_title, basename);

  window_title = g_strdup_printf ("%s — %s", session_title, _("Plenary"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
on_history_notify_cb (PlWindow *self)
{
  update_history_state (self);
  pl_window_update_save_state (self);
}

static void
on_autosave_state_cb (PlWindow *self)
{
  pl_window_update_save_state (self);

  if (pl_autosave_get_state (self->autosave) == PL_SAVE_STATE_ERROR)
    {
      const GError *error = pl_autosave_get_error (self->autosave);
      g_autofree char *text = g_strdup_printf (_("Could not save: %s"), error ? error->message : "");

      pl_window_toast (self, text);
    }
}


/* Closing */

static void
save_window_size (PlWindow *self)
{
  GSettings *settings = window_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static gboolean
pl_window_close_request (GtkWindow *window)
{
  PlWindow *self = PL_WINDOW (window);

  if (pl_window_file_confirm_close (self))
    return TRUE;

  save_window_size (self);

  return GTK_WINDOW_CLASS (pl_window_parent_class)->close_request (window);
}

/* First-frame benchmark */

static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  const char *p;
  unsigned long long start_ticks = 0;
  double now_s;

  /* Field 22 of /proc/self/stat is the start time in clock ticks since
   * boot; /proc/uptime is seconds since boot. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL))
    return -1;

  p = strrchr (stat, ')');
  if (p == NULL)
    return -1;
  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL || sscanf (p + 1, "%llu", &start_ticks) != 1)
    return -1;

  now_s = g_ascii_strtod (uptime, NULL);

  return (now_s - (double) start_ticks / sysconf (_SC_CLK_TCK)) * 1000.0;
}

/* Two figures (issue 23): the first frame of the window, and the first
 * frame that shows the session's content, which comes later when the
 * window is drawn while its file is read (pl_window_show_opening()). */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   PlWindow      *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (!self->first_frame_reported)
    {
      self->first_frame_reported = TRUE;
      g_print ("first-frame %.1f ms since process start\n", ms_since_process_start ());
      fflush (stdout);
    }
  if (self->opening_path != NULL)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  g_print ("content-frame %.1f ms since process start\n", ms_since_process_start ());
  fflush (stdout);
  if (app != NULL)
    g_application_quit (app);
}

static void
on_mapped_for_benchmark_cb (PlWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (self, on_mapped_for_benchmark_cb, self);
  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_paint_cb), self);
}

/* A recent session opens where the application opens a file: here, as
 * this window has no session yet. */
static void
on_start_view_open_cb (PlStartView *start_view,
                       const char  *path,
                       PlWindow    *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (PL_IS_APPLICATION (app))
    pl_application_open_path (PL_APPLICATION (app), path, GTK_WINDOW (self));
}

/* GObject */

static void
pl_window_dispose (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  pl_window_sync_stop (self);
  if (self->session != NULL)
    {
      g_clear_signal_handler (&self->history_notify_id, pl_session_get_history (self->session));
      g_clear_signal_handler (&self->settings_notify_id, pl_session_get_settings (self->session));
    }
  if (self->autosave != NULL)
    g_clear_signal_handler (&self->state_notify_id, self->autosave);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_WINDOW);

  g_clear_object (&self->autosave);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_window_parent_class)->dispose (object);
}

/* GtkWindow:application is not a construct property: g_object_new() sets
 * it after constructed(), so the settings are read when it arrives. */
static void
on_application_notify_cb (PlWindow *self)
{
  GSettings *settings = window_settings (self);

  if (settings == NULL || self->settings_applied)
    return;

  self->settings_applied = TRUE;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  pl_start_view_set_settings (self->start_view, settings);
}

static void
pl_window_finalize (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  g_free (self->opening_path);
  g_free (self->sync_problem);
  g_free (self->delegation);
  g_free (self->sync_user);

  G_OBJECT_CLASS (pl_window_parent_class)->finalize (object);
}

static void
pl_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_READ_ONLY:
      pl_window_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_window_constructed (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  G_OBJECT_CLASS (pl_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_notify_cb), NULL);
  on_application_notify_cb (self);
  update_history_state (self);
  pl_compat_stack_show_only (self->main_stack, "start");
}

static void
pl_window_class_init (PlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_window_dispose;
  object_class->finalize = pl_window_finalize;
  object_class->get_property = pl_window_get_property;
  object_class->set_property = pl_window_set_property;
  object_class->constructed = pl_window_constructed;

  /**
   * PlWindow:read-only:
   *
   * The pages refuse edits: the account is a delegate's, whose only
   * write the server takes is a request to speak.
   */
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  window_class->close_request = pl_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, start_view);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, content);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, save_state_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, opening_spinner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_icon);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_detail_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_account_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sync_conflicts_button);
  pl_window_pages_class_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_start_view_open_cb);

  pl_window_file_class_init (widget_class);
  pl_window_actions_class_init (widget_class);
  pl_window_sync_class_init (widget_class);
  pl_window_translations_class_init (widget_class);
}

static void
pl_window_init (PlWindow *self)
{
  g_type_ensure (PL_TYPE_PAGE);
  g_type_ensure (PL_TYPE_START_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->pages = pl_window_pages;
  self->n_pages = pl_window_n_pages;
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->sidebar_separator), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-conflicts", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.request-to-speak", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redownload", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", FALSE);

#ifdef DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
}

PlWindow *
pl_window_new (PlApplication *application)
{
  return g_object_new (PL_TYPE_WINDOW, "application", application, NULL);
}

/**
 * pl_window_get_session:
 *
 * Returns: (nullable) (transfer none): the session shown, or %NULL on the
 *   start view
 */
PlSession *
pl_window_get_session (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * pl_window_get_autosave:
 *
 * Returns: (nullable) (transfer none): the autosave of the session
 */
PlAutosave *
pl_window_get_autosave (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  return self->autosave;
}

/**
 * pl_window_get_path:
 *
 * Returns: (nullable): the session's file, or the file being read for
 *   this window (pl_window_show_opening()): a second request to open it
 *   finds this window
 */
const char *
pl_window_get_path (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  if (self->opening_path != NULL)
    return self->opening_path;
  return self->autosave ? pl_autosave_get_path (self->autosave) : NULL;
}

/* The content area shows the pages, or the spinner while the file is read. */
static void
show_spinner (PlWindow *self,
              gboolean  shown)
{
  gtk_spinner_set_spinning (self->opening_spinner, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->opening_spinner), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->page_stack), !shown);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar_list), !shown);
}

/**
 * pl_window_show_opening:
 * @path: the session's file, being read
 *
 * Shows the window as it will be with the session (header bars, the
 * sidebar's pages, greyed out) and a spinner where the page will be,
 * while @path is read on a worker thread (pl-application.c): the window's
 * first frame does not wait for the file (issue 23). Ends with
 * pl_window_set_session(), or pl_window_stop_opening() if the file cannot
 * be read.
 */
void
pl_window_show_opening (PlWindow   *self,
                        const char *path)
{
  g_autofree char *basename = NULL;
  g_autofree char *window_title = NULL;

  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->session == NULL);

  g_free (self->opening_path);
  self->opening_path = g_strdup (path);
  basename = g_path_get_basename (path);

  pl_window_fill_sidebar (self);
  show_spinner (self, TRUE);
  pl_compat_stack_show_only (self->main_stack, "session");
  adw_window_title_set_title (self->sidebar_title, _("Opening…"));
  adw_window_title_set_subtitle (self->sidebar_title, basename);
  window_title = g_strdup_printf ("%s — %s", basename, _("Plenary"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/**
 * pl_window_get_opening_path:
 *
 * Returns: (nullable): the file being read for this window, %NULL if
 *   none is
 */
const char *
pl_window_get_opening_path (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  return self->opening_path;
}

static void
leave_opening (PlWindow *self)
{
  g_clear_pointer (&self->opening_path, g_free);
  show_spinner (self, FALSE);
}

/**
 * pl_window_stop_opening:
 *
 * The file being read for this window could not be: back to the start
 * view, where the reason is shown (pl_application_report_open_error()).
 */
void
pl_window_stop_opening (PlWindow *self)
{
  GtkWidget *child;

  g_return_if_fail (PL_IS_WINDOW (self));

  if (self->opening_path == NULL)
    return;

  leave_opening (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);
  adw_window_title_set_title (self->sidebar_title, _("Plenary"));
  adw_window_title_set_subtitle (self->sidebar_title, NULL);
  pl_window_update_titles (self);
  pl_compat_stack_show_only (self->main_stack, "start");
}

/**
 * pl_window_set_session:
 * @path: (nullable): the session's file, or %NULL if it has none yet
 *
 * Shows @session; a window shows one session in its life.
 */
void
pl_window_set_session (PlWindow   *self,
                       PlSession  *session,
                       const char *path)
{
  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (self->session == NULL);

  leave_opening (self);
  self->session = g_object_ref (session);
  self->autosave = pl_autosave_new (session, path);
  self->state_notify_id = g_signal_connect_swapped (self->autosave, "notify::state",
                                                    G_CALLBACK (on_autosave_state_cb), self);
  self->history_notify_id = g_signal_connect_swapped (pl_session_get_history (session), "notify",
                                                      G_CALLBACK (on_history_notify_cb), self);
  self->settings_notify_id = g_signal_connect_swapped (pl_session_get_settings (session), "notify::title",
                                                       G_CALLBACK (pl_window_update_titles), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", TRUE);
  pl_compat_stack_show_only (self->main_stack, "session");
  pl_window_fill_sidebar (self);

  pl_window_update_titles (self);
  update_history_state (self);
  pl_window_update_save_state (self);
  pl_window_sync_start (self);
}

/**
 * pl_window_get_page:
 *
 * Builds the page called @name if it is not built yet (pages are built
 * when first needed, see ensure_page()).
 *
 * Returns: (nullable) (transfer none): the page called @name, %NULL if
 *   there is no such page or no session
 */
GtkWidget *
pl_window_get_page (PlWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  return pl_window_ensure_page (self, name);
}

void
pl_window_show_page (PlWindow   *self,
                     const char *name)
{
  g_return_if_fail (PL_IS_WINDOW (self));

  if (pl_window_ensure_page (self, name) == NULL)
    return;

  pl_edit_burst_flush (self->session);
  pl_compat_stack_show_only (self->page_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* For bench-app: print the time from process start to the first frame
 * and quit. */
void
pl_window_report_first_frame (PlWindow *self)
{
  g_return_if_fail (PL_IS_WINDOW (self));

  g_signal_connect (self, "map", G_CALLBACK (on_mapped_for_benchmark_cb), self);
}

gboolean
pl_window_get_read_only (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);

  return self->read_only;
}

/**
 * pl_window_set_read_only:
 *
 * Makes every page refuse edits (pl_page_set_read_only()), with undo and
 * redo; set for a delegate's account.
 */
void
pl_window_set_read_only (PlWindow *self,
                         gboolean  read_only)
{
  gboolean changed;

  g_return_if_fail (PL_IS_WINDOW (self));

  read_only = !!read_only;
  changed = self->read_only != read_only;
  self->read_only = read_only;

  if (changed)
    {
      for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack));
           page != NULL;
           page = gtk_widget_get_next_sibling (page))
        if (PL_IS_PAGE (page))
          pl_page_set_read_only (PL_PAGE (page), read_only);
      pl_window_actions_set_read_only (self, read_only);
    }

  /* The delegation comes with the roles (pl-window-sync.c sets it first):
   * a change of either may change the table. */
  pl_window_update_page_table (self);
  pl_window_update_content_subtitle (self);
  /* A delegate edits nothing: no undo to offer, even greyed out. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->undo_button), !pl_window_is_delegate_window (self));
  if (!changed)
    return;

  update_history_state (self);
  pl_window_sync_update_request_action (self);
  pl_window_sync_update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

/**
 * pl_window_account_saved:
 * @server: the account's server address
 * @database: its database
 * @user: (nullable): its user name
 *
 * Called when the account's password has been stored (Preferences): a
 * file bound to that server, database and user that could not start
 * syncing when it was opened, for want of the password, starts now.
 */
void
pl_window_account_saved (PlWindow   *self,
                         const char *server,
                         const char *database,
                         const char *user)
{
  g_return_if_fail (PL_IS_WINDOW (self));

  if (self->engine == NULL && pl_window_sync_is_bound_to (self, server, database, user))
    pl_window_sync_retry (self);
}

/**
 * pl_window_get_sync_engine:
 *
 * Returns: (nullable) (transfer none): the engine of a connected session
 */
PlSyncEngine *
pl_window_get_sync_engine (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);

  return self->engine;
}

/**
 * pl_window_add_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast over the window's content; a window being destroyed
 * drops it.
 */
void
pl_window_add_toast (PlWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (self->toast_overlay == NULL)
    {
      g_object_unref (g_object_ref_sink (toast));
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
