/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-annotation-editor.h"
#include "pl-edit-burst.h"
#include "pl-item-editor.h"
#include "pl-page.h"
#include "pl-symbol.h"
#include "pl-json-text.h"
#include "pl-scroll-into-view.h"

/**
 * PlItemEditor:
 *
 * The editor of one agenda item: title, short title, annotation
 * (pl-annotation-editor.c), the Documentation list (entries
 * {document, description} in order) and the note used when no
 * documentation is foreseen. Every edit goes through the item's setters;
 * typing is grouped into one undo step per burst (pl-edit-burst.c).
 */
struct _PlItemEditor
{
  GtkWidget      parent_instance;

  PlSession     *session;
  PlAgendaItem  *item;
  GSignalGroup  *item_signals;
  gboolean       own_documents_edit;
  GtkListStore  *completion_model;

  GtkStack      *stack;
  GtkLabel      *heading;
  GtkEntry      *title_entry;
  GtkEntry      *short_title_entry;
  PlAnnotationEditor *annotation_editor;
  GtkListBox    *documents_list;
  GtkEntry      *symbol_entry;
  GtkLabel      *symbol_error;
  GtkEntry      *no_documentation_entry;
};

G_DEFINE_FINAL_TYPE (PlItemEditor, pl_item_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* From the model to the widgets */

/* An entry's focus is on the text inside it. */
static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text,
                gpointer    handler_data)
{
  GtkEntryBuffer *buffer = gtk_entry_get_buffer (entry);

  if (g_strcmp0 (gtk_entry_buffer_get_text (buffer), text ? text : "") == 0)
    return;

  /* A change from elsewhere (the server, undo) while the person is in
   * the field leaves the cursor where it was, not at the start. */
  {
    int position = gtk_editable_get_position (GTK_EDITABLE (entry));

    g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
    gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
    g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, handler_data);
    if (has_focus_within (GTK_WIDGET (entry)))
      gtk_editable_set_position (GTK_EDITABLE (entry),
                                 MIN (position, (int) g_utf8_strlen (text ? text : "", -1)));
  }
}

static void
update_heading (PlItemEditor *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *placeholder = NULL;
  const char *number = pl_agenda_item_get_number (self->item);
  guint depth = pl_agenda_item_get_depth (self->item);

  /* The seed document cites "item 1 (f)" and "sub-item 2 (d)". */
  heading = depth == 0 ? g_strdup_printf (_("Item %s"), number)
                       : g_strdup_printf (_("Sub-item %s"), number);
  gtk_label_set_label (self->heading, heading);

  placeholder = g_strdup_printf (_("No documentation is currently foreseen under agenda item %s."), number);
  gtk_entry_set_placeholder_text (self->no_documentation_entry, placeholder);
}

static void
update_title (PlItemEditor *self)
{
  set_entry_text (self->title_entry, pl_agenda_item_get_title (self->item), self);
}

static void
update_short_title (PlItemEditor *self)
{
  set_entry_text (self->short_title_entry, pl_agenda_item_get_short_title (self->item), self);
}

static void
update_no_documentation_note (PlItemEditor *self)
{
  set_entry_text (self->no_documentation_entry, pl_agenda_item_get_no_documentation_note (self->item), self);
}

/* The Documentation list */

static JsonArray *
copy_documents (PlItemEditor *self)
{
  JsonNode *documents = pl_agenda_item_get_documents (self->item);
  JsonArray *copy = json_array_new ();

  if (documents != NULL && JSON_NODE_HOLDS_ARRAY (documents))
    {
      JsonArray *array = json_node_get_array (documents);

      for (guint i = 0; i < json_array_get_length (array); i++)
        json_array_add_element (copy, json_node_copy (json_array_get_element (array, i)));
    }

  return copy;
}

static void
store_documents (PlItemEditor *self,
                 JsonArray    *array)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  pl_agenda_item_set_documents (self->item, node);
}

