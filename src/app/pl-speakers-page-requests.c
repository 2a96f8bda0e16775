/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-position.h"
#include "pl-speaker-dialog.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list-dialog.h"
#include "pl-speaker-list-rows.h"
#include "pl-speaker-order.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page-private.h"
#include "pl-window.h"

/* The header with its requests to speak, and the page's actions. */
/* The header, the summary and the requests */

void
pl_speakers_page_update_header (PlSpeakersPage *self)
{
  g_autofree char *item = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *group_limit = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GTimeZone) tz = NULL;
  GListModel *model;
  guint n = 0, n_spoken = 0, n_withdrawn = 0, first_overflow = 0, n_overflow;
  g_autofree char *summary = NULL;

  if (self->list == NULL)
    return;

  tz = pl_speaker_order_dup_time_zone (pl_page_get_session (PL_PAGE (self)));
  item = pl_speakers_page_item_label (self, self->list);
  /* Translators: when a list opens or closes, see g_date_time_format() */
  opens = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_opens (self->list), _("%-d %b %Y %H:%M"));
  closes = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_closes (self->list), _("%-d %b %Y %H:%M"));
  limit = pl_speaker_format_clock (pl_speaker_list_get_time_limit_s (self->list));
  group_limit = pl_speaker_format_clock (pl_speaker_list_get_group_time_limit_s (self->list) > 0
                                         ? pl_speaker_list_get_group_time_limit_s (self->list)
                                         : pl_speaker_list_get_time_limit_s (self->list));

  gtk_label_set_label (self->title_label, pl_speaker_list_get_title (self->list));
  {
    /* Translators: a list's time limits, "3:00 per statement, 5:00 for a group" */
    g_autofree char *limits = g_strdup_printf (_("%s per statement, %s for a group"), limit, group_limit);

    g_string_append_printf (details, "%s · %s\n", item, limits);
  }
  if (opens != NULL && closes != NULL)
    /* Translators: when a list of speakers is open, and the time zone */
    g_string_append_printf (details, _("Open from %s to %s, %s"), opens, closes, g_time_zone_get_identifier (tz));
  else if (closes != NULL)
    g_string_append_printf (details, _("Closes %s, %s"), closes, g_time_zone_get_identifier (tz));
  else if (opens != NULL)
    g_string_append_printf (details, _("Opens %s, %s"), opens, g_time_zone_get_identifier (tz));
  else
    g_string_append (details, _("Open at any time"));
  gtk_label_set_label (self->details_label, details->str);

  model = G_LIST_MODEL (self->order);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);
      PlSpeakerStatus status = pl_speaker_get_status (pl_speaker_entry_get_speaker (entry));

      if (pl_speaker_entry_get_number (entry) > 0)
        n++;
      if (status == PL_SPEAKER_STATUS_SPOKEN)
        n_spoken++;
      else if (status == PL_SPEAKER_STATUS_WITHDRAWN)
        n_withdrawn++;
      if (first_overflow == 0 && pl_speaker_entry_get_overflow (entry) && pl_speaker_entry_get_number (entry) > 0)
        first_overflow = pl_speaker_entry_get_number (entry);
    }

  n_overflow = pl_speaker_order_get_n_overflow (self->order);
  if (first_overflow > 0)
    {
      g_autofree char *where = pl_speakers_page_item_in_sentence (self, self->list);
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Speaker %u falls after the last meeting for %s (%u speaker in all). "
                                      "Add a meeting, shorten the time limit or close the list.",
                                      "Speaker %u falls after the last meeting for %s (%u speakers in all). "
                                      "Add a meeting, shorten the time limit or close the list.",
                                      n_overflow),
                         first_overflow, where, n_overflow);

      gtk_label_set_label (self->overflow_label, text);
    }
  pl_speakers_page_reveal (self->overflow_revealer, first_overflow > 0);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u speaker, %u spoken, %u withdrawn",
                                          "%u speakers, %u spoken, %u withdrawn", n),
                             n, n_spoken, n_withdrawn);
  gtk_label_set_label (self->summary_label, summary);
  pl_compat_stack_show_only (self->entries_stack, g_list_model_get_n_items (model) > 0 ? "entries" : "empty");
}

