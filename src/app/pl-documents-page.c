/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-compat.h"
#include "pl-documents-page.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-symbol.h"
#include "pl-json-text.h"

/**
 * PlDocumentsPage:
 *
 * The registry of the session's documents in a GtkColumnView: symbol,
 * title, languages, web link, editable in place, kind and status, chosen
 * in the editor beside the table, and the agenda items that cite each
 * one (derived, never stored). A symbol that does not
 * parse (pl_symbol_validate) is marked at once with the reason.
 */
struct _PlDocumentsPage
{
  PlPage              parent_instance;

  GHashTable         *cited_by;      /* document _id → "1 (c), 2" */

  PlDocument         *document;     /* in the editor */

  PlRecordTable      *table;
  GtkLabel           *summary_label;
  AdwFlap            *flap;
  AdwPreferencesGroup *editor_group;
  AdwComboRow        *kind_row;
  AdwComboRow        *status_row;
};

G_DEFINE_FINAL_TYPE (PlDocumentsPage, pl_documents_page, PL_TYPE_PAGE)

typedef enum {
  COLUMN_SYMBOL,
  COLUMN_TITLE,
  COLUMN_KIND,
  COLUMN_STATUS,
  COLUMN_LANGUAGES,
  COLUMN_CITED_BY,
  COLUMN_URL,
} Column;

static const char *kind_labels[] = {
  N_("Report"), N_("Note"), N_("Conference room paper"), N_("Resolution"), N_("Other"), NULL
};
static const char *status_labels[] = {
  N_("Planned"), N_("Submitted"), N_("Issued"), NULL
};

/* A cell is shown again on each change of its document, and on each
 * refresh: setting a label, even to the text it has, lays it out again
 * and the whole table with it, and setting a tooltip asks the X server
 * where the pointer is. Under a server feed of 50 changes a second that
 * was every frame's work (issue 23): only what differs is set. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  const char *now = gtk_widget_get_tooltip_text (widget);

  if (g_strcmp0 (now, text != NULL && *text != '\0' ? text : NULL) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* Derived: which items cite which documents */

static void
compute_cited_by (PlDocumentsPage *self)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (pl_page_get_session (PL_PAGE (self))));

  g_hash_table_remove_all (self->cited_by);
  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      g_auto(GStrv) ids = pl_agenda_item_dup_document_ids (item);

      for (guint k = 0; ids[k] != NULL; k++)
        {
          GString *text = g_hash_table_lookup (self->cited_by, ids[k]);

          if (text == NULL)
            {
              text = g_string_new (NULL);
              g_hash_table_insert (self->cited_by, g_strdup (ids[k]), text);
            }
          else
            g_string_append (text, ", ");
          g_string_append (text, pl_agenda_item_get_number (item));
        }
    }
}

static void
update_cited_label (PlDocumentsPage *self,
                    GtkLabel        *label,
                    PlDocument      *document)
{
  GString *text;

  text = g_hash_table_lookup (self->cited_by, pl_record_get_id (PL_RECORD (document)));
  set_label_text (label, text ? text->str : _("None"));
  if (text == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
update_summary (PlDocumentsPage *self)
{
  GListModel *documents = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DOCUMENT);
  guint n = g_list_model_get_n_items (documents), invalid = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);

      if (!pl_symbol_validate (pl_document_get_symbol (document), NULL))
        invalid++;
    }

  if (invalid > 0)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);
      g_autofree char *bad = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u invalid symbol", "%u invalid symbols", invalid), invalid);

      text = g_strdup_printf ("%s, %s", count, bad);
    }
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);
  gtk_label_set_label (self->summary_label, text);
}

static void update_editor (PlDocumentsPage *self);

static void
pl_documents_page_refresh (PlPage *page)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (page);

  compute_cited_by (self);
  /* The Cited by Items column, and a symbol edited in another window. */
  pl_record_table_update_cells (self->table);
  update_summary (self);
  /* A kind undone, or a document deleted. */
  update_editor (self);
}

