/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-store"

#include "config.h"

#include <gio/gio.h>

#include "pl-reference-states.h"
#include "pl-store-resources.h"

/*
 * The reference list of States (data/states.csv, sources in
 * data/SOURCES.md): UN Member States, the State of Palestine, the Holy See
 * and the European Union, with their regional group and adherence to the
 * Convention and its three Protocols. It fills in a State's delegation.
 */

#define STATES_RESOURCE "/io/github/plenary/Plenary/data/states.csv"

const char * const pl_reference_instruments[4] = { "untoc", "tip", "som", "firearms" };

static void
state_free (gpointer data)
{
  PlReferenceState *state = data;

  g_free (state->iso3);
  g_free (state->name);
  g_free (state->regional_group);
  for (guint i = 0; i < G_N_ELEMENTS (state->adherence); i++)
    g_free (state->adherence[i]);
  g_free (state->source_note);
  g_free (state);
}

/* One CSV record (RFC 4180: quoted fields, "" for a quote) from *p. */
static GPtrArray *
read_row (const char **p,
          const char  *end)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  while (*p < end)
    {
      char c = **p;

      (*p)++;
      if (quoted)
        {
          if (c == '"' && *p < end && **p == '"')
            {
              g_string_append_c (field, '"');
              (*p)++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
        }
      else if (c == '"')
        quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (c == '\n')
        break;
      else if (c != '\r')
        g_string_append_c (field, c);
    }

  g_ptr_array_add (fields, g_string_free (field, FALSE));
  return fields;
}

static GPtrArray *
parse_states (void)
{
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *states = g_ptr_array_new_with_free_func (state_free);
  const char *p, *end;
  gsize size;

  (void) pl_store_get_resource ();
  bytes = g_resources_lookup_data (STATES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);

  p = g_bytes_get_data (bytes, &size);
  end = p + size;

  /* iso3,name,regional_group,untoc,tip,som,firearms,source_note */
  g_ptr_array_unref (read_row (&p, end));

  while (p < end)
    {
      g_autoptr(GPtrArray) row = read_row (&p, end);
      PlReferenceState *state;

      if (row->len < 8)
        continue;

      state = g_new0 (PlReferenceState, 1);
      state->iso3 = g_strdup (g_ptr_array_index (row, 0));
      state->name = g_strdup (g_ptr_array_index (row, 1));
      state->regional_group = g_strdup (g_ptr_array_index (row, 2));
      for (guint i = 0; i < 4; i++)
        state->adherence[i] = g_strdup (g_ptr_array_index (row, 3 + i));
      state->source_note = g_strdup (g_ptr_array_index (row, 7));
      g_ptr_array_add (states, state);
    }

  return states;
}

/**
 * pl_reference_states_get:
 *
 * Returns: (transfer none) (element-type PlReferenceState): every State of
 *   the reference list, in its order (alphabetical by name)
 */
GPtrArray *
pl_reference_states_get (void)
{
  static GPtrArray *states;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      states = parse_states ();
      g_once_init_leave (&initialized, 1);
    }

  return states;
}

/* The States by their case-folded names: an import looks a name up for
 * each row, and folding every State's name each time made the CSV import
 * allocate 400 strings per row (found profiling fuzz-delegation-import). */
static GHashTable *
states_by_name (void)
{
  static GHashTable *by_name;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      GPtrArray *states = pl_reference_states_get ();

      by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < states->len; i++)
        {
          const PlReferenceState *state = g_ptr_array_index (states, i);

          g_hash_table_insert (by_name, g_utf8_casefold (state->name, -1), (gpointer) state);
        }
      g_once_init_leave (&initialized, 1);
    }

  return by_name;
}

/**
 * pl_reference_states_lookup:
 * @iso3_or_name: an ISO alpha-3 code or a name, in any case
 *
 * Returns: (nullable): the State
 */
const PlReferenceState *
pl_reference_states_lookup (const char *iso3_or_name)
{
  GPtrArray *states = pl_reference_states_get ();

  g_return_val_if_fail (iso3_or_name != NULL, NULL);

  for (guint i = 0; i < states->len; i++)
    {
      const PlReferenceState *state = g_ptr_array_index (states, i);

      if (g_ascii_strcasecmp (state->iso3, iso3_or_name) == 0)
        return state;
    }

  {
    g_autofree char *key = g_utf8_casefold (iso3_or_name, -1);

    return g_hash_table_lookup (states_by_name (), key);
  }
}

/**
 * pl_reference_states_new_delegation:
 *
 * Returns: (transfer full): a delegation for the State, `delegation:<ISO3>`,
 *   with its name, group and adherence; a State party to the Convention is
 *   a State party, another a signatory or a non-signatory State.
 */
PlDelegation *
pl_reference_states_new_delegation (const PlReferenceState *state)
{
  g_autofree char *id = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) adherence = NULL;
  g_autoptr(JsonNode) members = NULL;
  PlDelegationCategory category;
  PlDelegation *delegation;

  g_return_val_if_fail (state != NULL, NULL);

  id = g_strdup_printf ("delegation:%s", state->iso3);
  delegation = pl_delegation_new (id);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (pl_reference_instruments); i++)
    {
      json_builder_set_member_name (builder, pl_reference_instruments[i]);
      json_builder_add_string_value (builder, state->adherence[i]);
    }
  json_builder_end_object (builder);
  adherence = json_builder_get_root (builder);
  {
    g_autoptr(JsonArray) empty = json_array_new ();

    members = json_node_init_array (json_node_alloc (), empty);
  }

  if (g_str_equal (state->adherence[0], "party"))
    category = g_str_equal (state->iso3, "EUU") ? PL_DELEGATION_CATEGORY_REIO : PL_DELEGATION_CATEGORY_STATE_PARTY;
  else if (g_str_equal (state->adherence[0], "signatory"))
    category = PL_DELEGATION_CATEGORY_SIGNATORY;
  else
    category = PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE;

  pl_delegation_set_name (delegation, state->name);
  pl_delegation_set_iso3 (delegation, state->iso3);
  pl_delegation_set_category (delegation, category);
  pl_delegation_set_regional_group (delegation, state->regional_group);
  pl_delegation_set_adherence (delegation, adherence);
  pl_delegation_set_members (delegation, members);

  return delegation;
}
