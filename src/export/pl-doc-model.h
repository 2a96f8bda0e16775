/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pl-agenda.h"

G_BEGIN_DECLS

/*
 * A small document model between the session and the renderers: a report
 * (the annotated agenda, and later the credentials report, the Bureau's
 * slate, the lists of speakers...) builds a PlDocModel, and each renderer
 * (PDF, HTML, ODT, Markdown) turns any PlDocModel into a file. The blocks
 * are plain structs, read directly by the renderers; they belong to the
 * model and are built only through the pl_doc_model_add_* functions.
 */

typedef enum {
  PL_DOC_RUN_BOLD        = 1 << 0,
  PL_DOC_RUN_ITALIC      = 1 << 1,
  PL_DOC_RUN_CODE        = 1 << 2,
  PL_DOC_RUN_FOOTNOTE    = 1 << 3, /* a footnote mark; footnote = its index */
  PL_DOC_RUN_LINE_BREAK  = 1 << 4, /* a forced line break; text is "\n" */
  PL_DOC_RUN_NOBREAK     = 1 << 5, /* never broken across lines: a document symbol */
} PlDocRunFlags;

typedef struct
{
  char          *text;
  PlDocRunFlags  flags;
  char          *href;     /* nullable: a link */
  guint          footnote; /* with PL_DOC_RUN_FOOTNOTE */
} PlDocRun;

typedef enum {
  PL_DOC_BLOCK_MASTHEAD,
  PL_DOC_BLOCK_HEADING,
  PL_DOC_BLOCK_PARAGRAPH,
  PL_DOC_BLOCK_TABLE,
  PL_DOC_BLOCK_PAGE_BREAK,
} PlDocBlockKind;

/* What a paragraph is, for the renderers' choice of face and spacing. */
typedef enum {
  PL_DOC_STYLE_BODY,
  PL_DOC_STYLE_SESSION,  /* session title, venue and dates, under the masthead */
  PL_DOC_STYLE_TITLE,    /* the document's title: "Annotated provisional agenda" */
  PL_DOC_STYLE_LIST,     /* an entry of a numbered or lettered list: label + runs */
  PL_DOC_STYLE_REFERENCE,/* a documentation line: description (symbol) */
  PL_DOC_STYLE_CODE,
} PlDocStyle;

typedef struct
{
  char      *organization;  /* "United Nations" */
  char      *symbol;
  char      *body;          /* "Conference of the Parties to..." */
  GPtrArray *lines;         /* of char *: "Distr.: General", date, "", "Original: English" */
  int        symbol_note;   /* index of a footnote marked after the symbol, or -1 */
} PlDocMasthead;

typedef struct
{
  gboolean   span;          /* one cell across the table: a day's heading */
  GPtrArray *cells;         /* of GPtrArray of PlDocRun */
} PlDocRow;

typedef struct
{
  guint      n_columns;
  double    *widths;        /* n_columns fractions of the text width */
  GPtrArray *header;        /* of GPtrArray of PlDocRun */
  GPtrArray *rows;          /* of PlDocRow */
  gboolean   keep_rows;     /* a row moves whole to the next page rather than split,
                             * when it fits on one: a register's entries */
} PlDocTable;

typedef struct
{
  PlDocBlockKind  kind;
  PlDocStyle      style;
  guint           level;    /* HEADING: 1 (part), 2 (item), 3 (sub-item), 4 (minor) */
  guint           indent;   /* nesting depth of lists and quotes */
  char           *label;    /* nullable: "1.", "(a)", "•" */
  GPtrArray      *runs;     /* of PlDocRun */
  PlDocMasthead  *masthead;
  PlDocTable     *table;
  /* A paragraph of the draft report (issue 20): its stable key, the _ids
   * of the records it rests on and how the reader knows them (a symbol, a
   * State's name), and whether the Rapporteur's text printed in it was
   * written against other facts. The HTML carries them; the other
   * renderers print the text only. All NULL/FALSE elsewhere. */
  char           *key;
  GStrv           sources;
  GStrv           source_labels;
  gboolean        stale;
} PlDocBlock;

