/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include <string.h>

#include <cmark.h>

#include "pl-doc-model.h"

struct _PlDocModel
{
  GObject    parent_instance;

  char      *title;
  char      *language;
  char      *running_header;
  GPtrArray *blocks;     /* of PlDocBlock */
  GPtrArray *footnotes;  /* of PlDocFootnote */
  GPtrArray *fallbacks;  /* of PlDocFallback */
  GPtrArray *kept;       /* of char *: texts the builders print from */
  PlAgenda  *agenda;     /* resolves item: links in Markdown; may be NULL;
                          * weak, as the session owns it */
};

G_DEFINE_FINAL_TYPE (PlDocModel, pl_doc_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LANGUAGE,
  PROP_RUNNING_HEADER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
run_free (gpointer data)
{
  PlDocRun *run = data;

  g_free (run->text);
  g_free (run->href);
  g_free (run);
}

static void
runs_unref (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
row_free (gpointer data)
{
  PlDocRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
table_free (PlDocTable *table)
{
  g_free (table->widths);
  g_ptr_array_unref (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
masthead_free (PlDocMasthead *masthead)
{
  g_free (masthead->organization);
  g_free (masthead->symbol);
  g_free (masthead->body);
  g_ptr_array_unref (masthead->lines);
  g_free (masthead);
}

static void
block_free (gpointer data)
{
  PlDocBlock *block = data;

  g_free (block->label);
  g_ptr_array_unref (block->runs);
  g_clear_pointer (&block->masthead, masthead_free);
  g_clear_pointer (&block->table, table_free);
  g_free (block->key);
  g_strfreev (block->sources);
  g_strfreev (block->source_labels);
  g_free (block);
}

static void
footnote_free (gpointer data)
{
  PlDocFootnote *footnote = data;

  g_free (footnote->mark);
  g_ptr_array_unref (footnote->runs);
  g_free (footnote);
}

static void
fallback_free (gpointer data)
{
  PlDocFallback *fallback = data;

  g_free (fallback->record_id);
  g_free (fallback->field);
  g_free (fallback);
}

static void
pl_doc_model_finalize (GObject *object)
{
  PlDocModel *self = PL_DOC_MODEL (object);

  g_free (self->title);
  g_free (self->language);
  g_free (self->running_header);
  g_ptr_array_unref (self->blocks);
  g_ptr_array_unref (self->footnotes);
  g_ptr_array_unref (self->fallbacks);
  g_ptr_array_unref (self->kept);
  g_clear_weak_pointer (&self->agenda);

  G_OBJECT_CLASS (pl_doc_model_parent_class)->finalize (object);
}

static void
pl_doc_model_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PlDocModel *self = PL_DOC_MODEL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_RUNNING_HEADER:
      g_value_set_string (value, self->running_header);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_doc_model_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PlDocModel *self = PL_DOC_MODEL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pl_doc_model_set_title (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      pl_doc_model_set_language (self, g_value_get_string (value));
      break;
    case PROP_RUNNING_HEADER:
      pl_doc_model_set_running_header (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_doc_model_class_init (PlDocModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_doc_model_finalize;
  object_class->get_property = pl_doc_model_get_property;
  object_class->set_property = pl_doc_model_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING_HEADER] =
    g_param_spec_string ("running-header", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_doc_model_init (PlDocModel *self)
{
  self->language = g_strdup ("en");
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->footnotes = g_ptr_array_new_with_free_func (footnote_free);
  self->fallbacks = g_ptr_array_new_with_free_func (fallback_free);
  self->kept = g_ptr_array_new_with_free_func (g_free);
}

PlDocModel *
pl_doc_model_new (void)
{
  return g_object_new (PL_TYPE_DOC_MODEL, NULL);
}

const char *
pl_doc_model_get_title (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);

  return self->title;
}

const char *
pl_doc_model_get_language (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);

  return self->language;
}

const char *
pl_doc_model_get_running_header (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);

  return self->running_header;
}

guint
pl_doc_model_get_n_blocks (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), 0);

  return self->blocks->len;
}

const PlDocBlock *
pl_doc_model_get_block (PlDocModel *self,
                        guint       index)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);

  return g_ptr_array_index (self->blocks, index);
}

guint
pl_doc_model_get_n_footnotes (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), 0);

  return self->footnotes->len;
}

const PlDocFootnote *
pl_doc_model_get_footnote (PlDocModel *self,
                           guint       index)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);
  g_return_val_if_fail (index < self->footnotes->len, NULL);

  return g_ptr_array_index (self->footnotes, index);
}

