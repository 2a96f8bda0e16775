/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-position.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list-rows.h"

static int
compare_lists (gconstpointer a,
               gconstpointer b)
{
  PlSpeakerList *la = *(PlSpeakerList * const *) a;
  PlSpeakerList *lb = *(PlSpeakerList * const *) b;
  int c = pl_position_compare (pl_speaker_list_get_position (la), pl_speaker_list_get_position (lb));

  return c != 0 ? c : g_strcmp0 (pl_record_get_id (PL_RECORD (la)), pl_record_get_id (PL_RECORD (lb)));
}

/* The session's lists in the order the sidebar shows them. */
GPtrArray *
pl_speaker_list_rows_sorted (PlSession *session)
{
  GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (lists, i));
  g_ptr_array_sort (sorted, compare_lists);
  return sorted;
}

static GtkWidget *
list_row_new (PlSession              *session,
              PlSpeakerList          *list,
              PlSpeakerListRowsFlags  flags)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (pl_speaker_list_get_title (list));
  g_autofree char *item = pl_speaker_item_label (session, pl_speaker_list_get_item (list));
  GtkWidget *subtitle = gtk_label_new (item);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  if (flags & PL_SPEAKER_LIST_ROWS_ELLIPSIZE)
    gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);

  if (flags & PL_SPEAKER_LIST_ROWS_COUNT)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *count = gtk_label_new (NULL);

      gtk_widget_set_hexpand (box, TRUE);
      gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (count, "pl-count");
      gtk_widget_set_visible (count, FALSE);
      gtk_box_append (GTK_BOX (line), box);
      gtk_box_append (GTK_BOX (line), count);
      g_object_set_data (G_OBJECT (row), "count", count);
      box = line;
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pl_speaker_list_get_title (list), -1);
  g_object_set_data_full (G_OBJECT (row), "list", g_object_ref (list), g_object_unref);
  return row;
}

/* Refills @box with a row a list and selects @current's row, without
 * telling the page (its handlers are connected with @handler_data): the
 * page shows a list once it knows which. Returns whether @current still
 * has a row; @first is then the list to show instead (or %NULL). */
gboolean
pl_speaker_list_rows_fill (GtkListBox              *box,
                           PlSession               *session,
                           PlSpeakerList           *current,
                           PlSpeakerListRowsFlags   flags,
                           gpointer                 handler_data,
                           PlSpeakerList          **first)
{
  g_autoptr(GPtrArray) lists = pl_speaker_list_rows_sorted (session);
  GtkListBoxRow *to_select = NULL;
  GtkWidget *child;

  g_signal_handlers_block_matched (box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);

  for (guint i = 0; i < lists->len; i++)
    {
      PlSpeakerList *list = g_ptr_array_index (lists, i);
      GtkWidget *row = list_row_new (session, list, flags);

      gtk_list_box_append (box, row);
      if (list == current)
        to_select = GTK_LIST_BOX_ROW (row);
    }

  if (to_select != NULL)
    gtk_list_box_select_row (box, to_select);
  g_signal_handlers_unblock_matched (box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);

  /* The rows hold their lists: the first outlives the array. */
  *first = lists->len > 0 ? g_ptr_array_index (lists, 0) : NULL;
  return to_select != NULL;
}

/* Selects @list's row when the page chose the list itself, without
 * telling the page again. */
void
pl_speaker_list_rows_select (GtkListBox    *box,
                             PlSpeakerList *list,
                             gpointer       handler_data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "list") == list
        && gtk_list_box_get_selected_row (box) != GTK_LIST_BOX_ROW (child))
      {
        g_signal_handlers_block_matched (box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
        gtk_list_box_select_row (box, GTK_LIST_BOX_ROW (child));
        g_signal_handlers_unblock_matched (box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
      }
}

/**
 * pl_speaker_list_rows_show:
 * @list: (nullable): the list the page is to show
 * @shown: the page's list shown
 * @order: the page's order of @shown's speakers
 * @order_changed: called, @handler_data swapped, when the order changes
 *
 * The list a page shows and its order of speakers, which both pages hold:
 * @list replaces *@shown, with an order of its own, and its row is
 * selected. A page may be asked again for the list it shows (its row
 * chosen again, the lists filled again): nothing changes then.
 *
 * Returns: whether *@shown changed, and the page has to show it
 */
gboolean
pl_speaker_list_rows_show (GtkListBox      *box,
                           PlSession       *session,
                           PlSpeakerList   *list,
                           PlSpeakerList  **shown,
                           PlSpeakerOrder **order,
                           GCallback        order_changed,
                           gpointer         handler_data)
{
  if (list == *shown && (list == NULL || *order != NULL))
    return FALSE;

  if (*order != NULL)
    g_signal_handlers_disconnect_by_data (*order, handler_data);
  g_clear_object (order);
  g_set_object (shown, list);
  if (list == NULL)
    return TRUE;

  *order = pl_speaker_order_new (session, list);
  g_signal_connect_swapped (*order, "items-changed", order_changed, handler_data);
  pl_speaker_list_rows_select (box, list, handler_data);
  return TRUE;
}
