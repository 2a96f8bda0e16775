/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pl-check-bureau-private.h"
#include "pl-participation.h"

/*
 * The Bureau's composition as the session's settings give it (rule 22):
 * how many Vice-Presidents, officers per group, whose turn the rotating
 * offices are, and the seats that follow, with their titles. The checks
 * of the nominations against it are in pl-check-bureau.c; the States a
 * seat's chooser offers, and in which order, are here too.
 */

static void
seat_spec_free (PlSeatSpec *spec)
{
  g_free (spec->id);
  g_free (spec->regional_group);
  g_free (spec);
}

void
pl_bureau_finding_free (PlBureauFinding *bf)
{
  g_clear_object (&bf->finding);
  g_free (bf->seat);
  g_free (bf->regional_group);
  g_free (bf);
}

JsonObject *
pl_bureau_settings_object (PlSessionSettings *settings)
{
  JsonNode *node = pl_session_settings_get_bureau (settings);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

const char *
pl_bureau_member_string (JsonObject *object,
                         const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL)
    return NULL;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  if (*json_node_get_string (node) == '\0')
    return NULL;
  return json_node_get_string (node);
}

gint64
pl_bureau_member_int (JsonObject *object,
                      const char *name,
                      gint64      fallback)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL)
    return fallback;
  if (JSON_NODE_HOLDS_NULL (node))
    return 0;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;
  return MAX (json_node_get_int (node), 0);
}

void
pl_bureau_read_rules (PlSessionSettings *settings,
                      Rules             *rules)
{
  JsonObject *bureau = pl_bureau_settings_object (settings);
  JsonArray *rotating;

  rules->vice_presidents = (guint) MIN (pl_bureau_member_int (bureau, "vice_presidents", 8), 1000);
  rules->per_group = (guint) MIN (pl_bureau_member_int (bureau, "per_group", 2), 1000);
  rules->president_group = g_strdup (pl_bureau_member_string (bureau, "president_group"));
  rules->rapporteur_group = g_strdup (pl_bureau_member_string (bureau, "rapporteur_group"));
  rules->all_instruments_min = (guint) MIN (pl_bureau_member_int (bureau, "all_instruments_min", 2), 1000);

  /* Rule 22, para. 3: the Presidency and the post of Rapporteur rotate;
   * another body may rotate none, or all. */
  if (bureau != NULL && json_object_has_member (bureau, "rotating_offices")
      && JSON_NODE_HOLDS_ARRAY (json_object_get_member (bureau, "rotating_offices")))
    {
      rotating = json_object_get_array_member (bureau, "rotating_offices");
      memset (rules->rotating, 0, sizeof rules->rotating);
      for (guint i = 0; i < json_array_get_length (rotating); i++)
        {
          JsonNode *node = json_array_get_element (rotating, i);
          int office;

          if (json_node_get_value_type (node) == G_TYPE_STRING
              && pl_enum_from_nick (PL_TYPE_OFFICE, json_node_get_string (node), &office))
            rules->rotating[office] = TRUE;
        }
    }
  else
    {
      rules->rotating[PL_OFFICE_PRESIDENT] = TRUE;
      rules->rotating[PL_OFFICE_VICE_PRESIDENT] = FALSE;
      rules->rotating[PL_OFFICE_RAPPORTEUR] = TRUE;
    }
}

void
pl_bureau_clear_rules (Rules *rules)
{
  g_clear_pointer (&rules->president_group, g_free);
  g_clear_pointer (&rules->rapporteur_group, g_free);
}

GPtrArray *
pl_bureau_list_ids (JsonNode *array_node)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;

  if (array_node == NULL || !JSON_NODE_HOLDS_ARRAY (array_node))
    return ids;

  array = json_node_get_array (array_node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *id;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      id = pl_bureau_member_string (json_node_get_object (element), "id");
      if (id != NULL)
        g_ptr_array_add (ids, g_strdup (id));
    }

  return ids;
}

static PlSeatSpec *
seat_spec_new (const char *id,
               PlOffice    office,
               guint       number,
               const char *group)
{
  PlSeatSpec *spec = g_new0 (PlSeatSpec, 1);

  spec->id = g_strdup (id);
  spec->office = office;
  spec->number = number;
  spec->regional_group = g_strdup (group);
  return spec;
}

