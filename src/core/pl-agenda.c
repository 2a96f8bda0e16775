/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-position.h"

/**
 * PlAgenda:
 *
 * The agenda as a tree, derived from the items' `parent` and `position`
 * fields: a sorted #GListStore of children per parent (for a
 * GtkTreeListModel), the derived numbers ("1", "1 (a)", "2 (d)") and the
 * structural edits, each one undo step.
 *
 * The tree is rebuilt from the session's change signal whenever an item
 * is added or removed or its parent or position changes; each children
 * store is then updated with one splice of the part that differs, so rows
 * that did not move keep their identity in the views.
 */
struct _PlAgenda
{
  GObject     parent_instance;

  PlSession  *session;   /* owns us; not a reference */
  GListStore *top;
  GHashTable *children;  /* parent _id → GListStore */
  guint       holds;     /* pl_agenda_hold() without its release */
  gboolean    stale;     /* an item changed while held */
};

G_DEFINE_FINAL_TYPE (PlAgenda, pl_agenda, G_TYPE_OBJECT)

static GListStore *
children_store (PlAgenda   *self,
                const char *parent_id)
{
  GListStore *store;

  if (parent_id == NULL)
    return self->top;

  store = g_hash_table_lookup (self->children, parent_id);
  if (store == NULL)
    {
      store = g_list_store_new (PL_TYPE_AGENDA_ITEM);
      g_hash_table_insert (self->children, g_strdup (parent_id), store);
    }

  return store;
}

static int
compare_siblings (gconstpointer a,
                  gconstpointer b)
{
  PlAgendaItem *ia = *(PlAgendaItem **) a;
  PlAgendaItem *ib = *(PlAgendaItem **) b;
  int cmp;

  cmp = pl_position_compare (pl_agenda_item_get_position (ia),
                             pl_agenda_item_get_position (ib));
  if (cmp != 0)
    return cmp;

  /* Two people who inserted at the same place offline made equal keys:
   * the _id settles it the same way on every replica. */
  return g_strcmp0 (pl_record_get_id (PL_RECORD (ia)), pl_record_get_id (PL_RECORD (ib)));
}

/* Make @store hold @wanted, splicing only the middle part that differs. */
static void
sync_store (GListStore *store,
            GPtrArray  *wanted)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = wanted->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), n_old - 1 - suffix);

      if (item != g_ptr_array_index (wanted, n_new - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;

  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       wanted->pdata + prefix, n_new - prefix - suffix);
}

/* "a".."z", then "aa", "ab"...: bijective base 26. */
static void
append_letters (GString *out,
                guint    index)
{
  char buf[8];
  int n = 0;

  index++;
  while (index > 0 && n < (int) sizeof buf)
    {
      index--;
      buf[n++] = 'a' + index % 26;
      index /= 26;
    }
  while (n > 0)
    g_string_append_c (out, buf[--n]);
}

static void
append_roman (GString *out,
              guint    value)
{
  static const struct { guint v; const char *s; } numerals[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    while (value >= numerals[i].v)
      {
        g_string_append (out, numerals[i].s);
        value -= numerals[i].v;
      }
}

/* UN numbering: items 1, 2...; sub-items (a), (b)...; below that (i),
 * (ii)... then plain numbers. */
static void
number_children (PlAgenda   *self,
                 GListStore *store,
                 const char *prefix,
                 guint       depth,
                 GHashTable *visited)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      const char *id = pl_record_get_id (PL_RECORD (item));
      g_autoptr(GString) number = g_string_new (prefix);
      GListStore *sub;

      if (!g_hash_table_add (visited, (gpointer) id))
        continue;

      if (depth == 0)
        g_string_append_printf (number, "%u", i + 1);
      else
        {
          g_string_append (number, " (");
          if (depth == 1)
            append_letters (number, i);
          else if (depth == 2)
            append_roman (number, i + 1);
          else
            g_string_append_printf (number, "%u", i + 1);
          g_string_append_c (number, ')');
        }

      pl_agenda_item_set_derived (item, number->str, depth);

      sub = g_hash_table_lookup (self->children, id);
      if (sub != NULL)
        number_children (self, sub, number->str, depth + 1, visited);
    }
}