static void
toast (PlSpeakersPage *self,
       const char     *text)
{
  GtkWindow *window = pl_page_get_window (PL_PAGE (self));

  if (PL_IS_WINDOW (window))
    pl_window_add_toast (PL_WINDOW (window), adw_toast_new (text));
}

/* One undo step (pl_speaker_request_accept()): the speaker takes its
 * derived place with the rank the registration gives the member, never
 * the rank the request claims; the request stays, marked accepted, so
 * that the delegate sees what became of it. */
static void
accept_request (PlSpeakersPage   *self,
                PlSpeakerRequest *request)
{
  g_autoptr(PlSpeakerRequest) keep = g_object_ref (request);
  g_autofree char *speaker_id = NULL;
  g_autoptr(GError) error = NULL;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  if (!pl_speaker_request_accept (pl_page_get_session (PL_PAGE (self)), keep, &speaker_id, &error))
    toast (self, error->message);
}

static void
on_decline_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        PlSpeakersPage   *self)
{
  PlSpeakerRequest *request = g_object_get_data (G_OBJECT (dialog), "request");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "reason");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (!g_str_equal (response, "decline") || *reason == '\0')
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_speaker_request_decline (pl_page_get_session (PL_PAGE (self)), request, reason);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "decline", *reason != '\0');
}

/* The delegate reads the reason in My Requests: it is asked for, not
 * optional. */
static void
decline_request (PlSpeakersPage   *self,
                 PlSpeakerRequest *request)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  const char *delegation = pl_speaker_delegation_name (pl_page_get_session (PL_PAGE (self)),
                                                       pl_speaker_request_get_delegation (request));

  dialog = adw_message_dialog_new (pl_page_get_window (PL_PAGE (self)), _("Decline Request to Speak?"), NULL);
  /* Translators: %s is a delegation, “Kenya” */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s sees the reason in its requests."), delegation);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, such as “The list is closed”"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "decline", _("_Decline"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "decline", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "decline", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "decline");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "request", g_object_ref (request), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "reason", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_decline_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
request_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlRecord *request = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_variant_get_string (parameter, NULL));

  if (!PL_IS_SPEAKER_REQUEST (request))
    return;
  if (g_str_equal (action_name, "speakers.accept-request"))
    accept_request (self, PL_SPEAKER_REQUEST (request));
  else
    decline_request (self, PL_SPEAKER_REQUEST (request));
}

static GtkWidget *
request_button (PlSpeakerRequest *request,
                gboolean          accept,
                const char       *who)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (accept ? _("_Accept") : _("_Decline"));
  g_autofree char *name = g_strdup_printf (accept ? _("Accept %s") : _("Decline %s"), who);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (accept)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button),
                                  accept ? "speakers.accept-request" : "speakers.decline-request");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", pl_record_get_id (PL_RECORD (request)));
  return button;
}

void
pl_speakers_page_update_requests (PlSpeakersPage *self)
{
  GListModel *requests = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_SPEAKER_REQUEST);
  GtkWidget *child;
  guint n = 0;
  g_autofree char *heading = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->requests_box))) != NULL)
    gtk_list_box_remove (self->requests_box, child);

  for (guint i = 0; self->list != NULL && i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      GtkWidget *row;
      const char *delegation;
      g_autofree char *title = NULL;
      g_autofree char *when = NULL;
      g_autofree char *behalf = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (g_strcmp0 (pl_speaker_request_get_list (request), pl_record_get_id (PL_RECORD (self->list))) != 0
          || pl_speaker_request_get_status (request) != PL_SPEAKER_REQUEST_PENDING)
        continue;

      delegation = pl_speaker_delegation_name (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_delegation (request));
      title = g_strdup_printf ("%s — %s", delegation, pl_speaker_request_get_person (request) ?: "");
      when = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_requested_at (request),
                                       _("%-d %b %H:%M"));
      behalf = pl_speaker_behalf_label (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_delegation (request),
                                        pl_speaker_request_get_on_behalf_of (request));
      g_string_append (subtitle, pl_speaker_rank_label (pl_speaker_request_get_rank (request)));
      if (behalf != NULL)
        g_string_append_printf (subtitle, " · %s", behalf);
      if (when != NULL)
        {
          g_autofree char *asked = g_strdup_printf (_("asked %s"), when);

          g_string_append_printf (subtitle, " · %s", asked);
        }
      if (pl_speaker_request_get_requested_by (request) != NULL)
        {
          g_autofree char *by = g_strdup_printf (_("by %s"), pl_speaker_request_get_requested_by (request));

          g_string_append_printf (subtitle, " %s", by);
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), request_button (request, FALSE, delegation));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), request_button (request, TRUE, delegation));
      gtk_list_box_append (self->requests_box, row);
      n++;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Request from Delegates",
                                          "%u Requests from Delegates", n), n);
  gtk_label_set_label (self->requests_heading, heading);
  pl_speakers_page_reveal (self->requests_revealer, n > 0);
}

