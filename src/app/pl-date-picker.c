/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-calendar.h"
#include "pl-date-picker.h"

/**
 * PlDatePicker:
 *
 * The button beside a date or time field that opens a calendar (and hour
 * and minute for times) and writes what is chosen into its target
 * editable as ISO text. #PlDateEntry puts it beside its entry; the
 * settings' entry rows take it as a suffix.
 *
 * #PlDatePicker::picked is emitted when the picker closes after it changed
 * the text: one commit of what was picked, never one per click on the
 * calendar or the spin buttons.
 */
struct _PlDatePicker
{
  GtkWidget        parent_instance;

  PlDateEntryMode  mode;
  char            *label;
  char            *default_date;
  GtkEditable     *target;          /* weak */
  GtkEventController *shortcut;     /* Alt+Down on the target, owned by it */
  GBinding        *editable;        /* the target's editable → our sensitive */
  char            *text_at_open;    /* the target's text when the picker opened */
  gboolean         syncing;         /* the picker follows the text */

  GtkWidget       *button;
  GtkCalendar     *calendar;
  GtkWidget       *time_box;
  GtkSpinButton   *hour_spin;
  GtkSpinButton   *minute_spin;
};

G_DEFINE_FINAL_TYPE (PlDatePicker, pl_date_picker, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (PlDateEntryMode, pl_date_entry_mode,
                    G_DEFINE_ENUM_VALUE (PL_DATE_ENTRY_DATE, "date"),
                    G_DEFINE_ENUM_VALUE (PL_DATE_ENTRY_TIME, "time"),
                    G_DEFINE_ENUM_VALUE (PL_DATE_ENTRY_DATE_TIME, "date-time"))

enum {
  PROP_0,
  PROP_MODE,
  PROP_LABEL,
  PROP_DEFAULT_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* g_set_str() is GLib 2.76. */
static gboolean
set_str (char       **field,
         const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/**
 * pl_date_picker_parse:
 * @date: (out): set when @mode has a date and @text is not empty
 * @minutes: (out): set when @mode has a time and @text is not empty
 *
 * Splits "YYYY-MM-DD HH:MM" (or with a T, as ISO writes it) and checks
 * each part with the rules' own parsers, so that a field accepts what the
 * pages accept. An empty text is valid: the fields are optional, or the
 * page says what an empty one means.
 *
 * Returns: whether @text is a @mode value
 */
gboolean
pl_date_picker_parse (PlDateEntryMode   mode,
                      const char       *text,
                      GDate            *date,
                      int              *minutes,
                      GError          **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = NULL;

  if (*stripped == '\0')
    return TRUE;

  switch (mode)
    {
    case PL_DATE_ENTRY_DATE:
      return pl_calendar_parse_date (stripped, date, error);

    case PL_DATE_ENTRY_TIME:
      return pl_calendar_parse_time (stripped, minutes, error);

    case PL_DATE_ENTRY_DATE_TIME:
    default:
      g_strdelimit (stripped, "T", ' ');
      parts = g_strsplit (stripped, " ", 2);
      if (g_strv_length (parts) != 2)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a date and a time, such as 2020-09-21 18:00"), text);
          return FALSE;
        }
      return pl_calendar_parse_date (parts[0], date, error)
          && pl_calendar_parse_time (g_strstrip (parts[1]), minutes, error);
    }
}

/**
 * pl_date_picker_format_hint:
 *
 * Returns: what a @mode value looks like, for a tooltip
 */
const char *
pl_date_picker_format_hint (PlDateEntryMode mode)
{
  switch (mode)
    {
    case PL_DATE_ENTRY_DATE:
      return _("A day, such as 2020-09-21");
    case PL_DATE_ENTRY_TIME:
      return _("A time, such as 10:00");
    case PL_DATE_ENTRY_DATE_TIME:
    default:
      return _("A day and a time, such as 2020-09-21 18:00");
    }
}

static const char *
target_text (PlDatePicker *self)
{
  return self->target ? gtk_editable_get_text (self->target) : "";
}

/* What the picker shows when it opens: the typed value, else the
 * session's first day (the date a clerk most likely wants), else today. */
static void
sync_picker (PlDatePicker *self)
{
  GDate date;
  int minutes = -1;
  g_autoptr(GDateTime) day = NULL;

  g_date_clear (&date, 1);
  if (!pl_date_picker_parse (self->mode, target_text (self), &date, &minutes, NULL))
    {
      g_date_clear (&date, 1);
      minutes = -1;
    }
  if (!g_date_valid (&date) && self->default_date != NULL)
    pl_calendar_parse_date (self->default_date, &date, NULL);

  if (g_date_valid (&date))
    day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  else
    day = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  if (minutes >= 0)
    {
      gtk_spin_button_set_value (self->hour_spin, minutes / 60);
      gtk_spin_button_set_value (self->minute_spin, minutes % 60);
    }
  self->syncing = FALSE;
}

static char *
picked_text (PlDatePicker *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *time = g_strdup_printf ("%02d:%02d", gtk_spin_button_get_value_as_int (self->hour_spin),
                                           gtk_spin_button_get_value_as_int (self->minute_spin));

  switch (self->mode)
    {
    case PL_DATE_ENTRY_DATE:
      return g_steal_pointer (&date);
    case PL_DATE_ENTRY_TIME:
      return g_steal_pointer (&time);
    case PL_DATE_ENTRY_DATE_TIME:
    default:
      return g_strdup_printf ("%s %s", date, time);
    }
}

static void
on_picker_changed_cb (PlDatePicker *self)
{
  g_autofree char *text = NULL;

  if (self->syncing || self->target == NULL || !gtk_editable_get_editable (self->target))
    return;
  text = picked_text (self);
  gtk_editable_set_text (self->target, text);
}

static void
on_popover_show_cb (PlDatePicker *self)
{
  g_free (self->text_at_open);
  self->text_at_open = g_strdup (target_text (self));
  sync_picker (self);
}

/* Closing the picker commits what it changed, as Enter does. */
static void
on_popover_closed_cb (PlDatePicker *self)
{
  g_autofree char *before = g_steal_pointer (&self->text_at_open);

  if (g_strcmp0 (before, target_text (self)) != 0)
    g_signal_emit (self, signals[SIGNAL_PICKED], 0);
}

/* Two digits, as times are written: 09:05, not 9:5. */
static gboolean
on_spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
update_names (PlDatePicker *self)
{
  g_autofree char *name = NULL;
  const char *tooltip;

  gtk_widget_set_visible (GTK_WIDGET (self->calendar), self->mode != PL_DATE_ENTRY_TIME);
  gtk_widget_set_visible (self->time_box, self->mode != PL_DATE_ENTRY_DATE);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button),
                                 self->mode == PL_DATE_ENTRY_TIME ? "preferences-system-time-symbolic"
                                                                  : "x-office-calendar-symbolic");

  tooltip = self->mode == PL_DATE_ENTRY_TIME ? _("Choose a time") : _("Choose in a calendar");
  gtk_widget_set_tooltip_text (self->button, self->mode == PL_DATE_ENTRY_TIME ? _("Choose a time (Alt+Down)")
                                                                              : _("Choose in a calendar (Alt+Down)"));
  if (self->label != NULL)
    {
      /* Translators: the name of the button beside a date field, e.g.
       * "Date of nomination: Choose in a calendar" */
      name = g_strdup_printf (_("%s: %s"), self->label, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar), GTK_ACCESSIBLE_PROPERTY_LABEL, self->label, -1);
    }
  /* GTK 4.8: the menu button's own toggle button is what assistive
   * technologies activate, so the name goes there. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (self->button)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name ? name : tooltip, -1);
}

static void
pl_date_picker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PlDatePicker *self = PL_DATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_DEFAULT_DATE:
      g_value_set_string (value, self->default_date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_date_picker_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PlDatePicker *self = PL_DATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      pl_date_picker_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_LABEL:
      pl_date_picker_set_label (self, g_value_get_string (value));
      break;
    case PROP_DEFAULT_DATE:
      pl_date_picker_set_default_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_date_picker_dispose (GObject *object)
{
  PlDatePicker *self = PL_DATE_PICKER (object);
  GtkWidget *child;

  pl_date_picker_set_target (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pl_date_picker_parent_class)->dispose (object);
}

static void
pl_date_picker_finalize (GObject *object)
{
  PlDatePicker *self = PL_DATE_PICKER (object);

  g_free (self->label);
  g_free (self->default_date);
  g_free (self->text_at_open);

  G_OBJECT_CLASS (pl_date_picker_parent_class)->finalize (object);
}

static gboolean
pl_date_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (PL_DATE_PICKER (widget)->button);
}

static void
pl_date_picker_class_init (PlDatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = pl_date_picker_get_property;
  object_class->set_property = pl_date_picker_set_property;
  object_class->dispose = pl_date_picker_dispose;
  object_class->finalize = pl_date_picker_finalize;
  widget_class->grab_focus = pl_date_picker_grab_focus;

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

  /**
   * PlDatePicker::picked:
   *
   * The picker closed after it changed its target's text.
   */
  signals[SIGNAL_PICKED] =
    g_signal_new ("picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-date-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDatePicker, button);
  gtk_widget_class_bind_template_child (widget_class, PlDatePicker, calendar);
  gtk_widget_class_bind_template_child (widget_class, PlDatePicker, time_box);
  gtk_widget_class_bind_template_child (widget_class, PlDatePicker, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, PlDatePicker, minute_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
}

static void
pl_date_picker_init (PlDatePicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Out of the Tab chain: Alt+Down in the field opens it. */
  gtk_widget_set_focusable (gtk_widget_get_first_child (self->button), FALSE);
  gtk_spin_button_set_value (self->hour_spin, 10);
  update_names (self);
}

/**
 * pl_date_picker_new:
 * @target: (nullable): the field it writes into
 */
GtkWidget *
pl_date_picker_new (PlDateEntryMode  mode,
                    GtkEditable     *target)
{
  PlDatePicker *self = g_object_new (PL_TYPE_DATE_PICKER, "mode", mode, NULL);

  pl_date_picker_set_target (self, target);
  return GTK_WIDGET (self);
}

PlDateEntryMode
pl_date_picker_get_mode (PlDatePicker *self)
{
  g_return_val_if_fail (PL_IS_DATE_PICKER (self), PL_DATE_ENTRY_DATE);

  return self->mode;
}

void
pl_date_picker_set_mode (PlDatePicker    *self,
                         PlDateEntryMode  mode)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  update_names (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

const char *
pl_date_picker_get_label (PlDatePicker *self)
{
  g_return_val_if_fail (PL_IS_DATE_PICKER (self), NULL);

  return self->label;
}

/**
 * pl_date_picker_set_label:
 * @label: (nullable): what the field holds, e.g. "Date of nomination"
 *
 * Names the button for assistive technologies.
 */
void
pl_date_picker_set_label (PlDatePicker *self,
                          const char   *label)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  if (set_str (&self->label, label))
    {
      update_names (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
    }
}

const char *
pl_date_picker_get_default_date (PlDatePicker *self)
{
  g_return_val_if_fail (PL_IS_DATE_PICKER (self), NULL);

  return self->default_date;
}

/**
 * pl_date_picker_set_default_date:
 * @date: (nullable): a day, `YYYY-MM-DD`
 *
 * The day the calendar shows when the field is empty.
 */
void
pl_date_picker_set_default_date (PlDatePicker *self,
                                 const char   *date)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  if (set_str (&self->default_date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_DATE]);
}

/**
 * pl_date_picker_set_default_from_session:
 *
 * Defaults the calendar to the session's first day, when the session's
 * settings give its dates.
 */
void
pl_date_picker_set_default_from_session (PlDatePicker *self,
                                         PlSession    *session)
{
  GDate start, end;
  g_autofree char *text = NULL;

  g_return_if_fail (PL_IS_DATE_PICKER (self));

  if (session != NULL && pl_calendar_get_dates (session, &start, &end, NULL))
    text = pl_calendar_format_date (&start);
  pl_date_picker_set_default_date (self, text);
}

/**
 * pl_date_picker_get_target:
 *
 * Returns: (transfer none) (nullable): the field the picker writes into
 */
GtkEditable *
pl_date_picker_get_target (PlDatePicker *self)
{
  g_return_val_if_fail (PL_IS_DATE_PICKER (self), NULL);

  return self->target;
}

static gboolean
on_open_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  PlDatePicker *self = PL_DATE_PICKER (data);

  if (!gtk_widget_is_sensitive (GTK_WIDGET (self)))
    return FALSE;
  pl_date_picker_open (self);
  return TRUE;
}

