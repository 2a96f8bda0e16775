/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "pl-compat.h"

/* The filters of a file dialog: a registration system's CSV for
 * PL_COMPAT_FILE_OPEN_CSV (the import of delegations); the secretariat's
 * invitations for PL_COMPAT_FILE_OPEN_INVITATION (Join a Session); a
 * translator's XLIFF for PL_COMPAT_FILE_OPEN_XLIFF; for a save whose
 * suggested name has another suffix (an exported calendar, "….ics"),
 * files of that kind, so that an export does not list the sessions;
 * otherwise Plenary sessions. Then all files. */
static GListModel *
session_filters (PlCompatFileMode   mode,
                 const char        *initial_name,
                 GtkFileFilter    **default_filter)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) first = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  const char *suffix = NULL;

  if (mode == PL_COMPAT_FILE_SAVE && initial_name != NULL)
    suffix = strrchr (initial_name, '.');

  if (mode == PL_COMPAT_FILE_OPEN_CSV)
    {
      gtk_file_filter_set_name (first, _("CSV Files"));
      gtk_file_filter_add_mime_type (first, "text/csv");
      gtk_file_filter_add_suffix (first, "csv");
      gtk_file_filter_add_suffix (first, "tsv");
    }
  else if (mode == PL_COMPAT_FILE_OPEN_INVITATION)
    {
      gtk_file_filter_set_name (first, _("Plenary Invitations"));
      gtk_file_filter_add_mime_type (first, "application/x-plenary-invite");
      gtk_file_filter_add_suffix (first, "plenary-invite");
    }
  else if (mode == PL_COMPAT_FILE_OPEN_XLIFF)
    {
      /* A translation service's return (Export for Translation…). */
      gtk_file_filter_set_name (first, _("XLIFF Files"));
      gtk_file_filter_add_mime_type (first, "application/x-xliff+xml");
      gtk_file_filter_add_suffix (first, "xlf");
      gtk_file_filter_add_suffix (first, "xliff");
    }
  else if (suffix != NULL && suffix[1] != '\0' && g_strcmp0 (suffix, ".plenary") != 0)
    {
      g_autofree char *content_type = g_content_type_guess (initial_name, NULL, 0, NULL);
      g_autofree char *description = g_content_type_get_description (content_type);

      gtk_file_filter_set_name (first, description);
      gtk_file_filter_add_suffix (first, suffix + 1);
    }
  else
    {
      gtk_file_filter_set_name (first, _("Plenary Sessions"));
      gtk_file_filter_add_mime_type (first, "application/x-plenary");
      gtk_file_filter_add_suffix (first, "plenary");
    }
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, first);
  g_list_store_append (filters, all);
  if (default_filter != NULL)
    *default_filter = g_object_ref (first);

  return G_LIST_MODEL (filters);
}

/* The one part of choosing a file that depends on GTK's version: the
 * dialog itself, with @filters, returning the file through @task, whose
 * task data is @mode. Opening and saving, with the session filters or a
 * given one, all go through it. */
#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_file_dialog_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  GFile *file;

  if (GPOINTER_TO_INT (g_task_get_task_data (task)) == PL_COMPAT_FILE_SAVE)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, file, g_object_unref);
}

#else /* GTK 4.8 */

static void
on_native_response_cb (GtkNativeDialog *native,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)),
                           g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             "%s", _("No file was chosen"));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

#endif

static void
show_file_dialog (GtkWindow        *parent,
                  PlCompatFileMode  mode,
                  const char       *title,
                  const char       *initial_name,
                  GListModel       *filters,
                  GtkFileFilter    *default_filter,
                  GTask            *task)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GCancellable *cancellable = g_task_get_cancellable (task);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_set_default_filter (dialog, default_filter);
  if (mode == PL_COMPAT_FILE_SAVE)
    {
      gtk_file_dialog_set_initial_name (dialog, initial_name);
      gtk_file_dialog_save (dialog, parent, cancellable, on_file_dialog_done_cb, task);
    }
  else
    gtk_file_dialog_open (dialog, parent, cancellable, on_file_dialog_done_cb, task);
#else
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent,
                                        mode == PL_COMPAT_FILE_SAVE ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                    : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        mode == PL_COMPAT_FILE_SAVE ? _("_Save") : _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), default_filter);
  if (mode == PL_COMPAT_FILE_SAVE && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);

  g_signal_connect (native, "response", G_CALLBACK (on_native_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
#endif
}

static GTask *
file_task_new (GtkWindow           *parent,
               PlCompatFileMode     mode,
               GCancellable        *cancellable,
               GAsyncReadyCallback  callback,
               gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_source_tag (task, pl_compat_choose_file_async);
  g_task_set_task_data (task, GINT_TO_POINTER (mode), NULL);
  return task;
}

void
pl_compat_choose_file_async (GtkWindow           *parent,
                             PlCompatFileMode     mode,
                             const char          *title,
                             const char          *initial_name,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GtkFileFilter) default_filter = NULL;
  g_autoptr(GListModel) filters = session_filters (mode, initial_name, &default_filter);

  show_file_dialog (parent, mode, title, initial_name, filters, default_filter,
                    file_task_new (parent, mode, cancellable, callback, user_data));
}

