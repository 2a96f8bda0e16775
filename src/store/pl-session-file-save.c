/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pl-codec.h"
#include "pl-json-writer.h"
#include "pl-save-cache.h"
#include "pl-session-file.h"

/*
 * Writing the .plenary file (DESIGN.md, "The session file"); reading it
 * is pl-session-file.c's.
 *
 * Saving is atomic: a temporary file in the same folder, fsync, the old
 * file hard-linked to NAME~, then rename over the old name. At any moment
 * the name holds either the whole old version or the whole new one.
 */

/* The file up to the records: "{", the format, the version, "docs" : [ */
static void
write_head (GString *out)
{
  g_string_append_c (out, '{');
  g_string_append_c (out, '\n');
  pl_json_writer_member_name (out, 1, "format");
  pl_json_writer_string (out, PL_SESSION_FILE_FORMAT);
  g_string_append (out, ",\n");
  pl_json_writer_member_name (out, 1, "version");
  g_string_append_printf (out, "%d", PL_SESSION_FILE_VERSION);
  g_string_append (out, ",\n");
  pl_json_writer_member_name (out, 1, "docs");
  g_string_append_c (out, '[');
}

/* An object's text as pl_json_writer_node() writes it at @level, with
 * each member that is an object taken from @cache when @cached. */
static void
write_object_cached (GString     *out,
                     guint        level,
                     JsonObject  *object,
                     PlSaveCache *cache,
                     gboolean     cached)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      g_string_append (out, first ? "\n" : ",\n");
      first = FALSE;
      if (cached && JSON_NODE_HOLDS_OBJECT (member))
        {
          gsize length;
          const char *text = pl_save_cache_member (cache, level + 1, name, json_node_get_object (member), &length);

          g_string_append_len (out, text, length);
        }
      else
        {
          pl_json_writer_member_name (out, level + 1, name);
          pl_json_writer_node (out, level + 1, member);
        }
    }
  if (!first)
    g_string_append_c (out, '\n');
  pl_json_writer_indent (out, level);
  g_string_append_c (out, '}');
}

/* The `sync` object (at level 1), with the members of its `records`
 * taken from @cache: the sync engine makes a new object for an entry
 * that changed and keeps the others (pl_sync_entry_get_json()), so a
 * synced session's save encodes the entries changed since the last one,
 * not a base copy of every record (issue 23). */
static void
write_sync_cached (GString     *out,
                   JsonObject  *sync,
                   PlSaveCache *cache)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, sync);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      g_string_append (out, first ? "\n" : ",\n");
      first = FALSE;
      pl_json_writer_member_name (out, 2, name);
      if (g_str_equal (name, "records") && JSON_NODE_HOLDS_OBJECT (member))
        write_object_cached (out, 2, json_node_get_object (member), cache, TRUE);
      else
        pl_json_writer_node (out, 2, member);
    }
  if (!first)
    g_string_append_c (out, '\n');
  pl_json_writer_indent (out, 1);
  g_string_append_c (out, '}');
}

/* The file after the records: the foreign documents, the end of "docs",
 * the sync state and the unknown top-level members. @first_doc: no
 * record was written before. @cache: (nullable): where the sync state's
 * members' texts are kept. */
static void
write_tail (GString     *out,
            PlSession   *session,
            gboolean     first_doc,
            PlSaveCache *cache)
{
  GPtrArray *foreign;
  JsonObject *sync;
  JsonObject *extra;

  foreign = pl_session_get_foreign_docs (session);
  for (guint i = 0; i < foreign->len; i++)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (),
                                                         g_ptr_array_index (foreign, i));

      g_string_append (out, first_doc ? "\n" : ",\n");
      first_doc = FALSE;
      pl_json_writer_indent (out, 2);
      pl_json_writer_node (out, 2, node);
    }

  if (first_doc)
    g_string_append_c (out, ']');
  else
    {
      g_string_append_c (out, '\n');
      pl_json_writer_indent (out, 1);
      g_string_append_c (out, ']');
    }

  sync = pl_session_get_sync_state (session);
  if (sync != NULL && cache != NULL)
    {
      g_string_append (out, ",\n");
      pl_json_writer_member_name (out, 1, "sync");
      write_sync_cached (out, sync, cache);
    }
  else if (sync != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), sync);

      g_string_append (out, ",\n");
      pl_json_writer_member_name (out, 1, "sync");
      pl_json_writer_node (out, 1, node);
    }

  /* Top-level members this version does not know, kept from the file it
   * read (the loader leaves out the four names written above). */
  extra = pl_session_get_extra (session);
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          if (g_str_equal (name, "format") || g_str_equal (name, "version") ||
              g_str_equal (name, "docs") || g_str_equal (name, "sync"))
            continue;

          g_string_append (out, ",\n");
          pl_json_writer_member_name (out, 1, name);
          pl_json_writer_node (out, 1, node);
        }
    }

  g_string_append (out, "\n}\n");
}

