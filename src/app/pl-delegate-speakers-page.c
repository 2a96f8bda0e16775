/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-account-probe.h"
#include "pl-compat.h"
#include "pl-delegate-speakers-page.h"
#include "pl-position.h"
#include "pl-speak-request-dialog.h"
#include "pl-speaker-forecast.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list-rows.h"
#include "pl-speaker-order.h"

/**
 * PlDelegateSpeakersPage:
 *
 * The lists of speakers as a delegation sees them (issue 18, point 3):
 * each list in the order the secretariat sees it (#PlSpeakerOrder),
 * read-only, with the delegation's own speakers marked; a visible
 * "Request to Speak" for the list shown; and **My Requests**, the
 * delegation's requests, newest first: pending (which it may withdraw),
 * accepted with the speaker's position and expected time
 * (pl_speaker_forecast_for(), which follows the room's live mode through
 * `room_state`), declined with the secretariat's reason.
 *
 * The delegation is the window's (the `delegation:<ISO3>` role the copy's
 * sync state keeps) unless set (#PlPage:delegation). Requests and their
 * withdrawal are the only writes: the page keeps those two actions on
 * when the window is read-only. It also gives the delegation's notices (#PlNotices).
 */
struct _PlDelegateSpeakersPage
{
  PlPage         parent_instance;

  PlSpeakerList *list;
  PlSpeakerOrder *order;
  PlNotices     *notices;
  GDateTime     *now;            /* a test's clock, or NULL */
  gboolean       lists_dirty;
  guint          clock_id;

  GtkListBox    *lists_box;
  GtkStack      *stack;
  GtkLabel      *title_label;
  GtkLabel      *details_label;
  GtkWidget     *request_button;
  GtkStack      *requests_stack;
  GtkListBox    *requests_box;
  GtkStack      *speakers_stack;
  GtkListBox    *speakers_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateSpeakersPage, pl_delegate_speakers_page, PL_TYPE_PAGE)

static GDateTime *
dup_now (PlDelegateSpeakersPage *self)
{
  return self->now ? g_date_time_ref (self->now) : g_date_time_new_now_utc ();
}

static void
clear_box (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

/* "the meeting of Tuesday 16:00" */
static char *
meeting_label (PlSession  *session,
               const char *meeting_id)
{
  PlRecord *meeting = pl_session_lookup (session, meeting_id);
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) start = NULL;

  if (!PL_IS_MEETING (meeting))
    return NULL;
  text = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (PL_MEETING (meeting)) ?: "",
                          pl_meeting_get_start (PL_MEETING (meeting)) ?: "");
  start = pl_speaker_order_parse_date_time (session, text);
  if (start == NULL)
    return NULL;
  /* Translators: a meeting by its day and time, see g_date_time_format() */
  return g_date_time_format (start, _("%A %H:%M"));
}

static char *
format_time (PlSession *session,
             GDateTime *date_time)
{
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (session);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (date_time, tz);

  /* Translators: a time of day, see g_date_time_format() */
  return g_date_time_format (local, _("%H:%M"));
}

/* What became of an accepted request: the speaker's place and time. */
static char *
accepted_text (PlDelegateSpeakersPage *self,
               PlSpeakerRequest       *request)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  PlRecord *speaker = pl_session_lookup (session, pl_speaker_request_get_speaker (request));
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(PlSpeakerForecast) forecast = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *at = NULL;

  if (!PL_IS_SPEAKER (speaker))
    return g_strdup (_("Accepted"));
  switch (pl_speaker_get_status (PL_SPEAKER (speaker)))
    {
    case PL_SPEAKER_STATUS_SPOKEN:
      return g_strdup (_("Accepted, spoken"));
    case PL_SPEAKER_STATUS_WITHDRAWN:
      return g_strdup (_("Accepted, then withdrawn"));
    case PL_SPEAKER_STATUS_SPEAKING:
      return g_strdup (_("Accepted, speaking now"));
    case PL_SPEAKER_STATUS_LISTED:
    default:
      break;
    }

  forecast = pl_speaker_forecast_for (session, PL_SPEAKER (speaker), now);
  if (forecast == NULL || forecast->position <= 0)
    return g_strdup (_("Accepted"));
  if (forecast->expected_at != NULL)
    at = format_time (session, forecast->expected_at);
  meeting = forecast->meeting ? meeting_label (session, forecast->meeting) : NULL;
  if (at != NULL && meeting != NULL)
    /* Translators: “Accepted, at position 4, expected in the meeting of Tuesday 16:00 at about 16:25” */
    return g_strdup_printf (_("Accepted, at position %d, expected in the meeting of %s at about %s"),
                            forecast->position, meeting, at);
  if (at != NULL)
    return g_strdup_printf (_("Accepted, at position %d, expected at about %s"), forecast->position, at);
  return g_strdup_printf (_("Accepted, at position %d"), forecast->position);
}

