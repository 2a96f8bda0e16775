/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-draft-report.h"
#include "pl-edit-burst.h"
#include "pl-export-choices.h"
#include "pl-report-overrides.h"
#include "pl-report-page.h"
#include "pl-report-paragraph.h"

/**
 * PlReportPage:
 *
 * The draft report (issue 20, points 3 and 5), as the export prints it
 * (pl_draft_report_paragraphs(), the model the documents are built from):
 * chapter by chapter, each paragraph numbered, with the records it rests
 * on, and the Rapporteur's overrides: a paragraph edited in place is kept
 * as an override of that paragraph (pl_report_overrides_set(), with the
 * generated text it was written against); when the facts beneath it
 * change, the paragraph keeps the Rapporteur's text and says why it needs
 * a look, with the generated text beside it (Keep My Text, Use Generated
 * Text): never overwritten silently. Export… and Print… start from the
 * report (pl_export_choices_what_for_page()).
 */
struct _PlReportPage
{
  PlPage             parent_instance;

  GHashTable        *rows;        /* paragraph key → its PlReportParagraphRow (a reference) */
  char              *layout;      /* the headings and keys shown, in order */
  guint              n_stale;

  GtkDropDown       *language_drop;
  GtkLabel          *summary_label;
  GtkScrolledWindow *scroller;
  GtkBox            *report_box;
};

G_DEFINE_FINAL_TYPE (PlReportPage, pl_report_page, PL_TYPE_PAGE)

static PlSession *
session_of (PlReportPage *self)
{
  return pl_page_get_session (PL_PAGE (self));
}

static void
toast (PlReportPage *self,
       const char   *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

const char *
pl_report_page_get_language (PlReportPage *self)
{
  guint selected;

  g_return_val_if_fail (PL_IS_REPORT_PAGE (self), NULL);

  selected = gtk_drop_down_get_selected (self->language_drop);
  return pl_export_choices_get_language (selected == GTK_INVALID_LIST_POSITION ? 0 : selected)->code;
}

static GtkWidget *
heading_new (const char *text,
             const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, style);
  gtk_widget_add_css_class (label, "report-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return label;
}

static void
update_summary (PlReportPage *self,
                guint         n,
                guint         n_overrides)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph", "%u paragraphs", n), n);
  g_autofree char *edited = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u edited by the Rapporteur",
                                                          "%u edited by the Rapporteur", n_overrides), n_overrides);
  g_autofree char *text = NULL;

  if (self->n_stale > 0)
    {
      g_autofree char *stale = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to review", "%u to review",
                                                             self->n_stale), self->n_stale);

      /* Translators: "42 paragraphs, 3 edited by the Rapporteur, 1 to review" */
      text = g_strdup_printf (_("%s, %s, %s"), count, edited, stale);
    }
  else if (n_overrides > 0)
    /* Translators: "42 paragraphs, 3 edited by the Rapporteur" */
    text = g_strdup_printf (_("%s, %s"), count, edited);
  else
    text = g_strdup (count);
  gtk_label_set_label (self->summary_label, text);
}

/* The paragraphs' rows stay from one refresh to the next, keyed by the
 * paragraph: one being edited keeps what is typed in it when a fact
 * changes elsewhere, and the view keeps its scroll. */
/* The headings and paragraphs in order, as one string: the same layout
 * is updated in place rather than rebuilt. */
static char *
layout_of (GPtrArray *paragraphs)
{
  GString *layout = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlReportParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      g_string_append_printf (layout, "%s\x1f%s\x1f%s\x1e", pl_report_paragraph_get_chapter (paragraph) ?: "",
                              pl_report_paragraph_get_section (paragraph) ?: "", pl_report_paragraph_get_key (paragraph));
    }
  return g_string_free (layout, FALSE);
}

/* The paragraphs' rows stay from one refresh to the next, keyed by the
 * paragraph, and stay in place while the draft's layout is the same: one
 * being edited keeps what is typed in it, and its focus, when a fact
 * changes elsewhere (a tick on the Meetings page, the server), and the
 * view keeps its scroll. */
