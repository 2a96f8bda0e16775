/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-agenda.h"
#include "pl-session.h"
#include "pl-speaker-order.h"

/**
 * PlSession:
 *
 * One session of a body: the single source of truth. It owns a
 * #GListStore per kind of record, an index by `_id`, the undo history and
 * the agenda tree. Every change to a record it holds is reported once
 * through #PlSession::changed, which feeds undo, autosave and sync.
 */
struct _PlSession
{
  GObject            parent_instance;

  PlSessionSettings *settings;
  GHashTable        *stores;        /* GType → GListStore */
  GHashTable        *index;         /* _id → PlRecord (borrowed from the stores) */
  PlHistory         *history;
  PlAgenda          *agenda;

  /* Kept and written back untouched (DESIGN: an older client never erases
   * what a newer one wrote): records of types this version does not know,
   * the file's sync section, and unknown top-level members. */
  GPtrArray         *foreign_docs;  /* of JsonObject */
  JsonObject        *sync_state;
  JsonObject        *extra;
};

G_DEFINE_FINAL_TYPE (PlSession, pl_session, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The record types of the document format, in the order a file lists
 * them. */
static GType record_types[18];

static void
ensure_record_types (void)
{
  if (record_types[0] != 0)
    return;

  record_types[0] = PL_TYPE_SESSION_SETTINGS;
  record_types[1] = PL_TYPE_DOCUMENT;
  record_types[2] = PL_TYPE_AGENDA_ITEM;
  record_types[3] = PL_TYPE_MEETING;
  record_types[4] = PL_TYPE_DELEGATION;
  record_types[5] = PL_TYPE_CREDENTIALS;
  record_types[6] = PL_TYPE_CONTACT;
  record_types[7] = PL_TYPE_OFFICER;
  record_types[8] = PL_TYPE_OFFICE_HOLDER;
  record_types[9] = PL_TYPE_SPEAKER_LIST;
  record_types[10] = PL_TYPE_SPEAKER;
  record_types[11] = PL_TYPE_SPEAKER_REQUEST;
  record_types[12] = PL_TYPE_DEADLINE;
  /* Last, so that files written before it keep their order. */
  record_types[13] = PL_TYPE_ROOM_STATE;
  /* Issue 19, after it for the same reason. */
  record_types[14] = PL_TYPE_PROPOSAL;
  record_types[15] = PL_TYPE_VOTE;
  record_types[16] = PL_TYPE_COSPONSOR_REQUEST;
  /* Issue 20. */
  record_types[17] = PL_TYPE_REPORT_OVERRIDE;
}

/**
 * pl_session_list_record_types:
 *
 * Returns: (array length=n_types): every record type, in file order
 */
const GType *
pl_session_list_record_types (guint *n_types)
{
  ensure_record_types ();
  *n_types = G_N_ELEMENTS (record_types);
  return record_types;
}

/**
 * pl_session_record_type_from_name:
 *
 * Returns: the #PlRecord subtype whose `type` is @type_name, or
 *   %G_TYPE_INVALID for a type this version does not know
 */
GType
pl_session_record_type_from_name (const char *type_name)
{
  ensure_record_types ();

  for (guint i = 0; i < G_N_ELEMENTS (record_types); i++)
    {
      g_autoptr(PlRecordClass) klass = g_type_class_ref (record_types[i]);

      if (g_strcmp0 (pl_record_class_get_type_name (klass), type_name) == 0)
        return record_types[i];
    }

  return G_TYPE_INVALID;
}

static GListStore *
store_for (PlSession *self,
           GType      type)
{
  GListStore *store = g_hash_table_lookup (self->stores, GSIZE_TO_POINTER (type));

  g_return_val_if_fail (store != NULL, NULL);

  return store;
}

static void
on_record_field_changed_cb (PlRecord     *record,
                            GParamSpec   *field,
                            const GValue *old_value,
                            PlSession    *self)
{
  pl_history_record_field (self->history, record, field, old_value);
  g_signal_emit (self, signals[CHANGED], 0, record, PL_CHANGE_FIELD,
                 pl_record_field_json_name (field));
}

static void
attach (PlSession *self,
        PlRecord  *record)
{
  g_hash_table_insert (self->index, (gpointer) pl_record_get_id (record), record);
  g_signal_connect (record, "field-changed",
                    G_CALLBACK (on_record_field_changed_cb), self);
}

static void
detach (PlSession *self,
        PlRecord  *record)
{
  g_signal_handlers_disconnect_by_func (record, on_record_field_changed_cb, self);
  g_hash_table_remove (self->index, pl_record_get_id (record));
}

static void
pl_session_dispose (GObject *object)
{
  PlSession *self = PL_SESSION (object);

  if (self->index != NULL)
    {
      GHashTableIter iter;
      gpointer record;

      g_hash_table_iter_init (&iter, self->index);
      while (g_hash_table_iter_next (&iter, NULL, &record))
        g_signal_handlers_disconnect_by_func (record, on_record_field_changed_cb, self);
      g_clear_pointer (&self->index, g_hash_table_unref);
    }

  g_clear_object (&self->agenda);
  g_clear_object (&self->history);
  g_clear_pointer (&self->stores, g_hash_table_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pl_session_parent_class)->dispose (object);
}

static void
pl_session_finalize (GObject *object)
{
  PlSession *self = PL_SESSION (object);

  g_clear_pointer (&self->foreign_docs, g_ptr_array_unref);
  g_clear_pointer (&self->sync_state, json_object_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (pl_session_parent_class)->finalize (object);
}

static void
pl_session_class_init (PlSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_session_dispose;
  object_class->finalize = pl_session_finalize;

  /**
   * PlSession::changed:
   * @self: the session
   * @record: the record that changed
   * @kind: a #PlChangeKind
   * @field: (nullable): the JSON name of the field, for %PL_CHANGE_FIELD
   *
   * Emitted once for every change to a record of the session, whether
   * made by the user, by undo or redo, or by sync.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, PL_TYPE_RECORD, G_TYPE_INT, G_TYPE_STRING);
}

static void
pl_session_init (PlSession *self)
{
  guint n_types;
  const GType *types = pl_session_list_record_types (&n_types);

  self->stores = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  for (guint i = 0; i < n_types; i++)
    g_hash_table_insert (self->stores, GSIZE_TO_POINTER (types[i]),
                         g_list_store_new (types[i]));

  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  self->foreign_docs = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->history = pl_history_new (self);
  self->agenda = pl_agenda_new (self);
}

static JsonNode *
parse_json_literal (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, text, -1, NULL))
    g_assert_not_reached ();

  return json_node_ref (json_parser_get_root (parser));
}

/* The defaults of RULES.md: the numbers are settings of a session, with
 * the Organized Crime Convention's values when nothing else is said. */
static void
apply_default_settings (PlSessionSettings *settings)
{
  g_autoptr(JsonNode) instruments = NULL;
  g_autoptr(JsonNode) groups = NULL;
  g_autoptr(JsonNode) bureau = NULL;
  g_autoptr(JsonNode) meeting_times = NULL;

  instruments = parse_json_literal (
    "[{\"id\":\"untoc\",\"short_title\":\"Organized Crime Convention\","
    "\"title\":\"United Nations Convention against Transnational Organized Crime\"},"
    "{\"id\":\"tip\",\"short_title\":\"Trafficking in Persons Protocol\","
    "\"title\":\"Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children\"},"
    "{\"id\":\"som\",\"short_title\":\"Smuggling of Migrants Protocol\","
    "\"title\":\"Protocol against the Smuggling of Migrants by Land, Sea and Air\"},"
    "{\"id\":\"firearms\",\"short_title\":\"Firearms Protocol\","
    "\"title\":\"Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition\"}]");
  groups = parse_json_literal (
    "[{\"id\":\"african\",\"name\":\"African States\"},"
    "{\"id\":\"asia_pacific\",\"name\":\"Asia-Pacific States\"},"
    "{\"id\":\"eastern_european\",\"name\":\"Eastern European States\"},"
    "{\"id\":\"latin_american_caribbean\",\"name\":\"Latin American and Caribbean States\"},"
    "{\"id\":\"western_european_other\",\"name\":\"Western European and other States\"}]");
  /* Rule 22: a President, eight Vice-Presidents and a Rapporteur, two
   * officers per group; the rotation is set per session. */
  bureau = parse_json_literal (
    "{\"vice_presidents\":8,\"per_group\":2,\"president_group\":null,"
    "\"rapporteur_group\":null,\"vice_president_groups\":{}}");
  /* The seed's annex: two meetings a day, 12 noon-2 p.m. and 4-6 p.m. */
  meeting_times = parse_json_literal (
    "[{\"start\":\"12:00\",\"end\":\"14:00\"},{\"start\":\"16:00\",\"end\":\"18:00\"}]");

  pl_session_settings_set_body (settings, "");
  pl_session_settings_set_body_short (settings, "Conference");
  pl_session_settings_set_title (settings, "");
  pl_session_settings_set_distribution (settings, "General");
  pl_session_settings_set_original_language (settings, "en");
  pl_session_settings_set_format (settings, PL_SESSION_FORMAT_IN_PERSON);
  pl_session_settings_set_instruments (settings, instruments);
  pl_session_settings_set_regional_groups (settings, groups);
  pl_session_settings_set_bureau (settings, bureau);
  pl_session_settings_set_meeting_times (settings, meeting_times);
}

/**
 * pl_session_new_empty:
 *
 * Returns: (transfer full): a session whose settings record has no values,
 *   for a loader to fill
 */
PlSession *
pl_session_new_empty (void)
{
  PlSession *self = g_object_new (PL_TYPE_SESSION, NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (records, pl_session_settings_new ("session"));
  pl_session_load_records (self, records);

  return self;
}

/**
 * pl_session_new:
 *
 * Returns: (transfer full): a new session with the default settings, not
 *   modified
 */
PlSession *
pl_session_new (void)
{
  PlSession *self = pl_session_new_empty ();

  pl_history_set_recording (self->history, FALSE);
  apply_default_settings (self->settings);
  pl_history_set_recording (self->history, TRUE);

  return self;
}

PlSessionSettings *
pl_session_get_settings (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->settings;
}

PlHistory *
pl_session_get_history (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->history;
}

PlAgenda *
pl_session_get_agenda (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->agenda;
}

/**
 * pl_session_get_records:
 * @record_type: a #PlRecord subtype
 *
 * Returns: (transfer none): the session's records of that type, in the
 *   order they were added
 */
GListModel *
pl_session_get_records (PlSession *self,
                        GType      record_type)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return G_LIST_MODEL (store_for (self, record_type));
}

/**
 * pl_session_lookup:
 *
 * Returns: (transfer none) (nullable): the record with that `_id`
 */
PlRecord *
pl_session_lookup (PlSession  *self,
                   const char *id)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->index, id);
}

/**
 * pl_session_get_foreign_docs:
 *
 * Returns: (transfer none) (element-type JsonObject): records whose type
 *   this version does not know
 */
GPtrArray *
pl_session_get_foreign_docs (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->foreign_docs;
}

void
pl_session_add_foreign_doc (PlSession  *self,
                            JsonObject *doc)
{
  g_return_if_fail (PL_IS_SESSION (self));

  g_ptr_array_add (self->foreign_docs, json_object_ref (doc));
}

/**
 * pl_session_get_sync_state:
 *
 * Returns: (transfer none) (nullable): the file's `sync` object
 */
JsonObject *
pl_session_get_sync_state (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->sync_state;
}

void
pl_session_set_sync_state (PlSession  *self,
                           JsonObject *sync_state)
{
  g_return_if_fail (PL_IS_SESSION (self));

  if (sync_state != NULL)
    json_object_ref (sync_state);
  g_clear_pointer (&self->sync_state, json_object_unref);
  self->sync_state = sync_state;
}

/**
 * pl_session_is_delegate_copy:
 *
 * Whether this is a delegate's copy: the roles its file keeps for the
 * account it syncs with (`sync.roles`) include `delegate` and neither
 * `secretariat` nor `_admin`, as the server's rules read them
 * (data/couchdb/validate_doc_update.js). Such a copy never holds the
 * secretariat-only records (credentials, contacts), so nothing may be
 * concluded from their absence.
 */
gboolean
pl_session_is_delegate_copy (PlSession *self)
{
  JsonNode *node;
  JsonArray *roles;
  gboolean delegate = FALSE, writer = FALSE;

  g_return_val_if_fail (PL_IS_SESSION (self), FALSE);

  if (self->sync_state == NULL || (node = json_object_get_member (self->sync_state, "roles")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  roles = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (roles); i++)
    {
      JsonNode *role = json_array_get_element (roles, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (role) || json_node_get_value_type (role) != G_TYPE_STRING)
        continue;
      name = json_node_get_string (role);
      if (g_str_equal (name, "delegate"))
        delegate = TRUE;
      else if (g_str_equal (name, "secretariat") || g_str_equal (name, "_admin"))
        writer = TRUE;
    }
  return delegate && !writer;
}

/**
 * pl_session_get_extra:
 *
 * Returns: (transfer none) (nullable): top-level members of the file this
 *   version does not know
 */
JsonObject *
pl_session_get_extra (PlSession *self)
{
  g_return_val_if_fail (PL_IS_SESSION (self), NULL);

  return self->extra;
}

void
pl_session_set_extra (PlSession  *self,
                      JsonObject *extra)
{
  g_return_if_fail (PL_IS_SESSION (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

/**
 * pl_session_add_record:
 *
 * Adds @record (an undoable edit) and emits #PlSession::changed.
 */
void
pl_session_add_record (PlSession *self,
                       PlRecord  *record)
{
  g_return_if_fail (PL_IS_SESSION (self));
  g_return_if_fail (PL_IS_RECORD (record));

  pl_session_insert_record (self, record, G_MAXUINT);
}

/**
 * pl_session_insert_record:
 * @position: the place in its type's store, %G_MAXUINT for the end
 *
 * Like pl_session_add_record(), at a given place: undoing a removal puts
 * a record back where it was, so the file reads the same as before.
 */
void
pl_session_insert_record (PlSession *self,
                          PlRecord  *record,
                          guint      position)
{
  GListStore *store;

  g_return_if_fail (PL_IS_SESSION (self));
  g_return_if_fail (PL_IS_RECORD (record));
  g_return_if_fail (!PL_IS_SESSION_SETTINGS (record));
  g_return_if_fail (pl_session_lookup (self, pl_record_get_id (record)) == NULL);

  store = store_for (self, G_OBJECT_TYPE (record));
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)));

  attach (self, record);
  g_list_store_insert (store, position, record);
  pl_history_record_add (self->history, record);
  g_signal_emit (self, signals[CHANGED], 0, record, PL_CHANGE_ADDED, NULL);
}

/**
 * pl_session_remove_record:
 *
 * Removes @record (an undoable edit) and emits #PlSession::changed.
 * References to it from other records are the caller's to clear, in the
 * same history group.
 */
void
pl_session_remove_record (PlSession *self,
                          PlRecord  *record)
{
  g_autoptr(PlRecord) hold = NULL;
  GListStore *store;
  guint position;

  g_return_if_fail (PL_IS_SESSION (self));
  g_return_if_fail (PL_IS_RECORD (record));
  g_return_if_fail (!PL_IS_SESSION_SETTINGS (record));

  store = store_for (self, G_OBJECT_TYPE (record));
  if (!g_list_store_find (store, record, &position))
    g_return_if_reached ();

  hold = g_object_ref (record);
  detach (self, record);
  g_list_store_remove (store, position);
  pl_history_record_remove (self->history, record, position);
  g_signal_emit (self, signals[CHANGED], 0, record, PL_CHANGE_REMOVED, NULL);
}

/**
 * pl_session_load_records:
 * @records: (element-type PlRecord): records read from a file or a server
 *
 * Adds records in bulk, as they are, without undo steps or change signals:
 * for loaders, which then own a session equal to what they read. A
 * `session` record replaces the settings.
 */
void
pl_session_load_records (PlSession *self,
                         GPtrArray *records)
{
  g_autoptr(GHashTable) batches = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer type, batch;

  g_return_if_fail (PL_IS_SESSION (self));

  for (guint i = 0; i < records->len; i++)
    {
      PlRecord *record = g_ptr_array_index (records, i);
      GPtrArray *list;

      if (PL_IS_SESSION_SETTINGS (record))
        {
          if (self->settings != NULL)
            {
              detach (self, PL_RECORD (self->settings));
              g_list_store_remove_all (store_for (self, PL_TYPE_SESSION_SETTINGS));
              g_clear_object (&self->settings);
            }
          self->settings = g_object_ref (PL_SESSION_SETTINGS (record));
        }

      attach (self, record);

      list = g_hash_table_lookup (batches, GSIZE_TO_POINTER (G_OBJECT_TYPE (record)));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (batches, GSIZE_TO_POINTER (G_OBJECT_TYPE (record)), list);
        }
      g_ptr_array_add (list, record);
    }

  /* One items-changed per store, not one per record. */
  g_hash_table_iter_init (&iter, batches);
  while (g_hash_table_iter_next (&iter, &type, &batch))
    {
      GListStore *store = store_for (self, GPOINTER_TO_SIZE (type));
      GPtrArray *list = batch;

      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                           list->pdata, list->len);
    }

  pl_agenda_rebuild (self->agenda);
}

