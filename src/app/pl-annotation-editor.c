/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-annotation-editor.h"
#include "pl-check-text.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-render.h"

/**
 * PlAnnotationEditor:
 *
 * An agenda item's annotation in the item editor: the CommonMark source
 * (emphasis styled inline), "Link to Item" (a link `[8](item:…)` that
 * prints the item's current number, docs/documents.md "Referring to an
 * item"), the fix of agenda.number-in-text for item numbers typed as
 * text, and the annotation as the documents print it, with the linked
 * items' current numbers (issue 22, point 3). The printed form is the
 * export layer's (pl_render_annotation_markup()), not a copy of its rule.
 */
struct _PlAnnotationEditor
{
  GtkWidget      parent_instance;

  PlSession     *session;
  PlAgendaItem  *item;
  GSignalGroup  *item_signals;
  GSignalGroup  *session_signals;

  GtkTextView   *annotation_view;
  GtkMenuButton *link_button;
  GtkWidget     *typed_numbers_box;
  GtkWidget     *link_numbers_button;
  GtkWidget     *preview_box;
  GtkLabel      *preview;
};

G_DEFINE_FINAL_TYPE (PlAnnotationEditor, pl_annotation_editor, GTK_TYPE_WIDGET)

static GRegex *strong_regex;
static GRegex *emphasis_regex;
static GRegex *target_regex;

/* The longest title shown in the Link to Item menu: the menu stays
 * narrower than the window. */
#define MENU_TITLE_CHARS 50

/* Styling */

static void
tag_matches (GtkTextBuffer *buffer,
             const char    *text,
             GRegex        *regex,
             const char    *tag)
{
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;
      GtkTextIter a, b;

      g_match_info_fetch_pos (match, 0, &start, &end);
      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) g_utf8_pointer_to_offset (text, text + start));
      gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) g_utf8_pointer_to_offset (text, text + end));
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
      g_match_info_next (match, NULL);
    }
}

/* Rule of the seed document: italics for Latin phrases and titles
 * (*inter alia*); show them as the printed agenda will. An item link's
 * target, an _id nobody reads, is dimmed so that the sentence reads. */
