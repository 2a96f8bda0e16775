/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-language-names.h"
#include "pl-page.h"
#include "pl-translatable.h"
#include "pl-translation-row.h"
#include "pl-translations-page.h"
#include "pl-versions.h"

/**
 * PlTranslationsPage:
 *
 * The language versions of the session's texts (issue 21, point 5): a
 * language chosen among those the session issues documents in (its
 * original left out), every text a document prints (pl_translatables_list(),
 * in document order) with where it is printed and its original beside
 * the version (#PlTranslationRow, edited in place), filtered by the
 * version's state and searched; the language's progress ("French: 182 of
 * 204 texts, 6 outdated") under the list, with Export for Translation…
 * and Import Translation… (the window's actions, pl-window-translations.c).
 *
 * The texts are a list view's: only the rows in sight are made, and bound
 * again as the list scrolls (the large session has over 600 texts).
 * A refresh keeps the rows when the texts are the same ones: a change of
 * a version (the user's typing, an undo, an import, the server) updates
 * the rows in place, so the row being typed in keeps its focus, and a
 * version that becomes done stays in the Missing filter until the filter
 * is chosen again (a text does not vanish under the translator's cursor).
 */
struct _PlTranslationsPage
{
  PlPage           parent_instance;

  GStrv            languages;       /* the codes language_drop lists */
  char            *language;        /* the one chosen */
  GListStore      *texts;           /* PlTranslatable, in document order */
  GtkCustomFilter *filter;
  GtkFilterListModel *shown;
  char            *search;          /* casefolded, NULL for none */
  char            *progress;

  /* template children */
  GtkStack        *page_stack;
  GtkDropDown     *language_drop;
  GtkSearchEntry  *search_entry;
  GtkDropDown     *state_drop;
  GtkStack        *list_stack;
  GtkListView     *list_view;
  GHashTable      *rows;            /* PlTranslationRow bound to a text */
  GtkLabel        *progress_label;
  GtkLabel        *original_heading;
  GtkLabel        *version_heading;
  GtkWidget       *export_button;
  GtkWidget       *import_button;
  AdwStatusPage   *empty_status;
};

G_DEFINE_FINAL_TYPE (PlTranslationsPage, pl_translations_page, PL_TYPE_PAGE)

static PlSession *
session_of (PlTranslationsPage *self)
{
  return pl_page_get_session (PL_PAGE (self));
}

static const char *
original_language (PlTranslationsPage *self)
{
  return pl_session_settings_get_original_language (pl_session_get_settings (session_of (self)));
}

/* Filtering */

static gboolean
contains_casefolded (const char *text,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  PlTranslationsPage *self = user_data;
  PlTranslatable *text = item;
  PlRecord *record = pl_translatable_get_record (text);
  const char *field = pl_translatable_get_field (text);
  guint state = gtk_drop_down_get_selected (self->state_drop);

  if (self->language == NULL)
    return FALSE;
  if (state > 0 && state != GTK_INVALID_LIST_POSITION &&
      pl_versions_state (record, self->language, field) != (PlVersionState) (state - 1))
    return FALSE;
  if (self->search != NULL &&
      !contains_casefolded (pl_translatable_get_context (text), self->search) &&
      !contains_casefolded (pl_translatable_get_original (text), self->search) &&
      !contains_casefolded (pl_versions_get (record, self->language, field), self->search))
    return FALSE;
  return TRUE;
}

static void
update_list_stack (PlTranslationsPage *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0;

  pl_compat_stack_show_only (self->list_stack, any ? "list" : "no-match");
}

static void
refilter (PlTranslationsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_stack (self);
}

/* "Original, in English" over the originals, "French" over the versions. */
static void
update_headings (PlTranslationsPage *self)
{
  const char *original = original_language (self);
  g_autofree char *heading = NULL;

  /* Translators: the heading over the originals, "Original, in English" */
  heading = g_strdup_printf (_("Original, in %s"), pl_language_name (original != NULL ? original : "en"));
  gtk_label_set_label (self->original_heading, heading);
  gtk_label_set_label (self->version_heading, self->language != NULL ? pl_language_name (self->language) : "");
}

/* Rows */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              PlTranslationsPage       *self)
{
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
  gtk_list_item_set_child (list_item, pl_translation_row_new (session_of (self)));
}

