/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-delegation-import.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/*
 * Import of a registration system's CSV of delegation members (issue 6).
 *
 * The file: UTF-8 (a byte-order mark is skipped), RFC 4180 quoting,
 * separated by commas, or by semicolons or tabs when the header has more
 * of those (spreadsheets in many European locales write semicolons). The
 * first line is a header naming the columns, in any order, in any case,
 * with spaces, "_" or "-" alike:
 *   delegation  delegation, delegation name, country, state, organization,
 *               organisation, entity
 *   State code  iso, iso3, iso code, iso 3166, code, country code,
 *               iso code or name
 *   member      name, member, member name, full name, participant,
 *               participant name, person
 *   function    function, role, delegation function
 *   rank        rank, level, protocol rank
 *   email       email, e-mail, email address, mail
 *   category    category (optional)
 * A row names its State by ISO 3166 alpha-3 code or name in the code
 * column, or, when that is empty, by the delegation column. A row with no
 * State is merged into the session's delegation of that name, or, with a
 * category, creates that organization.
 * Functions: head (head of delegation), alternate, representative
 * (delegate), adviser (advisor, expert); ranks: the `rank` values of the
 * document format, spaced or not (head of state, deputy minister...).
 *
 * Import is all or nothing: every row is checked first, and every
 * rejected row reported with its line; if any is, the session is not
 * touched. Otherwise the whole import is one undo step. A member already
 * in the delegation (same name and email) is not added again: a changed
 * function or rank updates it. The same member twice in the file is a
 * rejected duplicate.
 */

G_DEFINE_QUARK (pl-delegation-import-error-quark, pl_delegation_import_error)

typedef enum {
  COL_DELEGATION,
  COL_CODE,
  COL_NAME,
  COL_FUNCTION,
  COL_RANK,
  COL_EMAIL,
  COL_CATEGORY,
  N_COLS
} Column;

#define N_REQUIRED_COLS COL_CATEGORY

static const char * const column_aliases[N_COLS][10] = {
  [COL_DELEGATION] = { "delegation", "delegation name", "country", "state", "organization", "organisation", "entity", NULL },
  [COL_CODE] = { "iso", "iso3", "iso code", "iso 3166", "code", "country code", "iso code or name", NULL },
  [COL_NAME] = { "name", "member", "member name", "full name", "participant", "participant name", "person", NULL },
  [COL_FUNCTION] = { "function", "role", "delegation function", NULL },
  [COL_RANK] = { "rank", "level", "protocol rank", NULL },
  [COL_EMAIL] = { "email", "e mail", "email address", "e mail address", "mail", NULL },
  [COL_CATEGORY] = { "category", NULL },
};

static const char * const column_titles[N_COLS] = {
  [COL_DELEGATION] = "delegation",
  [COL_CODE] = "iso",
  [COL_NAME] = "name",
  [COL_FUNCTION] = "function",
  [COL_RANK] = "rank",
  [COL_EMAIL] = "email",
  [COL_CATEGORY] = "category",
};

/* CSV reading. */

typedef struct
{
  guint      line;        /* where the row starts */
  GPtrArray *fields;      /* GString*, raw bytes */
  gboolean   unterminated;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_ptr_array_unref (row->fields);
  g_free (row);
}

static void
free_gstring (gpointer data)
{
  g_string_free (data, TRUE);
}