static GtkWidget *
request_row (PlDelegateSpeakersPage *self,
             PlSpeakerRequest       *request)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  PlRecord *list = pl_session_lookup (session, pl_speaker_request_get_list (request));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (NULL);
  const char *person = pl_speaker_request_get_person (request);
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *name = NULL;
  g_autofree char *behalf = pl_speaker_behalf_label (session, pl_speaker_request_get_delegation (request),
                                                     pl_speaker_request_get_on_behalf_of (request));

  title = g_strdup_printf ("%s — %s", person && *person ? person : _("Unnamed speaker"),
                           PL_IS_SPEAKER_LIST (list) ? pl_speaker_list_get_title (PL_SPEAKER_LIST (list)) : _("a list now gone"));
  asked = pl_speaker_format_stored (session, pl_speaker_request_get_requested_at (request), _("%-d %b %H:%M"));

  switch (pl_speaker_request_get_status (request))
    {
    case PL_SPEAKER_REQUEST_ACCEPTED:
      text = accepted_text (self, request);
      gtk_widget_add_css_class (status, "success");
      break;
    case PL_SPEAKER_REQUEST_DECLINED:
      text = pl_speaker_request_get_reason (request) && *pl_speaker_request_get_reason (request)
             /* Translators: a declined request, with the secretariat's reason */
             ? g_strdup_printf (_("Declined: %s"), pl_speaker_request_get_reason (request))
             : g_strdup (_("Declined"));
      gtk_widget_add_css_class (status, "error");
      break;
    case PL_SPEAKER_REQUEST_PENDING:
    default:
      text = asked ? g_strdup_printf (_("Waiting for the secretariat, asked %s"), asked)
                   : g_strdup (_("Waiting for the secretariat"));
      break;
    }

  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (behalf != NULL)
    {
      /* Translators: %s is a group of States */
      g_autofree char *on = g_strdup_printf (_("On behalf of %s"), behalf);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), on);
    }
  gtk_label_set_label (GTK_LABEL (status), text);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_set_margin_top (status, 6);
  gtk_widget_set_margin_bottom (status, 6);
  gtk_widget_set_hexpand (status, FALSE);
  gtk_label_set_max_width_chars (GTK_LABEL (status), 40);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  g_object_set_data (G_OBJECT (row), "status", status);

  if (pl_speaker_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING)
    {
      GtkWidget *withdraw = gtk_button_new_with_mnemonic (_("_Withdraw"));
      /* Translators: %s is a speaker's name */
      g_autofree char *label = g_strdup_printf (_("Withdraw the request for %s"), person ? person : "");

      gtk_widget_set_valign (withdraw, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (withdraw), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (withdraw), "delegate-speakers.withdraw");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (withdraw), "s", pl_record_get_id (PL_RECORD (request)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), withdraw);
    }
  name = g_strdup_printf ("%s: %s", title, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "request", g_object_ref (request), g_object_unref);
  return row;
}

static void
fill_requests (PlDelegateSpeakersPage *self)
{
  const char *delegation = pl_page_get_delegation (PL_PAGE (self));
  g_autoptr(GPtrArray) requests = NULL;

  clear_box (self->requests_box);
  if (delegation != NULL)
    requests = pl_session_requests_of (pl_page_get_session (PL_PAGE (self)), delegation);
  for (guint i = 0; requests != NULL && i < requests->len; i++)
    gtk_list_box_append (self->requests_box, request_row (self, g_ptr_array_index (requests, i)));
  pl_compat_stack_show_only (self->requests_stack, requests != NULL && requests->len > 0 ? "requests" : "empty");
}

