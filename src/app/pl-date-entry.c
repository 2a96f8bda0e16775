/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-date-entry.h"

/**
 * PlDateEntry:
 *
 * An entry for a date, a time or both, as ISO text, with a #PlDatePicker
 * beside it (a calendar, and hour and minute for times). Typing still
 * works: the text is checked as it is typed, and a wrong one is marked
 * with the error style and a tooltip that says what is wrong.
 *
 * The entry is a #GtkEditable that delegates to its inner entry, so the
 * pages read and set its text as they did an entry's.
 * #PlDateEntry::activate is emitted on Enter, #PlDateEntry::picked when
 * the picker closes after it changed the text: a form connects the first
 * (its Enter), a field edited in place both.
 */
struct _PlDateEntry
{
  GtkWidget     parent_instance;

  GtkEntry     *entry;
  PlDatePicker *picker;
};

static void pl_date_entry_editable_init (GtkEditableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PlDateEntry, pl_date_entry, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_EDITABLE, pl_date_entry_editable_init))

enum {
  PROP_0,
  PROP_MODE,
  PROP_LABEL,
  PROP_DEFAULT_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_ACTIVATE,
  SIGNAL_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
validate (PlDateEntry *self)
{
  g_autoptr(GError) error = NULL;
  PlDateEntryMode mode = pl_date_picker_get_mode (self->picker);
  GDate date;
  int minutes;
  gboolean valid;

  g_date_clear (&date, 1);
  valid = pl_date_picker_parse (mode, gtk_editable_get_text (GTK_EDITABLE (self->entry)), &date, &minutes, &error);
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), pl_date_picker_format_hint (mode));
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), error->message);
    }
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

static void
update_mode (PlDateEntry *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self->entry), pl_date_picker_get_mode (self->picker) == PL_DATE_ENTRY_DATE_TIME);
  switch (pl_date_picker_get_mode (self->picker))
    {
    case PL_DATE_ENTRY_DATE:
      gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 10);
      gtk_entry_set_placeholder_text (self->entry, _("YYYY-MM-DD"));
      break;
    case PL_DATE_ENTRY_TIME:
      gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 5);
      gtk_entry_set_placeholder_text (self->entry, _("HH:MM"));
      break;
    case PL_DATE_ENTRY_DATE_TIME:
    default:
      /* A form's field (a deadline's due time): as wide as the form. */
      gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 18);
      gtk_entry_set_placeholder_text (self->entry, _("YYYY-MM-DD HH:MM"));
      break;
    }
  validate (self);
}

static void
on_entry_activate_cb (PlDateEntry *self)
{
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
on_entry_changed_cb (PlDateEntry *self)
{
  validate (self);
}

static void
on_picked_cb (PlDateEntry *self)
{
  g_signal_emit (self, signals[SIGNAL_PICKED], 0);
}

/* GtkEditable, delegated to the inner entry */

static GtkEditable *
pl_date_entry_get_delegate (GtkEditable *editable)
{
  return GTK_EDITABLE (PL_DATE_ENTRY (editable)->entry);
}

static void
pl_date_entry_editable_init (GtkEditableInterface *iface)
{
  iface->get_delegate = pl_date_entry_get_delegate;
}

static gboolean
pl_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (PL_DATE_ENTRY (widget)->entry));
}

