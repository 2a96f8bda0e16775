/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The one refresh policy of the pages: a page is brought up to date once
 * a burst of changes is over (typing; a default pattern adds ten meetings
 * in one go), not on each change. */
#define PL_PAGE_REFRESH_DELAY_MS 100

typedef void (*PlPageRebuildFunc) (gpointer page);

/**
 * PlPageRefresh:
 *
 * The refresh of a page (#PlPage owns one): a burst of changes is one
 * rebuild, and a page refreshed only when shown is rebuilt when it is
 * shown again, not on every edit made on another page. The fields are
 * private.
 */
typedef struct
{
  GtkWidget         *page;
  PlPageRebuildFunc  rebuild;
  guint              timeout_id;
  gboolean           stale;       /* changed while not shown */
  gboolean           only_shown;
} PlPageRefresh;

void     pl_page_refresh_init       (PlPageRefresh     *refresh,
                                     GtkWidget         *page,
                                     PlPageRebuildFunc  rebuild,
                                     gboolean           only_shown);
void     pl_page_refresh_queue      (PlPageRefresh     *refresh);
void     pl_page_refresh_flush      (PlPageRefresh     *refresh);
gboolean pl_page_refresh_is_pending (PlPageRefresh     *refresh);
void     pl_page_refresh_clear      (PlPageRefresh     *refresh);

G_END_DECLS
