/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-history.h"
#include "pl-session.h"

/*
 * PlHistory: the undo/redo stacks of a session. PlSession reports every
 * edit of its records here (a field set, a record added or removed); the
 * edits between pl_history_begin_group() and pl_history_end_group() undo
 * as one step ("Delete item 2" removes the item and its sub-items).
 *
 * Edits hold their records by reference: undoing a removal puts back the
 * same object, so views bound to it stay bound.
 */

typedef enum {
  EDIT_FIELD,
  EDIT_ADD,
  EDIT_REMOVE,
} EditKind;

typedef struct
{
  EditKind    kind;
  PlRecord   *record;
  GParamSpec *field;
  GValue      old_value;
  GValue      new_value;
  guint       position;   /* EDIT_REMOVE: where the record was in its store */
} Edit;

typedef struct
{
  char      *label;
  GPtrArray *edits;
} Group;

#define NO_SAVED_POINT G_MAXUINT

struct _PlHistory
{
  GObject    parent_instance;

  PlSession *session;   /* owns us; not a reference */
  GPtrArray *undo;      /* of Group, oldest first */
  GPtrArray *redo;      /* of Group, the next to redo last */
  Group     *open;      /* the group being built, or NULL */
  guint      depth;     /* begin_group nesting */
  guint      saved;     /* undo->len at the saved point */
  guint      replaying : 1;
  guint      recording : 1;
};

G_DEFINE_FINAL_TYPE (PlHistory, pl_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_clear_object (&edit->record);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_free (edit);
}

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_ptr_array_unref (group->edits);
  g_free (group);
}

static Group *
group_new (const char *label)
{
  Group *group = g_new0 (Group, 1);

  group->label = g_strdup (label);
  group->edits = g_ptr_array_new_with_free_func (edit_free);

  return group;
}

typedef struct
{
  gboolean can_undo;
  gboolean can_redo;
  gboolean modified;
  const char *undo_label;
  const char *redo_label;
} State;

static void
snapshot (PlHistory *self,
          State     *state)
{
  state->can_undo = pl_history_get_can_undo (self);
  state->can_redo = pl_history_get_can_redo (self);
  state->modified = pl_history_get_modified (self);
  state->undo_label = pl_history_get_undo_label (self);
  state->redo_label = pl_history_get_redo_label (self);
}