static void
restyle_annotation (PlAnnotationEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->annotation_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_all_tags (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tag_matches (buffer, text, strong_regex, "strong");
  tag_matches (buffer, text, emphasis_regex, "emphasis");
  tag_matches (buffer, text, target_regex, "link-target");
}

/* As printed, and the numbers typed as text */

static PlAgenda *
get_agenda (PlAnnotationEditor *self)
{
  return self->session != NULL ? pl_session_get_agenda (self->session) : NULL;
}

static void
update_printed (PlAnnotationEditor *self)
{
  const char *annotation = self->item != NULL ? pl_agenda_item_get_annotation (self->item) : NULL;
  PlAgenda *agenda = get_agenda (self);
  g_autofree char *linked = NULL;
  g_autofree char *markup = NULL;

  if (agenda == NULL)
    return;

  /* Shown when the annotation refers to an item: that is where the printed
   * text differs from the source in more than its emphasis. */
  if (annotation != NULL && strstr (annotation, "item:") != NULL)
    {
      markup = pl_render_annotation_markup (agenda, annotation);
      gtk_label_set_markup (self->preview, markup);
      gtk_widget_set_visible (self->preview_box, TRUE);
    }
  else
    gtk_widget_set_visible (self->preview_box, FALSE);

  linked = pl_check_text_link_numbers (agenda, annotation);
  gtk_widget_set_visible (self->typed_numbers_box, linked != NULL);
}

static void
update_annotation (PlAnnotationEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->annotation_view);
  const char *annotation = self->item != NULL ? pl_agenda_item_get_annotation (self->item) : NULL;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, annotation ? annotation : "") != 0)
    {
      GtkTextIter cursor;
      int offset;

      /* A change from elsewhere (the server, undo) while the person is in
       * the text leaves the cursor where it was, not at the start. */
      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      offset = gtk_text_iter_get_offset (&cursor);
      g_signal_handlers_block_matched (buffer, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_text_buffer_set_text (buffer, annotation ? annotation : "", -1);
      g_signal_handlers_unblock_matched (buffer, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_text_buffer_get_iter_at_offset (buffer, &cursor, offset);
      gtk_text_buffer_place_cursor (buffer, &cursor);
    }
  restyle_annotation (self);
  update_printed (self);
}

/* A move, an indent, an item added or deleted renumbers the items that
 * the annotation links to. Connected after the agenda's own handler,
 * which derives the new numbers. */
static void
on_session_changed_cb (PlAnnotationEditor *self,
                       PlRecord           *record,
                       PlChangeKind        kind,
                       const char         *field)
{
  if (self->item == NULL || !PL_IS_AGENDA_ITEM (record))
    return;

  if (kind != PL_CHANGE_FIELD ||
      g_strcmp0 (field, "parent") == 0 ||
      g_strcmp0 (field, "position") == 0)
    update_printed (self);
}

/* Edits of the annotation */

/* One undo step for a change made by a button, apart from the typing. */
static void
set_annotation (PlAnnotationEditor *self,
                const char         *label,
                const char         *annotation)
{
  PlHistory *history = pl_session_get_history (self->session);

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (history, label);
  pl_agenda_item_set_annotation (self->item, annotation);
  pl_history_end_group (history);
}

static void
on_buffer_changed_cb (GtkTextBuffer      *buffer,
                      PlAnnotationEditor *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->item == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  pl_edit_burst_touch_field (self->session, _("Edit Annotation"), PL_RECORD (self->item), "annotation");
  pl_agenda_item_set_annotation (self->item, text);
}

/* "Link to Item": `[8](item:…)` at the cursor, in place of the selection. */
static void
link_item_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlAnnotationEditor *self = PL_ANNOTATION_EDITOR (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->annotation_view);
  const char *id = g_variant_get_string (parameter, NULL);
  PlAgenda *agenda = get_agenda (self);
  PlAgendaItem *target = agenda != NULL ? pl_agenda_find_by_link (agenda, id) : NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *link = NULL;
  g_autofree char *annotation = NULL;
  GtkTextIter start, end, bound;

  if (self->item == NULL || target == NULL)
    return;

  gtk_text_buffer_get_selection_bounds (buffer, &start, &end);
  gtk_text_buffer_get_start_iter (buffer, &bound);
  before = gtk_text_buffer_get_text (buffer, &bound, &start, FALSE);
  gtk_text_buffer_get_end_iter (buffer, &bound);
  after = gtk_text_buffer_get_text (buffer, &end, &bound, FALSE);
  link = g_strdup_printf ("[%s](%s)", pl_agenda_item_get_number (target), id);
  annotation = g_strconcat (before, link, after, NULL);

  set_annotation (self, _("Link to Item"), annotation);

  /* The cursor after the link, to go on typing. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                      (int) (g_utf8_strlen (before, -1) + g_utf8_strlen (link, -1)));
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_widget_grab_focus (GTK_WIDGET (self->annotation_view));
}

/* A button without an action: a read-only page (a delegate's copy, a
 * locked file) makes it insensitive with the other edit buttons
 * (pl-page.c), which it does not do for an action of this widget. */
static void
on_link_numbers_clicked_cb (PlAnnotationEditor *self)
{
  g_autofree char *linked = NULL;

  if (self->item == NULL || get_agenda (self) == NULL)
    return;

  linked = pl_check_text_link_numbers (get_agenda (self), pl_agenda_item_get_annotation (self->item));
  if (linked != NULL)
    set_annotation (self, _("Link Item Numbers"), linked);
}

/* Mnemonics in a menu's labels: a title's "_" is a character. */
static char *
escape_underscores (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
build_link_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  PlAnnotationEditor *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GPtrArray) items = NULL;
  PlAgenda *agenda = get_agenda (self);

  if (agenda == NULL)
    return;

  /* Built on each opening: the numbers are the current ones. */
  items = pl_agenda_list_in_order (agenda);
  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      const char *title = pl_agenda_item_get_title (item);
      g_autofree char *shown = NULL;
      g_autofree char *start = NULL;
      g_autofree char *escaped = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) entry = NULL;

      if (title == NULL)
        title = "";
      if (g_utf8_strlen (title, -1) > MENU_TITLE_CHARS)
        {
          start = g_utf8_substring (title, 0, MENU_TITLE_CHARS - 1);
          shown = g_strconcat (start, "…", NULL);
        }
      else
        shown = g_strdup (title);
      escaped = escape_underscores (shown);
      /* Translators: an agenda item in the Link to Item menu: its number,
       * then its title ("2 (d)  Firearms Protocol") */
      label = g_strdup_printf (_("%s  %s"), pl_agenda_item_get_number (item), escaped);
      entry = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (entry, "annotation.link-item",
                                               g_variant_new_string (pl_record_get_id (PL_RECORD (item))));
      g_menu_append_item (menu, entry);
    }

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
on_focus_leave_cb (PlAnnotationEditor *self)
{
  if (self->session != NULL)
    pl_edit_burst_flush (self->session);
}

