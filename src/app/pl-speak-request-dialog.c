/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-compat.h"
#include "pl-delegation.h"
#include "pl-json-text.h"
#include "pl-speak-request-dialog.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list.h"
#include "pl-speaker-request.h"

/**
 * PlSpeakRequestDialog:
 *
 * A delegate asks for the floor: a new `speaker_request` record for the
 * delegation whose role the user holds, on a list of speakers (the one the
 * page shows, by default), for one of the delegation's registered members
 * (`member`). The function and rank shown are the registration's and
 * cannot be changed: the server refuses a request whose rank is above the
 * registered member's (data/couchdb/validate_doc_update.js), and the
 * secretariat lists the speaker with the registered rank whatever the
 * request says. Speaking on behalf of a regional group is a choice the
 * secretariat checks. It is the one write a delegate makes; the
 * secretariat then accepts or declines it.
 */

struct _PlSpeakRequestDialog
{
  AdwWindow     parent_instance;

  PlSession    *session;
  char         *delegation;
  char         *user;
  GListStore   *lists;
  GPtrArray    *members;    /* of JsonObject, the registration's */
  GPtrArray    *groups;     /* of char *, group ids; index 0 is NULL (the delegation itself) */

  AdwPreferencesGroup *group;
  AdwComboRow  *list_row;
  AdwComboRow  *member_row;
  AdwActionRow *rank_row;
  AdwComboRow  *behalf_row;
  GtkWidget    *request_button;
};

G_DEFINE_FINAL_TYPE (PlSpeakRequestDialog, pl_speak_request_dialog, ADW_TYPE_WINDOW)

static char *
list_title (PlSpeakerList *list)
{
  const char *title = pl_speaker_list_get_title (list);

  return g_strdup (title && *title ? title : pl_record_get_id (PL_RECORD (list)));
}

static const char *
function_label (const char *function)
{
  if (g_strcmp0 (function, "head") == 0)
    return _("Head of delegation");
  if (g_strcmp0 (function, "alternate") == 0)
    return _("Alternate");
  if (g_strcmp0 (function, "representative") == 0)
    return _("Representative");
  if (g_strcmp0 (function, "adviser") == 0)
    return _("Adviser");
  return NULL;
}

static PlRank
member_rank (JsonObject *member)
{
  int rank = PL_RANK_UNKNOWN;

  if (!pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &rank))
    return PL_RANK_UNKNOWN;
  return (PlRank) rank;
}

static JsonObject *
selected_member (PlSpeakRequestDialog *self)
{
  guint index = adw_combo_row_get_selected (self->member_row);

  return index < self->members->len ? g_ptr_array_index (self->members, index) : NULL;
}

static void
on_member_selected_cb (PlSpeakRequestDialog *self)
{
  JsonObject *member = selected_member (self);
  g_autofree char *text = NULL;

  if (member != NULL)
    {
      const char *function = function_label (pl_json_object_get_string (member, "function", NULL));

      text = function != NULL
             /* Translators: a member's function and rank, “Head of delegation, Minister” */
             ? g_strdup_printf (_("%s, %s"), function, pl_speaker_rank_label (member_rank (member)))
             : g_strdup (pl_speaker_rank_label (member_rank (member)));
    }
  adw_action_row_set_subtitle (self->rank_row, text ? text : "");
}