static void
pl_documents_page_session_changed (PlPage       *page,
                                   PlRecord     *record,
                                   PlChangeKind  kind,
                                   const char   *field)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (page);

  if (!PL_IS_AGENDA_ITEM (record) && !PL_IS_DOCUMENT (record))
    return;
  /* A document's own field shows in its own row, which follows the
   * document (the table's cells watch their item): the page is refreshed
   * for what crosses rows (the items citing it, the count of invalid
   * symbols) or shows beside them (the editor), not for every title a
   * server feed changes (issue 23). */
  if (PL_IS_DOCUMENT (record) && kind == PL_CHANGE_FIELD && g_strcmp0 (field, "symbol") != 0 &&
      PL_DOCUMENT (record) != self->document)
    return;

  pl_page_queue_refresh (PL_PAGE (self));
}

/* Cells */

/* Shows @text in an editable label, unless it is being edited: typing is
 * not overwritten by the change it makes. */
static void
show_editable_text (GtkWidget  *editable,
                    const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (editable)), text ? text : "") != 0 &&
      !gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editable)))
    gtk_editable_set_text (GTK_EDITABLE (editable), text ? text : "");
}

static void
update_symbol_cell (GtkWidget  *box,
                    PlDocument *document)
{
  GtkWidget *editable = gtk_widget_get_first_child (box);
  GtkWidget *icon = gtk_widget_get_last_child (box);
  g_autoptr(GError) error = NULL;
  const char *symbol = pl_document_get_symbol (document);

  show_editable_text (editable, symbol);

  if (pl_symbol_validate (symbol, &error))
    {
      gtk_widget_set_visible (icon, FALSE);
      gtk_widget_remove_css_class (editable, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (editable), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  else
    {
      /* agenda.symbol: marked at once, with the reason. */
      gtk_widget_set_visible (icon, TRUE);
      set_tooltip (icon, error->message);
      gtk_widget_add_css_class (editable, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, error->message, -1);
    }
}

/* documents.url: the web link, marked at once when a delegate's copy
 * could not open it (pl_document_url_is_valid). The cell is a box: the
 * editable label, then the warning icon. */
static void
update_url_cell (GtkWidget  *box,
                 PlDocument *document)
{
  GtkWidget *editable = gtk_widget_get_first_child (box);
  GtkWidget *icon = gtk_widget_get_last_child (box);
  const char *url = pl_document_get_url (document);
  const char *problem = _("This is not a web address, so delegates cannot open it. "
                          "Give the whole address, starting with https://.");

  show_editable_text (editable, url);

  if (url == NULL || *url == '\0' || pl_document_url_is_valid (url))
    {
      gtk_widget_set_visible (icon, FALSE);
      gtk_widget_remove_css_class (editable, "warning");
      set_tooltip (editable, url);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (editable), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  else
    {
      gtk_widget_set_visible (icon, TRUE);
      set_tooltip (icon, problem);
      set_tooltip (editable, problem);
      gtk_widget_add_css_class (editable, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, problem, -1);
    }
}

/* The symbol and the web link are a box of the editable label and a
 * warning icon; the other cells are the control itself. */
static gboolean
column_has_icon (guint column)
{
  return column == COLUMN_SYMBOL || column == COLUMN_URL;
}

/* The document shown by the cell of @control, an editable label;
 * %NULL once the cell is no longer bound to one. */
static PlDocument *
control_document (GtkWidget        *control,
                  guint             column,
                  PlDocumentsPage **page)
{
  GtkWidget *cell = column_has_icon (column) ? gtk_widget_get_parent (control) : control;

  *page = PL_DOCUMENTS_PAGE (gtk_widget_get_ancestor (cell, PL_TYPE_DOCUMENTS_PAGE));
  return *page != NULL ? pl_record_table_get_cell_item ((*page)->table, cell) : NULL;
}

static void
on_editable_editing_cb (GtkEditableLabel *label,
                        GParamSpec       *pspec,
                        gpointer          user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (label));
  PlDocumentsPage *self;
  PlDocument *document;

  /* Commit when editing stops (Enter or focus out), as one undo step. */
  if (gtk_editable_label_get_editing (label))
    return;
  document = control_document (GTK_WIDGET (label), column, &self);
  if (document == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));

  switch (column)
    {
    case COLUMN_SYMBOL:
      {
        g_autofree char *symbol = g_strstrip (g_strdup (text));

        pl_document_set_symbol (document, symbol);
        update_symbol_cell (gtk_widget_get_parent (GTK_WIDGET (label)), document);
      }
      break;
    case COLUMN_TITLE:
      pl_document_set_title (document, text);
      break;
    case COLUMN_URL:
      {
        g_autofree char *url = g_strstrip (g_strdup (text));

        /* Cleared: no address at all, as a document that never had one. */
        pl_document_set_url (document, *url != '\0' ? url : NULL);
        update_url_cell (gtk_widget_get_parent (GTK_WIDGET (label)), document);
      }
      break;
    case COLUMN_LANGUAGES:
      {
        g_auto(GStrv) parts = g_regex_split_simple ("[,;\\s]+", text, 0, 0);
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) languages = NULL;

        for (guint i = 0; parts[i] != NULL; i++)
          if (*parts[i] != '\0')
            {
              g_autofree char *code = g_ascii_strdown (parts[i], -1);
              g_strv_builder_add (builder, code);
            }
        languages = g_strv_builder_end (builder);
        pl_document_set_languages (document, (const char * const *) languages);
      }
      break;
    default:
      break;
    }
}

