/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-record-table.h"
#include "pl-record-table-private.h"

/**
 * PlRecordTable:
 *
 * The table of records that Participants, Credentials and Documents
 * show: a column view over the chain items → GtkSortListModel (the
 * column headers) → GtkFilterListModel (the search, any of its
 * expressions containing the text, and the page's facets, every one
 * met) → GtkSingleSelection. The selection starts empty and can be emptied
 * again: the editor beside the table shows nothing until a row is
 * chosen. (The pages' own selections used to be made with autoselect
 * on, which left the first row selected, unseen by the page, when the
 * table opened with records in it.) A page declares its columns (pl_record_table_add_column()),
 * what the search looks in (pl_record_table_add_search()) and its
 * facets (pl_record_table_set_facets()).
 */

G_DEFINE_FINAL_TYPE (PlRecordTable, pl_record_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_REORDERABLE,
  PROP_LABEL_ROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
on_search_changed_cb (PlRecordTable  *self,
                      GtkSearchEntry *entry)
{
  pl_record_table_set_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_facet_changed_cb (PlRecordTable *self)
{
  gtk_filter_changed (GTK_FILTER (self->facets), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
set_label (PlRecordTable *self,
           const char    *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (!self->label_rows)
    return;

  /* The rows live in the column view's inner list, which AT-SPI shows as
   * a list of its own: it gets the table's name. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
pl_record_table_dispose (GObject *object)
{
  PlRecordTable *self = PL_RECORD_TABLE (object);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  if (self->search_entry != NULL)
    g_signal_handlers_disconnect_by_data (self->search_entry, self);
  for (guint i = 0; self->facet_drops != NULL && i < self->facet_drops->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->facet_drops, i), self);
  g_clear_pointer (&self->facet_drops, g_ptr_array_unref);
  g_clear_object (&self->search_entry);
  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  if (self->bound_cells != NULL)
    g_hash_table_remove_all (self->bound_cells);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_RECORD_TABLE);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->cell_columns, g_ptr_array_unref);
  g_clear_object (&self->selection);
  if (self->sort_model != NULL)
    pl_record_table_search_set_items (self, gtk_sort_list_model_get_model (self->sort_model), NULL);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  pl_record_table_search_dispose (self);

  G_OBJECT_CLASS (pl_record_table_parent_class)->dispose (object);
}

static void
pl_record_table_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlRecordTable *self = PL_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_REORDERABLE:
      g_value_set_boolean (value, gtk_column_view_get_reorderable (self->column_view));
      break;
    case PROP_LABEL_ROWS:
      g_value_set_boolean (value, self->label_rows);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_record_table_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlRecordTable *self = PL_RECORD_TABLE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      set_label (self, g_value_get_string (value));
      break;
    case PROP_REORDERABLE:
      gtk_column_view_set_reorderable (self->column_view, g_value_get_boolean (value));
      break;
    case PROP_LABEL_ROWS:
      self->label_rows = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* How wide @cc's column is: its fixed width, which a resize by hand
 * changes too, or what a column without one counts for. */
static int
cell_column_width (CellColumn *cc)
{
  int width = gtk_column_view_column_get_visible (cc->view_column)
              ? gtk_column_view_column_get_fixed_width (cc->view_column)
              : cc->shown_width;

  return width > 0 ? width : UNFIXED_COLUMN_WIDTH;
}

/* Which columns show in @width: all if they fit, else the columns of
 * the highest priority hide first (the later of equals first) until the
 * rest fit or only those of priority 0 are left. The columns of a page's
 * table are few: the search is quadratic. */
static gboolean
fit_columns (PlRecordTable *self,
             int            width)
{
  g_autofree gboolean *shown = g_new0 (gboolean, self->cell_columns->len + 1);
  gboolean changed = FALSE;
  int total = 0;

  for (guint i = 0; i < self->cell_columns->len; i++)
    {
      shown[i] = TRUE;
      total += cell_column_width (g_ptr_array_index (self->cell_columns, i));
    }
  while (total > width)
    {
      CellColumn *hide = NULL;
      guint hide_index = 0;

      for (guint i = 0; i < self->cell_columns->len; i++)
        {
          CellColumn *cc = g_ptr_array_index (self->cell_columns, i);

          if (shown[i] && cc->priority > 0 && (hide == NULL || cc->priority >= hide->priority))
            {
              hide = cc;
              hide_index = i;
            }
        }
      if (hide == NULL)
        break;
      shown[hide_index] = FALSE;
      total -= cell_column_width (hide);
    }

  for (guint i = 0; i < self->cell_columns->len; i++)
    {
      CellColumn *cc = g_ptr_array_index (self->cell_columns, i);

      if (gtk_column_view_column_get_visible (cc->view_column) == shown[i])
        continue;
      /* GTK 4.8 counts a hidden column's fixed width in the view's
       * minimum, which then leaves the expanding columns nothing: a
       * hidden column is one pixel wide, and gets its width back. */
      if (!shown[i])
        {
          cc->shown_width = gtk_column_view_column_get_fixed_width (cc->view_column);
          gtk_column_view_column_set_fixed_width (cc->view_column, 1);
        }
      else
        gtk_column_view_column_set_fixed_width (cc->view_column, cc->shown_width);
      gtk_column_view_column_set_visible (cc->view_column, shown[i]);
      changed = TRUE;
    }
  return changed;
}

static gboolean
relayout_cb (gpointer user_data)
{
  PlRecordTable *self = user_data;

  self->relayout_id = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self->column_view));
  return G_SOURCE_REMOVE;
}

static void
pl_record_table_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (PL_RECORD_TABLE (widget)->scrolled_window), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* The columns that matter stay in view when the table is narrow (the
 * editor open beside it at the default window size): the others hide
 * rather than the table scrolling them out of sight. */
static void
pl_record_table_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PlRecordTable *self = PL_RECORD_TABLE (widget);
  GtkWidget *child = GTK_WIDGET (self->scrolled_window);

  if (fit_columns (self, width))
    {
      int min, nat;

      /* The view changed its columns: measure it again before it is
       * allocated, and lay it out once more after this frame, when its
       * expanding columns take the width the hidden ones left. */
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
      if (self->relayout_id == 0)
        self->relayout_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, relayout_cb, self, NULL);
    }
  gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
pl_record_table_class_init (PlRecordTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_record_table_dispose;
  object_class->get_property = pl_record_table_get_property;
  object_class->set_property = pl_record_table_set_property;

  /**
   * PlRecordTable:label:
   *
   * The table's accessible name ("Delegations"), which the e2e tests and
   * screen readers find it by.
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REORDERABLE] =
    g_param_spec_boolean ("reorderable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * PlRecordTable:label-rows:
   *
   * Whether the inner list of rows gets the table's #PlRecordTable:label
   * too; set it before the label.
   */
  properties[PROP_LABEL_ROWS] =
    g_param_spec_boolean ("label-rows", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-record-table.ui");
  gtk_widget_class_bind_template_child (widget_class, PlRecordTable, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, PlRecordTable, column_view);
  /* No layout manager: GTK calls size_allocate only without one. */
  widget_class->measure = pl_record_table_measure;
  widget_class->size_allocate = pl_record_table_size_allocate;
}

static void
pl_record_table_init (PlRecordTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Sorted, then filtered: a keystroke in the search filters the sorted
   * records and sorts nothing (issue 23: sorted after the filter, each
   * keystroke made a collation key of each record it let through). */
  self->filter = gtk_every_filter_new ();
  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)),
                                                  GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  pl_record_table_search_init (self);
  self->facet_drops = g_ptr_array_new_with_free_func (g_object_unref);
  self->cell_columns = g_ptr_array_new_with_free_func (g_free);
  self->bound_cells = g_hash_table_new_full (NULL, NULL, NULL, pl_record_table_bound_cell_free);
}

GtkWidget *
pl_record_table_new (void)
{
  return g_object_new (PL_TYPE_RECORD_TABLE, NULL);
}

/**
 * pl_record_table_set_items:
 * @items: the records the table shows, through its filters
 */
void
pl_record_table_set_items (PlRecordTable *self,
                           GListModel    *items)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));
  g_return_if_fail (items == NULL || G_IS_LIST_MODEL (items));

  pl_record_table_search_set_items (self, gtk_sort_list_model_get_model (self->sort_model), items);
  gtk_sort_list_model_set_model (self->sort_model, items);
}

