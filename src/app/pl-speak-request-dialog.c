/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-delegation.h"
#include "pl-participation.h"
#include "pl-speak-request-dialog.h"
#include "pl-speaker-list.h"
#include "pl-speaker-request.h"

/**
 * PlSpeakRequestDialog:
 *
 * A delegate asks for the floor: a new `speaker_request` record for the
 * delegation whose role the user holds, on a list of speakers they
 * choose, named by `requested_by`. It is the one write the server's
 * design document lets a delegate make (data/couchdb/); the secretariat
 * then inscribes the speaker.
 */

struct _PlSpeakRequestDialog
{
  AdwWindow     parent_instance;

  PlSession    *session;
  char         *delegation;
  char         *user;
  GListStore   *lists;

  AdwComboRow  *list_row;
  AdwEntryRow  *person_row;
  GtkWidget    *request_button;
};

G_DEFINE_FINAL_TYPE (PlSpeakRequestDialog, pl_speak_request_dialog, ADW_TYPE_WINDOW)

static char *
list_title (PlSpeakerList *list)
{
  const char *title = pl_speaker_list_get_title (list);

  return g_strdup (title && *title ? title : pl_record_get_id (PL_RECORD (list)));
}

static void
on_request_clicked_cb (PlSpeakRequestDialog *self)
{
  guint index = adw_combo_row_get_selected (self->list_row);
  g_autoptr(PlSpeakerList) list = NULL;
  g_autoptr(PlSpeakerRequest) request = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *person = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_row))));

  if (index == GTK_INVALID_LIST_POSITION)
    return;
  list = g_list_model_get_item (G_LIST_MODEL (self->lists), index);

  request = pl_speaker_request_new (NULL);
  pl_speaker_request_set_list (request, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_request_set_delegation (request, self->delegation);
  if (*person != '\0')
    pl_speaker_request_set_person (request, person);
  {
    /* The server takes only a registered member, at no higher rank than
     * the registration's (issue 18): the name typed, matched to the
     * registration, until this dialog offers the members to choose. */
    PlRecord *delegation = pl_session_lookup (self->session, self->delegation);
    const char *member = PL_IS_DELEGATION (delegation)
                         ? pl_delegation_find_member_by_name (PL_DELEGATION (delegation), person) : NULL;
    PlRank rank = PL_RANK_UNKNOWN;

    if (member != NULL && pl_delegation_lookup_member (PL_DELEGATION (delegation), member, NULL, NULL, &rank))
      {
        pl_speaker_request_set_member (request, member);
        pl_speaker_request_set_rank (request, rank);
      }
  }
  pl_speaker_request_set_requested_at (request, stamp);
  pl_speaker_request_set_requested_by (request, self->user);
  pl_session_add_record (self->session, PL_RECORD (request));

  gtk_window_close (GTK_WINDOW (self));
}

static GtkWidget *
build (PlSpeakRequestDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GListModel *all = pl_session_get_records (self->session, PL_TYPE_SPEAKER_LIST);
  g_autofree char *description = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (all, i);
      g_autofree char *title = list_title (list);

      g_list_store_append (self->lists, list);
      gtk_string_list_append (titles, title);
    }

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->request_button = gtk_button_new_with_mnemonic (_("_Request"));
  gtk_widget_add_css_class (self->request_button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->request_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Request"), -1);
  g_signal_connect_swapped (self->request_button, "clicked", G_CALLBACK (on_request_clicked_cb), self);
  gtk_widget_set_sensitive (self->request_button, g_list_model_get_n_items (G_LIST_MODEL (self->lists)) > 0);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->request_button);
  gtk_box_append (GTK_BOX (box), header);

  {
    PlRecord *delegation = pl_session_lookup (self->session, self->delegation);
    const char *name = PL_IS_DELEGATION (delegation) ? pl_delegation_get_name (PL_DELEGATION (delegation)) : NULL;

    if (name == NULL || *name == '\0')
      name = g_str_has_prefix (self->delegation, "delegation:") ? self->delegation + strlen ("delegation:")
                                                                : self->delegation;
    /* Translators: %s is a delegation, “Kenya” */
    description = g_strdup_printf (_("On behalf of %s. The secretariat sees the request and inscribes the speaker."),
                                   name);
  }
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  self->list_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->list_row), _("_List of Speakers"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->list_row), TRUE);
  adw_combo_row_set_model (self->list_row, G_LIST_MODEL (titles));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("List of Speakers"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list_row));

  self->person_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row), _("_Speaker’s Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->person_row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->person_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Speaker’s Name"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->person_row));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);

  return box;
}

static void
pl_speak_request_dialog_dispose (GObject *object)
{
  PlSpeakRequestDialog *self = PL_SPEAK_REQUEST_DIALOG (object);

  adw_window_set_content (ADW_WINDOW (self), NULL);
  g_clear_object (&self->lists);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_speak_request_dialog_parent_class)->dispose (object);
}

static void
pl_speak_request_dialog_finalize (GObject *object)
{
  PlSpeakRequestDialog *self = PL_SPEAK_REQUEST_DIALOG (object);

  g_free (self->delegation);
  g_free (self->user);

  G_OBJECT_CLASS (pl_speak_request_dialog_parent_class)->finalize (object);
}

static void
pl_speak_request_dialog_class_init (PlSpeakRequestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_speak_request_dialog_dispose;
  object_class->finalize = pl_speak_request_dialog_finalize;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_speak_request_dialog_init (PlSpeakRequestDialog *self)
{
  self->lists = g_list_store_new (PL_TYPE_SPEAKER_LIST);
}

/**
 * pl_speak_request_dialog_new:
 * @delegation: the `_id` of the user's delegation (`delegation:<ISO3>`)
 * @user: the user name, for `requested_by`
 */
GtkWidget *
pl_speak_request_dialog_new (GtkWindow  *parent,
                             PlSession  *session,
                             const char *delegation,
                             const char *user)
{
  PlSpeakRequestDialog *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (delegation != NULL, NULL);

  self = g_object_new (PL_TYPE_SPEAK_REQUEST_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Request to Speak"),
                       "default-width", 480,
                       "default-height", 260,
                       NULL);
  self->session = g_object_ref (session);
  self->delegation = g_strdup (delegation);
  self->user = g_strdup (user);
  adw_window_set_content (ADW_WINDOW (self), build (self));

  return GTK_WIDGET (self);
}
