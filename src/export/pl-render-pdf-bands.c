/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pl-export.h"
#include "pl-export-l10n.h"
#include "pl-render-pdf-private.h"

/*
 * A document model as bands for the PDF renderer (pl-render-pdf.c): each
 * block becomes one or more cells side by side (a hanging label and its
 * text, the columns of a table row), each a PangoLayout measured line by
 * line, so that pagination can split a band between any two lines.
 */

void
pl_render_pdf_cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_free (cell->lines);
  g_free (cell->top);
  g_free (cell->bottom);
  g_free (cell->baseline);
  g_free (cell->line_x);
}

void
pl_render_pdf_band_free (gpointer data)
{
  Band *band = data;

  for (guint i = 0; i < band->n_cells; i++)
    pl_render_pdf_cell_clear (&band->cells[i]);
  g_free (band->cells);
  g_free (band);
}

void
pl_render_pdf_page_free (gpointer data)
{
  Page *page = data;

  for (guint i = 0; i < page->slices->len; i++)
    {
      Slice *slice = &g_array_index (page->slices, Slice, i);

      g_free (slice->first);
      g_free (slice->end);
    }
  g_array_unref (page->slices);
  g_array_unref (page->footnotes);
  g_free (page);
}

static void
append_markup_escaped (GString    *out,
                       const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static char *
runs_to_markup (PlDocModel *model,
                GPtrArray  *runs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    {
      PlDocRun *run = g_ptr_array_index (runs, i);

      if (run->flags & PL_DOC_RUN_LINE_BREAK)
        {
          g_string_append (out, "\xe2\x80\xa8"); /* LINE SEPARATOR: a break, same paragraph */
          continue;
        }
      if (run->flags & PL_DOC_RUN_FOOTNOTE)
        {
          g_string_append (out, "<sup>");
          append_markup_escaped (out, run->text);
          g_string_append (out, "</sup>");
          continue;
        }
      if (run->flags & PL_DOC_RUN_NOBREAK)
        g_string_append (out, "<span allow_breaks=\"false\">");
      if (run->flags & PL_DOC_RUN_BOLD)
        g_string_append (out, "<b>");
      if (run->flags & PL_DOC_RUN_ITALIC)
        g_string_append (out, "<i>");
      if (run->flags & PL_DOC_RUN_CODE)
        g_string_append (out, "<span font_family=\"" MONO_FAMILY "\" size=\"90%\">");
      append_markup_escaped (out, run->text);
      if (run->flags & PL_DOC_RUN_CODE)
        g_string_append (out, "</span>");
      if (run->flags & PL_DOC_RUN_ITALIC)
        g_string_append (out, "</i>");
      if (run->flags & PL_DOC_RUN_BOLD)
        g_string_append (out, "</b>");
      if (run->flags & PL_DOC_RUN_NOBREAK)
        g_string_append (out, "</span>");
    }

  return g_string_free (out, FALSE);
}

/* The same Pango markup for the window's view of a text as the page
 * prints (pl-render-markup.c). */
char *
pl_render_pdf_runs_to_markup (GPtrArray *runs)
{
  return runs_to_markup (NULL, runs);
}

static const Face BODY = { 10.0, FALSE, FALSE, FALSE, TRUE, PANGO_ALIGN_LEFT, 1.0 };

static void
cell_measure (Cell *cell)
{
  PangoLayoutIter *iter = pango_layout_get_iter (cell->layout);
  GSList *lines = pango_layout_get_lines_readonly (cell->layout);
  guint i = 0;

  cell->n_lines = pango_layout_get_line_count (cell->layout);
  cell->lines = g_new (PangoLayoutLine *, cell->n_lines);
  cell->top = g_new (double, cell->n_lines);
  cell->bottom = g_new (double, cell->n_lines);
  cell->baseline = g_new (double, cell->n_lines);
  cell->line_x = g_new (double, cell->n_lines);

  for (GSList *l = lines; l != NULL && i < cell->n_lines; l = l->next, i++)
    cell->lines[i] = l->data;

  i = 0;
  do
    {
      PangoRectangle logical;
      int y0, y1;

      if (i >= cell->n_lines)
        break;
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      cell->top[i] = (double) y0 / PANGO_SCALE;
      cell->bottom[i] = (double) y1 / PANGO_SCALE;
      cell->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cell->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* Whether @text is written left to right throughout: it has a letter of
 * a left-to-right script and none of a right-to-left one. */
static gboolean
is_latin_paragraph (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return FALSE;
        default:
          letters = TRUE;
          break;
        }
    }
  return letters;
}

void
pl_render_pdf_cell_init (PlRenderPagination *self,
                         Cell               *cell,
                         const char         *markup,
                         double              x,
                         double              width,
                         const Face         *face)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (face->mono ? MONO_FAMILY : FONT_FAMILY);
  PangoAlignment align = face->align;

  pango_font_description_set_size (font, (int) (face->size * PANGO_SCALE));
  if (face->bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (face->italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  width = MAX (width, 10.0);
  cell->layout = pango_layout_new (self->context);
  cell->x = x;
  if (self->rtl)
    {
      /* A right-to-left document is the mirror image of the left-to-right
       * one: each cell moves across the vertical axis of the page (the
       * item numbers go to the right of their text, "United Nations" to
       * the right of the masthead) and its alignment flips. */
      cell->x = self->width - x - width;
      if (align == PANGO_ALIGN_LEFT)
        align = PANGO_ALIGN_RIGHT;
      else if (align == PANGO_ALIGN_RIGHT)
        align = PANGO_ALIGN_LEFT;
    }
  pango_layout_set_font_description (cell->layout, font);
  pango_layout_set_width (cell->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (cell->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_justify (cell->layout, face->justify);
  pango_layout_set_spacing (cell->layout, (int) (face->spacing * PANGO_SCALE));
  pango_layout_set_markup (cell->layout, markup, -1);
  if (self->rtl && !is_latin_paragraph (pango_layout_get_text (cell->layout)))
    {
      /* The paragraph takes the document's direction, not the direction
       * of its first letter, so that a title that begins with a symbol
       * or a number is still laid out right to left. */
      pango_layout_set_auto_dir (cell->layout, FALSE);
    }
  else if (self->rtl)
    {
      /* A paragraph of the session's own text in a Latin script (English
       * in an Arabic document) keeps its own direction, or its closing
       * full stop would be set at its start. Pango swaps left and right
       * for a paragraph whose direction is not the context's, so the
       * unflipped alignment still puts it against the right margin. */
      pango_layout_set_auto_dir (cell->layout, TRUE);
      align = face->align;
    }
  pango_layout_set_alignment (cell->layout, align);
  cell_measure (cell);
}

static Band *
band_new (guint n_cells)
{
  Band *band = g_new0 (Band, 1);

  band->n_cells = n_cells;
  band->cells = g_new0 (Cell, n_cells);
  band->footnote = -1;
  return band;
}

double
pl_render_pdf_cell_height_from (const Cell *cell,
                                guint       first)
{
  if (first >= cell->n_lines)
    return 0;
  return cell->bottom[cell->n_lines - 1] - cell->top[first];
}

/* Height of what remains of @band from the lines @first on. */
double
pl_render_pdf_band_rest_height (const Band  *band,
                                const guint *first)
{
  double height = 0;

  for (guint i = 0; i < band->n_cells; i++)
    height = MAX (height, pl_render_pdf_cell_height_from (&band->cells[i], first ? first[i] : 0));
  return height + band->pad_top + band->pad_bottom;
}

/* The least of @band that may stand at the foot of a page: its first line,
 * or two when it has more than two (no orphan lines). */
double
pl_render_pdf_band_min_height (const Band *band)
{
  double height = 0;

  for (guint i = 0; i < band->n_cells; i++)
    {
      const Cell *cell = &band->cells[i];
      guint k = cell->n_lines > 2 ? 1 : cell->n_lines - 1;

      if (cell->n_lines > 0)
        height = MAX (height, cell->bottom[k] - cell->top[0]);
    }
  return height + band->pad_top + band->pad_bottom;
}

/* A paragraph with a hanging label: label at @label_x, text at @text_x. */
static Band *
labelled_band (PlRenderPagination *self,
               PlDocModel         *model,
               const char         *label,
               GPtrArray          *runs,
               double              label_x,
               double              text_x,
               const Face         *face)
{
  g_autofree char *markup = runs_to_markup (model, runs);
  double right = self->text_left + self->text_width;
  Band *band = band_new (label != NULL ? 2 : 1);
  Cell *text_cell = &band->cells[band->n_cells - 1];

  /* The label is drawn first, so that text extraction (pdftotext, screen
   * readers of PDF) reads "1. Organizational matters" in that order. */
  if (label != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (label, -1);
      Face label_face = *face;

      label_face.justify = FALSE;
      pl_render_pdf_cell_init (self, &band->cells[0], escaped, label_x, MAX (text_x - label_x - 2, 12), &label_face);
    }
  pl_render_pdf_cell_init (self, text_cell, markup, text_x, right - text_x, face);
  return band;
}

static Band *
text_band (PlRenderPagination *self,
           const char         *markup,
           double              x,
           double              width,
           const Face         *face)
{
  Band *band = band_new (1);

  pl_render_pdf_cell_init (self, &band->cells[0], markup, x, width, face);
  return band;
}

static void
add_masthead_bands (PlRenderPagination *self,
                    PlDocModel         *model,
                    PlDocMasthead      *m)
{
  double left = self->text_left, width = self->text_width;
  Face org = { 12.0, FALSE, FALSE, FALSE, FALSE, PANGO_ALIGN_LEFT, 0 };
  Face symbol = { 16.0, TRUE, FALSE, FALSE, FALSE, PANGO_ALIGN_RIGHT, 0 };
  Face body = { 14.0, TRUE, FALSE, FALSE, FALSE, PANGO_ALIGN_LEFT, 1.0 };
  Face lines = { 10.0, FALSE, FALSE, FALSE, FALSE, PANGO_ALIGN_LEFT, 1.0 };
  g_autoptr(GString) symbol_markup = g_string_new (NULL);
  g_autoptr(GString) lines_markup = g_string_new (NULL);
  g_autofree char *org_markup = g_markup_escape_text (m->organization, -1);
  g_autofree char *body_markup = g_markup_escape_text (m->body, -1);
  Band *band;

  append_markup_escaped (symbol_markup, m->symbol);
  if (m->symbol_note >= 0)
    {
      g_string_append (symbol_markup, "<span size=\"70%\" rise=\"6000\">");
      append_markup_escaped (symbol_markup, pl_doc_model_get_footnote (model, m->symbol_note)->mark);
      g_string_append (symbol_markup, "</span>");
    }
  for (guint i = 0; i < m->lines->len; i++)
    {
      if (i > 0)
        g_string_append_c (lines_markup, '\n');
      append_markup_escaped (lines_markup, g_ptr_array_index (m->lines, i));
    }

  /* "United Nations" and the symbol on one line, over a thin rule; the
   * body and the distribution between it and a thick one. */
  band = band_new (2);
  pl_render_pdf_cell_init (self, &band->cells[0], org_markup, left, width * 0.45, &org);
  pl_render_pdf_cell_init (self, &band->cells[1], symbol_markup->str, left + width * 0.35, width * 0.65, &symbol);
  band->pad_bottom = 3;
  band->rule_below = 0.75;
  band->footnote = m->symbol_note;
  g_ptr_array_add (self->bands, band);

  band = band_new (2);
  pl_render_pdf_cell_init (self, &band->cells[0], body_markup, left, width * 0.62, &body);
  pl_render_pdf_cell_init (self, &band->cells[1], lines_markup->str, left + width * 0.68, width * 0.32, &lines);
  band->pad_top = 8;
  band->pad_bottom = 8;
  band->rule_below = 2.5;
  band->space_after = 14;
  g_ptr_array_add (self->bands, band);
}

static void
add_table_bands (PlRenderPagination *self,
                 PlDocModel         *model,
                 const PlDocTable   *table,
                 gboolean            page_break)
{
  Face head = BODY, cell_face = BODY;
  double *x = g_new (double, table->n_columns + 1);
  double total = 0;
  Band *header;

  head.italic = TRUE;
  head.justify = cell_face.justify = FALSE;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->widths[c];
  x[0] = self->text_left;
  for (guint c = 0; c < table->n_columns; c++)
    x[c + 1] = x[c] + self->text_width * table->widths[c] / (total > 0 ? total : 1);

  header = band_new (table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *markup = c < table->header->len
                                ? runs_to_markup (model, g_ptr_array_index (table->header, c)) : g_strdup ("");

      pl_render_pdf_cell_init (self, &header->cells[c], markup, x[c] + CELL_PAD, x[c + 1] - x[c] - 2 * CELL_PAD, &head);
    }
  header->space_before = 8;
  header->pad_top = header->pad_bottom = 4;
  header->rule_above = header->rule_below = 0.5;
  header->keep_with_next = TRUE;
  header->page_break_before = page_break;
  g_ptr_array_add (self->bands, header);

  for (guint r = 0; r < table->rows->len; r++)
    {
      PlDocRow *row = g_ptr_array_index (table->rows, r);
      guint n_cells = row->span ? 1 : table->n_columns;
      Band *band = band_new (n_cells);

      for (guint c = 0; c < n_cells; c++)
        {
          g_autofree char *markup = c < row->cells->len
                                    ? runs_to_markup (model, g_ptr_array_index (row->cells, c)) : g_strdup ("");
          double right = row->span ? x[table->n_columns] : x[c + 1];

          pl_render_pdf_cell_init (self, &band->cells[c], markup, x[c] + CELL_PAD, right - x[c] - 2 * CELL_PAD, &cell_face);
        }
      band->pad_top = row->span ? 6 : 1;
      band->pad_bottom = 2;
      band->keep_with_next = row->span;
      band->keep_together = table->keep_rows;
      band->repeat_header = header;
      band->rule_below = r + 1 == table->rows->len ? 0.5 : 0;
      g_ptr_array_add (self->bands, band);
    }

  g_free (x);
}

void
pl_render_pdf_build_bands (PlRenderPagination *self,
                           PlDocModel         *model)
{
  double left = self->text_left, width = self->text_width;
  gboolean page_break = FALSE;
  guint n = pl_doc_model_get_n_blocks (model);

  for (guint i = 0; i < n; i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);
      g_autofree char *markup = NULL;
      Band *band = NULL;
      Face face = BODY;
      double x;

      switch (block->kind)
        {
        case PL_DOC_BLOCK_MASTHEAD:
          add_masthead_bands (self, model, block->masthead);
          self->has_masthead = TRUE;
          break;

        case PL_DOC_BLOCK_HEADING:
          face.bold = TRUE;
          face.justify = FALSE;
          if (block->level == 1)
            {
              face.size = 12.0;
              /* A lettered part ("A. Resolutions") hangs its letter as
               * the other levels do. */
              if (block->label != NULL)
                band = labelled_band (self, model, block->label, block->runs, left, left + INDENT, &face);
              else
                {
                  markup = runs_to_markup (model, block->runs);
                  band = text_band (self, markup, left, width, &face);
                }
              band->space_before = 14;
              band->space_after = 10;
            }
          else if (block->level == 4)
            {
              band = labelled_band (self, model, block->label, block->runs, left + INDENT,
                                    left + INDENT * (block->label ? 2 : 1), &face);
              band->space_before = 6;
              band->space_after = 6;
            }
          else
            {
              band = labelled_band (self, model, block->label, block->runs, left, left + INDENT, &face);
              band->space_before = 10;
              band->space_after = 8;
            }
          band->keep_with_next = TRUE;
          break;

        case PL_DOC_BLOCK_PARAGRAPH:
          x = left + INDENT * block->indent;
          switch (block->style)
            {
            case PL_DOC_STYLE_SESSION:
              face.justify = FALSE;
              markup = runs_to_markup (model, block->runs);
              band = text_band (self, markup, left, width, &face);
              band->space_after = 1;
              break;
            case PL_DOC_STYLE_TITLE:
              face.size = 17.0;
              face.bold = TRUE;
              face.justify = FALSE;
              markup = runs_to_markup (model, block->runs);
              band = text_band (self, markup, left, width, &face);
              band->space_before = 18;
              band->space_after = 8;
              band->keep_with_next = TRUE;
              break;
            case PL_DOC_STYLE_LIST:
              face.justify = FALSE;
              band = labelled_band (self, model, block->label, block->runs,
                                    left + INDENT * (block->indent + 1), left + INDENT * (block->indent + 2), &face);
              band->space_after = 3;
              break;
            case PL_DOC_STYLE_CODE:
              face.mono = TRUE;
              face.size = 9.0;
              face.justify = FALSE;
              markup = runs_to_markup (model, block->runs);
              band = text_band (self, markup, x, left + width - x, &face);
              band->space_after = 6;
              break;
            case PL_DOC_STYLE_REFERENCE:
              face.justify = FALSE;
              markup = runs_to_markup (model, block->runs);
              band = text_band (self, markup, x, left + width - x, &face);
              band->space_after = 6;
              break;
            case PL_DOC_STYLE_BODY:
            default:
              if (block->label != NULL)
                band = labelled_band (self, model, block->label, block->runs, x, x + INDENT, &face);
              else
                {
                  markup = runs_to_markup (model, block->runs);
                  band = text_band (self, markup, x, left + width - x, &face);
                }
              band->space_after = 6;
              break;
            }
          break;

        case PL_DOC_BLOCK_TABLE:
          add_table_bands (self, model, block->table, page_break);
          page_break = FALSE;
          break;

        case PL_DOC_BLOCK_PAGE_BREAK:
          page_break = TRUE;
          break;
        }

      if (band != NULL)
        {
          band->page_break_before = page_break;
          page_break = FALSE;
          g_ptr_array_add (self->bands, band);
        }
    }

  for (guint i = 0; i < pl_doc_model_get_n_footnotes (model); i++)
    {
      const PlDocFootnote *footnote = pl_doc_model_get_footnote (model, i);
      Face face = { 9.0, FALSE, FALSE, FALSE, TRUE, PANGO_ALIGN_LEFT, 0.5 };
      Band *band = labelled_band (self, model, footnote->mark, footnote->runs,
                                  left + INDENT - 10, left + INDENT, &face);

      band->space_before = 2;
      g_ptr_array_add (self->footnote_bands, band);
    }
}