/* Rows are made for the rows in sight and bound again as the list
 * scrolls; one made or bound after the page became read-only refuses
 * typing too. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             PlTranslationsPage       *self)
{
  PlTranslationRow *row = PL_TRANSLATION_ROW (gtk_list_item_get_child (list_item));
  PlTranslatable *text = gtk_list_item_get_item (list_item);
  const char *language = self->language != NULL ? self->language : "";

  pl_translation_row_bind (row, text, language, pl_language_name (language), original_language (self),
                           pl_page_get_read_only (PL_PAGE (self)));
  pl_compat_list_item_set_accessible_label (list_item, pl_translatable_get_context (text));
  g_hash_table_add (self->rows, row);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PlTranslationsPage       *self)
{
  PlTranslationRow *row = PL_TRANSLATION_ROW (gtk_list_item_get_child (list_item));

  if (self->rows != NULL)
    g_hash_table_remove (self->rows, row);
  pl_translation_row_unbind (row);
}

/* The rows are bound for the language chosen: a new language, the rows
 * bound again. */
static void
bind_rows (PlTranslationsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  update_headings (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  if (self->language != NULL)
    {
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }
}

static void
update_rows (PlTranslationsPage *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    pl_translation_row_update (row);
}

/* Progress */

static void
update_progress (PlTranslationsPage *self)
{
  guint total = 0, done = 0, outdated = 0;
  const char *name;
  g_autofree char *texts = NULL;

  g_clear_pointer (&self->progress, g_free);
  if (self->language == NULL)
    {
      gtk_label_set_label (self->progress_label, "");
      return;
    }

  name = pl_language_name (self->language);
  pl_translatables_progress (session_of (self), self->language, &total, &done, &outdated);
  /* Translators: the progress of a language, "French: 182 of 204 texts" */
  texts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u of %u text", "%s: %u of %u texts", total),
                           name, done, total);
  if (outdated > 0)
    /* Translators: after the progress, "French: 182 of 204 texts, 6 outdated" */
    self->progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u outdated", "%s, %u outdated", outdated),
                                      texts, outdated);
  else
    self->progress = g_steal_pointer (&texts);
  gtk_label_set_label (self->progress_label, self->progress);
}

/* Languages */

static gboolean
same_language (const char *a,
               const char *b)
{
  return a != NULL && b != NULL && g_ascii_strncasecmp (a, b, 2) == 0;
}

/* The issue languages other than the original, in the session's order. */
static GStrv
other_languages (PlTranslationsPage *self)
{
  PlSessionSettings *settings = pl_session_get_settings (session_of (self));
  g_auto(GStrv) issued = pl_session_settings_dup_issue_languages (settings);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *original = original_language (self);

  for (guint i = 0; issued != NULL && issued[i] != NULL; i++)
    if (!same_language (issued[i], original != NULL ? original : "en"))
      g_strv_builder_add (builder, issued[i]);
  return g_strv_builder_end (builder);
}

static void
on_language_selected_cb (PlTranslationsPage *self)
{
  guint position = gtk_drop_down_get_selected (self->language_drop);
  const char *language;

  if (self->languages == NULL || position >= g_strv_length (self->languages))
    return;
  language = self->languages[position];
  if (g_strcmp0 (language, self->language) == 0)
    return;

  pl_edit_burst_flush (session_of (self));
  g_free (self->language);
  self->language = g_strdup (language);
  bind_rows (self);
  refilter (self);
  update_progress (self);
}

static void
update_languages (PlTranslationsPage *self)
{
  g_auto(GStrv) languages = other_languages (self);
  g_autoptr(GtkStringList) names = NULL;
  guint selected = 0;

  if (self->languages != NULL && g_strv_equal ((const char * const *) languages,
                                               (const char * const *) self->languages))
    return;

  names = gtk_string_list_new (NULL);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      gtk_string_list_append (names, pl_language_name (languages[i]));
      if (g_strcmp0 (languages[i], self->language) == 0)
        selected = i;
    }
  g_strfreev (self->languages);
  self->languages = g_steal_pointer (&languages);

  g_signal_handlers_block_by_func (self->language_drop, on_language_selected_cb, self);
  gtk_drop_down_set_model (self->language_drop, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->language_drop, selected);
  g_signal_handlers_unblock_by_func (self->language_drop, on_language_selected_cb, self);

  g_clear_pointer (&self->language, g_free);
  if (self->languages[0] != NULL)
    self->language = g_strdup (self->languages[selected]);
  bind_rows (self);
}

