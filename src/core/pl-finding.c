/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-finding.h"

/**
 * PlFinding:
 *
 * One result of checking a session: a severity, a stable code
 * (`agenda.unknown-document`), the `_id` of the record concerned and a
 * message that says what to do. Immutable.
 */
struct _PlFinding
{
  GObject     parent_instance;

  PlSeverity  severity;
  char       *code;
  char       *subject;
  char       *message;
};

G_DEFINE_FINAL_TYPE (PlFinding, pl_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_SUBJECT,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_finding_finalize (GObject *object)
{
  PlFinding *self = PL_FINDING (object);

  g_free (self->code);
  g_free (self->subject);
  g_free (self->message);

  G_OBJECT_CLASS (pl_finding_parent_class)->finalize (object);
}

static void
pl_finding_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlFinding *self = PL_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_finding_class_init (PlFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_finding_finalize;
  object_class->get_property = pl_finding_get_property;

  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, PL_TYPE_SEVERITY, PL_SEVERITY_INFO,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_finding_init (PlFinding *self)
{
}

PlFinding *
pl_finding_new (PlSeverity  severity,
                const char *code,
                const char *subject,
                const char *message)
{
  PlFinding *self = g_object_new (PL_TYPE_FINDING, NULL);

  self->severity = severity;
  self->code = g_strdup (code);
  self->subject = g_strdup (subject);
  self->message = g_strdup (message);

  return self;
}

PlSeverity
pl_finding_get_severity (PlFinding *self)
{
  g_return_val_if_fail (PL_IS_FINDING (self), PL_SEVERITY_INFO);

  return self->severity;
}

const char *
pl_finding_get_code (PlFinding *self)
{
  g_return_val_if_fail (PL_IS_FINDING (self), NULL);

  return self->code;
}

const char *
pl_finding_get_subject (PlFinding *self)
{
  g_return_val_if_fail (PL_IS_FINDING (self), NULL);

  return self->subject;
}

const char *
pl_finding_get_message (PlFinding *self)
{
  g_return_val_if_fail (PL_IS_FINDING (self), NULL);

  return self->message;
}

/**
 * pl_finding_equal:
 *
 * A finding's identity is its code and its subject: the same code about
 * two records is two findings (two seats held by one State, two
 * delegations' credentials missing), and a message that changed with the
 * data is a new finding to show. The severity goes with the code but is
 * compared too, so that a check that changes it is not hidden.
 *
 * Returns: whether @a and @b say the same thing about the same record
 */
gboolean
pl_finding_equal (PlFinding *a,
                  PlFinding *b)
{
  g_return_val_if_fail (PL_IS_FINDING (a), FALSE);
  g_return_val_if_fail (PL_IS_FINDING (b), FALSE);

  return a->severity == b->severity
         && g_strcmp0 (a->code, b->code) == 0
         && g_strcmp0 (a->subject, b->subject) == 0
         && g_strcmp0 (a->message, b->message) == 0;
}

/**
 * pl_finding_store_replace:
 * @store: a #GListStore of #PlFinding
 * @findings: (element-type PlFinding): the findings it should hold, in order
 *
 * Replaces what @store holds by @findings unless they are already the same
 * (pl_finding_equal(), in order): a refresh that finds nothing new emits no
 * `items-changed`, so the rows that show them are not rebuilt under the
 * pointer at every keystroke.
 *
 * Returns: whether @store changed
 */
gboolean
pl_finding_store_replace (GListStore *store,
                          GPtrArray  *findings)
{
  guint n;
  gboolean same;

  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  same = n == findings->len;
  for (guint i = 0; same && i < n; i++)
    {
      g_autoptr(PlFinding) a = g_list_model_get_item (G_LIST_MODEL (store), i);

      same = pl_finding_equal (a, g_ptr_array_index (findings, i));
    }
  if (same)
    return FALSE;

  g_list_store_splice (store, 0, n, findings->pdata, findings->len);
  return TRUE;
}
