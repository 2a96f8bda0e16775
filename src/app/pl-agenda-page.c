/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-agenda-page.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-item-editor.h"
#include "pl-page.h"

/**
 * PlAgendaPage:
 *
 * The agenda as a tree (a GtkListView over a GtkTreeListModel of
 * PlAgenda's per-parent children stores, which PlAgenda updates in place,
 * so rows keep their identity and numbers renumber live) beside the
 * editor of the selected item. Structural edits are the agenda.* actions,
 * each one undo step, each with a shortcut; rows can also be dragged.
 */
struct _PlAgendaPage
{
  PlPage              parent_instance;

  PlAgenda           *agenda;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  PlAgendaItem       *selected;
  guint               reselect_id;

  GtkPaned           *paned;
  GtkListView        *list_view;
  PlItemEditor       *editor;
};

G_DEFINE_FINAL_TYPE (PlAgendaPage, pl_agenda_page, PL_TYPE_PAGE)

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  PlAgendaPage *self = user_data;

  /* Every item gets its (stable) children store, empty or not, so that a
   * sub-item added later appears under it without rebuilding the tree. */
  return g_object_ref (pl_agenda_get_children (self->agenda, PL_AGENDA_ITEM (item)));
}

static PlAgendaItem *
item_at (PlAgendaPage *self,
         guint         position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);

  return row ? PL_AGENDA_ITEM (gtk_tree_list_row_get_item (row)) : NULL;
}

static gboolean
is_ancestor (PlAgendaPage *self,
             PlAgendaItem *ancestor,
             PlAgendaItem *item)
{
  for (PlAgendaItem *p = pl_agenda_get_parent (self->agenda, item); p != NULL;
       p = pl_agenda_get_parent (self->agenda, p))
    if (p == ancestor)
      return TRUE;

  return FALSE;
}

static void
update_actions (PlAgendaPage *self)
{
  PlAgendaItem *item = self->selected;
  PlAgendaItem *parent = item ? pl_agenda_get_parent (self->agenda, item) : NULL;
  GListModel *siblings = item ? pl_agenda_get_children (self->agenda, parent) : NULL;
  guint index = 0, n = 0;

  if (item != NULL)
    {
      n = g_list_model_get_n_items (siblings);
      if (!g_list_store_find (G_LIST_STORE (siblings), item, &index))
        item = NULL;
    }
  /* A read-only page (a delegate's window) offers no edit at all. */
  if (pl_page_get_read_only (PL_PAGE (self)))
    item = NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-item", !pl_page_get_read_only (PL_PAGE (self)));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-sub-item", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", item != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-up", item != NULL && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-down", item != NULL && index + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.indent", item != NULL && index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.outdent", item != NULL && parent != NULL);
}

static void
set_selected (PlAgendaPage *self,
              PlAgendaItem *item)
{
  g_set_object (&self->selected, item);
  pl_item_editor_set_item (self->editor, item);
  update_actions (self);
}

/**
 * pl_agenda_page_select_item:
 *
 * Selects @item in the tree, expanding its ancestors, and scrolls to it.
 */
