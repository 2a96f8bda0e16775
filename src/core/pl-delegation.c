/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-delegation.h"

/**
 * PlDelegation:
 *
 * A delegation: a State, an organization or an observer. Its stored fields are those of the `delegation` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlDelegation
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlDelegation, pl_delegation, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ISO3,
  PROP_CATEGORY,
  PROP_REGIONAL_GROUP,
  PROP_ADHERENCE,
  PROP_OBSERVER_STATUS,
  PROP_PRESENT,
  PROP_MEMBERS,
  PROP_MEMBER_STATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_delegation_class_init (PlDelegationClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the delegation's name */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, FLAGS);
  /* ISO 3166 alpha-3 code, for States */
  properties[PROP_ISO3] = g_param_spec_string ("iso3", NULL, NULL, NULL, FLAGS);
  /* State party, signatory, observer kinds (rules 14-17) */
  properties[PROP_CATEGORY] = g_param_spec_enum ("category", NULL, NULL, PL_TYPE_DELEGATION_CATEGORY, 0, FLAGS);
  /* the regional group's id */
  properties[PROP_REGIONAL_GROUP] = g_param_spec_string ("regional-group", NULL, NULL, NULL, FLAGS);
  /* {instrument id: party|signatory|none|unknown} */
  properties[PROP_ADHERENCE] = pl_param_spec_json ("adherence", NULL);
  /* observer status under rules 14-17 */
  properties[PROP_OBSERVER_STATUS] = g_param_spec_enum ("observer-status", NULL, NULL, PL_TYPE_OBSERVER_STATUS, 0, FLAGS);
  /* whether the delegation is present at the session */
  properties[PROP_PRESENT] = g_param_spec_boolean ("present", NULL, NULL, FALSE, FLAGS);
  /* [{id, name, function, rank, email}] */
  properties[PROP_MEMBERS] = pl_param_spec_json ("members", NULL);
  /* for a regional economic integration organization, its member
   * States, [delegation _id]: rule 57 gives it as many votes as its
   * member States that are parties, so a vote needs to know them;
   * absent when not known (it then votes with one vote, and the checks
   * say so) */
  properties[PROP_MEMBER_STATES] = pl_param_spec_json ("member-states", NULL);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "delegation", properties, N_PROPS);
}

static void
pl_delegation_init (PlDelegation *self)
{
}

PlDelegation *
pl_delegation_new (const char *id)
{
  return g_object_new (PL_TYPE_DELEGATION, "id", id, NULL);
}

const char *
pl_delegation_get_name (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_NAME);
}

const char *
pl_delegation_get_iso3 (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ISO3);
}

PlDelegationCategory
pl_delegation_get_category (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return (PlDelegationCategory) pl_record_get_enum (PL_RECORD (self), PROP_CATEGORY);
}

const char *
pl_delegation_get_regional_group (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REGIONAL_GROUP);
}

JsonNode *
pl_delegation_get_adherence (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_ADHERENCE);
}

PlObserverStatus
pl_delegation_get_observer_status (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return (PlObserverStatus) pl_record_get_enum (PL_RECORD (self), PROP_OBSERVER_STATUS);
}

gboolean
pl_delegation_get_present (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_boolean (PL_RECORD (self), PROP_PRESENT);
}

JsonNode *
pl_delegation_get_members (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_MEMBERS);
}

void
pl_delegation_set_name (PlDelegation *self,
                        const char *name)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_string (PL_RECORD (self), PROP_NAME, name);
}

void
pl_delegation_set_iso3 (PlDelegation *self,
                        const char *iso3)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_string (PL_RECORD (self), PROP_ISO3, iso3);
}

void
pl_delegation_set_category (PlDelegation *self,
                            PlDelegationCategory category)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_enum (PL_RECORD (self), PROP_CATEGORY, category);
}

void
pl_delegation_set_regional_group (PlDelegation *self,
                                  const char *regional_group)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_string (PL_RECORD (self), PROP_REGIONAL_GROUP, regional_group);
}

void
pl_delegation_set_adherence (PlDelegation *self,
                             JsonNode *adherence)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_json (PL_RECORD (self), PROP_ADHERENCE, adherence);
}

void
pl_delegation_set_observer_status (PlDelegation *self,
                                   PlObserverStatus observer_status)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_enum (PL_RECORD (self), PROP_OBSERVER_STATUS, observer_status);
}

void
pl_delegation_set_present (PlDelegation *self,
                           gboolean present)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_boolean (PL_RECORD (self), PROP_PRESENT, present);
}

void
pl_delegation_set_members (PlDelegation *self,
                           JsonNode *members)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_json (PL_RECORD (self), PROP_MEMBERS, members);
}

/**
 * pl_delegation_get_member_states:
 *
 * Returns: (transfer none) (nullable): a REIO's member States, an array
 *   of delegation _ids, or %NULL when not recorded
 */
JsonNode *
pl_delegation_get_member_states (PlDelegation *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_MEMBER_STATES);
}

/**
 * pl_delegation_set_member_states:
 * @member_states: (nullable): an array of delegation _ids; copied
 */
void
pl_delegation_set_member_states (PlDelegation *self,
                                 JsonNode     *member_states)
{
  g_return_if_fail (PL_IS_DELEGATION (self));

  pl_record_set_json (PL_RECORD (self), PROP_MEMBER_STATES, member_states);
}
