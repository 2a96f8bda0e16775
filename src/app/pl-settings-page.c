/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-calendar.h"
#include "pl-date-picker.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-compat.h"
#include "pl-export-choices.h"
#include "pl-instrument-row.h"
#include "pl-instruments.h"
#include "pl-reference-states.h"
#include "pl-language-names.h"
#include "pl-settings-page.h"
#include "pl-symbol.h"

/**
 * PlSettingsPage:
 *
 * The session record's own fields in a preferences page. Text fields are
 * entry rows bound to the record; a value that would not be valid (a date
 * that is not YYYY-MM-DD, an unknown time zone, a symbol that does not
 * parse) is marked with the reason and not stored until corrected, so the
 * file never holds it.
 */
struct _PlSettingsPage
{
  PlPage                parent_instance;

  PlSessionSettings    *settings;
  GPtrArray            *rows;

  AdwPreferencesPage   *preferences;
  AdwPreferencesGroup  *body_group;
  AdwPreferencesGroup  *session_group;
  AdwPreferencesGroup  *document_group;
  AdwPreferencesGroup  *instruments_group;
  GPtrArray            *instrument_rows;  /* PlInstrumentRow, one per instrument */
  GtkSpinButton        *number_spin;
  AdwComboRow          *format_row;
  GtkLabel             *language_label;   /* the original language by name */
};

G_DEFINE_FINAL_TYPE (PlSettingsPage, pl_settings_page, PL_TYPE_PAGE)

/* The reason @text is not a valid value, or %NULL where it is; an
 * empty field is always valid (every field is optional), so a reject
 * function sees only text. */
typedef char *(*Reject) (const char *text);

typedef struct
{
  const char *group;
  const char *property;
  const char *title;
  Reject      reject;
} Field;

static char *
reject_date (const char *text)
{
  GDate date;

  /* What a date is, the calendar's (YYYY-MM-DD). */
  if (pl_calendar_parse_date (text, &date, NULL))
    return NULL;
  return g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, such as 2020-10-12"), text);
}

static char *
reject_timezone (const char *text)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (text);

  if (tz != NULL)
    return NULL;
  return g_strdup_printf (_("“%s” is not a time zone: use an IANA name, such as Europe/Vienna"), text);
}

static char *
reject_symbol (const char *text)
{
  g_autoptr(GError) error = NULL;

  if (pl_symbol_validate (text, &error))
    return NULL;
  return g_strdup (error->message);
}

static char *
reject_language (const char *text)
{
  gsize len = strlen (text);

  if ((len == 2 || len == 3) && g_ascii_isalpha (text[0]) && g_ascii_isalpha (text[1]) &&
      (len == 2 || g_ascii_isalpha (text[2])))
    return NULL;
  return g_strdup_printf (_("“%s” is not a language code: use two letters, such as en"), text);
}

static const Field fields[] = {
  { "body", "body", N_("Name"), NULL },
  { "body", "body-short", N_("Short Name"), NULL },
  { "session", "title", N_("Title"), NULL },
  { "session", "venue", N_("Venue"), NULL },
  { "session", "start-date", N_("First Day"), reject_date },
  { "session", "end-date", N_("Last Day"), reject_date },
  { "session", "timezone", N_("Time Zone"), reject_timezone },
  { "document", "symbol", N_("Symbol"), reject_symbol },
  { "document", "distribution", N_("Distribution"), NULL },
  { "document", "issue-date", N_("Issue Date"), reject_date },
  { "document", "original-language", N_("Original Language"), reject_language },
  { "document", "reissue-note", N_("Reissue Note"), NULL },
};

/* "en" is English to a reader: the original language's name beside its
 * code, in the interface's language like every other word of the page;
 * none for a code the documents are not made in. */
static void
update_language_label (PlSettingsPage *self)
{
  const char *code = pl_session_settings_get_original_language (self->settings);
  const PlExportLanguageChoice *choice = pl_export_choices_get_language (pl_export_choices_find_language (code));
  gsize len = strlen (choice->code);
  gboolean known = code != NULL && g_ascii_strncasecmp (code, choice->code, len) == 0 &&
                   (code[len] == '\0' || code[len] == '_' || code[len] == '-');

  gtk_label_set_label (self->language_label, known ? pl_language_name (choice->code) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language_label), known);
}

