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
#include "pl-delegation-table-page.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-participants-page-private.h"
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
 * The model chain is the session's store → GtkSortListModel (the column
 * view's sorter) → GtkFilterListModel (a GtkEveryFilter of the search and
 * the three facets) → GtkSingleSelection (PlRecordTable): a keystroke
 * filters and sorts nothing (bench-participants-ui).
 */

G_DEFINE_FINAL_TYPE (PlParticipantsPage, pl_participants_page, PL_TYPE_DELEGATION_TABLE_PAGE)

typedef enum {
  COLUMN_NAME,
  COLUMN_CATEGORY,
  COLUMN_GROUP,
  COLUMN_STATUS,
  COLUMN_PRESENT,
  COLUMN_MEMBERS,
} Column;

/* In the order of PlDelegationCategory. */
const char *pl_participants_category_labels[] = {
  N_("State party"), N_("Signatory State"), N_("Non-signatory State"),
  N_("Regional economic integration organization"), N_("United Nations entity"),
  N_("Intergovernmental organization"), N_("NGO in consultative status"),
  N_("Other NGO"), NULL
};
/* The same, short, for the table's column. */
const char *pl_participants_category_short_labels[] = {
  N_("State party"), N_("Signatory"), N_("Non-signatory"), N_("REIO"), N_("UN entity"),
  N_("IGO"), N_("NGO (ECOSOC)"), N_("NGO (other)"), NULL
};
/* In the order of PlObserverStatus. */
const char *pl_participants_observer_labels[] = {
  N_("None received"), N_("Notified"), N_("Applied"), N_("Accorded"), N_("Objected to"), NULL
};
/* In the order of PlMemberFunction. */
const char *pl_participants_function_labels[] = {
  N_("Head of delegation"), N_("Alternate"), N_("Representative"), N_("Adviser"), NULL
};
/* In the order of PlRank. */
const char *pl_participants_rank_labels[] = {
  N_("Head of State"), N_("Head of Government"), N_("Vice-President"), N_("Minister"),
  N_("Deputy Minister"), N_("Ambassador"), N_("Official"), N_("Other"), NULL
};


/* Helpers */

/* The delegation in the editor (the base page keeps it). */
PlDelegation *
pl_participants_page_edited (PlParticipantsPage *self)
{
  return pl_delegation_table_page_get_delegation (PL_DELEGATION_TABLE_PAGE (self));
}

GListModel *
pl_participants_string_list_new (const char * const *labels,
                                 const char         *first)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));

  return G_LIST_MODEL (list);
}

/* A combo row of the editor's, its choices @labels, each named as every
 * control is. */
void
pl_participants_combo_row_set_labels (AdwComboRow        *row,
                                      const char * const *labels)
{
  g_autoptr(GListModel) model = pl_participants_string_list_new (labels, NULL);

  adw_combo_row_set_model (row, model);
  pl_compat_combo_row_name_items (row);
}

void
pl_participants_page_toast (PlParticipantsPage *self,
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

const char *
pl_participants_page_group_name (PlParticipantsPage *self,
                                 const char         *group_id)
{
  if (group_id == NULL || *group_id == '\0')
    return "";

  return pl_bureau_group_name (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))), group_id);
}