/**
 * pl_agenda_rebuild:
 *
 * Derives the tree and the numbers from the items again. Called by the
 * session after a bulk load; edits trigger it by themselves.
 */
/* Whether @item's chain of parents reaches the top. A chain that loops
 * (possible only through a bad merge or a hand-edited file) does not: its
 * items are shown at the top rather than lost, or looping forever. */
static gboolean
reaches_top (PlAgenda     *self,
             PlAgendaItem *item,
             guint         n_items,
             GHashTable   *known)
{
  PlAgendaItem *cur = item;
  guint steps = 0;
  gpointer verdict;

  while (cur != NULL && steps <= n_items)
    {
      PlRecord *parent;

      if (g_hash_table_lookup_extended (known, pl_record_get_id (PL_RECORD (cur)), NULL, &verdict))
        break;

      parent = pl_session_lookup (self->session, pl_agenda_item_get_parent (cur));
      cur = PL_IS_AGENDA_ITEM (parent) ? PL_AGENDA_ITEM (parent) : NULL;
      steps++;
    }

  if (cur == NULL)
    verdict = GINT_TO_POINTER (TRUE);
  else if (steps > n_items)
    verdict = GINT_TO_POINTER (FALSE);

  g_hash_table_insert (known, (gpointer) pl_record_get_id (PL_RECORD (item)), verdict);
  return GPOINTER_TO_INT (verdict);
}

/**
 * pl_agenda_rebuild:
 *
 * Derives the tree and the numbers from the items again. Called by the
 * session after a bulk load; edits trigger it by themselves.
 */
void
pl_agenda_rebuild (PlAgenda *self)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) visited = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  GListModel *items;
  GHashTableIter iter;
  gpointer key, value;
  guint n;

  g_return_if_fail (PL_IS_AGENDA (self));

  self->stale = FALSE;
  items = pl_session_get_records (self->session, PL_TYPE_AGENDA_ITEM);
  n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      PlAgendaItem *item = g_list_model_get_item (items, i);
      const char *parent = pl_agenda_item_get_parent (item);
      GPtrArray *group;

      g_object_unref (item); /* the session's store keeps it */

      /* An item whose parent is unknown (deleted on another replica) or
       * whose parents loop is shown at the top rather than lost. */
      if (parent == NULL ||
          !PL_IS_AGENDA_ITEM (pl_session_lookup (self->session, parent)) ||
          !reaches_top (self, item, n, known))
        {
          g_ptr_array_add (top, item);
          continue;
        }

      group = g_hash_table_lookup (groups, parent);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) parent, group);
        }
      g_ptr_array_add (group, item);
    }

  g_ptr_array_sort (top, compare_siblings);
  sync_store (self->top, top);

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_ptr_array_sort (value, compare_siblings);
      sync_store (children_store (self, key), value);
    }

  /* Parents that lost all their children. */
  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (groups, key))
      g_list_store_remove_all (value);

  number_children (self, self->top, "", 0, visited);
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlAgenda     *self)
{
  if (!PL_IS_AGENDA_ITEM (record))
    return;

  if (kind != PL_CHANGE_FIELD ||
      g_strcmp0 (field, "parent") == 0 ||
      g_strcmp0 (field, "position") == 0)
    {
      if (self->holds > 0)
        self->stale = TRUE;
      else
        pl_agenda_rebuild (self);
    }
}

/**
 * pl_agenda_hold:
 *
 * Holds the rebuilds that item changes trigger until the matching
 * pl_agenda_release(), which rebuilds once if an item changed meanwhile.
 * For a batch of changes applied at once (a page of a sync pull): each
 * rebuild walks every item, so one per added item made a pull quadratic
 * in the items (issue 23: 300 items, 45,000 item visits). Until the
 * release, the tree and the numbers are those from before the batch.
 * Holds nest.
 */
void
pl_agenda_hold (PlAgenda *self)
{
  g_return_if_fail (PL_IS_AGENDA (self));

  self->holds++;
}