/**
 * pl_doc_model_add_fallback:
 * @record_id: the record whose text is printed in its original language
 * @field: the field
 *
 * Notes that the document prints a text in its original language, for
 * want of a current version in the document's language (issue 21): the
 * export refuses such a document unless its caller allows the fallback.
 * Each text is noted once, however often the document prints it.
 */
void
pl_doc_model_add_fallback (PlDocModel *self,
                           const char *record_id,
                           const char *field)
{
  PlDocFallback *fallback;

  g_return_if_fail (PL_IS_DOC_MODEL (self));
  g_return_if_fail (record_id != NULL && field != NULL);

  for (guint i = 0; i < self->fallbacks->len; i++)
    {
      PlDocFallback *known = g_ptr_array_index (self->fallbacks, i);

      if (g_str_equal (known->record_id, record_id) && g_str_equal (known->field, field))
        return;
    }

  fallback = g_new0 (PlDocFallback, 1);
  fallback->record_id = g_strdup (record_id);
  fallback->field = g_strdup (field);
  g_ptr_array_add (self->fallbacks, fallback);
}

guint
pl_doc_model_get_n_fallbacks (PlDocModel *self)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), 0);

  return self->fallbacks->len;
}

const PlDocFallback *
pl_doc_model_get_fallback (PlDocModel *self,
                           guint       index)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);
  g_return_val_if_fail (index < self->fallbacks->len, NULL);

  return g_ptr_array_index (self->fallbacks, index);
}

/**
 * pl_doc_model_keep:
 * @text: (transfer full): a text made for the document
 *
 * Keeps @text as long as the model, so that a builder can print a text it
 * made (an original with its language's mark) like one it borrowed.
 *
 * Returns: (transfer none): @text
 */
const char *
pl_doc_model_keep (PlDocModel *self,
                   char       *text)
{
  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);

  if (text != NULL)
    g_ptr_array_add (self->kept, text);
  return text;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
pl_doc_model_set_title (PlDocModel *self,
                        const char *title)
{
  g_return_if_fail (PL_IS_DOC_MODEL (self));

  if (set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
pl_doc_model_set_language (PlDocModel *self,
                           const char *language)
{
  g_return_if_fail (PL_IS_DOC_MODEL (self));

  if (set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

void
pl_doc_model_set_running_header (PlDocModel *self,
                                 const char *running_header)
{
  g_return_if_fail (PL_IS_DOC_MODEL (self));

  if (set_string (&self->running_header, running_header))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING_HEADER]);
}

GPtrArray *
pl_doc_runs_new (void)
{
  return g_ptr_array_new_with_free_func (run_free);
}

/**
 * pl_doc_runs_add:
 *
 * Appends @text to @runs, merged into the last run when it has the same
 * flags and no link: one run per change of face keeps the renderers'
 * markup small for a 20,000-character paragraph.
 *
 * Returns: (transfer none): the run that holds @text
 */
PlDocRun *
pl_doc_runs_add (GPtrArray     *runs,
                 const char    *text,
                 PlDocRunFlags  flags)
{
  PlDocRun *run;

  g_return_val_if_fail (runs != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (runs->len > 0 && (flags & (PL_DOC_RUN_FOOTNOTE | PL_DOC_RUN_LINE_BREAK)) == 0)
    {
      PlDocRun *last = g_ptr_array_index (runs, runs->len - 1);

      if (last->flags == flags && last->href == NULL)
        {
          char *joined = g_strconcat (last->text, text, NULL);

          g_free (last->text);
          last->text = joined;
          return last;
        }
    }

  run = g_new0 (PlDocRun, 1);
  run->text = g_strdup (text);
  run->flags = flags;
  g_ptr_array_add (runs, run);
  return run;
}

char *
pl_doc_runs_to_plain (GPtrArray *runs)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < runs->len; i++)
    g_string_append (out, ((PlDocRun *) g_ptr_array_index (runs, i))->text);
  return g_string_free (out, FALSE);
}

PlDocBlock *
pl_doc_model_add_block (PlDocModel     *self,
                        PlDocBlockKind  kind)
{
  PlDocBlock *block;

  g_return_val_if_fail (PL_IS_DOC_MODEL (self), NULL);

  block = g_new0 (PlDocBlock, 1);
  block->kind = kind;
  block->runs = pl_doc_runs_new ();
  g_ptr_array_add (self->blocks, block);
  return block;
}

PlDocBlock *
pl_doc_model_add_heading (PlDocModel *self,
                          guint       level,
                          const char *label,
                          const char *text)
{
  PlDocBlock *block = pl_doc_model_add_block (self, PL_DOC_BLOCK_HEADING);

  block->level = CLAMP (level, 1, 4);
  block->label = g_strdup (label);
  if (text != NULL)
    pl_doc_runs_add (block->runs, text, 0);
  return block;
}

PlDocBlock *
pl_doc_model_add_paragraph (PlDocModel *self,
                            PlDocStyle  style,
                            const char *text)
{
  PlDocBlock *block = pl_doc_model_add_block (self, PL_DOC_BLOCK_PARAGRAPH);

  block->style = style;
  if (text != NULL)
    pl_doc_runs_add (block->runs, text, 0);
  return block;
}

PlDocMasthead *
pl_doc_model_add_masthead (PlDocModel *self)
{
  PlDocBlock *block = pl_doc_model_add_block (self, PL_DOC_BLOCK_MASTHEAD);

  block->masthead = g_new0 (PlDocMasthead, 1);
  block->masthead->lines = g_ptr_array_new_with_free_func (g_free);
  block->masthead->symbol_note = -1;
  return block->masthead;
}

PlDocTable *
pl_doc_model_add_table (PlDocModel   *self,
                        guint         n_columns,
                        const double *widths)
{
  PlDocBlock *block;
  PlDocTable *table;

  g_return_val_if_fail (n_columns > 0, NULL);

  block = pl_doc_model_add_block (self, PL_DOC_BLOCK_TABLE);
  table = block->table = g_new0 (PlDocTable, 1);
  table->n_columns = n_columns;
  table->widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] = widths != NULL ? widths[i] : 1.0 / n_columns;
  table->header = g_ptr_array_new_with_free_func (runs_unref);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  return table;
}

