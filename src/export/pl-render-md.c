/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include "pl-render.h"

/*
 * CommonMark out, readable as text and convertible by any Markdown tool.
 * Headings keep their numbers as text ("### 1. Organizational matters") so
 * that no renderer renumbers them; footnotes, which CommonMark lacks, are
 * written at the end after a rule, marked as in the document.
 */

/**
 * pl_render_list_step:
 *
 * Returns: the nesting depth (0, 1...) of the list paragraph @block after
 *   the list paragraphs before it; the depth never jumps by more than one
 */
int
pl_render_list_step (PlRenderListState *state,
                     const PlDocBlock  *block)
{
  int depth;

  if (state->depth < 0)
    {
      state->base = block->indent;
      state->depth = 0;
      return 0;
    }

  depth = (int) block->indent - (int) state->base;
  depth = CLAMP (depth, 0, state->depth + 1);
  state->depth = depth;
  return depth;
}

static void
append_escaped (GString    *out,
                const char *text,
                gboolean    line_start)
{
  const char *p = text;

  /* What would start a block at the beginning of a line. */
  if (line_start)
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (q > p && q - p < 10 && (*q == '.' || *q == ')'))
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          p = q;
        }
      else if (strchr ("#>+-=", *p) != NULL && *p != '\0')
        g_string_append_c (out, '\\');
    }

  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>|!&", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static void
append_runs (GString   *out,
             GPtrArray *runs)
{
  gboolean line_start = TRUE;

  for (guint i = 0; i < runs->len; i++)
    {
      PlDocRun *run = g_ptr_array_index (runs, i);
      const char *text = run->text;
      const char *marker;
      gsize lead = 0, trail = 0, len = strlen (text);
      g_autofree char *inner = NULL;

      if (run->flags & PL_DOC_RUN_LINE_BREAK)
        {
          g_string_append (out, "\\\n");
          line_start = TRUE;
          continue;
        }
      if (run->flags & PL_DOC_RUN_FOOTNOTE)
        {
          g_string_append (out, "\\");
          g_string_append (out, text);
          continue;
        }
      if (run->flags & PL_DOC_RUN_CODE)
        {
          /* A backtick inside code needs a longer fence. */
          const char *fence = strchr (text, '`') ? "`` " : "`";
          const char *close = strchr (text, '`') ? " ``" : "`";

          g_string_append_printf (out, "%s%s%s", fence, text, close);
          line_start = FALSE;
          continue;
        }

      /* Emphasis markers must touch the text they wrap. */
      while (lead < len && text[lead] == ' ')
        lead++;
      while (trail < len - lead && text[len - 1 - trail] == ' ')
        trail++;
      inner = g_strndup (text + lead, len - lead - trail);

      marker = (run->flags & PL_DOC_RUN_BOLD) && (run->flags & PL_DOC_RUN_ITALIC) ? "***"
             : (run->flags & PL_DOC_RUN_BOLD) ? "**"
             : (run->flags & PL_DOC_RUN_ITALIC) ? "*" : "";
      if (*inner == '\0')
        marker = "";

      g_string_append_len (out, text, lead);
      if (run->href != NULL)
        g_string_append_c (out, '[');
      g_string_append (out, marker);
      append_escaped (out, inner, line_start && lead == 0 && *marker == '\0' && run->href == NULL);
      g_string_append (out, marker);
      if (run->href != NULL)
        {
          g_autofree char *href = g_uri_escape_string (run->href, ":/?#@!$&'*+,;=%~", TRUE);

          g_string_append_printf (out, "](%s)", href);
        }
      g_string_append_len (out, text + len - trail, trail);
      line_start = FALSE;
    }
}

static void
append_cell (GString   *out,
             GPtrArray *runs)
{
  g_autoptr(GString) cell = g_string_new (NULL);

  append_runs (cell, runs);
  /* A table cell is one line; its pipes are already escaped. */
  g_string_replace (cell, "\\\n", " ", 0);
  g_string_append_printf (out, " %s |", cell->str);
}

static void
render_table (GString          *out,
              const PlDocTable *table)
{
  g_string_append (out, "|");
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (c < table->header->len)
        append_cell (out, g_ptr_array_index (table->header, c));
      else
        g_string_append (out, "  |");
    }
  g_string_append (out, "\n|");
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < table->rows->len; r++)
    {
      PlDocRow *row = g_ptr_array_index (table->rows, r);

      g_string_append (out, "|");
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c < row->cells->len)
            append_cell (out, g_ptr_array_index (row->cells, c));
          else
            g_string_append (out, "  |");
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