/**
 * pl_record_table_set_search_entry:
 *
 * What is typed in @entry is the table's search.
 */
void
pl_record_table_set_search_entry (PlRecordTable  *self,
                                  GtkSearchEntry *entry)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));
  g_return_if_fail (GTK_IS_SEARCH_ENTRY (entry));
  g_return_if_fail (self->search_entry == NULL);

  self->search_entry = g_object_ref (entry);
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
}

/**
 * pl_record_table_set_facets:
 * @match: whether a record meets the facets, as the drop-downs are set
 * @first_drop_down: the first drop-down that sets the facets, whose
 *   first entry ("All …") shows every record; then more, up to %NULL
 *
 * The page's criteria beside the search: a record is shown if @match
 * says it meets them, and the table is filtered again when a drop-down
 * changes.
 */
void
pl_record_table_set_facets (PlRecordTable       *self,
                            GtkCustomFilterFunc  match,
                            gpointer             user_data,
                            GtkDropDown         *first_drop_down,
                            ...)
{
  va_list args;

  g_return_if_fail (PL_IS_RECORD_TABLE (self));
  g_return_if_fail (match != NULL);
  g_return_if_fail (self->facets == NULL);

  self->facets = gtk_custom_filter_new (match, user_data, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->filter), GTK_FILTER (self->facets));

  va_start (args, first_drop_down);
  for (GtkDropDown *drop = first_drop_down; drop != NULL; drop = va_arg (args, GtkDropDown *))
    {
      g_ptr_array_add (self->facet_drops, g_object_ref (drop));
      g_signal_connect_swapped (drop, "notify::selected", G_CALLBACK (on_facet_changed_cb), self);
    }
  va_end (args);
}