/**
 * pl_agenda_release:
 *
 * Ends a pl_agenda_hold(); the last release rebuilds the tree if an item
 * changed while it was held.
 */
void
pl_agenda_release (PlAgenda *self)
{
  g_return_if_fail (PL_IS_AGENDA (self));
  g_return_if_fail (self->holds > 0);

  if (--self->holds == 0 && self->stale)
    pl_agenda_rebuild (self);
}

static void
pl_agenda_dispose (GObject *object)
{
  PlAgenda *self = PL_AGENDA (object);

  if (self->session != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->session, on_session_changed_cb, self);
      self->session = NULL;
    }

  g_clear_object (&self->top);
  g_clear_pointer (&self->children, g_hash_table_unref);

  G_OBJECT_CLASS (pl_agenda_parent_class)->dispose (object);
}

static void
pl_agenda_class_init (PlAgendaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_agenda_dispose;
}

static void
pl_agenda_init (PlAgenda *self)
{
  self->top = g_list_store_new (PL_TYPE_AGENDA_ITEM);
  self->children = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

PlAgenda *
pl_agenda_new (PlSession *session)
{
  PlAgenda *self = g_object_new (PL_TYPE_AGENDA, NULL);

  self->session = session;
  g_signal_connect (session, "changed", G_CALLBACK (on_session_changed_cb), self);

  return self;
}

/**
 * pl_agenda_get_children:
 * @parent: (nullable): an item, or %NULL for the top level
 *
 * Returns: (transfer none): the children of @parent, in order; the same
 *   model for as long as the agenda lives, updated in place
 */
GListModel *
pl_agenda_get_children (PlAgenda     *self,
                        PlAgendaItem *parent)
{
  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  return G_LIST_MODEL (children_store (self, parent ? pl_record_get_id (PL_RECORD (parent)) : NULL));
}

/**
 * pl_agenda_get_parent:
 *
 * Returns: (transfer none) (nullable): the item's parent in the tree
 */
PlAgendaItem *
pl_agenda_get_parent (PlAgenda     *self,
                      PlAgendaItem *item)
{
  PlRecord *parent;

  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  parent = pl_session_lookup (self->session, pl_agenda_item_get_parent (item));
  if (!PL_IS_AGENDA_ITEM (parent) || pl_agenda_item_get_depth (item) == 0)
    return NULL;
  return PL_AGENDA_ITEM (parent);
}

static void
collect (PlAgenda   *self,
         GListModel *model,
         GPtrArray  *out)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (model, i);
      GListStore *sub = g_hash_table_lookup (self->children, pl_record_get_id (PL_RECORD (item)));

      g_ptr_array_add (out, g_object_ref (item));
      if (sub != NULL)
        collect (self, G_LIST_MODEL (sub), out);
    }
}

/**
 * pl_agenda_list_in_order:
 *
 * Returns: (transfer container) (element-type PlAgendaItem): every item,
 *   depth first, in agenda order
 */
GPtrArray *
pl_agenda_list_in_order (PlAgenda *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  collect (self, G_LIST_MODEL (self->top), out);
  return out;
}

/**
 * pl_agenda_find_by_number:
 * @number: a derived number, "2 (d)"
 *
 * Returns: (transfer none) (nullable): the item that has it now
 */
PlAgendaItem *
pl_agenda_find_by_number (PlAgenda   *self,
                          const char *number)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  all = pl_agenda_list_in_order (self);
  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (pl_agenda_item_get_number (g_ptr_array_index (all, i)), number) == 0)
      return g_ptr_array_index (all, i);

  return NULL;
}

/**
 * pl_agenda_find_by_link:
 * @target: a link's target in an annotation, `item:` and the rest of an
 *   item's _id (docs/documents.md, "Referring to an item")
 *
 * An annotation names an item by its _id, which never changes, so that a
 * move renumbers the reference with the item (issue 22, point 3).
 *
 * Returns: (transfer none) (nullable): the item, or %NULL when @target is
 *   not an item link or the item is gone
 */
