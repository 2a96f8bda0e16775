/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*PlPageRebuildFunc) (gpointer page);

/**
 * PlPageRefresh:
 *
 * The rebuild of a page that redraws itself whole on every change of the
 * session (the organization of work, the deadlines): a burst of changes
 * is one rebuild, and a page not shown is rebuilt only when it is shown
 * again, not on every edit made on another page. Embedded in the page's
 * instance struct; the fields are private.
 */
typedef struct
{
  GtkWidget         *page;
  PlPageRebuildFunc  rebuild;
  guint              timeout_id;
  gboolean           stale;       /* changed while not shown */
} PlPageRefresh;

void     pl_page_refresh_init       (PlPageRefresh     *refresh,
                                     GtkWidget         *page,
                                     PlPageRebuildFunc  rebuild);
void     pl_page_refresh_queue      (PlPageRefresh     *refresh);
void     pl_page_refresh_flush      (PlPageRefresh     *refresh);
gboolean pl_page_refresh_is_pending (PlPageRefresh     *refresh);
void     pl_page_refresh_clear      (PlPageRefresh     *refresh);

G_END_DECLS