/* Saving with one filter, @filter (an export, a calendar): finished by
 * pl_compat_choose_file_finish(). */
void
pl_compat_save_file_async (GtkWindow           *parent,
                           const char          *title,
                           const char          *initial_name,
                           GtkFileFilter       *filter,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  show_file_dialog (parent, PL_COMPAT_FILE_SAVE, title, initial_name, G_LIST_MODEL (filters), filter,
                    file_task_new (parent, PL_COMPAT_FILE_SAVE, cancellable, callback, user_data));
}

/* What a task of this file returns: the chosen file or response. The
 * task's source object is the parent window, if any. */
static gpointer
finish_task (GAsyncResult  *result,
             gpointer       source_tag,
             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pl_compat_choose_file_finish:
 *
 * Returns: (transfer full): the chosen file, or %NULL with
 *   %G_IO_ERROR_CANCELLED (or the portal's dismissal) when none was chosen
 */
GFile *
pl_compat_choose_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  return finish_task (result, pl_compat_choose_file_async, error);
}

/* The two dialogs show the answers alike: an answer whose id starts with
 * "destructive-" is destructive, else the first one is the suggested one
 * (it is the default answer too). */
static AdwResponseAppearance
response_appearance (const char * const *responses,
                     guint               i)
{
  if (g_str_has_prefix (responses[i], "destructive-"))
    return ADW_RESPONSE_DESTRUCTIVE;
  return i == 0 ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DEFAULT;
}

#if ADW_CHECK_VERSION (1, 5, 0)

static void
on_alert_response_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_pointer (task,
                         g_strdup (adw_alert_dialog_choose_finish (ADW_ALERT_DIALOG (source), result)),
                         g_free);
}

void
pl_compat_show_message (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (parent));
}

void
pl_compat_show_about (GtkWindow *parent)
{
  AdwDialog *about = adw_about_dialog_new ();

  adw_about_dialog_set_application_name (ADW_ABOUT_DIALOG (about), _("Plenary"));
  adw_about_dialog_set_application_icon (ADW_ABOUT_DIALOG (about), APP_ID);
  adw_about_dialog_set_version (ADW_ABOUT_DIALOG (about), PACKAGE_VERSION);
  adw_about_dialog_set_comments (ADW_ABOUT_DIALOG (about),
                                 _("Draft the agenda and run the sessions of an intergovernmental conference"));
  adw_about_dialog_set_license_type (ADW_ABOUT_DIALOG (about), GTK_LICENSE_GPL_3_0);
  adw_about_dialog_set_developer_name (ADW_ABOUT_DIALOG (about), _("The Plenary developers"));
  adw_dialog_present (about, GTK_WIDGET (parent));
}

#else /* libadwaita 1.2 */

/* An answer may close the dialog's parent (Discard closes the window),
 * and the dialog, still emitting "response", outlives it: it would unset
 * its transient parent as it is finalized, once that parent was freed,
 * with four GObject criticals (issue 22, point 4). The dialog has done its
 * work once answered: it lets go of its parent first, while the parent
 * is alive. */
static void
let_go_of_parent (GtkWindow *dialog)
{
  gtk_window_set_transient_for (dialog, NULL);
}

static void
on_message_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  g_autoptr(GTask) task = user_data;

  let_go_of_parent (GTK_WINDOW (dialog));
  g_task_return_pointer (task, g_strdup (response), g_free);
}

void
pl_compat_show_message (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (let_go_of_parent), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pl_compat_show_about (GtkWindow *parent)
{
  GtkWidget *about = adw_about_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Plenary"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Draft the agenda and run the sessions of an intergovernmental conference"));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Plenary developers"));
  gtk_window_present (GTK_WINDOW (about));
}

#endif

/* A question: its dialog, each answer, then shown; pl_compat_ask_async()
 * does the rest alike for both dialogs. */
static GtkWidget *
question_new (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  (void) parent; /* an AdwDialog gets its parent as it is presented */
  return GTK_WIDGET (adw_alert_dialog_new (heading, body));
#else
  return adw_message_dialog_new (parent, heading, body);
#endif
}

static void
question_add_answer (GtkWidget             *dialog,
                     const char            *id,
                     const char            *label,
                     AdwResponseAppearance  appearance)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), id, label);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), id, appearance);
#else
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, label);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), id, appearance);
#endif
}

static void
question_present (GtkWidget    *dialog,
                  GtkWindow    *parent,
                  const char   *default_id,
                  GCancellable *cancellable,
                  GTask        *task)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  if (default_id != NULL)
    adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), default_id);
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_choose (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (parent), cancellable,
                           on_alert_response_cb, task);
#else
  /* The 1.2 dialog is a window of its own, made with its parent and
   * answered through "response": no cancellable to give it. */
  (void) parent;
  (void) cancellable;
  if (default_id != NULL)
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), default_id);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_message_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

