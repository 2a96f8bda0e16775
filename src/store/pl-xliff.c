/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>

#include "pl-translatable.h"
#include "pl-versions.h"
#include "pl-xliff.h"

/*
 * XLIFF 1.2 (OASIS), the file every translation tool reads: the
 * translators' interchange of issue 21. One `trans-unit` per record and
 * translatable field, id `<_id>#<field>`; `source` is the original as it
 * is now, `target` the version in the file's language with its state
 * (new: none yet; translated; needs-review-translation: it translates an
 * earlier original; a current version's unit is `approved`), `note`
 * where the text is ("Item 2 (a), title").
 * Texts travel as they are: CommonMark in an annotation is text to the
 * tool, and comes back as the translator left it.
 *
 * Reading back is all or nothing: a file that is not XLIFF 1.2, or is for
 * another language, changes nothing. A unit whose source is no longer the
 * original (the English changed after the file was sent) is refused and
 * listed, since its target translates a text that is gone; the others
 * are applied as one undo step.
 */

#define XLIFF_NS "urn:oasis:names:tc:xliff:document:1.2"

G_DEFINE_QUARK (pl-xliff-error-quark, pl_xliff_error)

/* @text as XML 1.0 can hold it: without the control characters it
 * forbids (a U+001F pasted with Word's text is valid JSON, and would make
 * the file unreadable to every tool). The reader compares a unit's source
 * with the original seen the same way. */
static char *
xml_text (const char *text)
{
  GString *out = g_string_sized_new (text ? strlen (text) : 0);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static const char *
state_name (PlVersionState state)
{
  switch (state)
    {
    case PL_VERSION_DONE:
      return "translated";
    case PL_VERSION_OUTDATED:
      return "needs-review-translation";
    case PL_VERSION_MISSING:
    default:
      return "new";
    }
}

static char *
original_code (PlSession *session)
{
  char *code = pl_versions_language_code (pl_session_settings_get_original_language (pl_session_get_settings (session)));

  return code ? code : g_strdup ("en");
}

/* What the file says it is from: the session's symbol or title. */
static const char *
file_original (PlSession *session)
{
  PlSessionSettings *settings = pl_session_get_settings (session);
  const char *symbol = pl_session_settings_get_symbol (settings);
  const char *title = pl_session_settings_get_title (settings);

  if (symbol != NULL && *symbol != '\0')
    return symbol;
  if (title != NULL && *title != '\0')
    return title;
  return "session";
}

static gboolean
write_document (xmlTextWriterPtr  writer,
                PlSession        *session,
                const char       *language)
{
  g_autoptr(GPtrArray) list = pl_translatables_list (session);
  g_autofree char *source_language = original_code (session);
  g_autofree char *original = xml_text (file_original (session));
  int rc = 0;

#define W(call) G_STMT_START { if (rc >= 0) rc = (call); } G_STMT_END
  W (xmlTextWriterSetIndent (writer, 1));
  W (xmlTextWriterSetIndentString (writer, BAD_CAST "  "));
  W (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (writer, BAD_CAST "xliff"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST "1.2"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "xmlns", BAD_CAST XLIFF_NS));
  W (xmlTextWriterStartElement (writer, BAD_CAST "file"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "original", BAD_CAST original));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "source-language", BAD_CAST source_language));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "target-language", BAD_CAST language));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "datatype", BAD_CAST "plaintext"));
  W (xmlTextWriterStartElement (writer, BAD_CAST "header"));
  W (xmlTextWriterStartElement (writer, BAD_CAST "tool"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "tool-id", BAD_CAST "plenary"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "tool-name", BAD_CAST "Plenary"));
  W (xmlTextWriterWriteAttribute (writer, BAD_CAST "tool-version", BAD_CAST PACKAGE_VERSION));
  W (xmlTextWriterEndElement (writer));
  W (xmlTextWriterEndElement (writer));
  W (xmlTextWriterStartElement (writer, BAD_CAST "body"));

  for (guint i = 0; i < list->len && rc >= 0; i++)
    {
      PlTranslatable *t = g_ptr_array_index (list, i);
      PlRecord *record = pl_translatable_get_record (t);
      const char *field = pl_translatable_get_field (t);
      PlVersionState state = pl_versions_state (record, language, field);
      const char *version = pl_versions_get (record, language, field);
      g_autofree char *id = g_strdup_printf ("%s#%s", pl_record_get_id (record), field);
      g_autofree char *source = xml_text (pl_translatable_get_original (t));
      g_autofree char *target = version ? xml_text (version) : NULL;
      g_autofree char *context = xml_text (pl_translatable_get_context (t));

      W (xmlTextWriterStartElement (writer, BAD_CAST "trans-unit"));
      W (xmlTextWriterWriteAttribute (writer, BAD_CAST "id", BAD_CAST id));
      /* Line breaks and spaces are the text's: an annotation's
       * paragraphs, CommonMark's hard breaks. */
      W (xmlTextWriterWriteAttribute (writer, BAD_CAST "xml:space", BAD_CAST "preserve"));
      /* A current version is the one in force: tools (the Translate
       * Toolkit's, Virtaal's) show a unit as translated only when it is
       * approved, as fuzzy otherwise. */
      if (state == PL_VERSION_DONE)
        W (xmlTextWriterWriteAttribute (writer, BAD_CAST "approved", BAD_CAST "yes"));
      W (xmlTextWriterWriteElement (writer, BAD_CAST "source", BAD_CAST source));
      W (xmlTextWriterStartElement (writer, BAD_CAST "target"));
      W (xmlTextWriterWriteAttribute (writer, BAD_CAST "state", BAD_CAST state_name (state)));
      if (target != NULL)
        W (xmlTextWriterWriteString (writer, BAD_CAST target));
      W (xmlTextWriterEndElement (writer));
      W (xmlTextWriterWriteElement (writer, BAD_CAST "note", BAD_CAST context));
      W (xmlTextWriterEndElement (writer));
    }

  W (xmlTextWriterEndDocument (writer));
