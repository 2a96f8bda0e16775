/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-finding.h"
#include "pl-seat.h"

/**
 * PlSeat:
 *
 * A seat of the Bureau as a view shows it: its office and group, who holds
 * or is nominated to it, its state (vacant, nominated, elected, withdrawn)
 * and the rule 22 findings about it. Read-only: #PlBureau derives seats
 * from the session and updates them in place, notifying only what changed,
 * so a row bound to a seat redraws only when its content does.
 */
struct _PlSeat
{
  GObject          parent_instance;

  char            *id;
  char            *title;
  PlOffice         office;
  char            *regional_group;
  char            *regional_group_name;

  PlOfficer       *officer;
  PlOfficerStatus  status;
  char            *delegation_name;
  char            *person;
  GListStore      *findings;
};

G_DEFINE_FINAL_TYPE (PlSeat, pl_seat, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_OFFICE,
  PROP_REGIONAL_GROUP,
  PROP_REGIONAL_GROUP_NAME,
  PROP_OFFICER,
  PROP_STATUS,
  PROP_DELEGATION_NAME,
  PROP_PERSON,
  PROP_FINDINGS,
  PROP_N_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (PlSeat      *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pl_seat_finalize (GObject *object)
{
  PlSeat *self = PL_SEAT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->regional_group);
  g_free (self->regional_group_name);
  g_clear_object (&self->officer);
  g_free (self->delegation_name);
  g_free (self->person);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (pl_seat_parent_class)->finalize (object);
}

static void
pl_seat_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  PlSeat *self = PL_SEAT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OFFICE:
      g_value_set_enum (value, self->office);
      break;
    case PROP_REGIONAL_GROUP:
      g_value_set_string (value, self->regional_group);
      break;
    case PROP_REGIONAL_GROUP_NAME:
      g_value_set_string (value, self->regional_group_name);
      break;
    case PROP_OFFICER:
      g_value_set_object (value, self->officer);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_DELEGATION_NAME:
      g_value_set_string (value, self->delegation_name);
      break;
    case PROP_PERSON:
      g_value_set_string (value, self->person);
      break;
    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;
    case PROP_N_FINDINGS:
      g_value_set_uint (value, pl_seat_get_n_findings (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_seat_class_init (PlSeatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

#define FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  object_class->finalize = pl_seat_finalize;
  object_class->get_property = pl_seat_get_property;

  /* "president", "vice_president-3", "rapporteur" */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  /* "Vice-President 3", translated */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  properties[PROP_OFFICE] = g_param_spec_enum ("office", NULL, NULL, PL_TYPE_OFFICE, 0, FLAGS);
  /* the group the settings give the seat to; NULL when open to any */
  properties[PROP_REGIONAL_GROUP] = g_param_spec_string ("regional-group", NULL, NULL, NULL, FLAGS);
  properties[PROP_REGIONAL_GROUP_NAME] = g_param_spec_string ("regional-group-name", NULL, NULL, NULL, FLAGS);
  /* the officer record, NULL until someone is nominated */
  properties[PROP_OFFICER] = g_param_spec_object ("officer", NULL, NULL, PL_TYPE_OFFICER, FLAGS);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_OFFICER_STATUS, 0, FLAGS);
  /* the nominee's State, by name */
  properties[PROP_DELEGATION_NAME] = g_param_spec_string ("delegation-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, FLAGS);
  /* the findings about this seat, a GListModel of PlFinding */
  properties[PROP_FINDINGS] = g_param_spec_object ("findings", NULL, NULL, G_TYPE_LIST_MODEL, FLAGS);
  properties[PROP_N_FINDINGS] = g_param_spec_uint ("n-findings", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_seat_init (PlSeat *self)
{
  self->findings = g_list_store_new (PL_TYPE_FINDING);
}

PlSeat *
_pl_seat_new (const char *id,
              const char *title,
              PlOffice    office,
              const char *regional_group,
              const char *regional_group_name)
{
  PlSeat *self = g_object_new (PL_TYPE_SEAT, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->office = office;
  self->regional_group = g_strdup (regional_group);
  self->regional_group_name = g_strdup (regional_group_name);
  return self;
}

/*
 * _pl_seat_update:
 * @officer: (nullable): the seat's officer record
 * @findings: (element-type PlFinding): the findings about the seat
 */
void
_pl_seat_update (PlSeat     *self,
                 PlOfficer  *officer,
                 const char *delegation_name,
                 GPtrArray  *findings)
{
  PlOfficerStatus status = officer != NULL ? pl_officer_get_status (officer) : PL_OFFICER_STATUS_VACANT;
  guint n_findings;

  g_return_if_fail (PL_IS_SEAT (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (g_set_object (&self->officer, officer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICER]);
  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  set_string (self, &self->delegation_name, delegation_name, PROP_DELEGATION_NAME);
  set_string (self, &self->person, officer != NULL ? pl_officer_get_person (officer) : NULL, PROP_PERSON);

  n_findings = g_list_model_get_n_items (G_LIST_MODEL (self->findings));
  if (pl_finding_store_replace (self->findings, findings) && n_findings != findings->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FINDINGS]);

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
pl_seat_get_id (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->id;
}

const char *
pl_seat_get_title (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->title;
}

PlOffice
pl_seat_get_office (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), 0);
  return self->office;
}

const char *
pl_seat_get_regional_group (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->regional_group;
}

const char *
pl_seat_get_regional_group_name (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->regional_group_name;
}

/**
 * pl_seat_get_officer:
 *
 * Returns: (transfer none) (nullable): the officer record
 */
PlOfficer *
pl_seat_get_officer (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->officer;
}

PlOfficerStatus
pl_seat_get_status (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), 0);
  return self->status;
}

const char *
pl_seat_get_delegation_name (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->delegation_name;
}

const char *
pl_seat_get_person (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return self->person;
}

/**
 * pl_seat_get_findings:
 *
 * Returns: (transfer none): the findings about this seat
 */
GListModel *
pl_seat_get_findings (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), NULL);
  return G_LIST_MODEL (self->findings);
}

guint
pl_seat_get_n_findings (PlSeat *self)
{
  g_return_val_if_fail (PL_IS_SEAT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->findings));
}
