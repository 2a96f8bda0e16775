/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include "pl-export-l10n.h"
#include "pl-render.h"

/*
 * One self-contained HTML file: the style sheet is inline and nothing is
 * fetched, so the file can be mailed or put on a web page as it is. It
 * prints on A4 with the symbol in the running header where the browser
 * supports CSS paged media.
 */

static const char style_sheet[] =
  "@page { size: A4; margin: 2.5cm 2cm; }\n"
  "body { font-family: 'Liberation Serif', 'Times New Roman', 'DejaVu Serif', serif; font-size: 10pt;"
  " line-height: 1.25; max-width: 17cm; margin: 2em auto; color: #000; }\n"
  ".masthead { border-bottom: 3px solid #000; margin-bottom: 1.5em; }\n"
  ".masthead .top { display: flex; justify-content: space-between; align-items: baseline;"
  " border-bottom: 1px solid #000; padding-bottom: 0.3em; }\n"
  ".masthead .org { font-size: 12pt; }\n"
  ".masthead .symbol { font-size: 16pt; font-weight: bold; }\n"
  ".masthead .mid { display: flex; justify-content: space-between; padding: 0.6em 0; }\n"
  ".masthead .body { font-size: 14pt; font-weight: bold; max-width: 65%; }\n"
  ".masthead .distr { min-width: 30%; }\n"
  ".session { margin: 0; }\n"
  ".title { font-size: 17pt; font-weight: bold; margin: 1.2em 0 1em 0; }\n"
  "h2 { font-size: 12pt; margin: 1.5em 0 0.8em 0; }\n"
  "h3, h4 { font-size: 10pt; margin: 1.2em 0 0.6em 0; }\n"
  "h5 { font-size: 10pt; margin: 1em 0 0.5em 0; margin-inline-start: 2.5em; }\n"
  "h3 .label, h4 .label { display: inline-block; min-width: 2.5em; }\n"
  "p { margin: 0 0 0.6em 0; text-align: justify; }\n"
  "ul.list, ul.list ul { list-style: none; margin: 0 0 0.6em 0; padding-inline-start: 2.5em; }\n"
  "ul.list li { margin: 0.2em 0; }\n"
  "ul.list .label { display: inline-block; min-width: 2.5em; margin-inline-start: -2.5em; }\n"
  "p.reference { margin-inline-start: 2.5em; }\n"
  "pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }\n"
  ".page-break { break-before: page; }\n"
  "table { border-collapse: collapse; width: 100%; margin: 1em 0; }\n"
  "th { font-weight: normal; font-style: italic; text-align: start; border-top: 1px solid #000;"
  " border-bottom: 1px solid #000; padding: 0.3em; }\n"
  "td { vertical-align: top; padding: 0.2em 0.3em; }\n"
  "tr.day td { font-weight: bold; padding-top: 0.8em; }\n"
  "tbody tr:last-child td { border-bottom: 1px solid #000; }\n"
  ".footnotes { border-top: 1px solid #000; margin-top: 2em; padding-top: 0.5em; font-size: 9pt; }\n"
  "a { color: inherit; }\n"
  "span.symbol { white-space: nowrap; }\n"
  ".sources { display: block; font-size: 8pt; color: #555; }\n"
  ".sources a { color: #555; }\n"
  "@media print { .sources { display: none; } }\n";

/* XML 1.0 has no place for most C0 controls; they carry no text. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '&': g_string_append (out, "&amp;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\t': case '\n': case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          if ((guchar) *p >= 0x20)
            g_string_append_c (out, *p);
        }
    }
}

static void
append_runs (GString    *out,
             PlDocModel *model,
             GPtrArray  *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      PlDocRun *run = g_ptr_array_index (runs, i);

      if (run->flags & PL_DOC_RUN_LINE_BREAK)
        {
          g_string_append (out, "<br>");
          continue;
        }
      if (run->flags & PL_DOC_RUN_FOOTNOTE)
        {
          g_string_append_printf (out, "<sup><a href=\"#fn%u\" id=\"fnref%u\">", run->footnote, run->footnote);
          append_escaped (out, run->text);
          g_string_append (out, "</a></sup>");
          continue;
        }
      if (run->href != NULL)
        {
          g_string_append (out, "<a href=\"");
          append_escaped (out, run->href);
          g_string_append (out, "\">");
        }
      if (run->flags & PL_DOC_RUN_NOBREAK)
        g_string_append (out, "<span class=\"symbol\">");
      if (run->flags & PL_DOC_RUN_BOLD)
        g_string_append (out, "<strong>");
      if (run->flags & PL_DOC_RUN_ITALIC)
        g_string_append (out, "<em>");
      if (run->flags & PL_DOC_RUN_CODE)
        g_string_append (out, "<code>");
      append_escaped (out, run->text);
      if (run->flags & PL_DOC_RUN_CODE)
        g_string_append (out, "</code>");
      if (run->flags & PL_DOC_RUN_ITALIC)
        g_string_append (out, "</em>");
      if (run->flags & PL_DOC_RUN_BOLD)
        g_string_append (out, "</strong>");
      if (run->flags & PL_DOC_RUN_NOBREAK)
        g_string_append (out, "</span>");
      if (run->href != NULL)
        g_string_append (out, "</a>");
    }
}

/* A report paragraph's attributes: its key as the anchor, and the _ids of
 * the records it rests on, space-separated, for scripts and the app. */
