/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-codec.h"
#include "pl-enums.h"
#include "pl-json-writer.h"
#include "pl-session.h"
#include "pl-json-text.h"

/*
 * JSON ⇄ records (DESIGN.md, "The document format"). The codec knows no
 * record type by name: it walks the stored fields each class installed,
 * so a field added to a class is read and written with no change here.
 * Members it does not know are kept in the record's extra object and
 * written back after the known ones.
 */

G_DEFINE_QUARK (pl-codec-error-quark, pl_codec_error)

static const char *
json_kind (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_DOUBLE:
      return _("a decimal number");
    default:
      return _("a number");
    }
}

static gboolean
wrong_type (GError     **error,
            const char  *id,
            const char  *field,
            const char  *expected,
            JsonNode    *found)
{
  g_set_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_WRONG_TYPE,
               /* Translators: record _id, field name, expected kind, found kind */
               _("record “%s”, field “%s”: expected %s, found %s"),
               id, field, expected, json_kind (found));
  return FALSE;
}

static gboolean
holds (JsonNode *node,
       GType     value_type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == value_type;
}

/* Reads one field's JSON into @value (initialized to the field's type). */
static gboolean
read_field (const char  *id,
            GParamSpec  *field,
            JsonNode    *node,
            GValue      *value,
            GError     **error)
{
  const char *name = pl_record_field_json_name (field);
  GType type = field->value_type;

  /* null means "not set": the field's default. */
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_param_value_set_default (field, value);
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      if (!holds (node, G_TYPE_STRING))
        return wrong_type (error, id, name, _("a string"), node);
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *ispec = G_PARAM_SPEC_INT (field);
      gint64 v;

      if (!holds (node, G_TYPE_INT64))
        return wrong_type (error, id, name, _("a whole number"), node);
      v = json_node_get_int (node);
      if (v < ispec->minimum || v > ispec->maximum)
        {
          g_set_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_BAD_VALUE,
                       _("record “%s”, field “%s”: %lld is out of range (%d to %d)"),
                       id, name, (long long) v, ispec->minimum, ispec->maximum);
          return FALSE;
        }
      g_value_set_int (value, (int) v);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!holds (node, G_TYPE_BOOLEAN))
        return wrong_type (error, id, name, _("true or false"), node);
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;

      if (!holds (node, G_TYPE_STRING))
        return wrong_type (error, id, name, _("a string"), node);
      if (!pl_enum_from_nick (type, json_node_get_string (node), &v))
        {
          g_autofree char *allowed = pl_enum_list_nicks (type);

          g_set_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_BAD_VALUE,
                       /* Translators: record _id, field, the bad value, the allowed values */
                       _("record “%s”, field “%s”: “%s” is not one of %s"),
                       id, name, json_node_get_string (node), allowed);
          return FALSE;
        }
      g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_STRV)
    {
      g_autoptr(GStrvBuilder) builder = NULL;
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return wrong_type (error, id, name, _("an array of strings"), node);

      builder = g_strv_builder_new ();
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!holds (element, G_TYPE_STRING))
            return wrong_type (error, id, name, _("an array of strings"), element);
          g_strv_builder_add (builder, json_node_get_string (element));
        }
      g_value_take_boxed (value, g_strv_builder_end (builder));
    }
  else if (type == JSON_TYPE_NODE)
    {
      g_value_take_boxed (value, json_node_copy (node));
    }
  else
    {
      g_assert_not_reached ();
    }

  return TRUE;
}

static JsonNode *
write_field (PlRecord   *record,
             GParamSpec *field)
{
  const GValue *value = pl_record_get_field (record, field);
  GType type = field->value_type;
  JsonNode *node;

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);

      node = s ? json_node_init_string (json_node_alloc (), s) : json_node_new (JSON_NODE_NULL);
    }
  else if (type == G_TYPE_INT)
    node = json_node_init_int (json_node_alloc (), g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    node = json_node_init_boolean (json_node_alloc (), g_value_get_boolean (value));
  else if (G_TYPE_IS_ENUM (type))
    node = json_node_init_string (json_node_alloc (), pl_enum_to_nick (type, g_value_get_enum (value)));
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      JsonArray *array = json_array_new ();

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        json_array_add_string_element (array, strv[i]);
      node = json_node_init_array (json_node_alloc (), array);
      json_array_unref (array);
    }
  else if (type == JSON_TYPE_NODE)
    {
      JsonNode *tree = g_value_get_boxed (value);

      node = tree ? json_node_copy (tree) : json_node_new (JSON_NODE_NULL);
    }
  else
    g_assert_not_reached ();

  return node;
}

