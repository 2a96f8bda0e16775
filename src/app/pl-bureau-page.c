/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-bureau.h"
#include "pl-bureau-page-private.h"
#include "pl-compat.h"
#include "pl-bureau-seat-row.h"
#include "pl-office-holder-row.h"
#include "pl-check-bureau.h"
#include "pl-participation.h"
#include "pl-edit-burst.h"
#include "pl-finding.h"
#include "pl-finding-list.h"
#include "pl-page.h"
#include "pl-reference-states.h"
#include "pl-json-text.h"

/**
 * PlBureauPage:
 *
 * The election of officers (rule 22): the seats of the Bureau grouped by
 * regional group, each with its nominee and the findings about it; under
 * each group's heading what the group still needs; at the top the summary
 * ("7 of 10 nominated, 2 rules not yet met") and the findings about the
 * Bureau as a whole; then the composition and rotation settings and the
 * officers of earlier sessions that the rotation is checked against.
 *
 * The seats and their findings come from #PlBureau, which re-evaluates on
 * every change; the findings of groups and of the whole Bureau are
 * classified here from pl_bureau_evaluate(), which says what each finding
 * is about, once per main-loop turn after a change.
 */

G_DEFINE_FINAL_TYPE (PlBureauPage, pl_bureau_page, PL_TYPE_PAGE)


/* The session's regional groups, as (id, name) pairs */

GPtrArray *
pl_bureau_page_list_groups (PlBureauPage *self,
                            gboolean      names)
{
  g_autoptr(GPtrArray) groups =
    pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (pl_page_get_session (PL_PAGE (self)))));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < groups->len; i++)
    {
      const char *id = pl_json_object_get_string (g_ptr_array_index (groups, i), "id", NULL);

      if (id != NULL)
        g_ptr_array_add (out, g_strdup (names ? pl_json_object_get_string (g_ptr_array_index (groups, i), "name", id)
                                              : id));
    }

  return out;
}

/* Findings: the seats' come live from PlSeat; the groups' and the whole
 * Bureau's are classified here. */

static int
by_severity (gconstpointer a,
             gconstpointer b)
{
  PlFinding *fa = *(PlFinding **) a, *fb = *(PlFinding **) b;

  /* Errors first, then warnings, then what is still needed. */
  return (int) pl_finding_get_severity (fb) - (int) pl_finding_get_severity (fa);
}

static void
classify_findings (PlBureauPage *self)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_bureau_finding_free);
  g_autoptr(GPtrArray) overall = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  pl_bureau_evaluate (pl_page_get_session (PL_PAGE (self)), results);

  for (guint i = 0; i < results->len; i++)
    {
      PlBureauFinding *bf = g_ptr_array_index (results, i);

      if (bf->seat == NULL && bf->regional_group == NULL)
        g_ptr_array_add (overall, bf->finding);
    }
  g_ptr_array_sort (overall, by_severity);
  pl_finding_store_replace (self->overall, overall);

  g_hash_table_iter_init (&iter, self->group_stores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();

      for (guint i = 0; i < results->len; i++)
        {
          PlBureauFinding *bf = g_ptr_array_index (results, i);

          /* A group's own findings ("still needs an officer from a State
           * party to…"); those about one seat are shown at the seat. */
          if (bf->seat == NULL && g_strcmp0 (bf->regional_group, key) == 0)
            g_ptr_array_add (mine, bf->finding);
        }
      g_ptr_array_sort (mine, by_severity);
      pl_finding_store_replace (value, mine);
    }
}

/* Seats, grouped by regional group */

static GtkWidget *
group_section_new (PlBureauPage *self,
                   const char   *group_id,
                   const char   *group_name,
                   GtkListBox  **list_out)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *heading = gtk_label_new (group_name);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *findings;
  GtkWidget *list = gtk_list_box_new ();
  GListStore *store = g_list_store_new (PL_TYPE_FINDING);
  g_autofree char *findings_name = NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (header), heading);
  gtk_box_append (GTK_BOX (header), count);
  gtk_box_append (GTK_BOX (section), header);

  findings = pl_finding_list_new (G_LIST_MODEL (store));
  /* Translators: %s is a regional group, such as “African States” */
  findings_name = g_strdup_printf (_("Findings about %s"), group_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (findings), GTK_ACCESSIBLE_PROPERTY_LABEL, findings_name, -1);
  gtk_box_append (GTK_BOX (section), findings);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, group_name, -1);
  gtk_box_append (GTK_BOX (section), list);

  g_hash_table_insert (self->group_stores, g_strdup (group_id), store);
  g_hash_table_insert (self->group_counts, g_strdup (group_id), count);
  *list_out = GTK_LIST_BOX (list);
  return section;
}

