/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-bureau.h"
#include "pl-bureau-page-private.h"
#include "pl-compat.h"
#include "pl-bureau-seat-row.h"
#include "pl-check-bureau.h"
#include "pl-edit-burst.h"
#include "pl-finding-list.h"
#include "pl-page.h"
#include "pl-reference-states.h"
#include "pl-json-text.h"

/* The officers of earlier sessions: one editable row per office_holder
 * record, for the rotation of rule 22. */

static const char *office_labels[] = { N_("President"), N_("Vice-President"), N_("Rapporteur"), NULL };
/* Officers of earlier sessions (`office_holder` records) */

static char *
holder_state_text (PlBureauPage   *self,
                   PlOfficeHolder *holder)
{
  const char *id = pl_office_holder_get_delegation (holder);
  PlRecord *record;
  const PlReferenceState *state;

  if (id == NULL)
    return g_strdup ("");
  record = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), id);
  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_delegation_get_name (PL_DELEGATION (record)));
  if (g_str_has_prefix (id, "delegation:") && (state = pl_reference_states_lookup (id + strlen ("delegation:"))))
    return g_strdup (state->name);
  return g_strdup (id);
}

void
pl_bureau_page_sync_holder_row (PlBureauPage *self,
                                GtkWidget    *row)
{
  PlOfficeHolder *holder = g_object_get_data (G_OBJECT (row), "holder");
  GtkWidget *spin = g_object_get_data (G_OBJECT (row), "session-spin");
  GtkWidget *office = g_object_get_data (G_OBJECT (row), "office");
  GtkWidget *group = g_object_get_data (G_OBJECT (row), "group");
  GtkWidget *state = g_object_get_data (G_OBJECT (row), "state");
  GtkWidget *person = g_object_get_data (G_OBJECT (row), "person");
  g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);
  g_autofree char *state_text = holder_state_text (self, holder);
  guint index = GTK_INVALID_LIST_POSITION;

  g_signal_handlers_block_matched (spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_block_matched (office, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_block_matched (group, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_block_matched (state, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_block_matched (person, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), pl_office_holder_get_session_number (holder));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (office), pl_office_holder_get_office (holder));
  if (pl_office_holder_get_regional_group (holder) != NULL &&
      g_ptr_array_find_with_equal_func (ids, pl_office_holder_get_regional_group (holder), g_str_equal, &index))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (group), index);
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (group), GTK_INVALID_LIST_POSITION);
  if (!gtk_widget_has_css_class (state, "error") && !gtk_widget_is_focus (gtk_widget_get_first_child (state)))
    gtk_editable_set_text (GTK_EDITABLE (state), state_text);
  if (!gtk_widget_is_focus (gtk_widget_get_first_child (person)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (person)), pl_office_holder_get_person (holder) ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (person), pl_office_holder_get_person (holder) ?: "");

  g_signal_handlers_unblock_matched (spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_unblock_matched (office, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_unblock_matched (group, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_unblock_matched (state, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  g_signal_handlers_unblock_matched (person, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
}

static PlBureauPage *
row_page (GtkWidget *widget)
{
  return PL_BUREAU_PAGE (gtk_widget_get_ancestor (widget, PL_TYPE_BUREAU_PAGE));
}

static void
on_holder_session_changed_cb (GtkSpinButton *spin,
                              GtkWidget     *row)
{
  PlBureauPage *self = row_page (row);

  if (self == NULL)
    return;
  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Edit Earlier Officer"));
  pl_office_holder_set_session_number (g_object_get_data (G_OBJECT (row), "holder"),
                                       gtk_spin_button_get_value_as_int (spin));
}

static void
on_holder_office_selected_cb (GtkDropDown *drop_down,
                              GParamSpec  *pspec,
                              GtkWidget   *row)
{
  PlBureauPage *self = row_page (row);
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_office_holder_set_office (g_object_get_data (G_OBJECT (row), "holder"), selected);
}

static void
on_holder_group_selected_cb (GtkDropDown *drop_down,
                             GParamSpec  *pspec,
                             GtkWidget   *row)
{
  PlBureauPage *self = row_page (row);
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GPtrArray) ids = NULL;

  if (self == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  ids = pl_bureau_page_list_groups (self, FALSE);
  if (selected >= ids->len)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_office_holder_set_regional_group (g_object_get_data (G_OBJECT (row), "holder"),
                                       g_ptr_array_index (ids, selected));
}

/* The State of an earlier officer need not be at this session: it is
 * written as a name or an ISO code and found in the reference list. */
static void
on_holder_state_changed_cb (GtkEditable *entry,
                            GtkWidget   *row)
{
  PlBureauPage *self = row_page (row);
  PlOfficeHolder *holder = g_object_get_data (G_OBJECT (row), "holder");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  const PlReferenceState *state = NULL;
  g_autofree char *id = NULL;

  if (self == NULL)
    return;

  if (*text != '\0' && (state = pl_reference_states_lookup (text)) == NULL)
    {
      g_autofree char *reason =
        g_strdup_printf (_("“%s” is not a State of the reference list: write its name or ISO 3166 code, "
                           "such as Kenya or KEN"), text);

      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  id = state != NULL ? g_strdup_printf ("delegation:%s", state->iso3) : NULL;
  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Edit Earlier Officer"));
  pl_office_holder_set_delegation (holder, id);
  /* The rotation is by group: the State's group is the office's. */
  if (state != NULL)
    pl_office_holder_set_regional_group (holder, state->regional_group);
}

static void
on_holder_person_changed_cb (GtkEditable *entry,
                             GtkWidget   *row)
{
  PlBureauPage *self = row_page (row);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (self == NULL)
    return;
  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Edit Earlier Officer"));
  pl_office_holder_set_person (g_object_get_data (G_OBJECT (row), "holder"), *text != '\0' ? text : NULL);
}

static void
on_holder_remove_cb (GtkButton *button,
                     GtkWidget *row)
{
  PlBureauPage *self = row_page (row);
  g_autoptr(PlOfficeHolder) holder = NULL;

  if (self == NULL)
    return;
  holder = g_object_ref (g_object_get_data (G_OBJECT (row), "holder"));
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))), _("Remove Earlier Officer"));
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (holder));
  pl_history_end_group (pl_session_get_history (pl_page_get_session (PL_PAGE (self))));
}