PlAgendaItem *
pl_agenda_find_by_link (PlAgenda   *self,
                        const char *target)
{
  PlRecord *record;

  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  if (target == NULL || !pl_agenda_is_item_link (target) || self->session == NULL)
    return NULL;
  record = pl_session_lookup (self->session, target);
  return PL_IS_AGENDA_ITEM (record) ? PL_AGENDA_ITEM (record) : NULL;
}

/**
 * pl_agenda_is_item_link:
 *
 * Returns: whether @target (a link's target) refers to an agenda item
 */
gboolean
pl_agenda_is_item_link (const char *target)
{
  return target != NULL && g_str_has_prefix (target, "item:") && target[5] != '\0';
}

static PlAgendaItem *
child_at (GListModel *model,
          guint       index)
{
  PlAgendaItem *item = g_list_model_get_item (model, index);

  if (item != NULL)
    g_object_unref (item); /* kept by the store */
  return item;
}

/* A key for a new child of @siblings at @index (ignoring @moving, which
 * may be among them), rewriting every sibling's key when there is no room
 * between its neighbours' (keys written by hand, or equal keys). */
static char *
key_for_index (GListModel   *siblings,
               PlAgendaItem *moving,
               guint         index)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (siblings);
  const char *before, *after;
  char *key;

  for (guint i = 0; i < n; i++)
    {
      PlAgendaItem *item = child_at (siblings, i);

      if (item != moving)
        g_ptr_array_add (others, item);
    }

  index = MIN (index, others->len);
  before = index > 0 ? pl_agenda_item_get_position (g_ptr_array_index (others, index - 1)) : NULL;
  after = index < others->len ? pl_agenda_item_get_position (g_ptr_array_index (others, index)) : NULL;

  key = pl_position_between (before, after);
  if (key == NULL)
    {
      g_auto(GStrv) keys = pl_position_spread (others->len + 1);
      guint k = 0;

      for (guint i = 0; i < others->len; i++)
        {
          if (k == index)
            k++;
          pl_agenda_item_set_position (g_ptr_array_index (others, i), keys[k++]);
        }
      key = g_strdup (keys[index]);
    }

  return key;
}

/**
 * pl_agenda_add_item:
 * @parent: (nullable): the new item's parent, %NULL for a top-level item
 * @after: (nullable): the sibling to insert after; %NULL appends
 * @title: the title
 *
 * Returns: (transfer none): the new item
 */
PlAgendaItem *
pl_agenda_add_item (PlAgenda     *self,
                    PlAgendaItem *parent,
                    PlAgendaItem *after,
                    const char   *title)
{
  PlHistory *history;
  g_autoptr(PlAgendaItem) item = NULL;
  g_autofree char *key = NULL;
  GListModel *siblings;
  guint index;

  g_return_val_if_fail (PL_IS_AGENDA (self), NULL);

  siblings = pl_agenda_get_children (self, parent);
  index = g_list_model_get_n_items (siblings);
  if (after != NULL && g_list_store_find (G_LIST_STORE (siblings), after, &index))
    index++;

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, parent ? _("Add Sub-item") : _("Add Item"));

  key = key_for_index (siblings, NULL, index);
  item = pl_agenda_item_new (NULL);
  pl_agenda_item_set_parent (item, parent ? pl_record_get_id (PL_RECORD (parent)) : NULL);
  pl_agenda_item_set_position (item, key);
  pl_agenda_item_set_title (item, title);
  pl_agenda_item_set_annotation (item, "");
  pl_session_add_record (self->session, PL_RECORD (item));

  pl_history_end_group (history);

  return item;
}

static void
delete_recursive (PlAgenda     *self,
                  PlAgendaItem *item)
{
  GListModel *children = pl_agenda_get_children (self, item);

  while (g_list_model_get_n_items (children) > 0)
    delete_recursive (self, child_at (children, g_list_model_get_n_items (children) - 1));

  pl_session_remove_record (self->session, PL_RECORD (item));
}

/**
 * pl_agenda_delete_item:
 *
 * Removes the item and its sub-items, as one undo step.
 */