/* A GtkEditableLabel measures its whole text: let it wrap on @lines lines
 * and ellipsize past them, and let its entry shrink, so that its column
 * can be narrower than the longest title. */
static void
editable_label_shrink (GtkWidget *editable,
                       int        lines)
{
  for (GtkWidget *child = gtk_widget_get_first_child (editable);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
          gtk_label_set_width_chars (GTK_LABEL (child), 6);
          if (lines > 1)
            {
              gtk_label_set_wrap (GTK_LABEL (child), TRUE);
              gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
              gtk_label_set_lines (GTK_LABEL (child), lines);
            }
        }
      else if (GTK_IS_TEXT (child))
        gtk_editable_set_width_chars (GTK_EDITABLE (child), 6);
      else
        editable_label_shrink (child, lines);
    }
}

/* An editable label that sets the document's @column when editing stops. */
static GtkWidget *
editable_cell_new (guint column,
                   int   lines)
{
  GtkWidget *editable = pl_compat_editable_label_new ();

  editable_label_shrink (editable, lines);
  g_signal_connect (editable, "notify::editing", G_CALLBACK (on_editable_editing_cb), GUINT_TO_POINTER (column));

  return editable;
}

static GtkWidget *
cell_new (guint column)
{
  GtkWidget *cell;

  switch (column)
    {
    case COLUMN_SYMBOL:
    case COLUMN_URL:
      {
        GtkWidget *editable = editable_cell_new (column, 1);
        GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

        cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        /* A bad symbol is an error, a bad web link a warning (pl-check.c). */
        gtk_widget_add_css_class (icon, column == COLUMN_SYMBOL ? "error" : "warning");
        gtk_widget_set_visible (icon, FALSE);
        gtk_widget_set_hexpand (editable, TRUE);
        gtk_box_append (GTK_BOX (cell), editable);
        gtk_box_append (GTK_BOX (cell), icon);
      }
      break;
    case COLUMN_TITLE:
      cell = editable_cell_new (column, 2);
      break;
    case COLUMN_LANGUAGES:
      cell = editable_cell_new (column, 1);
      break;
    case COLUMN_KIND:
    case COLUMN_STATUS:
      /* Text, as the other columns: the editor beside the table
       * chooses them (a drop-down in every row took the width). */
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 0);
      gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
      break;
    case COLUMN_CITED_BY:
    default:
      cell = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (cell), 0);
      gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
      break;
    }

  return cell;
}

/* What a cell's control is called: a screen reader reads a row's cells
 * apart from their column's header. */
