/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pl-export.h"
#include "pl-export-l10n.h"
#include "pl-render.h"

/*
 * Paginated A4 through cairo and pango, laid out as UN documents are: the
 * masthead on the first page (symbol, "Distr.: General", date, "Original:
 * English" between two rules), the symbol as a running header on the
 * others, the page number at the foot, footnotes at the foot of the page
 * that calls them.
 *
 * Each block becomes a "band": one or more cells side by side (a hanging
 * label and its text, the columns of a table row), each a PangoLayout.
 * Pagination splits a band between lines, so a 20,000-character paragraph
 * or a tall table row runs on to the next page instead of being clipped.
 * Everything is measured in points with hinting off, so the pages are
 * the same on a PDF surface and on a printer's cairo_t.
 */

/* Liberation Serif has the metrics of Times New Roman, the face of UN
 * documents; DejaVu Serif is there on any Debian or Flatpak system. Pango
 * takes each character from the first family that has it, so Arabic and
 * Chinese get serif faces too (fonts-noto-core, fonts-noto-cjk), and
 * fontconfig's fallback covers the rest. */
#define FONT_FAMILY "Liberation Serif,DejaVu Serif,Noto Naskh Arabic,Noto Serif CJK SC,serif"
#define MONO_FAMILY "DejaVu Sans Mono,monospace"

#define MARGIN_TOP     64.0
#define MARGIN_BOTTOM  64.0
#define MARGIN_SIDE    64.0
#define INDENT         36.0  /* 1.27 cm: body text and hanging labels */
#define HEADER_Y       36.0
#define FOOTER_GAP     28.0
#define CELL_PAD        3.0

typedef struct
{
  PangoLayout  *layout;
  double        x;
  guint         n_lines;
  PangoLayoutLine **lines;
  double       *top;       /* per line, from the layout's top */
  double       *bottom;
  double       *baseline;
  double       *line_x;
} Cell;

typedef struct _Band Band;

struct _Band
{
  Cell    *cells;
  guint    n_cells;
  double   space_before;
  double   space_after;
  double   pad_top;
  double   pad_bottom;
  double   rule_above;     /* thickness of a full-width rule, or 0 */
  double   rule_below;
  gboolean keep_with_next;
  gboolean keep_together;  /* moves whole to the next page when it fits on one */
  gboolean page_break_before;
  int      footnote;       /* index of a footnote it calls, or -1 */
  Band    *repeat_header;  /* a table row's header, repeated after a break */
};

typedef struct
{
  Band   *band;
  guint  *first;   /* per cell: first line drawn */
  guint  *end;     /* per cell: one past the last line drawn */
  double  y;       /* top of the slice on the page */
  gboolean rule_above;
  gboolean rule_below;
} Slice;

typedef struct
{
  GArray *slices;     /* of Slice */
  GArray *footnotes;  /* of int */
} Page;

struct _PlRenderPagination
{
  PangoContext *context;
  GPtrArray    *bands;          /* of Band * */
  GPtrArray    *footnote_bands; /* of Band *, one per footnote of the model */
  GPtrArray    *pages;          /* of Page * */
  char         *running_header;
  gboolean      has_masthead;
  double        width;
  double        height;
  double        text_left;
  double        text_width;
  gboolean      rtl;
};

static void
cell_clear (Cell *cell)
{
  g_clear_object (&cell->layout);
  g_free (cell->lines);
  g_free (cell->top);
  g_free (cell->bottom);
  g_free (cell->baseline);
  g_free (cell->line_x);
}

static void
band_free (gpointer data)
{
  Band *band = data;

  for (guint i = 0; i < band->n_cells; i++)
    cell_clear (&band->cells[i]);
  g_free (band->cells);
  g_free (band);
}

static void
page_free (gpointer data)
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

typedef struct
{
  double         size;
  gboolean       bold;
  gboolean       italic;
  gboolean       mono;
  gboolean       justify;
  PangoAlignment align;
  double         spacing;   /* leading in points beyond the font's */
} Face;

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

