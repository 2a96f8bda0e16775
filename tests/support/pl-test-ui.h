/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"

G_BEGIN_DECLS

/* What the widget tests (test-widgets, test-floor) share beyond
 * pl-test-support.h: finding the widgets they drive. */

GtkWidget *pl_test_find_widget (GtkWidget  *widget,
                                GType       type,
                                const char *name);

guint      pl_test_count_buttons (GtkWidget  *widget,
                                  const char *name);

GtkWidget *pl_test_find_label_containing (GtkWidget  *widget,
                                          const char *text);
GtkWidget *pl_test_find_editable_label   (GtkWidget  *widget,
                                          const char *text);

/* A page tested alone: in a window of the window's size, under a toast
 * overlay as in PlWindow (test-proposals-page, test-meetings-page, …). */
typedef struct
{
  GtkWidget *window;
  GtkWidget *page;
  PlSession *session;
} PlTestPageFixture;

GtkWidget *pl_test_show_page  (GtkWidget  *page);
void       pl_test_close_page (GtkWidget  *window,
                               GtkWidget  *page,
                               PlSession  *session);
void       pl_test_page_fixture_tear_down (PlTestPageFixture *fixture,
                                           gconstpointer      data);

G_END_DECLS