static void
pl_date_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PlDateEntry *self = PL_DATE_ENTRY (object);

  if (gtk_editable_delegate_get_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, pl_date_entry_get_mode (self));
      break;
    case PROP_LABEL:
      g_value_set_string (value, pl_date_entry_get_label (self));
      break;
    case PROP_DEFAULT_DATE:
      g_value_set_string (value, pl_date_entry_get_default_date (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_date_entry_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PlDateEntry *self = PL_DATE_ENTRY (object);

  if (gtk_editable_delegate_set_property (object, prop_id, value, pspec))
    return;

  switch (prop_id)
    {
    case PROP_MODE:
      pl_date_entry_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_LABEL:
      pl_date_entry_set_label (self, g_value_get_string (value));
      break;
    case PROP_DEFAULT_DATE:
      pl_date_entry_set_default_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_date_entry_dispose (GObject *object)
{
  PlDateEntry *self = PL_DATE_ENTRY (object);
  GtkWidget *child;

  if (self->entry != NULL)
    gtk_editable_finish_delegate (GTK_EDITABLE (self));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->entry = NULL;
  self->picker = NULL;

  G_OBJECT_CLASS (pl_date_entry_parent_class)->dispose (object);
}

static void
pl_date_entry_class_init (PlDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pl_date_entry_get_property;
  object_class->set_property = pl_date_entry_set_property;
  object_class->dispose = pl_date_entry_dispose;
  widget_class->grab_focus = pl_date_entry_grab_focus;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, PL_TYPE_DATE_ENTRY_MODE, PL_DATE_ENTRY_DATE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFAULT_DATE] =
    g_param_spec_string ("default-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_editable_install_properties (object_class, N_PROPS);

  /**
   * PlDateEntry::activate:
   *
   * Enter in the entry.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * PlDateEntry::picked:
   *
   * The picker closed after it changed the text.
   */
  signals[SIGNAL_PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (PL_TYPE_DATE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, PlDateEntry, picker);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picked_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_date_entry_init (PlDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_editable_init_delegate (GTK_EDITABLE (self));
  pl_date_picker_set_target (self->picker, GTK_EDITABLE (self->entry));
  update_mode (self);
}

GtkWidget *
pl_date_entry_new (PlDateEntryMode mode)
{
  return g_object_new (PL_TYPE_DATE_ENTRY, "mode", mode, NULL);
}

PlDateEntryMode
pl_date_entry_get_mode (PlDateEntry *self)
{
  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), PL_DATE_ENTRY_DATE);

  return pl_date_picker_get_mode (self->picker);
}

void
pl_date_entry_set_mode (PlDateEntry     *self,
                        PlDateEntryMode  mode)
{
  g_return_if_fail (PL_IS_DATE_ENTRY (self));

  if (pl_date_picker_get_mode (self->picker) == mode)
    return;
  pl_date_picker_set_mode (self->picker, mode);
  update_mode (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

const char *
pl_date_entry_get_label (PlDateEntry *self)
{
  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), NULL);

  return pl_date_picker_get_label (self->picker);
}

/**
 * pl_date_entry_set_label:
 * @label: (nullable): what the field holds, e.g. "Date of nomination"
 *
 * Names the entry and its picker button for assistive technologies.
 */
void
pl_date_entry_set_label (PlDateEntry *self,
                         const char  *label)
{
  g_return_if_fail (PL_IS_DATE_ENTRY (self));

  if (g_strcmp0 (label, pl_date_picker_get_label (self->picker)) == 0)
    return;
  pl_date_picker_set_label (self->picker, label);
  if (label != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
pl_date_entry_get_default_date (PlDateEntry *self)
{
  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), NULL);

  return pl_date_picker_get_default_date (self->picker);
}

/**
 * pl_date_entry_set_default_date:
 * @date: (nullable): a day, `YYYY-MM-DD`
 *
 * The day the calendar shows when the field is empty.
 */
void
pl_date_entry_set_default_date (PlDateEntry *self,
                                const char  *date)
{
  g_return_if_fail (PL_IS_DATE_ENTRY (self));

  if (g_strcmp0 (date, pl_date_picker_get_default_date (self->picker)) == 0)
    return;
  pl_date_picker_set_default_date (self->picker, date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_DATE]);
}

/**
 * pl_date_entry_set_default_from_session:
 *
 * Defaults the calendar to the session's first day.
 */
void
pl_date_entry_set_default_from_session (PlDateEntry *self,
                                        PlSession   *session)
{
  g_return_if_fail (PL_IS_DATE_ENTRY (self));

  pl_date_picker_set_default_from_session (self->picker, session);
}

gboolean
pl_date_entry_is_valid (PlDateEntry *self)
{
  GDate date;
  int minutes;

  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), FALSE);

  g_date_clear (&date, 1);
  return pl_date_picker_parse (pl_date_picker_get_mode (self->picker),
                               gtk_editable_get_text (GTK_EDITABLE (self->entry)), &date, &minutes, NULL);
}

/**
 * pl_date_entry_get_entry:
 *
 * Returns: (transfer none): the inner entry
 */
GtkEntry *
pl_date_entry_get_entry (PlDateEntry *self)
{
  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), NULL);

  return self->entry;
}

/**
 * pl_date_entry_get_picker:
 *
 * Returns: (transfer none): the picker beside the entry
 */
PlDatePicker *
pl_date_entry_get_picker (PlDateEntry *self)
{
  g_return_val_if_fail (PL_IS_DATE_ENTRY (self), NULL);

  return self->picker;
}
