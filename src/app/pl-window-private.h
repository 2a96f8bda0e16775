/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-autosave.h"
#include "pl-session.h"
#include "pl-sync-engine.h"
#include "pl-window.h"

G_BEGIN_DECLS

/*
 * What pl-window.c and pl-window-sync.c share: the window's fields, and
 * the calls each makes into the other.
 */

struct _PlWindow
{
  AdwApplicationWindow  parent_instance;

  PlSession            *session;
  PlAutosave           *autosave;
  GCancellable         *cancellable;
  gulong                history_notify_id;
  gulong                state_notify_id;
  gulong                settings_notify_id;
  gboolean              close_confirmed;
  gboolean              settings_applied;

  /* Sync */
  PlSyncEngine         *engine;
  gulong                engine_state_id;
  gulong                engine_conflicts_id;
  guint                 n_conflicts_seen;
  guint                 sync_save_id;
  char                 *sync_problem;   /* why the session cannot sync */
  gboolean              read_only;
  char                 *delegation;     /* a delegate's delegation:<ISO3> */
  char                 *sync_user;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkBox               *recent_box;
  GtkListBox           *recent_list;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_separator;
  GtkWidget            *content;
  AdwWindowTitle       *sidebar_title;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *content_title;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkMenuButton        *menu_button;
  GtkLabel             *save_state_label;
  GtkStack             *page_stack;
  GtkMenuButton        *sync_button;
  GtkImage             *sync_icon;
  GtkLabel             *sync_label;
  GtkLabel             *sync_title_label;
  GtkLabel             *sync_detail_label;
  GtkLabel             *sync_account_label;
  GtkWidget            *sync_conflicts_button;
};

/* pl-window.c */
void     pl_window_toast                      (PlWindow    *self,
                                               const char  *text);

/* pl-window-sync.c */
void     pl_window_sync_class_init            (GtkWidgetClass *widget_class);
void     pl_window_sync_start                 (PlWindow    *self);
void     pl_window_sync_stop                  (PlWindow    *self);
gboolean pl_window_sync_retry                 (PlWindow    *self);
gboolean pl_window_sync_is_bound_to           (PlWindow    *self,
                                               const char  *server,
                                               const char  *database,
                                               const char  *user);
void     pl_window_sync_update_state          (PlWindow    *self);
void     pl_window_sync_update_request_action (PlWindow    *self);

G_END_DECLS
