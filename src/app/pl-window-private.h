/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pl-autosave.h"
#include "pl-session.h"
#include "pl-start-view.h"
#include "pl-sync-engine.h"
#include "pl-window.h"

G_BEGIN_DECLS

/*
 * What the window's parts share (pl-window.c, the pages and the session;
 * pl-window-file.c, opening and saving; pl-window-actions.c, the other
 * actions and their shortcuts; pl-window-sync.c, the server): the
 * window's fields, and the calls each makes into the others.
 */

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} PlWindowPageInfo;

/* The sidebar's pages, in order (pl-window.c): the secretariat's, and a
 * delegate's (issue 18), which replace them in a delegate's window. */
extern const PlWindowPageInfo pl_window_pages[];
extern const guint            pl_window_n_pages;
extern const PlWindowPageInfo pl_window_delegate_pages[];
extern const guint            pl_window_n_delegate_pages;

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
  gboolean              close_after_save;
  gboolean              settings_applied;
  char                 *opening_path;   /* the file being read for this window */
  gboolean              first_frame_reported;

  /* The sidebar's table: pl_window_pages or pl_window_delegate_pages */
  const PlWindowPageInfo *pages;
  guint                 n_pages;

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
  gboolean              redownloading;  /* Discard This Copy… under way */

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  PlStartView          *start_view;
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
  GtkSpinner           *opening_spinner;
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
void     pl_window_update_save_state          (PlWindow    *self);
void     pl_window_update_titles              (PlWindow    *self);

/* pl-window-pages.c */
void       pl_window_pages_class_init          (GtkWidgetClass *widget_class);
GtkWidget *pl_window_ensure_page               (PlWindow    *self,
                                                const char  *name);
void       pl_window_fill_sidebar              (PlWindow    *self);
gboolean   pl_window_is_delegate_window        (PlWindow    *self);
void       pl_window_update_page_table         (PlWindow    *self);
void       pl_window_update_content_subtitle   (PlWindow    *self);

/* pl-window-file.c */
void     pl_window_file_class_init            (GtkWidgetClass *widget_class);
gboolean pl_window_file_confirm_close         (PlWindow    *self);

/* pl-window-actions.c */
void     pl_window_actions_class_init         (GtkWidgetClass *widget_class);
void     pl_window_actions_set_read_only      (PlWindow    *self,
                                               gboolean     read_only);

/* pl-window-translations.c */
void     pl_window_translations_class_init    (GtkWidgetClass *widget_class);

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
void     pl_window_sync_update_redownload_action (PlWindow *self);

G_END_DECLS
