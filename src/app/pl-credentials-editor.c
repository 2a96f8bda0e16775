/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-check-credentials.h"
#include "pl-compat.h"
#include "pl-credentials-editor.h"
#include "pl-credentials-page-private.h"
#include "pl-date-picker.h"
#include "pl-edit-burst.h"
#include "pl-json-text.h"

/**
 * PlCredentialsEditor:
 *
 * The editor of one State's credentials beside the Credentials page's
 * table: receipts, members covered, notes, later changes and objections,
 * each one undo step. Bound to the delegation it edits
 * (pl_credentials_editor_set_delegation()); the page owns the session's
 * credentials context it reads the status from, and calls
 * pl_credentials_editor_update() on refresh.
 */
struct _PlCredentialsEditor
{
  AdwBin                parent_instance;

  PlSession            *session;
  PlCredentialsContext *context;       /* unowned: the page's */
  PlDelegation         *delegation;
  GPtrArray            *objector_ids;  /* objector row index → delegation _id */
  gboolean              updating;

  GtkLabel             *heading;
  GtkImage             *status_icon;
  GtkLabel             *status_label;
  GtkLabel             *reason_label;
  GtkBox               *form_box;
  GtkWidget            *form_toggles[PL_CREDENTIALS_FORM_EMAIL + 1];
  AdwComboRow          *issuer_row;
  GtkEntry             *signatory_entry;
  GtkEntry             *received_entry;
  PlDatePicker         *received_picker;
  GtkWidget            *record_button;
  AdwActionRow         *on_file_row;
  GtkSwitch            *covered_switch;
  GtkEntry             *notes_entry;
  GtkListBox           *changes_list;
  GtkEntry             *change_entry;
  AdwActionRow         *objection_row;
  GtkWidget            *withdraw_button;
  AdwComboRow          *objector_row;
  GtkEntry             *objection_note_entry;
  GtkWidget            *object_button;
};

G_DEFINE_FINAL_TYPE (PlCredentialsEditor, pl_credentials_editor, ADW_TYPE_BIN)

/* The issuers in the order rule 18, para. 3 names them. */
static const PlCredentialsIssuer issuer_order[] = {
  PL_CREDENTIALS_ISSUER_HEAD_OF_STATE,
  PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT,
  PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
  PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE,
  PL_CREDENTIALS_ISSUER_REIO_AUTHORITY,
  PL_CREDENTIALS_ISSUER_OTHER,
};

static const char *
delegation_name_for_id (PlCredentialsEditor *self,
                        const char          *id)
{
  PlRecord *record = id ? pl_session_lookup (self->session, id) : NULL;

  return PL_IS_DELEGATION (record) ? pl_delegation_get_name (PL_DELEGATION (record)) : id;
}

static const char *
issuer_label (PlCredentialsIssuer issuer)
{
  switch (issuer)
    {
    case PL_CREDENTIALS_ISSUER_HEAD_OF_STATE:
      return _("Head of State");
    case PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT:
      return _("Head of Government");
    case PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER:
      return _("Minister for Foreign Affairs");
    case PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE:
      return _("Permanent Representative to the United Nations");
    case PL_CREDENTIALS_ISSUER_REIO_AUTHORITY:
      return _("Competent authority of the organization");
    case PL_CREDENTIALS_ISSUER_OTHER:
    default:
      return _("Another authority");
    }
}

static guint
issuer_position (PlCredentialsIssuer issuer)
{
  for (guint i = 0; i < G_N_ELEMENTS (issuer_order); i++)
    if (issuer_order[i] == issuer)
      return i;

  return G_N_ELEMENTS (issuer_order) - 1;
}

static PlCredentialsForm
selected_form (PlCredentialsEditor *self)
{
  for (PlCredentialsForm form = PL_CREDENTIALS_FORM_ORIGINAL; form <= PL_CREDENTIALS_FORM_EMAIL; form++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->form_toggles[form])))
      return form;

  return PL_CREDENTIALS_FORM_NONE;
}

static void
select_form (PlCredentialsEditor *self,
             PlCredentialsForm    form)
{
  if (form >= PL_CREDENTIALS_FORM_ORIGINAL && form <= PL_CREDENTIALS_FORM_EMAIL)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->form_toggles[form]), TRUE);
}