void
pl_agenda_page_select_item (PlAgendaPage *self,
                            PlAgendaItem *item)
{
  g_return_if_fail (PL_IS_AGENDA_PAGE (self));

  if (item == NULL)
    {
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      set_selected (self, NULL);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      PlAgendaItem *it = PL_AGENDA_ITEM (gtk_tree_list_row_get_item (row));

      if (it == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          set_selected (self, item);
          return;
        }
      if (!gtk_tree_list_row_get_expanded (row) && is_ancestor (self, it, item))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

PlAgendaItem *
pl_agenda_page_get_selected (PlAgendaPage *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_PAGE (self), NULL);

  return self->selected;
}

static void
on_selection_changed_cb (PlAgendaPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  /* A row that leaves the model (its item moved or was undone) drops the
   * selection; the reselect in on_tree_items_changed_cb puts it back. */
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  set_selected (self, item_at (self, position));
}

static gboolean
on_reselect_idle_cb (gpointer user_data)
{
  PlAgendaPage *self = user_data;

  self->reselect_id = 0;

  if (self->selected != NULL &&
      pl_session_lookup (pl_page_get_session (PL_PAGE (self)), pl_record_get_id (PL_RECORD (self->selected))) == PL_RECORD (self->selected))
    pl_agenda_page_select_item (self, self->selected);
  else if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    set_selected (self, NULL);
  else
    set_selected (self, item_at (self, gtk_single_selection_get_selected (self->selection)));

  return G_SOURCE_REMOVE;
}

static void
on_tree_items_changed_cb (PlAgendaPage *self)
{
  if (self->reselect_id == 0)
    self->reselect_id = g_idle_add (on_reselect_idle_cb, self);
  update_actions (self);
}

/* Actions */

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (widget);
  PlAgendaItem *after = self->selected;
  PlAgendaItem *parent = after ? pl_agenda_get_parent (self->agenda, after) : NULL;
  PlAgendaItem *item;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  item = pl_agenda_add_item (self->agenda, parent, after, _("New item"));
  pl_agenda_page_select_item (self, item);
}

static void
add_sub_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (widget);
  GListModel *children;
  g_autoptr(PlAgendaItem) last = NULL;
  guint n;
  PlAgendaItem *item;

  if (self->selected == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  children = pl_agenda_get_children (self->agenda, self->selected);
  n = g_list_model_get_n_items (children);
  if (n > 0)
    last = g_list_model_get_item (children, n - 1);
  item = pl_agenda_add_item (self->agenda, self->selected, last, _("New sub-item"));
  pl_agenda_page_select_item (self, item);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (widget);
  g_autoptr(PlAgendaItem) item = NULL;
  guint position;

  if (self->selected == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  item = g_object_ref (self->selected);
  position = gtk_single_selection_get_selected (self->selection);
  set_selected (self, NULL);
  pl_agenda_delete_item (self->agenda, item);

  /* Keep the keyboard where it was: select the row that took its place. */
  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

    if (n > 0 && position != GTK_INVALID_LIST_POSITION)
      pl_agenda_page_select_item (self, item_at (self, MIN (position, n - 1)));
  }
}

typedef gboolean (*MoveFunc) (PlAgenda     *agenda,
                              PlAgendaItem *item);

static void
move (PlAgendaPage *self,
      MoveFunc      func)
{
  g_autoptr(PlAgendaItem) item = NULL;

  if (self->selected == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  item = g_object_ref (self->selected);
  if (func (self->agenda, item))
    pl_agenda_page_select_item (self, item);
}

/* The four moves differ only in the agenda function they call: one action
 * callback serves them all, finding the function by the action's name. */
static const struct
{
  const char *action_name;
  MoveFunc    func;
} moves[] = {
  { "agenda.move-up", pl_agenda_move_up },
  { "agenda.move-down", pl_agenda_move_down },
  { "agenda.indent", pl_agenda_indent },
  { "agenda.outdent", pl_agenda_outdent },
};

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      if (g_str_equal (action_name, moves[i].action_name))
        {
          move (PL_AGENDA_PAGE (widget), moves[i].func);
          return;
        }
    }
  g_return_if_reached ();
}

/* Rows */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkListItem   *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  if (row == NULL)
    return NULL;

  return gdk_content_provider_new_typed (PL_TYPE_AGENDA_ITEM, gtk_tree_list_row_get_item (row));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            GtkListItem   *list_item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  PlAgendaPage *self = PL_AGENDA_PAGE (gtk_widget_get_ancestor (widget, PL_TYPE_AGENDA_PAGE));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  PlAgendaItem *dragged = g_value_get_object (value);
  PlAgendaItem *onto;
  PlAgendaItem *parent;
  GListModel *siblings;
  guint index = 0, dragged_index;
  g_autoptr(PlAgendaItem) keep = NULL;

  if (self == NULL || row == NULL || !PL_IS_AGENDA_ITEM (dragged))
    return FALSE;

  onto = gtk_tree_list_row_get_item (row);
  if (onto == dragged || is_ancestor (self, dragged, onto))
    return FALSE;

  /* Dropped on the upper half: before the row; lower half: after it. */
  parent = pl_agenda_get_parent (self->agenda, onto);
  siblings = pl_agenda_get_children (self->agenda, parent);
  g_list_store_find (G_LIST_STORE (siblings), onto, &index);
  if (y > gtk_widget_get_height (widget) / 2.0)
    index++;
  /* pl_agenda_move_item counts the siblings without the moving item. */
  if (g_list_store_find (G_LIST_STORE (siblings), dragged, &dragged_index) && dragged_index < index)
    index--;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  keep = g_object_ref (dragged);
  if (!pl_agenda_move_item (self->agenda, keep, parent, index))
    return FALSE;
  pl_agenda_page_select_item (self, keep);

  return TRUE;
}