static void
on_description_changed_cb (GtkEditable  *editable,
                           PlItemEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "index"));
  JsonArray *array = copy_documents (self);
  JsonNode *entry;

  if (index >= json_array_get_length (array))
    {
      json_array_unref (array);
      return;
    }

  entry = json_array_get_element (array, index);
  if (JSON_NODE_HOLDS_OBJECT (entry))
    json_object_set_string_member (json_node_get_object (entry), "description",
                                   gtk_editable_get_text (editable));

  /* The row being typed in must survive its own edit. */
  self->own_documents_edit = TRUE;
  pl_edit_burst_touch_field (self->session, _("Edit Description"), PL_RECORD (self->item), "documents");
  store_documents (self, array);
  self->own_documents_edit = FALSE;
}

static void
move_document (PlItemEditor *self,
               guint         index,
               int           delta)
{
  JsonArray *array = copy_documents (self);
  JsonArray *moved = json_array_new ();
  guint n = json_array_get_length (array);
  guint target = index + delta;

  if (index >= n || target >= n)
    {
      json_array_unref (array);
      json_array_unref (moved);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      guint from = i == target ? index : (i == index ? target : i);

      json_array_add_element (moved, json_node_copy (json_array_get_element (array, from)));
    }
  json_array_unref (array);

  pl_edit_burst_flush (self->session);
  store_documents (self, moved);
}

static void
on_document_up_clicked_cb (GtkButton    *button,
                           PlItemEditor *self)
{
  move_document (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), -1);
}

static void
on_document_down_clicked_cb (GtkButton    *button,
                             PlItemEditor *self)
{
  move_document (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")), 1);
}

static void
on_document_remove_clicked_cb (GtkButton    *button,
                               PlItemEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  JsonArray *array = copy_documents (self);

  if (index < json_array_get_length (array))
    json_array_remove_element (array, index);

  pl_edit_burst_flush (self->session);
  store_documents (self, array);
}

static GtkWidget *
icon_button (const char   *icon_name,
             const char   *tooltip,
             const char   *accessible_name,
             guint         index,
             GCallback     callback,
             PlItemEditor *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static GtkWidget *
document_row_new (PlItemEditor *self,
                  JsonObject   *entry,
                  guint         index,
                  guint         n)
{
  const char *id = pl_json_object_get_string (entry, "document", "");
  const char *description = pl_json_object_get_string (entry, "description", "");
  PlRecord *record = pl_session_lookup (self->session, id);
  const char *symbol = PL_IS_DOCUMENT (record) ? pl_document_get_symbol (PL_DOCUMENT (record)) : NULL;
  g_autofree char *missing = NULL;
  g_autofree char *name = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *description_entry = gtk_entry_new ();
  GtkWidget *symbol_label;
  GtkWidget *button;

  if (symbol == NULL)
    /* agenda.unknown-document: shown here as in the Overview. */
    symbol = missing = g_strdup_printf (_("Missing document %s"), id);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "document-entry");

  gtk_editable_set_enable_undo (GTK_EDITABLE (description_entry), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (description_entry), description);
  if (PL_IS_DOCUMENT (record))
    gtk_entry_set_placeholder_text (GTK_ENTRY (description_entry), pl_document_get_title (PL_DOCUMENT (record)));
  /* Translators: %s is a document symbol */
  name = g_strdup_printf (_("Description of %s"), symbol);
  gtk_accessible_update_property (GTK_ACCESSIBLE (description_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (description_entry), "index", GUINT_TO_POINTER (index));
  g_signal_connect (description_entry, "changed", G_CALLBACK (on_description_changed_cb), self);
  gtk_widget_set_hexpand (description_entry, TRUE);

  symbol_label = gtk_label_new (symbol);
  gtk_label_set_xalign (GTK_LABEL (symbol_label), 0);
  gtk_label_set_selectable (GTK_LABEL (symbol_label), FALSE);
  gtk_widget_add_css_class (symbol_label, missing ? "error" : "dim-label");
  gtk_widget_add_css_class (symbol_label, "caption");

  gtk_box_append (GTK_BOX (texts), description_entry);
  gtk_box_append (GTK_BOX (texts), symbol_label);
  gtk_box_append (GTK_BOX (box), texts);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf (_("Move %s Up"), symbol);
  button = icon_button ("go-up-symbolic", _("Move Up"), name, index, G_CALLBACK (on_document_up_clicked_cb), self);
  gtk_widget_set_sensitive (button, index > 0);
  gtk_box_append (GTK_BOX (box), button);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf (_("Move %s Down"), symbol);
  button = icon_button ("go-down-symbolic", _("Move Down"), name, index, G_CALLBACK (on_document_down_clicked_cb), self);
  gtk_widget_set_sensitive (button, index + 1 < n);
  gtk_box_append (GTK_BOX (box), button);

  g_clear_pointer (&name, g_free);
  name = g_strdup_printf (_("Remove %s"), symbol);
  button = icon_button ("list-remove-symbolic", _("Remove From the Item"), name, index,
                        G_CALLBACK (on_document_remove_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
update_documents (PlItemEditor *self)
{
  JsonNode *documents;
  GtkWidget *child;
  guint n = 0;

  if (self->own_documents_edit)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list))) != NULL)
    gtk_list_box_remove (self->documents_list, child);

  documents = pl_agenda_item_get_documents (self->item);
  if (documents != NULL && JSON_NODE_HOLDS_ARRAY (documents))
    {
      JsonArray *array = json_node_get_array (documents);

      n = json_array_get_length (array);
      for (guint i = 0; i < n; i++)
        {
          JsonNode *entry = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (entry))
            gtk_list_box_append (self->documents_list,
                                 document_row_new (self, json_node_get_object (entry), i, n));
        }
    }

  if (n == 0)
    {
      GtkWidget *label = gtk_label_new (_("No documents are listed under this item"));

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_append (self->documents_list, label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
      /* Not a control: out of the focus chain, and named as it reads. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (GTK_LABEL (label)), -1);
    }
}

static void
on_item_notify_number_cb (PlItemEditor *self)
{
  update_heading (self);
}

/* Adding documents */

static PlDocument *
find_document_by_symbol (PlItemEditor *self,
                         const char   *symbol)
{
  GListModel *documents = pl_session_get_records (self->session, PL_TYPE_DOCUMENT);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);

      if (g_ascii_strcasecmp (pl_document_get_symbol (document), symbol) == 0)
        return document;
    }

  return NULL;
}

static void
show_symbol_error (PlItemEditor *self,
                   const char   *message)
{
  gtk_label_set_label (self->symbol_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->symbol_error), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->symbol_entry), "error");
      /* The message is below the field, where a short window hides it. */
      pl_scroll_into_view_later (GTK_WIDGET (self->symbol_error));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->symbol_entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->symbol_entry), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->symbol_entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static gboolean