static void
update_changes (PlCredentialsEditor *self,
                PlCredentials       *credentials)
{
  g_autoptr(GPtrArray) changes = pl_json_node_get_objects (credentials ? pl_credentials_get_changes (credentials) : NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);

  for (guint i = 0; i < changes->len; i++)
    {
      JsonObject *change = g_ptr_array_index (changes, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_json_object_get_string (change, "note", ""));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pl_json_object_get_string (change, "date", ""));
      gtk_list_box_append (self->changes_list, row);
    }

  if (changes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No changes submitted"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->changes_list, row);
    }
}

static void
fill_objectors (PlCredentialsEditor *self)
{
  GListModel *delegations = pl_session_get_records (self->session, PL_TYPE_DELEGATION);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = adw_combo_row_get_selected (self->objector_row);
  g_autofree char *selected_id = NULL;

  /* The choice survives the refresh that any edit brings. */
  if (selected != GTK_INVALID_LIST_POSITION && selected < self->objector_ids->len)
    selected_id = g_strdup (g_ptr_array_index (self->objector_ids, selected));

  /* Rule 20: another State party objects. */
  g_ptr_array_set_size (self->objector_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) other = g_list_model_get_item (delegations, i);

      if (other == self->delegation ||
          pl_delegation_get_category (other) != PL_DELEGATION_CATEGORY_STATE_PARTY)
        continue;
      g_ptr_array_add (self->objector_ids, g_strdup (pl_record_get_id (PL_RECORD (other))));
      gtk_string_list_append (names, pl_delegation_get_name (other) ?: "");
    }
  adw_combo_row_set_model (self->objector_row, G_LIST_MODEL (names));
  pl_compat_combo_row_name_items (self->objector_row);
  for (guint i = 0; selected_id != NULL && i < self->objector_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->objector_ids, i), selected_id))
      adw_combo_row_set_selected (self->objector_row, i);
}

/**
 * pl_credentials_editor_update:
 *
 * Shows what the session now holds for the delegation: status, what is
 * on file, the changes and the objection. The page calls it on refresh.
 */
void
pl_credentials_editor_update (PlCredentialsEditor *self)
{
  PlDelegation *delegation = self->delegation;
  PlCredentials *credentials;
  PlCredentialsStatus status;
  const char *icon_name, *css_class;
  g_autofree char *reason = NULL;
  g_autofree char *on_file = NULL;
  g_autofree char *received = NULL;
  gboolean active_objection;
  JsonNode *objection;

  if (delegation == NULL || self->session == NULL)
    return;

  self->updating = TRUE;
  credentials = pl_credentials_find (self->session, delegation);
  status = pl_credentials_derive_status (pl_delegation_get_category (delegation),
                                        pl_credentials_context_find (self->context, delegation), self->context);
  pl_credentials_page_status_style (status, &icon_name, &css_class);

  gtk_label_set_label (self->heading, pl_delegation_get_name (delegation));
  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  pl_credentials_page_apply_status_class (GTK_WIDGET (self->status_icon), css_class);
  gtk_label_set_label (self->status_label, pl_credentials_status_to_label (status));
  pl_credentials_page_apply_status_class (GTK_WIDGET (self->status_label), css_class);
  reason = pl_credentials_status_describe (self->context, delegation);
  gtk_label_set_label (self->reason_label, reason);

  received = pl_credentials_context_format_received (self->context, credentials);
  if (credentials != NULL && pl_credentials_get_form (credentials) != PL_CREDENTIALS_FORM_NONE)
    {
      const char *signatory = pl_credentials_get_signatory (credentials);

      /* Translators: form, issuer, signatory, time received */
      on_file = g_strdup_printf (_("%s from %s%s%s, received %s"),
                                 pl_credentials_form_to_label (pl_credentials_get_form (credentials)),
                                 pl_credentials_issuer_to_phrase (pl_credentials_get_issuer (credentials)),
                                 signatory && *signatory ? " — " : "", signatory && *signatory ? signatory : "",
                                 received);
    }
  adw_action_row_set_subtitle (self->on_file_row, on_file ? on_file : _("Nothing received"));
  gtk_switch_set_active (self->covered_switch, credentials && pl_credentials_get_members_covered (credentials));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)),
                 credentials && pl_credentials_get_notes (credentials) ? pl_credentials_get_notes (credentials) : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->notes_entry),
                           credentials && pl_credentials_get_notes (credentials) ? pl_credentials_get_notes (credentials) : "");
  update_changes (self, credentials);

  objection = credentials ? pl_credentials_get_objection (credentials) : NULL;
  active_objection = credentials && pl_credentials_objection_is_active (credentials);
  if (objection != NULL && JSON_NODE_HOLDS_OBJECT (objection))
    {
      JsonObject *object = json_node_get_object (objection);
      g_autofree char *title = NULL;
      const char *withdrawn = pl_json_object_get_string (object, "withdrawn", NULL);

      /* Translators: by a State on a date */
      title = g_strdup_printf (_("By %s on %s"),
                               delegation_name_for_id (self, pl_json_object_get_string (object, "by", "")),
                               pl_json_object_get_string (object, "date", ""));
      if (!active_objection && withdrawn != NULL)
        {
          g_autofree char *with_date = g_strdup_printf (_("%s, withdrawn on %s"), title, withdrawn);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->objection_row), with_date);
        }
      else
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->objection_row), title);
      adw_action_row_set_subtitle (self->objection_row, pl_json_object_get_string (object, "note", ""));
      gtk_widget_set_visible (GTK_WIDGET (self->objection_row), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->objection_row), FALSE);
  gtk_widget_set_visible (self->withdraw_button, active_objection);
  gtk_widget_set_visible (GTK_WIDGET (self->objector_row), !active_objection);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->objection_note_entry)), !active_objection);
  gtk_widget_set_visible (self->object_button, !active_objection);
  fill_objectors (self);
  gtk_widget_set_sensitive (self->object_button, self->objector_ids->len > 0);

  self->updating = FALSE;
}