static void
rebuild_seats (PlBureauPage *self)
{
  g_autoptr(GHashTable) lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->bureau));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  g_hash_table_remove_all (self->group_stores);
  g_hash_table_remove_all (self->group_counts);
  g_ptr_array_set_size (self->seat_rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlSeat) seat = g_list_model_get_item (G_LIST_MODEL (self->bureau), i);
      const char *group = pl_seat_get_regional_group (seat) ?: "";
      GtkListBox *list = g_hash_table_lookup (lists, group);
      GtkWidget *row;

      if (list == NULL)
        {
          const char *name = *group != '\0' ? pl_seat_get_regional_group_name (seat)
                                            : _("Seats Open to Any Group");

          gtk_box_append (self->groups_box, group_section_new (self, group, name, &list));
          g_hash_table_insert (lists, g_strdup (group), list);
        }

      row = pl_bureau_seat_row_new (self->bureau, seat);
      gtk_list_box_append (list, row);
      g_ptr_array_add (self->seat_rows, row);
    }

  pl_page_queue_refresh (PL_PAGE (self));
}

static void
update_group_counts (PlBureauPage *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->group_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint seats = 0, filled = 0;
      g_autofree char *text = NULL;

      for (guint i = 0; i < self->seat_rows->len; i++)
        {
          PlSeat *seat = pl_bureau_seat_row_get_seat (g_ptr_array_index (self->seat_rows, i));

          if (g_strcmp0 (pl_seat_get_regional_group (seat) ?: "", key) != 0)
            continue;
          seats++;
          if (pl_seat_get_status (seat) == PL_OFFICER_STATUS_NOMINATED ||
              pl_seat_get_status (seat) == PL_OFFICER_STATUS_ELECTED)
            filled++;
        }

      /* Translators: seats of a regional group, e.g. "1 of 2 seats filled" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u seat filled", "%u of %u seats filled", seats),
                              filled, seats);
      gtk_label_set_label (value, text);
    }
}

/* Composition and rotation settings (the session's `bureau` object) */

typedef enum {
  SETTING_NUMBER,
  SETTING_GROUP,
  SETTING_GROUP_VICE_PRESIDENTS,
} SettingKind;

typedef struct
{
  const char  *key;
  const char  *title;
  const char  *subtitle;
  SettingKind  kind;
  int          fallback;
} Setting;

/* The defaults are rule 22's, as pl-check-bureau.c reads them. */
static const Setting settings_table[] = {
  { "vice_presidents", N_("Vice-Presidents"), N_("How many Vice-Presidents the Conference elects"), SETTING_NUMBER, 8 },
  { "per_group", N_("Officers per Regional Group"), N_("Each group’s share of the Bureau; 0 for no per-group composition"), SETTING_NUMBER, 2 },
  { "all_instruments_min", N_("Officers from States Parties to All Instruments"), N_("The least number the Bureau must include; 0 to drop the rule"), SETTING_NUMBER, 2 },
  { "president_group", N_("Presidency"), N_("The group whose turn it is to nominate the President"), SETTING_GROUP, 0 },
  { "rapporteur_group", N_("Rapporteur"), N_("The group whose turn it is to nominate the Rapporteur"), SETTING_GROUP, 0 },
};

static JsonObject *
bureau_settings (PlBureauPage *self)
{
  JsonNode *node = pl_session_settings_get_bureau (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A copy of @object with @name set to @value (taken); the stored node is
 * sealed, so a change is always a new node given to the setter. */
static JsonNode *
with_member (JsonObject *object,
             const char *name,
             JsonNode   *value)
{
  JsonObject *copy = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (object != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        if (!g_str_equal (l->data, name))
          json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }
  json_object_set_member (copy, name, value);
  json_node_take_object (node, copy);
  return node;
}

static void
set_bureau_member (PlBureauPage *self,
                   const char   *name,
                   JsonNode     *value)
{
  g_autoptr(JsonNode) node = with_member (bureau_settings (self), name, value);

  pl_session_settings_set_bureau (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))), node);
}