static void
update_row_accessible (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  PlAgendaItem *item;
  g_autofree char *label = NULL;

  if (row == NULL || expander == NULL)
    return;

  item = gtk_tree_list_row_get_item (row);
  label = g_strdup_printf ("%s %s", pl_agenda_item_get_number (item), pl_agenda_item_get_title (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  pl_compat_list_item_set_accessible_label (list_item, label);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlAgendaPage             *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (PL_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "item-number");
  /* The number on the first line of a wrapped title. */
  gtk_widget_set_valign (number, GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (title, GTK_ALIGN_BASELINE);
  /* A title such as "Review of the implementation of the United Nations
   * Convention against Transnational Organized Crime..." must be readable
   * in the tree: two lines, then an ellipsis. */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  /* When the row's box is allocated it asks the title for its width at
   * the row's height, and GtkLabel 4.8 answers that by a binary search
   * over widths (about ten layouts of the title per row, 39 % of the
   * first frame of a large session). The title takes all the width left
   * to it (hexpand, the number's width is fixed), so its natural width
   * only has to be "the whole title on one line", which needs no search.
   * No width-chars: GtkLabel 4.8 would then answer a short title's
   * natural width below that minimum (a warning); the list's side of the
   * divider is at least 300 pixels wide, which keeps the title readable. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (title), GTK_NATURAL_WRAP_NONE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), title);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (drop));

  g_object_set_data (G_OBJECT (list_item), "number", number);
  g_object_set_data (G_OBJECT (list_item), "title", title);
  gtk_list_item_set_child (list_item, expander);
}

/* GTK 4.8's GtkTreeExpander shows an arrow for every row that has a
 * children model, even an empty one (hide-expander is 4.10): rows without
 * sub-items get the "leaf" class, which hides it. */
static void
update_row_leaf (GtkListItem *list_item)
{
  GListModel *children = g_object_get_data (G_OBJECT (list_item), "children");
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  if (children != NULL && g_list_model_get_n_items (children) > 0)
    gtk_widget_remove_css_class (expander, "leaf");
  else
    gtk_widget_add_css_class (expander, "leaf");
}

static void
on_row_item_notify_cb (GtkListItem *list_item)
{
  update_row_accessible (list_item);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlAgendaPage             *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  PlAgendaItem *item = gtk_tree_list_row_get_item (row);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GBinding *number_binding, *title_binding;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  /* The row may lose its item before unbind (the item left the tree). */
  g_object_set_data_full (G_OBJECT (list_item), "item", g_object_ref (item), g_object_unref);
  number_binding = g_object_bind_property (item, "number", g_object_get_data (G_OBJECT (list_item), "number"),
                                           "label", G_BINDING_SYNC_CREATE);
  title_binding = g_object_bind_property (item, "title", g_object_get_data (G_OBJECT (list_item), "title"),
                                          "label", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (list_item), "number-binding", number_binding);
  g_object_set_data (G_OBJECT (list_item), "title-binding", title_binding);
  g_signal_connect_swapped (item, "notify::number", G_CALLBACK (on_row_item_notify_cb), list_item);
  g_signal_connect_swapped (item, "notify::title", G_CALLBACK (on_row_item_notify_cb), list_item);
  update_row_accessible (list_item);

  g_object_set_data (G_OBJECT (list_item), "children", pl_agenda_get_children (self->agenda, item));
  g_signal_connect_swapped (pl_agenda_get_children (self->agenda, item), "items-changed",
                            G_CALLBACK (update_row_leaf), list_item);
  update_row_leaf (list_item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlAgendaPage             *self)
{
  PlAgendaItem *item = g_object_get_data (G_OBJECT (list_item), "item");
  GtkWidget *expander = gtk_list_item_get_child (list_item);

  g_binding_unbind (g_object_get_data (G_OBJECT (list_item), "number-binding"));
  g_binding_unbind (g_object_get_data (G_OBJECT (list_item), "title-binding"));
  g_object_set_data (G_OBJECT (list_item), "number-binding", NULL);
  g_object_set_data (G_OBJECT (list_item), "title-binding", NULL);
  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_row_item_notify_cb, list_item);
  g_object_set_data (G_OBJECT (list_item), "item", NULL);
  if (g_object_get_data (G_OBJECT (list_item), "children") != NULL)
    g_signal_handlers_disconnect_by_func (g_object_get_data (G_OBJECT (list_item), "children"),
                                          update_row_leaf, list_item);
  g_object_set_data (G_OBJECT (list_item), "children", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

/* PlPage */

static gboolean
pl_agenda_page_select_record (PlPage   *page,
                              PlRecord *record)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (page);

  if (!PL_IS_AGENDA_ITEM (record))
    return FALSE;

  pl_agenda_page_select_item (self, PL_AGENDA_ITEM (record));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return TRUE;
}


static void
pl_agenda_page_set_read_only (PlPage   *page,
                              gboolean  read_only)
{
  update_actions (PL_AGENDA_PAGE (page));
}

/* GObject */

static void
pl_agenda_page_constructed (GObject *object)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (object);
  GtkListItemFactory *factory;
  GListModel *root;

  G_OBJECT_CLASS (pl_agenda_page_parent_class)->constructed (object);

  self->agenda = g_object_ref (pl_session_get_agenda (pl_page_get_session (PL_PAGE (self))));

  self->editor = PL_ITEM_EDITOR (pl_item_editor_new (pl_page_get_session (PL_PAGE (self))));
  gtk_paned_set_end_child (self->paned, GTK_WIDGET (self->editor));

  root = g_object_ref (pl_agenda_get_children (self->agenda, NULL));
  self->tree = gtk_tree_list_model_new (root, FALSE, TRUE, create_children_cb, self, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (self->tree, "items-changed", G_CALLBACK (on_tree_items_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->tree)) > 0)
    pl_agenda_page_select_item (self, item_at (self, 0));
  else
    update_actions (self);
}

static void
pl_agenda_page_dispose (GObject *object)
{
  PlAgendaPage *self = PL_AGENDA_PAGE (object);

  g_clear_handle_id (&self->reselect_id, g_source_remove);
  if (self->tree != NULL)
    g_signal_handlers_disconnect_by_data (self->tree, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->selected);
  g_clear_object (&self->agenda);

  G_OBJECT_CLASS (pl_agenda_page_parent_class)->dispose (object);
}

static void
pl_agenda_page_class_init (PlAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_agenda_page_constructed;
  object_class->dispose = pl_agenda_page_dispose;
  page_class->select_record = pl_agenda_page_select_record;
  page_class->set_read_only = pl_agenda_page_set_read_only;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAgendaPage, paned);
  gtk_widget_class_bind_template_child (widget_class, PlAgendaPage, list_view);

  gtk_widget_class_install_action (widget_class, "agenda.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-sub-item", NULL, add_sub_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_install_action (widget_class, moves[i].action_name, NULL, move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "agenda.add-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "agenda.add-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "agenda.add-sub-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "agenda.indent", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "agenda.outdent", NULL);
}

static void
pl_agenda_page_init (PlAgendaPage *self)
{
  g_type_ensure (PL_TYPE_ITEM_EDITOR);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_agenda_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_AGENDA_PAGE, session);
}