void
pl_compat_ask_async (GtkWindow           *parent,
                     const char          *heading,
                     const char          *body,
                     const char * const  *responses,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GtkWidget *dialog = question_new (parent, heading, body);
  GTask *task = g_task_new (parent, cancellable, callback, user_data);

  g_task_set_source_tag (task, pl_compat_ask_async);
  for (guint i = 0; responses != NULL && responses[i] != NULL && responses[i + 1] != NULL; i += 2)
    question_add_answer (dialog, responses[i], responses[i + 1], response_appearance (responses, i));
  question_present (dialog, parent, responses != NULL ? responses[0] : NULL, cancellable, task);
}

/**
 * pl_compat_ask_finish:
 *
 * Returns: (transfer full): the id of the chosen response
 */
char *
pl_compat_ask_finish (GAsyncResult  *result,
                      GError       **error)
{
  return finish_task (result, pl_compat_ask_async, error);
}

/* GTK 4.8's GtkEditableLabel stops editing 100 ms after it loses focus, from
 * a timeout that holds its focus controller without a reference: if the
 * label is destroyed within those 100 ms (the window closed, the row removed
 * by an undo while the cell had focus) the timeout runs on a finalized
 * controller and GTK aborts. Holding the label (and so its controllers) a
 * little longer than that timeout after every focus loss closes the window.
 * Later GTK versions keep the source with the widget. */
#define EDITABLE_LABEL_STOP_DELAY_MS 100

static gboolean
release_label_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
on_editable_label_leave_cb (GtkEventControllerFocus *controller,
                            gpointer                 user_data)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* At a lower priority than GTK's timeout: when the main loop stalls past
   * both delays, both sources are ready in one iteration, and only the
   * priority makes GTK's run first (the order of two ready sources of one
   * priority is not the order of their deadlines). */
  g_timeout_add_full (G_PRIORITY_LOW, EDITABLE_LABEL_STOP_DELAY_MS * 2,
                      release_label_cb, g_object_ref (label), NULL);
}

GtkWidget *
pl_compat_editable_label_new (void)
{
  GtkWidget *label = gtk_editable_label_new ("");
#if !GTK_CHECK_VERSION (4, 10, 0)
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_editable_label_leave_cb), NULL);
  gtk_widget_add_controller (label, focus);
#endif

  return label;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_launcher_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    pl_compat_show_message (parent, _("Could Not Open the File"), error->message);
}

void
pl_compat_launch_file (GtkWindow *parent,
                       GFile     *file)
{
  g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, parent, NULL, on_launcher_done_cb,
                            parent ? g_object_ref (parent) : NULL);
}

#else /* GTK 4.8 */

static void
on_launch_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    pl_compat_show_message (parent, _("Could Not Open the File"), error->message);
}

void
pl_compat_launch_file (GtkWindow *parent,
                       GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (parent != NULL)
    context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (parent)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launch_done_cb,
                                           parent ? g_object_ref (parent) : NULL);
}

#endif

void
pl_compat_label_inner_lists (GtkWidget  *widget,
                             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      pl_compat_label_inner_lists (child, label);
    }
}

#if !GTK_CHECK_VERSION (4, 12, 0)
static void
on_list_child_parent_cb (GtkWidget *child)
{
  GtkWidget *row = gtk_widget_get_parent (child);
  const char *label = g_object_get_data (G_OBJECT (child), "pl-row-label");

  if (row != NULL && label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
#endif

void
pl_compat_list_item_set_accessible_label (GtkListItem *list_item,
                                          const char  *label)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_item_set_accessible_label (list_item, label);
#else
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (child == NULL)
    return;
  /* A popover's rows may be bound before their widget takes the child:
   * the label waits on the child for its parent. */
  if (g_object_get_data (G_OBJECT (child), "pl-row-label") == NULL)
    g_signal_connect (child, "notify::parent", G_CALLBACK (on_list_child_parent_cb), NULL);
  g_object_set_data_full (G_OBJECT (child), "pl-row-label", g_strdup (label), g_free);
  on_list_child_parent_cb (child);
#endif
}

static void
on_combo_item_setup_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
on_combo_item_bind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (list_item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  pl_compat_list_item_set_accessible_label (list_item, text);
}

GtkListItemFactory *
pl_compat_named_items_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_combo_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_combo_item_bind_cb), NULL);
  return factory;
}

void
pl_compat_combo_row_name_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (GTK_IS_STRING_LIST (adw_combo_row_get_model (row)));

  factory = pl_compat_named_items_factory_new ();
  adw_combo_row_set_factory (row, factory);
}

/* GTK 4.8 reports a hidden stack child to AT-SPI as visible and showing,
 * so a screen reader (and the end-to-end tests) would find the controls of
 * every page at once. Only the shown child of our stacks is visible. */
void
pl_compat_stack_show_only (GtkStack   *stack,
                           const char *name)
{
  GtkWidget *shown;

  g_return_if_fail (GTK_IS_STACK (stack));

  shown = gtk_stack_get_child_by_name (stack, name);
  if (shown == NULL)
    return;

  gtk_widget_set_visible (shown, TRUE);
  gtk_stack_set_visible_child (stack, shown);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != shown)
      gtk_widget_set_visible (child, FALSE);
}
