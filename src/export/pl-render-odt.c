/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include "pl-export-l10n.h"
#include "pl-render.h"

/*
 * A flat ODF text document (.fodt): one XML file that LibreOffice opens
 * and Word (2010 and later) imports. Only ODF 1.2 features: named
 * paragraph styles for each role and indent level, a first-page master
 * without header (the masthead is the first page's header), a running
 * header with the symbol and a page number in the footer on the others.
 */

#define MAX_INDENT 6

static const char prologue[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
  " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n";

static const char font_faces[] =
  "<office:font-face-decls>\n"
  " <style:font-face style:name=\"Liberation Serif\" svg:font-family=\"'Liberation Serif'\" style:font-family-generic=\"roman\" style:font-pitch=\"variable\"/>\n"
  " <style:font-face style:name=\"DejaVu Sans Mono\" svg:font-family=\"'DejaVu Sans Mono'\" style:font-family-generic=\"modern\" style:font-pitch=\"fixed\"/>\n"
  "</office:font-face-decls>\n";

/* Indents in cm: the body text stands 1.25 cm in from the headings'
 * numbers, as in UN documents. */
#define INDENT_CM 1.25

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
        default:
          if ((guchar) *p >= 0x20)
            g_string_append_c (out, *p);
        }
    }
}

/* ODF collapses white space: tabs, line breaks and runs of spaces are
 * elements. */
static void
append_text (GString    *out,
             const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *q = p;

      while (*q != '\0' && *q != ' ' && *q != '\t' && *q != '\n')
        q++;
      if (q > p)
        {
          g_autofree char *chunk = g_strndup (p, q - p);

          append_escaped (out, chunk);
        }
      if (*q == '\0')
        break;
      if (*q == '\t')
        {
          g_string_append (out, "<text:tab/>");
          q++;
        }
      else if (*q == '\n')
        {
          g_string_append (out, "<text:line-break/>");
          q++;
        }
      else
        {
          guint spaces = 0;

          while (q[spaces] == ' ')
            spaces++;
          g_string_append_c (out, ' ');
          if (spaces > 1)
            g_string_append_printf (out, "<text:s text:c=\"%u\"/>", spaces - 1);
          q += spaces;
        }
      p = q;
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
      guint face = run->flags & (PL_DOC_RUN_BOLD | PL_DOC_RUN_ITALIC | PL_DOC_RUN_CODE);

      if (run->flags & PL_DOC_RUN_LINE_BREAK)
        {
          g_string_append (out, "<text:line-break/>");
          continue;
        }
      if (run->flags & PL_DOC_RUN_FOOTNOTE)
        {
          const PlDocFootnote *footnote = pl_doc_model_get_footnote (model, run->footnote);

          g_string_append_printf (out, "<text:note text:id=\"ftn%u\" text:note-class=\"footnote\">"
                                  "<text:note-citation text:label=\"", run->footnote);
          append_escaped (out, footnote->mark);
          g_string_append (out, "\">");
          append_escaped (out, footnote->mark);
          g_string_append (out, "</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">");
          append_runs (out, model, footnote->runs);
          g_string_append (out, "</text:p></text:note-body></text:note>");
          continue;
        }
      if (run->href != NULL)
        {
          g_string_append (out, "<text:a xlink:type=\"simple\" xlink:href=\"");
          append_escaped (out, run->href);
          g_string_append (out, "\">");
        }
      if (face != 0)
        g_string_append_printf (out, "<text:span text:style-name=\"T%u\">", face);
      append_text (out, run->text);
      if (face != 0)
        g_string_append (out, "</text:span>");
      if (run->href != NULL)
        g_string_append (out, "</text:a>");
    }
}

