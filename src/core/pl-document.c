/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-document.h"

/**
 * PlDocument:
 *
 * A document of the session, known by its UN symbol. Its stored fields are those of the `document` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlDocument
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlDocument, pl_document, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SYMBOL,
  PROP_TITLE,
  PROP_KIND,
  PROP_STATUS,
  PROP_LANGUAGES,
  PROP_NOTE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_document_class_init (PlDocumentClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the document symbol, e.g. CTOC/COP/2020/1 */
  properties[PROP_SYMBOL] = g_param_spec_string ("symbol", NULL, NULL, NULL, FLAGS);
  /* the document's title */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* report, note, conference room paper... */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PL_TYPE_DOCUMENT_KIND, 0, FLAGS);
  /* planned, submitted or issued */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_DOCUMENT_STATUS, 0, FLAGS);
  /* the language codes it is issued in */
  properties[PROP_LANGUAGES] = g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, FLAGS);
  /* a free note */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, FLAGS);
  /* where the document can be read on the web; absent when not given */
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "document", properties, N_PROPS);
}

static void
pl_document_init (PlDocument *self)
{
}

PlDocument *
pl_document_new (const char *id)
{
  return g_object_new (PL_TYPE_DOCUMENT, "id", id, NULL);
}

const char *
pl_document_get_symbol (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_SYMBOL);
}

const char *
pl_document_get_title (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

PlDocumentKind
pl_document_get_kind (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return (PlDocumentKind) pl_record_get_enum (PL_RECORD (self), PROP_KIND);
}

PlDocumentStatus
pl_document_get_status (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return (PlDocumentStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

const char * const *
pl_document_get_languages (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return pl_record_get_strv (PL_RECORD (self), PROP_LANGUAGES);
}

const char *
pl_document_get_note (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_NOTE);
}

const char *
pl_document_get_url (PlDocument *self)
{
  g_return_val_if_fail (PL_IS_DOCUMENT (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_URL);
}

/**
 * pl_document_url_is_valid:
 * @url: (nullable): an address
 *
 * Whether @url is an address a delegate's browser can open: http:// or
 * https://, a host, and no spaces. Other schemes (file://, mailto:…) are
 * refused, because a delegate's copy would launch whatever it names.
 *
 * Returns: %TRUE if @url is a web address
 */
gboolean
pl_document_url_is_valid (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (url == NULL)
    return FALSE;
  for (const char *p = url; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);

  return (g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0) &&
         host != NULL && *host != '\0';
}

void
pl_document_set_symbol (PlDocument *self,
                        const char *symbol)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_string (PL_RECORD (self), PROP_SYMBOL, symbol);
}

void
pl_document_set_title (PlDocument *self,
                       const char *title)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_document_set_kind (PlDocument *self,
                      PlDocumentKind kind)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_enum (PL_RECORD (self), PROP_KIND, kind);
}

void
pl_document_set_status (PlDocument *self,
                        PlDocumentStatus status)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

void
pl_document_set_languages (PlDocument *self,
                           const char * const *languages)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_strv (PL_RECORD (self), PROP_LANGUAGES, languages);
}

void
pl_document_set_note (PlDocument *self,
                      const char *note)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_string (PL_RECORD (self), PROP_NOTE, note);
}

void
pl_document_set_url (PlDocument *self,
                     const char *url)
{
  g_return_if_fail (PL_IS_DOCUMENT (self));

  pl_record_set_string (PL_RECORD (self), PROP_URL, url);
}