GPtrArray *
pl_doc_table_add_header_cell (PlDocTable *table)
{
  GPtrArray *runs = pl_doc_runs_new ();

  g_ptr_array_add (table->header, runs);
  return runs;
}

PlDocRow *
pl_doc_table_add_row (PlDocTable *table,
                      gboolean    span)
{
  PlDocRow *row = g_new0 (PlDocRow, 1);

  row->span = span;
  row->cells = g_ptr_array_new_with_free_func (runs_unref);
  g_ptr_array_add (table->rows, row);
  return row;
}

GPtrArray *
pl_doc_row_add_cell (PlDocRow *row)
{
  GPtrArray *runs = pl_doc_runs_new ();

  g_ptr_array_add (row->cells, runs);
  return runs;
}

/**
 * pl_doc_model_add_footnote:
 *
 * Returns: the footnote's index, for a PL_DOC_RUN_FOOTNOTE run or the
 *   masthead's symbol_note
 */
guint
pl_doc_model_add_footnote (PlDocModel *self,
                           const char *mark,
                           const char *text)
{
  PlDocFootnote *footnote;

  g_return_val_if_fail (PL_IS_DOC_MODEL (self), 0);

  footnote = g_new0 (PlDocFootnote, 1);
  footnote->mark = g_strdup (mark);
  footnote->runs = pl_doc_runs_new ();
  pl_doc_runs_add (footnote->runs, text, 0);
  g_ptr_array_add (self->footnotes, footnote);
  return self->footnotes->len - 1;
}

/**
 * pl_doc_block_set_sources:
 * @key: the paragraph's stable key (the HTML's anchor)
 * @sources: (array zero-terminated=1): record _ids
 * @labels: (array zero-terminated=1) (nullable): one per source, what
 *   the reader calls it; the _id when %NULL or shorter
 */
void
pl_doc_block_set_sources (PlDocBlock         *block,
                          const char         *key,
                          const char * const *sources,
                          const char * const *labels,
                          gboolean            stale)
{
  guint n;

  g_return_if_fail (block != NULL);

  g_free (block->key);
  block->key = g_strdup (key);
  g_strfreev (block->sources);
  g_strfreev (block->source_labels);
  block->sources = g_strdupv ((char **) (sources != NULL ? sources : (const char * const[]) { NULL }));
  n = g_strv_length (block->sources);
  block->source_labels = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      gboolean have = labels != NULL;

      for (guint j = 0; have && j <= i; j++)
        have = labels[j] != NULL;
      block->source_labels[i] = g_strdup (have ? labels[i] : block->sources[i]);
    }
  block->stale = stale;
}

/**
 * pl_doc_model_set_agenda:
 * @agenda: (nullable): the session's agenda
 *
 * With an agenda, a link in Markdown whose target is an item
 * (`[8](item:…)`, docs/documents.md "Referring to an item") prints the item's
 * current number instead of the text typed in the brackets, so a number
 * in an annotation follows the item when it moves.
 */