static void
append_source_attributes (GString          *out,
                          const PlDocBlock *block)
{
  g_autofree char *ids = NULL;

  if (block->key == NULL)
    return;
  ids = g_strjoinv (" ", block->sources);
  g_string_append (out, " id=\"");
  append_escaped (out, block->key);
  g_string_append (out, "\" data-key=\"");
  append_escaped (out, block->key);
  g_string_append (out, "\" data-sources=\"");
  append_escaped (out, ids);
  g_string_append (out, "\"");
  if (block->stale)
    g_string_append (out, " data-stale=\"true\"");
}

/* The links back to the records, one per source, under the paragraph:
 * "plenary:" and the record's _id (docs/documents.md), named the way the
 * reader knows the record; hidden when printed. */
static void
append_source_links (GString          *out,
                     const PlDocBlock *block)
{
  if (block->key == NULL || block->sources == NULL || block->sources[0] == NULL)
    return;
  g_string_append (out, "<span class=\"sources\">");
  for (guint i = 0; block->sources[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, " · ");
      g_string_append (out, "<a href=\"plenary:");
      append_escaped (out, block->sources[i]);
      g_string_append (out, "\">");
      append_escaped (out, block->source_labels[i]);
      g_string_append (out, "</a>");
    }
  g_string_append (out, "</span>");
}

static void
close_list (GString           *out,
            PlRenderListState *list)
{
  if (list->depth < 0)
    return;
  g_string_append (out, "</li>\n");
  for (; list->depth > 0; list->depth--)
    g_string_append (out, "</ul></li>\n");
  g_string_append (out, "</ul>\n");
  list->depth = -1;
}

static void
open_list_item (GString           *out,
                PlRenderListState *list,
                const PlDocBlock  *block)
{
  int before = list->depth;
  int depth = pl_render_list_step (list, block);

  if (before < 0)
    g_string_append (out, "<ul class=\"list\">\n");
  else if (depth > before)
    g_string_append (out, "\n<ul>\n");
  else
    {
      g_string_append (out, "</li>\n");
      for (int d = before; d > depth; d--)
        g_string_append (out, "</ul></li>\n");
    }
  g_string_append (out, "<li");
  append_source_attributes (out, block);
  g_string_append_c (out, '>');
}

static void
render_masthead (GString       *out,
                 PlDocModel    *model,
                 PlDocMasthead *m)
{
  g_string_append (out, "<header class=\"masthead\">\n<div class=\"top\"><span class=\"org\">");
  append_escaped (out, m->organization);
  g_string_append (out, "</span><span class=\"symbol\">");
  append_escaped (out, m->symbol);
  if (m->symbol_note >= 0)
    {
      g_string_append_printf (out, "<sup><a href=\"#fn%d\" id=\"fnref%d\">", m->symbol_note, m->symbol_note);
      append_escaped (out, pl_doc_model_get_footnote (model, m->symbol_note)->mark);
      g_string_append (out, "</a></sup>");
    }
  g_string_append (out, "</span></div>\n<div class=\"mid\"><div class=\"body\">");
  append_escaped (out, m->body);
  g_string_append (out, "</div><div class=\"distr\">");
  for (guint i = 0; i < m->lines->len; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>");
      append_escaped (out, g_ptr_array_index (m->lines, i));
    }
  g_string_append (out, "</div></div>\n</header>\n");
}