static gint64
setting_number (PlBureauPage *self,
                const char   *key,
                gint64        fallback)
{
  JsonObject *bureau = bureau_settings (self);
  JsonNode *node = bureau != NULL ? json_object_get_member (bureau, key) : NULL;

  if (node == NULL)
    return fallback;
  if (JSON_NODE_HOLDS_NULL (node))
    return 0;
  return json_node_get_value_type (node) == G_TYPE_INT64 ? json_node_get_int (node) : fallback;
}

static gint64
group_vice_presidents (PlBureauPage *self,
                       const char   *group)
{
  JsonObject *bureau = bureau_settings (self);
  JsonNode *node = bureau != NULL ? json_object_get_member (bureau, "vice_president_groups") : NULL;
  JsonNode *count;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return 0;
  count = json_object_get_member (json_node_get_object (node), group);
  return count != NULL && json_node_get_value_type (count) == G_TYPE_INT64 ? json_node_get_int (count) : 0;
}

static void
on_setting_spin_changed_cb (GtkSpinButton *spin,
                            PlBureauPage  *self)
{
  const Setting *setting = g_object_get_data (G_OBJECT (spin), "setting");
  const char *group = g_object_get_data (G_OBJECT (spin), "group");
  gint64 value = gtk_spin_button_get_value_as_int (spin);

  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Edit Bureau Settings"));
  if (setting->kind == SETTING_NUMBER)
    set_bureau_member (self, setting->key, json_node_init_int (json_node_alloc (), value));
  else
    {
      JsonObject *bureau = bureau_settings (self);
      JsonNode *old = bureau != NULL ? json_object_get_member (bureau, "vice_president_groups") : NULL;

      set_bureau_member (self, "vice_president_groups",
                         with_member (old != NULL && JSON_NODE_HOLDS_OBJECT (old) ? json_node_get_object (old) : NULL,
                                      group, json_node_init_int (json_node_alloc (), value)));
    }
}

static void
on_setting_group_selected_cb (AdwComboRow  *row,
                              GParamSpec   *pspec,
                              PlBureauPage *self)
{
  const Setting *setting = g_object_get_data (G_OBJECT (row), "setting");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);
  JsonNode *value;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  /* Position 0 is "Any group": no rotation for this office. */
  if (selected == 0 || selected > ids->len)
    value = json_node_init_null (json_node_alloc ());
  else
    value = json_node_init_string (json_node_alloc (), g_ptr_array_index (ids, selected - 1));

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  set_bureau_member (self, setting->key, value);
}

static GtkWidget *
spin_new (PlBureauPage  *self,
          const Setting *setting,
          const char    *group,
          const char    *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, setting->kind == SETTING_NUMBER ? 50 : 20, 1);

  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (spin), "setting", (gpointer) setting);
  g_object_set_data_full (G_OBJECT (spin), "group", g_strdup (group), g_free);
  return spin;
}

static void
sync_settings (PlBureauPage *self)
{
  g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);

  for (guint i = 0; i < self->settings_rows->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (self->settings_rows, i);
      const Setting *setting = g_object_get_data (G_OBJECT (control), "setting");

      g_signal_handlers_block_matched (control, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      if (setting->kind == SETTING_NUMBER)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (control), setting_number (self, setting->key, setting->fallback));
      else if (setting->kind == SETTING_GROUP_VICE_PRESIDENTS)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (control),
                                   group_vice_presidents (self, g_object_get_data (G_OBJECT (control), "group")));
      else
        {
          JsonObject *bureau = bureau_settings (self);
          const char *group = bureau != NULL ? pl_json_object_get_string (bureau, setting->key, NULL)
                                             : NULL;
          guint index = 0;

          if (group != NULL && g_ptr_array_find_with_equal_func (ids, group, g_str_equal, &index))
            index++;
          else
            index = 0;
          adw_combo_row_set_selected (ADW_COMBO_ROW (control), index);
        }
      g_signal_handlers_unblock_matched (control, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }
}