static void
on_request_clicked_cb (PlSpeakRequestDialog *self)
{
  guint index = adw_combo_row_get_selected (self->list_row);
  guint behalf = adw_combo_row_get_selected (self->behalf_row);
  JsonObject *member = selected_member (self);
  g_autoptr(PlSpeakerList) list = NULL;
  g_autoptr(PlSpeakerRequest) request = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  if (index == GTK_INVALID_LIST_POSITION || member == NULL)
    return;
  list = g_list_model_get_item (G_LIST_MODEL (self->lists), index);

  /* The rank is the registration's: a higher claim would be refused. */
  request = pl_speaker_request_new (NULL);
  pl_speaker_request_set_list (request, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_request_set_delegation (request, self->delegation);
  pl_speaker_request_set_member (request, pl_json_object_get_string (member, "id", NULL));
  pl_speaker_request_set_person (request, pl_json_object_get_string (member, "name", NULL));
  pl_speaker_request_set_rank (request, member_rank (member));
  if (behalf < self->groups->len && g_ptr_array_index (self->groups, behalf) != NULL)
    pl_speaker_request_set_on_behalf_of (request, g_ptr_array_index (self->groups, behalf));
  pl_speaker_request_set_status (request, PL_SPEAKER_REQUEST_PENDING);
  pl_speaker_request_set_requested_at (request, stamp);
  pl_speaker_request_set_requested_by (request, self->user);
  pl_session_add_record (self->session, PL_RECORD (request));

  gtk_window_close (GTK_WINDOW (self));
}

static void
fill (PlSpeakRequestDialog *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) behalves = gtk_string_list_new (NULL);
  GListModel *all = pl_session_get_records (self->session, PL_TYPE_SPEAKER_LIST);
  PlRecord *delegation = pl_session_lookup (self->session, self->delegation);
  g_autoptr(GPtrArray) members = pl_json_node_get_objects (PL_IS_DELEGATION (delegation)
                                                          ? pl_delegation_get_members (PL_DELEGATION (delegation))
                                                          : NULL);
  g_autoptr(GPtrArray) groups = pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (self->session)));
  const char *name = pl_speaker_delegation_name (self->session, self->delegation);
  g_autofree char *description = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (all, i);
      g_autofree char *title = list_title (list);

      g_list_store_append (self->lists, list);
      gtk_string_list_append (titles, title);
    }
  adw_combo_row_set_model (self->list_row, G_LIST_MODEL (titles));

  /* Only the registered members: whoever speaks must be accredited, and
   * their rank is what the registration says. */
  for (guint i = 0; i < members->len; i++)
    {
      JsonObject *member = g_ptr_array_index (members, i);

      if (pl_json_object_get_string (member, "id", NULL) == NULL
          || pl_json_object_get_string (member, "name", NULL) == NULL)
        continue;
      g_ptr_array_add (self->members, json_object_ref (member));
      gtk_string_list_append (names, pl_json_object_get_string (member, "name", NULL));
    }
  adw_combo_row_set_model (self->member_row, G_LIST_MODEL (names));

  /* Translators: “on behalf of” choice: the delegation speaks for itself */
  gtk_string_list_append (behalves, _("Own delegation"));
  g_ptr_array_add (self->groups, NULL);
  for (guint i = 0; i < groups->len; i++)
    {
      const char *id = pl_json_object_get_string (g_ptr_array_index (groups, i), "id", NULL);

      if (id == NULL)
        continue;
      g_ptr_array_add (self->groups, g_strdup (id));
      gtk_string_list_append (behalves, pl_json_object_get_string (g_ptr_array_index (groups, i), "name", id));
    }
  adw_combo_row_set_model (self->behalf_row, G_LIST_MODEL (behalves));
  pl_compat_combo_row_name_items (self->list_row);
  pl_compat_combo_row_name_items (self->member_row);
  pl_compat_combo_row_name_items (self->behalf_row);

  if (self->members->len == 0)
    /* Translators: %s is a delegation, “Kenya” */
    description = g_strdup_printf (_("No member of %s is registered yet. Ask the secretariat to register the "
                                     "delegation’s members first."), name);
  else
    /* Translators: %s is a delegation, “Kenya” */
    description = g_strdup_printf (_("For %s. The function and rank are those of the registration. "
                                     "The secretariat accepts the request or declines it with a reason."), name);
  adw_preferences_group_set_description (self->group, description);
  gtk_widget_set_sensitive (self->request_button,
                            g_list_model_get_n_items (G_LIST_MODEL (self->lists)) > 0 && self->members->len > 0);
  on_member_selected_cb (self);
}

static void
pl_speak_request_dialog_dispose (GObject *object)
{
  PlSpeakRequestDialog *self = PL_SPEAK_REQUEST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_SPEAK_REQUEST_DIALOG);
  g_clear_object (&self->lists);
  g_clear_object (&self->session);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-speak-request-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, group);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, list_row);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, member_row);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, rank_row);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, behalf_row);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakRequestDialog, request_button);
  gtk_widget_class_bind_template_callback (widget_class, on_request_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_selected_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_speak_request_dialog_init (PlSpeakRequestDialog *self)
{
  self->lists = g_list_store_new (PL_TYPE_SPEAKER_LIST);
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
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

  self = g_object_new (PL_TYPE_SPEAK_REQUEST_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->delegation = g_strdup (delegation);
  self->user = g_strdup (user);
  fill (self);

  return GTK_WIDGET (self);
}

/**
 * pl_speak_request_dialog_select_list:
 *
 * Makes @list the list asked for: the one the delegate was looking at.
 */
void
pl_speak_request_dialog_select_list (PlSpeakRequestDialog *self,
                                     PlSpeakerList        *list)
{
  guint position;

  g_return_if_fail (PL_IS_SPEAK_REQUEST_DIALOG (self));

  if (list != NULL && g_list_store_find (self->lists, list, &position))
    adw_combo_row_set_selected (self->list_row, position);
}
