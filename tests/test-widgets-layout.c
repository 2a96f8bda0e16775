/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-delegation-import.h"
#include "pl-participants-page.h"
#include "pl-delegation-table-page.h"
#include "pl-documents-page.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-test-support.h"
#include "pl-test-ui.h"
#include "pl-window.h"

#include "test-widgets.h"

/* The tables at the window's default size (1100 by 720), the editor
 * open beside them: the columns that matter are in view, not scrolled
 * off nor cut (issue 22, point 7). */

static const char layout_csv[] =
  "delegation,iso,name,function,rank,email\n"
  "Austria,AUT,Anna Berger,head,ambassador,anna@example.org\n"
  "Brazil,BRA,Ana Souza,head,minister,ana@example.org\n"
  "Japan,JPN,Ken Sato,representative,official,ken@example.org\n";

/* Whether @widget is inside a widget of the type named @type_name (GTK's
 * column view titles and cells are private types). */
static gboolean
inside (GtkWidget  *widget,
        const char *type_name)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), type_name) == 0)
      return TRUE;
  return FALSE;
}

static const char *kind_labels[] = { "Report", "Note", "Conference room paper", "Resolution", "Other" };

/* The label showing @text under @widget, in a header or in a cell. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text,
            const char *in_type)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0 &&
      inside (widget, in_type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text, in_type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_header (GtkWidget  *table,
             const char *title)
{
  return find_label (table, title, "GtkColumnViewTitle");
}

/* Whether @title's header is shown whole within @table's width. */
static gboolean
header_in_view (GtkWidget  *table,
                const char *title)
{
  GtkWidget *header = find_header (table, title);
  graphene_rect_t bounds;

  if (header == NULL || !gtk_widget_get_mapped (header) ||
      !gtk_widget_compute_bounds (header, table, &bounds))
    return FALSE;
  return bounds.size.width > 0 && bounds.origin.x >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (table);
}

typedef struct
{
  GtkWidget  *table;
  const char *titles[4];
} InView;

static gboolean
headers_in_view (gpointer data)
{
  InView *in_view = data;

  for (guint i = 0; i < G_N_ELEMENTS (in_view->titles) && in_view->titles[i] != NULL; i++)
    if (!header_in_view (in_view->table, in_view->titles[i]))
      return FALSE;
  return TRUE;
}

static gboolean
flap_revealed (gpointer data)
{
  AdwFlap *flap = ADW_FLAP (pl_test_find_widget (data, ADW_TYPE_FLAP, NULL));

  return adw_flap_get_reveal_flap (flap) && adw_flap_get_reveal_progress (flap) >= 1.0;
}

static PlWindow *
window_at_default_size (PlSession *session)
{
  PlWindow *window;
  int width, height;

  window = g_object_ref (pl_window_new (NULL));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);
  gtk_window_present (GTK_WINDOW (window));
  pl_window_set_session (window, session, NULL);
  pl_test_spin (100);
  return window;
}

static void
check_delegation_page (PlWindow     *window,
                       PlDelegation *delegation,
                       const char   *page_name,
                       const char   *name_title)
{
  GtkWidget *page = pl_window_get_page (window, page_name);
  GtkWidget *table = pl_test_find_widget (page, PL_TYPE_RECORD_TABLE, NULL);
  InView in_view = { table, { name_title, "Status", NULL } };

  pl_window_show_page (window, page_name);
  pl_delegation_table_page_select_delegation (PL_DELEGATION_TABLE_PAGE (page), delegation);
  pl_test_spin_until (flap_revealed, page, 5000);
  pl_test_spin_until (headers_in_view, &in_view, 5000);
  g_assert_true (header_in_view (table, name_title));
  g_assert_true (header_in_view (table, "Status"));
}

void
test_tables_at_default_size (void)
{
  PlSession *session = pl_test_load_sample ();
  g_autoptr(GBytes) csv = g_bytes_new_static (layout_csv, sizeof layout_csv - 1);
  PlWindow *window = window_at_default_size (session);
  PlParticipantsPage *participants = PL_PARTICIPANTS_PAGE (pl_window_get_page (window, "participants"));
  GListModel *documents = pl_session_get_records (session, PL_TYPE_DOCUMENT);
  g_autoptr(PlDocument) document = g_list_model_get_item (documents, 0);
  GtkWidget *page;
  GtkWidget *table;
  InView in_view = { NULL, { "Symbol", "Title", "Kind", "Languages" } };
  PlRecord *austria;

  g_assert_true (pl_participants_page_import_bytes (participants, csv, "layout.csv"));
  pl_test_spin (50);
  austria = pl_session_lookup (session, "delegation:AUT");
  g_assert_nonnull (austria);

  check_delegation_page (window, PL_DELEGATION (austria), "participants", "Name");
  check_delegation_page (window, PL_DELEGATION (austria), "credentials", "State");

  /* Documents: the kind is text in the table, chosen in the editor. */
  page = pl_window_get_page (window, "documents");
  table = pl_test_find_widget (page, PL_TYPE_RECORD_TABLE, NULL);
  in_view.table = table;
  pl_window_show_page (window, "documents");
  pl_test_spin_until (headers_in_view, &in_view, 5000);
  g_assert_null (pl_test_find_widget (table, GTK_TYPE_DROP_DOWN, NULL));
  g_assert_nonnull (find_label (table, kind_labels[pl_document_get_kind (document)], "GtkColumnViewCell"));

  g_assert_true (pl_page_select_record (PL_PAGE (page), PL_RECORD (document)));
  pl_test_spin_until (flap_revealed, page, 5000);
  pl_test_spin_until (headers_in_view, &in_view, 5000);
  {
    /* The kind is the editor's first row. */
    AdwComboRow *kind = ADW_COMBO_ROW (pl_test_find_widget (page, ADW_TYPE_COMBO_ROW, NULL));

    g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, pl_document_get_kind (document));
    adw_combo_row_set_selected (kind, PL_DOCUMENT_KIND_RESOLUTION);
    g_assert_cmpint (pl_document_get_kind (document), ==, PL_DOCUMENT_KIND_RESOLUTION);
    pl_test_spin (50);
    g_assert_nonnull (find_label (table, "Resolution", "GtkColumnViewCell"));
  }
  g_assert_null (pl_test_find_widget (table, GTK_TYPE_DROP_DOWN, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (50);
  g_clear_object (&document);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* The GtkText under @widget. */
static GtkWidget *
find_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_TEXT (child) ? child : find_text (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Session Settings shows the body's whole name at the default size
 * (issue 22, point 8). */
void
test_settings_body_name_at_default_size (void)
{
  PlSession *session = pl_test_load_sample ();
  PlWindow *window = window_at_default_size (session);
  GtkWidget *page = pl_window_get_page (window, "settings");
  GtkWidget *row = pl_test_find_widget (page, ADW_TYPE_ENTRY_ROW, NULL);
  GtkWidget *text = find_text (row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (text));
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (text, name);
  int name_width;

  g_assert_cmpstr (name, ==, pl_session_settings_get_body (pl_session_get_settings (session)));
  pl_window_show_page (window, "settings");
  pl_test_spin_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, text, 5000);
  pl_test_spin (200);
  pango_layout_get_pixel_size (layout, &name_width, NULL);
  g_assert_cmpint (name_width, <=, gtk_widget_get_width (text));

  gtk_window_destroy (GTK_WINDOW (window));
  pl_test_spin (50);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}