/**
 * pl_session_file_serialize:
 *
 * Writes the text straight from the records (pl_codec_record_write()), in
 * the layout json-glib's pretty printer gave the files before (see
 * pl-json-writer.c), without building a JSON tree of the whole session.
 *
 * Returns: (transfer full): the session as the text of a .plenary file
 */
char *
pl_session_file_serialize (PlSession *session,
                           gsize     *length)
{
  /* The large generated session is 1.6 MB: start big enough for most
   * sessions, so that the buffer is moved a few times at most. */
  GString *out = g_string_sized_new (256 * 1024);
  gboolean first_doc = TRUE;
  const GType *types;
  guint n_types;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  write_head (out);

  types = pl_session_list_record_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      GListModel *model = pl_session_get_records (session, types[i]);
      guint n = g_list_model_get_n_items (model);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, j);

          g_string_append (out, first_doc ? "\n" : ",\n");
          first_doc = FALSE;
          pl_json_writer_indent (out, 2);
          pl_codec_record_write (record, out, 2);
        }
    }

  write_tail (out, session, first_doc, NULL);

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* The text of the file as pieces to write one after the other: the
 * head, each record's text as @cache keeps it, the tail. */
typedef struct
{
  GString *head;
  GString *tail;     /* the cache's */
  GArray  *pieces;   /* of struct iovec, borrowing head, tail and the cache's texts */
} Pieces;

static void
pieces_clear (Pieces *pieces)
{
  g_string_free (pieces->head, TRUE);
  g_array_unref (pieces->pieces);
}

static void
add_piece (Pieces     *pieces,
           const char *data,
           gsize       length)
{
  struct iovec piece = { (void *) data, length };

  g_array_append_val (pieces->pieces, piece);
}

/* The texts stay valid until the cache is used again. */
static void
pieces_build (Pieces      *pieces,
              PlSession   *session,
              PlSaveCache *cache)
{
  gboolean any_doc;
  const GType *types;
  guint n_types;

  pieces->head = g_string_new (NULL);
  pieces->tail = pl_save_cache_get_tail (cache);
  pieces->pieces = g_array_new (FALSE, FALSE, sizeof (struct iovec));

  write_head (pieces->head);
  add_piece (pieces, pieces->head->str, pieces->head->len);

  pl_save_cache_begin (cache);
  types = pl_session_list_record_types (&n_types);
  for (guint i = 0; i < n_types; i++)
    {
      GListModel *model = pl_session_get_records (session, types[i]);
      guint n = g_list_model_get_n_items (model);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (model, j);

          pl_save_cache_add (cache, record);
        }
    }
  any_doc = pl_save_cache_end (cache, pieces->pieces);

  write_tail (pieces->tail, session, !any_doc, cache);
  pl_save_cache_end_members (cache);
  add_piece (pieces, pieces->tail->str, pieces->tail->len);
}

/**
 * pl_session_file_serialize_cached:
 * @cache: the records' texts from the last save
 *
 * The same text as pl_session_file_serialize(), with the records that
 * did not change since @cache last served taken from it.
 *
 * Returns: (transfer full): the session as the text of a .plenary file
 */
char *
pl_session_file_serialize_cached (PlSession   *session,
                                  PlSaveCache *cache,
                                  gsize       *length)
{
  Pieces pieces;
  GString *out;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SAVE_CACHE (cache), NULL);

  pieces_build (&pieces, session, cache);
  out = g_string_sized_new (256 * 1024);
  for (guint i = 0; i < pieces.pieces->len; i++)
    {
      struct iovec *piece = &g_array_index (pieces.pieces, struct iovec, i);

      g_string_append_len (out, piece->iov_base, piece->iov_len);
    }
  pieces_clear (&pieces);

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
io_error (GError     **error,
          const char  *path,
          const char  *what,
          int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: file, what failed, the system's reason */
               _("%s: cannot save: %s: %s"), path, what, g_strerror (saved_errno));
  return FALSE;
}

/* Writes every piece, in as few calls as the system allows. Changes
 * @pieces (what is written is consumed). */
