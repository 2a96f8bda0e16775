/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-calendar.h"
#include "pl-compat.h"
#include "pl-date-entry.h"
#include "pl-deadlines-page.h"
#include "pl-deadlines.h"
#include "pl-page.h"
#include "pl-schedule.h"

/**
 * PlDeadlinesPage:
 *
 * The deadlines of the session (RULES.md, "Deadlines the document states
 * or implies"): those computed from the rules and the session's dates,
 * each with its rule; those set by hand over a rule (the extended Bureau's
 * exceptional date for draft resolutions, decision 6/3), marked, with a
 * way back to the rule; and those added by hand. Each is shown in the
 * session's time zone, where the deadline is binding, and in the user's,
 * where the secretariat may be working from.
 *
 * A page of its own rather than a section of the Organization of work:
 * the deadlines run weeks before the session's days and concern other
 * people (delegations, the Bureau), and the Overview links each one here.
 */
struct _PlDeadlinesPage
{
  PlPage          parent_instance;

  GHashTable     *rows;       /* deadline _id -> row (borrowed) */

  GtkLabel       *zones_label;
  GtkLabel       *status_label;
  GtkMenuButton  *add_button;
  GtkPopover     *add_popover;
  GtkEntry       *add_title;
  GtkLabel       *add_due_label;
  PlDateEntry    *add_due;
  GtkEntry       *add_rule;
  GtkStack       *stack;
  GtkListBox     *deadlines_list;
};

G_DEFINE_FINAL_TYPE (PlDeadlinesPage, pl_deadlines_page, PL_TYPE_PAGE)

static void
report_error (PlDeadlinesPage *self,
              const char      *heading,
              GError          *error)
{
  pl_compat_show_message (pl_page_get_window (PL_PAGE (self)), heading, error->message);
}

static const char *
zone_name (GTimeZone *zone)
{
  const char *id = g_time_zone_get_identifier (zone);

  return id != NULL && *id != '\0' ? id : "UTC";
}

/**
 * pl_deadlines_page_format_due:
 *
 * Returns: (transfer full): when @deadline is due, in the session's time
 *   zone and, when it differs, in the user's
 */
char *
pl_deadlines_page_format_due (PlSession  *session,
                              PlDeadline *deadline)
{
  g_autoptr(GDateTime) due = pl_deadlines_get_due (deadline, NULL);
  g_autoptr(GTimeZone) zone = pl_calendar_get_time_zone (session, NULL);
  g_autoptr(GTimeZone) local_zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) in_session = NULL;
  g_autoptr(GDateTime) in_local = NULL;
  g_autofree char *session_text = NULL;
  g_autofree char *local_text = NULL;
  g_autofree char *local_abbrev = NULL;

  if (due == NULL)
    /* Translators: %s is the deadline's `due` as written in the file */
    return g_strdup_printf (_("Unreadable date “%s”"), pl_deadline_get_due (deadline));

  in_session = zone ? g_date_time_to_timezone (due, zone) : g_date_time_ref (due);
  in_local = g_date_time_to_timezone (due, local_zone);
  /* Translators: date and time of a deadline, see g_date_time_format() */
  session_text = g_date_time_format (in_session, _("%a %-d %b %Y, %H:%M"));
  local_text = g_date_time_format (in_local, _("%a %-d %b %Y, %H:%M"));

  if (zone == NULL)
    /* Translators: a deadline's time when the session has no time zone */
    return g_strdup_printf (_("%s (no session time zone)"), local_text);

  if (g_strcmp0 (session_text, local_text) == 0
      && g_date_time_get_utc_offset (in_session) == g_date_time_get_utc_offset (in_local))
    /* Translators: a deadline's time, then the session's time zone, which
     * is also the user's */
    return g_strdup_printf (_("%s %s"), session_text, zone_name (zone));

  local_abbrev = g_date_time_format (in_local, "%Z");
  /* Translators: a deadline's time in the session's time zone (named
   * second), then in the user's (its abbreviation last) */
  return g_strdup_printf (_("%s %s — your time: %s %s"), session_text, zone_name (zone),
                          local_text, local_abbrev);
}