static void
update_row (PlSettingsPage *self,
            GtkWidget      *row)
{
  const Field *field = g_object_get_data (G_OBJECT (row), "field");
  g_autofree char *value = NULL;

  g_object_get (self->settings, field->property, &value, NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value ? value : "") == 0)
    return;

  g_signal_handlers_block_matched (row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_editable_set_text (GTK_EDITABLE (row), value ? value : "");
  g_signal_handlers_unblock_matched (row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_widget_remove_css_class (row, "error");
}

static void
on_row_changed_cb (GtkEditable    *row,
                   PlSettingsPage *self)
{
  const Field *field = g_object_get_data (G_OBJECT (row), "field");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (row)));
  g_autofree char *reason = NULL;
  g_autofree char *label = NULL;
  g_autofree char *json_name = NULL;

  if (field->reject != NULL && *text != '\0')
    reason = field->reject (text);
  if (reason != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  /* Translators: %s is the name of a field, such as “Venue” */
  label = g_strdup_printf (_("Edit %s"), _(field->title));
  json_name = g_strdelimit (g_strdup (field->property), "-", '_');
  pl_edit_burst_touch_field (pl_page_get_session (PL_PAGE (self)), label, PL_RECORD (self->settings), json_name);
  g_object_set (self->settings, field->property, text, NULL);
}

/* One row per instrument: rebuilt when one is added or removed, updated
 * in place otherwise, so that an entry being typed in keeps its focus. */
static void
update_instruments (PlSettingsPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  guint n = pl_instruments_count (session);

  if (n == self->instrument_rows->len)
    {
      for (guint i = 0; i < n; i++)
        pl_instrument_row_update (g_ptr_array_index (self->instrument_rows, i));
      return;
    }

  for (guint i = 0; i < self->instrument_rows->len; i++)
    adw_preferences_group_remove (self->instruments_group, g_ptr_array_index (self->instrument_rows, i));
  g_ptr_array_set_size (self->instrument_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = pl_instrument_row_new (session, i);

      /* Rows built after the page became read-only are read-only too. */
      pl_instrument_row_set_editable (PL_INSTRUMENT_ROW (row), !pl_page_get_read_only (PL_PAGE (self)));
      adw_preferences_group_add (self->instruments_group, row);
      g_ptr_array_add (self->instrument_rows, row);
    }
}

static void
on_add_instrument_cb (PlSettingsPage *self)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  const char *columns[G_N_ELEMENTS (pl_reference_instruments) + 1] = { NULL, };
  g_autofree char *id = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pl_reference_instruments); i++)
    columns[i] = pl_reference_instruments[i];
  pl_edit_burst_flush (session);
  id = pl_instruments_add (session, columns, NULL);
  /* The new row opens on its titles, to be named. */
  if (self->instrument_rows->len > 0)
    adw_expander_row_set_expanded (g_ptr_array_index (self->instrument_rows, self->instrument_rows->len - 1), TRUE);
}