static char *
cell_name (guint       column,
           const char *symbol)
{
  switch (column)
    {
    case COLUMN_SYMBOL:
      return g_strdup (_("Symbol"));
    case COLUMN_TITLE:
      /* Translators: %s is a document symbol */
      return g_strdup_printf (_("Title of %s"), symbol);
    case COLUMN_KIND:
      return g_strdup_printf (_("Kind of %s"), symbol);
    case COLUMN_STATUS:
      return g_strdup_printf (_("Status of %s"), symbol);
    case COLUMN_LANGUAGES:
      return g_strdup_printf (_("Languages of %s"), symbol);
    case COLUMN_URL:
      /* Translators: %s is a document symbol */
      return g_strdup_printf (_("Web link of %s"), symbol);
    case COLUMN_CITED_BY:
    default:
      return g_strdup_printf (_("Items citing %s"), symbol);
    }
}

static void
update_cell (GtkWidget *cell,
             gpointer   item,
             guint      column,
             gpointer   user_data)
{
  PlDocumentsPage *self = user_data;
  PlDocument *document = item;
  GtkWidget *control = column_has_icon (column) ? gtk_widget_get_first_child (cell) : cell;
  g_autofree char *name = cell_name (column, pl_document_get_symbol (document));
  gboolean editable = !pl_page_get_read_only (PL_PAGE (self));
  g_autofree char *languages = NULL;

  /* Rows are made as the list scrolls, after the page became read-only. */
  if (GTK_IS_EDITABLE (control))
    gtk_editable_set_editable (GTK_EDITABLE (control), editable);

  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  switch (column)
    {
    case COLUMN_SYMBOL:
      update_symbol_cell (cell, document);
      break;
    case COLUMN_TITLE:
      show_editable_text (cell, pl_document_get_title (document));
      break;
    case COLUMN_LANGUAGES:
      if (pl_document_get_languages (document) != NULL)
        languages = g_strjoinv (", ", (char **) pl_document_get_languages (document));
      show_editable_text (cell, languages);
      break;
    case COLUMN_KIND:
      set_label_text (GTK_LABEL (cell), _(kind_labels[MIN (pl_document_get_kind (document), G_N_ELEMENTS (kind_labels) - 2)]));
      break;
    case COLUMN_STATUS:
      set_label_text (GTK_LABEL (cell), _(status_labels[MIN (pl_document_get_status (document), G_N_ELEMENTS (status_labels) - 2)]));
      break;
    case COLUMN_URL:
      update_url_cell (cell, document);
      break;
    case COLUMN_CITED_BY:
    default:
      update_cited_label (self, GTK_LABEL (cell), document);
      break;
    }
}

/* The editor */

/* Shows the document selected in the editor, without taking what it
 * shows for a choice. */
static void
update_editor (PlDocumentsPage *self)
{
  self->document = pl_record_table_get_selected_item (self->table);
  adw_flap_set_reveal_flap (self->flap, self->document != NULL);
  if (self->document == NULL)
    return;

  adw_preferences_group_set_title (self->editor_group, pl_document_get_symbol (self->document));
  if (adw_combo_row_get_selected (self->kind_row) != pl_document_get_kind (self->document))
    adw_combo_row_set_selected (self->kind_row, pl_document_get_kind (self->document));
  if (adw_combo_row_get_selected (self->status_row) != pl_document_get_status (self->document))
    adw_combo_row_set_selected (self->status_row, pl_document_get_status (self->document));
  gtk_widget_set_sensitive (GTK_WIDGET (self->editor_group), !pl_page_get_read_only (PL_PAGE (self)));
}

static void
on_kind_selected_cb (PlDocumentsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (self->document == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == pl_document_get_kind (self->document))
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_document_set_kind (self->document, selected);
}

static void
on_status_selected_cb (PlDocumentsPage *self)
{
  guint selected = adw_combo_row_get_selected (self->status_row);

  if (self->document == NULL || selected == GTK_INVALID_LIST_POSITION ||
      selected == pl_document_get_status (self->document))
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_document_set_status (self->document, selected);
}

