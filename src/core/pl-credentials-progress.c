/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-credentials-progress.h"
#include "pl-participation.h"

/**
 * PlCredentialsProgress:
 *
 * The progress of the credentials checklist ("132 of 181 in due form"),
 * with a count per status, for the Credentials page and the Overview.
 * Counted over the delegations that need credentials (States parties and
 * REIOs, rule 18). "In due form" counts the formal credentials from an
 * allowed issuer, late ones included: rule 18 asks for them 24 hours
 * ahead only "if possible", and the Bureau lists them among the formal
 * credentials all the same.
 *
 * It follows the session: a change of a delegation, of credentials, of
 * the settings or of a meeting (the opening hour) schedules one recount
 * in an idle, so that an import of 250 delegations recounts once, not
 * after every field; a getter recounts at once if one is due.
 */
struct _PlCredentialsProgress
{
  GObject    parent_instance;

  PlSession *session;
  gulong     changed_handler;
  guint      idle_id;
  gboolean   dirty;

  guint      total;
  guint      counts[PL_CREDENTIALS_N_STATUSES];
};

G_DEFINE_FINAL_TYPE (PlCredentialsProgress, pl_credentials_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_TOTAL,
  PROP_IN_DUE_FORM,
  PROP_PROVISIONAL,
  PROP_MISSING,
  PROP_DEFECTIVE,
  PROP_LATE,
  PROP_OBJECTED,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The property of each status's count. */
static const guint status_props[PL_CREDENTIALS_N_STATUSES] = {
  [PL_CREDENTIALS_STATUS_IN_DUE_FORM] = 0, /* counted with late: PROP_IN_DUE_FORM */
  [PL_CREDENTIALS_STATUS_PROVISIONAL] = PROP_PROVISIONAL,
  [PL_CREDENTIALS_STATUS_MISSING] = PROP_MISSING,
  [PL_CREDENTIALS_STATUS_DEFECTIVE] = PROP_DEFECTIVE,
  [PL_CREDENTIALS_STATUS_LATE] = PROP_LATE,
  [PL_CREDENTIALS_STATUS_OBJECTED] = PROP_OBJECTED,
};

static guint
in_due_form (PlCredentialsProgress *self)
{
  return self->counts[PL_CREDENTIALS_STATUS_IN_DUE_FORM] + self->counts[PL_CREDENTIALS_STATUS_LATE];
}

static void
recount (PlCredentialsProgress *self)
{
  g_auto(PlCredentialsContext) context = { 0 };
  guint counts[PL_CREDENTIALS_N_STATUSES] = { 0 };
  guint total = 0, old_in_due_form;
  GListModel *delegations;
  gboolean label_changed = FALSE;

  self->dirty = FALSE;
  g_clear_handle_id (&self->idle_id, g_source_remove);

  pl_credentials_context_init (&context, self->session);
  delegations = pl_session_get_records (self->session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlDelegationCategory category = pl_delegation_get_category (delegation);

      if (!pl_participation_needs_credentials (category))
        continue;
      total++;
      counts[pl_credentials_derive_status (category, pl_credentials_context_find (&context, delegation), &context)]++;
    }

  g_object_freeze_notify (G_OBJECT (self));

  old_in_due_form = in_due_form (self);
  if (self->total != total)
    {
      self->total = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
      label_changed = TRUE;
    }
  for (guint s = 0; s < PL_CREDENTIALS_N_STATUSES; s++)
    if (self->counts[s] != counts[s])
      {
        self->counts[s] = counts[s];
        if (status_props[s] != 0)
          g_object_notify_by_pspec (G_OBJECT (self), properties[status_props[s]]);
      }
  if (in_due_form (self) != old_in_due_form)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_DUE_FORM]);
      label_changed = TRUE;
    }
  if (label_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);

  g_object_thaw_notify (G_OBJECT (self));
}

static void
flush (PlCredentialsProgress *self)
{
  if (self->dirty)
    recount (self);
}

