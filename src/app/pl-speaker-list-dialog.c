/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-edit-burst.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list-dialog.h"

/**
 * PlSpeakerListDialog:
 *
 * Edits a list of speakers: its title, the agenda item it serves, when it
 * opens and closes (in the session's time zone) and its two time limits,
 * in minutes (seed: "five minutes" for opening statements, "three
 * minutes" in the general discussion). Saving is one undo step.
 */
struct _PlSpeakerListDialog
{
  AdwWindow      parent_instance;

  PlSession     *session;
  PlSpeakerList *list;
  GPtrArray     *items;          /* PlAgendaItem, in agenda order; [0] is none */

  GtkWidget     *save_button;
  GtkEntry      *title_entry;
  GtkDropDown   *item_drop_down;
  GtkEntry      *opens_entry;
  GtkEntry      *closes_entry;
  GtkSpinButton *limit_spin;
  GtkSpinButton *group_limit_spin;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (PlSpeakerListDialog, pl_speaker_list_dialog, ADW_TYPE_WINDOW)

/* An empty field is a list with no opening (or closing) time; anything
 * else must read as a date-time. */
static gboolean
parse_optional (PlSpeakerListDialog *self,
                GtkEntry            *entry,
                char               **stored)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *stored = NULL;
  if (*stripped == '\0')
    return TRUE;
  date_time = pl_speaker_parse_input (self->session, stripped);
  if (date_time == NULL)
    return FALSE;
  *stored = pl_speaker_format_iso (date_time);
  return TRUE;
}

static void
validate (PlSpeakerListDialog *self)
{
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  gboolean opens_ok = parse_optional (self, self->opens_entry, &opens);
  gboolean closes_ok = parse_optional (self, self->closes_entry, &closes);
  const char *problem = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));

  if (*title == '\0')
    problem = _("Give the list a title, such as “General discussion”.");
  else if (!opens_ok)
    problem = _("The opening time does not read as a date and time: write it as 2020-08-31 09:00.");
  else if (!closes_ok)
    problem = _("The closing time does not read as a date and time: write it as 2020-10-09 12:00.");
  else if (opens != NULL && closes != NULL)
    {
      g_autoptr(GDateTime) a = pl_speaker_order_parse_date_time (self->session, opens);
      g_autoptr(GDateTime) b = pl_speaker_order_parse_date_time (self->session, closes);

      if (g_date_time_compare (a, b) >= 0)
        problem = _("The list must open before it closes.");
    }

  gtk_label_set_label (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  gtk_widget_set_sensitive (self->save_button, problem == NULL);
}

static int
minutes_to_seconds (GtkSpinButton *spin)
{
  return (int) (gtk_spin_button_get_value (spin) * 60 + 0.5);
}

static void
save (PlSpeakerListDialog *self)
{
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  guint selected = gtk_drop_down_get_selected (self->item_drop_down);
  PlAgendaItem *item = selected > 0 && selected < self->items->len + 1
                       ? g_ptr_array_index (self->items, selected - 1) : NULL;
  PlHistory *history = pl_session_get_history (self->session);

  if (!parse_optional (self, self->opens_entry, &opens) || !parse_optional (self, self->closes_entry, &closes))
    return;

  pl_edit_burst_flush (self->session);
  pl_history_begin_group (history, _("Edit List of Speakers"));
  pl_speaker_list_set_title (self->list, title);
  pl_speaker_list_set_item (self->list, item ? pl_record_get_id (PL_RECORD (item)) : NULL);
  pl_speaker_list_set_opens (self->list, opens);
  pl_speaker_list_set_closes (self->list, closes);
  pl_speaker_list_set_time_limit_s (self->list, minutes_to_seconds (self->limit_spin));
  pl_speaker_list_set_group_time_limit_s (self->list,
                                          minutes_to_seconds (self->group_limit_spin));
  pl_history_end_group (history);

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_row (GtkGrid    *grid,
         int         row,
         const char *mnemonic,
         GtkWidget  *widget,
         const char *accessible_name)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static GtkSpinButton *
minutes_spin (void)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0.5, 60, 0.5);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_widget_set_hexpand (spin, FALSE);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  return GTK_SPIN_BUTTON (spin);
}