static void
fill_speakers (PlDelegateSpeakersPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  GListModel *model = self->order ? G_LIST_MODEL (self->order) : NULL;
  guint n = model ? g_list_model_get_n_items (model) : 0;

  clear_box (self->speakers_box);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);
      PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);
      guint number = pl_speaker_entry_get_number (entry);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *number_label = gtk_label_new (NULL);
      GtkWidget *status = gtk_label_new (pl_speaker_status_label (pl_speaker_get_status (speaker)));
      g_autofree char *numbered = number > 0 ? g_strdup_printf ("%u", number) : g_strdup ("–");
      g_autofree char *behalf = pl_speaker_behalf_label (session, pl_speaker_get_delegation (speaker),
                                                         pl_speaker_get_on_behalf_of (speaker));
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *name = NULL;
      const char *delegation = pl_speaker_delegation_name (session, pl_speaker_get_delegation (speaker));
      gboolean ours = g_strcmp0 (pl_speaker_get_delegation (speaker), pl_page_get_delegation (PL_PAGE (self))) == 0;

      if (pl_speaker_get_person (speaker) != NULL && *pl_speaker_get_person (speaker) != '\0')
        g_string_append_printf (subtitle, "%s · ", pl_speaker_get_person (speaker));
      g_string_append (subtitle, pl_speaker_rank_label (pl_speaker_get_rank (speaker)));
      if (behalf != NULL)
        {
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("on behalf of %s"), behalf);
        }

      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      if (ours)
        {
          /* Translators: the delegate's own delegation on a list, “Austria (your delegation)” */
          g_autofree char *own = g_strdup_printf (_("%s (your delegation)"), delegation);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), own);
        }
      else
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), delegation);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      gtk_label_set_label (GTK_LABEL (number_label), numbered);
      gtk_label_set_width_chars (GTK_LABEL (number_label), 3);
      gtk_label_set_xalign (GTK_LABEL (number_label), 1);
      gtk_widget_add_css_class (number_label, "numeric");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), number_label);
      gtk_widget_add_css_class (status, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
      if (ours)
        gtk_widget_add_css_class (row, "pl-own-speaker");
      name = number > 0
             ? g_strdup_printf (_("Speaker %u: %s, %s"), number, delegation, pl_speaker_get_person (speaker) ?: "")
             : g_strdup_printf (_("Withdrawn: %s, %s"), delegation, pl_speaker_get_person (speaker) ?: "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_list_box_append (self->speakers_box, row);
    }
  pl_compat_stack_show_only (self->speakers_stack, n > 0 ? "speakers" : "empty");
}

static void
update_header (PlDelegateSpeakersPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  g_autofree char *item = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *limit = NULL;
  g_autoptr(GString) details = g_string_new (NULL);

  if (self->list == NULL)
    return;
  item = pl_speaker_item_label (session, pl_speaker_list_get_item (self->list));
  closes = pl_speaker_format_stored (session, pl_speaker_list_get_closes (self->list), _("%-d %b %Y %H:%M"));
  limit = pl_speaker_format_clock (pl_speaker_list_get_time_limit_s (self->list));
  gtk_label_set_label (self->title_label, pl_speaker_list_get_title (self->list));
  g_string_append (details, item ? item : "");
  if (pl_speaker_list_get_time_limit_s (self->list) > 0)
    {
      g_string_append (details, " · ");
      /* Translators: a list's time limit, "3:00 per statement" */
      g_string_append_printf (details, _("%s per statement"), limit);
    }
  if (closes != NULL)
    {
      g_string_append (details, " · ");
      g_string_append_printf (details, _("Closes %s"), closes);
    }
  gtk_label_set_label (self->details_label, details->str);
}

static void
update_actions (PlDelegateSpeakersPage *self)
{
  gboolean known = pl_page_get_delegation (PL_PAGE (self)) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delegate-speakers.request", self->list != NULL && known);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "delegate-speakers.withdraw", known);
}

void
pl_delegate_speakers_page_select_list (PlDelegateSpeakersPage *self,
                                       PlSpeakerList          *list)
{
  g_return_if_fail (PL_IS_DELEGATE_SPEAKERS_PAGE (self));

  if (!pl_speaker_list_rows_show (self->lists_box, pl_page_get_session (PL_PAGE (self)), list,
                                  &self->list, &self->order, G_CALLBACK (fill_speakers), self))
    return;

  update_header (self);
  fill_speakers (self);
  update_actions (self);
}