static void
append_styles (GString    *out,
               PlDocModel *model)
{
  const char *language = pl_doc_model_get_language (model);
  g_autofree char *lang = g_strndup (language, strcspn (language, "_-"));
  /* ODF tags a language by script: Arabic is "complex" text, Chinese
   * "asian"; the western tag keeps the language of the Latin text. */
  const char *script = g_str_equal (lang, "ar") ? "-complex" : g_str_equal (lang, "zh") ? "-asian" : "";
  const char *country = g_str_equal (lang, "zh") ? "CN" : "none";
  /* LibreOffice (7.4) takes "start" and "end" as the left and the right
   * even in a right-to-left paragraph, and writes them so itself, while
   * it puts a paragraph's fo:margin-left on its leading side: a right-to-
   * left document aligns its paragraphs to the "end" and its indents stay
   * as they are. */
  gboolean rtl = pl_export_language_is_rtl (language);
  const char *leading = rtl ? "end" : "start";
  const char *trailing = rtl ? "start" : "end";

  g_string_append (out, "<office:styles>\n");
  g_string_append_printf (out,
    " <style:default-style style:family=\"paragraph\">"
    "<style:paragraph-properties fo:hyphenation-ladder-count=\"no-limit\" fo:text-align=\"%s\" style:writing-mode=\"page\"/>"
    "<style:text-properties style:font-name=\"Liberation Serif\" fo:font-size=\"10pt\" %s:language%s=\"%s\" %s:country%s=\"%s\"/>"
    "</style:default-style>\n",
    leading, *script ? "style" : "fo", script, lang, *script ? "style" : "fo", script, country);
  g_string_append_printf (out,
    " <style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\">"
    "<style:paragraph-properties fo:line-height=\"12pt\"/></style:style>\n"
    " <style:style style:name=\"Masthead\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>\n"
    " <style:style style:name=\"Masthead_Org\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:paragraph-properties fo:line-height=\"100%%\"/><style:text-properties fo:font-size=\"12pt\"/></style:style>\n"
    " <style:style style:name=\"Masthead_Symbol\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:paragraph-properties fo:text-align=\"%s\" fo:line-height=\"100%%\"/>"
    "<style:text-properties fo:font-size=\"16pt\" fo:font-weight=\"bold\"/></style:style>\n"
    " <style:style style:name=\"Masthead_Body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:paragraph-properties fo:line-height=\"100%%\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.2cm\"/>"
    "<style:text-properties fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>\n"
    " <style:style style:name=\"Session\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>\n"
    " <style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"chapter\">"
    "<style:paragraph-properties fo:line-height=\"100%%\" fo:margin-top=\"0.8cm\" fo:margin-bottom=\"0.6cm\" fo:keep-with-next=\"always\"/>"
    "<style:text-properties fo:font-size=\"17pt\" fo:font-weight=\"bold\"/></style:style>\n"
    " <style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
    "<style:paragraph-properties fo:keep-with-next=\"always\" fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.25cm\"/>"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n",
    trailing);
  for (guint level = 1; level <= 4; level++)
    g_string_append_printf (out,
      " <style:style style:name=\"Heading_%u\" style:display-name=\"Heading %u\" style:family=\"paragraph\""
      " style:parent-style-name=\"Heading\" style:default-outline-level=\"%u\">"
      "<style:paragraph-properties fo:margin-left=\"%.2fcm\" fo:text-indent=\"%.2fcm\">"
      "<style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops></style:paragraph-properties>"
      "<style:text-properties fo:font-size=\"%s\"/></style:style>\n",
      level, level, level,
      level == 1 ? 0.0 : level == 4 ? INDENT_CM : INDENT_CM,
      level == 1 || level == 4 ? 0.0 : -INDENT_CM,
      level == 1 ? "12pt" : "10pt");
  g_string_append (out,
    " <style:style style:name=\"Heading_1_Break\" style:family=\"paragraph\" style:parent-style-name=\"Heading_1\">"
    "<style:paragraph-properties fo:break-before=\"page\"/></style:style>\n");

  for (guint indent = 0; indent <= MAX_INDENT; indent++)
    {
      double left = INDENT_CM * (indent + 1);

      g_string_append_printf (out,
        " <style:style style:name=\"Body_%u\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        "<style:paragraph-properties fo:margin-left=\"%.2fcm\" fo:margin-bottom=\"0.2cm\" fo:text-align=\"justify\""
        " fo:orphans=\"2\" fo:widows=\"2\"/></style:style>\n",
        indent, indent == 0 ? 0.0 : INDENT_CM * indent);
      g_string_append_printf (out,
        " <style:style style:name=\"List_%u\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        "<style:paragraph-properties fo:margin-left=\"%.2fcm\" fo:text-indent=\"%.2fcm\" fo:margin-bottom=\"0.1cm\">"
        "<style:tab-stops><style:tab-stop style:position=\"0cm\"/></style:tab-stops></style:paragraph-properties></style:style>\n",
        indent, left, -INDENT_CM);
      g_string_append_printf (out,
        " <style:style style:name=\"Reference_%u\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        "<style:paragraph-properties fo:margin-left=\"%.2fcm\" fo:margin-bottom=\"0.2cm\"/></style:style>\n",
        indent, INDENT_CM * MAX (indent, 1));
      g_string_append_printf (out,
        " <style:style style:name=\"Code_%u\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
        "<style:paragraph-properties fo:margin-left=\"%.2fcm\" fo:margin-bottom=\"0.2cm\"/>"
        "<style:text-properties style:font-name=\"DejaVu Sans Mono\" fo:font-size=\"9pt\"/></style:style>\n",
        indent, INDENT_CM * indent);
    }

  g_string_append_printf (out,
    " <style:style style:name=\"Table_Contents\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>\n"
    " <style:style style:name=\"Footnote\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:text-properties fo:font-size=\"9pt\"/></style:style>\n"
    " <style:style style:name=\"Header\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:paragraph-properties fo:padding-bottom=\"0.1cm\" fo:border-bottom=\"0.5pt solid #000000\"/>"
    "<style:text-properties fo:font-size=\"9pt\" fo:font-weight=\"bold\"/></style:style>\n"
    " <style:style style:name=\"Footer\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
    "<style:paragraph-properties fo:text-align=\"%s\"/><style:text-properties fo:font-size=\"9pt\"/></style:style>\n"
    "</office:styles>\n",
    trailing);

  g_string_append (out,
    "<office:automatic-styles>\n"
    " <style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
    " style:print-orientation=\"portrait\" fo:margin-top=\"1.5cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"2.2cm\" fo:margin-right=\"2.2cm\"");
  /* Paragraphs and tables take the page's direction (writing-mode "page"
   * on the default style): an Arabic document is right to left as a
   * whole, indents and table columns mirrored. */
  g_string_append (out, rtl ? " style:writing-mode=\"rl-tb\"/>" : " style:writing-mode=\"lr-tb\"/>");
  g_string_append (out,
    "<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"0.6cm\"/></style:header-style>"
    "<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"0.6cm\"/></style:footer-style>"
    "</style:page-layout>\n"
    " <style:style style:name=\"P_First\" style:family=\"paragraph\" style:parent-style-name=\"Masthead_Org\" style:master-page-name=\"First_Page\"/>\n");
  for (guint face = 1; face < 8; face++)
    g_string_append_printf (out,
      " <style:style style:name=\"T%u\" style:family=\"text\"><style:text-properties%s%s%s/></style:style>\n",
      face,
      face & PL_DOC_RUN_BOLD ? " fo:font-weight=\"bold\"" : "",
      face & PL_DOC_RUN_ITALIC ? " fo:font-style=\"italic\"" : "",
      face & PL_DOC_RUN_CODE ? " style:font-name=\"DejaVu Sans Mono\"" : "");
  g_string_append (out,
    " <style:style style:name=\"MastheadTable\" style:family=\"table\" style:master-page-name=\"First_Page\"><style:table-properties style:width=\"16.6cm\" table:align=\"margins\" style:writing-mode=\"page\"/></style:style>\n"
    " <style:style style:name=\"MastheadTop\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.05cm\" fo:border-bottom=\"0.75pt solid #000000\" style:vertical-align=\"bottom\"/></style:style>\n"
    " <style:style style:name=\"MastheadMid\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:border-bottom=\"2.5pt solid #000000\"/></style:style>\n"
    " <style:style style:name=\"MastheadCol1\" style:family=\"table-column\"><style:table-column-properties style:rel-column-width=\"6*\"/></style:style>\n"
    " <style:style style:name=\"MastheadCol2\" style:family=\"table-column\"><style:table-column-properties style:rel-column-width=\"4*\"/></style:style>\n"
    " <style:style style:name=\"Grid\" style:family=\"table\"><style:table-properties style:width=\"16.6cm\" table:align=\"margins\" style:writing-mode=\"page\" fo:margin-top=\"0.3cm\" fo:margin-bottom=\"0.3cm\"/></style:style>\n"
    " <style:style style:name=\"HeadCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" fo:border-top=\"0.5pt solid #000000\" fo:border-bottom=\"0.5pt solid #000000\"/></style:style>\n"
    " <style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.06cm\"/></style:style>\n"
    " <style:style style:name=\"LastCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.06cm\" fo:border-bottom=\"0.5pt solid #000000\"/></style:style>\n"
    " <style:style style:name=\"DayCell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding-top=\"0.2cm\" fo:padding-bottom=\"0.06cm\"/></style:style>\n"
    " <style:style style:name=\"DayRow\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/></style:style>\n"
    " <style:style style:name=\"KeepRow\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"always\"/></style:style>\n");
}

