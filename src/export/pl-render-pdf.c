/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pl-export.h"
#include "pl-export-l10n.h"
#include "pl-render-pdf-private.h"

/*
 * Paginated A4 through cairo and pango, laid out as UN documents are: the
 * masthead on the first page (symbol, "Distr.: General", date, "Original:
 * English" between two rules), the symbol as a running header on the
 * others, the page number at the foot, footnotes at the foot of the page
 * that calls them.
 *
 * Each block becomes a "band" (pl-render-pdf-bands.c): one or more cells side by side (a hanging
 * label and its text, the columns of a table row), each a PangoLayout.
 * Pagination splits a band between lines, so a 20,000-character paragraph
 * or a tall table row runs on to the next page instead of being clipped.
 * Everything is measured in points with hinting off, so the pages are
 * the same on a PDF surface and on a printer's cairo_t.
 */

/* Pagination */

typedef struct
{
  PlRenderPagination *self;
  Page               *page;
  double              y;
  double              footnote_height;
} Cursor;

static double
body_bottom (Cursor *cursor)
{
  return cursor->self->height - MARGIN_BOTTOM - cursor->footnote_height;
}

static void
new_page (Cursor *cursor)
{
  Page *page = g_new0 (Page, 1);

  page->slices = g_array_new (FALSE, TRUE, sizeof (Slice));
  page->footnotes = g_array_new (FALSE, FALSE, sizeof (int));
  g_ptr_array_add (cursor->self->pages, page);
  cursor->page = page;
  cursor->y = MARGIN_TOP;
  cursor->footnote_height = 0;
}

static gboolean
page_is_empty (Cursor *cursor)
{
  return cursor->page->slices->len == 0;
}

static void
reserve_footnote (Cursor *cursor,
                  int     footnote)
{
  Band *band;

  if (footnote < 0 || (guint) footnote >= cursor->self->footnote_bands->len)
    return;
  for (guint i = 0; i < cursor->page->footnotes->len; i++)
    if (g_array_index (cursor->page->footnotes, int, i) == footnote)
      return;

  band = g_ptr_array_index (cursor->self->footnote_bands, footnote);
  g_array_append_val (cursor->page->footnotes, footnote);
  /* The separator rule and its gap come with the first footnote. */
  cursor->footnote_height += pl_render_pdf_band_rest_height (band, NULL) + band->space_before
                             + (cursor->page->footnotes->len == 1 ? 14 : 0);
}

static void
place_slice (Cursor      *cursor,
             Band        *band,
             const guint *first,
             const guint *end,
             double       height,
             gboolean     is_first,
             gboolean     is_last)
{
  Slice slice = { 0 };

  slice.band = band;
  slice.first = g_memdup2 (first, sizeof (guint) * band->n_cells);
  slice.end = g_memdup2 (end, sizeof (guint) * band->n_cells);
  slice.y = cursor->y;
  slice.rule_above = is_first && band->rule_above > 0;
  slice.rule_below = is_last && band->rule_below > 0;
  g_array_append_val (cursor->page->slices, slice);
  cursor->y += height;
}

static void place_band (Cursor *cursor, Band *band, Band *next);

static void
start_page (Cursor *cursor,
            Band   *band)
{
  new_page (cursor);
  if (band->repeat_header != NULL)
    place_band (cursor, band->repeat_header, NULL);
}

static void
place_band (Cursor *cursor,
            Band   *band,
            Band   *next)
{
  g_autofree guint *first = g_new0 (guint, band->n_cells);
  g_autofree guint *end = g_new0 (guint, band->n_cells);
  gboolean is_first = TRUE;
  double need;

  if (band->page_break_before && !page_is_empty (cursor))
    start_page (cursor, band);
  if (!page_is_empty (cursor))
    cursor->y += band->space_before;

  /* A heading stays with the start of what it heads. */
  need = band->keep_with_next && next != NULL
         ? pl_render_pdf_band_rest_height (band, NULL) + next->space_before + band->space_after + pl_render_pdf_band_min_height (next)
         : pl_render_pdf_band_min_height (band);
  if (band->keep_together)
    need = MAX (need, pl_render_pdf_band_rest_height (band, NULL));
  if (cursor->y + need > body_bottom (cursor) && !page_is_empty (cursor))
    start_page (cursor, band);

  reserve_footnote (cursor, band->footnote);

  for (;;)
    {
      double avail = body_bottom (cursor) - cursor->y - band->pad_top - band->pad_bottom;
      double rest = pl_render_pdf_band_rest_height (band, first);
      gboolean any = FALSE, all = TRUE;
      double height = 0;

      if (rest <= body_bottom (cursor) - cursor->y)
        {
          for (guint i = 0; i < band->n_cells; i++)
            end[i] = band->cells[i].n_lines;
          place_slice (cursor, band, first, end, rest, is_first, TRUE);
          break;
        }

      /* Split: each cell gives the lines that fit. */
      for (guint i = 0; i < band->n_cells; i++)
        {
          Cell *cell = &band->cells[i];
          guint k = first[i];

          while (k < cell->n_lines && cell->bottom[k] - cell->top[first[i]] <= avail)
            k++;
          /* Leave no single line of a longer paragraph behind. */
          if (k == first[i] + 1 && cell->n_lines - first[i] > 2 && !page_is_empty (cursor))
            k = first[i];
          end[i] = k;
          if (k > first[i])
            {
              any = TRUE;
              height = MAX (height, cell->bottom[k - 1] - cell->top[first[i]]);
            }
          if (k < cell->n_lines)
            all = FALSE;
        }

      if (!any && page_is_empty (cursor))
        {
          /* A line taller than a page: draw it anyway, never lose it. */
          for (guint i = 0; i < band->n_cells; i++)
            if (first[i] < band->cells[i].n_lines)
              {
                end[i] = first[i] + 1;
                height = MAX (height, band->cells[i].bottom[first[i]] - band->cells[i].top[first[i]]);
              }
          any = TRUE;
        }

      if (any)
        {
          place_slice (cursor, band, first, end, height + band->pad_top + band->pad_bottom, is_first, all);
          is_first = FALSE;
          memcpy (first, end, sizeof (guint) * band->n_cells);
        }
      if (all)
        break;
      start_page (cursor, band);
    }

  cursor->y += band->space_after;
}