static void
fill_lists (PlDelegateSpeakersPage *self)
{
  PlSpeakerList *first = NULL;

  if (!pl_speaker_list_rows_fill (self->lists_box, pl_page_get_session (PL_PAGE (self)), self->list,
                                  PL_SPEAKER_LIST_ROWS_ELLIPSIZE, self, &first))
    pl_delegate_speakers_page_select_list (self, first);
  pl_compat_stack_show_only (self->stack, first != NULL ? "list" : "no-lists");
}

static void
on_list_row_selected_cb (PlDelegateSpeakersPage *self,
                         GtkListBoxRow          *row)
{
  if (row != NULL)
    pl_delegate_speakers_page_select_list (self, g_object_get_data (G_OBJECT (row), "list"));
}

/* Actions */

static void
request_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (widget);
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  g_autoptr(PlAccountProbe) probe = pl_account_probe_new_for_sync_state (pl_session_get_sync_state (session));
  const char *delegation = pl_page_get_delegation (PL_PAGE (self));
  GtkWidget *dialog;

  if (delegation == NULL)
    return;
  dialog = pl_speak_request_dialog_new (pl_page_get_window (PL_PAGE (self)), session, delegation,
                                        probe ? probe->user : NULL);
  pl_speak_request_dialog_select_list (PL_SPEAK_REQUEST_DIALOG (dialog), self->list);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A pending request is the delegation's own to take back; once answered,
 * it is the secretariat's record. */
static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (widget);
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  PlRecord *request = pl_session_lookup (session, g_variant_get_string (parameter, NULL));

  if (!PL_IS_SPEAKER_REQUEST (request)
      || g_strcmp0 (pl_speaker_request_get_delegation (PL_SPEAKER_REQUEST (request)),
                    pl_page_get_delegation (PL_PAGE (self))) != 0
      || pl_speaker_request_get_status (PL_SPEAKER_REQUEST (request)) != PL_SPEAKER_REQUEST_PENDING)
    return;
  pl_session_remove_record (session, request);
}

static void
on_map_cb (PlDelegateSpeakersPage *self)
{
  GtkWindow *window = pl_page_get_window (PL_PAGE (self));

  /* Through the window's application: the portal in the Flatpak. */
  if (self->notices != NULL && window != NULL && gtk_window_get_application (window) != NULL)
    pl_notices_set_application (self->notices, G_APPLICATION (gtk_window_get_application (window)));
}

/* The notices are the delegation's: they follow it. */
static void
on_delegation_changed_cb (PlDelegateSpeakersPage *self)
{
  const char *delegation = pl_page_get_delegation (PL_PAGE (self));

  g_clear_object (&self->notices);
  if (delegation != NULL)
    {
      self->notices = pl_notices_new (pl_page_get_session (PL_PAGE (self)), delegation);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        on_map_cb (self);
    }
}

/* The expected times move with the clock too, not only with changes. */
static gboolean
on_clock_cb (gpointer user_data)
{
  pl_page_queue_refresh (PL_PAGE (user_data));
  return G_SOURCE_CONTINUE;
}

/* PlPage */

static void
pl_delegate_speakers_page_refresh (PlPage *page)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (page);

  if (self->lists_dirty)
    fill_lists (self);
  self->lists_dirty = FALSE;
  update_header (self);
  fill_speakers (self);
  fill_requests (self);
  update_actions (self);
}

static void
pl_delegate_speakers_page_session_changed (PlPage       *page,
                                           PlRecord     *record,
                                           PlChangeKind  kind,
                                           const char   *field)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (page);

  if (PL_IS_SPEAKER_LIST (record) || PL_IS_AGENDA_ITEM (record))
    self->lists_dirty = TRUE;
  /* The room and the schedule move the expected times. */
  else if (!PL_IS_SPEAKER (record) && !PL_IS_SPEAKER_REQUEST (record) && !PL_IS_ROOM_STATE (record)
           && !PL_IS_MEETING (record) && !PL_IS_DELEGATION (record) && !PL_IS_SESSION_SETTINGS (record))
    return;
  pl_page_queue_refresh (page);
}

static gboolean
pl_delegate_speakers_page_select_record (PlPage   *page,
                                         PlRecord *record)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (page);
  const char *list_id = NULL;
  PlRecord *list;

  if (PL_IS_SPEAKER_LIST (record))
    list_id = pl_record_get_id (record);
  else if (PL_IS_SPEAKER (record))
    list_id = pl_speaker_get_list (PL_SPEAKER (record));
  else if (PL_IS_SPEAKER_REQUEST (record))
    list_id = pl_speaker_request_get_list (PL_SPEAKER_REQUEST (record));
  list = pl_session_lookup (pl_page_get_session (page), list_id);
  if (!PL_IS_SPEAKER_LIST (list))
    return FALSE;
  pl_delegate_speakers_page_select_list (self, PL_SPEAKER_LIST (list));
  return TRUE;
}