static char
detect_separator (const char *p,
                  const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/* RFC 4180, with the line each row starts on. A line break inside quotes
 * belongs to the field; "\r\n", "\n" and a lone "\r" end a row. */
static GPtrArray *
read_rows (const char *p,
           const char *end)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
  char separator = detect_separator (p, end);
  guint line = 1;

  while (p < end)
    {
      Row *row = g_new0 (Row, 1);
      GString *field = g_string_new (NULL);
      gboolean quoted = FALSE;
      gboolean ended = FALSE;
      const char *start = p;

      row->line = line;
      row->fields = g_ptr_array_new_with_free_func (free_gstring);

      while (p < end && !ended)
        {
          char c = *p++;

          if (quoted)
            {
              if (c == '"' && p < end && *p == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (c == '"')
                quoted = FALSE;
              else
                {
                  if (c == '\n' || (c == '\r' && (p >= end || *p != '\n')))
                    line++;
                  g_string_append_c (field, c);
                }
            }
          else if (c == '"')
            quoted = TRUE;
          else if (c == separator)
            {
              g_ptr_array_add (row->fields, field);
              field = g_string_new (NULL);
            }
          else if (c == '\r' && p < end && *p == '\n')
            continue;
          else if (c == '\n' || c == '\r')
            {
              ended = TRUE;
              line++;
            }
          else
            g_string_append_c (field, c);
        }

      g_ptr_array_add (row->fields, field);
      row->unterminated = quoted;

      /* A blank line is no row. */
      if (row->fields->len == 1 && ((GString *) g_ptr_array_index (row->fields, 0))->len == 0
          && !row->unterminated && (p - start) <= 2)
        {
          row_free (row);
          continue;
        }
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static char *
normalize_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p; p++)
    {
      if (*p == ' ' || *p == '_' || *p == '-' || *p == '.' || *p == '\t')
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static int
column_for_header (const char *header)
{
  g_autofree char *key = normalize_key (header);

  for (guint c = 0; c < N_COLS; c++)
    for (guint a = 0; column_aliases[c][a] != NULL; a++)
      if (g_str_equal (key, column_aliases[c][a]))
        return (int) c;
  return -1;
}

/* Values. */

static gboolean
parse_function (const char       *text,
                PlMemberFunction *function)
{
  static const struct { const char *key; PlMemberFunction value; } aliases[] = {
    { "head", PL_MEMBER_FUNCTION_HEAD },
    { "head of delegation", PL_MEMBER_FUNCTION_HEAD },
    { "alternate", PL_MEMBER_FUNCTION_ALTERNATE },
    { "alternate head", PL_MEMBER_FUNCTION_ALTERNATE },
    { "alternate head of delegation", PL_MEMBER_FUNCTION_ALTERNATE },
    { "representative", PL_MEMBER_FUNCTION_REPRESENTATIVE },
    { "delegate", PL_MEMBER_FUNCTION_REPRESENTATIVE },
    { "adviser", PL_MEMBER_FUNCTION_ADVISER },
    { "advisor", PL_MEMBER_FUNCTION_ADVISER },
    { "expert", PL_MEMBER_FUNCTION_ADVISER },
  };
  g_autofree char *key = normalize_key (text);

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_str_equal (key, aliases[i].key))
      {
        *function = aliases[i].value;
        return TRUE;
      }
  return FALSE;
}

/* Any `rank` nick of the document format, with spaces for underscores. */
static gboolean
parse_enum_spaced (GType       type,
                   const char *text,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *key = normalize_key (text);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *nick = normalize_key (klass->values[i].value_nick);

      if (g_str_equal (key, nick))
        {
          *value = klass->values[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');

  if (*email == '\0')
    return TRUE;   /* optional */
  if (at == NULL || at == email || at[1] == '\0' || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; *p; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';')
      return FALSE;
  return TRUE;
}

/* The plan: what the import will do, built before touching the session. */

typedef struct
{
  PlDelegation           *existing;   /* in the session, or NULL */
  const PlReferenceState *state;      /* a State to add */
  char                   *org_name;   /* an organization to add */
  PlDelegationCategory    org_category;
  JsonArray              *members;    /* the members after the import */
  JsonObject             *contacts;   /* their contact entries after it: {member id: {email}} */
  gboolean                contacts_changed;
  GHashTable             *touched;    /* member index → line that matched or added it */
  gboolean                changed;
} Target;

static void
target_free (gpointer data)
{
  Target *target = data;

  g_clear_object (&target->existing);
  g_free (target->org_name);
  json_array_unref (target->members);
  json_object_unref (target->contacts);
  g_hash_table_unref (target->touched);
  g_free (target);
}

/* An editable copy of a contact record's entries (the stored node is
 * sealed); what this version does not know is copied as it is. */
static JsonObject *
copy_contacts (PlContact *contact)
{
  JsonNode *node = contact ? pl_contact_get_members (contact) : NULL;
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return copy;
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      if (JSON_NODE_HOLDS_OBJECT (value))
        {
          JsonObject *entry = json_object_new ();
          JsonObjectIter inner;
          const char *field;
          JsonNode *field_value;

          json_object_iter_init_ordered (&inner, json_node_get_object (value));
          while (json_object_iter_next_ordered (&inner, &field, &field_value))
            json_object_set_member (entry, field, json_node_copy (field_value));
          json_object_set_object_member (copy, name, entry);
        }
      else
        json_object_set_member (copy, name, json_node_copy (value));
    }
  return copy;
}

static Target *
target_new (PlSession    *session,
            PlDelegation *existing)
{
  Target *target = g_new0 (Target, 1);

  target->existing = existing ? g_object_ref (existing) : NULL;
  target->members = existing ? pl_delegation_copy_members (existing) : json_array_new ();
  /* Issue 16: the members' emails are in the secretariat-only contact
   * record, keyed by member id. */
  target->contacts = copy_contacts (existing ? pl_contact_lookup (session, pl_record_get_id (PL_RECORD (existing)))
                                             : NULL);
  target->touched = g_hash_table_new (NULL, NULL);
  return target;
}

static void
reject (PlDelegationImportReport *report,
        guint                     line,
        char                     *reason)
{
  PlDelegationImportRejection *rejection = g_new0 (PlDelegationImportRejection, 1);

  rejection->line = line;
  rejection->reason = reason;
  g_ptr_array_add (report->rejections, rejection);
}

static void
rejection_free (gpointer data)
{
  PlDelegationImportRejection *rejection = data;

  g_free (rejection->reason);
  g_free (rejection);
}

/**
 * pl_delegation_import_find_state:
 *
 * Returns: (transfer none) (nullable): the session's delegation of the
 *   State @iso3 (`delegation:<ISO3>`, or any delegation with that code)
 */
PlDelegation *
pl_delegation_import_find_state (PlSession  *session,
                                 const char *iso3)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso3);
  PlRecord *record = pl_session_lookup (session, id);
  GListModel *delegations;

  if (PL_IS_DELEGATION (record))
    return PL_DELEGATION (record);

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);

      if (g_strcmp0 (pl_delegation_get_iso3 (delegation), iso3) == 0)
        return delegation;
    }
  return NULL;
}

