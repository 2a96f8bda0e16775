/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-session.h"
#include "pl-translatable.h"

/**
 * PlTranslatable:
 *
 * One text a document prints and a translator translates: a record's
 * field (issue 21). The list (pl_translatables_list()) is what the
 * Translations page shows and the XLIFF holds; the original is read from
 * the record each time, so an item stays current while it lives.
 */
struct _PlTranslatable
{
  GObject   parent_instance;

  PlRecord *record;
  char     *field;
  char     *context;
};

G_DEFINE_FINAL_TYPE (PlTranslatable, pl_translatable, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_FIELD,
  PROP_ORIGINAL,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_translatable_finalize (GObject *object)
{
  PlTranslatable *self = PL_TRANSLATABLE (object);

  g_clear_object (&self->record);
  g_free (self->field);
  g_free (self->context);

  G_OBJECT_CLASS (pl_translatable_parent_class)->finalize (object);
}

static void
pl_translatable_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlTranslatable *self = PL_TRANSLATABLE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_ORIGINAL:
      g_value_set_string (value, pl_translatable_get_original (self));
      break;

    case PROP_CONTEXT:
      g_value_set_string (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_translatable_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlTranslatable *self = PL_TRANSLATABLE (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      break;

    case PROP_FIELD:
      self->field = g_value_dup_string (value);
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_translatable_class_init (PlTranslatableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_translatable_finalize;
  object_class->get_property = pl_translatable_get_property;
  object_class->set_property = pl_translatable_set_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, PL_TYPE_RECORD,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* the field's JSON name ("short_title") */
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* the field's current text, which every version translates */
  properties[PROP_ORIGINAL] =
    g_param_spec_string ("original", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* where the text is, for people: "Item 2 (a), title" */
  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_translatable_init (PlTranslatable *self)
{
}

PlTranslatable *
pl_translatable_new (PlRecord   *record,
                     const char *field,
                     const char *context)
{
  g_return_val_if_fail (PL_IS_RECORD (record), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  return g_object_new (PL_TYPE_TRANSLATABLE, "record", record, "field", field, "context", context, NULL);
}

PlRecord *
pl_translatable_get_record (PlTranslatable *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATABLE (self), NULL);

  return self->record;
}

const char *
pl_translatable_get_field (PlTranslatable *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATABLE (self), NULL);

  return self->field;
}

const char *
pl_translatable_get_original (PlTranslatable *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATABLE (self), NULL);

  return pl_versions_original (self->record, self->field);
}

const char *
pl_translatable_get_context (PlTranslatable *self)
{
  g_return_val_if_fail (PL_IS_TRANSLATABLE (self), NULL);

  return self->context;
}

/**
 * pl_translatables_field_label:
 * @field: a translatable field's JSON name
 *
 * Returns: (transfer none): the field in words ("short title")
 */
const char *
pl_translatables_field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "title", N_("title") },
    { "short_title", N_("short title") },
    { "annotation", N_("annotation") },
    { "note", N_("note") },
    { "body", N_("body") },
    { "body_short", N_("body’s short name") },
    { "venue", N_("venue") },
    { "text", N_("text") },
  };

  g_return_val_if_fail (field != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (field, labels[i].field))
      return _(labels[i].label);
  return field;
}

/**
 * pl_translatables_record_label:
 *
 * Returns: (transfer full): @record for people: "Item 2 (a)",
 *   "Document CTOC/COP/2020/1", "Session"
 */