static void
append_column_styles (GString          *out,
                      guint             table_no,
                      const PlDocTable *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (out,
      " <style:style style:name=\"Col%u_%u\" style:family=\"table-column\">"
      "<style:table-column-properties style:rel-column-width=\"%u*\"/></style:style>\n",
      table_no, c, (guint) (table->widths[c] * 1000 + 0.5));
}

static void
render_masthead (GString       *out,
                 PlDocModel    *model,
                 PlDocMasthead *m)
{
  g_string_append (out, "<table:table table:name=\"Masthead\" table:style-name=\"MastheadTable\">"
                        "<table:table-column table:style-name=\"MastheadCol1\"/><table:table-column table:style-name=\"MastheadCol2\"/>\n"
                        "<table:table-row><table:table-cell table:style-name=\"MastheadTop\" office:value-type=\"string\">"
                        "<text:p text:style-name=\"Masthead_Org\">");
  append_text (out, m->organization);
  g_string_append (out, "</text:p></table:table-cell><table:table-cell table:style-name=\"MastheadTop\" office:value-type=\"string\">"
                        "<text:p text:style-name=\"Masthead_Symbol\">");
  append_text (out, m->symbol);
  if (m->symbol_note >= 0)
    {
      g_autoptr(GPtrArray) runs = pl_doc_runs_new ();
      PlDocRun *run = pl_doc_runs_add (runs, pl_doc_model_get_footnote (model, m->symbol_note)->mark, PL_DOC_RUN_FOOTNOTE);

      run->footnote = m->symbol_note;
      append_runs (out, model, runs);
    }
  g_string_append (out, "</text:p></table:table-cell></table:table-row>\n"
                        "<table:table-row><table:table-cell table:style-name=\"MastheadMid\" office:value-type=\"string\">"
                        "<text:p text:style-name=\"Masthead_Body\">");
  append_text (out, m->body);
  g_string_append (out, "</text:p></table:table-cell><table:table-cell table:style-name=\"MastheadMid\" office:value-type=\"string\">");
  for (guint i = 0; i < m->lines->len; i++)
    {
      g_string_append (out, "<text:p text:style-name=\"Masthead\">");
      append_text (out, g_ptr_array_index (m->lines, i));
      g_string_append (out, "</text:p>");
    }
  g_string_append (out, "</table:table-cell></table:table-row>\n</table:table>\n");
}