void
pl_speakers_page_update_actions (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = pl_speakers_page_selected_entry (self);
  gboolean has_list = self->list != NULL;
  guint number = entry ? pl_speaker_entry_get_number (entry) : 0;
  guint n_active = 0;

  if (self->order != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->order)); i++)
      {
        g_autoptr(PlSpeakerEntry) it = g_list_model_get_item (G_LIST_MODEL (self->order), i);

        if (pl_speaker_entry_get_number (it) > 0)
          n_active++;
      }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit-list", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.delete-list", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.add-speaker", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.live", has_list && n_active > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit-speaker", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.delete-speaker", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.withdraw",
                                 entry != NULL && number > 0
                                 && pl_speaker_get_status (pl_speaker_entry_get_speaker (entry)) != PL_SPEAKER_STATUS_SPOKEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.move-up", number > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.move-down", number > 0 && number < n_active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.restore-order",
                                 entry != NULL && pl_speaker_entry_get_manual (entry));
}

/* Actions */

static void
add_list (PlSpeakersPage *self)
{
  g_autoptr(PlSpeakerList) list = pl_speaker_list_new (NULL);
  g_autoptr(GPtrArray) lists = pl_speaker_list_rows_sorted (pl_page_get_session (PL_PAGE (self)));
  g_autofree char *position = NULL;
  GtkWidget *dialog;

  position = pl_position_between (lists->len > 0
                                  ? pl_speaker_list_get_position (g_ptr_array_index (lists, lists->len - 1))
                                  : NULL, NULL);

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* The seed's general discussion: three minutes a statement. */
  pl_speaker_list_set_title (list, _("New list of speakers"));
  pl_speaker_list_set_time_limit_s (list, 180);
  pl_speaker_list_set_group_time_limit_s (list, 180);
  pl_speaker_list_set_position (list, position);
  pl_session_add_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (list));
  self->lists_dirty = TRUE;
  pl_speakers_page_fill_lists (self);
  pl_speakers_page_select_list (self, list);

  dialog = pl_speaker_list_dialog_new (pl_page_get_window (PL_PAGE (self)), pl_page_get_session (PL_PAGE (self)), list);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_list (PlSpeakersPage *self)
{
  if (self->list != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_list_dialog_new (pl_page_get_window (PL_PAGE (self)), pl_page_get_session (PL_PAGE (self)), self->list)));
}

static void
delete_list (PlSpeakersPage *self)
{
  g_autoptr(PlSpeakerList) list = NULL;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  const GType kinds[] = { PL_TYPE_SPEAKER, PL_TYPE_SPEAKER_REQUEST };
  const char *id;

  if (self->list == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  list = g_object_ref (self->list);
  id = pl_record_get_id (PL_RECORD (list));

  /* One step: the list with its speakers and requests, so that no speaker
   * is left pointing at a list that is gone. */
  pl_history_begin_group (history, _("Delete List of Speakers"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GListModel *records = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), kinds[k]);
      g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (records, i);
          const char *list_id = PL_IS_SPEAKER (record) ? pl_speaker_get_list (PL_SPEAKER (record))
                                                       : pl_speaker_request_get_list (PL_SPEAKER_REQUEST (record));

          if (g_strcmp0 (list_id, id) == 0)
            g_ptr_array_add (doomed, g_object_ref (record));
        }
      for (guint i = 0; i < doomed->len; i++)
        pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), g_ptr_array_index (doomed, i));
    }
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (list));
  pl_history_end_group (history);

  self->lists_dirty = TRUE;
  pl_speakers_page_fill_lists (self);
}