/**
 * pl_bureau_list_seat_specs:
 *
 * The seats of the Bureau: the President, the Vice-Presidents numbered
 * from 1, given to groups in the order of the session's regional groups
 * (then any group the settings name that the session does not list),
 * then the Rapporteur (rule 22).
 *
 * Returns: (transfer full) (element-type PlSeatSpec): the seats
 */
GPtrArray *
pl_bureau_list_seat_specs (PlSessionSettings *settings)
{
  GPtrArray *specs = g_ptr_array_new_with_free_func ((GDestroyNotify) seat_spec_free);
  g_autoptr(GPtrArray) groups = NULL;
  JsonObject *bureau, *vp_groups = NULL;
  Rules rules = { 0, };
  guint number = 0;

  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (settings), specs);

  pl_bureau_read_rules (settings, &rules);
  bureau = pl_bureau_settings_object (settings);
  if (bureau != NULL && json_object_has_member (bureau, "vice_president_groups")
      && JSON_NODE_HOLDS_OBJECT (json_object_get_member (bureau, "vice_president_groups")))
    vp_groups = json_object_get_object_member (bureau, "vice_president_groups");

  groups = pl_bureau_list_ids (pl_session_settings_get_regional_groups (settings));
  if (vp_groups != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (vp_groups);

      for (GList *l = members; l != NULL; l = l->next)
        if (!g_ptr_array_find_with_equal_func (groups, l->data, g_str_equal, NULL))
          g_ptr_array_add (groups, g_strdup (l->data));
    }

  g_ptr_array_add (specs, seat_spec_new ("president", PL_OFFICE_PRESIDENT, 0, rules.president_group));

  for (guint g = 0; g < groups->len && vp_groups != NULL; g++)
    {
      const char *group = g_ptr_array_index (groups, g);
      gint64 count = pl_bureau_member_int (vp_groups, group, 0);

      for (gint64 k = 0; k < count && number < rules.vice_presidents; k++)
        {
          g_autofree char *id = g_strdup_printf ("vice_president-%u", ++number);

          g_ptr_array_add (specs, seat_spec_new (id, PL_OFFICE_VICE_PRESIDENT, number, group));
        }
    }
  while (number < rules.vice_presidents)
    {
      g_autofree char *id = g_strdup_printf ("vice_president-%u", ++number);

      g_ptr_array_add (specs, seat_spec_new (id, PL_OFFICE_VICE_PRESIDENT, number, NULL));
    }

  g_ptr_array_add (specs, seat_spec_new ("rapporteur", PL_OFFICE_RAPPORTEUR, 0, rules.rapporteur_group));

  pl_bureau_clear_rules (&rules);
  return specs;
}

/**
 * pl_bureau_seat_title:
 *
 * Returns: (transfer full): "President", "Vice-President 3", "Rapporteur"
 */
char *
pl_bureau_seat_title (const PlSeatSpec *spec)
{
  switch (spec->office)
    {
    case PL_OFFICE_PRESIDENT:
      return g_strdup (_("President"));
    case PL_OFFICE_VICE_PRESIDENT:
      /* Translators: a seat of the Bureau, %u is its number */
      return g_strdup_printf (_("Vice-President %u"), spec->number);
    case PL_OFFICE_RAPPORTEUR:
    default:
      return g_strdup (_("Rapporteur"));
    }
}

/**
 * pl_bureau_group_name:
 *
 * Returns: (transfer none): the group's name from the session's settings,
 *   or @group_id itself when the session does not list it
 */
const char *
pl_bureau_group_name (PlSessionSettings *settings,
                      const char        *group_id)
{
  JsonNode *node = pl_session_settings_get_regional_groups (settings);

  if (group_id == NULL)
    return NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          JsonObject *object;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          object = json_node_get_object (element);
          if (g_strcmp0 (pl_bureau_member_string (object, "id"), group_id) == 0
              && pl_bureau_member_string (object, "name") != NULL)
            return pl_bureau_member_string (object, "name");
        }
    }

  return group_id;
}

