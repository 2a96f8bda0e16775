/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-office-holder.h"

/**
 * PlOfficeHolder:
 *
 * Who held an office of the Bureau at an earlier session: the `office_holder`
 * record, entered by hand or imported. The rotation of the President and the
 * Rapporteur among the regional groups (rule 22, para. 3) is checked against
 * these records; the delegation is the State's `_id` or, for a State not in
 * this session, its ISO 3166 code or name as written.
 */
struct _PlOfficeHolder
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlOfficeHolder, pl_office_holder, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SESSION_NUMBER,
  PROP_OFFICE,
  PROP_REGIONAL_GROUP,
  PROP_DELEGATION,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_office_holder_class_init (PlOfficeHolderClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the earlier session, e.g. 9 */
  properties[PROP_SESSION_NUMBER] = g_param_spec_int ("session-number", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* president, vice-president or rapporteur */
  properties[PROP_OFFICE] = g_param_spec_enum ("office", NULL, NULL, PL_TYPE_OFFICE, 0, FLAGS);
  /* the group the holder's State belonged to */
  properties[PROP_REGIONAL_GROUP] = g_param_spec_string ("regional-group", NULL, NULL, NULL, FLAGS);
  /* the State */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the person's name */
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "office_holder", properties, N_PROPS);
}

static void
pl_office_holder_init (PlOfficeHolder *self)
{
}

PlOfficeHolder *
pl_office_holder_new (const char *id)
{
  return g_object_new (PL_TYPE_OFFICE_HOLDER, "id", id, NULL);
}

int
pl_office_holder_get_session_number (PlOfficeHolder *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_SESSION_NUMBER);
}

PlOffice
pl_office_holder_get_office (PlOfficeHolder *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER (self), 0);

  return (PlOffice) pl_record_get_enum (PL_RECORD (self), PROP_OFFICE);
}

const char *
pl_office_holder_get_regional_group (PlOfficeHolder *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REGIONAL_GROUP);
}

const char *
pl_office_holder_get_delegation (PlOfficeHolder *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

const char *
pl_office_holder_get_person (PlOfficeHolder *self)
{
  g_return_val_if_fail (PL_IS_OFFICE_HOLDER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PERSON);
}

void
pl_office_holder_set_session_number (PlOfficeHolder *self,
                                     int             session_number)
{
  g_return_if_fail (PL_IS_OFFICE_HOLDER (self));

  pl_record_set_int (PL_RECORD (self), PROP_SESSION_NUMBER, session_number);
}

void
pl_office_holder_set_office (PlOfficeHolder *self,
                             PlOffice        office)
{
  g_return_if_fail (PL_IS_OFFICE_HOLDER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_OFFICE, office);
}

void
pl_office_holder_set_regional_group (PlOfficeHolder *self,
                                     const char     *regional_group)
{
  g_return_if_fail (PL_IS_OFFICE_HOLDER (self));

  pl_record_set_string (PL_RECORD (self), PROP_REGIONAL_GROUP, regional_group);
}

void
pl_office_holder_set_delegation (PlOfficeHolder *self,
                                 const char     *delegation)
{
  g_return_if_fail (PL_IS_OFFICE_HOLDER (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_office_holder_set_person (PlOfficeHolder *self,
                             const char     *person)
{
  g_return_if_fail (PL_IS_OFFICE_HOLDER (self));

  pl_record_set_string (PL_RECORD (self), PROP_PERSON, person);
}