static void
on_setting_focus_leave_cb (PlBureauPage *self)
{
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
}

static void
build_settings (PlBureauPage *self)
{
  g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);
  g_autoptr(GPtrArray) names = pl_bureau_page_list_groups (self, TRUE);
  static const Setting group_setting = {
    "vice_president_groups", NULL, NULL, SETTING_GROUP_VICE_PRESIDENTS, 0
  };

  for (guint i = 0; i < G_N_ELEMENTS (settings_table); i++)
    {
      const Setting *setting = &settings_table[i];
      GtkWidget *row, *control;

      if (setting->kind == SETTING_NUMBER)
        {
          row = adw_action_row_new ();
          control = spin_new (self, setting, NULL, _(setting->title));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), control);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), control);
          g_signal_connect (control, "value-changed", G_CALLBACK (on_setting_spin_changed_cb), self);
        }
      else
        {
          g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

          gtk_string_list_append (model, _("Any group (no rotation)"));
          for (guint k = 0; k < names->len; k++)
            gtk_string_list_append (model, g_ptr_array_index (names, k));
          row = control = adw_combo_row_new ();
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
          g_object_set_data (G_OBJECT (row), "setting", (gpointer) setting);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _(setting->title), -1);
          pl_compat_label_inner_lists (row, _(setting->title));
          pl_compat_combo_row_name_items (ADW_COMBO_ROW (row));
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_setting_group_selected_cb), self);
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(setting->title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(setting->subtitle));
      adw_preferences_group_add (self->composition_group, row);
      g_ptr_array_add (self->settings_rows, control);
    }

  for (guint k = 0; k < ids->len; k++)
    {
      GtkWidget *row = adw_action_row_new ();
      /* Translators: %s is a regional group, such as “African States” */
      g_autofree char *title = g_strdup_printf (_("Vice-Presidents from %s"), (char *) g_ptr_array_index (names, k));
      GtkWidget *spin = spin_new (self, &group_setting, g_ptr_array_index (ids, k), title);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_setting_spin_changed_cb), self);
      adw_preferences_group_add (self->composition_group, row);
      g_ptr_array_add (self->settings_rows, spin);
    }

  {
    GtkEventController *focus = gtk_event_controller_focus_new ();

    g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_setting_focus_leave_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->composition_group), focus);
  }

  sync_settings (self);
}

/* Refresh */

static gboolean
has_states (PlBureauPage *self)
{
  GListModel *delegations = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DELEGATION);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (pl_delegation_is_state (delegation))
        return TRUE;
    }
  return FALSE;
}

static void
pl_bureau_page_refresh (PlPage *page)
{
  PlBureauPage *self = PL_BUREAU_PAGE (page);
  gboolean states;


  /* Hidden rather than a stack page: GTK 4.8 shows assistive
   * technologies the pages a stack does not show. */
  states = has_states (self);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), !states);
  gtk_widget_set_visible (GTK_WIDGET (self->scrolled), states);
  classify_findings (self);
  for (guint i = 0; i < self->seat_rows->len; i++)
    pl_bureau_seat_row_sync (g_ptr_array_index (self->seat_rows, i));
  update_group_counts (self);
  sync_settings (self);

  if (self->holders_dirty)
    {
      self->holders_dirty = FALSE;
      pl_bureau_page_rebuild_holders (self);
    }
  else
    {
      g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->history_list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        if (PL_IS_OFFICE_HOLDER_ROW (row))
          pl_office_holder_row_sync (PL_OFFICE_HOLDER_ROW (row), ids);
    }
}

static void
pl_bureau_page_session_changed (PlPage       *page,
                                PlRecord     *record,
                                PlChangeKind  kind,
                                const char   *field)
{
  PlBureauPage *self = PL_BUREAU_PAGE (page);

  if (PL_IS_OFFICE_HOLDER (record) && kind != PL_CHANGE_FIELD)
    self->holders_dirty = TRUE;

  if (PL_IS_OFFICER (record) || PL_IS_DELEGATION (record) ||
      PL_IS_OFFICE_HOLDER (record) || PL_IS_SESSION_SETTINGS (record))
    pl_page_queue_refresh (PL_PAGE (self));
}