typedef struct
{
  char      *mark;          /* "*", "1"... */
  GPtrArray *runs;          /* of PlDocRun */
} PlDocFootnote;

/* A text the document prints in its original language, for want of a
 * current version in the document's language. */
typedef struct
{
  char *record_id;
  char *field;
} PlDocFallback;

#define PL_TYPE_DOC_MODEL (pl_doc_model_get_type ())

G_DECLARE_FINAL_TYPE (PlDocModel, pl_doc_model, PL, DOC_MODEL, GObject)

PlDocModel          *pl_doc_model_new                (void);

const char          *pl_doc_model_get_title          (PlDocModel    *self);
const char          *pl_doc_model_get_language       (PlDocModel    *self);
const char          *pl_doc_model_get_running_header (PlDocModel    *self);
guint                pl_doc_model_get_n_blocks       (PlDocModel    *self);
const PlDocBlock    *pl_doc_model_get_block          (PlDocModel    *self,
                                                      guint          index);
guint                pl_doc_model_get_n_footnotes    (PlDocModel    *self);
const PlDocFootnote *pl_doc_model_get_footnote       (PlDocModel    *self,
                                                      guint          index);

void                 pl_doc_model_set_title          (PlDocModel    *self,
                                                      const char    *title);
void                 pl_doc_model_set_language       (PlDocModel    *self,
                                                      const char    *language);
void                 pl_doc_model_set_running_header (PlDocModel    *self,
                                                      const char    *running_header);
void                 pl_doc_model_set_agenda         (PlDocModel    *self,
                                                      PlAgenda      *agenda);

PlDocBlock          *pl_doc_model_add_block          (PlDocModel    *self,
                                                      PlDocBlockKind kind);
PlDocBlock          *pl_doc_model_add_heading        (PlDocModel    *self,
                                                      guint          level,
                                                      const char    *label,
                                                      const char    *text);
PlDocBlock          *pl_doc_model_add_paragraph      (PlDocModel    *self,
                                                      PlDocStyle     style,
                                                      const char    *text);
PlDocMasthead       *pl_doc_model_add_masthead       (PlDocModel    *self);
PlDocTable          *pl_doc_model_add_table          (PlDocModel    *self,
                                                      guint          n_columns,
                                                      const double  *widths);
guint                pl_doc_model_add_footnote       (PlDocModel    *self,
                                                      const char    *mark,
                                                      const char    *text);
void                 pl_doc_model_add_markdown       (PlDocModel    *self,
                                                      const char    *markdown,
                                                      guint          indent);

void                 pl_doc_model_add_fallback       (PlDocModel    *self,
                                                      const char    *record_id,
                                                      const char    *field);
guint                pl_doc_model_get_n_fallbacks    (PlDocModel    *self);
const PlDocFallback *pl_doc_model_get_fallback       (PlDocModel    *self,
                                                      guint          index);
const char          *pl_doc_model_keep               (PlDocModel    *self,
                                                      char          *text);

PlDocRun            *pl_doc_runs_add                 (GPtrArray     *runs,
                                                      const char    *text,
                                                      PlDocRunFlags  flags);
GPtrArray           *pl_doc_runs_new                 (void);
char                *pl_doc_runs_to_plain            (GPtrArray     *runs);

void                 pl_doc_block_set_sources        (PlDocBlock    *block,
                                                      const char    *key,
                                                      const char * const *sources,
                                                      const char * const *labels,
                                                      gboolean       stale);

GPtrArray           *pl_doc_table_add_header_cell    (PlDocTable    *table);
PlDocRow            *pl_doc_table_add_row            (PlDocTable    *table,
                                                      gboolean       span);
GPtrArray           *pl_doc_row_add_cell             (PlDocRow      *row);

G_END_DECLS