#undef W
  return rc >= 0;
}

/**
 * pl_xliff_write:
 * @language: the target language, one of the six UN codes
 * @path: the file to write, replaced atomically
 *
 * Writes every text to translate (pl_translatables_list()) with its
 * @language version.
 */
gboolean
pl_xliff_write (PlSession   *session,
                const char  *language,
                const char  *path,
                GError     **error)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
  gboolean ok;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!pl_versions_is_language (language))
    {
      g_set_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_LANGUAGE,
                   _("“%s” is not one of the six languages (ar, zh, en, fr, ru, es)"), language ? language : "");
      return FALSE;
    }

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  ok = writer != NULL && write_document (writer, session, language);
  if (writer != NULL)
    xmlFreeTextWriter (writer);
  if (!ok)
    {
      xmlBufferFree (buffer);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not build the XLIFF document"));
      return FALSE;
    }

  /* A temporary file in the same folder, renamed over the old one: a
   * crash leaves the old file or the new, never half of one. */
  ok = g_file_set_contents_full (path, (const char *) xmlBufferContent (buffer), xmlBufferLength (buffer),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
  xmlBufferFree (buffer);
  return ok;
}

static gboolean
is_xliff (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name) &&
         (node->ns == NULL || xmlStrEqual (node->ns->href, BAD_CAST XLIFF_NS));
}

static xmlNode *
child (xmlNode    *parent,
       const char *name)
{
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (is_xliff (node, name))
      return node;
  return NULL;
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static char *
content (xmlNode *node)
{
  xmlChar *value = xmlNodeGetContent (node);
  char *copy = g_strdup (value ? (const char *) value : "");

  xmlFree (value);
  return copy;
}

static gboolean
malformed (GError    **error,
           const char *path,
           const char *what)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_MALFORMED,
               /* Translators: a file name, then what is wrong with it */
               _("%s is not an XLIFF 1.2 file Plenary can read: %s. Nothing was imported."), name, what);
  return FALSE;
}

typedef struct
{
  PlRecord *record;
  char     *field;
  char     *target;
} Change;

static void
change_free (Change *change)
{
  g_free (change->field);
  g_free (change->target);
  g_free (change);
}

/* Which record and field a unit id names, or NULL. */
static PlRecord *
unit_record (PlSession   *session,
             const char  *id,
             char       **field)
{
  const char *hash = strrchr (id, '#');
  g_autofree char *record_id = NULL;
  PlRecord *record;

  if (hash == NULL || hash == id || hash[1] == '\0')
    return NULL;
  record_id = g_strndup (id, hash - id);
  record = pl_session_lookup (session, record_id);
  if (record == NULL || !pl_versions_is_translatable (record, hash + 1))
    return NULL;
  *field = g_strdup (hash + 1);
  return record;
}