item_lists (PlItemEditor *self,
            const char   *document_id)
{
  g_auto(GStrv) ids = pl_agenda_item_dup_document_ids (self->item);

  return g_strv_contains ((const char * const *) ids, document_id);
}

static void
attach (PlItemEditor *self,
        PlDocument   *document)
{
  JsonArray *array = copy_documents (self);
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "document", pl_record_get_id (PL_RECORD (document)));
  json_object_set_string_member (entry, "description", pl_document_get_title (document));
  json_array_add_object_element (array, entry);
  store_documents (self, array);
}

static void
on_symbol_entry_changed_cb (PlItemEditor *self)
{
  show_symbol_error (self, NULL);
}

static void
on_add_document_clicked_cb (PlItemEditor *self)
{
  g_autofree char *symbol = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry))));
  PlDocument *document;
  g_autofree char *message = NULL;

  if (self->item == NULL || *symbol == '\0')
    return;

  pl_edit_burst_flush (self->session);
  document = find_document_by_symbol (self, symbol);
  if (document == NULL)
    {
      message = g_strdup_printf (_("No document has the symbol %s. Use New Document to register it."), symbol);
      show_symbol_error (self, message);
      return;
    }
  if (item_lists (self, pl_record_get_id (PL_RECORD (document))))
    {
      message = g_strdup_printf (_("%s is already listed under this item."), pl_document_get_symbol (document));
      show_symbol_error (self, message);
      return;
    }

  attach (self, document);
  gtk_editable_set_text (GTK_EDITABLE (self->symbol_entry), "");
}

