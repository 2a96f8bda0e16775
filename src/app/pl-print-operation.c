/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-export-choices.h"
#include "pl-print-operation.h"
#include "pl-render.h"

/**
 * PlPrintOperation:
 *
 * Print… (issue 4, item 3): a report of the session printed with the
 * very pagination of its PDF (pl_render_paginate() and
 * pl_render_draw_page()), on the paper the print dialog chose. The
 * dialog's "Document" tab picks the report and its language.
 *
 * The document model is built in begin-print, on the main thread (the
 * session is not thread-safe), from the session as it is at that moment.
 */

struct _PlPrintOperation
{
  GtkPrintOperation   parent_instance;

  PlSession          *session;
  PlExportWhat        what;
  char               *language;
  PlRenderPagination *pagination;

  /* the "Document" tab, while the dialog is up */
  GtkDropDown        *what_drop_down;
  GtkDropDown        *language_drop_down;
};

G_DEFINE_FINAL_TYPE (PlPrintOperation, pl_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_WHAT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  g_autoptr(PlDocModel) model = pl_export_build (self->session, self->what, self->language);

  /* The renderer lays out the whole sheet, margins included, in points,
   * as it does for the PDF: the print context's cairo_t is set to points
   * with its origin at the sheet's corner (unit and use-full-page, set
   * in init). */
  g_clear_pointer (&self->pagination, pl_render_pagination_free);
  self->pagination = pl_render_paginate (model,
                                         gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                         gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  gtk_print_operation_set_n_pages (operation, MAX (1, pl_render_pagination_get_n_pages (self->pagination)));
}

static void
pl_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);

  if (self->pagination == NULL || (guint) page_nr >= pl_render_pagination_get_n_pages (self->pagination))
    return;

  pl_render_draw_page (self->pagination, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
pl_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);

  g_clear_pointer (&self->pagination, pl_render_pagination_free);
}

static GtkWidget *
labelled_drop_down (GtkGrid        *grid,
                    int             row,
                    const char     *label_text,
                    GtkStringList  *model,
                    guint           selected,
                    GtkDropDown   **out)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (model), NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  /* GTK 4.8 shows the drop-down's button, nameless, to AT-SPI. */
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  pl_compat_label_inner_lists (drop_down, gtk_label_get_text (GTK_LABEL (label)));
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, drop_down, 1, row, 1, 1);
  *out = GTK_DROP_DOWN (drop_down);

  return drop_down;
}

static GtkWidget *
on_create_custom_widget_cb (GtkPrintOperation *operation)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-top", 18, "margin-bottom", 18, "margin-start", 18, "margin-end", 18, NULL);

  labelled_drop_down (GTK_GRID (grid), 0, _("_Document"),
                      pl_export_choices_what_model (FALSE),
                      pl_export_choices_find_what (self->what), &self->what_drop_down);
  labelled_drop_down (GTK_GRID (grid), 1, _("_Language"),
                      pl_export_choices_language_model (),
                      pl_export_choices_find_language (self->language), &self->language_drop_down);

  return grid;
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);

  if (self->what_drop_down != NULL)
    pl_print_operation_set_what (self, pl_export_choices_get_what (gtk_drop_down_get_selected (self->what_drop_down))->what);
  if (self->language_drop_down != NULL)
    pl_print_operation_set_language (self, pl_export_choices_get_language (gtk_drop_down_get_selected (self->language_drop_down))->code);
  self->what_drop_down = NULL;
  self->language_drop_down = NULL;
}

static void
on_done_cb (GtkPrintOperation *operation)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (operation);

  /* The dialog and its tab are gone. */
  self->what_drop_down = NULL;
  self->language_drop_down = NULL;
}

static void
pl_print_operation_finalize (GObject *object)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (object);

  g_clear_pointer (&self->pagination, pl_render_pagination_free);
  g_clear_object (&self->session);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (pl_print_operation_parent_class)->finalize (object);
}

static void
pl_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_WHAT:
      g_value_set_int (value, self->what);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_WHAT:
      pl_print_operation_set_what (self, g_value_get_int (value));
      break;
    case PROP_LANGUAGE:
      pl_print_operation_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_print_operation_constructed (GObject *object)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (object);
  PlSessionSettings *settings;
  const char *symbol;

  G_OBJECT_CLASS (pl_print_operation_parent_class)->constructed (object);

  g_assert (PL_IS_SESSION (self->session));

  /* The job's name in the print queue: the session's symbol, as on the
   * documents' running header. */
  settings = pl_session_get_settings (self->session);
  symbol = pl_session_settings_get_symbol (settings);
  if (symbol != NULL && *symbol != '\0')
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), symbol);
}

static void
pl_print_operation_class_init (PlPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = pl_print_operation_finalize;
  object_class->get_property = pl_print_operation_get_property;
  object_class->set_property = pl_print_operation_set_property;
  object_class->constructed = pl_print_operation_constructed;
  operation_class->begin_print = pl_print_operation_begin_print;
  operation_class->draw_page = pl_print_operation_draw_page;
  operation_class->end_print = pl_print_operation_end_print;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A PlExportWhat (the export layer registers no GType for it). */
  properties[PROP_WHAT] =
    g_param_spec_int ("what", NULL, NULL,
                      PL_EXPORT_WHAT_AGENDA, PL_EXPORT_WHAT_LAST, PL_EXPORT_WHAT_AGENDA,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_print_operation_init (PlPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  self->what = PL_EXPORT_WHAT_AGENDA;
  self->language = g_strdup ("en");

  /* UN documents are A4 (issue 4, item 1); the dialog may choose other
   * paper, which begin-print then lays out. */
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Document"));

  g_signal_connect (self, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), NULL);
  g_signal_connect (self, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), NULL);
  g_signal_connect (self, "done", G_CALLBACK (on_done_cb), NULL);
}

/**
 * pl_print_operation_new:
 * @language: (nullable): the document's language; English when %NULL
 */
PlPrintOperation *
pl_print_operation_new (PlSession    *session,
                        PlExportWhat  what,
                        const char   *language)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (what != PL_EXPORT_WHAT_SCHEDULE, NULL);

  return g_object_new (PL_TYPE_PRINT_OPERATION,
                       "session", session,
                       "what", what,
                       "language", language ? language : "en",
                       NULL);
}

PlSession *
pl_print_operation_get_session (PlPrintOperation *self)
{
  g_return_val_if_fail (PL_IS_PRINT_OPERATION (self), NULL);

  return self->session;
}

PlExportWhat
pl_print_operation_get_what (PlPrintOperation *self)
{
  g_return_val_if_fail (PL_IS_PRINT_OPERATION (self), PL_EXPORT_WHAT_AGENDA);

  return self->what;
}

const char *
pl_print_operation_get_language (PlPrintOperation *self)
{
  g_return_val_if_fail (PL_IS_PRINT_OPERATION (self), NULL);

  return self->language;
}

/* The schedule is a calendar, not a page: its printed form is the
 * agenda's annex. */
void
pl_print_operation_set_what (PlPrintOperation *self,
                             PlExportWhat      what)
{
  g_return_if_fail (PL_IS_PRINT_OPERATION (self));
  g_return_if_fail (what != PL_EXPORT_WHAT_SCHEDULE);

  if (self->what == what)
    return;

  self->what = what;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT]);
}

void
pl_print_operation_set_language (PlPrintOperation *self,
                                 const char       *language)
{
  g_return_if_fail (PL_IS_PRINT_OPERATION (self));

  if (language == NULL)
    language = "en";

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}
