/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include "pl-record-table-private.h"

/* The search of a PlRecordTable: a record matches when any of the
 * page's expressions (a delegation's name, its ISO code) contains the
 * text, compared as GtkStringFilter compares them: both normalized with
 * G_NORMALIZE_ALL (an "ô" typed composed or not finds "Côte d'Ivoire")
 * and casefolded.
 *
 * It is one GtkCustomFilter rather than a GtkAnyFilter of string
 * filters (issue 23): a string filter normalizes and casefolds every
 * record's strings again on each keystroke, and each of its filters
 * told the view of its change apart, so the view took in two changes a
 * keystroke. Here each record's prepared strings are kept, checked
 * against what the expressions give now (a rename shows at once, no
 * cache to forget), and a keystroke is one change, more strict when a
 * character was added, so that GtkFilterListModel looks again only at
 * the records shown. */

/* A record's searched strings, as the expressions gave them and prepared. */
typedef struct
{
  GStrv raw;
  GStrv prepared;
} SearchKey;

static void
search_key_free (gpointer data)
{
  SearchKey *key = data;

  g_strfreev (key->raw);
  g_strfreev (key->prepared);
  g_free (key);
}

/* As GtkStringFilter prepares a string when it ignores case. */
static char *
prepare (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return NULL;
  return g_utf8_casefold (normalized, -1);
}

static gboolean
match_search_cb (gpointer item,
                 gpointer user_data)
{
  PlRecordTable *self = user_data;
  guint n = self->search_expressions->len;
  SearchKey *key;

  if (self->search_prepared == NULL)
    return TRUE;

  key = g_hash_table_lookup (self->search_keys, item);
  if (key == NULL)
    {
      key = g_new0 (SearchKey, 1);
      key->raw = g_new0 (char *, n + 1);
      key->prepared = g_new0 (char *, n + 1);
      g_hash_table_insert (self->search_keys, item, key);
    }

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      const char *text = NULL;

      if (gtk_expression_evaluate (g_ptr_array_index (self->search_expressions, i), item, &value))
        text = g_value_get_string (&value);
      /* The record changed since (or a record freed left its address to
       * this one): prepare its string again. */
      if (g_strcmp0 (text, key->raw[i]) != 0)
        {
          g_free (key->raw[i]);
          g_free (key->prepared[i]);
          key->raw[i] = g_strdup (text);
          key->prepared[i] = prepare (text);
        }
      if (key->prepared[i] != NULL && strstr (key->prepared[i], self->search_prepared) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
on_items_changed_cb (PlRecordTable *self,
                     guint          position,
                     guint          removed,
                     guint          added)
{
  /* The keys of records gone would stay: forget them all (they are
   * prepared again as the search next looks at each). */
  if (removed > 0)
    g_hash_table_remove_all (self->search_keys);
}

void
pl_record_table_search_init (PlRecordTable *self)
{
  self->search_expressions = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_expression_unref);
  self->search_keys = g_hash_table_new_full (NULL, NULL, NULL, search_key_free);
}

void
pl_record_table_search_set_items (PlRecordTable *self,
                                  GListModel    *old_items,
                                  GListModel    *items)
{
  if (old_items != NULL)
    g_signal_handlers_disconnect_by_func (old_items, on_items_changed_cb, self);
  g_hash_table_remove_all (self->search_keys);
  if (items != NULL)
    g_signal_connect_swapped (items, "items-changed", G_CALLBACK (on_items_changed_cb), self);
}

void
pl_record_table_search_dispose (PlRecordTable *self)
{
  g_clear_pointer (&self->search_keys, g_hash_table_unref);
  g_clear_pointer (&self->search_expressions, g_ptr_array_unref);
  g_clear_pointer (&self->search_prepared, g_free);
}

/**
 * pl_record_table_add_search:
 * @expression: (transfer full): a string the search looks in
 *
 * The search matches a record when any of its expressions contains the
 * text, without regard to case (a delegation's name or ISO code).
 */
void
pl_record_table_add_search (PlRecordTable *self,
                            GtkExpression *expression)
{
  g_return_if_fail (PL_IS_RECORD_TABLE (self));
  g_return_if_fail (expression != NULL);

  if (self->search == NULL)
    {
      self->search = gtk_custom_filter_new (match_search_cb, self, NULL);
      gtk_multi_filter_append (GTK_MULTI_FILTER (self->filter), GTK_FILTER (self->search));
    }
  g_ptr_array_add (self->search_expressions, expression);
  /* The keys have a string for each expression. */
  g_hash_table_remove_all (self->search_keys);
  gtk_filter_changed (GTK_FILTER (self->search), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * pl_record_table_set_search:
 *
 * Filters by @text, as typing in the search entry does.
 */
void
pl_record_table_set_search (PlRecordTable *self,
                            const char    *text)
{
  char *prepared;
  const char *old;
  GtkFilterChange change;

  g_return_if_fail (PL_IS_RECORD_TABLE (self));

  prepared = prepare (text);
  old = self->search_prepared;
  if (g_strcmp0 (prepared, old) == 0)
    {
      g_free (prepared);
      return;
    }

  /* A character typed can only hide rows, one erased only show more:
   * the filter model then looks only at the rows shown, or hidden. */
  if (old == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (prepared == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (strstr (prepared, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, prepared) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  g_free (self->search_prepared);
  self->search_prepared = prepared;
  if (self->search != NULL)
    gtk_filter_changed (GTK_FILTER (self->search), change);
}