static void
on_new_document_clicked_cb (PlItemEditor *self)
{
  g_autofree char *symbol = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->symbol_entry))));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlDocument) document = NULL;
  PlHistory *history;

  if (self->item == NULL)
    return;

  if (*symbol == '\0')
    {
      show_symbol_error (self, _("Type the symbol of the new document first."));
      return;
    }
  if (find_document_by_symbol (self, symbol) != NULL)
    {
      on_add_document_clicked_cb (self);
      return;
    }
  if (!pl_symbol_validate (symbol, &error))
    {
      show_symbol_error (self, error->message);
      return;
    }

  pl_edit_burst_flush (self->session);
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("New Document"));
  document = pl_document_new (NULL);
  pl_document_set_symbol (document, symbol);
  pl_document_set_title (document, "");
  pl_document_set_kind (document, PL_DOCUMENT_KIND_OTHER);
  pl_document_set_status (document, PL_DOCUMENT_STATUS_PLANNED);
  pl_session_add_record (self->session, PL_RECORD (document));
  attach (self, document);
  pl_history_end_group (history);

  gtk_editable_set_text (GTK_EDITABLE (self->symbol_entry), "");
}

static void
refresh_completion (PlItemEditor *self)
{
  GListModel *documents = pl_session_get_records (self->session, PL_TYPE_DOCUMENT);

  gtk_list_store_clear (self->completion_model);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PlDocument) document = g_list_model_get_item (documents, i);
      GtkTreeIter iter;

      gtk_list_store_insert_with_values (self->completion_model, &iter, -1,
                                         0, pl_document_get_symbol (document),
                                         1, pl_document_get_title (document),
                                         -1);
    }
}

/* From the widgets to the model */

static void
on_title_changed_cb (GtkEditable  *editable,
                     PlItemEditor *self)
{
  pl_edit_burst_touch_field (self->session, _("Edit Title"), PL_RECORD (self->item), "title");
  pl_agenda_item_set_title (self->item, gtk_editable_get_text (editable));
}

static void
on_short_title_changed_cb (GtkEditable  *editable,
                           PlItemEditor *self)
{
  pl_edit_burst_touch_field (self->session, _("Edit Short Title"), PL_RECORD (self->item), "short_title");
  pl_agenda_item_set_short_title (self->item, gtk_editable_get_text (editable));
}

static void
on_no_documentation_changed_cb (GtkEditable  *editable,
                                PlItemEditor *self)
{
  pl_edit_burst_touch_field (self->session, _("Edit Note"), PL_RECORD (self->item),
                             "no_documentation_note");
  pl_agenda_item_set_no_documentation_note (self->item, gtk_editable_get_text (editable));
}

static void
on_focus_leave_cb (PlItemEditor *self)
{
  pl_edit_burst_flush (self->session);
}

static void
add_focus_flush (PlItemEditor *self,
                 GtkWidget    *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

/* GObject */

static void
pl_item_editor_constructed (GObject *object)
{
  PlItemEditor *self = PL_ITEM_EDITOR (object);
  GtkEntryCompletion *completion;
  GtkCellRenderer *cell;

  G_OBJECT_CLASS (pl_item_editor_parent_class)->constructed (object);

  g_assert (self->session != NULL);
  pl_annotation_editor_set_session (self->annotation_editor, self->session);

  self->completion_model = gtk_list_store_new (2, G_TYPE_STRING, G_TYPE_STRING);
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->completion_model));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_popup_single_match (completion, TRUE);
  cell = gtk_cell_renderer_text_new ();
  g_object_set (cell, "ellipsize", PANGO_ELLIPSIZE_END, "xpad", 12, NULL);
  gtk_cell_layout_pack_start (GTK_CELL_LAYOUT (completion), cell, TRUE);
  gtk_cell_layout_add_attribute (GTK_CELL_LAYOUT (completion), cell, "text", 1);
  gtk_entry_set_completion (self->symbol_entry, completion);
  g_object_unref (completion);
  refresh_completion (self);
  g_signal_connect_object (pl_session_get_records (self->session, PL_TYPE_DOCUMENT), "items-changed",
                           G_CALLBACK (refresh_completion), self, G_CONNECT_SWAPPED);
}

