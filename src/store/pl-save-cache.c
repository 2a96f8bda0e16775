/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <string.h>

#include "pl-codec.h"
#include "pl-json-writer.h"
#include "pl-save-cache.h"

/**
 * PlSaveCache:
 *
 * Each record's text in the session file, kept from one save to the
 * next so that a save encodes again only the records changed since
 * (issue 23: the autosave of the large session spent 98 % of its
 * instructions encoding the 1,622 records when one had changed).
 *
 * A record's text is kept with its stamp (pl_record_get_stamp()), which
 * changes with anything its document holds, whether a signal tells of
 * it or not (a `_rev` set by a push, unknown members a pull brought), so
 * the cache never depends on having heard of a change. The records are
 * keyed by address and not held: a freed record's entry cannot be
 * mistaken for a new record at the same address, whose stamp is new,
 * and entries of records no longer written are dropped at the end of the
 * save that did not ask for them.
 *
 * The texts live one after the other in one block, in file order, so
 * that the unchanged records between two edited ones are one piece to
 * write (writev() of 11,000 small pieces took several times as long as
 * one write of the same bytes). A record encoded again gets a block of
 * its own; when those are more than an eighth of the records, a save
 * copies every text into a new block in file order. The first save
 * encodes straight into its block: no record's text is copied, and the
 * memory is that of the text once.
 *
 * A record's text is what pl_session_file_serialize() writes before it
 * when it is not the first: ",\n", the indent, then the record.
 *
 * It also keeps the text of each member of the sync state's `records`
 * (pl_save_cache_member()): a synced session's `sync` section holds a
 * base copy of every record, as long again as the records, and was
 * encoded whole at every save. Those members are keyed by their object,
 * held, which the sync engine never changes once made
 * (pl_sync_entry_get_json()): a changed entry is a new object. The text
 * is the member's indent, name and value, without the separator.
 */

typedef struct
{
  guint64     stamp;
  guint       generation;
  gsize       length;
  const char *text;      /* in self->block, or owned when own */
  gsize       offset;    /* in self->building, while text is NULL */
  gboolean    own;
} Entry;

typedef struct
{
  JsonObject *object;    /* held: the key */
  char       *name;
  guint       level;
  guint       generation;
  GString    *text;
} Member;

struct _PlSaveCache
{
  GObject     parent_instance;

  GHashTable *entries;       /* PlRecord* (not held) → Entry */
  GPtrArray  *order;         /* of Entry, this save's records in file order */
  char       *block;
  GString    *building;      /* the first save's block, written in place */
  GString    *scratch;
  guint       generation;
  guint       n_own;
  guint       n_encoded;
  guint       n_pieces;

  GHashTable *members;       /* JsonObject* (held by the Member) → Member */
  GString    *tail;
  guint       n_members_encoded;
};

G_DEFINE_FINAL_TYPE (PlSaveCache, pl_save_cache, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->own)
    g_free ((char *) entry->text);
  g_free (entry);
}

static void
member_free (gpointer data)
{
  Member *member = data;

  json_object_unref (member->object);
  g_free (member->name);
  g_string_free (member->text, TRUE);
  g_free (member);
}

static void
pl_save_cache_finalize (GObject *object)
{
  PlSaveCache *self = PL_SAVE_CACHE (object);

  g_hash_table_unref (self->entries);
  g_hash_table_unref (self->members);
  if (self->tail != NULL)
    g_string_free (self->tail, TRUE);
  g_ptr_array_unref (self->order);
  g_free (self->block);
  if (self->building != NULL)
    g_string_free (self->building, TRUE);
  g_string_free (self->scratch, TRUE);

  G_OBJECT_CLASS (pl_save_cache_parent_class)->finalize (object);
}

static void
pl_save_cache_class_init (PlSaveCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pl_save_cache_finalize;
}

static void
pl_save_cache_init (PlSaveCache *self)
{
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, entry_free);
  self->members = g_hash_table_new_full (NULL, NULL, NULL, member_free);
  self->order = g_ptr_array_new ();
  self->scratch = g_string_sized_new (4096);
}

