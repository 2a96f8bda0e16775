/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-check-bureau.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-page.h"
#include "pl-credentials-status.h"
#include "pl-delegation-import.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-participants-page.h"
#include "pl-participation.h"
#include "pl-reference-states.h"
#include "pl-window.h"
#include "pl-json-text.h"

/**
 * PlParticipantsPage:
 *
 * Who takes part (rules 14-17): the session's delegations in a
 * GtkColumnView, sortable by every column, narrowed by a search (name or
 * ISO code, as you type) and by category, regional group and participation
 * status, beside the editor of the selected delegation and its members.
 * States come from the reference list (Add State…), organizations are
 * entered by hand (Add Organization…), and a registration system's CSV is
 * imported all or nothing as one undo step (Import from CSV…).
 *
 * The model chain is the session's store → GtkFilterListModel (an
 * GtkEveryFilter of the search and the three facets) → GtkSortListModel
 * (the column view's sorter) → GtkSingleSelection: with 250 delegations a
 * keystroke refilters and resorts in well under a frame (bench-participants-ui).
 */
struct _PlParticipantsPage
{
  PlPage              parent_instance;

  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtkStringFilter    *name_filter;
  GtkStringFilter    *iso_filter;
  GtkFilter          *facet_filter;
  GPtrArray          *group_ids;       /* index in the group lists → id */
  PlDelegation       *delegation;      /* being edited */
  GSignalGroup       *delegation_signals;
  GCancellable       *cancellable;
  gboolean            updating;
  char               *expanded_member; /* id of the member row left open */

  /* template children */
  AdwFlap            *flap;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *category_drop;
  GtkDropDown        *group_drop;
  GtkDropDown        *status_drop;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkLabel           *summary_label;
  GtkStack           *editor_stack;
  GtkLabel           *heading;
  GtkEntry           *name_entry;
  AdwComboRow        *category_row;
  AdwComboRow        *group_row;
  GtkSwitch          *present_switch;
  AdwPreferencesGroup *participation_group;
  AdwComboRow        *observer_row;
  AdwActionRow       *participation_row;
  GtkWidget          *credentials_button;
  AdwPreferencesGroup *members_group;
  GtkListBox         *members_list;
  GtkEntry           *member_name_entry;
  GtkEntry           *member_email_entry;
  AdwComboRow        *member_function_row;
  AdwComboRow        *member_rank_row;
  GtkWidget          *add_member_button;
};

G_DEFINE_FINAL_TYPE (PlParticipantsPage, pl_participants_page, PL_TYPE_PAGE)

typedef enum {
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_GROUP,
  COLUMN_STATUS,
  COLUMN_PRESENT,
  COLUMN_MEMBERS,
} Column;

/* In the order of PlDelegationCategory. */
static const char *category_labels[] = {
  N_("State party"), N_("Signatory State"), N_("Non-signatory State"),
  N_("Regional economic integration organization"), N_("United Nations entity"),
  N_("Intergovernmental organization"), N_("NGO in consultative status"),
  N_("Other NGO"), NULL
};
/* The same, short, for the table's column. */
static const char *category_short_labels[] = {
  N_("State party"), N_("Signatory"), N_("Non-signatory"), N_("REIO"), N_("UN entity"),
  N_("IGO"), N_("NGO (ECOSOC)"), N_("NGO (other)"), NULL
};
/* In the order of PlObserverStatus. */
static const char *observer_labels[] = {
  N_("None received"), N_("Notified"), N_("Applied"), N_("Accorded"), N_("Objected to"), NULL
};
/* In the order of PlMemberFunction. */
static const char *function_labels[] = {
  N_("Head of delegation"), N_("Alternate"), N_("Representative"), N_("Adviser"), NULL
};
/* In the order of PlRank. */
static const char *rank_labels[] = {
  N_("Head of State"), N_("Head of Government"), N_("Vice-President"), N_("Minister"),
  N_("Deputy Minister"), N_("Ambassador"), N_("Official"), N_("Other"), NULL
};

static void update_editor (PlParticipantsPage *self);
static void on_members_row_notify_cb (GtkWidget          *widget,
                                      GParamSpec         *pspec,
                                      PlParticipantsPage *self);

/* Helpers */

static GListModel *
string_list_new (const char * const *labels,
                 const char         *first)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));

  return G_LIST_MODEL (list);
}

static void
toast (PlParticipantsPage *self,
       const char         *text,
       gboolean            with_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *t;

  if (overlay == NULL)
    return;

  t = adw_toast_new (text);
  if (with_undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), t);
}

static const char *
group_name (PlParticipantsPage *self,
            const char         *group_id)
{
  if (group_id == NULL || *group_id == '\0')
    return "";

  return pl_bureau_group_name (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))), group_id);
}

static guint
group_index (PlParticipantsPage *self,
             const char         *group_id)
{
  for (guint i = 0; i < self->group_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->group_ids, i), group_id) == 0)
      return i + 1;

  return 0;
}

static char *
member_summary (JsonObject *member,
                const char *email)
{
  PlMemberFunction function = PL_MEMBER_FUNCTION_REPRESENTATIVE;
  PlRank rank = PL_RANK_OTHER;
  int value;

  if (pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION,
                         pl_json_object_get_string (member, "function", ""), &value))
    function = value;
  /* rank_labels has the ranks a member is given, not "unknown". */
  if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &value) &&
      value <= PL_RANK_OTHER)
    rank = value;

  if (email != NULL && *email != '\0')
    return g_strdup_printf ("%s · %s · %s", _(function_labels[function]), _(rank_labels[rank]), email);

  return g_strdup_printf ("%s · %s", _(function_labels[function]), _(rank_labels[rank]));
}

/* Filtering and sorting */

static gboolean
facet_filter_cb (gpointer item,
                 gpointer user_data)
{
  PlParticipantsPage *self = user_data;
  PlDelegation *delegation = item;
  guint category = gtk_drop_down_get_selected (self->category_drop);
  guint group = gtk_drop_down_get_selected (self->group_drop);
  guint status = gtk_drop_down_get_selected (self->status_drop);

  /* Index 0 of each drop-down is "All …". */
  if (category > 0 && category != GTK_INVALID_LIST_POSITION &&
      pl_delegation_get_category (delegation) != category - 1)
    return FALSE;
  if (group > 0 && group != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (pl_delegation_get_regional_group (delegation),
                 group <= self->group_ids->len ? g_ptr_array_index (self->group_ids, group - 1) : NULL) != 0)
    return FALSE;
  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      pl_participation_for_delegation (delegation) != status - 1)
    return FALSE;

  return TRUE;
}