static void
pl_report_page_refresh (PlPage *page)
{
  PlReportPage *self = PL_REPORT_PAGE (page);
  g_autoptr(GPtrArray) paragraphs = pl_draft_report_paragraphs (session_of (self), pl_report_page_get_language (self));
  g_autofree char *layout = layout_of (paragraphs);
  gboolean same = g_strcmp0 (layout, self->layout) == 0;
  g_autoptr(GHashTable) kept = NULL;
  const char *chapter = NULL;
  const char *section = NULL;
  guint n_overrides = 0;
  GtkWidget *child;

  self->n_stale = 0;
  if (same)
    {
      for (guint i = 0; i < paragraphs->len; i++)
        {
          PlReportParagraph *paragraph = g_ptr_array_index (paragraphs, i);
          GtkWidget *row = g_hash_table_lookup (self->rows, pl_report_paragraph_get_key (paragraph));

          pl_report_paragraph_row_update (PL_REPORT_PARAGRAPH_ROW (row), session_of (self), paragraph, i + 1);
          n_overrides += pl_report_paragraph_get_override (paragraph) != NULL;
          self->n_stale += pl_report_paragraph_get_override (paragraph) != NULL && pl_report_paragraph_get_stale (paragraph);
        }
      update_summary (self, paragraphs->len, n_overrides);
      return;
    }

  kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->report_box))) != NULL)
    gtk_box_remove (self->report_box, child);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlReportParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      const char *key = pl_report_paragraph_get_key (paragraph);
      GtkWidget *row = g_hash_table_lookup (self->rows, key);

      if (g_strcmp0 (chapter, pl_report_paragraph_get_chapter (paragraph)) != 0)
        {
          chapter = pl_report_paragraph_get_chapter (paragraph);
          section = NULL;
          if (chapter != NULL)
            gtk_box_append (self->report_box, heading_new (chapter, "title-2"));
        }
      if (g_strcmp0 (section, pl_report_paragraph_get_section (paragraph)) != 0)
        {
          section = pl_report_paragraph_get_section (paragraph);
          if (section != NULL)
            gtk_box_append (self->report_box, heading_new (section, "title-4"));
        }
      if (row == NULL)
        row = pl_report_paragraph_row_new ();
      g_hash_table_insert (kept, g_strdup (key), g_object_ref_sink (row));
      pl_report_paragraph_row_update (PL_REPORT_PARAGRAPH_ROW (row), session_of (self), paragraph, i + 1);
      gtk_box_append (self->report_box, row);
      n_overrides += pl_report_paragraph_get_override (paragraph) != NULL;
      self->n_stale += pl_report_paragraph_get_override (paragraph) != NULL && pl_report_paragraph_get_stale (paragraph);
    }
  g_hash_table_unref (self->rows);
  self->rows = g_steal_pointer (&kept);
  g_free (self->layout);
  self->layout = g_steal_pointer (&layout);
  update_summary (self, paragraphs->len, n_overrides);
}

static void
on_language_changed_cb (PlReportPage *self)
{
  /* Another language, other texts: what was being typed goes. */
  g_hash_table_remove_all (self->rows);
  g_clear_pointer (&self->layout, g_free);
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
}

/* Actions: each on the paragraph its key names */

static PlReportParagraphRow *
row_of (PlReportPage *self,
        GVariant     *parameter)
{
  return g_hash_table_lookup (self->rows, g_variant_get_string (parameter, NULL));
}

static void
after_change (PlReportPage *self)
{
  pl_page_queue_refresh (PL_PAGE (self));
  pl_page_flush_refresh (PL_PAGE (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlReportParagraphRow *row = row_of (PL_REPORT_PAGE (widget), parameter);

  if (row != NULL)
    pl_report_paragraph_row_begin_edit (row);
}

static void
cancel_edit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlReportParagraphRow *row = row_of (PL_REPORT_PAGE (widget), parameter);

  if (row != NULL)
    pl_report_paragraph_row_end_edit (row);
}

/* The text is kept with the generated text it was written against, so
 * that a later change of the facts shows beside it. A text equal to the
 * generated one is no override. */
static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlReportPage *self = PL_REPORT_PAGE (widget);
  PlReportParagraphRow *row = row_of (self, parameter);
  PlReportParagraph *paragraph;
  g_autofree char *text = NULL;
  const char *generated;

  if (row == NULL)
    return;
  paragraph = pl_report_paragraph_row_get_paragraph (row);
  generated = pl_report_paragraph_get_generated (paragraph);
  text = g_strstrip (pl_report_paragraph_row_get_edited_text (row));
  pl_report_paragraph_row_end_edit (row);
  if (*text == '\0' || g_strcmp0 (text, generated) == 0)
    {
      if (pl_report_paragraph_get_override (paragraph) != NULL)
        pl_report_overrides_set (session_of (self), pl_report_paragraph_get_key (paragraph),
                                 pl_report_page_get_language (self), NULL, NULL);
    }
  else if (g_strcmp0 (text, pl_report_paragraph_get_text (paragraph)) != 0)
    pl_report_overrides_set (session_of (self), pl_report_paragraph_get_key (paragraph),
                             pl_report_page_get_language (self), text, generated);
  after_change (self);
}

