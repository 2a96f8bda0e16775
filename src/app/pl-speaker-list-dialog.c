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
  GtkLabel      *zone_label;
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

  /* A figure typed but not yet entered (Save clicked while the spin
   * button has the focus) counts. */
  gtk_spin_button_update (self->limit_spin);
  gtk_spin_button_update (self->group_limit_spin);

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
build (PlSpeakerListDialog *self)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (self->session);
  g_autofree char *zone_hint = g_strdup_printf (_("Dates and times are in the session’s time zone, %s."),
                                                g_time_zone_get_identifier (tz));

  gtk_label_set_label (self->zone_label, zone_hint);
  gtk_string_list_append (items, _("None"));
  for (guint i = 0; i < self->items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *text = g_strdup_printf ("%s  %s", pl_agenda_item_get_number (item),
                                               pl_agenda_item_get_title (item) ?: "");

      gtk_string_list_append (items, text);
    }
  gtk_drop_down_set_model (self->item_drop_down, G_LIST_MODEL (items));
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
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_SPEAKER_LIST_DIALOG);

  G_OBJECT_CLASS (pl_speaker_list_dialog_parent_class)->dispose (object);
}

static void
pl_speaker_list_dialog_class_init (PlSpeakerListDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_speaker_list_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-speaker-list-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, item_drop_down);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, opens_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, closes_entry);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, group_limit_spin);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, zone_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakerListDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_speaker_list_dialog_init (PlSpeakerListDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