/**
 * pl_date_picker_set_target:
 * @target: (nullable): the field the picker writes into
 *
 * Alt+Down in @target opens the picker, as in a combo box: the button
 * itself is no stop of the Tab chain, so that a form typed field after
 * field keeps its order. The picker is sensitive while @target is
 * editable: a read-only page (PlPage) turns its editables off, and so
 * their pickers.
 */
void
pl_date_picker_set_target (PlDatePicker *self,
                           GtkEditable  *target)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  if (self->target == target)
    return;
  g_clear_pointer (&self->editable, g_binding_unbind);
  if (self->target != NULL)
    {
      if (self->shortcut != NULL)
        gtk_widget_remove_controller (GTK_WIDGET (self->target), self->shortcut);
      g_object_remove_weak_pointer (G_OBJECT (self->target), (gpointer *) &self->target);
    }
  self->shortcut = NULL;
  self->target = target;
  if (self->target != NULL)
    {
      GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK);
      GtkShortcutAction *action = gtk_callback_action_new (on_open_shortcut_cb, self, NULL);

      g_object_add_weak_pointer (G_OBJECT (self->target), (gpointer *) &self->target);
      self->shortcut = gtk_shortcut_controller_new ();
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (self->shortcut),
                                            gtk_shortcut_new (trigger, action));
      gtk_widget_add_controller (GTK_WIDGET (self->target), self->shortcut);
      self->editable = g_object_bind_property (self->target, "editable", self, "sensitive", G_BINDING_SYNC_CREATE);
      /* Gone with the target, if it goes first. */
      g_object_add_weak_pointer (G_OBJECT (self->editable), (gpointer *) &self->editable);
    }
}