static gboolean
on_idle_cb (gpointer user_data)
{
  PlCredentialsProgress *self = user_data;

  self->idle_id = 0;
  flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_session_changed_cb (PlSession             *session,
                       PlRecord              *record,
                       PlChangeKind           kind,
                       const char            *field,
                       PlCredentialsProgress *self)
{
  if (!PL_IS_DELEGATION (record) && !PL_IS_CREDENTIALS (record)
      && !PL_IS_SESSION_SETTINGS (record) && !PL_IS_MEETING (record))
    return;

  self->dirty = TRUE;
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (on_idle_cb, self);
}

static void
pl_credentials_progress_constructed (GObject *object)
{
  PlCredentialsProgress *self = PL_CREDENTIALS_PROGRESS (object);

  G_OBJECT_CLASS (pl_credentials_progress_parent_class)->constructed (object);

  g_assert (PL_IS_SESSION (self->session));
  self->changed_handler = g_signal_connect (self->session, "changed",
                                            G_CALLBACK (on_session_changed_cb), self);
  recount (self);
}

static void
pl_credentials_progress_dispose (GObject *object)
{
  PlCredentialsProgress *self = PL_CREDENTIALS_PROGRESS (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_handler, self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_credentials_progress_parent_class)->dispose (object);
}

static void
pl_credentials_progress_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PlCredentialsProgress *self = PL_CREDENTIALS_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, pl_credentials_progress_get_total (self));
      break;
    case PROP_IN_DUE_FORM:
      g_value_set_uint (value, pl_credentials_progress_get_in_due_form (self));
      break;
    case PROP_PROVISIONAL:
      g_value_set_uint (value, pl_credentials_progress_get_count (self, PL_CREDENTIALS_STATUS_PROVISIONAL));
      break;
    case PROP_MISSING:
      g_value_set_uint (value, pl_credentials_progress_get_count (self, PL_CREDENTIALS_STATUS_MISSING));
      break;
    case PROP_DEFECTIVE:
      g_value_set_uint (value, pl_credentials_progress_get_count (self, PL_CREDENTIALS_STATUS_DEFECTIVE));
      break;
    case PROP_LATE:
      g_value_set_uint (value, pl_credentials_progress_get_count (self, PL_CREDENTIALS_STATUS_LATE));
      break;
    case PROP_OBJECTED:
      g_value_set_uint (value, pl_credentials_progress_get_count (self, PL_CREDENTIALS_STATUS_OBJECTED));
      break;
    case PROP_LABEL:
      g_value_take_string (value, pl_credentials_progress_dup_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_credentials_progress_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PlCredentialsProgress *self = PL_CREDENTIALS_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_credentials_progress_class_init (PlCredentialsProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_credentials_progress_constructed;
  object_class->dispose = pl_credentials_progress_dispose;
  object_class->get_property = pl_credentials_progress_get_property;
  object_class->set_property = pl_credentials_progress_set_property;

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* delegations that need credentials: States parties and REIOs */
  properties[PROP_TOTAL] = g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* formal credentials from an allowed issuer, late ones included */
  properties[PROP_IN_DUE_FORM] = g_param_spec_uint ("in-due-form", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_PROVISIONAL] = g_param_spec_uint ("provisional", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_MISSING] = g_param_spec_uint ("missing", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_DEFECTIVE] = g_param_spec_uint ("defective", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_LATE] = g_param_spec_uint ("late", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_OBJECTED] = g_param_spec_uint ("objected", NULL, NULL, 0, G_MAXUINT, 0, RO);
  /* "132 of 181 in due form" */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, RO);
#undef RO

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_credentials_progress_init (PlCredentialsProgress *self)
{
}

PlCredentialsProgress *
pl_credentials_progress_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_CREDENTIALS_PROGRESS, "session", session, NULL);
}

/**
 * pl_credentials_progress_get_session:
 *
 * Returns: (transfer none): the session counted
 */
PlSession *
pl_credentials_progress_get_session (PlCredentialsProgress *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_PROGRESS (self), NULL);

  return self->session;
}

guint
pl_credentials_progress_get_total (PlCredentialsProgress *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_PROGRESS (self), 0);

  flush (self);
  return self->total;
}

guint
pl_credentials_progress_get_in_due_form (PlCredentialsProgress *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_PROGRESS (self), 0);

  flush (self);
  return in_due_form (self);
}

/**
 * pl_credentials_progress_get_count:
 *
 * Returns: how many delegations have exactly @status (in due form here
 *   excludes the late ones, unlike pl_credentials_progress_get_in_due_form())
 */
guint
pl_credentials_progress_get_count (PlCredentialsProgress *self,
                                   PlCredentialsStatus    status)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_PROGRESS (self), 0);
  g_return_val_if_fail (status < PL_CREDENTIALS_N_STATUSES, 0);

  flush (self);
  return self->counts[status];
}

/**
 * pl_credentials_progress_dup_label:
 *
 * Returns: (transfer full): "132 of 181 in due form"
 */
char *
pl_credentials_progress_dup_label (PlCredentialsProgress *self)
{
  g_return_val_if_fail (PL_IS_CREDENTIALS_PROGRESS (self), NULL);

  flush (self);
  /* Translators: the first number is of States with credentials in due
   * form, the second of States parties (plural follows the second) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u in due form", "%u of %u in due form", self->total),
                          in_due_form (self), self->total);
}

/**
 * pl_credentials_progress_update:
 *
 * Recounts now if anything changed since the last count (the idle would
 * do it later), notifying the counts that changed.
 */
void
pl_credentials_progress_update (PlCredentialsProgress *self)
{
  g_return_if_fail (PL_IS_CREDENTIALS_PROGRESS (self));

  flush (self);
}