/* Texts */

static gboolean
same_text (PlTranslatable *a,
           PlTranslatable *b)
{
  return pl_translatable_get_record (a) == pl_translatable_get_record (b) &&
         g_strcmp0 (pl_translatable_get_field (a), pl_translatable_get_field (b)) == 0;
}

/* The same texts in the same order: only those whose context changed
 * (an item renumbered) are replaced, their rows made again; the rows read
 * the originals from the records (pl_translation_row_update()).
 * Otherwise the whole list. */
static void
update_texts (PlTranslationsPage *self,
              GPtrArray          *texts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->texts));
  gboolean same = n == texts->len;

  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(PlTranslatable) old = g_list_model_get_item (G_LIST_MODEL (self->texts), i);

      same = same_text (old, g_ptr_array_index (texts, i));
    }

  if (!same)
    {
      g_list_store_splice (self->texts, 0, n, texts->pdata, texts->len);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlTranslatable) old = g_list_model_get_item (G_LIST_MODEL (self->texts), i);

      if (g_strcmp0 (pl_translatable_get_context (old),
                     pl_translatable_get_context (g_ptr_array_index (texts, i))) != 0)
        g_list_store_splice (self->texts, i, 1, &texts->pdata[i], 1);
    }
}

static void
show_empty (PlTranslationsPage *self,
            const char         *title,
            const char         *description)
{
  adw_status_page_set_title (self->empty_status, title);
  adw_status_page_set_description (self->empty_status, description);
  pl_compat_stack_show_only (self->page_stack, "empty");
}

static void
pl_translations_page_refresh (PlPage *page)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (page);
  g_autoptr(GPtrArray) texts = pl_translatables_list (session_of (self));

  update_languages (self);
  update_texts (self, texts);
  update_rows (self);
  update_progress (self);
  update_list_stack (self);

  if (self->language == NULL)
    show_empty (self, _("No Other Languages"),
                _("The session issues its documents in their original language only. "
                  "Versions can be made once the session settings name other languages."));
  else if (texts->len == 0)
    show_empty (self, _("No Texts to Translate"),
                _("The titles, annotations and notes that documents print appear here, "
                  "each beside its version in the chosen language."));
  else
    pl_compat_stack_show_only (self->page_stack, "texts");
}

static void
on_state_selected_cb (PlTranslationsPage *self)
{
  pl_edit_burst_flush (session_of (self));
  refilter (self);
}

static void
on_search_changed_cb (PlTranslationsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->search, g_free);
  if (text != NULL && *text != '\0')
    self->search = g_utf8_casefold (text, -1);
  refilter (self);
}

/* Actions */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PL_TRANSLATIONS_PAGE (widget)->search_entry));
}

/* Export for Translation… and Import Translation… are the window's, for
 * the language chosen here. */
static void
transfer_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (widget);

  if (self->language == NULL)
    return;
  pl_edit_burst_flush (session_of (self));
  gtk_widget_activate_action (widget,
                              g_str_equal (action_name, "translations.export") ? "win.export-translation"
                                                                               : "win.import-translation",
                              "s", self->language);
}

/* "Still Correct": an outdated version the change of the original did not
 * touch (a typo fixed) is stored again against the original as it is. */
static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  const char *hash = strrchr (target, '#');
  g_autofree char *id = NULL;
  PlRecord *record;
  const char *version;

  if (hash == NULL || self->language == NULL)
    return;
  id = g_strndup (target, hash - target);
  record = pl_session_lookup (session_of (self), id);
  if (record == NULL)
    return;
  version = pl_versions_get (record, self->language, hash + 1);
  if (version == NULL)
    return;

  pl_edit_burst_flush (session_of (self));
  {
    g_autofree char *text = g_strdup (version);

    pl_versions_set (session_of (self), record, self->language, hash + 1, text);
  }
}

/* GObject */

static void
pl_translations_page_dispose (GObject *object)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (pl_translations_page_parent_class)->dispose (object);
}