static void
render_table (GString          *out,
              PlDocModel       *model,
              const PlDocTable *table)
{
  g_string_append (out, "<table>\n<colgroup>");
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (out, "<col style=\"width: %.0f%%\">", table->widths[c] * 100);
  g_string_append (out, "</colgroup>\n<thead><tr>");
  for (guint c = 0; c < table->header->len; c++)
    {
      g_string_append (out, "<th>");
      append_runs (out, model, g_ptr_array_index (table->header, c));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      PlDocRow *row = g_ptr_array_index (table->rows, r);

      if (row->span)
        g_string_append_printf (out, "<tr class=\"day\"><td colspan=\"%u\">", table->n_columns);
      else
        g_string_append (out, "<tr><td>");
      for (guint c = 0; c < row->cells->len; c++)
        {
          if (c > 0)
            g_string_append (out, "</td><td>");
          append_runs (out, model, g_ptr_array_index (row->cells, c));
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

GBytes *
pl_render_html (PlDocModel *model)
{
  GString *out = g_string_new (NULL);
  PlRenderListState list = { -1, 0 };
  gboolean page_break = FALSE;
  guint n;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  /* HTML wants a BCP 47 tag ("zh-CN"), not a POSIX locale ("zh_CN"); an
   * Arabic document runs right to left as a whole, and the style sheet
   * uses logical properties (margin-inline-start) so that it follows. */
  {
    g_autofree char *lang = g_strdelimit (g_strdup (pl_doc_model_get_language (model)), "_", '-');

    g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
    append_escaped (out, lang);
    g_string_append (out, pl_export_language_is_rtl (pl_doc_model_get_language (model))
                          ? "\" dir=\"rtl" : "\" dir=\"ltr");
  }
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  append_escaped (out, pl_doc_model_get_title (model) ? pl_doc_model_get_title (model) : "");
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style_sheet);

  n = pl_doc_model_get_n_blocks (model);
  for (guint i = 0; i < n; i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);
      gboolean is_list = block->kind == PL_DOC_BLOCK_PARAGRAPH && block->style == PL_DOC_STYLE_LIST;
      const char *break_class = page_break ? " page-break" : "";

      if (!is_list)
        close_list (out, &list);
      if (block->kind != PL_DOC_BLOCK_PAGE_BREAK)
        page_break = FALSE;

      switch (block->kind)
        {
        case PL_DOC_BLOCK_MASTHEAD:
          render_masthead (out, model, block->masthead);
          break;

        case PL_DOC_BLOCK_HEADING:
          g_string_append_printf (out, "<h%u class=\"level%u%s\">", block->level + 1, block->level, break_class);
          if (block->label != NULL)
            {
              g_string_append (out, "<span class=\"label\">");
              append_escaped (out, block->label);
              g_string_append (out, "</span> ");
            }
          append_runs (out, model, block->runs);
          g_string_append_printf (out, "</h%u>\n", block->level + 1);
          break;

        case PL_DOC_BLOCK_PARAGRAPH:
          if (is_list)
            {
              open_list_item (out, &list, block);
              if (block->label != NULL)
                {
                  g_string_append (out, "<span class=\"label\">");
                  append_escaped (out, block->label);
                  g_string_append (out, "</span> ");
                }
              append_runs (out, model, block->runs);
              append_source_links (out, block);
              break;
            }
          switch (block->style)
            {
            case PL_DOC_STYLE_TITLE:
              g_string_append_printf (out, "<h1 class=\"title%s\">", break_class);
              append_runs (out, model, block->runs);
              g_string_append (out, "</h1>\n");
              break;
            case PL_DOC_STYLE_CODE:
              g_string_append (out, "<pre>");
              for (guint k = 0; k < block->runs->len; k++)
                {
                  PlDocRun *run = g_ptr_array_index (block->runs, k);

                  append_escaped (out, run->text);
                }
              g_string_append (out, "</pre>\n");
              break;
            case PL_DOC_STYLE_SESSION:
            case PL_DOC_STYLE_REFERENCE:
            case PL_DOC_STYLE_BODY:
            case PL_DOC_STYLE_LIST:
            default:
              g_string_append_printf (out, "<p class=\"%s%s\"",
                                      block->style == PL_DOC_STYLE_SESSION ? "session"
                                      : block->style == PL_DOC_STYLE_REFERENCE ? "reference" : "body",
                                      break_class);
              if (block->indent > 0 && block->style != PL_DOC_STYLE_REFERENCE)
                g_string_append_printf (out, " style=\"margin-inline-start: %.1fem\"", 2.5 * block->indent);
              append_source_attributes (out, block);
              g_string_append_c (out, '>');
              if (block->label != NULL)
                {
                  append_escaped (out, block->label);
                  g_string_append_c (out, ' ');
                }
              append_runs (out, model, block->runs);
              append_source_links (out, block);
              g_string_append (out, "</p>\n");
              break;
            }
          break;

        case PL_DOC_BLOCK_TABLE:
          render_table (out, model, block->table);
          break;

        case PL_DOC_BLOCK_PAGE_BREAK:
          page_break = TRUE;
          break;
        }
    }
  close_list (out, &list);

  if (pl_doc_model_get_n_footnotes (model) > 0)
    {
      g_string_append (out, "<footer class=\"footnotes\">\n");
      for (guint i = 0; i < pl_doc_model_get_n_footnotes (model); i++)
        {
          const PlDocFootnote *footnote = pl_doc_model_get_footnote (model, i);

          g_string_append_printf (out, "<p id=\"fn%u\"><a href=\"#fnref%u\">", i, i);
          append_escaped (out, footnote->mark);
          g_string_append (out, "</a> ");
          append_runs (out, model, footnote->runs);
          g_string_append (out, "</p>\n");
        }
      g_string_append (out, "</footer>\n");
    }

  g_string_append (out, "</body>\n</html>\n");
  return g_string_free_to_bytes (out);
}
