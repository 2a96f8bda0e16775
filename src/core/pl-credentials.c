/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-credentials.h"

/**
 * PlCredentials:
 *
 * The credentials of one State party or REIO (rules 18-20). Its stored fields are those of the `credentials` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlCredentials
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlCredentials, pl_credentials, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_DELEGATION,
  PROP_FORM,
  PROP_ISSUER,
  PROP_SIGNATORY,
  PROP_RECEIVED,
  PROP_MEMBERS_COVERED,
  PROP_CHANGES,
  PROP_OBJECTION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_credentials_class_init (PlCredentialsClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the delegation's _id */
  properties[PROP_DELEGATION] = g_param_spec_string ("delegation", NULL, NULL, NULL, FLAGS);
  /* the form they arrived in */
  properties[PROP_FORM] = g_param_spec_enum ("form", NULL, NULL, PL_TYPE_CREDENTIALS_FORM, 0, FLAGS);
  /* who issued them (rule 18, para. 3) */
  properties[PROP_ISSUER] = g_param_spec_enum ("issuer", NULL, NULL, PL_TYPE_CREDENTIALS_ISSUER, 0, FLAGS);
  /* the signatory's name */
  properties[PROP_SIGNATORY] = g_param_spec_string ("signatory", NULL, NULL, NULL, FLAGS);
  /* when they arrived, ISO date-time */
  properties[PROP_RECEIVED] = g_param_spec_string ("received", NULL, NULL, NULL, FLAGS);
  /* whether all listed members are covered */
  properties[PROP_MEMBERS_COVERED] = g_param_spec_boolean ("members-covered", NULL, NULL, FALSE, FLAGS);
  /* later changes in the delegation: [{date, note}] */
  properties[PROP_CHANGES] = pl_param_spec_json ("changes", NULL);
  /* an objection by another State party: {by, date, note} or null */
  properties[PROP_OBJECTION] = pl_param_spec_json ("objection", NULL);
  /* free notes */
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "credentials", properties, N_PROPS);
}

static void
pl_credentials_init (PlCredentials *self)
{
}

PlCredentials *
pl_credentials_new (const char *id)
{
  return g_object_new (PL_TYPE_CREDENTIALS, "id", id, NULL);
}

const char *
pl_credentials_get_delegation (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DELEGATION);
}

PlCredentialsForm
pl_credentials_get_form (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return (PlCredentialsForm) pl_record_get_enum (PL_RECORD (self), PROP_FORM);
}

PlCredentialsIssuer
pl_credentials_get_issuer (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return (PlCredentialsIssuer) pl_record_get_enum (PL_RECORD (self), PROP_ISSUER);
}

const char *
pl_credentials_get_signatory (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_SIGNATORY);
}

const char *
pl_credentials_get_received (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_RECEIVED);
}

gboolean
pl_credentials_get_members_covered (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_boolean (PL_RECORD (self), PROP_MEMBERS_COVERED);
}

JsonNode *
pl_credentials_get_changes (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_CHANGES);
}

JsonNode *
pl_credentials_get_objection (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_OBJECTION);
}

const char *
pl_credentials_get_notes (PlCredentials *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_NOTES);
}

void
pl_credentials_set_delegation (PlCredentials *self,
                               const char *delegation)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_string (PL_RECORD (self), PROP_DELEGATION, delegation);
}

void
pl_credentials_set_form (PlCredentials *self,
                         PlCredentialsForm form)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_enum (PL_RECORD (self), PROP_FORM, form);
}

void
pl_credentials_set_issuer (PlCredentials *self,
                           PlCredentialsIssuer issuer)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_enum (PL_RECORD (self), PROP_ISSUER, issuer);
}

void
pl_credentials_set_signatory (PlCredentials *self,
                              const char *signatory)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_string (PL_RECORD (self), PROP_SIGNATORY, signatory);
}

void
pl_credentials_set_received (PlCredentials *self,
                             const char *received)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_string (PL_RECORD (self), PROP_RECEIVED, received);
}

void
pl_credentials_set_members_covered (PlCredentials *self,
                                    gboolean members_covered)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_boolean (PL_RECORD (self), PROP_MEMBERS_COVERED, members_covered);
}

void
pl_credentials_set_changes (PlCredentials *self,
                            JsonNode *changes)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_json (PL_RECORD (self), PROP_CHANGES, changes);
}

void
pl_credentials_set_objection (PlCredentials *self,
                              JsonNode *objection)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_json (PL_RECORD (self), PROP_OBJECTION, objection);
}

void
pl_credentials_set_notes (PlCredentials *self,
                          const char *notes)
{
  g_return_if_fail (PL_IS_CREDENTIALS (self));

  pl_record_set_string (PL_RECORD (self), PROP_NOTES, notes);
}