static int
compare_category_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  return (int) pl_delegation_get_category ((PlDelegation *) a) - (int) pl_delegation_get_category ((PlDelegation *) b);
}

static int
compare_group_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  PlParticipantsPage *self = user_data;

  return g_utf8_collate (group_name (self, pl_delegation_get_regional_group ((PlDelegation *) a)),
                         group_name (self, pl_delegation_get_regional_group ((PlDelegation *) b)));
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return (int) pl_participation_for_delegation ((PlDelegation *) a) -
         (int) pl_participation_for_delegation ((PlDelegation *) b);
}

static int
compare_present_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return (int) pl_delegation_get_present ((PlDelegation *) b) - (int) pl_delegation_get_present ((PlDelegation *) a);
}

static int
compare_members_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return (int) pl_delegation_get_n_members ((PlDelegation *) a) - (int) pl_delegation_get_n_members ((PlDelegation *) b);
}

static void
update_summary (PlParticipantsPage *self)
{
  GListModel *all = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DELEGATION);
  guint n = g_list_model_get_n_items (all);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint present = 0, members = 0;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (all, i);

      present += pl_delegation_get_present (delegation);
      members += pl_delegation_get_n_members (delegation);
    }

  if (shown != n)
    /* Translators: "12 of 181 delegations" */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u delegation", "%u of %u delegations", n), shown, n);
  else
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations", n), n);
  /* Translators: "181 delegations, 150 present, 1,204 members" */
  text = g_strdup_printf (_("%s, %u present, %u members"), count, present, members);
  gtk_label_set_label (self->summary_label, text);

  if (n == 0)
    pl_compat_stack_show_only (self->list_stack, "empty");
  else if (shown == 0)
    pl_compat_stack_show_only (self->list_stack, "no-match");
  else
    pl_compat_stack_show_only (self->list_stack, "list");
}

static void
pl_participants_page_refresh (PlPage *page)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  /* A delegation's name, category or status changed: its place in the
   * filter and the order may have too. */
  gtk_filter_changed (self->facet_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->name_filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_column_view_get_sorter (self->column_view) != NULL)
    gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void on_delegation_changed_cb (PlParticipantsPage *self);

static void
pl_participants_page_session_changed (PlPage       *page,
                                      PlRecord     *record,
                                      PlChangeKind  kind,
                                      const char   *field)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  /* A member's email is in the delegation's contact record (issue 16):
   * its edits, undo and sync show in the editor as the delegation's do. */
  if (PL_IS_CONTACT (record))
    {
      g_autofree char *contact_id = self->delegation != NULL
                                    ? pl_contact_id_for (pl_record_get_id (PL_RECORD (self->delegation)))
                                    : NULL;

      if (contact_id != NULL && g_str_equal (contact_id, pl_record_get_id (record)))
        on_delegation_changed_cb (self);
      return;
    }

  if (!PL_IS_DELEGATION (record))
    return;

  pl_page_queue_refresh (PL_PAGE (self));
}

static void
on_search_changed_cb (PlParticipantsPage *self)
{
  pl_participants_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_facet_changed_cb (PlParticipantsPage *self)
{
  gtk_filter_changed (self->facet_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Cells */

static void
update_cell (GtkWidget    *cell,
             PlDelegation *delegation)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (gtk_widget_get_ancestor (cell, PL_TYPE_PARTICIPANTS_PAGE));
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  PlDelegationCategory category = pl_delegation_get_category (delegation);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      pl_column_view_name_cell_update (cell, delegation);
      break;
    case COLUMN_CATEGORY:
      gtk_label_set_label (GTK_LABEL (cell), _(category_short_labels[category]));
      gtk_widget_set_tooltip_text (cell, _(category_labels[category]));
      break;
    case COLUMN_GROUP:
      if (self != NULL)
        {
          const char *name = group_name (self, pl_delegation_get_regional_group (delegation));

          gtk_label_set_label (GTK_LABEL (cell), name);
          gtk_widget_set_tooltip_text (cell, *name ? name : NULL);
        }
      break;
    case COLUMN_STATUS:
      {
        GtkWidget *status = gtk_widget_get_first_child (cell);
        GtkWidget *rule = gtk_widget_get_last_child (cell);
        PlParticipation participation = pl_participation_for_delegation (delegation);

        gtk_label_set_label (GTK_LABEL (status), pl_participation_to_label (participation));
        gtk_label_set_label (GTK_LABEL (rule), pl_participation_rule (category));
        gtk_widget_set_tooltip_text (cell, pl_participation_describe_requirement (category));
        gtk_widget_remove_css_class (status, "warning");
        gtk_widget_remove_css_class (status, "error");
        gtk_widget_remove_css_class (status, "success");
        if (participation == PL_PARTICIPATION_AWAITING || participation == PL_PARTICIPATION_PENDING)
          gtk_widget_add_css_class (status, "warning");
        else if (participation == PL_PARTICIPATION_REFUSED)
          gtk_widget_add_css_class (status, "error");
        else if (participation == PL_PARTICIPATION_ADMITTED)
          gtk_widget_add_css_class (status, "success");
      }
      break;
    case COLUMN_PRESENT:
      g_signal_handlers_block_matched (cell, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, delegation);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell), pl_delegation_get_present (delegation));
      g_signal_handlers_unblock_matched (cell, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, delegation);
      text = g_strdup_printf (_("%s present"), pl_delegation_get_name (delegation) ?: "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      break;
    case COLUMN_MEMBERS:
      text = g_strdup_printf ("%u", pl_delegation_get_n_members (delegation));
      gtk_label_set_label (GTK_LABEL (cell), text);
      break;
    default:
      break;
    }
}

static void
on_delegation_notify_cb (PlDelegation *delegation,
                         GParamSpec   *pspec,
                         GtkWidget    *cell)
{
  update_cell (cell, delegation);
}