PlSaveCache *
pl_save_cache_new (void)
{
  return g_object_new (PL_TYPE_SAVE_CACHE, NULL);
}

/* Before a save gives its records (pl_save_cache_add()). */
void
pl_save_cache_begin (PlSaveCache *self)
{
  g_return_if_fail (PL_IS_SAVE_CACHE (self));

  self->generation++;
  self->n_encoded = 0;
  self->n_members_encoded = 0;
  self->n_pieces = 0;
  g_ptr_array_set_size (self->order, 0);
  if (self->block == NULL)
    self->building = g_string_sized_new (256 * 1024);
}

/**
 * pl_save_cache_add:
 *
 * The next record of the file, encoded now if it changed since its text
 * was kept.
 */
void
pl_save_cache_add (PlSaveCache *self,
                   PlRecord    *record)
{
  guint64 stamp = pl_record_get_stamp (record);
  Entry *entry = g_hash_table_lookup (self->entries, record);

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      g_hash_table_insert (self->entries, record, entry);
    }
  else if (entry->stamp == stamp)
    goto out;

  entry->stamp = stamp;
  self->n_encoded++;

  if (self->building != NULL && entry->text == NULL)
    {
      entry->offset = self->building->len;
      g_string_append_len (self->building, ",\n", 2);
      pl_json_writer_indent (self->building, 2);
      pl_codec_record_write (record, self->building, 2);
      entry->length = self->building->len - entry->offset;
      goto out;
    }

  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, ",\n", 2);
  pl_json_writer_indent (self->scratch, 2);
  pl_codec_record_write (record, self->scratch, 2);

  if (entry->own)
    g_free ((char *) entry->text);
  else
    self->n_own++;
  entry->own = TRUE;
  entry->text = g_memdup2 (self->scratch->str, self->scratch->len);
  entry->length = self->scratch->len;

out:
  g_return_if_fail (entry->generation != self->generation);
  entry->generation = self->generation;
  g_ptr_array_add (self->order, entry);
}

/* Every kept text into one new block, in this save's order. */
static void
compact (PlSaveCache *self)
{
  gsize total = 0;
  char *block, *at;

  for (guint i = 0; i < self->order->len; i++)
    total += ((Entry *) self->order->pdata[i])->length;

  at = block = g_malloc (MAX (total, 1));
  for (guint i = 0; i < self->order->len; i++)
    {
      Entry *entry = self->order->pdata[i];

      memcpy (at, entry->text, entry->length);
      if (entry->own)
        g_free ((char *) entry->text);
      entry->own = FALSE;
      entry->text = at;
      at += entry->length;
    }
  g_free (self->block);
  self->block = block;
  self->n_own = 0;
}

static void
add_piece (PlSaveCache *self,
           GArray      *pieces,
           const char  *data,
           gsize        length)
{
  struct iovec *last = pieces->len > 0 ? &g_array_index (pieces, struct iovec, pieces->len - 1) : NULL;
  struct iovec piece = { (void *) data, length };

  if (last != NULL && self->n_pieces > 0 && (const char *) last->iov_base + last->iov_len == data)
    {
      last->iov_len += length;
      return;
    }
  g_array_append_val (pieces, piece);
  self->n_pieces++;
}

/**
 * pl_save_cache_end:
 * @pieces: (element-type struct iovec): where the records' text goes
 *
 * After the save's last record: drops the texts of the records it did
 * not give (removed since the last save), and appends the records' text
 * to @pieces, as few pieces as the texts' places allow. They stay valid
 * until the cache is used again.
 *
 * Returns: %TRUE if a record was given (the text is not empty)
 */