static gboolean
write_pieces (int           fd,
              struct iovec *pieces,
              gsize         n_pieces)
{
  /* POSIX lets a system take as few as 16 pieces a call; Linux takes 1,024. */
  long max_pieces = sysconf (_SC_IOV_MAX);

  if (max_pieces < 16)
    max_pieces = 16;

  while (n_pieces > 0)
    {
      gssize n = writev (fd, pieces, MIN (n_pieces, (gsize) max_pieces));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      while (n_pieces > 0 && (gsize) n >= pieces->iov_len)
        {
          n -= pieces->iov_len;
          pieces++;
          n_pieces--;
        }
      if (n_pieces > 0)
        {
          pieces->iov_base = (char *) pieces->iov_base + n;
          pieces->iov_len -= n;
        }
    }

  return TRUE;
}

static void
sync_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Keep the version being replaced as NAME~: hard-link it to a temporary
 * name, then rename that over the old backup, so NAME~ too is always
 * whole. */
static gboolean
keep_backup (const char  *path,
             GError     **error)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *tmp = g_strconcat (path, "~.tmp", NULL);

  g_unlink (tmp);
  /* The backup is the old file itself (a hard link), which an older
   * version or a person may have left readable by all: its owner's only
   * from now on, like the new version. */
  if (g_chmod (path, PL_SESSION_FILE_MODE) != 0 && errno == ENOENT)
    return TRUE;
  if (link (path, tmp) != 0)
    {
      if (errno == ENOENT)
        return TRUE;

      /* No hard links here (some network file systems): copy instead. */
      {
        g_autoptr(GFile) source = g_file_new_for_path (path);
        g_autoptr(GFile) target = g_file_new_for_path (tmp);

        if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
          return FALSE;
      }
    }

  g_chmod (tmp, PL_SESSION_FILE_MODE);
  if (g_rename (tmp, backup) != 0)
    return io_error (error, path, _("keeping the previous version"), errno);

  return TRUE;
}

/**
 * pl_session_file_make_private_folder:
 *
 * Makes @path (and its missing parents) a folder only its owner can
 * enter, as local copies of a server's sessions need (issue 16); a
 * folder already there with another mode is made so too.
 */
gboolean
pl_session_file_make_private_folder (const char  *path,
                                     GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (path, PL_SESSION_FOLDER_MODE) != 0 || g_chmod (path, PL_SESSION_FOLDER_MODE) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: a folder, the system's reason */
                   _("Cannot make the folder %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/* Replaces @path by @pieces atomically, keeping the version it replaces
 * as @path~. */
static gboolean
replace_file (const char    *path,
              struct iovec  *pieces,
              gsize          n_pieces,
              GError       **error)
{
  g_autofree char *tmp = NULL;
  int fd;

  /* Issue 16: a session holds what only the secretariat may read
   * (credentials, contacts), so the file is its owner's alone, whatever
   * mode the file it replaces had. */
  tmp = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, PL_SESSION_FILE_MODE);
  if (fd < 0)
    return io_error (error, path, _("creating a temporary file"), errno);
  fchmod (fd, PL_SESSION_FILE_MODE);

  if (!write_pieces (fd, pieces, n_pieces) || fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      g_unlink (tmp);
      return io_error (error, path, _("writing"), saved_errno);
    }

  if (close (fd) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      return io_error (error, path, _("writing"), saved_errno);
    }

  if (!keep_backup (path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      return io_error (error, path, _("replacing the file"), saved_errno);
    }

  sync_directory (path);
  return TRUE;
}

/**
 * pl_session_file_save:
 *
 * Writes the session to @path atomically, keeping the version it replaces
 * as @path~, and marks the history saved.
 */
gboolean
pl_session_file_save (PlSession   *session,
                      const char  *path,
                      GError     **error)
{
  g_autofree char *text = NULL;
  struct iovec piece;
  gsize length;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = pl_session_file_serialize (session, &length);
  piece.iov_base = text;
  piece.iov_len = length;
  if (!replace_file (path, &piece, 1, error))
    return FALSE;

  pl_history_mark_saved (pl_session_get_history (session));
  return TRUE;
}

/**
 * pl_session_file_save_cached:
 * @cache: the records' texts from the last save (PlAutosave keeps one)
 *
 * Like pl_session_file_save(), encoding only the records changed since
 * @cache last served (pl_session_file_serialize_cached()), and writing
 * the pieces as they are, without joining them first.
 */
gboolean
pl_session_file_save_cached (PlSession    *session,
                             const char   *path,
                             PlSaveCache  *cache,
                             GError      **error)
{
  Pieces pieces;
  gboolean saved;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (PL_IS_SAVE_CACHE (cache), FALSE);

  pieces_build (&pieces, session, cache);
  saved = replace_file (path, (struct iovec *) (void *) pieces.pieces->data, pieces.pieces->len, error);
  pieces_clear (&pieces);
  if (!saved)
    return FALSE;

  pl_history_mark_saved (pl_session_get_history (session));
  return TRUE;
}