/**
 * pl_date_picker_get_button:
 *
 * Returns: (transfer none): the button that opens the picker
 */
GtkWidget *
pl_date_picker_get_button (PlDatePicker *self)
{
  g_return_val_if_fail (PL_IS_DATE_PICKER (self), NULL);

  return self->button;
}

gboolean
pl_date_picker_is_open (PlDatePicker *self)
{
  GtkPopover *popover;

  g_return_val_if_fail (PL_IS_DATE_PICKER (self), FALSE);

  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->button));
  return popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));
}

void
pl_date_picker_open (PlDatePicker *self)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}

void
pl_date_picker_close (PlDatePicker *self)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));

  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
}

/**
 * pl_date_picker_pick_date:
 *
 * Chooses @date in the calendar, as a click on its day does.
 */
void
pl_date_picker_pick_date (PlDatePicker *self,
                          const GDate  *date)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (PL_IS_DATE_PICKER (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  day = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, day);
}

/**
 * pl_date_picker_pick_time:
 * @minutes: after midnight
 *
 * Sets the hour and minute, as the spin buttons do.
 */
void
pl_date_picker_pick_time (PlDatePicker *self,
                          int           minutes)
{
  g_return_if_fail (PL_IS_DATE_PICKER (self));
  g_return_if_fail (minutes >= 0 && minutes < 24 * 60);

  gtk_spin_button_set_value (self->hour_spin, minutes / 60);
  gtk_spin_button_set_value (self->minute_spin, minutes % 60);
}