/**
 * pl_deadlines_page_describe_origin:
 *
 * Returns: (transfer full): the deadline's rule and where its date comes
 *   from, "rule 18, para. 1 · Computed from the rule"
 */
char *
pl_deadlines_page_describe_origin (PlDeadline *deadline)
{
  const char *rule = pl_deadline_get_rule (deadline);
  const char *basis = pl_deadline_get_basis (deadline);
  const char *origin;

  if (pl_deadline_get_origin (deadline) == PL_DEADLINE_ORIGIN_COMPUTED)
    origin = _("Computed from the rule");
  else if (basis != NULL && *basis != '\0')
    origin = _("Set by hand over the rule");
  else
    origin = _("Added by hand");

  if (rule == NULL || *rule == '\0')
    return g_strdup (origin);

  /* Translators: a deadline's rule, then where its date comes from */
  return g_strdup_printf (_("%s · %s"), rule, origin);
}

/* "YYYY-MM-DD HH:MM" (or with a T), in the session's time zone */
static GDateTime *
parse_due (PlDeadlinesPage  *self,
           const char       *text,
           GError          **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  GDate date;
  int minutes;

  if ((zone = pl_calendar_get_time_zone (pl_page_get_session (PL_PAGE (self)), error)) == NULL)
    return NULL;

  g_strdelimit (stripped, "T", ' ');
  parts = g_strsplit (stripped, " ", 2);
  if (g_strv_length (parts) != 2)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
                   _("“%s” is not a date and a time, such as 2020-09-21 18:00"), text);
      return NULL;
    }

  if (!pl_calendar_parse_date (parts[0], &date, error)
      || !pl_calendar_parse_time (g_strstrip (parts[1]), &minutes, error))
    return NULL;

  return pl_calendar_local (zone, &date, minutes);
}

/* Rows */

static void
on_set_due_activate_cb (GtkWidget       *widget,
                        PlDeadlinesPage *self)
{
  PlRecord *record = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_object_get_data (G_OBJECT (widget), "deadline-id"));
  GtkEditable *entry = g_object_get_data (G_OBJECT (widget), "due-entry");
  GtkPopover *popover = g_object_get_data (G_OBJECT (widget), "popover");
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;

  if (!PL_IS_DEADLINE (record))
    return;

  if ((due = parse_due (self, gtk_editable_get_text (entry), &error)) == NULL)
    {
      report_error (self, _("Could Not Set the Deadline"), error);
      return;
    }

  gtk_popover_popdown (popover);
  pl_deadlines_override (pl_page_get_session (PL_PAGE (self)), PL_DEADLINE (record), due, NULL);
}

static void
on_revert_clicked_cb (GtkButton       *button,
                      PlDeadlinesPage *self)
{
  PlRecord *record = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_object_get_data (G_OBJECT (button), "deadline-id"));
  g_autoptr(GError) error = NULL;

  if (PL_IS_DEADLINE (record) && !pl_deadlines_revert (pl_page_get_session (PL_PAGE (self)), PL_DEADLINE (record), &error))
    report_error (self, _("Could Not Compute the Deadline"), error);
}

static void
on_delete_clicked_cb (GtkButton       *button,
                      PlDeadlinesPage *self)
{
  PlRecord *record = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_object_get_data (G_OBJECT (button), "deadline-id"));

  if (PL_IS_DEADLINE (record))
    pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), record);
}

static GtkWidget *
row_button_new (const char      *icon_name,
                const char      *label,
                const char      *accessible_name,
                const char      *deadline_id)
{
  GtkWidget *button = icon_name ? gtk_button_new_from_icon_name (icon_name) : gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  g_object_set_data_full (G_OBJECT (button), "deadline-id", g_strdup (deadline_id), g_free);

  return button;
}