static PlDelegation *
find_by_name (PlSession  *session,
              const char *name)
{
  g_autofree char *key = normalize_key (name);
  GListModel *delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      g_autofree char *other = normalize_key (pl_delegation_get_name (delegation) ? pl_delegation_get_name (delegation) : "");

      if (g_str_equal (key, other))
        return delegation;
    }
  return NULL;
}

static const char *
cell (Row       *row,
      const int *columns,
      Column     column)
{
  if (columns[column] < 0)
    return "";
  return ((GString *) g_ptr_array_index (row->fields, columns[column]))->str;
}

/* Finds or plans the delegation a row goes to, or says why it cannot. */
static Target *
resolve_target (PlSession   *session,
                GHashTable  *targets,
                const char  *delegation_name,
                const char  *code,
                const char  *category_text,
                char       **reason)
{
  const PlReferenceState *state = NULL;
  g_autofree char *key = NULL;
  Target *target;

  if (*code != '\0')
    {
      if (!(state = pl_reference_states_lookup (code)))
        {
          *reason = g_strdup_printf (_("unknown country “%s”: not an ISO 3166 alpha-3 code or a name of the "
                                       "reference list of States"), code);
          return NULL;
        }
    }
  else if (*delegation_name == '\0')
    {
      *reason = g_strdup (_("no delegation: both the delegation and the ISO code are empty"));
      return NULL;
    }
  else
    {
      PlDelegation *existing = find_by_name (session, delegation_name);

      if (existing != NULL)
        {
          key = g_strdup (pl_record_get_id (PL_RECORD (existing)));
          if (!(target = g_hash_table_lookup (targets, key)))
            {
              target = target_new (session, existing);
              g_hash_table_insert (targets, g_steal_pointer (&key), target);
            }
          return target;
        }
      state = pl_reference_states_lookup (delegation_name);
    }

  if (state != NULL)
    {
      PlDelegation *existing = pl_delegation_import_find_state (session, state->iso3);

      key = existing ? g_strdup (pl_record_get_id (PL_RECORD (existing))) : g_strdup_printf ("new:%s", state->iso3);
      if (!(target = g_hash_table_lookup (targets, key)))
        {
          target = target_new (session, existing);
          if (existing == NULL)
            target->state = state;
          g_hash_table_insert (targets, g_steal_pointer (&key), target);
        }
      return target;
    }

  /* No State by that name: an organization, if the row says which kind. */
  {
    int category;

    if (*category_text == '\0')
      {
        *reason = g_strdup_printf (_("unknown country or delegation “%s”: not in the reference list of States nor "
                                     "in the session; give its ISO code, or a category for an organization"),
                                   delegation_name);
        return NULL;
      }
    if (!parse_enum_spaced (PL_TYPE_DELEGATION_CATEGORY, category_text, &category))
      {
        g_autofree char *nicks = pl_enum_list_nicks (PL_TYPE_DELEGATION_CATEGORY);

        *reason = g_strdup_printf (_("bad category “%s” (expected one of %s)"), category_text, nicks);
        return NULL;
      }
    if (!pl_participation_requirement (category) && category != PL_DELEGATION_CATEGORY_REIO)
      {
        *reason = g_strdup_printf (_("unknown country “%s”: a State party must be in the reference list of States"),
                                   delegation_name);
        return NULL;
      }
    if (category == PL_DELEGATION_CATEGORY_SIGNATORY || category == PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE)
      {
        *reason = g_strdup_printf (_("unknown country “%s”: a State must be in the reference list of States"),
                                   delegation_name);
        return NULL;
      }

    key = g_strdup_printf ("org:%s", delegation_name);
    {
      g_autofree char *norm = normalize_key (key);

      g_free (key);
      key = g_steal_pointer (&norm);
    }
    if (!(target = g_hash_table_lookup (targets, key)))
      {
        target = target_new (session, NULL);
        target->org_name = g_strdup (delegation_name);
        target->org_category = category;
        g_hash_table_insert (targets, g_steal_pointer (&key), target);
      }
    else if (target->org_category != (PlDelegationCategory) category)
      {
        *reason = g_strdup_printf (_("“%s” has another category on an earlier line"), delegation_name);
        return NULL;
      }
    return target;
  }
}

