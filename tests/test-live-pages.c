/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pl-check.h"
#include "pl-document.h"
#include "pl-page.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"
#include "pl-window.h"

/* The pages of a window while another client's changes arrive (issue 23,
 * the live room): a change costs the page in view what it shows of it,
 * and a hidden page what it shows once it is shown again.
 *
 *   /live-pages/overview-hidden: the Overview, shown once and then
 *     hidden, does not check the session again on each change (a second
 *     on the huge session), and shows the findings of the session as it
 *     is when shown again;
 *   /live-pages/documents-title: a document's new title shows in its row
 *     at once, and touches no other row (each row's tooltip set again
 *     asked the X server where the pointer is, each label set again laid
 *     the table out again). */

static PlWindow *
window_new (PlSession *session)
{
  PlWindow *window = pl_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  pl_window_set_session (window, session, NULL);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
window_close (PlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (200);
}

static char *
findings_heading (PlSession *session)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (findings));

  return g_strdup_printf (n == 1 ? "%u Finding" : "%u Findings", n);
}

typedef struct
{
  GtkWidget  *page;
  const char *text;
} Wait;

static gboolean
shows_label (gpointer data)
{
  Wait *wait = data;

  return pl_test_find_label_containing (wait->page, wait->text) != NULL;
}

static gboolean
shows_editable (gpointer data)
{
  Wait *wait = data;

  return pl_test_find_editable_label (wait->page, wait->text) != NULL;
}

static gboolean
is_refreshed (gpointer data)
{
  return !pl_page_is_refresh_pending (data);
}

static void
test_overview_hidden (void)
{
  g_autoptr(PlSession) session = pl_test_load_sample ();
  PlWindow *window = window_new (session);
  GtkWidget *overview, *documents;
  g_autoptr(PlDocument) document = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DOCUMENT), 0);
  g_autofree char *before = findings_heading (session);
  g_autofree char *after = NULL;
  g_autofree char *symbol = g_strdup (pl_document_get_symbol (document));
  Wait wait;

  pl_window_show_page (window, "overview");
  overview = pl_window_get_page (window, "overview");
  g_assert_nonnull (pl_test_find_label_containing (overview, before));
  pl_window_show_page (window, "documents");
  documents = pl_window_get_page (window, "documents");

  /* One more finding (documents.symbol), as a change pulled from the
   * server would make it. */
  pl_document_set_symbol (document, "not a symbol");
  after = findings_heading (session);
  g_assert_cmpstr (before, !=, after);

  /* The page in view follows (its count of invalid symbols); the hidden
   * Overview has no check due, and has not run one. */
  wait = (Wait) { documents, "1 invalid symbol" };
  pl_test_spin_until (shows_label, &wait, 10000);
  pl_test_spin_until (is_refreshed, overview, 10000);
  g_assert_nonnull (pl_test_find_label_containing (overview, before));
  g_assert_null (pl_test_find_label_containing (overview, after));

  /* Shown again: the findings of the session as it is now. */
  pl_window_show_page (window, "overview");
  wait = (Wait) { overview, after };
  pl_test_spin_until (shows_label, &wait, 10000);
  g_assert_null (pl_test_find_label_containing (overview, before));

  /* And while shown, it follows each change again. */
  pl_document_set_symbol (document, symbol);
  wait = (Wait) { overview, before };
  pl_test_spin_until (shows_label, &wait, 10000);

  window_close (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Counts each tooltip set on the editable labels under @widget. */
static void
watch_tooltips (GtkWidget *widget,
                guint     *count)
{
  if (GTK_IS_EDITABLE_LABEL (widget))
    g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (count_notify_cb), count);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_tooltips (child, count);
}

static void
test_documents_title (void)
{
  g_autoptr(PlSession) session = pl_test_load_sample ();
  PlWindow *window = window_new (session);
  GtkWidget *documents;
  g_autoptr(PlDocument) document = g_list_model_get_item (pl_session_get_records (session, PL_TYPE_DOCUMENT), 0);
  guint n_tooltips = 0;
  Wait wait;

  pl_window_show_page (window, "documents");
  documents = pl_window_get_page (window, "documents");
  wait = (Wait) { documents, pl_document_get_title (document) };
  pl_test_spin_until (shows_editable, &wait, 10000);
  pl_test_spin_until (is_refreshed, documents, 10000);

  watch_tooltips (documents, &n_tooltips);
  pl_document_set_title (document, "A title from another client");
  wait = (Wait) { documents, "A title from another client" };
  pl_test_spin_until (shows_editable, &wait, 10000);
  pl_test_spin_until (is_refreshed, documents, 10000);
  g_assert_cmpuint (n_tooltips, ==, 0);

  /* A symbol made invalid still marks its own row, with the reason. */
  pl_document_set_symbol (document, "not a symbol");
  wait = (Wait) { documents, "1 invalid symbol" };
  pl_test_spin_until (shows_label, &wait, 10000);

  window_close (window);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/live-pages/overview-hidden", test_overview_hidden);
  g_test_add_func ("/live-pages/documents-title", test_documents_title);

  return g_test_run ();
}