/**
 * pl_codec_record_to_json:
 *
 * Returns: (transfer full): the record as the document format writes it:
 *   `_id`, `type`, `_rev` when synced, every stored field in its class's
 *   order (but those the document read did not have, while they hold their
 *   defaults), then the fields this version did not know
 */
JsonObject *
pl_codec_record_to_json (PlRecord *record)
{
  JsonObject *object = json_object_new ();
  JsonObject *extra;
  GParamSpec **fields;
  guint n_fields;

  g_return_val_if_fail (PL_IS_RECORD (record), NULL);

  json_object_set_string_member (object, "_id", pl_record_get_id (record));
  json_object_set_string_member (object, "type", pl_record_get_type_name (record));
  if (pl_record_get_rev (record) != NULL)
    json_object_set_string_member (object, "_rev", pl_record_get_rev (record));

  fields = pl_record_class_list_fields (PL_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    switch (pl_record_get_field_presence (record, fields[i]))
      {
      case PL_RECORD_PRESENCE_ABSENT:
        break;
      case PL_RECORD_PRESENCE_NULL:
        json_object_set_null_member (object, pl_record_field_json_name (fields[i]));
        break;
      case PL_RECORD_PRESENCE_SET:
      default:
        json_object_set_member (object, pl_record_field_json_name (fields[i]),
                                write_field (record, fields[i]));
        break;
      }

  extra = pl_record_get_extra (record);
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        if (!json_object_has_member (object, name))
          json_object_set_member (object, name, json_node_copy (node));
    }

  return object;
}

/* One field as write_field() would build it, written as text. */
static void
print_field (GString    *out,
             guint       level,
             PlRecord   *record,
             GParamSpec *field)
{
  const GValue *value = pl_record_get_field (record, field);
  GType type = field->value_type;

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);

      if (s != NULL)
        pl_json_writer_string (out, s);
      else
        g_string_append_len (out, "null", 4);
    }
  else if (type == G_TYPE_INT)
    g_string_append_printf (out, "%d", g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, g_value_get_boolean (value) ? "true" : "false");
  else if (G_TYPE_IS_ENUM (type))
    pl_json_writer_string (out, pl_enum_to_nick (type, g_value_get_enum (value)));
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      if (strv == NULL || strv[0] == NULL)
        {
          g_string_append_len (out, "[]", 2);
          return;
        }
      g_string_append_c (out, '[');
      for (guint i = 0; strv[i] != NULL; i++)
        {
          g_string_append (out, i == 0 ? "\n" : ",\n");
          pl_json_writer_indent (out, level + 1);
          pl_json_writer_string (out, strv[i]);
        }
      g_string_append_c (out, '\n');
      pl_json_writer_indent (out, level);
      g_string_append_c (out, ']');
    }
  else if (type == JSON_TYPE_NODE)
    {
      JsonNode *tree = g_value_get_boxed (value);

      if (tree != NULL)
        pl_json_writer_node (out, level, tree);
      else
        g_string_append_len (out, "null", 4);
    }
  else
    g_assert_not_reached ();
}

static void
print_member (GString    *out,
              guint       level,
              const char *name,
              gboolean   *first)
{
  g_string_append (out, *first ? "\n" : ",\n");
  *first = FALSE;
  pl_json_writer_member_name (out, level, name);
}

/**
 * pl_codec_record_write:
 * @out: where the text goes
 * @level: the nesting level of the record's object (2 for an element of
 *   a session file's "docs")
 *
 * Appends the JSON text of pl_codec_record_to_json()'s object, pretty
 * printed as pl-json-writer.c describes, without building that object:
 * a session file is written this way (issue 11: building and freeing the
 * trees of the large session was half of its save).
 */