static void
pl_translations_page_finalize (GObject *object)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (object);

  g_clear_object (&self->shown);
  g_clear_object (&self->texts);
  g_strfreev (self->languages);
  g_free (self->language);
  g_free (self->search);
  g_free (self->progress);

  G_OBJECT_CLASS (pl_translations_page_parent_class)->finalize (object);
}

static void
pl_translations_page_constructed (GObject *object)
{
  PlTranslationsPage *self = PL_TRANSLATIONS_PAGE (object);

  G_OBJECT_CLASS (pl_translations_page_parent_class)->constructed (object);

  pl_translations_page_refresh (PL_PAGE (self));
}

static void
pl_translations_page_class_init (PlTranslationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_translations_page_constructed;
  object_class->dispose = pl_translations_page_dispose;
  object_class->finalize = pl_translations_page_finalize;
  page_class->refresh = pl_translations_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-translations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, language_drop);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, state_drop);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, original_heading);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, version_heading);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, PlTranslationsPage, empty_status);

  gtk_widget_class_install_action (widget_class, "translations.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "translations.export", NULL, transfer_action);
  gtk_widget_class_install_action (widget_class, "translations.import", NULL, transfer_action);
  gtk_widget_class_install_action (widget_class, "translations.confirm", "s", confirm_action);
  /* Reading and handing the texts out change nothing. */
  pl_page_class_set_safe_actions (page_class, "translations.search", "translations.export", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "translations.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "translations.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "translations.import", NULL);
}

static void
pl_translations_page_init (PlTranslationsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = pl_compat_named_items_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_factory (self->language_drop, factory);
  gtk_drop_down_set_factory (self->state_drop, factory);
  self->texts = g_list_store_new (PL_TYPE_TRANSLATABLE);
  self->rows = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->texts)), GTK_FILTER (self->filter));

  g_signal_connect_swapped (self->language_drop, "notify::selected", G_CALLBACK (on_language_selected_cb), self);
  g_signal_connect_swapped (self->state_drop, "notify::selected", G_CALLBACK (on_state_selected_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
}

GtkWidget *
pl_translations_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_TRANSLATIONS_PAGE, session);
}

/**
 * pl_translations_page_get_language:
 *
 * Returns: (nullable): the code of the language chosen ("fr")
 */
const char *
pl_translations_page_get_language (PlTranslationsPage *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATIONS_PAGE (self), NULL);

  return self->language;
}

/**
 * pl_translations_page_set_language:
 *
 * Chooses @language, as the language drop-down does.
 *
 * Returns: whether the page offers @language
 */
gboolean
pl_translations_page_set_language (PlTranslationsPage *self,
                                   const char         *language)
{
  g_return_val_if_fail (PL_IS_TRANSLATIONS_PAGE (self), FALSE);

  for (guint i = 0; self->languages != NULL && self->languages[i] != NULL; i++)
    if (g_strcmp0 (self->languages[i], language) == 0)
      {
        gtk_drop_down_set_selected (self->language_drop, i);
        return TRUE;
      }
  return FALSE;
}

/**
 * pl_translations_page_get_shown:
 *
 * Returns: (transfer none): the texts the filter and the search show
 */
GListModel *
pl_translations_page_get_shown (PlTranslationsPage *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/**
 * pl_translations_page_find_row:
 *
 * Returns: (transfer none) (nullable): the row of @record's @field, if
 *   in sight
 */
GtkWidget *
pl_translations_page_find_row (PlTranslationsPage *self,
                               PlRecord           *record,
                               const char         *field)
{
  g_return_val_if_fail (PL_IS_TRANSLATIONS_PAGE (self), NULL);

  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      PlTranslatable *text = pl_translation_row_get_translatable (row);

      if (pl_translatable_get_record (text) == record && g_strcmp0 (pl_translatable_get_field (text), field) == 0)
        return row;
    }
  return NULL;
}

/**
 * pl_translations_page_get_progress:
 *
 * Returns: (nullable): the progress shown, "French: 182 of 204 texts, 6
 *   outdated"
 */
const char *
pl_translations_page_get_progress (PlTranslationsPage *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATIONS_PAGE (self), NULL);

  return self->progress;
}