static GtkWidget *
set_due_button_new (PlDeadlinesPage *self,
                    PlDeadline      *deadline)
{
  const char *id = pl_record_get_id (PL_RECORD (deadline));
  const char *title = pl_deadline_get_title (deadline);
  g_autoptr(GDateTime) due = pl_deadlines_get_due (deadline, NULL);
  g_autoptr(GTimeZone) zone = pl_calendar_get_time_zone (pl_page_get_session (PL_PAGE (self)), NULL);
  g_autofree char *current = NULL;
  g_autofree char *name = NULL;
  g_autofree char *hint = NULL;
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *label, *entry, *set;

  if (due != NULL && zone != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (due, zone);

      current = g_date_time_format (local, "%Y-%m-%d %H:%M");
    }

  /* Translators: %s is a deadline's title */
  name = g_strdup_printf (_("Set Date of “%s”"), title ? title : id);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-edit-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Set the date by hand"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  /* Translators: %s is the session's time zone, "Europe/Vienna" */
  hint = g_strdup_printf (_("_Date and time in %s"), zone ? zone_name (zone) : "UTC");
  label = gtk_label_new_with_mnemonic (hint);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), current ? current : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "2020-09-21 18:00");
  gtk_widget_add_css_class (entry, "numeric");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  set = gtk_button_new_with_label (_("Set by Hand"));
  gtk_widget_add_css_class (set, "suggested-action");
  gtk_widget_set_halign (set, GTK_ALIGN_END);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *w = i == 0 ? entry : set;

      g_object_set_data_full (G_OBJECT (w), "deadline-id", g_strdup (id), g_free);
      g_object_set_data (G_OBJECT (w), "due-entry", entry);
      g_object_set_data (G_OBJECT (w), "popover", popover);
      g_signal_connect (w, i == 0 ? "activate" : "clicked", G_CALLBACK (on_set_due_activate_cb), self);
    }

  gtk_widget_add_css_class (box, "due-form");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), set);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);

  return button;
}

static GtkWidget *
deadline_row_new (PlDeadlinesPage *self,
                  PlDeadline      *deadline)
{
  const char *id = pl_record_get_id (PL_RECORD (deadline));
  const char *title = pl_deadline_get_title (deadline);
  const char *basis = pl_deadline_get_basis (deadline);
  gboolean manual = pl_deadline_get_origin (deadline) == PL_DEADLINE_ORIGIN_MANUAL;
  gboolean has_rule = basis != NULL && *basis != '\0';
  g_autofree char *due = pl_deadlines_page_format_due (pl_page_get_session (PL_PAGE (self)), deadline);
  g_autofree char *origin = pl_deadlines_page_describe_origin (deadline);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", due, origin);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title && *title ? title : id);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (pl_deadline_get_note (deadline) != NULL && *pl_deadline_get_note (deadline) != '\0')
    gtk_widget_set_tooltip_text (row, pl_deadline_get_note (deadline));

  if (manual && has_rule)
    {
      GtkWidget *tag = gtk_label_new (_("Set by hand"));
      g_autofree char *revert_name = NULL;
      GtkWidget *revert;

      gtk_widget_add_css_class (tag, "caption-heading");
      gtk_widget_add_css_class (tag, "accent");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);

      /* Translators: %s is a deadline's title */
      revert_name = g_strdup_printf (_("Compute “%s” from Its Rule"), title ? title : id);
      revert = row_button_new ("edit-undo-symbolic", _("Compute from the rule again"), revert_name, id);
      g_signal_connect (revert, "clicked", G_CALLBACK (on_revert_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), revert);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), set_due_button_new (self, deadline));

  if (!has_rule)
    {
      g_autofree char *delete_name = NULL;
      GtkWidget *button;

      /* Translators: %s is a deadline's title */
      delete_name = g_strdup_printf (_("Delete “%s”"), title ? title : id);
      button = row_button_new ("user-trash-symbolic", _("Delete the deadline"), delete_name, id);
      g_signal_connect (button, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

static void
pl_deadlines_page_refresh (PlPage *page)
{
  PlDeadlinesPage *self = PL_DEADLINES_PAGE (page);
  g_autoptr(GPtrArray) deadlines = pl_deadlines_list (pl_page_get_session (PL_PAGE (self)));
  g_autoptr(GTimeZone) zone = pl_calendar_get_time_zone (pl_page_get_session (PL_PAGE (self)), NULL);
  g_autoptr(GTimeZone) local_zone = g_time_zone_new_local ();
  g_autofree char *zones = NULL;
  g_autofree char *due_hint = NULL;
  GtkWidget *child;

  /* Translators: the session's time zone, then the user's */
  zones = g_strdup_printf (_("Times in the session’s time zone, %s, and in yours, %s"),
                           zone ? zone_name (zone) : _("not set"), zone_name (local_zone));
  gtk_label_set_label (self->zones_label, zones);
  /* Translators: %s is the session's time zone */
  due_hint = g_strdup_printf (_("_Date and time in %s"), zone ? zone_name (zone) : "UTC");
  gtk_label_set_label (self->add_due_label, due_hint);
  pl_date_entry_set_default_from_session (self->add_due, pl_page_get_session (PL_PAGE (self)));

  g_hash_table_remove_all (self->rows);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->deadlines_list))) != NULL)
    gtk_list_box_remove (self->deadlines_list, child);

  for (guint i = 0; i < deadlines->len; i++)
    {
      PlDeadline *deadline = g_ptr_array_index (deadlines, i);
      GtkWidget *row = deadline_row_new (self, deadline);

      g_hash_table_insert (self->rows, g_strdup (pl_record_get_id (PL_RECORD (deadline))), row);
      gtk_list_box_append (self->deadlines_list, row);
    }

  gtk_stack_set_visible_child_name (self->stack, deadlines->len > 0 ? "list" : "empty");
}

