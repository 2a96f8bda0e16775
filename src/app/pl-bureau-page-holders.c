/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-bureau.h"
#include "pl-bureau-page-private.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-office-holder-row.h"

/* The officers of earlier sessions: one editable row (PlOfficeHolderRow)
 * per office_holder record, for the rotation of rule 22. */

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
  g_autoptr(GPtrArray) ids = pl_bureau_page_list_groups (self, FALSE);
  g_autoptr(GPtrArray) names = pl_bureau_page_list_groups (self, TRUE);
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
    {
      GtkWidget *row = pl_office_holder_row_new (pl_page_get_session (PL_PAGE (self)),
                                                 g_ptr_array_index (sorted, i), names);

      pl_office_holder_row_sync (PL_OFFICE_HOLDER_ROW (row), ids);
      gtk_list_box_append (self->history_list, row);
    }
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

