/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-officer.h"

/**
 * PlOfficer:
 *
 * A seat of the Bureau and who holds it (rule 22). Its stored fields are those of the `officer` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlOfficer
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlOfficer, pl_officer, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_OFFICE,
  PROP_SEAT,
  PROP_REGIONAL_GROUP,
  PROP_DELEGATION,
  PROP_PERSON,
  PROP_STATUS,
  PROP_ELECTED_ON,
  PROP_NOMINATED_ON,
  PROP_WITHDRAWN_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_officer_class_init (PlOfficerClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* president, vice-president or rapporteur */
  properties[PROP_OFFICE] = g_param_spec_enum ("office", NULL, NULL, PL_TYPE_OFFICE, 0, FLAGS);
  /* the seat's name, e.g. vice_president-3 */
  properties[PROP_SEAT] = g_param_spec_string ("seat", NULL, NULL, NULL, FLAGS);
  /* the group the seat belongs to */
  properties[PROP_REGIONAL_GROUP] = g_param_spec_string ("regional-group", NULL, NULL, NULL, FLAGS);
  /* the nominated State's delegation _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the person's name */
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
  /* vacant, nominated or elected */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_OFFICER_STATUS, 0, FLAGS);
  /* the election date, ISO date */
  properties[PROP_ELECTED_ON] = g_param_spec_string ("elected-on", NULL, NULL, NULL, FLAGS);
  /* the date the group's nomination reached the secretariat, ISO date */
  properties[PROP_NOMINATED_ON] = g_param_spec_string ("nominated-on", NULL, NULL, NULL, FLAGS);
  /* the date the nomination was withdrawn, ISO date */
  properties[PROP_WITHDRAWN_ON] = g_param_spec_string ("withdrawn-on", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "officer", properties, N_PROPS);
}

static void
pl_officer_init (PlOfficer *self)
{
}

PlOfficer *
pl_officer_new (const char *id)
{
  return g_object_new (PL_TYPE_OFFICER, "id", id, NULL);
}

PlOffice
pl_officer_get_office (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return (PlOffice) pl_record_get_enum (PL_RECORD (self), PROP_OFFICE);
}

const char *
pl_officer_get_seat (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_SEAT);
}

const char *
pl_officer_get_regional_group (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REGIONAL_GROUP);
}

const char *
pl_officer_get_delegation (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

const char *
pl_officer_get_person (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_PERSON);
}

PlOfficerStatus
pl_officer_get_status (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return (PlOfficerStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

const char *
pl_officer_get_elected_on (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ELECTED_ON);
}

void
pl_officer_set_office (PlOfficer *self,
                       PlOffice office)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_OFFICE, office);
}

void
pl_officer_set_seat (PlOfficer *self,
                     const char *seat)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_SEAT, seat);
}

void
pl_officer_set_regional_group (PlOfficer *self,
                               const char *regional_group)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_REGIONAL_GROUP, regional_group);
}

void
pl_officer_set_delegation (PlOfficer *self,
                           const char *delegation)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_officer_set_person (PlOfficer *self,
                       const char *person)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_PERSON, person);
}

void
pl_officer_set_status (PlOfficer *self,
                       PlOfficerStatus status)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

void
pl_officer_set_elected_on (PlOfficer *self,
                           const char *elected_on)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_ELECTED_ON, elected_on);
}

const char *
pl_officer_get_nominated_on (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_NOMINATED_ON);
}

const char *
pl_officer_get_withdrawn_on (PlOfficer *self)
{
  g_return_val_if_fail (PL_IS_OFFICER (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_WITHDRAWN_ON);
}

void
pl_officer_set_nominated_on (PlOfficer  *self,
                             const char *nominated_on)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_NOMINATED_ON, nominated_on);
}

void
pl_officer_set_withdrawn_on (PlOfficer  *self,
                             const char *withdrawn_on)
{
  g_return_if_fail (PL_IS_OFFICER (self));

  pl_record_set_string (PL_RECORD (self), PROP_WITHDRAWN_ON, withdrawn_on);
}