/* Adding by hand */

static void
on_add_activate_cb (GtkWidget       *widget,
                    PlDeadlinesPage *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->add_title));
  const char *rule = gtk_editable_get_text (GTK_EDITABLE (self->add_rule));
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title));

  if (*stripped == '\0')
    {
      g_set_error_literal (&error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
                           _("Give the deadline a title"));
      report_error (self, _("Could Not Add the Deadline"), error);
      return;
    }

  if ((due = parse_due (self, gtk_editable_get_text (GTK_EDITABLE (self->add_due)), &error)) == NULL)
    {
      report_error (self, _("Could Not Add the Deadline"), error);
      return;
    }

  pl_deadlines_add_manual (pl_page_get_session (PL_PAGE (self)), stripped, due, rule, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_title), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_due), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_rule), "");
  gtk_popover_popdown (self->add_popover);
}

/* Actions */

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlDeadlinesPage *self = PL_DEADLINES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  guint n_changed = 0;

  if (!pl_deadlines_refresh (pl_page_get_session (PL_PAGE (self)), &n_changed, &error))
    {
      report_error (self, _("Could Not Compute the Deadlines"), error);
      return;
    }

  if (n_changed == 0)
    status = g_strdup (_("The computed deadlines were up to date"));
  else
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline computed again",
                                           "%u deadlines computed again", n_changed), n_changed);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PlDeadlinesPage *self = PL_DEADLINES_PAGE (widget);

  gtk_menu_button_popup (self->add_button);
}

/* PlPage */

static gboolean
select_record (PlPage   *page,
               PlRecord *record)
{
  PlDeadlinesPage *self = PL_DEADLINES_PAGE (page);
  GtkWidget *row;

  if (!PL_IS_DEADLINE (record))
    return FALSE;

  pl_page_flush_refresh (PL_PAGE (self));

  if ((row = g_hash_table_lookup (self->rows, pl_record_get_id (record))) != NULL)
    gtk_widget_grab_focus (row);

  return TRUE;
}

/* GObject */

static void
pl_deadlines_page_finalize (GObject *object)
{
  PlDeadlinesPage *self = PL_DEADLINES_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (pl_deadlines_page_parent_class)->finalize (object);
}

static void
pl_deadlines_page_class_init (PlDeadlinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  page_class->refresh = pl_deadlines_page_refresh;
  page_class->select_record = select_record;
  object_class->finalize = pl_deadlines_page_finalize;

  g_type_ensure (PL_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-deadlines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, zones_label);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_popover);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_title);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_due_label);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_due);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, add_rule);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDeadlinesPage, deadlines_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_activate_cb);

  gtk_widget_class_install_action (widget_class, "deadlines.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "deadlines.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "deadlines.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "deadlines.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "deadlines.add", NULL);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_deadlines_page_init (PlDeadlinesPage *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_deadlines_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DEADLINES_PAGE, session);
}