/* Notify exactly the properties that changed since @before. */
static void
notify_changes (PlHistory   *self,
                const State *before)
{
  State after;

  snapshot (self, &after);

  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before->undo_label != after.undo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_label != after.redo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static void
push_group (PlHistory *self,
            Group     *group)
{
  State before;

  snapshot (self, &before);

  /* A new edit after undoing forks history: what was undone is gone, and
   * so is a saved point that lay among it. */
  if (self->redo->len > 0)
    {
      if (self->saved != NO_SAVED_POINT && self->saved > self->undo->len)
        self->saved = NO_SAVED_POINT;
      g_ptr_array_set_size (self->redo, 0);
    }

  g_ptr_array_add (self->undo, group);
  notify_changes (self, &before);
}

static void
add_edit (PlHistory *self,
          Edit      *edit)
{
  if (self->open != NULL)
    {
      g_ptr_array_add (self->open->edits, edit);
    }
  else
    {
      Group *group = group_new (NULL);

      g_ptr_array_add (group->edits, edit);
      push_group (self, group);
    }
}

static gboolean
should_record (PlHistory *self)
{
  return self->recording && !self->replaying;
}

static void
apply_edit (PlHistory *self,
            Edit      *edit,
            gboolean   undo)
{
  switch (edit->kind)
    {
    case EDIT_FIELD:
      pl_record_set_field (edit->record, edit->field,
                           undo ? &edit->old_value : &edit->new_value);
      break;

    case EDIT_ADD:
      if (undo)
        pl_session_remove_record (self->session, edit->record);
      else
        pl_session_add_record (self->session, edit->record);
      break;

    case EDIT_REMOVE:
      if (undo)
        pl_session_insert_record (self->session, edit->record, edit->position);
      else
        pl_session_remove_record (self->session, edit->record);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
pl_history_finalize (GObject *object)
{
  PlHistory *self = PL_HISTORY (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->open, group_free);

  G_OBJECT_CLASS (pl_history_parent_class)->finalize (object);
}

static void
pl_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PlHistory *self = PL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pl_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, pl_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, pl_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, pl_history_get_redo_label (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, pl_history_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_history_class_init (PlHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_history_finalize;
  object_class->get_property = pl_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PlHistory:modified:
   *
   * Whether the session differs from its saved point: undoing back to the
   * point of the last save makes it %FALSE again.
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_history_init (PlHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (group_free);
  self->redo = g_ptr_array_new_with_free_func (group_free);
  self->recording = TRUE;
}

PlHistory *
pl_history_new (PlSession *session)
{
  PlHistory *self = g_object_new (PL_TYPE_HISTORY, NULL);

  self->session = session;

  return self;
}

gboolean
pl_history_get_can_undo (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);

  return self->undo->len > 0;
}

gboolean
pl_history_get_can_redo (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);

  return self->redo->len > 0;
}

/**
 * pl_history_get_undo_label:
 *
 * Returns: (nullable): the label of the step Undo would take back, as given
 *   to pl_history_begin_group()
 */
const char *
pl_history_get_undo_label (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
pl_history_get_redo_label (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;
  return ((Group *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

gboolean
pl_history_get_modified (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);

  return self->saved != self->undo->len;
}

/**
 * pl_history_begin_group:
 * @label: (nullable): what the step does, for the Undo menu item
 *
 * Starts a group of edits that undo and redo together. Groups nest; the
 * outermost label wins.
 */
void
pl_history_begin_group (PlHistory  *self,
                        const char *label)
{
  g_return_if_fail (PL_IS_HISTORY (self));

  if (self->depth++ == 0)
    self->open = group_new (label);
}

void
pl_history_end_group (PlHistory *self)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth == 0)
    {
      Group *group = g_steal_pointer (&self->open);

      if (group->edits->len > 0)
        push_group (self, group);
      else
        group_free (group);
    }
}

gboolean
pl_history_undo (PlHistory *self)
{
  Group *group;
  State before;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  snapshot (self, &before);

  group = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  self->replaying = TRUE;
  for (guint i = group->edits->len; i > 0; i--)
    apply_edit (self, g_ptr_array_index (group->edits, i - 1), TRUE);
  self->replaying = FALSE;
  g_ptr_array_add (self->redo, group);

  notify_changes (self, &before);

  return TRUE;
}

gboolean
pl_history_redo (PlHistory *self)
{
  Group *group;
  State before;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  snapshot (self, &before);

  group = g_ptr_array_steal_index (self->redo, self->redo->len - 1);
  self->replaying = TRUE;
  for (guint i = 0; i < group->edits->len; i++)
    apply_edit (self, g_ptr_array_index (group->edits, i), FALSE);
  self->replaying = FALSE;
  g_ptr_array_add (self->undo, group);

  notify_changes (self, &before);

  return TRUE;
}

/* The session now equals what is on disk. */
void
pl_history_mark_saved (PlHistory *self)
{
  State before;

  g_return_if_fail (PL_IS_HISTORY (self));

  snapshot (self, &before);
  self->saved = self->undo->len;
  notify_changes (self, &before);
}

void
pl_history_clear (PlHistory *self)
{
  State before;

  g_return_if_fail (PL_IS_HISTORY (self));

  snapshot (self, &before);
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->saved = 0;
  notify_changes (self, &before);
}

/* Edits made while not recording (a file being loaded, changes pulled from
 * the server) are not the user's to undo. */
void
pl_history_set_recording (PlHistory *self,
                          gboolean   recording)
{
  g_return_if_fail (PL_IS_HISTORY (self));

  self->recording = !!recording;
}

void
pl_history_record_field (PlHistory    *self,
                         PlRecord     *record,
                         GParamSpec   *field,
                         const GValue *old_value)
{
  Edit *edit;

  g_return_if_fail (PL_IS_HISTORY (self));

  if (!should_record (self))
    return;

  /* Typing in one field inside one group is one edit: keep the oldest old
   * value and refresh the new one. */
  if (self->open != NULL && self->open->edits->len > 0)
    {
      Edit *last = g_ptr_array_index (self->open->edits, self->open->edits->len - 1);

      if (last->kind == EDIT_FIELD && last->record == record && last->field == field)
        {
          g_value_unset (&last->new_value);
          g_value_init (&last->new_value, field->value_type);
          g_value_copy (pl_record_get_field (record, field), &last->new_value);
          return;
        }
    }

  edit = g_new0 (Edit, 1);
  edit->kind = EDIT_FIELD;
  edit->record = g_object_ref (record);
  edit->field = field;
  g_value_init (&edit->old_value, field->value_type);
  g_value_copy (old_value, &edit->old_value);
  g_value_init (&edit->new_value, field->value_type);
  g_value_copy (pl_record_get_field (record, field), &edit->new_value);

  add_edit (self, edit);
}

static void
record_membership (PlHistory *self,
                   PlRecord  *record,
                   EditKind   kind,
                   guint      position)
{
  Edit *edit;

  if (!should_record (self))
    return;

  edit = g_new0 (Edit, 1);
  edit->kind = kind;
  edit->record = g_object_ref (record);
  edit->position = position;

  add_edit (self, edit);
}

void
pl_history_record_add (PlHistory *self,
                       PlRecord  *record)
{
  g_return_if_fail (PL_IS_HISTORY (self));

  record_membership (self, record, EDIT_ADD, 0);
}

void
pl_history_record_remove (PlHistory *self,
                          PlRecord  *record,
                          guint      position)
{
  g_return_if_fail (PL_IS_HISTORY (self));

  record_membership (self, record, EDIT_REMOVE, position);
}
