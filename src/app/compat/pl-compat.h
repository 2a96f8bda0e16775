/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The few places where GTK 4.8 / libadwaita 1.2 (the baseline) and current
 * GNOME differ: file dialogs (GtkFileChooserNative, GtkFileDialog from
 * 4.10), message dialogs (AdwMessageDialog, AdwAlertDialog from 1.5) and
 * the about window (AdwAboutWindow, AdwAboutDialog from 1.5). Everything
 * else in src/app is compiled against the baseline only.
 */

typedef enum {
  PL_COMPAT_FILE_OPEN,
  PL_COMPAT_FILE_SAVE,
  PL_COMPAT_FILE_OPEN_CSV,
  PL_COMPAT_FILE_OPEN_INVITATION,
  PL_COMPAT_FILE_OPEN_XLIFF,
} PlCompatFileMode;

void       pl_compat_choose_file_async  (GtkWindow           *parent,
                                         PlCompatFileMode     mode,
                                         const char          *title,
                                         const char          *initial_name,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
GFile     *pl_compat_choose_file_finish (GAsyncResult        *result,
                                         GError             **error);

/* @responses: NULL-terminated pairs of id and label; the first pair is the
 * default, an id starting with "destructive-" is shown as destructive and
 * "cancel" closes. */
void       pl_compat_ask_async          (GtkWindow           *parent,
                                         const char          *heading,
                                         const char          *body,
                                         const char * const  *responses,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
char      *pl_compat_ask_finish         (GAsyncResult        *result,
                                         GError             **error);

void       pl_compat_show_message       (GtkWindow           *parent,
                                         const char          *heading,
                                         const char          *body);

void       pl_compat_show_about         (GtkWindow           *parent);

GtkWidget *pl_compat_editable_label_new (void);

/* GTK 4.8 shows the list inside a combo row's (hidden) popover to AT-SPI
 * as a nameless list: give every list view under @widget @label. */
void       pl_compat_label_inner_lists  (GtkWidget           *widget,
                                         const char          *label);

/* The accessible name of a list view's row: GTK 4.12 has an API for it;
 * GTK 4.8 shows the row to AT-SPI as a nameless list item, so the row's
 * widget, the parent of @list_item's child once bound, is named. */
void       pl_compat_list_item_set_accessible_label (GtkListItem *list_item,
                                                     const char  *label);

/* A factory of rows for a list of GtkStringObjects (a combo row's, a
 * drop-down's), each a label named (see above) after its string. */
GtkListItemFactory *pl_compat_named_items_factory_new (void);

/* A combo row whose rows, the one showing the choice and those of its
 * popover, are named (see above) after its GtkStringList's strings. */
void       pl_compat_combo_row_name_items (AdwComboRow *row);

/* GTK 4.8 reports a hidden stack child to AT-SPI as visible and showing:
 * show @stack's child @name and hide the others. */
void       pl_compat_stack_show_only    (GtkStack            *stack,
                                         const char          *name);

/* Save dialogs for exported documents: @filter is the one file type
 * offered (the format chosen); finish with pl_compat_choose_file_finish(). */
void       pl_compat_save_file_async    (GtkWindow           *parent,
                                         const char          *title,
                                         const char          *initial_name,
                                         GtkFileFilter       *filter,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);

/* Opens @file in the user's application for its type: GtkFileLauncher
 * from 4.10 (through the portal), the default GAppInfo before. */
void       pl_compat_launch_file        (GtkWindow           *parent,
                                         GFile               *file);

G_END_DECLS