gboolean
pl_save_cache_end (PlSaveCache *self,
                   GArray      *pieces)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), FALSE);

  if (g_hash_table_size (self->entries) != self->order->len)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->entries);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (((Entry *) value)->generation != self->generation)
          {
            if (((Entry *) value)->own)
              self->n_own--;
            g_hash_table_iter_remove (&iter);
          }
    }

  if (self->building != NULL)
    {
      /* The first save's texts all went into the block being built. */
      gsize length = self->building->len;

      /* Its size, not the string's room to grow. */
      self->block = g_realloc (g_string_free (g_steal_pointer (&self->building), FALSE), length + 1);
      for (guint i = 0; i < self->order->len; i++)
        {
          Entry *entry = self->order->pdata[i];

          if (entry->text == NULL)
            entry->text = self->block + entry->offset;
        }
    }

  if (self->n_own > 0 && self->n_own > self->order->len / 8)
    compact (self);

  for (guint i = 0; i < self->order->len; i++)
    {
      Entry *entry = self->order->pdata[i];

      /* The first record follows "[" with "\n", not ",\n". */
      if (i == 0)
        add_piece (self, pieces, entry->text + 1, entry->length - 1);
      else
        add_piece (self, pieces, entry->text, entry->length);
    }

  return self->order->len > 0;
}

/**
 * pl_save_cache_member:
 * @level: the member's indent level
 * @name: the member's name
 * @object: its value, never changed once given here
 * @length: (out): the text's length
 *
 * The text of the member @name : @object at @level as
 * pl_json_writer_node() writes it in an object (the indent, the name, the
 * value), encoded only if @object was not given at the last save under
 * the same name and level. Valid until the next save's
 * pl_save_cache_end_members().
 */
const char *
pl_save_cache_member (PlSaveCache *self,
                      guint        level,
                      const char  *name,
                      JsonObject  *object,
                      gsize       *length)
{
  Member *member = g_hash_table_lookup (self->members, object);

  if (member == NULL || member->level != level || !g_str_equal (member->name, name))
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

      if (member == NULL)
        {
          member = g_new0 (Member, 1);
          member->object = json_object_ref (object);
          member->text = g_string_new (NULL);
          g_hash_table_insert (self->members, object, member);
        }
      g_free (member->name);
      member->name = g_strdup (name);
      member->level = level;
      g_string_truncate (member->text, 0);
      pl_json_writer_member_name (member->text, level, name);
      pl_json_writer_node (member->text, level, node);
      self->n_members_encoded++;
    }

  member->generation = self->generation;
  *length = member->text->len;
  return member->text->str;
}

/* After the save's last member: drops the texts of the members it did
 * not give (and the objects they held). */
void
pl_save_cache_end_members (PlSaveCache *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (PL_IS_SAVE_CACHE (self));

  g_hash_table_iter_init (&iter, self->members);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Member *) value)->generation != self->generation)
      g_hash_table_iter_remove (&iter);
}

/**
 * pl_save_cache_get_tail:
 *
 * The buffer the file's tail is written into, emptied: the same one
 * from save to save, so that a synced session's tail (as long as its
 * records) is not a new allocation growing by doubling and faulting its
 * pages in at every save.
 *
 * Returns: (transfer none): the buffer, valid until the next save
 */
GString *
pl_save_cache_get_tail (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), NULL);

  if (self->tail == NULL)
    self->tail = g_string_new (NULL);
  g_string_truncate (self->tail, 0);
  return self->tail;
}

/* How many sync members the last save encoded: for the tests. */
guint
pl_save_cache_get_n_members_encoded (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), 0);

  return self->n_members_encoded;
}

/* How many sync members' texts are kept: for the tests. */
guint
pl_save_cache_get_n_members_kept (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), 0);

  return g_hash_table_size (self->members);
}

/* How many records the last save encoded (the others' texts were kept):
 * for the tests. */
guint
pl_save_cache_get_n_encoded (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), 0);

  return self->n_encoded;
}

/* How many records' texts are kept: for the tests (the records of the
 * last save, none of those removed before it). */
guint
pl_save_cache_get_n_kept (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), 0);

  return g_hash_table_size (self->entries);
}

/* In how many pieces the last save's records went: for the tests. */
guint
pl_save_cache_get_n_pieces (PlSaveCache *self)
{
  g_return_val_if_fail (PL_IS_SAVE_CACHE (self), 0);

  return self->n_pieces;
}