static const char *
email_in (JsonObject *contacts,
          const char *member_id)
{
  JsonNode *entry = member_id ? json_object_get_member (contacts, member_id) : NULL;

  if (entry == NULL || !JSON_NODE_HOLDS_OBJECT (entry))
    return "";
  return pl_json_object_get_string (json_node_get_object (entry), "email", "");
}

static int
find_in (Target     *target,
         const char *name,
         const char *email)
{
  JsonArray *members = target->members;

  for (guint i = 0; i < json_array_get_length (members); i++)
    {
      JsonNode *node = json_array_get_element (members, i);
      JsonObject *member;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      member = json_node_get_object (node);
      if (pl_member_same_person (pl_json_object_get_string (member, "name", ""),
                                 email_in (target->contacts, pl_json_object_get_string (member, "id", NULL)),
                                 name, email))
        return (int) i;
    }
  return -1;
}

static void
plan_row (PlSession                *session,
          GHashTable               *targets,
          GPtrArray                *order,
          Row                      *row,
          const int                *columns,
          guint                     n_columns,
          PlDelegationImportReport *report)
{
  PlMemberFunction function;
  int rank;
  g_autofree char *reason = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  Target *target;
  int index;

  if (row->unterminated)
    {
      reject (report, row->line, g_strdup (_("a quoted field is not closed")));
      return;
    }

  if (row->fields->len != n_columns)
    {
      reject (report, row->line,
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "wrong column count: %u column, the header has %u",
                                            "wrong column count: %u columns, the header has %u", row->fields->len),
                               row->fields->len, n_columns));
      return;
    }

  for (guint i = 0; i < row->fields->len; i++)
    {
      GString *field = g_ptr_array_index (row->fields, i);
      const char *bad;

      if (!g_utf8_validate (field->str, field->len, &bad))
        {
          reject (report, row->line,
                  g_strdup_printf (_("not valid UTF-8 in column %u (byte %u of the field); save the file as UTF-8"),
                                   i + 1, (guint) (bad - field->str) + 1));
          return;
        }
      g_strstrip (field->str);
      field->len = strlen (field->str);
    }

  name = g_strdup (cell (row, columns, COL_NAME));
  email = g_strdup (cell (row, columns, COL_EMAIL));

  if (!(target = resolve_target (session, targets, cell (row, columns, COL_DELEGATION),
                                 cell (row, columns, COL_CODE), cell (row, columns, COL_CATEGORY), &reason)))
    {
      reject (report, row->line, g_steal_pointer (&reason));
      return;
    }

  if (*name == '\0')
    {
      reject (report, row->line, g_strdup (_("the member’s name is empty")));
      return;
    }
  if (!parse_function (cell (row, columns, COL_FUNCTION), &function))
    {
      reject (report, row->line,
              g_strdup_printf (_("bad function “%s” (expected head, alternate, representative or adviser)"),
                               cell (row, columns, COL_FUNCTION)));
      return;
    }
  if (!parse_enum_spaced (PL_TYPE_RANK, cell (row, columns, COL_RANK), &rank))
    {
      reject (report, row->line,
              g_strdup_printf (_("bad rank “%s” (expected head of state, head of government, vice president, "
                                 "minister, deputy minister, ambassador, official or other)"),
                               cell (row, columns, COL_RANK)));
      return;
    }
  if (!email_is_valid (email))
    {
      reject (report, row->line, g_strdup_printf (_("bad email address “%s”"), email));
      return;
    }

  if (!g_ptr_array_find (order, target, NULL))
    g_ptr_array_add (order, target);

  index = find_in (target, name, email);
  if (index >= 0)
    {
      guint earlier = GPOINTER_TO_UINT (g_hash_table_lookup (target->touched, GINT_TO_POINTER (index)));
      JsonObject *member = json_array_get_object_element (target->members, index);
      const char *function_nick = pl_enum_to_nick (PL_TYPE_MEMBER_FUNCTION, function);
      const char *rank_nick = pl_enum_to_nick (PL_TYPE_RANK, rank);

      if (earlier != 0)
        {
          reject (report, row->line,
                  g_strdup_printf (_("duplicate member “%s”: the same name and email as line %u"), name, earlier));
          return;
        }
      g_hash_table_insert (target->touched, GINT_TO_POINTER (index), GUINT_TO_POINTER (row->line));

      if (g_strcmp0 (pl_json_object_get_string (member, "function", NULL), function_nick) == 0
          && g_strcmp0 (pl_json_object_get_string (member, "rank", NULL), rank_nick) == 0)
        report->members_unchanged++;
      else
        {
          json_object_set_string_member (member, "function", function_nick);
          json_object_set_string_member (member, "rank", rank_nick);
          target->changed = TRUE;
          report->members_updated++;
        }
      return;
    }

  {
    JsonObject *member = pl_member_object_new (name, function, rank);

    if (*email != '\0')
      {
        JsonObject *entry = json_object_new ();

        json_object_set_string_member (entry, "email", email);
        json_object_set_object_member (target->contacts, json_object_get_string_member (member, "id"), entry);
        target->contacts_changed = TRUE;
      }
    json_array_add_object_element (target->members, member);
  }
  g_hash_table_insert (target->touched, GINT_TO_POINTER (json_array_get_length (target->members) - 1),
                       GUINT_TO_POINTER (row->line));
  target->changed = TRUE;
  report->members_added++;
}