void
pl_doc_model_set_agenda (PlDocModel *self,
                         PlAgenda   *agenda)
{
  g_return_if_fail (PL_IS_DOC_MODEL (self));
  g_return_if_fail (agenda == NULL || PL_IS_AGENDA (agenda));

  g_set_weak_pointer (&self->agenda, agenda);
}

/* CommonMark -> blocks. */

typedef struct
{
  PlDocModel *model;
  PlDocBlock *current;
  guint       base_indent;
  guint       list_depth;
  guint       quote_depth;
  guint       bold;
  guint       italic;
  GPtrArray  *hrefs;         /* stack of link targets */
  GArray     *counters;      /* per open list: next number, or -1 for bullets */
  char       *pending_label; /* the label of a list item not yet given to a paragraph */
} MarkdownState;

static PlDocRunFlags
state_flags (MarkdownState *state)
{
  return (state->bold ? PL_DOC_RUN_BOLD : 0) | (state->italic ? PL_DOC_RUN_ITALIC : 0);
}

static PlDocBlock *
state_open_paragraph (MarkdownState *state,
                      PlDocStyle     style)
{
  PlDocBlock *block = pl_doc_model_add_paragraph (state->model, style, NULL);

  block->indent = state->base_indent + state->list_depth + state->quote_depth;
  if (state->pending_label != NULL)
    {
      block->label = g_steal_pointer (&state->pending_label);
      block->style = style == PL_DOC_STYLE_BODY ? PL_DOC_STYLE_LIST : style;
      /* The label hangs in the indent of the list's own level. */
      block->indent--;
    }
  state->current = block;
  return block;
}

static void
state_add_text (MarkdownState *state,
                const char    *text,
                PlDocRunFlags  extra)
{
  PlDocRun *run;
  const char *href;

  if (text == NULL || *text == '\0')
    return;
  if (state->current == NULL)
    state_open_paragraph (state, PL_DOC_STYLE_BODY);

  href = state->hrefs->len > 0 ? g_ptr_array_index (state->hrefs, state->hrefs->len - 1) : NULL;
  if (href != NULL && *href != '\0')
    {
      run = g_new0 (PlDocRun, 1);
      run->text = g_strdup (text);
      run->flags = state_flags (state) | extra;
      run->href = g_strdup (href);
      g_ptr_array_add (state->current->runs, run);
    }
  else
    pl_doc_runs_add (state->current->runs, text, state_flags (state) | extra);
}

/* A literal block (code, raw HTML) keeps its lines as forced breaks. */
static void
state_add_literal_block (MarkdownState *state,
                         const char    *literal,
                         PlDocStyle     style)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  if (literal == NULL)
    return;
  lines = g_strsplit (literal, "\n", -1);
  n = g_strv_length (lines);
  while (n > 0 && *lines[n - 1] == '\0')
    n--;

  state_open_paragraph (state, style);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        pl_doc_runs_add (state->current->runs, "\n", PL_DOC_RUN_LINE_BREAK);
      if (*lines[i] != '\0')
        pl_doc_runs_add (state->current->runs, lines[i], style == PL_DOC_STYLE_CODE ? PL_DOC_RUN_CODE : 0);
    }
  state->current = NULL;
}

static char *
item_label (MarkdownState *state,
            cmark_node    *list)
{
  int *counter;

  if (state->counters->len == 0)
    return g_strdup ("•");
  counter = &g_array_index (state->counters, int, state->counters->len - 1);
  if (*counter < 0)
    return g_strdup ("•");
  return g_strdup_printf ("%d%s", (*counter)++,
                          cmark_node_get_list_delim (list) == CMARK_PAREN_DELIM ? ")" : ".");
}

/**
 * pl_doc_model_add_markdown:
 * @markdown: CommonMark text (an agenda item's annotation)
 * @indent: the indent of its paragraphs
 *
 * Appends @markdown as blocks, parsed by libcmark. Nothing the author typed
 * is dropped: raw HTML is kept as literal text (the renderers escape it),
 * and markup that does not balance stays as the characters typed, which is
 * what CommonMark itself specifies.
 */