void
pl_seat_candidate_free (PlSeatCandidate *candidate)
{
  g_clear_object (&candidate->delegation);
  g_free (candidate->held_seat);
  g_free (candidate);
}

static PlSeatCandidateSection
candidate_section (PlDelegation *delegation,
                   const char   *seat_group)
{
  const char *group = pl_delegation_get_regional_group (delegation);

  if (pl_delegation_get_category (delegation) != PL_DELEGATION_CATEGORY_STATE_PARTY)
    return PL_SEAT_CANDIDATE_NOT_PARTY;
  if (seat_group != NULL && g_strcmp0 (group, seat_group) != 0)
    return PL_SEAT_CANDIDATE_OTHER_GROUP;
  return pl_delegation_get_present (delegation) ? PL_SEAT_CANDIDATE_GROUP_PRESENT
                                                 : PL_SEAT_CANDIDATE_GROUP_NOT_PRESENT;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const PlSeatCandidate *x = *(PlSeatCandidate * const *) a;
  const PlSeatCandidate *y = *(PlSeatCandidate * const *) b;

  if (x->section != y->section)
    return x->section < y->section ? -1 : 1;
  return g_utf8_collate (pl_delegation_get_name (x->delegation) ?: "", pl_delegation_get_name (y->delegation) ?: "");
}

/**
 * pl_bureau_list_candidates:
 * @seat_id: a seat's id (#PlSeatSpec)
 *
 * The States a seat's chooser offers, in its order: the States parties of
 * the seat's regional group present, then those not yet marked present
 * (nominations come before the opening, and the election needs them
 * present: `bureau.not-present`), then the States parties of the other
 * groups, then the States that are not parties; by name within each.
 * Organizations and observers are no candidates (rule 22: States).
 *
 * Returns: (transfer full) (element-type PlSeatCandidate): the candidates
 */
GPtrArray *
pl_bureau_list_candidates (PlSession  *session,
                           const char *seat_id)
{
  GPtrArray *candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_seat_candidate_free);
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GHashTable) held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GListModel *delegations;
  const char *seat_group = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), candidates);

  specs = pl_bureau_list_seat_specs (pl_session_get_settings (session));
  for (guint i = 0; i < specs->len; i++)
    {
      PlSeatSpec *spec = g_ptr_array_index (specs, i);
      g_autofree char *officer_id = NULL;
      PlRecord *record;
      PlOfficerStatus status;
      const char *delegation;

      if (g_strcmp0 (spec->id, seat_id) == 0)
        {
          seat_group = spec->regional_group;
          continue;
        }
      /* The first seat a State fills is the one the chooser names. */
      officer_id = g_strdup_printf ("officer:%s", spec->id);
      record = pl_session_lookup (session, officer_id);
      if (!PL_IS_OFFICER (record))
        continue;
      status = pl_officer_get_status (PL_OFFICER (record));
      delegation = pl_officer_get_delegation (PL_OFFICER (record));
      if ((status == PL_OFFICER_STATUS_NOMINATED || status == PL_OFFICER_STATUS_ELECTED)
          && delegation != NULL && !g_hash_table_contains (held, delegation))
        g_hash_table_insert (held, g_strdup (delegation), g_strdup (spec->id));
    }

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlSeatCandidate *candidate;

      if (!pl_delegation_is_state (delegation))
        continue;
      candidate = g_new0 (PlSeatCandidate, 1);
      candidate->section = candidate_section (delegation, seat_group);
      candidate->held_seat = g_strdup (g_hash_table_lookup (held, pl_record_get_id (PL_RECORD (delegation))));
      candidate->delegation = g_steal_pointer (&delegation);
      g_ptr_array_add (candidates, candidate);
    }
  g_ptr_array_sort (candidates, compare_candidates);

  return candidates;
}

/**
 * pl_seat_candidate_is_listed:
 *
 * Returns: whether a chooser lists the candidate before any search: the
 *   seat's own group's States parties; the others are found by name
 */
gboolean
pl_seat_candidate_is_listed (const PlSeatCandidate *candidate)
{
  g_return_val_if_fail (candidate != NULL, FALSE);

  return candidate->section <= PL_SEAT_CANDIDATE_GROUP_NOT_PRESENT;
}