/* An editor hidden otherwise than by the selection (a folded flap,
 * were the page to fold it) leaves the document. */
static void
on_reveal_flap_cb (PlDocumentsPage *self)
{
  if (!adw_flap_get_reveal_flap (self->flap) && self->document != NULL)
    pl_record_table_unselect (self->table);
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (widget);
  g_autoptr(PlDocument) document = pl_document_new (NULL);
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  GListModel *documents = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DOCUMENT);
  PlSessionSettings *settings = pl_session_get_settings (pl_page_get_session (PL_PAGE (self)));
  const char *session_symbol = pl_session_settings_get_symbol (settings);
  g_autofree char *prefix = NULL;
  g_autofree char *symbol = NULL;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));

  /* Propose the next symbol of the session's series (CTOC/COP/2020/n):
   * the prefix of the agenda's own symbol. */
  if (session_symbol != NULL && strrchr (session_symbol, '/') != NULL)
    prefix = g_strndup (session_symbol, strrchr (session_symbol, '/') - session_symbol + 1);
  for (guint k = 1; prefix != NULL && k < 1000; k++)
    {
      gboolean taken = FALSE;

      g_free (symbol);
      symbol = g_strdup_printf ("%s%u", prefix, k);
      for (guint i = 0; i < g_list_model_get_n_items (documents) && !taken; i++)
        {
          g_autoptr(PlDocument) other = g_list_model_get_item (documents, i);

          taken = g_strcmp0 (pl_document_get_symbol (other), symbol) == 0;
        }
      if (!taken)
        break;
    }

  pl_history_begin_group (history, _("Add Document"));
  pl_document_set_symbol (document, symbol ? symbol : "");
  pl_document_set_title (document, _("New document"));
  pl_document_set_kind (document, PL_DOCUMENT_KIND_REPORT);
  pl_document_set_status (document, PL_DOCUMENT_STATUS_PLANNED);
  pl_session_add_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (document));
  pl_history_end_group (history);

  pl_record_table_select_item (self->table, document);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (widget);
  PlDocument *document = pl_record_table_get_selected_item (self->table);
  g_autoptr(PlDocument) keep = NULL;
  g_autoptr(GPtrArray) items = NULL;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  const char *id;

  if (document == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  keep = g_object_ref (document);
  id = pl_record_get_id (PL_RECORD (keep));

  /* One step: the document and its lines in every Documentation list, so
   * that no item cites a document that is gone (agenda.unknown-document). */
  pl_history_begin_group (history, _("Delete Document"));
  items = pl_agenda_list_in_order (pl_session_get_agenda (pl_page_get_session (PL_PAGE (self))));
  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      JsonNode *documents = pl_agenda_item_get_documents (item);
      g_autoptr(JsonNode) node = NULL;
      JsonArray *kept;
      gboolean changed = FALSE;

      if (documents == NULL || !JSON_NODE_HOLDS_ARRAY (documents))
        continue;

      kept = json_array_new ();
      for (guint k = 0; k < json_array_get_length (json_node_get_array (documents)); k++)
        {
          JsonNode *entry = json_array_get_element (json_node_get_array (documents), k);

          if (JSON_NODE_HOLDS_OBJECT (entry) &&
              g_strcmp0 (pl_json_object_get_string (json_node_get_object (entry), "document", NULL), id) == 0)
            changed = TRUE;
          else
            json_array_add_element (kept, json_node_copy (entry));
        }

      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, kept);
      if (changed)
        pl_agenda_item_set_documents (item, node);
    }
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (keep));
  pl_history_end_group (history);
}

static void
update_actions (PlDocumentsPage *self)
{
  gboolean editable = !pl_page_get_read_only (PL_PAGE (self));

  /* A read-only page (a delegate's window) offers no edit at all. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "documents.delete",
                                 editable && pl_record_table_get_selected_item (self->table) != NULL);
}

/* PlPage */

static gboolean
pl_documents_page_select_record (PlPage   *page,
                                 PlRecord *record)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (page);

  if (!PL_IS_DOCUMENT (record))
    return FALSE;

  return pl_record_table_select_item (self->table, record);
}