static void
on_present_toggled_cb (GtkCheckButton *check,
                       PlDelegation   *delegation)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (check), PL_TYPE_PARTICIPANTS_PAGE);

  if (page != NULL)
    pl_edit_burst_flush (pl_page_get_session (PL_PAGE (page)));
  pl_delegation_set_present (delegation, gtk_check_button_get_active (check));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell;

  switch (column)
    {
    case COLUMN_NAME:
      cell = pl_column_view_name_cell_new ();
      break;
    case COLUMN_STATUS:
      {
        GtkWidget *rule = pl_column_view_label_new (TRUE);

        cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
        gtk_box_append (GTK_BOX (cell), pl_column_view_label_new (FALSE));
        gtk_widget_add_css_class (rule, "caption");
        gtk_box_append (GTK_BOX (cell), rule);
      }
      break;
    case COLUMN_PRESENT:
      cell = gtk_check_button_new ();
      gtk_widget_set_halign (cell, GTK_ALIGN_CENTER);
      break;
    case COLUMN_MEMBERS:
      cell = pl_column_view_label_new (FALSE);
      gtk_label_set_xalign (GTK_LABEL (cell), 1);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case COLUMN_CATEGORY:
    case COLUMN_GROUP:
    default:
      cell = pl_column_view_label_new (FALSE);
      break;
    }

  g_object_set_data (G_OBJECT (cell), "column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  PlDelegation *delegation = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  update_cell (cell, delegation);
  g_signal_connect (delegation, "notify", G_CALLBACK (on_delegation_notify_cb), cell);
  if (column == COLUMN_PRESENT)
    g_signal_connect (cell, "toggled", G_CALLBACK (on_present_toggled_cb), delegation);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  PlDelegation *delegation = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (delegation == NULL)
    return;

  g_signal_handlers_disconnect_by_func (delegation, on_delegation_notify_cb, cell);
  g_signal_handlers_disconnect_matched (cell, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, delegation);
}

static GtkColumnViewColumn *
add_column (PlParticipantsPage *self,
            Column              column,
            const char         *title,
            GtkSorter          *sorter,
            gboolean            expand,
            int                 fixed_width)
{
  return pl_column_view_append_column (self->column_view, title, sorter, expand, fixed_width,
                                       G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb),
                                       G_CALLBACK (unbind_cell_cb), GINT_TO_POINTER (column),
                                       GINT_TO_POINTER (column));
}

/* Selection */

static PlDelegation *
selected_delegation (PlParticipantsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_actions (PlParticipantsPage *self)
{
  PlDelegation *delegation = self->delegation;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.delete", delegation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.show-credentials",
                                 delegation != NULL &&
                                 pl_participation_needs_credentials (pl_delegation_get_category (delegation)));
}

static void
set_delegation (PlParticipantsPage *self,
                PlDelegation       *delegation)
{
  if (self->delegation == delegation)
    return;

  /* The burst of typing belongs to the delegation being left. */
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  g_clear_pointer (&self->expanded_member, g_free);
  g_set_object (&self->delegation, delegation);
  adw_flap_set_reveal_flap (self->flap, delegation != NULL);
  g_signal_group_set_target (self->delegation_signals, delegation);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->member_email_entry), "");
  update_editor (self);
  update_actions (self);
}

static void
on_selection_changed_cb (PlParticipantsPage *self)
{
  PlDelegation *delegation = selected_delegation (self);

  /* A row that leaves the view under a filter keeps its editor open. */
  if (delegation == NULL && self->delegation != NULL &&
      pl_session_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->delegation))) != NULL)
    return;

  set_delegation (self, delegation);
}

static void
on_records_changed_cb (PlParticipantsPage *self)
{
  /* The delegation edited was deleted (or its addition undone). */
  if (self->delegation != NULL &&
      pl_session_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->delegation))) != PL_RECORD (self->delegation))
    set_delegation (self, selected_delegation (self));
  update_summary (self);
}

/* The editor */

/* A member's name or email edited in its row: the members are one
 * sealed JSON array, so the edit stores a new one (one undo step). */
static void
on_member_field_commit_cb (PlParticipantsPage *self,
                           GtkEntry           *entry)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "member-id");
  const char *field = g_object_get_data (G_OBJECT (entry), "field");
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(JsonArray) members = NULL;
  JsonObject *member = NULL;
  const char *other_name, *other_email, *found_id, *email, *current;
  const char *delegation_id;
  PlContact *contact;
  int found;

  if (self->delegation == NULL || id == NULL || field == NULL)
    return;

  members = pl_delegation_copy_members (self->delegation);
  for (guint i = 0; i < json_array_get_length (members) && member == NULL; i++)
    {
      JsonNode *node = json_array_get_element (members, i);

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          g_strcmp0 (pl_json_object_get_string (json_node_get_object (node), "id", NULL), id) == 0)
        member = json_node_get_object (node);
    }
  /* The email is the secretariat-only contact record's (issue 16), the
   * name the public delegation's. */
  delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), delegation_id);
  email = contact != NULL ? pl_contact_get_email (contact, id) : NULL;
  if (email == NULL)
    email = "";
  if (member == NULL)
    return;
  current = g_str_equal (field, "email") ? email : pl_json_object_get_string (member, field, "");
  if (g_strcmp0 (current, value) == 0)
    return;

  other_name = g_str_equal (field, "name") ? value : pl_json_object_get_string (member, "name", "");
  other_email = g_str_equal (field, "email") ? value : email;
  found = pl_delegation_find_member (self->delegation, contact, other_name, other_email);
  found_id = found >= 0 ? pl_json_object_get_string (pl_delegation_get_member (self->delegation, found), "id", NULL)
                        : NULL;
  if (*other_name == '\0' || (found >= 0 && g_strcmp0 (found_id, id) != 0))
    {
      /* No nameless member, and never the same person twice (issue 6). */
      toast (self, *other_name == '\0' ? _("A member needs a name")
                                       : _("That person is already a member of this delegation"), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (entry), current);
      return;
    }

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  g_free (self->expanded_member);
  self->expanded_member = g_strdup (id);
  if (g_str_equal (field, "email"))
    {
      /* One undo step, the contact record made if this is its first. */
      pl_contact_store_email (pl_page_get_session (PL_PAGE (self)), delegation_id, id, value);
      return;
    }
  json_object_set_string_member (member, field, value);
  pl_delegation_store_members (self->delegation, members);
}