/**
 * pl_record_table_clear_filters:
 *
 * Shows every record: the search is emptied and the drop-downs are back
 * on their first entry.
 */
void
pl_record_table_clear_filters (PlRecordTable *self)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  if (self->search_entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pl_record_table_set_search (self, "");
  for (guint i = 0; i < self->facet_drops->len; i++)
    gtk_drop_down_set_selected (g_ptr_array_index (self->facet_drops, i), 0);
}

/**
 * pl_record_table_refilter:
 *
 * The records changed in a way the filters may see (a name, a status):
 * filter them again, and if @resort, sort them again too.
 */
void
pl_record_table_refilter (PlRecordTable *self,
                          gboolean       resort)
{
  GtkSorter *sorter;

  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  if (self->facets != NULL)
    gtk_filter_changed (GTK_FILTER (self->facets), GTK_FILTER_CHANGE_DIFFERENT);
  if (self->search != NULL)
    gtk_filter_changed (GTK_FILTER (self->search), GTK_FILTER_CHANGE_DIFFERENT);
  if (resort && (sorter = gtk_column_view_get_sorter (self->column_view)) != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

/**
 * pl_record_table_get_column_view:
 *
 * Returns: (transfer none): the view, to add the page's columns to
 *   (pl_column_view_append_column())
 */
GtkColumnView *
pl_record_table_get_column_view (PlRecordTable *self)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  return self->column_view;
}

/**
 * pl_record_table_set_column_priority:
 * @column: a column of pl_record_table_add_cell_column()
 * @priority: 0 (the default) for a column that always shows; when the
 *   columns do not fit the table's width, those of the highest priority
 *   hide first
 *
 * Lets @column hide when the table is too narrow for all its columns,
 * so that those that matter stay in view.
 */
void
pl_record_table_set_column_priority (PlRecordTable       *self,
                                     GtkColumnViewColumn *column,
                                     guint                priority)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  for (guint i = 0; i < self->cell_columns->len; i++)
    {
      CellColumn *cc = g_ptr_array_index (self->cell_columns, i);

      if (cc->view_column == column)
        cc->priority = priority;
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}


/**
 * pl_record_table_sort_by:
 *
 * Sorts by the column headers, @column ascending first; call it once the
 * columns are added.
 */
void
pl_record_table_sort_by (PlRecordTable       *self,
                         GtkColumnViewColumn *column)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  gtk_column_view_sort_by_column (self->column_view, column, GTK_SORT_ASCENDING);
}

