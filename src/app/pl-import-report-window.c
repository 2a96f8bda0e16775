/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-import-report-window.h"

/**
 * PlImportReportWindow:
 *
 * Why a registration CSV was refused (Import from CSV… on the
 * Participants page): an import is all or nothing, so the window lists
 * every rejected line with its reason, for the file to be corrected.
 */
struct _PlImportReportWindow
{
  AdwWindow      parent_instance;

  AdwStatusPage *status_page;
  GtkListBox    *rejections_list;
};

G_DEFINE_FINAL_TYPE (PlImportReportWindow, pl_import_report_window, ADW_TYPE_WINDOW)

static void
pl_import_report_window_class_init (PlImportReportWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-import-report-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlImportReportWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, PlImportReportWindow, rejections_list);
}

static void
pl_import_report_window_init (PlImportReportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_import_report_window_new:
 * @report: the refused import's report
 * @display_name: the file's name
 *
 * Returns: (transfer floating): the window, not yet shown
 */
GtkWidget *
pl_import_report_window_new (GtkWindow                *parent,
                             PlDelegationImportReport *report,
                             const char               *display_name)
{
  PlImportReportWindow *self = g_object_new (PL_TYPE_IMPORT_REPORT_WINDOW, "transient-for", parent, NULL);
  g_autofree char *description = NULL;

  /* Translators: %s is a file name */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row of %s was rejected. Correct it and import the file again: "
                                              "an import is all or nothing.",
                                              "%u rows of %s were rejected. Correct them and import the file again: "
                                              "an import is all or nothing.",
                                              report->rejections->len),
                                 report->rejections->len, display_name);
  adw_status_page_set_description (self->status_page, description);

  for (guint i = 0; i < report->rejections->len; i++)
    {
      PlDelegationImportRejection *rejection = g_ptr_array_index (report->rejections, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Line %u"), rejection->line);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rejection->reason);
      gtk_list_box_append (self->rejections_list, row);
    }

  return GTK_WIDGET (self);
}