static gboolean
read_contents (PlSession   *session,
               const char  *contents,
               gsize        length,
               const char  *path,
               const char  *language,
               GPtrArray  **out_refused,
               GError     **error)
{
  g_autoptr(GPtrArray) refused = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *file_language = NULL;
  g_autofree char *version = NULL;
  g_autofree char *code = NULL;
  xmlDoc *doc;
  xmlNode *root, *file, *body;
  gboolean ok = TRUE;
  PlHistory *history;

  if (length > G_MAXINT)
    return malformed (error, path, _("the file is too large"));

  /* No network, no entities expanded, no DTD loaded: the file is data. */
  doc = xmlReadMemory (contents, (int) length, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    return malformed (error, path, _("it is not well-formed XML"));

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_xliff (root, "xliff"))
    ok = malformed (error, path, _("its root element is not “xliff”"));
  else if ((version = attribute (root, "version")) == NULL || !g_str_equal (version, "1.2"))
    ok = malformed (error, path, _("it is not XLIFF version 1.2"));
  else if ((file = child (root, "file")) == NULL || (body = child (file, "body")) == NULL)
    ok = malformed (error, path, _("it has no “file” with a “body”"));
  else if ((file_language = attribute (file, "target-language")) == NULL ||
           (code = pl_versions_language_code (file_language)) == NULL || !g_str_equal (code, language))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_LANGUAGE,
                   /* Translators: a file name, its target language, then the language asked for */
                   _("%s is a translation into “%s”, not “%s”. Nothing was imported."), name,
                   file_language ? file_language : "?", language);
      ok = FALSE;
    }

  for (xmlNode *unit = ok ? body->children : NULL; unit != NULL && ok; unit = unit->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *source = NULL;
      g_autofree char *target = NULL;
      g_autofree char *state = NULL;
      g_autofree char *field = NULL;
      xmlNode *source_node, *target_node;
      PlRecord *record;
      g_autofree char *current = NULL;
      Change *change;

      if (unit->type != XML_ELEMENT_NODE)
        continue;
      /* Groups are XLIFF's; Plenary writes none, and reads none. */
      if (!is_xliff (unit, "trans-unit"))
        {
          ok = malformed (error, path, _("its body holds something other than “trans-unit” elements"));
          break;
        }
      id = attribute (unit, "id");
      source_node = child (unit, "source");
      if (id == NULL || source_node == NULL)
        {
          ok = malformed (error, path, _("a “trans-unit” has no “id” or no “source”"));
          break;
        }
      target_node = child (unit, "target");
      source = content (source_node);
      target = target_node ? content (target_node) : NULL;
      state = target_node ? attribute (target_node, "state") : NULL;

      if (!g_hash_table_add (seen, g_strdup (id)))
        {
          g_ptr_array_add (refused, g_strdup_printf (_("%s: listed twice in the file"), id));
          continue;
        }
      record = unit_record (session, id, &field);
      if (record == NULL)
        {
          g_ptr_array_add (refused, g_strdup_printf (_("%s: the session has no such text"), id));
          continue;
        }
      current = xml_text (pl_versions_original (record, field));
      if (g_strcmp0 (source, current) != 0)
        {
          g_ptr_array_add (refused, g_strdup_printf (_("%s: the original changed after the file was written; "
                                                       "export again and translate the new text"), id));
          continue;
        }
      if (target == NULL || *target == '\0')
        continue;
      /* The outdated version sent for review and returned untouched is
       * still outdated: taking it would mark it current. */
      if (state != NULL && g_str_has_prefix (state, "needs-review") &&
          g_strcmp0 (target, pl_versions_get (record, language, field)) == 0)
        continue;

      change = g_new0 (Change, 1);
      change->record = record;
      change->field = g_steal_pointer (&field);
      change->target = g_steal_pointer (&target);
      g_ptr_array_add (changes, change);
    }
  xmlFreeDoc (doc);
  if (!ok)
    return FALSE;

  /* All the units in one step: an import is undone as a whole. */
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Import Translation"));
  for (guint i = 0; i < changes->len; i++)
    {
      Change *change = g_ptr_array_index (changes, i);
      g_autofree char *source = pl_versions_hash (pl_versions_original (change->record, change->field));
      g_autoptr(JsonNode) i18n = pl_versions_with (pl_record_get_i18n (change->record), language, change->field,
                                                   change->target, source);

      pl_record_set_i18n (change->record, i18n);
    }
  pl_history_end_group (history);

  if (out_refused != NULL)
    *out_refused = g_steal_pointer (&refused);
  return TRUE;
}

/**
 * pl_xliff_read:
 * @path: the XLIFF file a translator returned
 * @language: the language it must be for
 * @out_refused: (out) (optional) (transfer full) (element-type utf8): the
 *   units not applied, each "<unit id>: <reason>"
 *
 * Applies the file's targets as @language versions, in one undo step.
 * A unit without a target, or whose target is the outdated version left
 * as it was (state needs-review-*), changes nothing. A unit whose source
 * is not the original's current text, or that names no text of the
 * session, is refused.
 *
 * Returns: %FALSE with @error, and nothing changed, if the file cannot
 *   be read, is not XLIFF 1.2, or is not for @language
 */
gboolean
pl_xliff_read (PlSession   *session,
               const char  *path,
               const char  *language,
               GPtrArray  **out_refused,
               GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!pl_versions_is_language (language))
    {
      g_set_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_LANGUAGE,
                   _("“%s” is not one of the six languages (ar, zh, en, fr, ru, es)"), language ? language : "");
      return FALSE;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  return read_contents (session, contents, length, path, language, out_refused, error);
}

/**
 * pl_xliff_read_bytes:
 * @bytes: an XLIFF file's contents
 * @display_name: what messages call it (a file name)
 *
 * pl_xliff_read() on contents already in memory (a portal's file, a
 * fuzzer's input).
 */
gboolean
pl_xliff_read_bytes (PlSession   *session,
                     GBytes      *bytes,
                     const char  *display_name,
                     const char  *language,
                     GPtrArray  **out_refused,
                     GError     **error)
{
  gsize length;
  const char *contents;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!pl_versions_is_language (language))
    {
      g_set_error (error, PL_XLIFF_ERROR, PL_XLIFF_ERROR_LANGUAGE,
                   _("“%s” is not one of the six languages (ar, zh, en, fr, ru, es)"), language ? language : "");
      return FALSE;
    }
  contents = g_bytes_get_data (bytes, &length);
  return read_contents (session, contents ? contents : "", length, display_name ? display_name : "XLIFF",
                        language, out_refused, error);
}