/**
 * pl_record_table_get_shown:
 *
 * Returns: (transfer none): the records as shown: sorted, then filtered
 */
GListModel *
pl_record_table_get_shown (PlRecordTable *self)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

guint
pl_record_table_get_n_shown (PlRecordTable *self)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * pl_record_table_is_shown:
 *
 * Returns: whether @item passes the search and the facets
 */
gboolean
pl_record_table_is_shown (PlRecordTable *self,
                          gpointer       item)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), FALSE);

  return gtk_filter_match (GTK_FILTER (self->filter), item);
}

/**
 * pl_record_table_get_selection:
 *
 * Returns: (transfer none): the model of the column view
 */
GtkSingleSelection *
pl_record_table_get_selection (PlRecordTable *self)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  return self->selection;
}

/**
 * pl_record_table_get_selected_item:
 *
 * Returns: (transfer none) (nullable): the record of the selected row
 */
gpointer
pl_record_table_get_selected_item (PlRecordTable *self)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * pl_record_table_select_item:
 * @item: the record to select
 *
 * Selects the row of @item, if the table shows it, and scrolls to it.
 *
 * Returns: whether @item was shown, and is now selected
 */
gboolean
pl_record_table_select_item (PlRecordTable *self,
                             gpointer       item)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), FALSE);

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) it = g_list_model_get_item (model, i);

      if (it == item)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * pl_record_table_reveal_item:
 * @item: the record to select
 *
 * Selects the row of @item as pl_record_table_select_item() does,
 * clearing the search and the facets first if they hide it.
 *
 * Returns: whether @item is in the table, and is now selected
 */
gboolean
pl_record_table_reveal_item (PlRecordTable *self,
                             gpointer       item)
{
  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), FALSE);

  if (!pl_record_table_is_shown (self, item))
    pl_record_table_clear_filters (self);
  return pl_record_table_select_item (self, item);
}

/**
 * pl_record_table_editor_item:
 * @session: the page's session
 * @edited: (nullable): the record the page's editor shows
 *
 * What the editor beside the table shows once the selection changed: the
 * selected record, or @edited while it is still in @session and the
 * selection is empty because its row left the view (the search or a
 * facet hides it now): an edit that takes a row out of the filter does
 * not close its editor.
 *
 * Returns: (transfer none) (nullable): the record to edit
 */
gpointer
pl_record_table_editor_item (PlRecordTable *self,
                             PlSession     *session,
                             gpointer       edited)
{
  gpointer selected;

  g_return_val_if_fail (PL_IS_RECORD_TABLE (self), NULL);

  selected = pl_record_table_get_selected_item (self);
  if (selected == NULL && edited != NULL &&
      pl_session_lookup (session, pl_record_get_id (PL_RECORD (edited))) != NULL)
    return edited;
  return selected;
}

/**
 * pl_record_table_update_stack:
 * @stack: the page's stack of the pages "empty", "no-match" and "list"
 * @n_records: how many records the page has, shown or not
 *
 * Shows "empty" when the page has no records, "no-match" when the
 * search and the facets hide them all, the table otherwise.
 */
void
pl_record_table_update_stack (PlRecordTable *self,
                              GtkStack      *stack,
                              guint          n_records)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  if (n_records == 0)
    pl_compat_stack_show_only (stack, "empty");
  else if (pl_record_table_get_n_shown (self) == 0)
    pl_compat_stack_show_only (stack, "no-match");
  else
    pl_compat_stack_show_only (stack, "list");
}

void
pl_record_table_unselect (PlRecordTable *self)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * pl_record_table_release:
 * @page: the page going away
 *
 * For @page's dispose: its handlers on the table's models are
 * disconnected, and the table shows nothing more, so that its cells are
 * unbound while @page is still whole.
 */
void
pl_record_table_release (PlRecordTable *self,
                         gpointer       page)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  g_signal_handlers_disconnect_by_data (self->selection, page);
  g_signal_handlers_disconnect_by_data (self->filter_model, page);
  pl_record_table_set_items (self, NULL);
  /* The page's cells are shown no more. */
  g_hash_table_remove_all (self->bound_cells);
}