char *
pl_participants_member_summary (JsonObject *member,
                                const char *email)
{
  PlMemberFunction function = PL_MEMBER_FUNCTION_REPRESENTATIVE;
  PlRank rank = PL_RANK_OTHER;
  int value;

  if (pl_enum_from_nick (PL_TYPE_MEMBER_FUNCTION,
                         pl_json_object_get_string (member, "function", ""), &value))
    function = value;
  /* pl_participants_rank_labels has the ranks a member is given, not "unknown". */
  if (pl_enum_from_nick (PL_TYPE_RANK, pl_json_object_get_string (member, "rank", ""), &value) &&
      value <= PL_RANK_OTHER)
    rank = value;

  if (email != NULL && *email != '\0')
    return g_strdup_printf ("%s · %s · %s", _(pl_participants_function_labels[function]), _(pl_participants_rank_labels[rank]), email);

  return g_strdup_printf ("%s · %s", _(pl_participants_function_labels[function]), _(pl_participants_rank_labels[rank]));
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

  return g_utf8_collate (pl_participants_page_group_name (self, pl_delegation_get_regional_group ((PlDelegation *) a)),
                         pl_participants_page_group_name (self, pl_delegation_get_regional_group ((PlDelegation *) b)));
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

void
pl_participants_page_update_summary (PlParticipantsPage *self)
{
  GListModel *all = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DELEGATION);
  guint n = g_list_model_get_n_items (all);
  guint shown = pl_record_table_get_n_shown (self->table);
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
  pl_delegation_table_page_update_stack (PL_DELEGATION_TABLE_PAGE (self), n);
}

static void
pl_participants_page_refresh (PlPage *page)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  /* A delegation's name, category or status changed: its place in the
   * filter and the order may have too. */
  pl_record_table_refilter (self->table, TRUE);
  pl_participants_page_update_summary (self);
}


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
      PlDelegation *edited = pl_participants_page_edited (self);
      g_autofree char *contact_id = edited != NULL ? pl_contact_id_for (pl_record_get_id (PL_RECORD (edited))) : NULL;

      if (contact_id != NULL && g_str_equal (contact_id, pl_record_get_id (record)))
        pl_delegation_editor_update (self->editor);
      return;
    }

  if (!PL_IS_DELEGATION (record))
    return;

  pl_page_queue_refresh (PL_PAGE (self));
}

/* Cells */

static void on_present_toggled_cb (GtkCheckButton *check);

/* The short labels' long forms, the group's full name and what the
 * status requires (pl_record_table_set_cell_tooltips()). */
static char *
cell_tooltip (gpointer item,
              guint    column,
              gpointer user_data)
{
  PlParticipantsPage *self = user_data;
  PlDelegation *delegation = item;
  PlDelegationCategory category = pl_delegation_get_category (delegation);

  switch (column)
    {
    case COLUMN_CATEGORY:
      return g_strdup (_(pl_participants_category_labels[category]));
    case COLUMN_GROUP:
      return g_strdup (pl_participants_page_group_name (self, pl_delegation_get_regional_group (delegation)));
    case COLUMN_STATUS:
      return g_strdup (pl_participation_describe_requirement (category));
    default:
      return NULL;
    }
}

/* A cell's text. A GtkInscription, not a GtkLabel: its height comes
 * from the font, not from laying out its text, and its text is laid out
 * only when it is drawn. GtkListView keeps 200 rows bound whatever its
 * height, and a keystroke in the huge session's search brings up to 200
 * new rows: each label of theirs was shaped to be measured (issue 23:
 * measuring the new rows' cells was a quarter of the keystroke). */
static GtkWidget *
text_cell_new (gboolean dim)
{
  /* GTK 4.8 gives an inscription no role and no name: a screen reader
   * reads it as the label it replaces. */
  GtkWidget *cell = g_object_new (GTK_TYPE_INSCRIPTION,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LABEL,
                                  "text-overflow", GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END,
                                  "xalign", 0.0f,
                                  NULL);

  /* One line high, in the middle of a row that the status makes two
   * lines high: an ellipsized inscription draws its text at its top. */
  gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
  if (dim)
    gtk_widget_add_css_class (cell, "dim-label");
  return cell;
}

static void
set_cell_text (GtkWidget  *cell,
               const char *text)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text ?: "", -1);
}