void
pl_codec_record_write (PlRecord *record,
                       GString  *out,
                       guint     level)
{
  GParamSpec **fields;
  guint n_fields;
  JsonObject *extra;
  gboolean first = TRUE;

  g_return_if_fail (PL_IS_RECORD (record));
  g_return_if_fail (out != NULL);

  g_string_append_c (out, '{');
  print_member (out, level + 1, "_id", &first);
  pl_json_writer_string (out, pl_record_get_id (record));
  print_member (out, level + 1, "type", &first);
  pl_json_writer_string (out, pl_record_get_type_name (record));
  if (pl_record_get_rev (record) != NULL)
    {
      print_member (out, level + 1, "_rev", &first);
      pl_json_writer_string (out, pl_record_get_rev (record));
    }

  fields = pl_record_class_list_fields (PL_RECORD_GET_CLASS (record), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      PlRecordPresence presence = pl_record_get_field_presence (record, fields[i]);

      if (presence == PL_RECORD_PRESENCE_ABSENT)
        continue;
      print_member (out, level + 1, pl_record_field_json_name (fields[i]), &first);
      if (presence == PL_RECORD_PRESENCE_NULL)
        g_string_append_len (out, "null", 4);
      else
        print_field (out, level + 1, record, fields[i]);
    }

  /* The members this version does not know, after the known ones, unless
   * a field of that name was written (as pl_codec_record_to_json()). */
  extra = pl_record_get_extra (record);
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          gboolean known = g_str_equal (name, "_id") || g_str_equal (name, "type") ||
                           (g_str_equal (name, "_rev") && pl_record_get_rev (record) != NULL);

          for (guint i = 0; !known && i < n_fields; i++)
            known = g_str_equal (name, pl_record_field_json_name (fields[i]));
          if (known)
            continue;

          print_member (out, level + 1, name, &first);
          pl_json_writer_node (out, level + 1, node);
        }
    }

  g_string_append_c (out, '\n');
  pl_json_writer_indent (out, level);
  g_string_append_c (out, '}');
}

static gboolean
is_reserved (const char *name)
{
  return g_str_equal (name, "_id") || g_str_equal (name, "type") || g_str_equal (name, "_rev");
}

/* Reads every field of @klass from @object into @values (one per field,
 * initialized here; on failure some may be left unset) and how the
 * document had it into @presence. @n_members: how many members of @object
 * were read (fields and the reserved names), so that the caller knows
 * whether any are left for the record's extra object. */
static gboolean
read_fields (PlRecordClass  *klass,
             const char     *id,
             JsonObject     *object,
             GValue         *values,
             guint8         *presence,
             guint          *n_members,
             const char    **bad_field,
             GError        **error)
{
  guint n_fields;
  GParamSpec **fields = pl_record_class_list_fields (klass, &n_fields);
  const char **names = pl_record_class_list_json_names (klass, NULL);
  guint n = 0;

  for (guint i = 0; i < n_fields; i++)
    {
      JsonNode *member = json_object_get_member (object, names[i]);

      g_value_init (&values[i], fields[i]->value_type);
      if (member == NULL)
        {
          g_param_value_set_default (fields[i], &values[i]);
          presence[i] = PL_RECORD_PRESENCE_ABSENT;
          continue;
        }
      n++;
      presence[i] = JSON_NODE_HOLDS_NULL (member) ? PL_RECORD_PRESENCE_NULL : PL_RECORD_PRESENCE_SET;
      if (!read_field (id, fields[i], member, &values[i], error))
        {
          if (bad_field != NULL)
            *bad_field = names[i];
          return FALSE;
        }
    }

  for (guint i = 0; i < 3; i++)
    if (json_object_has_member (object, (const char *[]) { "_id", "type", "_rev" }[i]))
      n++;
  *n_members = n;
  return TRUE;
}

/* The members of @object that are neither fields nor reserved, or %NULL
 * when there are none. @n_members: how many read_fields() read. */
static JsonObject *
unknown_members (PlRecordClass *klass,
                 JsonObject    *object,
                 guint          n_members)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  /* Every member was read: the usual case, with no walk over the names.
   * (A field named like a reserved member would be counted twice and
   * take the walk below, which is always right.) */
  if (json_object_get_size (object) == n_members)
    return NULL;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!is_reserved (name) && pl_record_class_find_field (klass, name) == NULL)
      {
        if (extra == NULL)
          extra = json_object_new ();
        json_object_set_member (extra, name, json_node_copy (node));
      }
  return extra;
}

static void
unset_values (GValue *values,
              guint   n_values)
{
  for (guint i = 0; i < n_values; i++)
    if (G_IS_VALUE (&values[i]))
      g_value_unset (&values[i]);
}