static void
cell_init (PlRenderPagination *self,
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

static double
cell_height_from (const Cell *cell,
                  guint       first)
{
  if (first >= cell->n_lines)
    return 0;
  return cell->bottom[cell->n_lines - 1] - cell->top[first];
}

/* Height of what remains of @band from the lines @first on. */
static double
band_rest_height (const Band  *band,
                  const guint *first)
{
  double height = 0;

  for (guint i = 0; i < band->n_cells; i++)
    height = MAX (height, cell_height_from (&band->cells[i], first ? first[i] : 0));
  return height + band->pad_top + band->pad_bottom;
}

/* The least of @band that may stand at the foot of a page: its first line,
 * or two when it has more than two (no orphan lines). */
static double
band_min_height (const Band *band)
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
      cell_init (self, &band->cells[0], escaped, label_x, MAX (text_x - label_x - 2, 12), &label_face);
    }
  cell_init (self, text_cell, markup, text_x, right - text_x, face);
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

  cell_init (self, &band->cells[0], markup, x, width, face);
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
  cell_init (self, &band->cells[0], org_markup, left, width * 0.45, &org);
  cell_init (self, &band->cells[1], symbol_markup->str, left + width * 0.35, width * 0.65, &symbol);
  band->pad_bottom = 3;
  band->rule_below = 0.75;
  band->footnote = m->symbol_note;
  g_ptr_array_add (self->bands, band);

  band = band_new (2);
  cell_init (self, &band->cells[0], body_markup, left, width * 0.62, &body);
  cell_init (self, &band->cells[1], lines_markup->str, left + width * 0.68, width * 0.32, &lines);
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

      cell_init (self, &header->cells[c], markup, x[c] + CELL_PAD, x[c + 1] - x[c] - 2 * CELL_PAD, &head);
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

          cell_init (self, &band->cells[c], markup, x[c] + CELL_PAD, right - x[c] - 2 * CELL_PAD, &cell_face);
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

static void
build_bands (PlRenderPagination *self,
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
  cursor->footnote_height += band_rest_height (band, NULL) + band->space_before
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
         ? band_rest_height (band, NULL) + next->space_before + band->space_after + band_min_height (next)
         : band_min_height (band);
  if (band->keep_together)
    need = MAX (need, band_rest_height (band, NULL));
  if (cursor->y + need > body_bottom (cursor) && !page_is_empty (cursor))
    start_page (cursor, band);

  reserve_footnote (cursor, band->footnote);

  for (;;)
    {
      double avail = body_bottom (cursor) - cursor->y - band->pad_top - band->pad_bottom;
      double rest = band_rest_height (band, first);
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
  self->bands = g_ptr_array_new_with_free_func (band_free);
  self->footnote_bands = g_ptr_array_new_with_free_func (band_free);
  self->pages = g_ptr_array_new_with_free_func (page_free);
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

  build_bands (self, model);
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

  cell_init (self, &cell, markup, self->text_left, self->text_width, &face);
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
                 HEADER_Y + cell_height_from (&cell, 0) + 3, 0.5);
      cell_clear (&cell);
    }

  for (guint i = 0; i < page->slices->len; i++)
    draw_slice (self, cr, &g_array_index (page->slices, Slice, i));

  if (page->footnotes->len > 0)
    {
      double height = 0, y;

      for (guint i = 0; i < page->footnotes->len; i++)
        {
          Band *band = g_ptr_array_index (self->footnote_bands, g_array_index (page->footnotes, int, i));

          height += band_rest_height (band, NULL) + band->space_before;
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
          y += band_rest_height (band, NULL);
        }
    }

  {
    g_autofree char *number = g_strdup_printf ("%u/%u", page_no + 1, n_pages);
    Cell cell = header_cell (self, number, 9.0, FALSE, outer);

    draw_lines (cr, &cell, 0, cell.n_lines, self->height - MARGIN_BOTTOM + FOOTER_GAP - 9);
    cell_clear (&cell);
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
