/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-page-refresh.h"

static gboolean
on_refresh_timeout_cb (gpointer user_data)
{
  PlPageRefresh *refresh = user_data;

  refresh->timeout_id = 0;
  refresh->rebuild (refresh->page);

  return G_SOURCE_REMOVE;
}

static void
on_map_cb (GtkWidget     *widget,
           PlPageRefresh *refresh)
{
  if (refresh->stale)
    {
      refresh->stale = FALSE;
      refresh->rebuild (refresh->page);
    }
}

/**
 * pl_page_refresh_init:
 * @refresh: the page's #PlPageRefresh
 * @page: the page, which @refresh is part of
 * @rebuild: redraws @page from the session
 * @only_shown: whether @page is rebuilt only while shown
 *
 * A page rebuilt only while shown starts stale: it is built when it is
 * first shown.
 */
void
pl_page_refresh_init (PlPageRefresh     *refresh,
                      GtkWidget         *page,
                      PlPageRebuildFunc  rebuild,
                      gboolean           only_shown)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (rebuild != NULL);

  refresh->page = page;
  refresh->rebuild = rebuild;
  refresh->timeout_id = 0;
  refresh->only_shown = only_shown;
  refresh->stale = only_shown;
  if (only_shown)
    g_signal_connect (page, "map", G_CALLBACK (on_map_cb), refresh);
}

/**
 * pl_page_refresh_queue:
 *
 * The session changed: rebuild the page shortly if it is shown, else when
 * it is shown again.
 */
void
pl_page_refresh_queue (PlPageRefresh *refresh)
{
  g_clear_handle_id (&refresh->timeout_id, g_source_remove);

  if (refresh->only_shown && !gtk_widget_get_mapped (refresh->page))
    {
      refresh->stale = TRUE;
      return;
    }

  refresh->timeout_id = g_timeout_add (PL_PAGE_REFRESH_DELAY_MS, on_refresh_timeout_cb, refresh);
}

/**
 * pl_page_refresh_flush:
 *
 * Rebuilds the page now if a rebuild is due, so that what it shows is
 * up to date (before a record of it is selected).
 */
void
pl_page_refresh_flush (PlPageRefresh *refresh)
{
  if (refresh->timeout_id != 0 || refresh->stale)
    {
      g_clear_handle_id (&refresh->timeout_id, g_source_remove);
      refresh->stale = FALSE;
      refresh->rebuild (refresh->page);
    }
}

/**
 * pl_page_refresh_is_pending:
 *
 * Returns: whether a rebuild is about to replace the page's widgets
 */
gboolean
pl_page_refresh_is_pending (PlPageRefresh *refresh)
{
  return refresh->timeout_id != 0;
}

/**
 * pl_page_refresh_clear:
 *
 * Cancels a rebuild to come; for the page's dispose.
 */
void
pl_page_refresh_clear (PlPageRefresh *refresh)
{
  g_clear_handle_id (&refresh->timeout_id, g_source_remove);
}
