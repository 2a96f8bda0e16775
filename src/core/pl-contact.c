/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include "pl-contact.h"
#include "pl-json-text.h"
#include "pl-session.h"

/**
 * PlContact:
 *
 * How to reach a delegation's members: `{member id: {email, phone}}`. It is
 * a record of its own, apart from the public `delegation`, because it is
 * secretariat-only (issue 16): the server's filter never copies it to the
 * delegates' database, so a delegate never receives another delegation's
 * emails. Its _id is fixed by the delegation's, `contact:<the suffix of
 * the delegation's _id>` (`contact:FRA` for `delegation:FRA`), so that two
 * clerks working offline land on the same record.
 */
struct _PlContact
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlContact, pl_contact, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DELEGATION,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The members' fields that are contact data, moved out of `delegation`. */
static const char *const contact_fields[] = { "email", "phone" };

static void
pl_contact_class_init (PlContactClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the delegation's _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* {member id: {email, phone}} */
  properties[PROP_MEMBERS] = pl_param_spec_json ("members", NULL);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "contact", properties, N_PROPS);
}

static void
pl_contact_init (PlContact *self)
{
}

PlContact *
pl_contact_new (const char *id)
{
  return g_object_new (PL_TYPE_CONTACT, "id", id, NULL);
}

const char *
pl_contact_get_delegation (PlContact *self)
{
  g_return_val_if_fail (PL_IS_CONTACT (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

JsonNode *
pl_contact_get_members (PlContact *self)
{
  g_return_val_if_fail (PL_IS_CONTACT (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_MEMBERS);
}

void
pl_contact_set_delegation (PlContact  *self,
                           const char *delegation)
{
  g_return_if_fail (PL_IS_CONTACT (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_contact_set_members (PlContact *self,
                        JsonNode  *members)
{
  g_return_if_fail (PL_IS_CONTACT (self));

  pl_record_set_json (PL_RECORD (self), PROP_MEMBERS, members);
}

static JsonObject *
entry_of (PlContact  *self,
          const char *member_id)
{
  JsonNode *members = pl_contact_get_members (self);
  JsonNode *entry;

  if (member_id == NULL || members == NULL || !JSON_NODE_HOLDS_OBJECT (members))
    return NULL;
  entry = json_object_get_member (json_node_get_object (members), member_id);
  return entry != NULL && JSON_NODE_HOLDS_OBJECT (entry) ? json_node_get_object (entry) : NULL;
}

static const char *
entry_string (PlContact  *self,
              const char *member_id,
              const char *field)
{
  JsonObject *entry = entry_of (self, member_id);
  const char *value = entry ? pl_json_object_get_string (entry, field, NULL) : NULL;

  return value != NULL && *value != '\0' ? value : NULL;
}

/**
 * pl_contact_get_email:
 *
 * Returns: (nullable): the member's email, %NULL when none is known
 */
const char *
pl_contact_get_email (PlContact  *self,
                      const char *member_id)
{
  g_return_val_if_fail (PL_IS_CONTACT (self), NULL);

  return entry_string (self, member_id, "email");
}

/**
 * pl_contact_get_phone:
 *
 * Returns: (nullable): the member's telephone, %NULL when none is known
 */
const char *
pl_contact_get_phone (PlContact  *self,
                      const char *member_id)
{
  g_return_val_if_fail (PL_IS_CONTACT (self), NULL);

  return entry_string (self, member_id, "phone");
}

/* An editable copy of an object: the stored node is sealed, and
 * json_node_copy() shares an object node's JsonObject. Values this version
 * does not know are copied as they are. */
static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (object == NULL)
    return copy;
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    json_object_set_member (copy, name, json_node_copy (value));
  return copy;
}

static JsonObject *
copy_members (PlContact *self)
{
  JsonNode *members = pl_contact_get_members (self);

  return copy_object (members != NULL && JSON_NODE_HOLDS_OBJECT (members) ? json_node_get_object (members) : NULL);
}

static void
store_members (PlContact  *self,
               JsonObject *members)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), members);

  json_node_seal (node);
  pl_contact_set_members (self, node);
}

/**
 * pl_contact_set_email:
 * @email: (nullable): the new email; empty or %NULL forgets it
 *
 * Sets one member's email, keeping the other fields of its entry (one
 * undo step when the record is in a session). An entry left empty goes.
 */
void
pl_contact_set_email (PlContact  *self,
                      const char *member_id,
                      const char *email)
{
  g_autoptr(JsonObject) members = NULL;
  g_autoptr(JsonObject) entry = NULL;

  g_return_if_fail (PL_IS_CONTACT (self));
  g_return_if_fail (member_id != NULL);

  if (email != NULL && *email == '\0')
    email = NULL;
  if (g_strcmp0 (pl_contact_get_email (self, member_id), email) == 0)
    return;

  members = copy_members (self);
  entry = copy_object (entry_of (self, member_id));
  if (email != NULL)
    json_object_set_string_member (entry, "email", email);
  else
    json_object_remove_member (entry, "email");

  if (json_object_get_size (entry) > 0)
    json_object_set_object_member (members, member_id, g_steal_pointer (&entry));
  else
    json_object_remove_member (members, member_id);
  store_members (self, members);
}

/**
 * pl_contact_remove_member:
 *
 * Forgets everything about a member who left the delegation.
 *
 * Returns: %FALSE if nothing was known of @member_id
 */
gboolean
pl_contact_remove_member (PlContact  *self,
                          const char *member_id)
{
  g_autoptr(JsonObject) members = NULL;

  g_return_val_if_fail (PL_IS_CONTACT (self), FALSE);

  members = copy_members (self);
  if (member_id == NULL || !json_object_has_member (members, member_id))
    return FALSE;
  json_object_remove_member (members, member_id);
  store_members (self, members);
  return TRUE;
}

/**
 * pl_contact_id_for:
 *
 * Returns: (transfer full): the _id of the contact record of the delegation
 *   @delegation_id: `contact:` and what follows `delegation:`
 */
char *
pl_contact_id_for (const char *delegation_id)
{
  const char *suffix;

  g_return_val_if_fail (delegation_id != NULL, NULL);

  suffix = g_str_has_prefix (delegation_id, "delegation:") ? delegation_id + strlen ("delegation:") : delegation_id;
  return g_strconcat ("contact:", suffix, NULL);
}

/**
 * pl_contact_lookup:
 *
 * Returns: (transfer none) (nullable): the delegation's contact record
 */
PlContact *
pl_contact_lookup (PlSession  *session,
                   const char *delegation_id)
{
  g_autofree char *id = NULL;
  PlRecord *record;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (delegation_id == NULL)
    return NULL;
  id = pl_contact_id_for (delegation_id);
  record = pl_session_lookup (session, id);
  return PL_IS_CONTACT (record) ? PL_CONTACT (record) : NULL;
}

/**
 * pl_contact_ensure:
 *
 * Returns: (transfer none) (nullable): the delegation's contact record,
 *   added to the session (an undoable edit) if there was none; %NULL if
 *   its _id is taken by a record of another type
 */
PlContact *
pl_contact_ensure (PlSession  *session,
                   const char *delegation_id)
{
  g_autofree char *id = NULL;
  g_autoptr(PlContact) contact = NULL;
  PlRecord *record;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (delegation_id != NULL, NULL);

  id = pl_contact_id_for (delegation_id);
  record = pl_session_lookup (session, id);
  if (record != NULL)
    return PL_IS_CONTACT (record) ? PL_CONTACT (record) : NULL;

  contact = pl_contact_new (id);
  pl_contact_set_delegation (contact, delegation_id);
  pl_session_add_record (session, PL_RECORD (contact));
  return PL_CONTACT (pl_session_lookup (session, id));
}

/**
 * pl_contact_lookup_email:
 *
 * Returns: (nullable): a member's email, %NULL when none is known (always,
 *   in a delegate's copy, which has no contact records)
 */
const char *
pl_contact_lookup_email (PlSession  *session,
                         const char *delegation_id,
                         const char *member_id)
{
  PlContact *contact = pl_contact_lookup (session, delegation_id);

  return contact != NULL ? pl_contact_get_email (contact, member_id) : NULL;
}

/**
 * pl_contact_store_email:
 *
 * Sets a member's email in the delegation's contact record, made when
 * needed (one undo step, or part of the caller's group).
 */
void
pl_contact_store_email (PlSession  *session,
                        const char *delegation_id,
                        const char *member_id,
                        const char *email)
{
  PlContact *contact;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (delegation_id != NULL);
  g_return_if_fail (member_id != NULL);

  if (email != NULL && *email == '\0')
    email = NULL;
  contact = pl_contact_lookup (session, delegation_id);
  if (contact == NULL && email == NULL)
    return;

  pl_history_begin_group (pl_session_get_history (session), NULL);
  if (contact == NULL)
    contact = pl_contact_ensure (session, delegation_id);
  if (contact != NULL)
    pl_contact_set_email (contact, member_id, email);
  pl_history_end_group (pl_session_get_history (session));
}

static gboolean
member_has_contact_data (JsonObject *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (contact_fields); i++)
    if (json_object_has_member (member, contact_fields[i]))
      return TRUE;
  return FALSE;
}

/*
 * One delegation of an older file: its members lose their contact
 * fields, which go into the entries of @contact (nullable) unless it
 * already has that field for that member (it is the newer place).
 *
 * Returns: (transfer full): the contact's entries after the move
 */
static JsonObject *
split_delegation (PlDelegation *delegation,
                  PlContact    *contact)
{
  JsonArray *array = json_node_get_array (pl_delegation_get_members (delegation));
  g_autoptr(JsonArray) members = json_array_new ();
  JsonObject *entries = contact ? copy_members (contact) : json_object_new ();
  g_autoptr(JsonNode) members_node = NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *member, *kept;
      g_autoptr(JsonObject) entry = NULL;
      const char *member_id;

      if (!JSON_NODE_HOLDS_OBJECT (element) || !member_has_contact_data (json_node_get_object (element)))
        {
          json_array_add_element (members, json_node_copy (element));
          continue;
        }

      member = json_node_get_object (element);
      member_id = pl_json_object_get_string (member, "id", NULL);
      {
        JsonNode *old = member_id ? json_object_get_member (entries, member_id) : NULL;

        /* A member without an id cannot be keyed, and an entry that is
         * not an object is a newer version's: left as they are. */
        if (member_id == NULL || (old != NULL && !JSON_NODE_HOLDS_OBJECT (old)))
          {
            json_array_add_element (members, json_node_copy (element));
            continue;
          }
        entry = copy_object (old != NULL ? json_node_get_object (old) : NULL);
      }
      kept = copy_object (member);

      for (guint f = 0; f < G_N_ELEMENTS (contact_fields); f++)
        {
          JsonNode *value = json_object_get_member (member, contact_fields[f]);

          if (value == NULL)
            continue;
          json_object_remove_member (kept, contact_fields[f]);
          /* An empty string (older versions always wrote the member) or
           * null is "none". */
          if (!json_object_has_member (entry, contact_fields[f]) && !JSON_NODE_HOLDS_NULL (value) &&
              !(JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING &&
                *json_node_get_string (value) == '\0'))
            json_object_set_member (entry, contact_fields[f], json_node_copy (value));
        }

      if (json_object_get_size (entry) > 0)
        json_object_set_object_member (entries, member_id, g_steal_pointer (&entry));
      json_array_add_object_element (members, kept);
    }

  members_node = json_node_init_array (json_node_alloc (), members);
  json_node_seal (members_node);
  pl_delegation_set_members (delegation, members_node);
  return entries;
}

/**
 * pl_contact_split_records:
 * @records: (element-type PlRecord): records read from a file, not yet in
 *   a session
 * @taken: (nullable): _ids used by other records (kept as a type this
 *   version does not know), never given to a new contact record
 *
 * Issue 16: an older version kept each member's `email` (and `phone`) in
 * the delegation, which is public. Moves them into the delegation's
 * `contact` record, appended to @records when there is none; a contact
 * record already there keeps its values. Members' other fields stay.
 *
 * Returns: how many delegations gave up contact data
 */
guint
pl_contact_split_records (GPtrArray  *records,
                          GHashTable *taken)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_records, n_split = 0;

  g_return_val_if_fail (records != NULL, 0);

  n_records = records->len;
  for (guint i = 0; i < n_records; i++)
    {
      PlRecord *record = g_ptr_array_index (records, i);

      g_hash_table_insert (by_id, (gpointer) pl_record_get_id (record), record);
    }

  for (guint i = 0; i < n_records; i++)
    {
      PlRecord *record = g_ptr_array_index (records, i);
      g_autofree char *contact_id = NULL;
      g_autoptr(JsonObject) entries = NULL;
      JsonNode *members;
      PlRecord *contact;
      gboolean any = FALSE;

      /* Only the DESIGN's _ids: two records may not share a contact. */
      if (!PL_IS_DELEGATION (record) || !g_str_has_prefix (pl_record_get_id (record), "delegation:"))
        continue;
      members = pl_delegation_get_members (PL_DELEGATION (record));
      if (members == NULL || !JSON_NODE_HOLDS_ARRAY (members))
        continue;
      for (guint m = 0; !any && m < json_array_get_length (json_node_get_array (members)); m++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (members), m);

          any = JSON_NODE_HOLDS_OBJECT (element) && member_has_contact_data (json_node_get_object (element));
        }
      if (!any)
        continue;

      contact_id = pl_contact_id_for (pl_record_get_id (record));
      contact = g_hash_table_lookup (by_id, contact_id);
      if ((contact != NULL && !PL_IS_CONTACT (contact)) ||
          (contact == NULL && taken != NULL && g_hash_table_contains (taken, contact_id)))
        continue; /* the _id is another record's: left as it was */
      if (contact != NULL && pl_contact_get_members (PL_CONTACT (contact)) != NULL &&
          !JSON_NODE_HOLDS_OBJECT (pl_contact_get_members (PL_CONTACT (contact))) &&
          !JSON_NODE_HOLDS_NULL (pl_contact_get_members (PL_CONTACT (contact))))
        continue; /* members a newer version wrote otherwise: not replaced */

      entries = split_delegation (PL_DELEGATION (record), contact ? PL_CONTACT (contact) : NULL);
      n_split++;
      if (contact == NULL && json_object_get_size (entries) == 0)
        continue; /* only empty emails: nothing to keep */
      if (contact == NULL)
        {
          contact = PL_RECORD (pl_contact_new (contact_id));
          pl_contact_set_delegation (PL_CONTACT (contact), pl_record_get_id (record));
          g_ptr_array_add (records, contact);
          g_hash_table_insert (by_id, (gpointer) pl_record_get_id (contact), contact);
        }
      store_members (PL_CONTACT (contact), entries);
    }

  return n_split;
}