static void
paginate (PlRenderPagination *self)
{
  Cursor cursor = { self, NULL, 0, 0 };

  new_page (&cursor);
  for (guint i = 0; i < self->bands->len; i++)
    place_band (&cursor, g_ptr_array_index (self->bands, i),
                i + 1 < self->bands->len ? g_ptr_array_index (self->bands, i + 1) : NULL);
}

/**
 * pl_render_paginate:
 * @model: the document
 * @width: page width in points
 * @height: page height in points
 *
 * Lays out @model on pages of @width × @height points.
 *
 * Returns: (transfer full): the pages, for pl_render_draw_page()
 */
PlRenderPagination *
pl_render_paginate (PlDocModel *model,
                    double      width,
                    double      height)
{
  PlRenderPagination *self;
  PangoFontMap *font_map;
  cairo_font_options_t *options;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);
  g_return_val_if_fail (width > 4 * MARGIN_SIDE && height > MARGIN_TOP + MARGIN_BOTTOM + 72, NULL);

  self = g_new0 (PlRenderPagination, 1);
  self->width = width;
  self->height = height;
  self->text_left = MARGIN_SIDE;
  self->text_width = width - 2 * MARGIN_SIDE;
  self->bands = g_ptr_array_new_with_free_func (pl_render_pdf_band_free);
  self->footnote_bands = g_ptr_array_new_with_free_func (pl_render_pdf_band_free);
  self->pages = g_ptr_array_new_with_free_func (pl_render_pdf_page_free);
  self->running_header = g_strdup (pl_doc_model_get_running_header (model));

  /* Points as units, no hinting: the same line breaks on every surface. */
  font_map = pango_cairo_font_map_get_default ();
  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  {
    const char *language = pl_doc_model_get_language (model);

    pango_context_set_language (self->context, pango_language_from_string (language));
    self->rtl = pl_export_language_is_rtl (language);
    pango_context_set_base_dir (self->context, self->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  }

  pl_render_pdf_build_bands (self, model);
  paginate (self);

  return self;
}

guint
pl_render_pagination_get_n_pages (PlRenderPagination *pagination)
{
  g_return_val_if_fail (pagination != NULL, 0);

  return pagination->pages->len;
}