static void
on_member_field_leave_cb (GtkEventControllerFocus *focus,
                          PlParticipantsPage      *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  /* Left because the list is being rebuilt: nothing to commit. */
  if (gtk_widget_get_root (entry) == NULL)
    return;

  on_member_field_commit_cb (self, GTK_ENTRY (entry));
}

static void
update_members (PlParticipantsPage *self)
{
  GtkWidget *child;
  PlContact *contact;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->members_list))) != NULL)
    gtk_list_box_remove (self->members_list, child);

  if (self->delegation == NULL)
    return;

  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->delegation)));
  n = pl_delegation_get_n_members (self->delegation);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *member = pl_delegation_get_member (self->delegation, i);
      const char *name, *id, *email;
      g_autofree char *subtitle = NULL;
      g_autofree char *remove_name = NULL;
      GtkWidget *row, *function_row, *rank_row, *remove, *remove_row;
      int value;

      if (member == NULL)
        continue;

      name = pl_json_object_get_string (member, "name", "");
      id = pl_json_object_get_string (member, "id", "");
      email = contact != NULL ? pl_contact_get_email (contact, id) : NULL;
      subtitle = member_summary (member, email);

      row = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (row), "member-id", g_strdup (id), g_free);

      for (guint f = 0; f < 2; f++)
        {
          /* Name and email, committed on Enter or when the field is left. */
          const char *field = f == 0 ? "name" : "email";
          GtkWidget *field_row = adw_action_row_new ();
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *entry_name = g_strdup_printf (f == 0 ? _("Name of %s") : _("Email of %s"), name);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), f == 0 ? _("Name") : _("Email"));
          gtk_widget_set_hexpand (entry, TRUE);
          gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
          gtk_editable_set_text (GTK_EDITABLE (entry),
                                 f == 0 ? pl_json_object_get_string (member, field, "") : (email ? email : ""));
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_name, -1);
          g_object_set_data_full (G_OBJECT (entry), "member-id", g_strdup (id), g_free);
          g_object_set_data (G_OBJECT (entry), "field", (gpointer) field);
          g_signal_connect_object (entry, "activate", G_CALLBACK (on_member_field_commit_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (focus, "leave", G_CALLBACK (on_member_field_leave_cb), self, 0);
          gtk_widget_add_controller (entry, focus);
          adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), entry);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field_row), entry);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
        }

      function_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (function_row), _("Function"));
      adw_combo_row_set_model (ADW_COMBO_ROW (function_row), string_list_new (function_labels, NULL));
      if (pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION,
                             pl_json_object_get_string (member, "function", ""), &value))
        adw_combo_row_set_selected (ADW_COMBO_ROW (function_row), value);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), function_row);

      rank_row = adw_combo_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rank_row), _("Rank"));
      adw_combo_row_set_model (ADW_COMBO_ROW (rank_row), string_list_new (rank_labels, NULL));
      if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &value) &&
          value <= PL_RANK_OTHER)
        adw_combo_row_set_selected (ADW_COMBO_ROW (rank_row), value);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rank_row);
      g_object_set_data (G_OBJECT (row), "function-row", function_row);
      g_object_set_data (G_OBJECT (row), "rank-row", rank_row);

      remove_row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Remove from the delegation"));
      remove = gtk_button_new_with_mnemonic (_("_Remove"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "destructive-action");
      /* Translators: %s is a person's name */
      remove_name = g_strdup_printf (_("Remove %s"), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "participants.remove-member");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);

      if (g_strcmp0 (self->expanded_member, id) == 0)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      g_signal_connect_object (function_row, "notify::selected", G_CALLBACK (on_members_row_notify_cb), self, 0);
      g_signal_connect_object (rank_row, "notify::selected", G_CALLBACK (on_members_row_notify_cb), self, 0);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_members_row_notify_cb), self, 0);

      gtk_list_box_append (self->members_list, row);
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No members registered yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->members_list, row);
    }
}

static void
update_participation (PlParticipantsPage *self)
{
  PlDelegationCategory category;
  PlParticipation participation;
  gboolean party;

  if (self->delegation == NULL)
    return;

  category = pl_delegation_get_category (self->delegation);
  participation = pl_participation_for_delegation (self->delegation);
  party = pl_participation_needs_credentials (category);

  adw_preferences_group_set_description (self->participation_group,
                                         pl_participation_describe_requirement (category));
  gtk_widget_set_visible (GTK_WIDGET (self->observer_row), !party);
  adw_combo_row_set_selected (self->observer_row, pl_delegation_get_observer_status (self->delegation));
  adw_action_row_set_subtitle (self->participation_row, pl_participation_to_label (participation));
  gtk_widget_set_visible (self->credentials_button, party);
}

static void
update_editor (PlParticipantsPage *self)
{
  PlDelegation *delegation = self->delegation;
  const char *name;
  g_autofree char *members_title = NULL;

  self->updating = TRUE;

  if (delegation == NULL)
    {
      pl_compat_stack_show_only (self->editor_stack, "empty");
      update_members (self);
      self->updating = FALSE;
      return;
    }

  name = pl_delegation_get_name (delegation);
  gtk_label_set_label (self->heading, name && *name ? name : _("Unnamed Delegation"));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)), name ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ?: "");
  adw_combo_row_set_selected (self->category_row, pl_delegation_get_category (delegation));
  adw_combo_row_set_selected (self->group_row, group_index (self, pl_delegation_get_regional_group (delegation)));
  gtk_switch_set_active (self->present_switch, pl_delegation_get_present (delegation));
  update_participation (self);
  members_title = g_strdup_printf (_("Members (%u)"), pl_delegation_get_n_members (delegation));
  adw_preferences_group_set_title (self->members_group, members_title);
  update_members (self);
  pl_compat_stack_show_only (self->editor_stack, "editor");

  self->updating = FALSE;
}

static void
on_delegation_changed_cb (PlParticipantsPage *self)
{
  update_editor (self);
  update_actions (self);
}

static void
on_name_changed_cb (PlParticipantsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_entry));

  if (self->updating || self->delegation == NULL ||
      g_strcmp0 (text, pl_delegation_get_name (self->delegation)) == 0)
    return;

  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Rename Delegation"));
  pl_delegation_set_name (self->delegation, text);
}

static void
on_focus_leave_cb (PlParticipantsPage *self)
{
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
}

static void
on_category_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->category_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_category (self->delegation, selected);
}

