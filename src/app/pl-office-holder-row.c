/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-bureau-page-private.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-office-holder-row.h"
#include "pl-reference-states.h"

/**
 * PlOfficeHolderRow:
 *
 * An officer of an earlier session on the Bureau page, for the rotation
 * of rule 22: the session, office, regional group, State and person of
 * one `office_holder` record, each edit stored at once (one undo step
 * per burst of typing), and a button that removes the record.
 */
struct _PlOfficeHolderRow
{
  GtkListBoxRow   parent_instance;

  PlSession      *session;
  PlOfficeHolder *holder;
  gboolean        syncing;   /* showing the record: no edit to store */

  GtkSpinButton  *session_spin;
  GtkDropDown    *office_drop;
  GtkDropDown    *group_drop;
  GtkEntry       *state_entry;
  GtkEntry       *person_entry;
};

G_DEFINE_FINAL_TYPE (PlOfficeHolderRow, pl_office_holder_row, GTK_TYPE_LIST_BOX_ROW)

static const char *office_labels[] = { N_("President"), N_("Vice-President"), N_("Rapporteur"), NULL };

static char *
state_text (PlOfficeHolderRow *self)
{
  const char *id = pl_office_holder_get_delegation (self->holder);
  PlRecord *record;
  const PlReferenceState *state;

  if (id == NULL)
    return g_strdup ("");
  record = pl_session_lookup (self->session, id);
  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_delegation_get_name (PL_DELEGATION (record)));
  if (g_str_has_prefix (id, "delegation:") && (state = pl_reference_states_lookup (id + strlen ("delegation:"))))
    return g_strdup (state->name);
  return g_strdup (id);
}

/**
 * pl_office_holder_row_sync:
 * @group_ids: the session's regional groups' ids, in the order of the
 *   names the row was made with
 *
 * Shows the record as it is now, but for what the user is typing.
 */
void
pl_office_holder_row_sync (PlOfficeHolderRow *self,
                           GPtrArray         *group_ids)
{
  const char *group = pl_office_holder_get_regional_group (self->holder);
  const char *person = pl_office_holder_get_person (self->holder);
  g_autofree char *state = state_text (self);
  guint index = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (PL_IS_OFFICE_HOLDER_ROW (self));

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->session_spin, pl_office_holder_get_session_number (self->holder));
  gtk_drop_down_set_selected (self->office_drop, pl_office_holder_get_office (self->holder));
  if (group == NULL || !g_ptr_array_find_with_equal_func (group_ids, group, g_str_equal, &index))
    index = GTK_INVALID_LIST_POSITION;
  gtk_drop_down_set_selected (self->group_drop, index);
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->state_entry), "error") &&
      !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->state_entry))))
    gtk_editable_set_text (GTK_EDITABLE (self->state_entry), state);
  if (!gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->person_entry))) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->person_entry)), person ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->person_entry), person ?: "");
  self->syncing = FALSE;
}

/* Edits */

static void
on_session_changed_cb (PlOfficeHolderRow *self)
{
  if (self->syncing)
    return;

  pl_edit_burst_touch (self->session, _("Edit Earlier Officer"));
  pl_office_holder_set_session_number (self->holder, gtk_spin_button_get_value_as_int (self->session_spin));
}

static void
on_office_selected_cb (PlOfficeHolderRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->office_drop);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (self->session);
  pl_office_holder_set_office (self->holder, selected);
}

static void
on_group_selected_cb (PlOfficeHolderRow *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), PL_TYPE_BUREAU_PAGE);
  guint selected = gtk_drop_down_get_selected (self->group_drop);
  g_autoptr(GPtrArray) ids = NULL;

  if (self->syncing || page == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  ids = pl_bureau_page_list_groups (PL_BUREAU_PAGE (page), FALSE);
  if (selected >= ids->len)
    return;
  pl_edit_burst_flush (self->session);
  pl_office_holder_set_regional_group (self->holder, g_ptr_array_index (ids, selected));
}

/* The State of an earlier officer need not be at this session: it is
 * written as a name or an ISO code and found in the reference list. */