void
pl_render_pagination_free (PlRenderPagination *pagination)
{
  if (pagination == NULL)
    return;

  g_ptr_array_unref (pagination->pages);
  g_ptr_array_unref (pagination->bands);
  g_ptr_array_unref (pagination->footnote_bands);
  g_clear_object (&pagination->context);
  g_free (pagination->running_header);
  g_free (pagination);
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_lines (cairo_t    *cr,
            const Cell *cell,
            guint       first,
            guint       end,
            double      y)
{
  for (guint k = first; k < end && k < cell->n_lines; k++)
    {
      cairo_move_to (cr, cell->x + cell->line_x[k], y + cell->baseline[k] - cell->top[first]);
      pango_cairo_show_layout_line (cr, cell->lines[k]);
    }
}

static void
draw_slice (PlRenderPagination *self,
            cairo_t            *cr,
            const Slice        *slice)
{
  const Band *band = slice->band;
  double left = self->text_left, right = self->text_left + self->text_width;
  double height = 0;

  for (guint i = 0; i < band->n_cells; i++)
    {
      const Cell *cell = &band->cells[i];

      draw_lines (cr, cell, slice->first[i], slice->end[i], slice->y + band->pad_top);
      if (slice->end[i] > slice->first[i])
        height = MAX (height, cell->bottom[slice->end[i] - 1] - cell->top[slice->first[i]]);
    }

  if (slice->rule_above)
    draw_rule (cr, left, right, slice->y, band->rule_above);
  if (slice->rule_below)
    draw_rule (cr, left, right, slice->y + height + band->pad_top + band->pad_bottom, band->rule_below);
}

static Cell
header_cell (PlRenderPagination *self,
             const char         *text,
             double              size,
             gboolean            bold,
             PangoAlignment      align)
{
  Face face = { size, bold, FALSE, FALSE, FALSE, align, 0 };
  g_autofree char *markup = g_markup_escape_text (text, -1);
  Cell cell = { 0 };

  pl_render_pdf_cell_init (self, &cell, markup, self->text_left, self->text_width, &face);
  return cell;
}

/**
 * pl_render_draw_page:
 * @cr: a cairo context whose unit is the point, origin at the page's top
 *   left corner
 * @page_no: from 0
 *
 * Draws one page of @pagination on @cr.
 */
void
pl_render_draw_page (PlRenderPagination *self,
                     cairo_t            *cr,
                     guint               page_no)
{
  Page *page;
  guint n_pages;
  /* UN documents put the symbol and the page number on the outer side:
   * left on even (verso) pages, right on odd ones. */
  PangoAlignment outer;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_no < self->pages->len);

  page = g_ptr_array_index (self->pages, page_no);
  n_pages = self->pages->len;
  outer = (page_no + 1) % 2 == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (self->running_header != NULL && *self->running_header != '\0'
      && (page_no > 0 || !self->has_masthead))
    {
      Cell cell = header_cell (self, self->running_header, 9.0, TRUE, outer);

      draw_lines (cr, &cell, 0, cell.n_lines, HEADER_Y);
      draw_rule (cr, self->text_left, self->text_left + self->text_width,
                 HEADER_Y + pl_render_pdf_cell_height_from (&cell, 0) + 3, 0.5);
      pl_render_pdf_cell_clear (&cell);
    }

  for (guint i = 0; i < page->slices->len; i++)
    draw_slice (self, cr, &g_array_index (page->slices, Slice, i));

  if (page->footnotes->len > 0)
    {
      double height = 0, y;

      for (guint i = 0; i < page->footnotes->len; i++)
        {
          Band *band = g_ptr_array_index (self->footnote_bands, g_array_index (page->footnotes, int, i));

          height += pl_render_pdf_band_rest_height (band, NULL) + band->space_before;
        }
      y = self->height - MARGIN_BOTTOM - height;
      /* The short rule over the footnotes stands where lines begin. */
      if (self->rtl)
        draw_rule (cr, self->text_left + self->text_width - 100, self->text_left + self->text_width, y - 6, 0.5);
      else
        draw_rule (cr, self->text_left, self->text_left + 100, y - 6, 0.5);
      for (guint i = 0; i < page->footnotes->len; i++)
        {
          Band *band = g_ptr_array_index (self->footnote_bands, g_array_index (page->footnotes, int, i));

          y += band->space_before;
          for (guint c = 0; c < band->n_cells; c++)
            draw_lines (cr, &band->cells[c], 0, band->cells[c].n_lines, y);
          y += pl_render_pdf_band_rest_height (band, NULL);
        }
    }

  {
    g_autofree char *number = g_strdup_printf ("%u/%u", page_no + 1, n_pages);
    Cell cell = header_cell (self, number, 9.0, FALSE, outer);

    draw_lines (cr, &cell, 0, cell.n_lines, self->height - MARGIN_BOTTOM + FOOTER_GAP - 9);
    pl_render_pdf_cell_clear (&cell);
  }

  cairo_restore (cr);
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * pl_render_pdf:
 *
 * Returns: (transfer full): the PDF file, A4, or NULL with @error set if
 *   cairo fails
 */
GBytes *
pl_render_pdf (PlDocModel  *model,
               GError     **error)
{
  g_autoptr(PlRenderPagination) pagination = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  pagination = pl_render_paginate (model, PL_RENDER_A4_WIDTH, PL_RENDER_A4_HEIGHT);
  surface = cairo_pdf_surface_create_for_stream (write_to_array, data, PL_RENDER_A4_WIDTH, PL_RENDER_A4_HEIGHT);
  if (pl_doc_model_get_title (model) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, pl_doc_model_get_title (model));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Plenary " PACKAGE_VERSION);

  cr = cairo_create (surface);
  for (guint i = 0; i < pl_render_pagination_get_n_pages (pagination); i++)
    {
      pl_render_draw_page (pagination, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PL_EXPORT_ERROR, PL_EXPORT_ERROR_RENDER,
                   _("Could not draw the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
