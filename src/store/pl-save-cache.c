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
 * The text of a record is what pl_session_file_serialize() writes before
 * it when it is not the first: ",\n", the indent, then the record.
 */

typedef struct
{
  guint64 stamp;
  guint   generation;
  gsize   length;
  char    text[];
} Entry;

struct _PlSaveCache
{
  GObject     parent_instance;

  GHashTable *entries;       /* PlRecord* (not held) → Entry */
  GString    *scratch;
  guint       generation;
  guint       n_asked;
  guint       n_encoded;
};

G_DEFINE_FINAL_TYPE (PlSaveCache, pl_save_cache, G_TYPE_OBJECT)

static void
pl_save_cache_finalize (GObject *object)
{
  PlSaveCache *self = PL_SAVE_CACHE (object);

  g_hash_table_unref (self->entries);
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
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->scratch = g_string_sized_new (4096);
}

PlSaveCache *
pl_save_cache_new (void)
{
  return g_object_new (PL_TYPE_SAVE_CACHE, NULL);
}

/* Before a save asks for its records' texts. */
void
pl_save_cache_begin (PlSaveCache *self)
{
  g_return_if_fail (PL_IS_SAVE_CACHE (self));

  self->generation++;
  self->n_asked = 0;
  self->n_encoded = 0;
}

/**
 * pl_save_cache_get_text:
 * @length: (out): the text's length
 *
 * Returns: (transfer none): ",\n", the indent and @record as the session
 *   file writes it, encoded now if @record changed since it was kept;
 *   valid until the next pl_save_cache_end()
 */
const char *
pl_save_cache_get_text (PlSaveCache *self,
                        PlRecord    *record,
                        gsize       *length)
{
  guint64 stamp = pl_record_get_stamp (record);
  Entry *entry = g_hash_table_lookup (self->entries, record);

  if (entry == NULL || entry->stamp != stamp)
    {
      g_string_truncate (self->scratch, 0);
      g_string_append_len (self->scratch, ",\n", 2);
      pl_json_writer_indent (self->scratch, 2);
      pl_codec_record_write (record, self->scratch, 2);

      entry = g_malloc (sizeof (Entry) + self->scratch->len);
      entry->stamp = stamp;
      entry->length = self->scratch->len;
      memcpy (entry->text, self->scratch->str, self->scratch->len);
      g_hash_table_replace (self->entries, record, entry);
      self->n_encoded++;
    }

  /* A record asked for twice in one save is counted once. */
  if (entry->generation != self->generation)
    {
      entry->generation = self->generation;
      self->n_asked++;
    }

  *length = entry->length;
  return entry->text;
}

/* After the save: drops the texts of the records it did not write (those
 * removed from the session since the last save). */
void
pl_save_cache_end (PlSaveCache *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (PL_IS_SAVE_CACHE (self));

  if (g_hash_table_size (self->entries) == self->n_asked)
    return;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Entry *) value)->generation != self->generation)
      g_hash_table_iter_remove (&iter);
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