static void
build (PlSpeakerListDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *grid = gtk_grid_new ();
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (self->session);
  g_autofree char *zone_hint = g_strdup_printf (_("Dates and times are in the session’s time zone, %s."),
                                                g_time_zone_get_identifier (tz));
  GtkWidget *hint = gtk_label_new (zone_hint);
  int row = 0;

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->save_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save List"), -1);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save), self);
  gtk_box_append (GTK_BOX (box), header);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 18);
  gtk_widget_set_margin_bottom (grid, 18);
  gtk_widget_set_margin_start (grid, 18);
  gtk_widget_set_margin_end (grid, 18);
  gtk_box_append (GTK_BOX (box), grid);

  self->title_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (self->title_entry, TRUE);
  add_row (GTK_GRID (grid), row++, _("_Title"), GTK_WIDGET (self->title_entry), _("List Title"));

  gtk_string_list_append (items, _("None"));
  for (guint i = 0; i < self->items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *text = g_strdup_printf ("%s  %s", pl_agenda_item_get_number (item),
                                               pl_agenda_item_get_title (item) ?: "");

      gtk_string_list_append (items, text);
    }
  self->item_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&items)), NULL));
  add_row (GTK_GRID (grid), row++, _("Agenda _Item"), GTK_WIDGET (self->item_drop_down), _("Agenda Item"));

  self->opens_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->opens_entry, _("Open from the start"));
  gtk_entry_set_activates_default (self->opens_entry, TRUE);
  add_row (GTK_GRID (grid), row++, _("_Opens"), GTK_WIDGET (self->opens_entry), _("Opens"));

  self->closes_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->closes_entry, _("Never closes"));
  gtk_entry_set_activates_default (self->closes_entry, TRUE);
  add_row (GTK_GRID (grid), row++, _("C_loses"), GTK_WIDGET (self->closes_entry), _("Closes"));

  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), hint, 1, row++, 1, 1);

  self->limit_spin = minutes_spin ();
  add_row (GTK_GRID (grid), row++, _("Time _Limit (minutes)"), GTK_WIDGET (self->limit_spin), _("Time Limit in Minutes"));
  self->group_limit_spin = minutes_spin ();
  add_row (GTK_GRID (grid), row++, _("For a _Group (minutes)"), GTK_WIDGET (self->group_limit_spin),
           _("Time Limit for a Group in Minutes"));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->error_label), 1, row++, 1, 1);

  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
}

static void
fill (PlSpeakerListDialog *self)
{
  const char *item = pl_speaker_list_get_item (self->list);
  g_autoptr(GDateTime) opens = pl_speaker_order_parse_date_time (self->session, pl_speaker_list_get_opens (self->list));
  g_autoptr(GDateTime) closes = pl_speaker_order_parse_date_time (self->session, pl_speaker_list_get_closes (self->list));
  g_autofree char *opens_text = opens ? pl_speaker_format_input (opens) : g_strdup ("");
  g_autofree char *closes_text = closes ? pl_speaker_format_input (closes) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), pl_speaker_list_get_title (self->list) ?: "");
  gtk_drop_down_set_selected (self->item_drop_down, 0);
  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (pl_record_get_id (PL_RECORD (g_ptr_array_index (self->items, i))), item) == 0)
      gtk_drop_down_set_selected (self->item_drop_down, i + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->opens_entry), opens_text);
  gtk_editable_set_text (GTK_EDITABLE (self->closes_entry), closes_text);
  gtk_spin_button_set_value (self->limit_spin, MAX (pl_speaker_list_get_time_limit_s (self->list), 30) / 60.0);
  gtk_spin_button_set_value (self->group_limit_spin,
                             MAX (pl_speaker_list_get_group_time_limit_s (self->list) > 0
                                  ? pl_speaker_list_get_group_time_limit_s (self->list)
                                  : pl_speaker_list_get_time_limit_s (self->list), 30) / 60.0);
}

static void
pl_speaker_list_dialog_dispose (GObject *object)
{
  PlSpeakerListDialog *self = PL_SPEAKER_LIST_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->list);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pl_speaker_list_dialog_parent_class)->dispose (object);
}

static void
pl_speaker_list_dialog_class_init (PlSpeakerListDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_speaker_list_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_speaker_list_dialog_init (PlSpeakerListDialog *self)
{
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);
  gtk_window_set_title (GTK_WINDOW (self), _("List of Speakers"));
}

GtkWidget *
pl_speaker_list_dialog_new (GtkWindow     *parent,
                            PlSession     *session,
                            PlSpeakerList *list)
{
  PlSpeakerListDialog *self;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), NULL);

  self = g_object_new (PL_TYPE_SPEAKER_LIST_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->list = g_object_ref (list);
  self->items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  build (self);
  fill (self);
  g_signal_connect_swapped (self->title_entry, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->opens_entry, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->closes_entry, "changed", G_CALLBACK (validate), self);
  validate (self);
  return GTK_WIDGET (self);
}