void
pl_credentials_editor_set_delegation (PlCredentialsEditor *self,
                                      PlDelegation        *delegation)
{
  PlCredentials *credentials;

  if (self->delegation == delegation)
    return;

  g_set_object (&self->delegation, delegation);

  /* The receipt form starts from what is on file, or from the issuer the
   * category calls for. */
  if (delegation != NULL)
    {
      credentials = pl_credentials_find (self->session, delegation);
      if (credentials != NULL && pl_credentials_get_form (credentials) != PL_CREDENTIALS_FORM_NONE)
        {
          select_form (self, pl_credentials_get_form (credentials));
          adw_combo_row_set_selected (self->issuer_row, issuer_position (pl_credentials_get_issuer (credentials)));
          gtk_editable_set_text (GTK_EDITABLE (self->signatory_entry), pl_credentials_get_signatory (credentials) ?: "");
        }
      else
        {
          select_form (self, PL_CREDENTIALS_FORM_ORIGINAL);
          adw_combo_row_set_selected (self->issuer_row,
                                      issuer_position (pl_delegation_get_category (delegation) == PL_DELEGATION_CATEGORY_REIO
                                                         ? PL_CREDENTIALS_ISSUER_REIO_AUTHORITY
                                                         : PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER));
          gtk_editable_set_text (GTK_EDITABLE (self->signatory_entry), "");
        }
      gtk_editable_set_text (GTK_EDITABLE (self->received_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->change_entry), "");
      gtk_editable_set_text (GTK_EDITABLE (self->objection_note_entry), "");
    }

  pl_credentials_editor_update (self);
}

static gboolean
parse_received (PlCredentialsEditor  *self,
                const char           *text,
                char                **out)
{
  g_autofree char *iso = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GDateTime) time = NULL;

  if (*iso == '\0')
    {
      /* Received now, as the clerk opens the pouch. */
      time = self->context->timezone ? g_date_time_new_now (self->context->timezone) : g_date_time_new_now_local ();
    }
  else
    {
      for (char *p = iso; *p != '\0'; p++)
        if (*p == ' ')
          {
            *p = 'T';
            break;
          }
      time = g_date_time_new_from_iso8601 (iso, self->context->timezone);
      /* GLib wants the seconds; a clerk types "2020-10-09 14:30", or
       * only the date. */
      if (time == NULL && g_regex_match_simple ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", iso, 0, 0))
        {
          g_autofree char *with_seconds = g_strconcat (iso, ":00", NULL);

          time = g_date_time_new_from_iso8601 (with_seconds, self->context->timezone);
        }
      else if (time == NULL && strlen (iso) == 10)
        {
          g_autofree char *midnight = g_strconcat (iso, "T00:00:00", NULL);

          time = g_date_time_new_from_iso8601 (midnight, self->context->timezone);
        }
    }

  if (time == NULL)
    return FALSE;

  *out = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
  return TRUE;
}

