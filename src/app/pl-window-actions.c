/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-action-guard.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-export-choices.h"
#include "pl-export-dialog.h"
#include "pl-page.h"
#include "pl-print-operation.h"
#include "pl-window-private.h"

/*
 * The window's actions other than files and sync: undo and redo, going
 * to a page or a record, the main menu and the shortcuts window, and
 * Export… and Print…, with their keyboard shortcuts.
 */

/* win.undo and win.redo */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlHistory *history;

  if (self->session == NULL)
    return;

  /* A burst of typing is one step: close it so that it is what undo
   * takes back. */
  pl_edit_burst_flush (self->session);
  history = pl_session_get_history (self->session);
  if (g_str_equal (action_name, "win.undo"))
    pl_history_undo (history);
  else
    pl_history_redo (history);
}

/* Export… and Print… start from the report of the page shown. */
static PlExportWhat
current_report (PlWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->page_stack);

  return pl_export_choices_get_what (pl_export_choices_what_for_page (page))->what;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlExportDialog *dialog;

  if (self->session == NULL)
    return;

  pl_edit_burst_flush (self->session);
  dialog = pl_export_dialog_new (GTK_WINDOW (self), self->session, current_report (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  PlWindow                *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  pl_compat_show_message (GTK_WINDOW (self), _("Could Not Print"),
                          error ? error->message : _("The printing system reported an error."));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  g_autoptr(PlPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  PlExportWhat what;
  const char *original;

  if (self->session == NULL)
    return;

  pl_edit_burst_flush (self->session);
  what = current_report (self);
  original = pl_session_settings_get_original_language (pl_session_get_settings (self->session));
  operation = pl_print_operation_new (self->session, what,
                                      pl_export_choices_get_language (pl_export_choices_find_language (original))->code);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    pl_compat_show_message (GTK_WINDOW (self), _("Could Not Print"), error->message);
}

static void
select_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  PlRecord *record;

  if (self->session == NULL)
    return;

  record = pl_session_lookup (self->session, id);
  if (record == NULL)
    {
      pl_window_toast (self, _("That record is no longer in the session"));
      return;
    }

  /* The pages already built first, then the others, built one by one in
   * the sidebar's order until one answers: each record type has one page
   * that selects it, so the order does not change which page answers; a
   * link to a record of a page not built yet builds the pages before it
   * that are not built either (a user's click, not the first frame). */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->n_pages; i++)
      {
        GtkWidget *page = gtk_stack_get_child_by_name (self->page_stack, self->pages[i].name);

        if (pass == 0 && page == NULL)
          continue;
        if (pass == 1)
          {
            if (page != NULL)
              continue;
            page = pl_window_get_page (self, self->pages[i].name);
          }

        if (pl_page_select_record (PL_PAGE (page), record))
          {
            pl_window_show_page (self, self->pages[i].name);
            return;
          }
      }
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  GtkWidget *page;
  GtkWidget *focus;

  pl_window_show_page (self, name);

  /* Alt+1…: the keyboard goes to the page shown, as a click in it would,
   * unless it is already there. */
  page = pl_window_get_page (self, name);
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (page != NULL && gtk_widget_get_visible (page) &&
      (focus == NULL || !gtk_widget_is_ancestor (focus, page)))
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Alt+1…: the sidebar's Nth page, in whichever table the window shows. */
static void
show_page_at_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GVariant) name = NULL;

  if (self->session == NULL || index >= self->n_pages)
    return;

  name = g_variant_ref_sink (g_variant_new_string (self->pages[index].name));
  show_page_action (widget, "win.show-page", name);
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  if (self->session != NULL)
    gtk_menu_button_popup (self->menu_button);
}

/* win.show-shortcuts: the shortcuts window, made the window's help overlay
 * the first time it is asked for. Not GtkApplication's automatic help
 * overlay, which is built hidden with each window and so is a toplevel
 * that is never realized unless shown. GTK 4.8's AT-SPI root answers a
 * GetChildAtIndex past the visible windows (a screen reader asking just
 * as a dialog closes) with the last toplevel, whatever its index. That
 * was the hidden overlay, whose accessible has no object path yet: a GLib
 * critical. Once shown, the overlay is only hidden on close and stays
 * realized. It is still a help overlay because GTK looks up the
 * accelerators of its shortcuts through the window it belongs to
 * (private API). */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/plenary/Plenary/pl-shortcuts-window.ui");
      GObject *shortcuts = gtk_builder_get_object (builder, "shortcuts_window");

      gtk_application_window_set_help_overlay (window, GTK_SHORTCUTS_WINDOW (shortcuts));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

/* The window's actions that change no record: a delegate's window keeps
 * these and no other (issue 18, point 2). An action missing here is an
 * edit, turned off for a delegate; one added here must change nothing but
 * the delegate's own requests. */
static const char * const safe_actions[] = {
  "win.select-record",
  "win.show-page",
  "win.show-page-at",
  "win.show-menu",
  "win.show-shortcuts",
  "win.close",
  "win.export",
  "win.print",
  /* The texts handed to translators: a copy, like an export. */
  "win.export-translation",
  /* The delegate's copy, on this computer: */
  "win.save",
  "win.save-as",
  "win.open-sample",
  "win.show-sync-state",
  /* Discard This Copy and Download Again: the copy, not the records. */
  "win.redownload",
  /* Its one write, the delegate's own request: */
  "win.request-to-speak",
  NULL
};

/* Turns the window's edit actions off while it is read-only, and keeps
 * them off (pl-action-guard.h); the pages do the same for theirs. */
void
pl_window_actions_set_read_only (PlWindow *self,
                                 gboolean  read_only)
{
  pl_action_guard_set_read_only (GTK_WIDGET (self), self->content, PL_TYPE_WINDOW, safe_actions, read_only);
}

/* Ctrl+W, which the application binds to win.close and the shortcuts
 * window lists (issue 22: the accelerator had no action behind it). The
 * window's close-request saves or asks, as for the title bar's button. */
static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
pl_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.select-record", "s", select_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-page-at", "u", show_page_at_action);
  gtk_widget_class_install_action (widget_class, "win.show-menu", NULL, show_menu_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);

  /* Ctrl+E exports, unless the page in focus has a Ctrl+E of its own
   * (the Speakers page edits the selected speaker): a binding of the
   * window runs after the page's, where an application accelerator would
   * run before every widget's. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);

  /* Alt+1…9, then Alt+0 for the tenth: the sidebar's pages, as in GNOME
   * Settings-style sidebars, by position, as a delegate's sidebar has
   * other pages than the secretariat's. */
  for (guint i = 0; i < 10; i++)
    gtk_widget_class_add_binding_action (widget_class, i < 9 ? GDK_KEY_1 + i : GDK_KEY_0, GDK_ALT_MASK,
                                         "win.show-page-at", "u", i);
}