/* The emails of the members added go into the delegation's contact
 * record, made if it has none, in the import's undo step. */
static void
store_contacts (PlSession  *session,
                Target     *target,
                const char *delegation_id)
{
  g_autoptr(JsonNode) node = NULL;
  PlContact *contact;

  if (!target->contacts_changed)
    return;
  contact = pl_contact_ensure (session, delegation_id);
  if (contact == NULL)
    return;
  node = json_node_init_object (json_node_alloc (), target->contacts);
  json_node_seal (node);
  pl_contact_set_members (contact, node);
}

static void
apply_target (PlSession                *session,
              Target                   *target,
              PlDelegationImportReport *report)
{
  g_autoptr(PlDelegation) delegation = NULL;

  if (target->existing != NULL)
    {
      if (target->changed)
        pl_delegation_store_members (target->existing, target->members);
      store_contacts (session, target, pl_record_get_id (PL_RECORD (target->existing)));
      return;
    }

  if (target->state != NULL)
    delegation = pl_reference_states_new_delegation (target->state);
  else
    {
      delegation = pl_delegation_new (NULL);
      pl_delegation_set_name (delegation, target->org_name);
      pl_delegation_set_category (delegation, target->org_category);
    }

  pl_delegation_store_members (delegation, target->members);
  pl_session_add_record (session, PL_RECORD (delegation));
  store_contacts (session, target, pl_record_get_id (PL_RECORD (delegation)));
  report->delegations_added++;
}