/* GObject */

static void
pl_annotation_editor_dispose (GObject *object)
{
  PlAnnotationEditor *self = PL_ANNOTATION_EDITOR (object);

  if (self->item_signals != NULL)
    g_signal_group_set_target (self->item_signals, NULL);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->item_signals);
  g_clear_object (&self->session_signals);
  pl_page_dispose_template (GTK_WIDGET (self), PL_TYPE_ANNOTATION_EDITOR);
  g_clear_object (&self->item);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_annotation_editor_parent_class)->dispose (object);
}

static void
pl_annotation_editor_class_init (PlAnnotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_annotation_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-annotation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, annotation_view);
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, link_button);
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, typed_numbers_box);
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, link_numbers_button);
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, preview_box);
  gtk_widget_class_bind_template_child (widget_class, PlAnnotationEditor, preview);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "annotation.link-item", "s", link_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_link_numbers_clicked_cb);

  /* **strong** first, then *emphasis* or _emphasis_ not part of it. */
  strong_regex = g_regex_new ("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__", G_REGEX_OPTIMIZE, 0, NULL);
  emphasis_regex = g_regex_new ("(?<![*\\w])\\*(?![*\\s])[^*\\n]+(?<![*\\s])\\*(?![*\\w])|"
                                "(?<![_\\w])_(?![_\\s])[^_\\n]+(?<![_\\s])_(?![_\\w])",
                                G_REGEX_OPTIMIZE, 0, NULL);
  target_regex = g_regex_new ("(?<=\\])\\(\\s*<?item:[^)]*\\)", G_REGEX_OPTIMIZE, 0, NULL);
}

static void
pl_annotation_editor_init (PlAnnotationEditor *self)
{
  GtkTextBuffer *buffer;
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->annotation_view);
  /* Undo is the session's (one history for every edit), not the
   * buffer's own. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_create_tag (buffer, "emphasis", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strong", "weight", PANGO_WEIGHT_BOLD, NULL);
  /* Grey reads on the light and the dark style alike. */
  gtk_text_buffer_create_tag (buffer, "link-target", "foreground", "#77767b", "scale", 0.85, NULL);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->annotation_view), focus);

  gtk_menu_button_set_create_popup_func (self->link_button, build_link_menu, self, NULL);

  self->item_signals = g_signal_group_new (PL_TYPE_AGENDA_ITEM);
  g_signal_group_connect_swapped (self->item_signals, "notify::annotation", G_CALLBACK (update_annotation), self);

  self->session_signals = g_signal_group_new (PL_TYPE_SESSION);
  g_signal_group_connect_data (self->session_signals, "changed", G_CALLBACK (on_session_changed_cb), self,
                               NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

void
pl_annotation_editor_set_session (PlAnnotationEditor *self,
                                  PlSession          *session)
{
  g_return_if_fail (PL_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (session == NULL || PL_IS_SESSION (session));

  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
}

void
pl_annotation_editor_set_item (PlAnnotationEditor *self,
                               PlAgendaItem       *item)
{
  g_return_if_fail (PL_IS_ANNOTATION_EDITOR (self));
  g_return_if_fail (item == NULL || PL_IS_AGENDA_ITEM (item));

  g_set_object (&self->item, item);
  g_signal_group_set_target (self->item_signals, item);
  update_annotation (self);
}