static void
toast (PlCredentialsEditor *self,
       const char          *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
on_record_clicked_cb (PlCredentialsEditor *self)
{
  PlCredentialsForm form = selected_form (self);
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

  pl_edit_burst_flush (self->session);
  history = pl_session_get_history (self->session);
  /* One step: the record (added on the first receipt) and what arrived. */
  pl_history_begin_group (history, _("Record Credentials"));
  credentials = pl_credentials_ensure (self->session, self->delegation);
  replaced = pl_credentials_record_receipt (self->session, credentials, form,
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

static void
on_covered_active_cb (PlCredentialsEditor *self)
{
  PlCredentials *credentials;

  if (self->updating || self->delegation == NULL)
    return;

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (pl_session_get_history (self->session), _("Members Covered"));
  credentials = pl_credentials_ensure (self->session, self->delegation);
  pl_credentials_set_members_covered (credentials, gtk_switch_get_active (self->covered_switch));
  pl_history_end_group (pl_session_get_history (self->session));
}

static void
on_notes_changed_cb (PlCredentialsEditor *self)
{
  PlCredentials *credentials;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->notes_entry));

  if (self->updating || self->delegation == NULL)
    return;

  credentials = pl_credentials_find (self->session, self->delegation);
  if (g_strcmp0 (text, credentials && pl_credentials_get_notes (credentials) ? pl_credentials_get_notes (credentials) : "") == 0)
    return;

  credentials = pl_credentials_ensure (self->session, self->delegation);
  pl_edit_burst_touch_field (self->session, _("Edit Notes"), PL_RECORD (credentials), "notes");
  pl_credentials_set_notes (credentials, text);
}

static void
on_focus_leave_cb (PlCredentialsEditor *self)
{
  pl_edit_burst_flush (self->session);
}

static char *
today (PlCredentialsEditor *self)
{
  g_autoptr(GDateTime) now = self->context->timezone ? g_date_time_new_now (self->context->timezone)
                                                    : g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
on_add_change_cb (PlCredentialsEditor *self)
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

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (pl_session_get_history (self->session), _("Add Change"));
  credentials = pl_credentials_ensure (self->session, self->delegation);
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
  pl_history_end_group (pl_session_get_history (self->session));

  gtk_editable_set_text (GTK_EDITABLE (self->change_entry), "");
}

static void
on_object_clicked_cb (PlCredentialsEditor *self)
{
  guint index = adw_combo_row_get_selected (self->objector_row);
  g_autofree char *date = today (self);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->objection_note_entry))));
  PlCredentials *credentials;

  if (self->delegation == NULL || index == GTK_INVALID_LIST_POSITION || index >= self->objector_ids->len)
    return;

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (pl_session_get_history (self->session), _("Record Objection"));
  credentials = pl_credentials_ensure (self->session, self->delegation);
  pl_credentials_object (credentials, g_ptr_array_index (self->objector_ids, index), date, note);
  pl_history_end_group (pl_session_get_history (self->session));
  gtk_editable_set_text (GTK_EDITABLE (self->objection_note_entry), "");
}

static void
on_withdraw_clicked_cb (PlCredentialsEditor *self)
{
  g_autofree char *date = today (self);
  PlCredentials *credentials;

  if (self->delegation == NULL ||
      (credentials = pl_credentials_find (self->session, self->delegation)) == NULL)
    return;

  pl_edit_burst_flush (self->session);
  pl_credentials_withdraw_objection (credentials, date);
}


/**
 * pl_credentials_editor_record:
 *
 * Records the receipt the form describes (the page's Ctrl+Enter).
 */
void
pl_credentials_editor_record (PlCredentialsEditor *self)
{
  g_return_if_fail (PL_IS_CREDENTIALS_EDITOR (self));

  on_record_clicked_cb (self);
}

/**
 * pl_credentials_editor_set_session:
 *
 * Gives the editor the session it edits and the page's credentials
 * context (@context must outlive the editor).
 */