static PlDelegationImportReport *
report_new (void)
{
  PlDelegationImportReport *report = g_new0 (PlDelegationImportReport, 1);

  report->rejections = g_ptr_array_new_with_free_func (rejection_free);
  return report;
}

void
pl_delegation_import_report_free (PlDelegationImportReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->rejections);
  g_free (report);
}

/**
 * pl_delegation_import:
 * @csv: the file's bytes
 * @report: (out) (optional) (transfer full): what was done or rejected,
 *   also when the import fails
 *
 * Imports delegation members from a registration system's CSV (the
 * columns are described at the top of this file), all or nothing.
 *
 * Returns: %TRUE if imported; %FALSE with @error set (and the session
 *   untouched) if the file is empty, its header is wrong, or any row was
 *   rejected (%PL_DELEGATION_IMPORT_ERROR_REJECTED: see @report)
 */
gboolean
pl_delegation_import (PlSession                 *session,
                      GBytes                    *csv,
                      PlDelegationImportReport **out_report,
                      GError                   **error)
{
  g_autoptr(PlDelegationImportReport) report = report_new ();
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, target_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;
  int columns[N_COLS];
  const char *p, *end;
  gsize size;
  Row *header;
  PlHistory *history;
  gboolean ok = FALSE;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  p = g_bytes_get_data (csv, &size);
  end = p + size;
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  rows = read_rows (p, end);
  if (rows->len == 0)
    {
      g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_EMPTY,
                   _("the file is empty: expected a header line (delegation, iso, name, function, rank, email) "
                     "and one line per member"));
      goto out;
    }

  header = g_ptr_array_index (rows, 0);
  for (guint c = 0; c < N_COLS; c++)
    columns[c] = -1;
  for (guint i = 0; i < header->fields->len; i++)
    {
      GString *field = g_ptr_array_index (header->fields, i);
      int column;

      if (!g_utf8_validate (field->str, field->len, NULL))
        {
          g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_HEADER,
                       _("line %u: the header is not valid UTF-8 (column %u)"), header->line, i + 1);
          goto out;
        }
      column = column_for_header (g_strstrip (field->str));
      if (column < 0)
        {
          g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_HEADER,
                       _("line %u: unknown column “%s” in the header (expected delegation, iso, name, function, "
                         "rank, email and optionally category)"), header->line, field->str);
          goto out;
        }
      if (columns[column] >= 0)
        {
          g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_HEADER,
                       _("line %u: the header names the %s column twice (columns %d and %u)"),
                       header->line, column_titles[column], columns[column] + 1, i + 1);
          goto out;
        }
      columns[column] = (int) i;
    }
  for (guint c = 0; c < N_REQUIRED_COLS; c++)
    if (columns[c] < 0)
      {
        g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_HEADER,
                     _("line %u: the header has no %s column"), header->line, column_titles[c]);
        goto out;
      }

  if (rows->len == 1)
    {
      g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_EMPTY,
                   _("the file has a header and no member lines"));
      goto out;
    }

  for (guint r = 1; r < rows->len; r++)
    {
      report->n_rows++;
      plan_row (session, targets, order, g_ptr_array_index (rows, r), columns, header->fields->len, report);
    }

  if (report->rejections->len > 0)
    {
      g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_REJECTED,
                   g_dngettext (GETTEXT_PACKAGE, "%u of %u row rejected; nothing was imported",
                                "%u of %u rows rejected; nothing was imported", report->n_rows),
                   report->rejections->len, report->n_rows);
      report->members_added = report->members_updated = report->members_unchanged = 0;
      goto out;
    }

  /* Everything checked: now the one undo step. */
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Import delegations"));
  for (guint i = 0; i < order->len; i++)
    apply_target (session, g_ptr_array_index (order, i), report);
  pl_history_end_group (history);
  ok = TRUE;

