/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_PAGE (pl_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlPage, pl_page, PL, PAGE, GtkWidget)

/**
 * PlPageClass:
 * @select_record: show @record if this page edits records of its kind;
 *   return %TRUE if it did (the window then shows the page)
 * @set_read_only: optional: what a page must do beyond the base's own
 *   handling (see pl_page_set_read_only()) to refuse edits
 * @session_changed: optional: a record of the session changed; the
 *   default queues a refresh (pl_page_queue_refresh())
 * @refresh: optional: brings the page up to date with its session, once a
 *   burst of changes is over
 * @refresh_when_hidden: %FALSE (the default) when the page is refreshed
 *   only while shown, and on being shown again if it missed a change;
 *   %TRUE for a page whose models others read while it is hidden
 * @acts_for_delegation: %TRUE for a page of a delegate's window that acts
 *   for a delegation: the base finds the account's (#PlPage:delegation)
 *   when the page is made and before each refresh until it is known
 *
 * A page of the window's sidebar, as GNOME Settings' CcPanel is: the
 * base owns the #PlPage:session, the one subscription to its changes and
 * the refresh policy (pl-page-refresh.h), the read-only state of a
 * delegate's window and the delegation its pages act for
 * (#PlPage:delegation), and the disposal of the page's template. Adding a
 * page to the window is one line of the window's page table (pl-window.c).
 *
 * A read-only page turns off every action its class installed except
 * those the class declares safe (pl_page_class_set_safe_actions():
 * navigation, export, copy, find), and keeps them off whatever the page's
 * own code does later: a new action is an edit unless its class says
 * otherwise, so a page cannot forget one (issue 18).
 */
struct _PlPageClass
{
  GtkWidgetClass parent_class;

  gboolean (*select_record)   (PlPage       *self,
                               PlRecord     *record);
  void     (*set_read_only)   (PlPage       *self,
                               gboolean      read_only);
  void     (*session_changed) (PlPage       *self,
                               PlRecord     *record,
                               PlChangeKind  kind,
                               const char   *field);
  void     (*refresh)         (PlPage       *self);

  gboolean refresh_when_hidden;
  gboolean acts_for_delegation;
};

GtkWidget *pl_page_new                (GType      page_type,
                                       PlSession *session);
PlSession *pl_page_get_session        (PlPage    *self);
gboolean   pl_page_select_record      (PlPage    *self,
                                       PlRecord  *record);
gboolean   pl_page_get_read_only      (PlPage    *self);
GtkWindow *pl_page_get_window         (PlPage    *self);
void       pl_page_set_read_only      (PlPage    *self,
                                       gboolean   read_only);

const char *pl_page_get_delegation (PlPage     *self);
void        pl_page_set_delegation (PlPage     *self,
                                    const char *delegation);

void       pl_page_queue_refresh      (PlPage    *self);
void       pl_page_flush_refresh      (PlPage    *self);
gboolean   pl_page_is_refresh_pending (PlPage    *self);

void       pl_page_dispose_template   (GtkWidget *widget,
                                       GType      widget_type);

void                pl_page_class_set_safe_actions (PlPageClass *page_class,
                                                    const char  *first_action,
                                                    ...) G_GNUC_NULL_TERMINATED;
const char * const *pl_page_class_get_safe_actions (PlPageClass *page_class);

/* Declares an action callback (a GtkWidgetActionActivateFunc) that a page
 * defines in another of its files: the private headers list many of them. */
#define PL_PAGE_DECLARE_ACTION(name)          \
  void name (GtkWidget  *widget,              \
             const char *action_name,         \
             GVariant   *parameter)

G_END_DECLS