static void
add_speaker (PlSpeakersPage *self)
{
  if (self->list != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_dialog_new (pl_page_get_window (PL_PAGE (self)), pl_page_get_session (PL_PAGE (self)), self->list, NULL)));
}

static void
edit_speaker (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = pl_speakers_page_selected_entry (self);

  if (entry != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_dialog_new (pl_page_get_window (PL_PAGE (self)), pl_page_get_session (PL_PAGE (self)), self->list,
                                                           pl_speaker_entry_get_speaker (entry))));
}

/* The speaker of the selected entry, for an edit: the burst of typing
 * in the editor is flushed first, so that it stays its own undo step,
 * and the speaker is held, since the edit rebuilds the entries. */
static PlSpeaker *
take_selected_speaker (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = pl_speakers_page_selected_entry (self);

  if (entry == NULL)
    return NULL;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  return g_object_ref (pl_speaker_entry_get_speaker (entry));
}

static void
place (PlSpeakersPage *self,
       int             position)
{
  g_autoptr(PlSpeaker) speaker = take_selected_speaker (self);
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));

  if (speaker == NULL)
    return;

  pl_history_begin_group (history, position > 0 ? _("Place Speaker by Hand") : _("Restore Derived Place"));
  pl_speaker_set_manual_position (speaker, position);
  if (position == 0)
    pl_speaker_set_manual_note (speaker, NULL);
  pl_history_end_group (history);
  pl_speakers_page_select_speaker (self, speaker);
}

static void
move_up (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = pl_speakers_page_selected_entry (self);

  if (entry != NULL && pl_speaker_entry_get_number (entry) > 1)
    place (self, (int) pl_speaker_entry_get_number (entry) - 1);
}

static void
move_down (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = pl_speakers_page_selected_entry (self);

  if (entry != NULL && pl_speaker_entry_get_number (entry) > 0)
    place (self, (int) pl_speaker_entry_get_number (entry) + 1);
}

static void
restore_order (PlSpeakersPage *self)
{
  place (self, 0);
}

static void
withdraw (PlSpeakersPage *self)
{
  g_autoptr(PlSpeaker) speaker = take_selected_speaker (self);

  if (speaker == NULL)
    return;
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_WITHDRAWN);
  pl_speakers_page_select_speaker (self, speaker);
}

static void
delete_speaker (PlSpeakersPage *self)
{
  g_autoptr(PlSpeaker) speaker = take_selected_speaker (self);

  if (speaker == NULL)
    return;
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (speaker));
}

static void
live (PlSpeakersPage *self)
{
  if (self->list == NULL)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* One live window per list: a second would run the same statement
   * twice. The one open comes forward. */
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (PL_IS_SPEAKERS_LIVE (window) && pl_speakers_live_get_list (PL_SPEAKERS_LIVE (window)) == self->list)
        {
          gtk_window_present (window);
          return;
        }
    }
  gtk_window_present (GTK_WINDOW (pl_speakers_live_new (pl_page_get_window (PL_PAGE (self)), pl_page_get_session (PL_PAGE (self)), self->list)));
}


/* The page's commands, each an action without a parameter: one table
 * serves both the installing and the dispatch, so that a command is
 * named in one place. */
static const struct
{
  const char *name;
  void      (*run) (PlSpeakersPage *self);
} commands[] = {
  { "speakers.add-list", add_list },
  { "speakers.edit-list", edit_list },
  { "speakers.delete-list", delete_list },
  { "speakers.add-speaker", add_speaker },
  { "speakers.edit-speaker", edit_speaker },
  { "speakers.move-up", move_up },
  { "speakers.move-down", move_down },
  { "speakers.restore-order", restore_order },
  { "speakers.withdraw", withdraw },
  { "speakers.delete-speaker", delete_speaker },
  { "speakers.live", live },
};

static void
command_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, action_name))
      {
        commands[i].run (PL_SPEAKERS_PAGE (widget));
        return;
      }
}

void
pl_speakers_page_install_actions (GtkWidgetClass *widget_class)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    gtk_widget_class_install_action (widget_class, commands[i].name, NULL, command_action);
  gtk_widget_class_install_action (widget_class, "speakers.accept-request", "s", request_action);
  gtk_widget_class_install_action (widget_class, "speakers.decline-request", "s", request_action);
}