static void
on_group_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->group_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_regional_group (self->delegation,
                                    selected == 0 || selected > self->group_ids->len
                                      ? NULL : g_ptr_array_index (self->group_ids, selected - 1));
}

static void
on_observer_selected_cb (PlParticipantsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->observer_row);

  if (self->updating || self->delegation == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_observer_status (self->delegation, selected);
}

static void
on_present_active_cb (PlParticipantsPage *self)
{
  if (self->updating || self->delegation == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_present (self->delegation, gtk_switch_get_active (self->present_switch));
}

static void
on_member_entry_changed_cb (PlParticipantsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_name_entry))));

  gtk_widget_set_sensitive (self->add_member_button, *name != '\0');
}

static void
on_add_member_cb (PlParticipantsPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_name_entry))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->member_email_entry))));
  g_autofree char *id = NULL;
  const char *delegation_id;
  PlHistory *history;
  guint function = adw_combo_row_get_selected (self->member_function_row);
  guint rank = adw_combo_row_get_selected (self->member_rank_row);

  if (self->delegation == NULL || *name == '\0')
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* Issue 6: the same person (name and email) is never registered twice. */
  delegation_id = pl_record_get_id (PL_RECORD (self->delegation));
  if (pl_delegation_find_member (self->delegation, pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), delegation_id), name, email) >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("%s is already a member of this delegation"), name);

      toast (self, text, FALSE);
      return;
    }

  /* The member in the public delegation, the email in the contact
   * record: one undo step. */
  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (history, NULL);
  id = pl_delegation_add_member (self->delegation, name,
                                 function == GTK_INVALID_LIST_POSITION ? PL_MEMBER_FUNCTION_REPRESENTATIVE : function,
                                 rank == GTK_INVALID_LIST_POSITION ? PL_RANK_OFFICIAL : rank);
  pl_contact_store_email (pl_page_get_session (PL_PAGE (self)), delegation_id, id, email);
  pl_history_end_group (history);
  gtk_editable_set_text (GTK_EDITABLE (self->member_name_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->member_email_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->member_name_entry));
}

static void
on_members_row_notify_cb (GtkWidget          *widget,
                          GParamSpec         *pspec,
                          PlParticipantsPage *self)
{
  /* Any combo of a member's expander: find its member row. */
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);
  const char *id;
  AdwComboRow *function_row, *rank_row;

  if (row == NULL || self->updating || self->delegation == NULL)
    return;

  id = g_object_get_data (G_OBJECT (row), "member-id");
  function_row = g_object_get_data (G_OBJECT (row), "function-row");
  rank_row = g_object_get_data (G_OBJECT (row), "rank-row");
  if (id == NULL || function_row == NULL || rank_row == NULL)
    return;

  if (g_str_equal (pspec->name, "expanded"))
    {
      if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
        {
          g_free (self->expanded_member);
          self->expanded_member = g_strdup (id);
        }
      return;
    }

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_update_member (self->delegation, id,
                               adw_combo_row_get_selected (function_row),
                               adw_combo_row_get_selected (rank_row));
}

/* Add State… */

typedef struct
{
  PlParticipantsPage *page;
  GtkWindow          *window;
  GtkSearchEntry     *search;
  GtkListBox         *list;
} AddState;

static gboolean
state_row_matches (AddState  *data,
                   GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->search));
  const char *haystack = g_object_get_data (G_OBJECT (row), "key");
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;

  needle = g_utf8_casefold (text, -1);
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static void
add_state (AddState   *data,
           const char *iso3)
{
  PlParticipantsPage *self = data->page;
  g_autoptr(GError) error = NULL;
  PlDelegation *delegation;
  g_autofree char *text = NULL;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = pl_delegation_import_add_state (pl_page_get_session (PL_PAGE (self)), iso3, &error);
  if (delegation == NULL)
    {
      toast (self, error->message, FALSE);
      return;
    }

  /* Translators: %s is a State's name */
  text = g_strdup_printf (_("%s added"), pl_delegation_get_name (delegation));
  gtk_window_destroy (data->window);
  pl_participants_page_select_delegation (self, delegation);
  toast (self, text, TRUE);
}

static void
on_state_add_clicked_cb (GtkButton *button,
                         AddState  *data)
{
  add_state (data, g_object_get_data (G_OBJECT (button), "iso3"));
}

static void
on_state_row_activated_cb (GtkListBox    *list,
                           GtkListBoxRow *row,
                           AddState      *data)
{
  add_state (data, g_object_get_data (G_OBJECT (row), "iso3"));
}

static void
on_state_search_changed_cb (AddState *data)
{
  /* Rows are hidden rather than filtered out, so that a screen reader
   * (and AT-SPI in GTK 4.8) does not see the States that do not match. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "iso3") != NULL)
      gtk_widget_set_visible (row, state_row_matches (data, row));
}

static void
on_state_search_activate_cb (AddState *data)
{
  /* Enter adds the first State that matches. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && gtk_widget_get_visible (row) &&
        g_object_get_data (G_OBJECT (row), "iso3") != NULL)
      {
        add_state (data, g_object_get_data (G_OBJECT (row), "iso3"));
        return;
      }
}

static void
add_state_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  GPtrArray *states = pl_reference_states_get ();
  AddState *data = g_new0 (AddState, 1);
  GtkWidget *window, *box, *header, *scrolled, *clamp, *search;
  GtkRoot *root = gtk_widget_get_root (widget);
  guint n = 0;

  data->page = self;
  window = adw_window_new ();
  data->window = GTK_WINDOW (window);
  gtk_window_set_title (GTK_WINDOW (window), _("Add State"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 600);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  g_object_set_data_full (G_OBJECT (window), "pl-dialog-data", data, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  search = gtk_search_entry_new ();
  data->search = GTK_SEARCH_ENTRY (search);
  g_object_set (search, "placeholder-text", _("Search the reference list by name or ISO code"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search States"), -1);
  gtk_widget_set_margin_start (search, 12);
  gtk_widget_set_margin_end (search, 12);
  gtk_widget_set_margin_top (search, 6);
  gtk_widget_set_margin_bottom (search, 6);
  gtk_box_append (GTK_BOX (box), search);

  data->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (data->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (data->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (data->list), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (data->list), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (data->list), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (data->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (data->list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("States"), -1);

  /* The reference list, less the States already in the session. */
  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);
      g_autofree char *key = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *add_name = NULL;
      GtkWidget *row, *add;
      const char *group;

      if (pl_delegation_import_find_state (pl_page_get_session (PL_PAGE (self)), state->iso3) != NULL)
        continue;

      group = *state->regional_group ? group_name (self, state->regional_group) : _("No regional group");
      {
        g_autofree char *folded_name = g_utf8_casefold (state->name, -1);
        g_autofree char *folded_iso = g_utf8_casefold (state->iso3, -1);

        key = g_strconcat (folded_name, " ", folded_iso, NULL);
      }
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), state->name);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      subtitle = g_strdup_printf ("%s · %s", state->iso3, group);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

      add = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (add, "flat");
      /* Translators: %s is a State's name */
      add_name = g_strdup_printf (_("Add %s"), state->name);
      gtk_widget_set_tooltip_text (add, add_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_name, -1);
      g_object_set_data_full (G_OBJECT (add), "iso3", g_strdup (state->iso3), g_free);
      g_signal_connect (add, "clicked", G_CALLBACK (on_state_add_clicked_cb), data);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);

      g_object_set_data_full (G_OBJECT (row), "iso3", g_strdup (state->iso3), g_free);
      g_object_set_data_full (G_OBJECT (row), "key", g_strdup (key), g_free);
      gtk_list_box_append (data->list, row);
      n++;
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Every State of the reference list is already in the session"));
      gtk_list_box_append (data->list, row);
    }

  g_signal_connect (data->list, "row-activated", G_CALLBACK (on_state_row_activated_cb), data);
  g_signal_connect_swapped (search, "search-changed", G_CALLBACK (on_state_search_changed_cb), data);
  g_signal_connect_swapped (search, "activate", G_CALLBACK (on_state_search_activate_cb), data);

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (data->list));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (search);
}