static void
on_state_changed_cb (PlOfficeHolderRow *self)
{
  GtkWidget *entry = GTK_WIDGET (self->state_entry);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  const PlReferenceState *state = NULL;
  g_autofree char *id = NULL;

  if (self->syncing)
    return;

  if (*text != '\0' && (state = pl_reference_states_lookup (text)) == NULL)
    {
      g_autofree char *reason =
        g_strdup_printf (_("“%s” is not a State of the reference list: write its name or ISO 3166 code, "
                           "such as Kenya or KEN"), text);

      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      return;
    }

  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  id = state != NULL ? g_strdup_printf ("delegation:%s", state->iso3) : NULL;
  pl_edit_burst_touch (self->session, _("Edit Earlier Officer"));
  pl_office_holder_set_delegation (self->holder, id);
  /* The rotation is by group: the State's group is the office's. */
  if (state != NULL)
    pl_office_holder_set_regional_group (self->holder, state->regional_group);
}

static void
on_person_changed_cb (PlOfficeHolderRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_entry))));

  if (self->syncing)
    return;

  pl_edit_burst_touch (self->session, _("Edit Earlier Officer"));
  pl_office_holder_set_person (self->holder, *text != '\0' ? text : NULL);
}

static void
on_remove_clicked_cb (PlOfficeHolderRow *self)
{
  g_autoptr(PlOfficeHolder) holder = g_object_ref (self->holder);
  PlHistory *history = pl_session_get_history (self->session);

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (history, _("Remove Earlier Officer"));
  pl_session_remove_record (self->session, PL_RECORD (holder));
  pl_history_end_group (history);
}

/* The drop-downs */

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

static GtkListItemFactory *
ellipsized_factory_new (int chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_ellipsized_cb), GINT_TO_POINTER (chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_ellipsized_cb), NULL);
  return factory;
}

/* A drop-down of a fixed width, whose button ellipsizes (its list shows
 * the whole names), so that the rows of earlier officers line up. */
static void
set_strings (GtkDropDown        *drop_down,
             const char * const *strings,
             int                 chars)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);
  g_autoptr(GtkListItemFactory) factory = ellipsized_factory_new (chars);
  g_autoptr(GtkListItemFactory) list_factory = ellipsized_factory_new (0);

  gtk_drop_down_set_factory (drop_down, factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (list));
}

/* GObject */

static void
pl_office_holder_row_dispose (GObject *object)
{
  PlOfficeHolderRow *self = PL_OFFICE_HOLDER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_OFFICE_HOLDER_ROW);
  g_clear_object (&self->holder);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_office_holder_row_parent_class)->dispose (object);
}

static void
pl_office_holder_row_class_init (PlOfficeHolderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_office_holder_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-office-holder-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlOfficeHolderRow, session_spin);
  gtk_widget_class_bind_template_child (widget_class, PlOfficeHolderRow, office_drop);
  gtk_widget_class_bind_template_child (widget_class, PlOfficeHolderRow, group_drop);
  gtk_widget_class_bind_template_child (widget_class, PlOfficeHolderRow, state_entry);
  gtk_widget_class_bind_template_child (widget_class, PlOfficeHolderRow, person_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_session_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
pl_office_holder_row_init (PlOfficeHolderRow *self)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new ();

  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; office_labels[i] != NULL; i++)
    g_ptr_array_add (offices, (gpointer) _(office_labels[i]));
  g_ptr_array_add (offices, NULL);
  set_strings (self->office_drop, (const char * const *) offices->pdata, 14);
  self->syncing = FALSE;
}

/**
 * pl_office_holder_row_new:
 * @group_names: the session's regional groups' names
 */
GtkWidget *
pl_office_holder_row_new (PlSession      *session,
                          PlOfficeHolder *holder,
                          GPtrArray      *group_names)
{
  PlOfficeHolderRow *self = g_object_new (PL_TYPE_OFFICE_HOLDER_ROW, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();   /* borrowed strings, NULL-terminated */

  self->session = g_object_ref (session);
  self->holder = g_object_ref (holder);
  for (guint i = 0; i < group_names->len; i++)
    g_ptr_array_add (names, g_ptr_array_index (group_names, i));
  g_ptr_array_add (names, NULL);
  self->syncing = TRUE;
  set_strings (self->group_drop, (const char * const *) names->pdata, 23);
  self->syncing = FALSE;
  /* Connected once the row shows its record, as the page syncs it. */
  g_signal_connect_swapped (self->office_drop, "notify::selected", G_CALLBACK (on_office_selected_cb), self);
  g_signal_connect_swapped (self->group_drop, "notify::selected", G_CALLBACK (on_group_selected_cb), self);

  return GTK_WIDGET (self);
}

PlOfficeHolder *
pl_office_holder_row_get_holder (PlOfficeHolderRow *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER_ROW (self), NULL);

  return self->holder;
}
