/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-editor.h"
#include "pl-credentials-page-private.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/* The header's progress and deadlines, and the page's actions; the
 * editing itself is PlCredentialsEditor's. */
/* The header: progress and deadlines */

void
pl_credentials_page_update_progress (PlCredentialsPage *self)
{
  g_autofree char *label = pl_credentials_progress_dup_label (self->progress);
  guint total = pl_credentials_progress_get_total (self->progress);
  guint done = pl_credentials_progress_get_in_due_form (self->progress);
  GString *counts = g_string_new (NULL);

  gtk_label_set_label (self->progress_label, label);
  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0.0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label, -1);

  for (PlCredentialsStatus s = PL_CREDENTIALS_STATUS_IN_DUE_FORM; s < PL_CREDENTIALS_N_STATUSES; s++)
    {
      guint n = pl_credentials_progress_get_count (self->progress, s);

      if (n == 0)
        continue;
      if (counts->len > 0)
        g_string_append (counts, " · ");
      /* Translators: a status and its count, "Provisional: 3" */
      g_string_append_printf (counts, _("%s: %u"), pl_credentials_status_to_label (s), n);
    }
  gtk_label_set_label (self->counts_label, counts->len > 0 ? counts->str : _("No State party registered yet"));
  g_string_free (counts, TRUE);
}

void
pl_credentials_page_update_deadlines (PlCredentialsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) provisional = pl_credentials_dup_provisional_deadline (pl_page_get_session (PL_PAGE (self)), &error);
  const char *zone = pl_session_settings_get_timezone (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));
  g_autofree char *text = NULL;

  if (self->context.deadline != NULL)
    {
      g_autofree char *when = pl_credentials_context_format_time (&self->context, self->context.deadline);

      /* Translators: a date and time, then a time zone */
      text = g_strdup_printf (_("Credentials due by %s (%s), 24 hours before the opening (rule 18, para. 1)"), when, zone);
      gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
    }
  else
    {
      g_autoptr(GError) opening_error = NULL;
      g_autoptr(GDateTime) opening = pl_credentials_dup_deadline (pl_page_get_session (PL_PAGE (self)), &opening_error);

      text = g_strdup_printf (_("The 24-hour mark cannot be computed: %s"),
                              opening_error ? opening_error->message : "");
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "error");
    }
  gtk_label_set_label (self->deadline_label, text);
  g_clear_pointer (&text, g_free);

  if (provisional != NULL)
    {
      g_autofree char *when = pl_credentials_context_format_time (&self->context, provisional);

      text = g_strdup_printf (_("Provisional participants present credentials by %s (%s) (rule 20)"), when, zone);
    }
  else
    text = g_strdup_printf (_("The deadline for provisional participants cannot be computed: %s"), error->message);
  gtk_label_set_label (self->provisional_deadline_label, text);
}

void
pl_credentials_page_record_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  pl_credentials_editor_record (PL_CREDENTIALS_PAGE (widget)->editor);
}