static void
pl_documents_page_set_read_only (PlPage   *page,
                                 gboolean  read_only)
{
  update_actions (PL_DOCUMENTS_PAGE (page));
  update_editor (PL_DOCUMENTS_PAGE (page));
}

/* GObject */

static void
pl_documents_page_constructed (GObject *object)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (object);
  GListModel *documents;

  G_OBJECT_CLASS (pl_documents_page_parent_class)->constructed (object);

  documents = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DOCUMENT);
  pl_record_table_set_items (self->table, documents);
  g_signal_connect_swapped (pl_record_table_get_selection (self->table), "notify::selected",
                            G_CALLBACK (update_actions), self);
  g_signal_connect_swapped (pl_record_table_get_selection (self->table), "notify::selected-item",
                            G_CALLBACK (update_editor), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (on_status_selected_cb), self);
  g_signal_connect_swapped (self->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap_cb), self);

  /* Fixed widths but for the title, which takes the rest and wraps on two
   * lines: every column is in view in a 1100-pixel window (the default),
   * the web link too, ellipsized (its tooltip gives it whole). With the
   * editor open the symbol, title, kind and languages stay in view; the
   * others hide, the least needed first. */
  pl_record_table_set_cells (self->table, cell_new, update_cell, self);
  pl_record_table_add_cell_column (self->table, COLUMN_SYMBOL, _("Symbol"), NULL, FALSE, 170);
  pl_record_table_add_cell_column (self->table, COLUMN_TITLE, _("Title"), NULL, TRUE, -1);
  pl_record_table_add_cell_column (self->table, COLUMN_KIND, _("Kind"), NULL, FALSE, 120);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_STATUS, _("Status"),
                                                                        NULL, FALSE, 90),
                                       1);
  pl_record_table_add_cell_column (self->table, COLUMN_LANGUAGES, _("Languages"), NULL, FALSE, 100);
  /* Where delegates open the document from their Agenda page. */
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_URL, _("Web Link"),
                                                                        NULL, FALSE, 110),
                                       2);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_CITED_BY, _("Cited by Items"),
                                                                        NULL, FALSE, 105),
                                       3);

  compute_cited_by (self);
  update_summary (self);
  update_actions (self);
}

static void
pl_documents_page_dispose (GObject *object)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (object);

  if (self->table != NULL)
    pl_record_table_release (self->table, self);

  G_OBJECT_CLASS (pl_documents_page_parent_class)->dispose (object);
}

static void
pl_documents_page_finalize (GObject *object)
{
  PlDocumentsPage *self = PL_DOCUMENTS_PAGE (object);

  g_clear_pointer (&self->cited_by, g_hash_table_unref);

  G_OBJECT_CLASS (pl_documents_page_parent_class)->finalize (object);
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

static void
pl_documents_page_class_init (PlDocumentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_documents_page_constructed;
  object_class->dispose = pl_documents_page_dispose;
  page_class->refresh = pl_documents_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_documents_page_session_changed;
  page_class->select_record = pl_documents_page_select_record;
  page_class->set_read_only = pl_documents_page_set_read_only;
  object_class->finalize = pl_documents_page_finalize;

  g_type_ensure (PL_TYPE_RECORD_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-documents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, table);
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, editor_group);
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PlDocumentsPage, status_row);

  gtk_widget_class_install_action (widget_class, "documents.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "documents.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "documents.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "documents.delete", NULL);
}

static void
pl_documents_page_init (PlDocumentsPage *self)
{
  self->cited_by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The choices' lists are named for a screen reader, as other combo rows. */
  pl_compat_label_inner_lists (GTK_WIDGET (self->kind_row), _("Kind of Document"));
  pl_compat_combo_row_name_items (self->kind_row);
  pl_compat_label_inner_lists (GTK_WIDGET (self->status_row), _("Status of Document"));
  pl_compat_combo_row_name_items (self->status_row);
}

GtkWidget *
pl_documents_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DOCUMENTS_PAGE, session);
}