GBytes *
pl_render_markdown (PlDocModel *model)
{
  GString *out = g_string_new (NULL);
  PlRenderListState list = { -1, 0 };
  int list_indent[64] = { 0 };
  guint n = pl_doc_model_get_n_blocks (model);

  g_return_val_if_fail (PL_IS_DOC_MODEL (model), NULL);

  for (guint i = 0; i < n; i++)
    {
      const PlDocBlock *block = pl_doc_model_get_block (model, i);
      gboolean is_list = block->kind == PL_DOC_BLOCK_PARAGRAPH && block->style == PL_DOC_STYLE_LIST;

      if (!is_list && list.depth >= 0)
        {
          list.depth = -1;
          g_string_append_c (out, '\n');
        }

      switch (block->kind)
        {
        case PL_DOC_BLOCK_MASTHEAD:
          {
            PlDocMasthead *m = block->masthead;

            g_string_append (out, "# ");
            append_escaped (out, m->body, FALSE);
            g_string_append (out, "\n\n");
            g_string_append (out, m->organization);
            g_string_append (out, " — **");
            append_escaped (out, m->symbol, FALSE);
            g_string_append (out, "**");
            if (m->symbol_note >= 0)
              g_string_append_printf (out, "\\%s", pl_doc_model_get_footnote (model, m->symbol_note)->mark);
            g_string_append (out, "\n\n");
            for (guint k = 0; k < m->lines->len; k++)
              {
                const char *line = g_ptr_array_index (m->lines, k);

                if (*line == '\0')
                  g_string_append (out, "\n");
                else
                  {
                    append_escaped (out, line, TRUE);
                    g_string_append (out, k + 1 < m->lines->len && *(char *) g_ptr_array_index (m->lines, k + 1) != '\0'
                                          ? "  \n" : "\n");
                  }
              }
            g_string_append (out, "\n---\n\n");
          }
          break;

        case PL_DOC_BLOCK_HEADING:
          g_string_append_printf (out, "%.*s ", (int) block->level + 1, "######");
          if (block->label != NULL)
            g_string_append_printf (out, "%s ", block->label);
          append_runs (out, block->runs);
          g_string_append (out, "\n\n");
          break;

        case PL_DOC_BLOCK_PARAGRAPH:
          if (is_list)
            {
              int depth = MIN (pl_render_list_step (&list, block), (int) G_N_ELEMENTS (list_indent) - 2);
              gboolean numbered = block->label != NULL && g_ascii_isdigit (block->label[0])
                                  && g_str_has_suffix (block->label, ".");
              g_autofree char *marker = numbered ? g_strdup_printf ("%s ", block->label)
                                                 : g_strdup_printf ("- %s ", block->label ? block->label : "");

              g_string_append_printf (out, "%*s", list_indent[depth], "");
              /* Children line up under this item's text. */
              list_indent[depth + 1] = list_indent[depth] + (numbered ? (int) strlen (block->label) + 1 : 2);
              g_string_append (out, marker);
              append_runs (out, block->runs);
              g_string_append_c (out, '\n');
            }
          else if (block->style == PL_DOC_STYLE_CODE)
            {
              g_autofree char *text = pl_doc_runs_to_plain (block->runs);

              g_string_append_printf (out, "~~~~~~~~\n%s\n~~~~~~~~\n\n", text);
            }
          else if (block->style == PL_DOC_STYLE_TITLE)
            {
              g_string_append (out, "## ");
              append_runs (out, block->runs);
              g_string_append (out, "\n\n");
            }
          else
            {
              append_runs (out, block->runs);
              g_string_append (out, "\n\n");
            }
          break;

        case PL_DOC_BLOCK_TABLE:
          render_table (out, block->table);
          break;

        case PL_DOC_BLOCK_PAGE_BREAK:
          break;
        }
    }

  if (pl_doc_model_get_n_footnotes (model) > 0)
    {
      g_string_append (out, "\n---\n\n");
      for (guint i = 0; i < pl_doc_model_get_n_footnotes (model); i++)
        {
          const PlDocFootnote *footnote = pl_doc_model_get_footnote (model, i);

          g_string_append_printf (out, "\\%s ", footnote->mark);
          append_runs (out, footnote->runs);
          g_string_append (out, "\n\n");
        }
    }

  return g_string_free_to_bytes (out);
}