static void
append_cell (GString    *out,
             PlDocModel *model,
             const char *style,
             GPtrArray  *runs,
             guint       span)
{
  g_string_append_printf (out, "<table:table-cell table:style-name=\"%s\" office:value-type=\"string\"", style);
  if (span > 1)
    g_string_append_printf (out, " table:number-columns-spanned=\"%u\"", span);
  g_string_append (out, "><text:p text:style-name=\"Table_Contents\">");
  if (runs != NULL)
    append_runs (out, model, runs);
  g_string_append (out, "</text:p></table:table-cell>");
  for (guint i = 1; i < span; i++)
    g_string_append (out, "<table:covered-table-cell/>");
}

static void
render_table (GString          *out,
              PlDocModel       *model,
              guint             table_no,
              const PlDocTable *table)
{
  g_string_append_printf (out, "<table:table table:name=\"Table%u\" table:style-name=\"Grid\">\n", table_no);
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (out, "<table:table-column table:style-name=\"Col%u_%u\"/>", table_no, c);
  g_string_append (out, "\n<table:table-header-rows><table:table-row>");
  for (guint c = 0; c < table->n_columns; c++)
    append_cell (out, model, "HeadCell", c < table->header->len ? g_ptr_array_index (table->header, c) : NULL, 1);
  g_string_append (out, "</table:table-row></table:table-header-rows>\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      PlDocRow *row = g_ptr_array_index (table->rows, r);
      const char *style = r + 1 == table->rows->len ? "LastCell" : "Cell";

      if (row->span)
        {
          g_string_append (out, "<table:table-row table:style-name=\"DayRow\">");
          append_cell (out, model, r + 1 == table->rows->len ? "LastCell" : "DayCell",
                       row->cells->len > 0 ? g_ptr_array_index (row->cells, 0) : NULL, table->n_columns);
        }
      else
        {
          g_string_append (out, table->keep_rows ? "<table:table-row table:style-name=\"KeepRow\">" : "<table:table-row>");
          for (guint c = 0; c < table->n_columns; c++)
            append_cell (out, model, style, c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL, 1);
        }
      g_string_append (out, "</table:table-row>\n");
    }
  g_string_append (out, "</table:table>\n");
}