static void
pl_item_editor_dispose (GObject *object)
{
  PlItemEditor *self = PL_ITEM_EDITOR (object);

  if (self->item_signals != NULL)
    g_signal_group_set_target (self->item_signals, NULL);
  g_clear_object (&self->item_signals);
  pl_page_dispose_template (GTK_WIDGET (self), PL_TYPE_ITEM_EDITOR);
  g_clear_object (&self->completion_model);
  g_clear_object (&self->item);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_item_editor_parent_class)->dispose (object);
}

static void
pl_item_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlItemEditor *self = PL_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlItemEditor *self = PL_ITEM_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_ITEM:
      pl_item_editor_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_editor_class_init (PlItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pl_item_editor_constructed;
  object_class->dispose = pl_item_editor_dispose;
  object_class->get_property = pl_item_editor_get_property;
  object_class->set_property = pl_item_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, PL_TYPE_AGENDA_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PL_TYPE_ANNOTATION_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, short_title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, annotation_editor);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, documents_list);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, symbol_entry);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, symbol_error);
  gtk_widget_class_bind_template_child (widget_class, PlItemEditor, no_documentation_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_add_document_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_document_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_symbol_entry_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pl_item_editor_init (PlItemEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->title_entry, "changed", G_CALLBACK (on_title_changed_cb), self);
  g_signal_connect (self->short_title_entry, "changed", G_CALLBACK (on_short_title_changed_cb), self);
  g_signal_connect (self->no_documentation_entry, "changed", G_CALLBACK (on_no_documentation_changed_cb), self);
  add_focus_flush (self, GTK_WIDGET (self->title_entry));
  add_focus_flush (self, GTK_WIDGET (self->short_title_entry));
  add_focus_flush (self, GTK_WIDGET (self->no_documentation_entry));
  add_focus_flush (self, GTK_WIDGET (self->documents_list));

  self->item_signals = g_signal_group_new (PL_TYPE_AGENDA_ITEM);
  g_signal_group_connect_swapped (self->item_signals, "notify::title", G_CALLBACK (update_title), self);
  g_signal_group_connect_swapped (self->item_signals, "notify::short-title", G_CALLBACK (update_short_title), self);
  g_signal_group_connect_swapped (self->item_signals, "notify::documents", G_CALLBACK (update_documents), self);
  g_signal_group_connect_swapped (self->item_signals, "notify::no-documentation-note",
                                  G_CALLBACK (update_no_documentation_note), self);
  g_signal_group_connect_swapped (self->item_signals, "notify::number", G_CALLBACK (on_item_notify_number_cb), self);
}

GtkWidget *
pl_item_editor_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_ITEM_EDITOR, "session", session, NULL);
}

/**
 * pl_item_editor_get_item:
 *
 * Returns: (nullable) (transfer none): the item being edited
 */
PlAgendaItem *
pl_item_editor_get_item (PlItemEditor *self)
{
  g_return_val_if_fail (PL_IS_ITEM_EDITOR (self), NULL);

  return self->item;
}

void
pl_item_editor_set_item (PlItemEditor *self,
                         PlAgendaItem *item)
{
  g_return_if_fail (PL_IS_ITEM_EDITOR (self));
  g_return_if_fail (item == NULL || PL_IS_AGENDA_ITEM (item));

  if (self->item == item)
    return;

  /* The burst of typing belongs to the item being left. */
  if (self->session != NULL)
    pl_edit_burst_flush (self->session);

  g_set_object (&self->item, item);
  g_signal_group_set_target (self->item_signals, item);
  pl_annotation_editor_set_item (self->annotation_editor, item);

  if (item != NULL)
    {
      update_heading (self);
      update_title (self);
      update_short_title (self);
      update_documents (self);
      update_no_documentation_note (self);
      show_symbol_error (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "editor");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
