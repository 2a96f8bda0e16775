/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PL_TYPE_RECORD (pl_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (PlRecord, pl_record, PL, RECORD, GObject)

/**
 * PlRecordClass:
 *
 * A record type of the document format. A subclass installs its stored
 * fields with pl_record_class_install_fields(); their values then live in
 * the base class, which compares before it notifies and emits
 * #PlRecord::field-changed with the old value, so that the undo history,
 * autosave and sync see every edit without each setter knowing of them.
 * Derived, read-only properties (an item's number) are the subclass's own.
 */
struct _PlRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *type_name;
  guint        n_fields;
  GParamSpec **fields;
  /* The fields' JSON names, in the same order (issue 23: the codec reads
   * them per record, a qdata lookup each). */
  const char **json_names;

  gpointer     padding[7];
};

/**
 * PlRecordPresence:
 * @PL_RECORD_PRESENCE_SET: the field holds a value of its own and is
 *   written
 * @PL_RECORD_PRESENCE_ABSENT: the document the record was read from did
 *   not have the field: it is left out while it holds its default
 * @PL_RECORD_PRESENCE_NULL: the document had the field as null: it is
 *   written as null while it holds its default
 *
 * How a field is written (issue 16, point 2): a record another client
 * wrote without some fields is written back without them, so that a
 * pulled record equals what the server holds until a person edits it.
 */
typedef enum {
  PL_RECORD_PRESENCE_SET,
  PL_RECORD_PRESENCE_ABSENT,
  PL_RECORD_PRESENCE_NULL,
} PlRecordPresence;

const char   *pl_record_get_id                (PlRecord       *self);
const char   *pl_record_get_type_name         (PlRecord       *self);
const char   *pl_record_get_rev               (PlRecord       *self);
JsonObject   *pl_record_get_extra             (PlRecord       *self);
guint64       pl_record_get_stamp             (PlRecord       *self);
void          pl_record_set_rev               (PlRecord       *self,
                                               const char     *rev);
void          pl_record_set_extra             (PlRecord       *self,
                                               JsonObject     *extra);

const char   *pl_record_class_get_type_name   (PlRecordClass  *klass);
GParamSpec  **pl_record_class_list_fields     (PlRecordClass  *klass,
                                               guint          *n_fields);
GParamSpec   *pl_record_class_find_field      (PlRecordClass  *klass,
                                               const char     *json_name);
const char   *pl_record_field_json_name       (GParamSpec     *pspec);
const char  **pl_record_class_list_json_names (PlRecordClass  *klass,
                                               guint          *n_fields);

const GValue *pl_record_get_field             (PlRecord       *self,
                                               GParamSpec     *field);
gboolean      pl_record_set_field             (PlRecord       *self,
                                               GParamSpec     *field,
                                               const GValue   *value);
PlRecordPresence pl_record_get_field_presence (PlRecord       *self,
                                               GParamSpec     *field);
void          pl_record_set_field_presence    (PlRecord       *self,
                                               GParamSpec     *field,
                                               PlRecordPresence presence);

void          pl_record_load_fields           (PlRecord       *self,
                                               GValue         *values,
                                               const guint8   *presence);

gboolean      pl_record_id_fits_type          (const char     *id,
                                               const char     *type_name);

/* For subclasses: typed access by property id. */
void          pl_record_class_install_fields  (PlRecordClass  *klass,
                                               const char     *type_name,
                                               GParamSpec    **fields,
                                               guint           n_fields);
const char   *pl_record_get_string            (PlRecord       *self,
                                               guint           field_id);
int           pl_record_get_int               (PlRecord       *self,
                                               guint           field_id);
gboolean      pl_record_get_boolean           (PlRecord       *self,
                                               guint           field_id);
int           pl_record_get_enum              (PlRecord       *self,
                                               guint           field_id);
const char * const *pl_record_get_strv        (PlRecord       *self,
                                               guint           field_id);
JsonNode     *pl_record_get_json              (PlRecord       *self,
                                               guint           field_id);
void          pl_record_set_string            (PlRecord       *self,
                                               guint           field_id,
                                               const char     *value);
void          pl_record_set_int               (PlRecord       *self,
                                               guint           field_id,
                                               int             value);
void          pl_record_set_boolean           (PlRecord       *self,
                                               guint           field_id,
                                               gboolean        value);
void          pl_record_set_enum              (PlRecord       *self,
                                               guint           field_id,
                                               int             value);
void          pl_record_set_strv              (PlRecord       *self,
                                               guint           field_id,
                                               const char * const *value);
void          pl_record_set_json              (PlRecord       *self,
                                               guint           field_id,
                                               JsonNode       *value);

GParamSpec   *pl_record_get_i18n_field        (void);
JsonNode     *pl_record_get_i18n              (PlRecord       *self);
void          pl_record_set_i18n              (PlRecord       *self,
                                               JsonNode       *i18n);

GParamSpec   *pl_param_spec_json              (const char     *name,
                                               const char     *nick);

G_END_DECLS