/* The base leaves the safe actions on in a read-only window (see
 * class_init); whether there is a list and a delegation decides. */
static void
pl_delegate_speakers_page_set_read_only (PlPage   *page,
                                         gboolean  read_only)
{
  update_actions (PL_DELEGATE_SPEAKERS_PAGE (page));
}

/* GObject */

static void
pl_delegate_speakers_page_constructed (GObject *object)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (object);

  G_OBJECT_CLASS (pl_delegate_speakers_page_parent_class)->constructed (object);

  fill_lists (self);
  fill_requests (self);
  update_actions (self);
  self->clock_id = g_timeout_add_seconds (60, on_clock_cb, self);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

static void
pl_delegate_speakers_page_dispose (GObject *object)
{
  PlDelegateSpeakersPage *self = PL_DELEGATE_SPEAKERS_PAGE (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  g_clear_object (&self->order);
  g_clear_object (&self->list);
  g_clear_object (&self->notices);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (pl_delegate_speakers_page_parent_class)->dispose (object);
}

static void
pl_delegate_speakers_page_class_init (PlDelegateSpeakersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_speakers_page_constructed;
  object_class->dispose = pl_delegate_speakers_page_dispose;
  page_class->refresh = pl_delegate_speakers_page_refresh;
  page_class->session_changed = pl_delegate_speakers_page_session_changed;
  page_class->select_record = pl_delegate_speakers_page_select_record;
  page_class->set_read_only = pl_delegate_speakers_page_set_read_only;
  page_class->acts_for_delegation = TRUE;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-speakers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, request_button);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, requests_stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, requests_box);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, speakers_stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateSpeakersPage, speakers_box);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "delegate-speakers.request", NULL, request_action);
  gtk_widget_class_install_action (widget_class, "delegate-speakers.withdraw", "s", withdraw_action);
  /* Not edits of the secretariat's records: the delegation's own requests,
   * the one write the server takes from a delegate (the page base would
   * keep them off in a read-only window otherwise). */
  pl_page_class_set_safe_actions (page_class, "delegate-speakers.request", "delegate-speakers.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "delegate-speakers.request", NULL);
  /* A delegate's own requests are the writes the server takes from them:
   * the base's guard leaves these two on in a read-only window. */
  pl_page_class_set_safe_actions (PL_PAGE_CLASS (klass), "delegate-speakers.request",
                                  "delegate-speakers.withdraw", NULL);
}

static void
pl_delegate_speakers_page_init (PlDelegateSpeakersPage *self)
{
  self->lists_dirty = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Before the base finds the account's delegation (its constructed). */
  g_signal_connect (self, "notify::delegation", G_CALLBACK (on_delegation_changed_cb), NULL);
}

GtkWidget *
pl_delegate_speakers_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_SPEAKERS_PAGE, session);
}

PlSpeakerList *
pl_delegate_speakers_page_get_list (PlDelegateSpeakersPage *self)
{
  g_return_val_if_fail (PL_IS_DELEGATE_SPEAKERS_PAGE (self), NULL);
  return self->list;
}

/**
 * pl_delegate_speakers_page_get_notices:
 *
 * Returns: (transfer none) (nullable): the delegation's notices, once the
 *   delegation is known
 */
PlNotices *
pl_delegate_speakers_page_get_notices (PlDelegateSpeakersPage *self)
{
  g_return_val_if_fail (PL_IS_DELEGATE_SPEAKERS_PAGE (self), NULL);
  return self->notices;
}

/**
 * pl_delegate_speakers_page_set_now:
 * @now: (nullable): the time the expected times are computed from; %NULL
 *   for the clock's
 *
 * For tests: the forecasts depend on the time.
 */
void
pl_delegate_speakers_page_set_now (PlDelegateSpeakersPage *self,
                                   GDateTime              *now)
{
  g_return_if_fail (PL_IS_DELEGATE_SPEAKERS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  if (now != NULL)
    self->now = g_date_time_ref (now);
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
}
