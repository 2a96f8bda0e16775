/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-agenda-item.h"
#include "pl-json-text.h"

/**
 * PlAgendaItem:
 *
 * An item or sub-item of the agenda. Its stored fields are those of the `item` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlAgendaItem
{
  PlRecord parent_instance;

  char *number;
  guint depth;
};

G_DEFINE_FINAL_TYPE (PlAgendaItem, pl_agenda_item, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PARENT,
  PROP_POSITION,
  PROP_TITLE,
  PROP_SHORT_TITLE,
  PROP_ANNOTATION,
  PROP_DOCUMENTS,
  PROP_NO_DOCUMENTATION_NOTE,
  PROP_INSTRUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Derived, never stored: kept up to date by PlAgenda. */
static GParamSpec *number_pspec;
static GParamSpec *depth_pspec;

static void
pl_agenda_item_finalize (GObject *object)
{
  PlAgendaItem *self = PL_AGENDA_ITEM (object);

  g_free (self->number);

  G_OBJECT_CLASS (pl_agenda_item_parent_class)->finalize (object);
}

static void
pl_agenda_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlAgendaItem *self = PL_AGENDA_ITEM (object);

  if (pspec == number_pspec)
    g_value_set_string (value, self->number);
  else if (pspec == depth_pspec)
    g_value_set_uint (value, self->depth);
  else
    G_OBJECT_CLASS (pl_agenda_item_parent_class)->get_property (object, prop_id, value, pspec);
}

static void
pl_agenda_item_class_init (PlAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the parent item's _id, %NULL for a top-level item */
  properties[PROP_PARENT] = g_param_spec_string ("parent", NULL, NULL, NULL, FLAGS);
  /* the sort key among siblings (see pl-position.h) */
  properties[PROP_POSITION] = g_param_spec_string ("position", NULL, NULL, NULL, FLAGS);
  /* the title as the provisional agenda gives it */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* the shorter title the annex uses, or empty */
  properties[PROP_SHORT_TITLE] = g_param_spec_string ("short-title", NULL, NULL, NULL, FLAGS);
  /* the annotation, in CommonMark */
  properties[PROP_ANNOTATION] = g_param_spec_string ("annotation", NULL, NULL, NULL, FLAGS);
  /* the documentation list: [{document, description}], in order */
  properties[PROP_DOCUMENTS] = pl_param_spec_json ("documents", NULL);
  /* the sentence printed when no documentation is foreseen */
  properties[PROP_NO_DOCUMENTATION_NOTE] = g_param_spec_string ("no-documentation-note", NULL, NULL, NULL, FLAGS);
  /* the `id` of the session's instrument the item is under ("tip" for
   * the Trafficking in Persons Protocol), or NULL for the Convention:
   * on a Protocol's matter only its parties decide (rules 1 (c), 76) */
  properties[PROP_INSTRUMENT] = g_param_spec_string ("instrument", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "item", properties, N_PROPS);

  object_class->finalize = pl_agenda_item_finalize;
  object_class->get_property = pl_agenda_item_get_property;

  /**
   * PlAgendaItem:number:
   *
   * The derived number, "2" or "2 (d)": computed from the item's place in
   * the tree, never stored (RULES.md, "The agenda").
   */
  number_pspec = g_param_spec_string ("number", NULL, NULL, NULL,
                                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, N_PROPS, number_pspec);

  /**
   * PlAgendaItem:depth:
   *
   * 0 for an item, 1 for a sub-item.
   */
  depth_pspec = g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0,
                                   (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, N_PROPS + 1, depth_pspec);
}

static void
pl_agenda_item_init (PlAgendaItem *self)
{
}

PlAgendaItem *
pl_agenda_item_new (const char *id)
{
  return g_object_new (PL_TYPE_AGENDA_ITEM, "id", id, NULL);
}

const char *
pl_agenda_item_get_parent (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_PARENT);
}

const char *
pl_agenda_item_get_position (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_POSITION);
}

const char *
pl_agenda_item_get_title (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

const char *
pl_agenda_item_get_short_title (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_SHORT_TITLE);
}

const char *
pl_agenda_item_get_annotation (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ANNOTATION);
}

JsonNode *
pl_agenda_item_get_documents (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_DOCUMENTS);
}

const char *
pl_agenda_item_get_no_documentation_note (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_NO_DOCUMENTATION_NOTE);
}

void
pl_agenda_item_set_parent (PlAgendaItem *self,
                           const char *parent)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_PARENT, parent);
}

void
pl_agenda_item_set_position (PlAgendaItem *self,
                             const char *position)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_POSITION, position);
}

void
pl_agenda_item_set_title (PlAgendaItem *self,
                          const char *title)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_agenda_item_set_short_title (PlAgendaItem *self,
                                const char *short_title)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_SHORT_TITLE, short_title);
}

void
pl_agenda_item_set_annotation (PlAgendaItem *self,
                               const char *annotation)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_ANNOTATION, annotation);
}

void
pl_agenda_item_set_documents (PlAgendaItem *self,
                              JsonNode *documents)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_json (PL_RECORD (self), PROP_DOCUMENTS, documents);
}

void
pl_agenda_item_set_no_documentation_note (PlAgendaItem *self,
                                          const char *no_documentation_note)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_NO_DOCUMENTATION_NOTE, no_documentation_note);
}

/**
 * pl_agenda_item_get_number:
 *
 * Returns: (nullable): the derived number, %NULL while the item is in no
 *   session
 */
const char *
pl_agenda_item_get_number (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), NULL);

  return self->number;
}

guint
pl_agenda_item_get_depth (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), 0);

  return self->depth;
}

/* For PlAgenda, which derives both from the tree. */
void
pl_agenda_item_set_derived (PlAgendaItem *self,
                            const char   *number,
                            guint         depth)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  if (g_strcmp0 (self->number, number) != 0)
    {
      g_free (self->number);
      self->number = g_strdup (number);
      g_object_notify_by_pspec (G_OBJECT (self), number_pspec);
    }

  if (self->depth != depth)
    {
      self->depth = depth;
      g_object_notify_by_pspec (G_OBJECT (self), depth_pspec);
    }
}

/**
 * pl_agenda_item_dup_document_ids:
 *
 * Returns: (transfer full): the _ids of the item's documentation list, in
 *   order
 */
GStrv
pl_agenda_item_dup_document_ids (PlAgendaItem *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *documents;

  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), NULL);

  documents = pl_agenda_item_get_documents (self);
  if (documents != NULL && JSON_NODE_HOLDS_ARRAY (documents))
    {
      JsonArray *array = json_node_get_array (documents);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *entry = json_array_get_element (array, i);
          const char *id = NULL;

          if (JSON_NODE_HOLDS_OBJECT (entry))
            id = pl_json_object_get_string (json_node_get_object (entry), "document", NULL);
          if (id != NULL)
            g_strv_builder_add (builder, id);
        }
    }

  return g_strv_builder_end (builder);
}

const char *
pl_agenda_item_get_instrument (PlAgendaItem *self)
{
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_INSTRUMENT);
}

void
pl_agenda_item_set_instrument (PlAgendaItem *self,
                               const char   *instrument)
{
  g_return_if_fail (PL_IS_AGENDA_ITEM (self));

  pl_record_set_string (PL_RECORD (self), PROP_INSTRUMENT, instrument);
}
