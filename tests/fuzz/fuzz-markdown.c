/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-doc-model.h"
#include "pl-render.h"

/*
 * Annotations are CommonMark typed by people (and pulled from servers):
 * the renderer must take any text to every document format.
 */
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  g_autofree char *text = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GBytes) odt = NULL;
  g_autoptr(GBytes) md = NULL;

  /* The model holds UTF-8: invalid input is made valid first, as the
   * codec's JSON parser would have refused it. */
  text = g_utf8_make_valid ((const char *) data, size);

  pl_doc_model_add_markdown (model, text, 0);
  html = pl_render_html (model);
  odt = pl_render_odt (model);
  md = pl_render_markdown (model);
  g_assert (html != NULL && odt != NULL && md != NULL);

  return 0;
}
