/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "pl-render.h"

G_BEGIN_DECLS

/* Shared by the PDF renderer's two halves: pl-render-pdf-bands.c turns a
 * document model into bands (what to lay out), pl-render-pdf.c paginates
 * and draws them (where it goes). */

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

/* How a cell's text is set */
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

char    *pl_render_pdf_runs_to_markup    (GPtrArray          *runs);
void     pl_render_pdf_cell_init         (PlRenderPagination *self,
                                          Cell               *cell,
                                          const char         *markup,
                                          double              x,
                                          double              width,
                                          const Face         *face);
void     pl_render_pdf_cell_clear        (Cell               *cell);
double   pl_render_pdf_cell_height_from  (const Cell         *cell,
                                          guint               first);
void     pl_render_pdf_band_free         (gpointer            data);
void     pl_render_pdf_page_free         (gpointer            data);
double   pl_render_pdf_band_rest_height  (const Band         *band,
                                          const guint        *first);
double   pl_render_pdf_band_min_height   (const Band         *band);
void     pl_render_pdf_build_bands       (PlRenderPagination *self,
                                          PlDocModel         *model);

G_END_DECLS