GBytes *
pl_render_odt (PlDocModel *model)
{
  GString *out = g_string_new (prologue);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) column_styles = g_string_new (NULL);
  const char *header = pl_doc_model_get_running_header (model);
  gboolean page_break = FALSE;
  guint n_tables = 0;
  guint n;

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  n = pl_doc_model_get_n_blocks (model);
  for (guint i = 0; i < n; i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);
      guint indent = MIN (block->indent, MAX_INDENT);

      switch (block->kind)
        {
        case PL_DOC_BLOCK_MASTHEAD:
          render_masthead (body, model, block->masthead);
          break;

        case PL_DOC_BLOCK_HEADING:
          g_string_append_printf (body, "<text:h text:style-name=\"Heading_%u%s\" text:outline-level=\"%u\">",
                                  block->level, page_break && block->level == 1 ? "_Break" : "", block->level);
          if (block->label != NULL)
            {
              append_text (body, block->label);
              g_string_append (body, "<text:tab/>");
            }
          append_runs (body, model, block->runs);
          g_string_append (body, "</text:h>\n");
          page_break = FALSE;
          break;

        case PL_DOC_BLOCK_PARAGRAPH:
          if (page_break)
            g_string_append (body, "<text:p text:style-name=\"Heading_1_Break\"/>\n");
          page_break = FALSE;
          switch (block->style)
            {
            case PL_DOC_STYLE_TITLE:
              g_string_append (body, "<text:p text:style-name=\"Title\">");
              break;
            case PL_DOC_STYLE_SESSION:
              g_string_append (body, "<text:p text:style-name=\"Session\">");
              break;
            case PL_DOC_STYLE_LIST:
              g_string_append_printf (body, "<text:p text:style-name=\"List_%u\">", indent);
              break;
            case PL_DOC_STYLE_REFERENCE:
              g_string_append_printf (body, "<text:p text:style-name=\"Reference_%u\">", indent);
              break;
            case PL_DOC_STYLE_CODE:
              g_string_append_printf (body, "<text:p text:style-name=\"Code_%u\">", indent);
              break;
            case PL_DOC_STYLE_BODY:
            default:
              g_string_append_printf (body, "<text:p text:style-name=\"Body_%u\">", indent);
              break;
            }
          if (block->label != NULL)
            {
              append_text (body, block->label);
              g_string_append (body, "<text:tab/>");
            }
          append_runs (body, model, block->runs);
          g_string_append (body, "</text:p>\n");
          break;

        case PL_DOC_BLOCK_TABLE:
          if (page_break)
            g_string_append (body, "<text:p text:style-name=\"Heading_1_Break\"/>\n");
          page_break = FALSE;
          n_tables++;
          append_column_styles (column_styles, n_tables, block->table);
          render_table (body, model, n_tables, block->table);
          break;

        case PL_DOC_BLOCK_PAGE_BREAK:
          page_break = TRUE;
          break;
        }
    }

  g_string_append (out, "<office:meta><dc:title>");
  append_escaped (out, pl_doc_model_get_title (model) ? pl_doc_model_get_title (model) : "");
  g_string_append (out, "</dc:title><meta:generator>Plenary</meta:generator></office:meta>\n");
  g_string_append (out, font_faces);
  append_styles (out, model);
  g_string_append (out, column_styles->str);
  g_string_append (out, "</office:automatic-styles>\n");

  g_string_append (out,
    "<office:master-styles>\n"
    " <style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
    "<style:header><text:p text:style-name=\"Header\">");
  append_text (out, header ? header : "");
  g_string_append (out,
    "</text:p></style:header>"
    "<style:footer><text:p text:style-name=\"Footer\"><text:page-number text:select-page=\"current\">1</text:page-number>/"
    "<text:page-count>1</text:page-count></text:p></style:footer></style:master-page>\n"
    " <style:master-page style:name=\"First_Page\" style:page-layout-name=\"A4\" style:next-style-name=\"Standard\">"
    "<style:footer><text:p text:style-name=\"Footer\"><text:page-number text:select-page=\"current\">1</text:page-number>/"
    "<text:page-count>1</text:page-count></text:p></style:footer></style:master-page>\n"
    "</office:master-styles>\n"
    "<office:body><office:text>\n");
  g_string_append (out, body->str);
  g_string_append (out, "</office:text></office:body>\n</office:document>\n");

  return g_string_free_to_bytes (out);
}