char *
pl_translatables_record_label (PlRecord *record)
{
  const char *type_name;

  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  type_name = pl_record_get_type_name (record);
  if (PL_IS_SESSION_SETTINGS (record))
    return g_strdup (_("Session"));
  if (PL_IS_AGENDA_ITEM (record) && pl_agenda_item_get_number (PL_AGENDA_ITEM (record)) != NULL)
    /* Translators: an agenda item and its number ("Item 2 (a)") */
    return g_strdup_printf (_("Item %s"), pl_agenda_item_get_number (PL_AGENDA_ITEM (record)));
  if (PL_IS_DOCUMENT (record) && pl_document_get_symbol (PL_DOCUMENT (record)) != NULL &&
      *pl_document_get_symbol (PL_DOCUMENT (record)) != '\0')
    /* Translators: a document and its symbol */
    return g_strdup_printf (_("Document %s"), pl_document_get_symbol (PL_DOCUMENT (record)));
  if (PL_IS_PROPOSAL (record) && pl_proposal_get_symbol (PL_PROPOSAL (record)) != NULL &&
      *pl_proposal_get_symbol (PL_PROPOSAL (record)) != '\0')
    /* Translators: a proposal and its symbol */
    return g_strdup_printf (_("Proposal %s"), pl_proposal_get_symbol (PL_PROPOSAL (record)));
  if (PL_IS_MEETING (record) && pl_meeting_get_date (PL_MEETING (record)) != NULL)
    /* Translators: a meeting, its date and starting time */
    return g_strdup_printf (_("Meeting of %s %s"), pl_meeting_get_date (PL_MEETING (record)),
                            pl_meeting_get_start (PL_MEETING (record)) ? pl_meeting_get_start (PL_MEETING (record)) : "");
  if (g_strcmp0 (type_name, "report_override") == 0)
    /* Translators: a paragraph of the draft report, by its key */
    return g_strdup_printf (_("Report paragraph %s"), pl_record_get_id (record) + strlen ("report_override:"));
  return g_strdup (pl_record_get_id (record));
}

static void
add_record (GPtrArray *out,
            PlRecord  *record)
{
  const char * const *fields = pl_versions_fields (G_OBJECT_TYPE (record));
  g_autofree char *label = NULL;

  for (guint f = 0; fields[f] != NULL; f++)
    {
      const char *original = pl_versions_original (record, fields[f]);
      g_autofree char *context = NULL;

      if (original == NULL || *original == '\0')
        continue;
      if (label == NULL)
        label = pl_translatables_record_label (record);
      /* Translators: where a text is: a record, then its field ("Item 2 (a), title") */
      context = g_strdup_printf (_("%s, %s"), label, pl_translatables_field_label (fields[f]));
      g_ptr_array_add (out, pl_translatable_new (record, fields[f], context));
    }
}

static void
add_type (GPtrArray  *out,
          PlSession  *session,
          const char *type_name)
{
  GType type = pl_session_record_type_from_name (type_name);
  GListModel *records;

  if (type == G_TYPE_INVALID)
    return;
  records = pl_session_get_records (session, type);
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(PlRecord) record = g_list_model_get_item (records, i);

      add_record (out, record);
    }
}

/**
 * pl_translatables_list:
 *
 * Returns: (transfer full) (element-type PlTranslatable): every
 *   non-empty text of @session a document prints, in document order:
 *   the session's, the items' in agenda order, then documents,
 *   proposals, meetings and report paragraphs in the session's order
 */
GPtrArray *
pl_translatables_list (PlSession *session)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  add_record (out, PL_RECORD (pl_session_get_settings (session)));
  items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  for (guint i = 0; i < items->len; i++)
    add_record (out, g_ptr_array_index (items, i));
  add_type (out, session, "document");
  add_type (out, session, "proposal");
  add_type (out, session, "meeting");
  add_type (out, session, "report_override");

  return out;
}

/**
 * pl_translatables_progress:
 * @total: (out) (optional): the texts to translate
 * @done: (out) (optional): those whose @language version is current
 * @outdated: (out) (optional): those whose version translates an older
 *   original
 *
 * The rest (@total - @done - @outdated) is missing.
 */
void
pl_translatables_progress (PlSession  *session,
                           const char *language,
                           guint      *total,
                           guint      *done,
                           guint      *outdated)
{
  g_autoptr(GPtrArray) list = NULL;
  guint n_done = 0, n_outdated = 0;

  g_return_if_fail (PL_IS_SESSION (session));

  list = pl_translatables_list (session);
  for (guint i = 0; i < list->len; i++)
    {
      PlTranslatable *t = g_ptr_array_index (list, i);

      switch (pl_versions_state (t->record, language, t->field))
        {
        case PL_VERSION_DONE:
          n_done++;
          break;
        case PL_VERSION_OUTDATED:
          n_outdated++;
          break;
        case PL_VERSION_MISSING:
        default:
          break;
        }
    }

  if (total != NULL)
    *total = list->len;
  if (done != NULL)
    *done = n_done;
  if (outdated != NULL)
    *outdated = n_outdated;
}