void
pl_credentials_editor_set_session (PlCredentialsEditor  *self,
                                   PlSession            *session,
                                   PlCredentialsContext *context)
{
  g_autoptr(GtkStringList) issuers = gtk_string_list_new (NULL);

  g_return_if_fail (PL_IS_CREDENTIALS_EDITOR (self));

  g_set_object (&self->session, session);
  self->context = context;
  for (guint i = 0; i < G_N_ELEMENTS (issuer_order); i++)
    gtk_string_list_append (issuers, issuer_label (issuer_order[i]));
  adw_combo_row_set_model (self->issuer_row, G_LIST_MODEL (issuers));
  /* The choices named, as every control is. */
  pl_compat_combo_row_name_items (self->issuer_row);
}

static void
pl_credentials_editor_dispose (GObject *object)
{
  PlCredentialsEditor *self = PL_CREDENTIALS_EDITOR (object);

  g_clear_object (&self->delegation);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_credentials_editor_parent_class)->dispose (object);
}

static void
pl_credentials_editor_finalize (GObject *object)
{
  PlCredentialsEditor *self = PL_CREDENTIALS_EDITOR (object);

  g_clear_pointer (&self->objector_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_credentials_editor_parent_class)->finalize (object);
}

static void
pl_credentials_editor_class_init (PlCredentialsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_credentials_editor_dispose;
  object_class->finalize = pl_credentials_editor_finalize;

  g_type_ensure (PL_TYPE_DATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-credentials-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, status_icon);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, reason_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, form_box);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, issuer_row);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, signatory_entry);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, received_entry);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, received_picker);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, record_button);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, on_file_row);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, covered_switch);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, notes_entry);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, changes_list);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, change_entry);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, objection_row);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, objector_row);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, objection_note_entry);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsEditor, object_button);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_change_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_object_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_withdraw_clicked_cb);
}

static void
pl_credentials_editor_init (PlCredentialsEditor *self)
{
  static const PlCredentialsForm rows[2][3] = {
    { PL_CREDENTIALS_FORM_ORIGINAL, PL_CREDENTIALS_FORM_COPY, PL_CREDENTIALS_FORM_FAX },
    { PL_CREDENTIALS_FORM_NOTE_VERBALE, PL_CREDENTIALS_FORM_LETTER, PL_CREDENTIALS_FORM_EMAIL },
  };
  GtkToggleButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  pl_date_picker_set_target (self->received_picker, GTK_EDITABLE (self->received_entry));

  self->objector_ids = g_ptr_array_new_with_free_func (g_free);

  /* The forms of DESIGN's `form` as linked toggles, one click each and
   * each a button a screen reader names: what reproduces the credentials
   * (original, copy, fax: the issuer is judged) above what only informs
   * of the names (rule 20). */
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_box_set_homogeneous (GTK_BOX (line), TRUE);
      gtk_widget_add_css_class (line, "linked");
      for (guint c = 0; c < G_N_ELEMENTS (rows[r]); c++)
        {
          PlCredentialsForm form = rows[r][c];
          GtkWidget *toggle = gtk_toggle_button_new_with_label (pl_credentials_form_to_label (form));

          gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, pl_credentials_form_to_label (form), -1);
          if (group != NULL)
            gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), group);
          else
            group = GTK_TOGGLE_BUTTON (toggle);
          self->form_toggles[form] = toggle;
          gtk_box_append (GTK_BOX (line), toggle);
        }
      gtk_box_append (self->form_box, line);
    }
  gtk_toggle_button_set_active (group, TRUE);

  g_signal_connect_swapped (self->covered_switch, "notify::active", G_CALLBACK (on_covered_active_cb), self);
  g_signal_connect_swapped (self->notes_entry, "changed", G_CALLBACK (on_notes_changed_cb), self);
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->notes_entry), focus);
  }
}

GtkWidget *
pl_credentials_editor_new (void)
{
  return g_object_new (PL_TYPE_CREDENTIALS_EDITOR, NULL);
}

/**
 * pl_credentials_editor_get_delegation:
 *
 * Returns: (transfer none) (nullable): the delegation being edited
 */
PlDelegation *
pl_credentials_editor_get_delegation (PlCredentialsEditor *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_EDITOR (self), NULL);

  return self->delegation;
}