static void
update_cell (GtkWidget *cell,
             gpointer   item,
             guint      column,
             gpointer   user_data)
{
  PlParticipantsPage *self = user_data;
  PlDelegation *delegation = item;
  PlDelegationCategory category = pl_delegation_get_category (delegation);
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_CATEGORY:
      set_cell_text (cell, _(pl_participants_category_short_labels[category]));
      break;
    case COLUMN_GROUP:
      set_cell_text (cell, pl_participants_page_group_name (self, pl_delegation_get_regional_group (delegation)));
      break;
    case COLUMN_STATUS:
      {
        GtkWidget *status = gtk_widget_get_first_child (cell);
        GtkWidget *rule = gtk_widget_get_last_child (cell);
        PlParticipation participation = pl_participation_for_delegation (delegation);

        set_cell_text (status, pl_participation_to_label (participation));
        set_cell_text (rule, pl_participation_rule (category));
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
      g_signal_handlers_block_by_func (cell, on_present_toggled_cb, NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell), pl_delegation_get_present (delegation));
      g_signal_handlers_unblock_by_func (cell, on_present_toggled_cb, NULL);
      text = g_strdup_printf (_("%s present"), pl_delegation_get_name (delegation) ?: "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      break;
    case COLUMN_MEMBERS:
      text = g_strdup_printf ("%u", pl_delegation_get_n_members (delegation));
      set_cell_text (cell, text);
      break;
    default:
      break;
    }
}

static void
on_present_toggled_cb (GtkCheckButton *check)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (check), PL_TYPE_PARTICIPANTS_PAGE));
  PlDelegation *delegation = pl_record_table_get_cell_item (self->table, GTK_WIDGET (check));

  if (delegation == NULL)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_delegation_set_present (delegation, gtk_check_button_get_active (check));
}

static GtkWidget *
cell_new (guint column)
{
  GtkWidget *cell;

  switch (column)
    {
    case COLUMN_STATUS:
      {
        GtkWidget *rule = text_cell_new (TRUE);

        cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
        gtk_box_append (GTK_BOX (cell), text_cell_new (FALSE));
        gtk_widget_add_css_class (rule, "caption");
        gtk_box_append (GTK_BOX (cell), rule);
      }
      break;
    case COLUMN_PRESENT:
      cell = gtk_check_button_new ();
      gtk_widget_set_halign (cell, GTK_ALIGN_CENTER);
      g_signal_connect (cell, "toggled", G_CALLBACK (on_present_toggled_cb), NULL);
      break;
    case COLUMN_MEMBERS:
      cell = text_cell_new (FALSE);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case COLUMN_CATEGORY:
    case COLUMN_GROUP:
    default:
      cell = text_cell_new (FALSE);
      break;
    }

  return cell;
}

/* Selection */

void
pl_participants_page_update_actions (PlParticipantsPage *self)
{
  PlDelegation *delegation = pl_participants_page_edited (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.delete", delegation != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participants.show-credentials",
                                 delegation != NULL &&
                                 pl_participation_needs_credentials (pl_delegation_get_category (delegation)));
}

static void
pl_participants_page_show_delegation (PlDelegationTablePage *page,
                                      PlDelegation          *delegation)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  g_signal_group_set_target (self->delegation_signals, delegation);
  pl_delegation_editor_set_delegation (self->editor, delegation);
  pl_participants_page_update_actions (self);
}

static void
on_records_changed_cb (PlParticipantsPage *self)
{
  pl_delegation_table_page_forget_removed (PL_DELEGATION_TABLE_PAGE (self));
  pl_participants_page_update_summary (self);
}

/* Other actions */

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  PlDelegation *edited = pl_participants_page_edited (self);
  g_autoptr(PlDelegation) delegation = NULL;
  PlCredentials *credentials;
  PlContact *contact;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  g_autofree char *text = NULL;

  if (edited == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  delegation = g_object_ref (edited);
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
  pl_participants_page_toast (self, text, TRUE);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (widget);
  PlDelegation *edited = pl_participants_page_edited (self);
  PlHistory *history;
  PlContact *contact;

  if (edited == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* The member leaves the delegation and its contact record: one step. */
  history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  contact = pl_contact_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (edited)));
  pl_history_begin_group (history, NULL);
  pl_delegation_remove_member (edited, g_variant_get_string (parameter, NULL));
  if (contact != NULL)
    pl_contact_remove_member (contact, g_variant_get_string (parameter, NULL));
  pl_history_end_group (history);
}