/**
 * pl_session_get_room_state:
 * @body: `plenary`, `committee_of_the_whole` or `other`
 *
 * Returns: (transfer none) (nullable): the record `room_state:<body>`, if
 *   the live mode has written one
 */
PlRoomState *
pl_session_get_room_state (PlSession  *self,
                           const char *body)
{
  g_autofree char *id = NULL;
  PlRecord *record;

  g_return_val_if_fail (PL_IS_SESSION (self), NULL);
  g_return_val_if_fail (body != NULL, NULL);

  id = g_strconcat ("room_state:", body, NULL);
  record = pl_session_lookup (self, id);
  return PL_IS_ROOM_STATE (record) ? PL_ROOM_STATE (record) : NULL;
}

typedef struct
{
  PlSpeakerRequest *request;
  GDateTime        *at;
} RequestAt;

static int
compare_newest_first (gconstpointer pa,
                      gconstpointer pb)
{
  const RequestAt *a = pa, *b = pb;
  int c;

  if ((a->at == NULL) != (b->at == NULL))
    return a->at == NULL ? 1 : -1;
  if (a->at != NULL && (c = g_date_time_compare (b->at, a->at)) != 0)
    return c;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (a->request)), pl_record_get_id (PL_RECORD (b->request)));
}

/**
 * pl_session_requests_of:
 * @delegation_id: a delegation's `_id`
 *
 * A delegation's requests to speak, answered or not, for its own view
 * ("My Requests").
 *
 * Returns: (transfer container) (element-type PlSpeakerRequest): the
 *   requests, newest first (by `requested_at` as an instant; those without
 *   one last)
 */
GPtrArray *
pl_session_requests_of (PlSession  *self,
                        const char *delegation_id)
{
  GListModel *requests;
  g_autoptr(GArray) found = g_array_new (FALSE, TRUE, sizeof (RequestAt));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PL_IS_SESSION (self), result);

  requests = pl_session_get_records (self, PL_TYPE_SPEAKER_REQUEST);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      RequestAt item;

      if (g_strcmp0 (pl_speaker_request_get_delegation (request), delegation_id) != 0)
        continue;
      item.request = request;
      item.at = pl_speaker_order_parse_date_time (self, pl_speaker_request_get_requested_at (request));
      g_array_append_val (found, item);
    }
  g_array_sort (found, compare_newest_first);
  for (guint i = 0; i < found->len; i++)
    {
      RequestAt *item = &g_array_index (found, RequestAt, i);

      g_ptr_array_add (result, g_object_ref (item->request));
      g_clear_pointer (&item->at, g_date_time_unref);
    }
  return result;
}
