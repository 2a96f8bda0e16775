/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-render-pdf-private.h"

/*
 * A document model as Pango markup, for a window that shows a text as the
 * documents print it (the agenda page's annotation "As Printed", issue 22
 * point 3): the runs are the PDF's (pl_render_pdf_runs_to_markup), the
 * paragraphs are separated by a blank line, a list entry starts with its
 * label. Tables and mastheads are not shown: an annotation has none.
 */

/**
 * pl_render_markup:
 *
 * Returns: (transfer full): @model's paragraphs and headings as Pango
 *   markup
 */
char *
pl_render_markup (PlDocModel *model)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  n = pl_doc_model_get_n_blocks (model);
  for (guint i = 0; i < n; i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);
      g_autofree char *markup = NULL;

      if (block->kind != PL_DOC_BLOCK_PARAGRAPH && block->kind != PL_DOC_BLOCK_HEADING)
        continue;

      if (out->len > 0)
        g_string_append (out, "\n\n");
      /* Four spaces per level: the label hangs as it does on the page. */
      for (guint k = 0; k < block->indent; k++)
        g_string_append (out, "    ");
      if (block->label != NULL)
        {
          g_autofree char *label = g_markup_escape_text (block->label, -1);

          g_string_append_printf (out, "%s ", label);
        }
      markup = pl_render_pdf_runs_to_markup (block->runs);
      if (block->kind == PL_DOC_BLOCK_HEADING)
        g_string_append_printf (out, "<b>%s</b>", markup);
      else
        g_string_append (out, markup);
    }

  return g_string_free (out, FALSE);
}

/**
 * pl_render_annotation_markup:
 * @agenda: (nullable): the session's agenda, for links to items
 * @annotation: (nullable): an annotation (CommonMark)
 *
 * The annotation as every document prints it: the same reading of
 * CommonMark (pl_doc_model_add_markdown()), a link to an item as the
 * item's current number.
 *
 * Returns: (transfer full): Pango markup, "" for no annotation
 */
char *
pl_render_annotation_markup (PlAgenda   *agenda,
                             const char *annotation)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();

  pl_doc_model_set_agenda (model, agenda);
  pl_doc_model_add_markdown (model, annotation, 0);
  return pl_render_markup (model);
}