static void
show_credentials_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PlDelegation *edited = pl_participants_page_edited (PL_PARTICIPANTS_PAGE (widget));
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *page;

  if (edited == NULL || !PL_IS_WINDOW (root))
    return;

  page = pl_window_get_page (PL_WINDOW (root), "credentials");
  if (page == NULL || !PL_IS_CREDENTIALS_PAGE (page))
    return;

  pl_credentials_page_select_delegation (PL_CREDENTIALS_PAGE (page), edited);
  pl_window_show_page (PL_WINDOW (root), "credentials");
}

/* Regional groups */

static void
fill_groups (PlParticipantsPage *self)
{
  g_autoptr(GPtrArray) groups =
    pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (pl_page_get_session (PL_PAGE (self)))));
  g_autoptr(GtkStringList) filter_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) editor_list = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->group_ids, 0);
  gtk_string_list_append (filter_list, _("All Groups"));
  gtk_string_list_append (editor_list, _("None"));
  for (guint i = 0; i < groups->len; i++)
    {
      const char *id = pl_json_object_get_string (g_ptr_array_index (groups, i), "id", NULL);
      const char *name = pl_json_object_get_string (g_ptr_array_index (groups, i), "name", id);

      if (id == NULL)
        continue;
      g_ptr_array_add (self->group_ids, g_strdup (id));
      gtk_string_list_append (filter_list, name);
      gtk_string_list_append (editor_list, name);
    }

  gtk_drop_down_set_model (self->group_drop, G_LIST_MODEL (filter_list));
  pl_delegation_editor_set_groups (self->editor, self->group_ids, G_LIST_MODEL (editor_list));
}

/* PlPage */

static gboolean
pl_participants_page_select_record (PlPage   *page,
                                    PlRecord *record)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (page);

  if (!PL_IS_DELEGATION (record))
    return FALSE;

  pl_delegation_table_page_select_delegation (PL_DELEGATION_TABLE_PAGE (self), PL_DELEGATION (record));
  return TRUE;
}

/* GObject */

static void
pl_participants_page_constructed (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);
  GListModel *delegations;
  GtkColumnViewColumn *name_column;

  G_OBJECT_CLASS (pl_participants_page_parent_class)->constructed (object);

  self->table = pl_delegation_table_page_get_table (PL_DELEGATION_TABLE_PAGE (self));
  delegations = pl_delegation_table_page_show_delegations (PL_DELEGATION_TABLE_PAGE (self));
  pl_record_table_set_facets (self->table, facet_filter_cb, self,
                              self->category_drop, self->group_drop, self->status_drop, NULL);

  pl_record_table_set_cells (self->table, cell_new, update_cell, self);
  pl_record_table_set_cell_tooltips (self->table, cell_tooltip);
  name_column = pl_column_view_add_delegation_name_column (self->table, COLUMN_NAME, _("Name"), TRUE, 140);
  /* Beside the editor at the default size the name, group and status
   * stay (140 + 150 + 130 pixels); the others hide, the counts first. */
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_CATEGORY, _("Category"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_category_cb, NULL, NULL)), FALSE, 110),
                                       2);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_GROUP, _("Regional Group"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_group_cb, self, NULL)), FALSE, 150),
                                       1);
  pl_record_table_add_cell_column (self->table, COLUMN_STATUS, _("Status"),
                                   GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, NULL, NULL)), FALSE, 130);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_PRESENT, _("Present"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_present_cb, NULL, NULL)), FALSE, 76),
                                       3);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_MEMBERS, _("Members"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_members_cb, NULL, NULL)), FALSE, 86),
                                       4);
  pl_record_table_sort_by (self->table, name_column);

  gtk_drop_down_set_model (self->category_drop, pl_participants_string_list_new (pl_participants_category_labels, _("All Categories")));
  {
    g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

    gtk_string_list_append (statuses, _("All Statuses"));
    for (PlParticipation p = PL_PARTICIPATION_AS_PARTY; p <= PL_PARTICIPATION_REFUSED; p++)
      gtk_string_list_append (statuses, pl_participation_to_label (p));
    gtk_drop_down_set_model (self->status_drop, G_LIST_MODEL (statuses));
  }
  pl_delegation_editor_set_session (self->editor, pl_page_get_session (PL_PAGE (self)));
  fill_groups (self);
  g_signal_connect_object (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))), "notify::regional-groups",
                           G_CALLBACK (fill_groups), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (pl_record_table_get_shown (self->table), "items-changed",
                            G_CALLBACK (pl_participants_page_update_summary), self);
  g_signal_connect_object (delegations, "items-changed", G_CALLBACK (on_records_changed_cb), self, G_CONNECT_SWAPPED);

  pl_participants_page_update_summary (self);
  pl_participants_page_update_actions (self);
}

