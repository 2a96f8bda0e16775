/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-translation-row.h"
#include "pl-versions.h"

/**
 * PlTranslationRow:
 *
 * One text of the Translations page (issue 21, point 5): where it is
 * printed ("Item 2 (a), title"), the original as it is now, and beside
 * it the version in the page's language, edited in place: a line for a
 * title, a text view for an annotation or a note. Each change of the
 * version is stored as the user types (pl_versions_set()), a burst of
 * typing being one undo step (pl-edit-burst.h), so the page's progress
 * follows the typing. The version's state (missing, outdated, done) is
 * the core's (pl_versions_state()); an outdated version says that the
 * original beside it is what the original says now, and offers "Still
 * Correct" (the page's action translations.confirm) for a version that
 * a change of the original did not touch.
 */
struct _PlTranslationRow
{
  GtkWidget       parent_instance;

  PlSession      *session;
  PlTranslatable *text;
  char           *language;
  gboolean        updating;   /* setting the editor from the record */

  /* template children */
  GtkLabel       *context_label;
  GtkLabel       *state_label;
  GtkLabel       *original_label;
  GtkStack       *editor_stack;
  GtkEntry       *version_entry;
  GtkTextView    *version_view;
  GtkWidget      *outdated_box;
  GtkWidget      *confirm_button;
};

G_DEFINE_FINAL_TYPE (PlTranslationRow, pl_translation_row, GTK_TYPE_WIDGET)

/* Fields that hold paragraphs (CommonMark in an annotation): a text view,
 * where a title gets a line. */
static gboolean
field_is_multiline (const char *field,
                    const char *original)
{
  return g_strcmp0 (field, "annotation") == 0 || g_strcmp0 (field, "note") == 0 ||
         g_strcmp0 (field, "text") == 0 || (original != NULL && strchr (original, '\n') != NULL);
}

static void
store_version (PlTranslationRow *self,
               const char       *text)
{
  PlRecord *record;
  const char *field;

  if (self->updating || self->text == NULL)
    return;

  record = pl_translatable_get_record (self->text);
  field = pl_translatable_get_field (self->text);
  /* One burst of typing is one undo step, and the field is held from
   * the server's changes while it lasts. */
  pl_edit_burst_touch_field (self->session, _("Edit Translation"), record, "i18n");
  pl_versions_set (self->session, record, self->language, field, text);
}

static void
on_entry_changed_cb (PlTranslationRow *self,
                     GtkEditable      *editable)
{
  store_version (self, gtk_editable_get_text (editable));
}

static void
on_buffer_changed_cb (PlTranslationRow *self,
                      GtkTextBuffer    *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  store_version (self, text);
}

static void
on_focus_leave_cb (PlTranslationRow *self)
{
  pl_edit_burst_flush (self->session);
}

static void
set_state (PlTranslationRow *self,
           PlVersionState    state)
{
  static const char * const classes[] = { "missing", "outdated", "done" };
  const char *label = NULL;

  switch (state)
    {
    case PL_VERSION_MISSING:
      /* Translators: the state of a text's version in one language */
      label = C_("version", "Missing");
      break;
    case PL_VERSION_OUTDATED:
      label = C_("version", "Outdated");
      break;
    case PL_VERSION_DONE:
    default:
      label = C_("version", "Done");
      break;
    }
  gtk_label_set_label (self->state_label, label);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (i == (guint) state)
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), classes[i]);
  gtk_widget_set_visible (self->outdated_box, state == PL_VERSION_OUTDATED);
}

/**
 * pl_translation_row_update:
 *
 * Shows the version and its state as the record has them now (after an
 * undo, an import, a change from the server). The editor's text is set
 * only when it differs from the version, so that the typing the row
 * itself stored keeps its cursor.
 */
void
pl_translation_row_update (PlTranslationRow *self)
{
  PlRecord *record;
  const char *field;
  const char *version;

  g_return_if_fail (PL_IS_TRANSLATION_ROW (self));

  if (self->text == NULL)
    return;
  record = pl_translatable_get_record (self->text);
  field = pl_translatable_get_field (self->text);
  version = pl_versions_get (record, self->language, field);
  if (version == NULL)
    version = "";

  self->updating = TRUE;
  if (g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "line"))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->version_entry)), version) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->version_entry), version);
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->version_view);
      GtkTextIter start, end;
      g_autofree char *shown = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (g_strcmp0 (shown, version) != 0)
        gtk_text_buffer_set_text (buffer, version, -1);
    }
  self->updating = FALSE;

  /* The original is read from the record: it may have changed since. */
  if (g_strcmp0 (gtk_label_get_label (self->original_label), pl_translatable_get_original (self->text)) != 0)
    {
      gtk_label_set_label (self->original_label, pl_translatable_get_original (self->text));
    }
  set_state (self, pl_versions_state (record, self->language, field));
}

static void
pl_translation_row_dispose (GObject *object)
{
  PlTranslationRow *self = PL_TRANSLATION_ROW (object);

  pl_page_dispose_template (GTK_WIDGET (self), PL_TYPE_TRANSLATION_ROW);

  G_OBJECT_CLASS (pl_translation_row_parent_class)->dispose (object);
}

static void
pl_translation_row_finalize (GObject *object)
{
  PlTranslationRow *self = PL_TRANSLATION_ROW (object);

  g_clear_object (&self->session);
  g_clear_object (&self->text);
  g_free (self->language);

  G_OBJECT_CLASS (pl_translation_row_parent_class)->finalize (object);
}