static void
on_settings_notify_cb (PlSettingsPage *self,
                       GParamSpec     *pspec)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      const Field *field = g_object_get_data (G_OBJECT (row), "field");

      if (g_str_equal (field->property, pspec->name))
        update_row (self, row);
    }
  if (g_str_equal (pspec->name, "original-language"))
    update_language_label (self);
  if (g_str_equal (pspec->name, "instruments"))
    update_instruments (self);

  if (g_str_equal (pspec->name, "session-number"))
    {
      g_signal_handlers_block_matched (self->number_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      gtk_spin_button_set_value (self->number_spin, pl_session_settings_get_session_number (self->settings));
      g_signal_handlers_unblock_matched (self->number_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }
  else if (g_str_equal (pspec->name, "format"))
    {
      g_signal_handlers_block_matched (self->format_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      adw_combo_row_set_selected (self->format_row, pl_session_settings_get_format (self->settings));
      g_signal_handlers_unblock_matched (self->format_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }
}

static void
on_number_changed_cb (GtkSpinButton  *spin,
                      PlSettingsPage *self)
{
  pl_edit_burst_touch (pl_page_get_session (PL_PAGE (self)), _("Edit Session Number"));
  pl_session_settings_set_session_number (self->settings, gtk_spin_button_get_value_as_int (spin));
}

static void
on_format_selected_cb (AdwComboRow    *row,
                       GParamSpec     *pspec,
                       PlSettingsPage *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_session_settings_set_format (self->settings, selected);
}

static void
on_focus_leave_cb (PlSettingsPage *self)
{
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
}

static void
pl_settings_page_constructed (GObject *object)
{
  PlSettingsPage *self = PL_SETTINGS_PAGE (object);

  G_OBJECT_CLASS (pl_settings_page_parent_class)->constructed (object);

  self->settings = g_object_ref (pl_session_get_settings (pl_page_get_session (PL_PAGE (self))));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      AdwPreferencesGroup *group;
      GtkEventController *focus = gtk_event_controller_focus_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[i].title));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(fields[i].title), -1);
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      g_object_set_data (G_OBJECT (row), "field", (gpointer) &fields[i]);
      update_row (self, row);
      g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), self);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
      gtk_widget_add_controller (row, focus);

      if (g_str_equal (fields[i].group, "body"))
        group = self->body_group;
      else if (g_str_equal (fields[i].group, "session"))
        group = self->session_group;
      else
        group = self->document_group;
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
      if (fields[i].reject == reject_date)
        {
          /* Typed, or chosen in a calendar beside it. */
          GtkWidget *picker = pl_date_picker_new (PL_DATE_ENTRY_DATE, GTK_EDITABLE (row));

          pl_date_picker_set_label (PL_DATE_PICKER (picker), _(fields[i].title));
          pl_date_picker_set_default_from_session (PL_DATE_PICKER (picker), pl_page_get_session (PL_PAGE (self)));
          gtk_widget_set_valign (picker, GTK_ALIGN_CENTER);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), picker);
        }
      if (g_str_equal (fields[i].property, "original-language"))
        {
          self->language_label = GTK_LABEL (gtk_label_new (NULL));
          gtk_widget_add_css_class (GTK_WIDGET (self->language_label), "dim-label");
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), GTK_WIDGET (self->language_label));
        }
    }
  update_language_label (self);
  update_instruments (self);

  gtk_spin_button_set_value (self->number_spin, pl_session_settings_get_session_number (self->settings));
  adw_combo_row_set_selected (self->format_row, pl_session_settings_get_format (self->settings));
  g_signal_connect (self->number_spin, "value-changed", G_CALLBACK (on_number_changed_cb), self);
  g_signal_connect (self->format_row, "notify::selected", G_CALLBACK (on_format_selected_cb), self);
  g_signal_connect_object (self->settings, "notify", G_CALLBACK (on_settings_notify_cb), self, G_CONNECT_SWAPPED);
}

static void
pl_settings_page_dispose (GObject *object)
{
  PlSettingsPage *self = PL_SETTINGS_PAGE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->instrument_rows, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pl_settings_page_parent_class)->dispose (object);
}

static void
pl_settings_page_class_init (PlSettingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pl_settings_page_constructed;
  object_class->dispose = pl_settings_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-settings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, preferences);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, body_group);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, session_group);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, document_group);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, instruments_group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_instrument_cb);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, number_spin);
  gtk_widget_class_bind_template_child (widget_class, PlSettingsPage, format_row);
}

/* The first AdwClamp under @widget. */
static AdwClamp *
find_clamp (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwClamp *clamp = ADW_IS_CLAMP (child) ? ADW_CLAMP (child) : find_clamp (child);

      if (clamp != NULL)
        return clamp;
    }
  return NULL;
}

static void
pl_settings_page_init (PlSettingsPage *self)
{
  AdwClamp *clamp;

  self->rows = g_ptr_array_new ();
  self->instrument_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A body's name is long ("Conference of the Parties to the United
   * Nations Convention against Transnational Organized Crime"): the page
   * is as wide as the window allows, not the 600 pixels AdwPreferencesPage
   * clamps to (libadwaita 1.2 has no property for it). */
  clamp = find_clamp (GTK_WIDGET (self->preferences));
  if (clamp != NULL)
    {
      adw_clamp_set_maximum_size (clamp, 840);
      adw_clamp_set_tightening_threshold (clamp, 720);
    }
  pl_compat_label_inner_lists (GTK_WIDGET (self->format_row), _("Format"));
  pl_compat_combo_row_name_items (self->format_row);
}

GtkWidget *
pl_settings_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_SETTINGS_PAGE, session);
}