/* Keep My Text: the Rapporteur has seen the new facts; the text stays,
 * now written against the generated text as it reads today. */
static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlReportPage *self = PL_REPORT_PAGE (widget);
  PlReportParagraphRow *row = row_of (self, parameter);
  PlReportParagraph *paragraph = row ? pl_report_paragraph_row_get_paragraph (row) : NULL;

  if (paragraph == NULL || pl_report_paragraph_get_override (paragraph) == NULL)
    return;
  pl_report_overrides_set (session_of (self), pl_report_paragraph_get_key (paragraph), pl_report_page_get_language (self),
                           pl_report_paragraph_get_text (paragraph), pl_report_paragraph_get_generated (paragraph));
  after_change (self);
}

static void
use_generated_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlReportPage *self = PL_REPORT_PAGE (widget);
  PlReportParagraphRow *row = row_of (self, parameter);
  PlReportParagraph *paragraph = row ? pl_report_paragraph_row_get_paragraph (row) : NULL;

  if (paragraph == NULL)
    return;
  pl_report_overrides_set (session_of (self), pl_report_paragraph_get_key (paragraph), pl_report_page_get_language (self),
                           NULL, NULL);
  toast (self, _("The paragraph follows the records again"));
  after_change (self);
}

/* GObject */

static void
pl_report_page_constructed (GObject *object)
{
  PlReportPage *self = PL_REPORT_PAGE (object);
  g_autoptr(GtkStringList) languages = pl_export_choices_language_model ();
  const char *original = pl_session_settings_get_original_language (pl_session_get_settings (session_of (self)));

  G_OBJECT_CLASS (pl_report_page_parent_class)->constructed (object);

  gtk_drop_down_set_model (self->language_drop, G_LIST_MODEL (languages));
  /* The draft is written in the session's language first. */
  gtk_drop_down_set_selected (self->language_drop, pl_export_choices_find_language (original));
}

static void
pl_report_page_dispose (GObject *object)
{
  PlReportPage *self = PL_REPORT_PAGE (object);

  if (self->rows != NULL)
    g_hash_table_remove_all (self->rows);

  G_OBJECT_CLASS (pl_report_page_parent_class)->dispose (object);
}

static void
pl_report_page_finalize (GObject *object)
{
  PlReportPage *self = PL_REPORT_PAGE (object);

  g_hash_table_unref (self->rows);
  g_free (self->layout);

  G_OBJECT_CLASS (pl_report_page_parent_class)->finalize (object);
}

static void
pl_report_page_class_init (PlReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_report_page_constructed;
  object_class->dispose = pl_report_page_dispose;
  object_class->finalize = pl_report_page_finalize;
  page_class->refresh = pl_report_page_refresh;

  g_type_ensure (PL_TYPE_REPORT_PARAGRAPH_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlReportPage, language_drop);
  gtk_widget_class_bind_template_child (widget_class, PlReportPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, PlReportPage, report_box);
  gtk_widget_class_bind_template_callback (widget_class, on_language_changed_cb);

  gtk_widget_class_install_action (widget_class, "report.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "report.cancel-edit", "s", cancel_edit_action);
  gtk_widget_class_install_action (widget_class, "report.save", "s", save_action);
  gtk_widget_class_install_action (widget_class, "report.keep", "s", keep_action);
  gtk_widget_class_install_action (widget_class, "report.use-generated", "s", use_generated_action);
  /* Closing the field without saving changes nothing (issue 18). */
  pl_page_class_set_safe_actions (page_class, "report.cancel-edit", NULL);
}

static void
pl_report_page_init (PlReportPage *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_report_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_REPORT_PAGE, session);
}

/**
 * pl_report_page_get_row:
 *
 * Returns: (transfer none) (nullable): the row of the paragraph @key
 */
PlReportParagraphRow *
pl_report_page_get_row (PlReportPage *self,
                        const char   *key)
{
  g_return_val_if_fail (PL_IS_REPORT_PAGE (self), NULL);

  return g_hash_table_lookup (self->rows, key);
}

/**
 * pl_report_page_get_n_stale:
 *
 * Returns: how many of the Rapporteur's paragraphs wait for a look
 *   because the facts beneath them changed
 */
guint
pl_report_page_get_n_stale (PlReportPage *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PAGE (self), 0);

  return self->n_stale;
}
