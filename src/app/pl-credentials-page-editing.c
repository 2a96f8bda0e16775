/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-page-private.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/* Editing the selected State's credentials: receipts, changes and
 * objections, each one undo step; and the header's progress and deadlines. */
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

/* Editing */

static gboolean
parse_received (PlCredentialsPage  *self,
                const char         *text,
                char              **out)
{
  g_autofree char *iso = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GDateTime) time = NULL;

  if (*iso == '\0')
    {
      /* Received now, as the clerk opens the pouch. */
      time = self->context.timezone ? g_date_time_new_now (self->context.timezone) : g_date_time_new_now_local ();
    }
  else
    {
      for (char *p = iso; *p != '\0'; p++)
        if (*p == ' ')
          {
            *p = 'T';
            break;
          }
      time = g_date_time_new_from_iso8601 (iso, self->context.timezone);
      /* GLib wants the seconds; a clerk types "2020-10-09 14:30", or
       * only the date. */
      if (time == NULL && g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", iso, 0, 0))
        {
          g_autofree char *with_seconds = g_strconcat (iso, ":00", NULL);

          time = g_date_time_new_from_iso8601 (with_seconds, self->context.timezone);
        }
      else if (time == NULL && strlen (iso) == 10)
        {
          g_autofree char *midnight = g_strconcat (iso, "T00:00:00", NULL);

          time = g_date_time_new_from_iso8601 (midnight, self->context.timezone);
        }
    }

  if (time == NULL)
    return FALSE;

  *out = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
  return TRUE;
}

static void
toast (PlCredentialsPage *self,
       const char        *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

void
pl_credentials_page_on_record_clicked_cb (PlCredentialsPage *self)
{
  PlCredentialsForm form = pl_credentials_page_selected_form (self);
  guint issuer = adw_combo_row_get_selected (self->issuer_row);
  g_autofree char *received = NULL;
  g_autofree char *signatory = NULL;
  PlCredentials *credentials;
  PlHistory *history;
  gboolean replaced;

  if (self->delegation == NULL || form == PL_CREDENTIALS_FORM_NONE)
    return;

  if (!parse_received (self, gtk_editable_get_text (GTK_EDITABLE (self->received_entry)), &received))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->received_entry), "error");
      toast (self, _("The time received is not a date and time such as 2020-10-09 14:30"));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->received_entry), "error");
  signatory = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->signatory_entry))));

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  /* One step: the record (added on the first receipt) and what arrived. */
  pl_history_begin_group (history, _("Record Credentials"));
  credentials = pl_credentials_ensure (pl_page_get_session (PL_PAGE (self)), self->delegation);
  replaced = pl_credentials_record_receipt (pl_page_get_session (PL_PAGE (self)), credentials, form,
                                            issuer < G_N_ELEMENTS (issuer_order) ? issuer_order[issuer]
                                                                                 : PL_CREDENTIALS_ISSUER_OTHER,
                                            signatory, received);
  pl_history_end_group (history);

  if (!replaced)
    {
      g_autofree char *text = g_strdup_printf (_("The original is on file: the %s does not replace it"),
                                               pl_credentials_form_to_label (form));

      toast (self, text);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->received_entry), "");
}

void
pl_credentials_page_on_covered_active_cb (PlCredentialsPage *self)
{
  PlCredentials *credentials;

  if (self->updating || self->delegation == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))), _("Members Covered"));
  credentials = pl_credentials_ensure (pl_page_get_session (PL_PAGE (self)), self->delegation);
  pl_credentials_set_members_covered (credentials, gtk_switch_get_active (self->covered_switch));
  pl_history_end_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))));
}

void
pl_credentials_page_on_notes_changed_cb (PlCredentialsPage *self)
{
  PlCredentials *credentials;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->notes_entry));

  if (self->updating || self->delegation == NULL)
    return;

  credentials = pl_credentials_find (pl_page_get_session (PL_PAGE (self)), self->delegation);
  if (g_strcmp0 (text, credentials && pl_credentials_get_notes (credentials) ? pl_credentials_get_notes (credentials) : "") == 0)
    return;

  credentials = pl_credentials_ensure (pl_page_get_session (PL_PAGE (self)), self->delegation);
  pl_edit_burst_touch_field (pl_page_get_session (PL_PAGE (self)), _("Edit Notes"), PL_RECORD (credentials), "notes");
  pl_credentials_set_notes (credentials, text);
}

void
pl_credentials_page_on_focus_leave_cb (PlCredentialsPage *self)
{
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
}

static char *
today (PlCredentialsPage *self)
{
  g_autoptr(GDateTime) now = self->context.timezone ? g_date_time_new_now (self->context.timezone)
                                                    : g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
pl_credentials_page_on_add_change_cb (PlCredentialsPage *self)
{
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->change_entry))));
  g_autofree char *date = today (self);
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObject *change;
  PlCredentials *credentials;
  JsonNode *old;

  if (self->delegation == NULL || *note == '\0')
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))), _("Add Change"));
  credentials = pl_credentials_ensure (pl_page_get_session (PL_PAGE (self)), self->delegation);
  old = pl_credentials_get_changes (credentials);
  if (old != NULL && JSON_NODE_HOLDS_ARRAY (old))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (old)); i++)
      json_array_add_element (array, json_node_copy (json_array_get_element (json_node_get_array (old), i)));
  change = json_object_new ();
  json_object_set_string_member (change, "date", date);
  json_object_set_string_member (change, "note", note);
  json_array_add_object_element (array, change);
  node = json_node_init_array (json_node_alloc (), array);
  json_node_seal (node);
  pl_credentials_set_changes (credentials, node);
  pl_history_end_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))));

  gtk_editable_set_text (GTK_EDITABLE (self->change_entry), "");
}

void
pl_credentials_page_on_object_clicked_cb (PlCredentialsPage *self)
{
  guint index = adw_combo_row_get_selected (self->objector_row);
  g_autofree char *date = today (self);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->objection_note_entry))));
  PlCredentials *credentials;

  if (self->delegation == NULL || index == GTK_INVALID_LIST_POSITION || index >= self->objector_ids->len)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))), _("Record Objection"));
  credentials = pl_credentials_ensure (pl_page_get_session (PL_PAGE (self)), self->delegation);
  pl_credentials_object (credentials, g_ptr_array_index (self->objector_ids, index), date, note);
  pl_history_end_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))));
  gtk_editable_set_text (GTK_EDITABLE (self->objection_note_entry), "");
}

void
pl_credentials_page_on_withdraw_clicked_cb (PlCredentialsPage *self)
{
  g_autofree char *date = today (self);
  PlCredentials *credentials;

  if (self->delegation == NULL ||
      (credentials = pl_credentials_find (pl_page_get_session (PL_PAGE (self)), self->delegation)) == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_credentials_withdraw_objection (credentials, date);
}

void
pl_credentials_page_record_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  pl_credentials_page_on_record_clicked_cb (PL_CREDENTIALS_PAGE (widget));
}

void
pl_credentials_page_close_editor_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  PlCredentialsPage *self = (PlCredentialsPage *) widget;

  pl_record_table_unselect (self->table);
  pl_credentials_page_set_delegation (self, NULL);
}

void
pl_credentials_page_search_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PL_CREDENTIALS_PAGE (widget)->search_entry));
}