/* Add Organization… */

typedef struct
{
  PlParticipantsPage *page;
  GtkWindow          *window;
  GtkEntry           *name;
  AdwComboRow        *category;
  GtkWidget          *add;
} AddOrganization;

static void
on_organization_name_changed_cb (AddOrganization *data)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name))));

  gtk_widget_set_sensitive (data->add, *name != '\0');
}

static void
on_organization_add_cb (AddOrganization *data)
{
  PlParticipantsPage *self = data->page;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->name))));
  guint category = adw_combo_row_get_selected (data->category);
  PlDelegation *delegation;

  if (*name == '\0' || category == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = pl_participation_add_delegation (pl_page_get_session (PL_PAGE (self)), name, category, NULL);
  gtk_window_destroy (data->window);
  pl_participants_page_select_delegation (self, delegation);
}

static void
add_organization_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  AddOrganization *data = g_new0 (AddOrganization, 1);
  GtkWidget *window, *box, *header, *cancel, *list, *name_row, *group;
  GtkRoot *root = gtk_widget_get_root (widget);

  data->page = self;
  window = adw_window_new ();
  data->window = GTK_WINDOW (window);
  gtk_window_set_title (GTK_WINDOW (window), _("Add Organization"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, -1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  g_object_set_data_full (G_OBJECT (window), "pl-dialog-data", data, g_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  data->add = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (data->add, "suggested-action");
  gtk_widget_set_sensitive (data->add, FALSE);
  g_signal_connect_swapped (data->add, "clicked", G_CALLBACK (on_organization_add_cb), data);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), data->add);
  gtk_box_append (GTK_BOX (box), header);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A United Nations entity, an intergovernmental or non-governmental organization, "
                                           "or a State missing from the reference list"));
  gtk_widget_set_margin_top (group, 18);
  gtk_widget_set_margin_bottom (group, 18);
  gtk_widget_set_margin_start (group, 18);
  gtk_widget_set_margin_end (group, 18);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  name_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("_Name"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (name_row), TRUE);
  data->name = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (data->name), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (data->name), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Organization Name"), -1);
  g_signal_connect_swapped (data->name, "changed", G_CALLBACK (on_organization_name_changed_cb), data);
  g_signal_connect_swapped (data->name, "activate", G_CALLBACK (on_organization_add_cb), data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (name_row), GTK_WIDGET (data->name));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (name_row), GTK_WIDGET (data->name));
  gtk_list_box_append (GTK_LIST_BOX (list), name_row);

  data->category = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->category), _("_Category"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (data->category), TRUE);
  adw_combo_row_set_model (data->category, string_list_new (category_labels, NULL));
  adw_combo_row_set_selected (data->category, PL_DELEGATION_CATEGORY_IGO);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->category));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (GTK_BOX (box), group);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (data->name));
}

/* Import from CSV… */

static void
show_import_report (PlParticipantsPage       *self,
                    PlDelegationImportReport *report,
                    const char               *display_name)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *description = NULL;

  gtk_window_set_title (GTK_WINDOW (window), _("Import Refused"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Nothing Was Imported"));
  /* Translators: %s is a file name */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u row of %s was rejected. Correct it and import the file again: "
                                              "an import is all or nothing.",
                                              "%u rows of %s were rejected. Correct them and import the file again: "
                                              "an import is all or nothing.",
                                              report->rejections->len),
                                 report->rejections->len, display_name);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_add_css_class (status, "compact");
  gtk_box_append (GTK_BOX (inner), status);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_bottom (list, 18);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rejected Rows"), -1);
  for (guint i = 0; i < report->rejections->len; i++)
    {
      PlDelegationImportRejection *rejection = g_ptr_array_index (report->rejections, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf (_("Line %u"), rejection->line);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rejection->reason);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (inner), list);

  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

/**
 * pl_participants_page_import_bytes:
 * @display_name: the file's name, for the report
 *
 * Imports a registration CSV (pl_delegation_import): all or nothing. On
 * success one undo step and a toast with the summary; on rejected rows a
 * window lists every line and reason, and the session is unchanged.
 *
 * Returns: %TRUE if imported
 */