static void
pl_participants_page_dispose (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->delegation_signals != NULL)
    g_signal_group_set_target (self->delegation_signals, NULL);
  g_clear_object (&self->delegation_signals);

  G_OBJECT_CLASS (pl_participants_page_parent_class)->dispose (object);
}

static void
pl_participants_page_finalize (GObject *object)
{
  PlParticipantsPage *self = PL_PARTICIPANTS_PAGE (object);

  g_clear_pointer (&self->group_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_participants_page_parent_class)->finalize (object);
}

static void
pl_participants_page_class_init (PlParticipantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);
  PlDelegationTablePageClass *table_page_class = PL_DELEGATION_TABLE_PAGE_CLASS (klass);

  object_class->constructed = pl_participants_page_constructed;
  object_class->dispose = pl_participants_page_dispose;
  page_class->refresh = pl_participants_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_participants_page_session_changed;
  page_class->select_record = pl_participants_page_select_record;
  object_class->finalize = pl_participants_page_finalize;
  table_page_class->show_delegation = pl_participants_page_show_delegation;

  g_type_ensure (PL_TYPE_DELEGATION_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-participants-page.ui");
  pl_delegation_table_page_class_bind_template (widget_class, "participants");
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, category_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, group_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlParticipantsPage, editor);

  gtk_widget_class_install_action (widget_class, "participants.add-state", NULL, pl_participants_page_add_state_action);
  gtk_widget_class_install_action (widget_class, "participants.add-organization", NULL, pl_participants_page_add_organization_action);
  gtk_widget_class_install_action (widget_class, "participants.import", NULL, pl_participants_page_import_action);
  gtk_widget_class_install_action (widget_class, "participants.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "participants.remove-member", "s", remove_member_action);
  gtk_widget_class_install_action (widget_class, "participants.show-credentials", NULL, show_credentials_action);
  /* Finding, and the credentials page, change nothing (issue 18). */
  pl_page_class_set_safe_actions (PL_PAGE_CLASS (klass), "participants.search", "participants.show-credentials",
                                  "participants.close-editor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "participants.add-state", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "participants.add-organization", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "participants.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "participants.delete", NULL);
}

static void
pl_participants_page_init (PlParticipantsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_ids = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();

  /* The delete and credentials actions follow the delegation's category. */
  self->delegation_signals = g_signal_group_new (PL_TYPE_DELEGATION);
  g_signal_group_connect_swapped (self->delegation_signals, "notify",
                                  G_CALLBACK (pl_participants_page_update_actions), self);
}

GtkWidget *
pl_participants_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_PARTICIPANTS_PAGE, session);
}