static void
on_bureau_items_changed_cb (PlBureauPage *self)
{
  rebuild_seats (self);
}

/* PlPage: a finding about a seat shows the seat */

static gboolean
pl_bureau_page_select_record (PlPage   *page,
                              PlRecord *record)
{
  PlBureauPage *self = PL_BUREAU_PAGE (page);

  if (PL_IS_OFFICE_HOLDER (record))
    return TRUE;
  if (!PL_IS_OFFICER (record))
    return FALSE;

  for (guint i = 0; i < self->seat_rows->len; i++)
    {
      PlBureauSeatRow *row = g_ptr_array_index (self->seat_rows, i);
      g_autofree char *id = g_strdup_printf ("officer:%s", pl_seat_get_id (pl_bureau_seat_row_get_seat (row)));

      if (g_strcmp0 (id, pl_record_get_id (record)) == 0)
        {
          pl_bureau_seat_row_focus_state (row);
          return TRUE;
        }
    }
  return FALSE;
}

/* GObject */

static void
pl_bureau_page_constructed (GObject *object)
{
  PlBureauPage *self = PL_BUREAU_PAGE (object);

  G_OBJECT_CLASS (pl_bureau_page_parent_class)->constructed (object);

  self->bureau = pl_bureau_new (pl_page_get_session (PL_PAGE (self)));
  g_object_bind_property (self->bureau, "summary", self->summary_label, "label", G_BINDING_SYNC_CREATE);
  pl_finding_list_set_model (self->overall_findings, G_LIST_MODEL (self->overall));

  self->items_changed_id = g_signal_connect_swapped (self->bureau, "items-changed",
                                                     G_CALLBACK (on_bureau_items_changed_cb), self);
  build_settings (self);
  rebuild_seats (self);
  pl_bureau_page_rebuild_holders (self);

  /* Show the right view at once, not after the first idle. */
  pl_bureau_page_refresh (PL_PAGE (self));
}

static void
pl_bureau_page_dispose (GObject *object)
{
  PlBureauPage *self = PL_BUREAU_PAGE (object);

  if (self->bureau != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->bureau);
  if (self->seat_rows != NULL)
    g_ptr_array_set_size (self->seat_rows, 0);
  if (self->settings_rows != NULL)
    g_ptr_array_set_size (self->settings_rows, 0);
  g_clear_object (&self->bureau);

  G_OBJECT_CLASS (pl_bureau_page_parent_class)->dispose (object);
}

static void
pl_bureau_page_finalize (GObject *object)
{
  PlBureauPage *self = PL_BUREAU_PAGE (object);

  g_clear_object (&self->overall);
  g_clear_pointer (&self->group_stores, g_hash_table_unref);
  g_clear_pointer (&self->group_counts, g_hash_table_unref);
  g_clear_pointer (&self->seat_rows, g_ptr_array_unref);
  g_clear_pointer (&self->settings_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_bureau_page_parent_class)->finalize (object);
}

static void
pl_bureau_page_class_init (PlBureauPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_bureau_page_constructed;
  object_class->dispose = pl_bureau_page_dispose;
  page_class->refresh = pl_bureau_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_bureau_page_session_changed;
  page_class->select_record = pl_bureau_page_select_record;
  object_class->finalize = pl_bureau_page_finalize;

  g_type_ensure (PL_TYPE_FINDING_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-bureau-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, overall_findings);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, composition_group);
  gtk_widget_class_bind_template_child (widget_class, PlBureauPage, history_list);

  gtk_widget_class_install_action (widget_class, "bureau.add-holder", NULL, pl_bureau_page_add_holder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "bureau.add-holder", NULL);
}

static void
pl_bureau_page_init (PlBureauPage *self)
{
  GtkWidget *placeholder;

  self->overall = g_list_store_new (PL_TYPE_FINDING);
  self->group_stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->group_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->seat_rows = g_ptr_array_new ();
  self->settings_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No earlier officers recorded"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);
}

GtkWidget *
pl_bureau_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_BUREAU_PAGE, session);
}