out:
  if (out_report != NULL)
    *out_report = g_steal_pointer (&report);
  return ok;
}

/**
 * pl_delegation_import_report_format:
 *
 * Returns: (transfer full): one line per rejected row,
 *   `FILE:LINE: reason`, as compilers do, so editors can jump to it
 */
char *
pl_delegation_import_report_format (PlDelegationImportReport *report,
                                    const char               *display_name)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  for (guint i = 0; i < report->rejections->len; i++)
    {
      PlDelegationImportRejection *rejection = g_ptr_array_index (report->rejections, i);

      g_string_append_printf (out, "%s:%u: %s\n", display_name, rejection->line, rejection->reason);
    }
  return g_string_free (out, FALSE);
}

/**
 * pl_delegation_import_report_summary:
 *
 * Returns: (transfer full): one sentence on what the import did
 */
char *
pl_delegation_import_report_summary (PlDelegationImportReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  /* Translators: counts of rows, delegations, members */
  return g_strdup_printf (_("%u rows: %u delegations added, %u members added, %u updated, %u already registered"),
                          report->n_rows, report->delegations_added, report->members_added,
                          report->members_updated, report->members_unchanged);
}

/**
 * pl_delegation_import_add_state:
 * @iso3_or_name: an ISO 3166 alpha-3 code or a name of the reference list
 *
 * Adds a State from the reference list (name, regional group and adherence
 * filled in), as one undo step.
 *
 * Returns: (transfer none): the new delegation, or %NULL with @error set
 *   if the State is unknown or already in the session
 */
PlDelegation *
pl_delegation_import_add_state (PlSession   *session,
                                const char  *iso3_or_name,
                                GError     **error)
{
  const PlReferenceState *state;
  g_autoptr(PlDelegation) delegation = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (iso3_or_name != NULL, NULL);

  if (!(state = pl_reference_states_lookup (iso3_or_name)))
    {
      g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_UNKNOWN_STATE,
                   _("“%s” is not in the reference list of States"), iso3_or_name);
      return NULL;
    }
  if (pl_delegation_import_find_state (session, state->iso3) != NULL)
    {
      g_set_error (error, PL_DELEGATION_IMPORT_ERROR, PL_DELEGATION_IMPORT_ERROR_EXISTS,
                   _("%s is already among the delegations"), state->name);
      return NULL;
    }

  delegation = pl_reference_states_new_delegation (state);
  pl_session_add_record (session, PL_RECORD (delegation));
  return delegation;
}