gboolean
pl_participants_page_import_bytes (PlParticipantsPage *self,
                                   GBytes             *csv,
                                   const char         *display_name)
{
  g_autoptr(PlDelegationImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkRoot *root;

  g_return_val_if_fail (PL_IS_PARTICIPANTS_PAGE (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  if (!pl_delegation_import (pl_page_get_session (PL_PAGE (self)), csv, &report, &error))
    {
      root = gtk_widget_get_root (GTK_WIDGET (self));
      if (g_error_matches (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED) && report != NULL)
        show_import_report (self, report, display_name);
      else
        {
          /* Translators: %s is a file name, then why it was refused */
          g_autofree char *body = g_strdup_printf (_("%s: %s. Nothing was imported."), display_name, error->message);

          pl_compat_show_message (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  _("Could Not Import the Delegations"), body);
        }
      return FALSE;
    }

  summary = pl_delegation_import_report_summary (report);
  toast (self, summary, TRUE);
  update_summary (self);

  return TRUE;
}

static void
on_import_loaded_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlParticipantsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

          pl_compat_show_message (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  _("Could Not Read the File"), error->message);
        }
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  pl_participants_page_import_bytes (self, bytes, name);
}

static void
on_import_chosen_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PlParticipantsPage) self = user_data;
  g_autoptr(GFile) file = pl_compat_choose_file_finish (result, NULL);

  if (file == NULL || self->cancellable == NULL)
    return;

  g_file_load_contents_async (file, self->cancellable, on_import_loaded_cb, g_object_ref (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  pl_compat_choose_file_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, PL_COMPAT_FILE_OPEN_CSV,
                               _("Import Delegations"), NULL, self->cancellable,
                               on_import_chosen_cb, g_object_ref (self));
}

/* Other actions */

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  g_autoptr(PlDelegation) delegation = NULL;
  PlCredentials *credentials;
  PlContact *contact;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  g_autofree char *text = NULL;

  if (self->delegation == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = g_object_ref (self->delegation);
  credentials = pl_credentials_find (pl_page_get_session (PL_PAGE (self)), delegation);

  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (delegation)));

  /* One step: the delegation, its credentials and its contact record,
   * which would otherwise name a delegation that is gone. */
  pl_history_begin_group (history, _("Delete Delegation"));
  if (credentials != NULL)
    pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (credentials));
  if (contact != NULL)
    pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (contact));
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (delegation));
  pl_history_end_group (history);

  /* Translators: %s is a delegation's name */
  text = g_strdup_printf (_("%s deleted"), pl_delegation_get_name (delegation));
  toast (self, text, TRUE);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  PlHistory *history;
  PlContact *contact;

  if (self->delegation == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* The member leaves the delegation and its contact record: one step. */
  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->delegation)));
  pl_history_begin_group (history, NULL);
  pl_delegation_remove_member (self->delegation, g_variant_get_string (parameter, NULL));
  if (contact != NULL)
    pl_contact_remove_member (contact, g_variant_get_string (parameter, NULL));
  pl_history_end_group (history);
}

static void
show_credentials_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *page;

  if (self->delegation == NULL || !PL_IS_WINDOW (root))
    return;

  page = pl_window_get_page (PL_WINDOW (root), "credentials");
  if (page == NULL || !PL_IS_CREDENTIALS_PAGE (page))
    return;

  pl_credentials_page_select_delegation (PL_CREDENTIALS_PAGE (page), self->delegation);
  pl_window_show_page (PL_WINDOW (root), "credentials");
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlParticipantsPage *self = (PlParticipantsPage *) widget;

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  set_delegation (self, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PL_PARTICIPANTS_PAGE (widget)->search_entry));
}

/* Regional groups */

static void
fill_groups (PlParticipantsPage *self)
{
  JsonNode *node = pl_session_settings_get_regional_groups (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));
  g_autoptr(GtkStringList) filter_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) editor_list = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->group_ids, 0);
  gtk_string_list_append (filter_list, _("All Groups"));
  gtk_string_list_append (editor_list, _("None"));
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;
          const char *id, *name;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          object = json_node_get_object (element);
          id = pl_json_object_get_string (object, "id", NULL);
          name = pl_json_object_get_string (object, "name", id);
          if (id == NULL)
            continue;
          g_ptr_array_add (self->group_ids, g_strdup (id));
          gtk_string_list_append (filter_list, name);
          gtk_string_list_append (editor_list, name);
        }
    }

  self->updating = TRUE;
  gtk_drop_down_set_model (self->group_drop, G_LIST_MODEL (filter_list));
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (editor_list));
  self->updating = FALSE;
  update_editor (self);
}

/* PlPage */

static gboolean
pl_participants_page_select_record (PlPage   *page,
                                    PlRecord *record)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  if (!PL_IS_DELEGATION (record))
    return FALSE;

  pl_participants_page_select_delegation (self, PL_DELEGATION (record));
  return TRUE;
}

/* GObject */

static void
pl_participants_page_constructed (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);
  GListModel *delegations;
  GtkFilter *filter;
  GtkColumnViewColumn *name_column;

  G_OBJECT_CLASS (pl_participants_page_parent_class)->constructed (object);

  delegations = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DELEGATION);

  self->facet_filter = GTK_FILTER (gtk_custom_filter_new (facet_filter_cb, self, NULL));
  filter = pl_column_view_delegation_filter_new (self->facet_filter, &self->name_filter, &self->iso_filter);
  self->selection = pl_column_view_set_filtered_model (self->column_view, delegations, filter,
                                                       &self->filter_model, &self->sort_model);

  name_column = add_column (self, COLUMN_NAME, _("Name"), pl_column_view_delegation_sorter_new (), TRUE, 160);
  add_column (self, COLUMN_CATEGORY, _("Category"),
              GTK_SORTER (gtk_custom_sorter_new (compare_category_cb, NULL, NULL)), FALSE, 110);
  add_column (self, COLUMN_GROUP, _("Regional Group"),
              GTK_SORTER (gtk_custom_sorter_new (compare_group_cb, self, NULL)), FALSE, 150);
  add_column (self, COLUMN_STATUS, _("Status"),
              GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, NULL, NULL)), FALSE, 160);
  add_column (self, COLUMN_PRESENT, _("Present"),
              GTK_SORTER (gtk_custom_sorter_new (compare_present_cb, NULL, NULL)), FALSE, 76);
  add_column (self, COLUMN_MEMBERS, _("Members"),
              GTK_SORTER (gtk_custom_sorter_new (compare_members_cb, NULL, NULL)), FALSE, 86);
  pl_column_view_sort_by (self->column_view, self->sort_model, name_column);

  gtk_drop_down_set_model (self->category_drop, string_list_new (category_labels, _("All Categories")));
  {
    g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

    gtk_string_list_append (statuses, _("All Statuses"));
    for (PlParticipation p = PL_PARTICIPATION_AS_PARTY; p <= PL_PARTICIPATION_REFUSED; p++)
      gtk_string_list_append (statuses, pl_participation_to_label (p));
    gtk_drop_down_set_model (self->status_drop, G_LIST_MODEL (statuses));
  }
  adw_combo_row_set_model (self->category_row, string_list_new (category_labels, NULL));
  adw_combo_row_set_model (self->observer_row, string_list_new (observer_labels, NULL));
  adw_combo_row_set_model (self->member_function_row, string_list_new (function_labels, NULL));
  adw_combo_row_set_selected (self->member_function_row, PL_MEMBER_FUNCTION_REPRESENTATIVE);
  adw_combo_row_set_model (self->member_rank_row, string_list_new (rank_labels, NULL));
  adw_combo_row_set_selected (self->member_rank_row, PL_RANK_OFFICIAL);
  fill_groups (self);
  g_signal_connect_object (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))), "notify::regional-groups",
                           G_CALLBACK (fill_groups), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (self->category_drop, "notify::selected", G_CALLBACK (on_facet_changed_cb), self);
  g_signal_connect_swapped (self->group_drop, "notify::selected", G_CALLBACK (on_facet_changed_cb), self);
  g_signal_connect_swapped (self->status_drop, "notify::selected", G_CALLBACK (on_facet_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (update_summary), self);
  g_signal_connect_object (delegations, "items-changed", G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);

  update_summary (self);
  update_editor (self);
  update_actions (self);
}

