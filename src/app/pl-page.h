/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_PAGE (pl_page_get_type ())

G_DECLARE_INTERFACE (PlPage, pl_page, PL, PAGE, GtkWidget)

/**
 * PlPageInterface:
 * @select_record: show @record if this page edits records of its kind;
 *   return %TRUE if it did (the window then shows the page)
 * @set_read_only: optional: what a page must do beyond the interface's
 *   own handling (see pl_page_set_read_only()) to refuse edits
 *
 * A page of the window's sidebar. Each page is constructed with the
 * #PlPage:session it shows; adding a page to the window is one line of
 * the window's page table (pl-window.c).
 */
struct _PlPageInterface
{
  GTypeInterface parent_iface;

  gboolean (*select_record) (PlPage   *self,
                             PlRecord *record);
  void     (*set_read_only) (PlPage   *self,
                             gboolean  read_only);
};

PlSession *pl_page_get_session   (PlPage   *self);
gboolean   pl_page_select_record (PlPage   *self,
                                  PlRecord *record);
gboolean   pl_page_get_read_only (PlPage   *self);
void       pl_page_set_read_only (PlPage   *self,
                                  gboolean  read_only);

void       pl_page_dispose_template (GtkWidget *widget,
                                     GType      widget_type);

G_END_DECLS