static void
setup_ellipsized_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  int chars = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (chars > 0)
    {
      /* The same width whatever the name, so the rows line up. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), chars);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_ellipsized_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  gtk_label_set_label (label, gtk_string_object_get_string (gtk_list_item_get_item (item)));
  pl_compat_list_item_set_accessible_label (item, gtk_label_get_label (label));
}

/* A drop-down of a fixed width, whose button ellipsizes (its list shows
 * the whole names), so that the rows of earlier officers line up. */
static GtkWidget *
strings_drop_down (GtkStringList *list,
                   int            chars)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (list), NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_ellipsized_cb), GINT_TO_POINTER (chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_ellipsized_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_ellipsized_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_ellipsized_cb), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), list_factory);
  g_object_unref (factory);
  g_object_unref (list_factory);
  return drop_down;
}

static GtkWidget *
translated_drop_down (const char * const *labels,
                      int                 chars)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  return strings_drop_down (list, chars);
}

static void
label_widget (GtkWidget  *widget,
              const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (widget, name);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
}

static GtkWidget *
holder_row_new (PlBureauPage   *self,
                PlOfficeHolder *holder)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *spin = gtk_spin_button_new_with_range (1, 999, 1);
  GtkWidget *office = translated_drop_down (office_labels, 14);
  g_autoptr(GPtrArray) names = pl_bureau_page_list_groups (self, TRUE);
  GtkStringList *group_model = gtk_string_list_new (NULL);
  GtkWidget *group;
  GtkWidget *state = gtk_entry_new ();
  GtkWidget *person = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (group_model, g_ptr_array_index (names, i));
  group = strings_drop_down (group_model, 23);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  label_widget (spin, _("Session"));
  label_widget (office, _("Office"));
  label_widget (group, _("Regional group"));
  label_widget (state, _("State"));
  label_widget (person, _("Person"));
  gtk_widget_set_tooltip_text (remove, _("Remove Earlier Officer"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Earlier Officer"), -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_entry_set_placeholder_text (GTK_ENTRY (state), _("State"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (person), _("Person"));
  gtk_widget_set_hexpand (state, TRUE);
  gtk_widget_set_hexpand (person, TRUE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (state), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (person), FALSE);

  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), office);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), state);
  gtk_box_append (GTK_BOX (box), person);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  g_object_set_data_full (G_OBJECT (row), "holder", g_object_ref (holder), g_object_unref);
  g_object_set_data (G_OBJECT (row), "session-spin", spin);
  g_object_set_data (G_OBJECT (row), "office", office);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_object_set_data (G_OBJECT (row), "state", state);
  g_object_set_data (G_OBJECT (row), "person", person);
  pl_bureau_page_sync_holder_row (self, row);

  g_signal_connect (spin, "value-changed", G_CALLBACK (on_holder_session_changed_cb), row);
  g_signal_connect (office, "notify::selected", G_CALLBACK (on_holder_office_selected_cb), row);
  g_signal_connect (group, "notify::selected", G_CALLBACK (on_holder_group_selected_cb), row);
  g_signal_connect (state, "changed", G_CALLBACK (on_holder_state_changed_cb), row);
  g_signal_connect (person, "changed", G_CALLBACK (on_holder_person_changed_cb), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_holder_remove_cb), row);

  return row;
}

static int
by_session_number (gconstpointer a,
                   gconstpointer b)
{
  PlOfficeHolder *ha = *(PlOfficeHolder **) a, *hb = *(PlOfficeHolder **) b;

  if (pl_office_holder_get_session_number (ha) != pl_office_holder_get_session_number (hb))
    return pl_office_holder_get_session_number (hb) - pl_office_holder_get_session_number (ha);
  return (int) pl_office_holder_get_office (ha) - (int) pl_office_holder_get_office (hb);
}

void
pl_bureau_page_rebuild_holders (PlBureauPage *self)
{
  GListModel *holders = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_OFFICE_HOLDER);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;

  /* The placeholder is a child of the list too: remove the rows only. */
  child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (self->history_list, child);
      child = next;
    }

  for (guint i = 0; i < g_list_model_get_n_items (holders); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (holders, i));
  g_ptr_array_sort (sorted, by_session_number);
  for (guint i = 0; i < sorted->len; i++)
    gtk_list_box_append (self->history_list, holder_row_new (self, g_ptr_array_index (sorted, i)));
}

void
pl_bureau_page_add_holder_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  PlBureauPage *self = PL_BUREAU_PAGE (widget);
  g_autoptr(PlOfficeHolder) holder = pl_office_holder_new (NULL);
  int number = pl_session_settings_get_session_number (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* Most often the President of the session before this one. */
  pl_history_begin_group (history, _("Add Earlier Officer"));
  pl_office_holder_set_session_number (holder, MAX (number - 1, 1));
  pl_office_holder_set_office (holder, PL_OFFICE_PRESIDENT);
  pl_session_add_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (holder));
  pl_history_end_group (history);
}