/**
 * pl_codec_apply:
 * @bad_field: (out) (optional): on error, the JSON name of the field at
 *   fault
 *
 * Sets every field of @record from @object, all or nothing: a value of
 * the wrong type leaves @record as it was. Fields missing from @object
 * take their defaults, and are written back missing while they hold them
 * (pl_record_get_field_presence()): what another client left out is not
 * invented here.
 */
gboolean
pl_codec_apply (PlRecord    *record,
                JsonObject  *object,
                const char **bad_field,
                GError     **error)
{
  PlRecordClass *klass;
  g_autoptr(JsonObject) extra = NULL;
  g_autofree GValue *values = NULL;
  g_autofree guint8 *presence = NULL;
  GParamSpec **fields;
  guint n_fields, n_members;

  g_return_val_if_fail (PL_IS_RECORD (record), FALSE);

  klass = PL_RECORD_GET_CLASS (record);
  fields = pl_record_class_list_fields (klass, &n_fields);
  values = g_new0 (GValue, n_fields);
  presence = g_new (guint8, n_fields);

  if (!read_fields (klass, pl_record_get_id (record), object, values, presence, &n_members, bad_field, error))
    {
      unset_values (values, n_fields);
      return FALSE;
    }

  extra = unknown_members (klass, object, n_members);
  for (guint i = 0; i < n_fields; i++)
    {
      pl_record_set_field (record, fields[i], &values[i]);
      pl_record_set_field_presence (record, fields[i], presence[i]);
    }
  pl_record_set_extra (record, extra);
  pl_record_set_rev (record, pl_json_object_get_string (object, "_rev", NULL));

  unset_values (values, n_fields);
  return TRUE;
}

/**
 * pl_codec_record_from_json:
 * @record: (out) (transfer full) (nullable): the new record, or %NULL if
 *   the record's type is one this version does not know (the caller keeps
 *   the JSON as it is)
 * @bad_field: (out) (optional): on error, the field at fault
 *
 * Returns: %FALSE with @error if the record cannot be read
 */
gboolean
pl_codec_record_from_json (JsonObject  *object,
                           PlRecord   **record,
                           const char **bad_field,
                           GError     **error)
{
  g_autoptr(PlRecord) result = NULL;
  JsonNode *id_node, *type_node;
  const char *id;
  GType type;

  g_return_val_if_fail (object != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  *record = NULL;

  id_node = json_object_get_member (object, "_id");
  if (id_node == NULL || !holds (id_node, G_TYPE_STRING) || json_node_get_string (id_node)[0] == '\0')
    {
      if (bad_field != NULL)
        *bad_field = "_id";
      g_set_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_NO_ID,
                   _("a record has no “_id” string"));
      return FALSE;
    }
  id = json_node_get_string (id_node);

  type_node = json_object_get_member (object, "type");
  if (type_node == NULL || !holds (type_node, G_TYPE_STRING))
    {
      if (bad_field != NULL)
        *bad_field = "type";
      g_set_error (error, PL_CODEC_ERROR, PL_CODEC_ERROR_NO_TYPE,
                   _("record “%s” has no “type” string"), id);
      return FALSE;
    }

  type = pl_session_record_type_from_name (json_node_get_string (type_node));
  if (type == G_TYPE_INVALID)
    return TRUE;

  /* What pl_codec_apply() does, on a record nobody has seen yet: the
   * values are moved in, with no signals (issue 23). */
  result = g_object_new (type, "id", id, NULL);
  {
    PlRecordClass *klass = PL_RECORD_GET_CLASS (result);
    guint n_fields, n_members;
    g_autofree GValue *values = NULL;
    g_autofree guint8 *presence = NULL;
    g_autoptr(JsonObject) extra = NULL;

    pl_record_class_list_fields (klass, &n_fields);
    values = g_new0 (GValue, n_fields);
    presence = g_new (guint8, n_fields);
    if (!read_fields (klass, id, object, values, presence, &n_members, bad_field, error))
      {
        unset_values (values, n_fields);
        return FALSE;
      }
    pl_record_load_fields (result, values, presence);
    extra = unknown_members (klass, object, n_members);
    pl_record_set_extra (result, extra);
    pl_record_set_rev (result, pl_json_object_get_string (object, "_rev", NULL));
  }

  *record = g_steal_pointer (&result);
  return TRUE;
}
