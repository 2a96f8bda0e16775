/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-deadline.h"

/**
 * PlDeadline:
 *
 * A deadline of the session, computed from a rule or set by hand. Its stored fields are those of the `deadline` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlDeadline
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlDeadline, pl_deadline, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DUE,
  PROP_RULE,
  PROP_ORIGIN,
  PROP_NOTE,
  PROP_BASIS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_deadline_class_init (PlDeadlineClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* what is due */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* when, ISO date-time with offset */
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, NULL, FLAGS);
  /* the rule or decision it comes from */
  properties[PROP_RULE] = g_param_spec_string ("rule", NULL, NULL, NULL, FLAGS);
  /* computed or manual */
  properties[PROP_ORIGIN] = g_param_spec_enum ("origin", NULL, NULL, PL_TYPE_DEADLINE_ORIGIN, 0, FLAGS);
  /* a free note */
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, FLAGS);
  /* which computation it comes from (pl-deadlines.c: "draft_resolutions",
   * "speaker_list:<_id>"...), kept when the user overrides the date so that
   * a refresh knows the rule is already covered; null for a deadline made
   * by hand */
  properties[PROP_BASIS] = g_param_spec_string ("basis", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "deadline", properties, N_PROPS);
}

static void
pl_deadline_init (PlDeadline *self)
{
}

PlDeadline *
pl_deadline_new (const char *id)
{
  return g_object_new (PL_TYPE_DEADLINE, "id", id, NULL);
}

const char *
pl_deadline_get_title (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

const char *
pl_deadline_get_due (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DUE);
}

const char *
pl_deadline_get_rule (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_RULE);
}

PlDeadlineOrigin
pl_deadline_get_origin (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), 0);

  return (PlDeadlineOrigin) pl_record_get_enum (PL_RECORD (self), PROP_ORIGIN);
}

const char *
pl_deadline_get_note (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_NOTE);
}

void
pl_deadline_set_title (PlDeadline *self,
                       const char *title)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_deadline_set_due (PlDeadline *self,
                     const char *due)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_string (PL_RECORD (self), PROP_DUE, due);
}

void
pl_deadline_set_rule (PlDeadline *self,
                      const char *rule)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_string (PL_RECORD (self), PROP_RULE, rule);
}

void
pl_deadline_set_origin (PlDeadline *self,
                        PlDeadlineOrigin origin)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_enum (PL_RECORD (self), PROP_ORIGIN, origin);
}

void
pl_deadline_set_note (PlDeadline *self,
                      const char *note)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_string (PL_RECORD (self), PROP_NOTE, note);
}

const char *
pl_deadline_get_basis (PlDeadline *self)
{
  g_return_val_if_fail (PL_IS_DEADLINE (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_BASIS);
}

void
pl_deadline_set_basis (PlDeadline *self,
                       const char *basis)
{
  g_return_if_fail (PL_IS_DEADLINE (self));

  pl_record_set_string (PL_RECORD (self), PROP_BASIS, basis);
}