static void
pl_participants_page_dispose (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->delegation_signals != NULL)
    g_signal_group_set_target (self->delegation_signals, NULL);
  g_clear_object (&self->delegation_signals);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->name_filter);
  g_clear_object (&self->iso_filter);
  g_clear_object (&self->facet_filter);
  g_clear_object (&self->delegation);

  G_OBJECT_CLASS (pl_participants_page_parent_class)->dispose (object);
}

static void
pl_participants_page_finalize (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);
  g_clear_pointer (&self->expanded_member, g_free);

  G_OBJECT_CLASS (pl_participants_page_parent_class)->finalize (object);
}

static void
pl_participants_page_class_init (PlParticipantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_participants_page_constructed;
  object_class->dispose = pl_participants_page_dispose;
  page_class->refresh = pl_participants_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_participants_page_session_changed;
  page_class->select_record = pl_participants_page_select_record;
  object_class->finalize = pl_participants_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-participants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, category_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, group_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, heading);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, category_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, group_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, present_switch);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, participation_group);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, observer_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, participation_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, credentials_button);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, members_group);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, member_name_entry);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, member_email_entry);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, member_function_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, member_rank_row);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, add_member_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_member_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_member_entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "participants.add-state", NULL, add_state_action);
  gtk_widget_class_install_action (widget_class, "participants.add-organization", NULL, add_organization_action);
  gtk_widget_class_install_action (widget_class, "participants.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "participants.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "participants.remove-member", "s", remove_member_action);
  gtk_widget_class_install_action (widget_class, "participants.show-credentials", NULL, show_credentials_action);
  gtk_widget_class_install_action (widget_class, "participants.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "participants.close-editor", NULL, close_editor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "participants.close-editor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "participants.add-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "participants.add-organization", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "participants.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "participants.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "participants.search", NULL);
}

static void
pl_participants_page_init (PlParticipantsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();

  g_signal_connect_swapped (self->name_entry, "changed", G_CALLBACK (on_name_changed_cb), self);
  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->name_entry), focus);
  }
  g_signal_connect_swapped (self->category_row, "notify::selected", G_CALLBACK (on_category_selected_cb), self);
  g_signal_connect_swapped (self->group_row, "notify::selected", G_CALLBACK (on_group_selected_cb), self);
  g_signal_connect_swapped (self->observer_row, "notify::selected", G_CALLBACK (on_observer_selected_cb), self);
  g_signal_connect_swapped (self->present_switch, "notify::active", G_CALLBACK (on_present_active_cb), self);

  self->delegation_signals = g_signal_group_new (PL_TYPE_DELEGATION);
  g_signal_group_connect_swapped (self->delegation_signals, "notify", G_CALLBACK (on_delegation_changed_cb), self);
}

GtkWidget *
pl_participants_page_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_PARTICIPANTS_PAGE, "session", session, NULL);
}

/**
 * pl_participants_page_get_model:
 *
 * Returns: (transfer none): the delegations as shown: filtered, then sorted
 */
GListModel *
pl_participants_page_get_model (PlParticipantsPage *self)
{
  g_return_val_if_fail (PL_IS_PARTICIPANTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/**
 * pl_participants_page_set_search:
 *
 * Filters by @text (name or ISO code), as typing in the search does.
 */
void
pl_participants_page_set_search (PlParticipantsPage *self,
                                 const char         *text)
{
  g_return_if_fail (PL_IS_PARTICIPANTS_PAGE (self));

  gtk_string_filter_set_search (self->name_filter, text);
  gtk_string_filter_set_search (self->iso_filter, text);
}

/**
 * pl_participants_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the delegation being edited
 */
PlDelegation *
pl_participants_page_get_selected (PlParticipantsPage *self)
{
  g_return_val_if_fail (PL_IS_PARTICIPANTS_PAGE (self), NULL);

  return self->delegation;
}

/**
 * pl_participants_page_select_delegation:
 *
 * Selects @delegation, clearing the search and filters if they hide it,
 * and scrolls to it.
 */
void
pl_participants_page_select_delegation (PlParticipantsPage *self,
                                        PlDelegation       *delegation)
{
  g_return_if_fail (PL_IS_PARTICIPANTS_PAGE (self));
  g_return_if_fail (PL_IS_DELEGATION (delegation));

  /* A delegation just added is only in the filter once the model has
   * seen it; a filter that hides it is cleared. */
  if (!gtk_filter_match (gtk_filter_list_model_get_filter (self->filter_model), delegation))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      pl_participants_page_set_search (self, "");
      gtk_drop_down_set_selected (self->category_drop, 0);
      gtk_drop_down_set_selected (self->group_drop, 0);
      gtk_drop_down_set_selected (self->status_drop, 0);
    }

  pl_column_view_select_item (self->column_view, self->selection, delegation);

  set_delegation (self, delegation);
}