void
pl_agenda_delete_item (PlAgenda     *self,
                       PlAgendaItem *item)
{
  PlHistory *history;

  g_return_if_fail (PL_IS_AGENDA (self));
  g_return_if_fail (PL_IS_AGENDA_ITEM (item));

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Delete Item"));
  delete_recursive (self, item);
  pl_history_end_group (history);
}

static gboolean
is_descendant (PlAgenda     *self,
               PlAgendaItem *item,
               PlAgendaItem *ancestor)
{
  for (PlAgendaItem *p = item; p != NULL; p = pl_agenda_get_parent (self, p))
    if (p == ancestor)
      return TRUE;
  return FALSE;
}

/**
 * pl_agenda_move_item:
 * @new_parent: (nullable): the parent to move under, %NULL for the top
 * @index: the place among the new siblings (not counting @item)
 *
 * Moves an item with its sub-items: one record rewritten, one undo step.
 *
 * Returns: %FALSE if the move is impossible (into its own subtree)
 */
gboolean
pl_agenda_move_item (PlAgenda     *self,
                     PlAgendaItem *item,
                     PlAgendaItem *new_parent,
                     guint         index)
{
  PlHistory *history;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PL_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (item), FALSE);

  if (new_parent != NULL && is_descendant (self, new_parent, item))
    return FALSE;

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Move Item"));
  key = key_for_index (pl_agenda_get_children (self, new_parent), item, index);
  pl_agenda_item_set_parent (item, new_parent ? pl_record_get_id (PL_RECORD (new_parent)) : NULL);
  pl_agenda_item_set_position (item, key);
  pl_history_end_group (history);

  return TRUE;
}

static gboolean
index_of (PlAgenda     *self,
          PlAgendaItem *item,
          guint        *index)
{
  GListModel *siblings = pl_agenda_get_children (self, pl_agenda_get_parent (self, item));

  return g_list_store_find (G_LIST_STORE (siblings), item, index);
}

gboolean
pl_agenda_move_up (PlAgenda     *self,
                   PlAgendaItem *item)
{
  guint index;

  g_return_val_if_fail (PL_IS_AGENDA (self), FALSE);

  if (!index_of (self, item, &index) || index == 0)
    return FALSE;

  return pl_agenda_move_item (self, item, pl_agenda_get_parent (self, item), index - 1);
}

gboolean
pl_agenda_move_down (PlAgenda     *self,
                     PlAgendaItem *item)
{
  PlAgendaItem *parent;
  guint index;

  g_return_val_if_fail (PL_IS_AGENDA (self), FALSE);

  parent = pl_agenda_get_parent (self, item);
  if (!index_of (self, item, &index) ||
      index + 1 >= g_list_model_get_n_items (pl_agenda_get_children (self, parent)))
    return FALSE;

  return pl_agenda_move_item (self, item, parent, index + 1);
}

/**
 * pl_agenda_indent:
 *
 * Makes the item the last sub-item of the sibling before it.
 */
gboolean
pl_agenda_indent (PlAgenda     *self,
                  PlAgendaItem *item)
{
  PlAgendaItem *previous;
  guint index;

  g_return_val_if_fail (PL_IS_AGENDA (self), FALSE);

  if (!index_of (self, item, &index) || index == 0)
    return FALSE;

  previous = child_at (pl_agenda_get_children (self, pl_agenda_get_parent (self, item)), index - 1);
  return pl_agenda_move_item (self, item, previous, G_MAXUINT);
}

/**
 * pl_agenda_outdent:
 *
 * Makes a sub-item the sibling right after its parent.
 */
gboolean
pl_agenda_outdent (PlAgenda     *self,
                   PlAgendaItem *item)
{
  PlAgendaItem *parent;
  guint index;

  g_return_val_if_fail (PL_IS_AGENDA (self), FALSE);

  parent = pl_agenda_get_parent (self, item);
  if (parent == NULL || !index_of (self, parent, &index))
    return FALSE;

  return pl_agenda_move_item (self, item, pl_agenda_get_parent (self, parent), index + 1);
}