void
pl_doc_model_add_markdown (PlDocModel *self,
                           const char *markdown,
                           guint       indent)
{
  MarkdownState state = { 0 };
  cmark_node *document;
  cmark_iter *iter;
  cmark_event_type event;

  g_return_if_fail (PL_IS_DOC_MODEL (self));

  if (markdown == NULL || *markdown == '\0')
    return;

  state.model = self;
  state.base_indent = indent;
  state.hrefs = g_ptr_array_new_with_free_func (g_free);
  state.counters = g_array_new (FALSE, FALSE, sizeof (int));

  document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);
  iter = cmark_iter_new (document);

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      gboolean enter = event == CMARK_EVENT_ENTER;

      switch (cmark_node_get_type (node))
        {
        case CMARK_NODE_PARAGRAPH:
          if (enter)
            state_open_paragraph (&state, PL_DOC_STYLE_BODY);
          else
            state.current = NULL;
          break;

        case CMARK_NODE_HEADING:
          if (enter)
            {
              state_open_paragraph (&state, PL_DOC_STYLE_BODY);
              state.bold++;
            }
          else
            {
              state.bold--;
              state.current = NULL;
            }
          break;

        case CMARK_NODE_LIST:
          if (enter)
            {
              int start = cmark_node_get_list_type (node) == CMARK_ORDERED_LIST
                          ? cmark_node_get_list_start (node) : -1;

              g_array_append_val (state.counters, start);
              state.list_depth++;
            }
          else
            {
              g_array_set_size (state.counters, state.counters->len - 1);
              state.list_depth--;
            }
          state.current = NULL;
          break;

        case CMARK_NODE_ITEM:
          if (enter)
            {
              g_free (state.pending_label);
              state.pending_label = item_label (&state, cmark_node_parent (node));
            }
          else if (state.pending_label != NULL)
            {
              /* An empty item still shows its number. */
              state_open_paragraph (&state, PL_DOC_STYLE_BODY);
            }
          state.current = NULL;
          break;

        case CMARK_NODE_BLOCK_QUOTE:
          state.quote_depth += enter ? 1 : -1;
          state.current = NULL;
          break;

        case CMARK_NODE_CODE_BLOCK:
          state_add_literal_block (&state, cmark_node_get_literal (node), PL_DOC_STYLE_CODE);
          break;

        case CMARK_NODE_HTML_BLOCK:
          state_add_literal_block (&state, cmark_node_get_literal (node), PL_DOC_STYLE_BODY);
          break;

        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
          state_add_text (&state, cmark_node_get_literal (node), 0);
          break;

        case CMARK_NODE_CODE:
          state_add_text (&state, cmark_node_get_literal (node), PL_DOC_RUN_CODE);
          break;

        case CMARK_NODE_SOFTBREAK:
          state_add_text (&state, " ", 0);
          break;

        case CMARK_NODE_LINEBREAK:
          if (state.current != NULL)
            pl_doc_runs_add (state.current->runs, "\n", PL_DOC_RUN_LINE_BREAK);
          break;

        case CMARK_NODE_EMPH:
          if (enter)
            state.italic++;
          else
            state.italic--;
          break;

        case CMARK_NODE_STRONG:
          if (enter)
            state.bold++;
          else
            state.bold--;
          break;

        case CMARK_NODE_LINK:
          if (enter && pl_agenda_is_item_link (cmark_node_get_url (node)))
            {
              PlAgendaItem *item = self->agenda != NULL
                                   ? pl_agenda_find_by_link (self->agenda, cmark_node_get_url (node))
                                   : NULL;

              if (item != NULL && pl_agenda_item_get_number (item) != NULL)
                {
                  /* The current number replaces the typed text; the link's
                   * children and its exit are skipped. */
                  g_ptr_array_add (state.hrefs, g_strdup (""));
                  state_add_text (&state, pl_agenda_item_get_number (item), 0);
                  g_ptr_array_remove_index (state.hrefs, state.hrefs->len - 1);
                  cmark_iter_reset (iter, node, CMARK_EVENT_EXIT);
                }
              else
                {
                  /* An item that is gone: its text as typed, and no link
                   * (item: is no address a reader's viewer could open). */
                  g_ptr_array_add (state.hrefs, g_strdup (""));
                }
            }
          else if (enter)
            g_ptr_array_add (state.hrefs, g_strdup (cmark_node_get_url (node)));
          else
            g_ptr_array_remove_index (state.hrefs, state.hrefs->len - 1);
          break;

        case CMARK_NODE_DOCUMENT:
        case CMARK_NODE_IMAGE:          /* its description is its TEXT children */
        case CMARK_NODE_THEMATIC_BREAK: /* a rule, no text */
        case CMARK_NODE_CUSTOM_BLOCK:
        case CMARK_NODE_CUSTOM_INLINE:
        case CMARK_NODE_NONE:
        default:
          break;
        }
    }

  cmark_iter_free (iter);
  cmark_node_free (document);
  g_free (state.pending_label);
  g_ptr_array_unref (state.hrefs);
  g_array_unref (state.counters);
}