static void
pl_translation_row_class_init (PlTranslationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_translation_row_dispose;
  object_class->finalize = pl_translation_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-translation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, context_label);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, original_label);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, version_entry);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, version_view);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, outdated_box);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationRow, confirm_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
add_focus_flush (PlTranslationRow *self,
                 GtkWidget        *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

static void
pl_translation_row_init (PlTranslationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page's action, with the text bound (pl_translation_row_bind()):
   * a target first, so that the action never meets the button without
   * one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->confirm_button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->confirm_button), "translations.confirm");

  g_signal_connect_swapped (self->version_entry, "changed", G_CALLBACK (on_entry_changed_cb), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->version_view), "changed",
                            G_CALLBACK (on_buffer_changed_cb), self);
  add_focus_flush (self, GTK_WIDGET (self->version_entry));
  add_focus_flush (self, GTK_WIDGET (self->version_view));
}

/**
 * pl_translation_row_new:
 *
 * A row of the page's list view, shown once bound to a text
 * (pl_translation_row_bind()), and bound again to others as the list
 * scrolls.
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
pl_translation_row_new (PlSession *session)
{
  PlTranslationRow *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  self = g_object_new (PL_TYPE_TRANSLATION_ROW, NULL);
  self->session = g_object_ref (session);
  return GTK_WIDGET (self);
}

/**
 * pl_translation_row_bind:
 * @text: the text to translate
 * @language: the version's language, a UN code ("fr")
 * @language_name: its name, in words, in the interface's language
 * @original_language: (nullable): the original's, for its direction
 * @read_only: whether the version may not be typed in (a delegate's
 *   account)
 */
void
pl_translation_row_bind (PlTranslationRow *self,
                         PlTranslatable   *text,
                         const char       *language,
                         const char       *language_name,
                         const char       *original_language,
                         gboolean          read_only)
{
  const char *context;
  g_autofree char *editor_name = NULL;
  g_autofree char *original_name = NULL;
  g_autofree char *confirm_name = NULL;
  g_autofree char *target = NULL;
  gboolean multiline;
  GtkWidget *editor;

  g_return_if_fail (PL_IS_TRANSLATION_ROW (self));
  g_return_if_fail (PL_IS_TRANSLATABLE (text));
  g_return_if_fail (language != NULL);

  g_set_object (&self->text, text);
  g_free (self->language);
  self->language = g_strdup (language);

  context = pl_translatable_get_context (text);
  gtk_label_set_label (self->context_label, context);

  multiline = field_is_multiline (pl_translatable_get_field (text), pl_translatable_get_original (text));
  gtk_stack_set_visible_child_name (self->editor_stack, multiline ? "text" : "line");
  editor = multiline ? GTK_WIDGET (self->version_view) : GTK_WIDGET (self->version_entry);
  /* As tall as the original beside it: a translation of several
   * paragraphs is about as long as they are. */
  gtk_widget_set_valign (GTK_WIDGET (self->editor_stack), multiline ? GTK_ALIGN_FILL : GTK_ALIGN_START);
  gtk_editable_set_editable (GTK_EDITABLE (self->version_entry), !read_only);
  gtk_text_view_set_editable (self->version_view, !read_only);

  /* Arabic is written right to left: the version's editor runs so,
   * whatever the interface's direction; the original runs as its own
   * language does. */
  gtk_widget_set_direction (editor, g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  gtk_widget_set_direction (GTK_WIDGET (self->original_label),
                            g_strcmp0 (original_language, "ar") == 0 ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* Translators: the name of a version's field for screen readers,
   * "French version: Item 2 (a), title" */
  editor_name = g_strdup_printf (_("%s version: %s"), language_name, context);
  /* Both editors: the stack's hidden page is still in the accessible tree. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->version_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, editor_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->version_view), GTK_ACCESSIBLE_PROPERTY_LABEL, editor_name, -1);
  /* Translators: "Original: Item 2 (a), title" */
  original_name = g_strdup_printf (_("Original: %s"), context);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->original_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  original_name, -1);
  /* Translators: the button that confirms an outdated version,
   * "Still Correct: Item 2 (a), title" */
  confirm_name = g_strdup_printf (_("Still Correct: %s"), context);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->confirm_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  confirm_name, -1);
  target = g_strdup_printf ("%s#%s", pl_record_get_id (pl_translatable_get_record (text)),
                            pl_translatable_get_field (text));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->confirm_button), "s", target);

  /* The other text's words go before this one's are shown. */
  gtk_label_set_label (self->original_label, NULL);
  pl_translation_row_update (self);
}

/**
 * pl_translation_row_unbind:
 *
 * The row no longer shows its text (scrolled away): a burst of typing in
 * it is closed first.
 */
void
pl_translation_row_unbind (PlTranslationRow *self)
{
  g_return_if_fail (PL_IS_TRANSLATION_ROW (self));

  if (self->text != NULL)
    pl_edit_burst_flush (self->session);
  g_clear_object (&self->text);
}

/**
 * pl_translation_row_get_translatable:
 *
 * Returns: (transfer none): the text the row shows
 */
PlTranslatable *
pl_translation_row_get_translatable (PlTranslationRow *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATION_ROW (self), NULL);

  return self->text;
}

/**
 * pl_translation_row_get_editor:
 *
 * Returns: (transfer none): the version's entry or text view
 */
GtkWidget *
pl_translation_row_get_editor (PlTranslationRow *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATION_ROW (self), NULL);

  return g_str_equal (gtk_stack_get_visible_child_name (self->editor_stack), "line")
           ? GTK_WIDGET (self->version_entry)
           : GTK_WIDGET (self->version_view);
}
