/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "pl-doc-model.h"

G_BEGIN_DECLS

/* One renderer per format; each takes any PlDocModel. */
GBytes *pl_render_markdown (PlDocModel *model);
GBytes *pl_render_html     (PlDocModel *model);
GBytes *pl_render_odt      (PlDocModel *model);
GBytes *pl_render_pdf      (PlDocModel *model,
                            GError    **error);

/* The window's view of a text as the documents print it (Pango markup). */
char   *pl_render_markup            (PlDocModel *model);
char   *pl_render_annotation_markup (PlAgenda   *agenda,
                                     const char *annotation);

/*
 * The PDF renderer's pages, reusable on any cairo_t: the app's Print…
 * (GtkPrintOperation) paginates once in "begin-print" with the page size
 * of its GtkPrintContext in points, and draws each page in "draw-page"
 * on a cairo_t whose unit is the point (scale the print context's cairo_t
 * by dpi / 72 first).
 */
typedef struct _PlRenderPagination PlRenderPagination;

/* A4 in points */
#define PL_RENDER_A4_WIDTH  595.276
#define PL_RENDER_A4_HEIGHT 841.890

PlRenderPagination *pl_render_paginate                 (PlDocModel         *model,
                                                        double              width,
                                                        double              height);
guint               pl_render_pagination_get_n_pages   (PlRenderPagination *pagination);
void                pl_render_draw_page                (PlRenderPagination *pagination,
                                                        cairo_t            *cr,
                                                        guint               page_no);
void                pl_render_pagination_free          (PlRenderPagination *pagination);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlRenderPagination, pl_render_pagination_free)

/* Shared by the renderers: list nesting of consecutive PL_DOC_STYLE_LIST
 * paragraphs, relative to the first one of the run. */
typedef struct
{
  int  depth;       /* -1: no list open */
  guint base;
} PlRenderListState;

int                 pl_render_list_step                (PlRenderListState  *state,
                                                        const PlDocBlock   *block);

G_END_DECLS
