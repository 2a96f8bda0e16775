/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-room-display.h"
#include "pl-fullscreen.h"
#include "pl-speaker-labels.h"

/**
 * PlRoomDisplay:
 *
 * What the room sees of the list of speakers (issue 22, point 1): the
 * list, the delegation and the person who has the floor, the countdown
 * and the next speakers, in type read from the back of the room, and
 * nothing of the operator's controls. It is a window of its own, apart
 * from the live mode's (#PlSpeakersLive), which opens it full screen on
 * the second monitor when there is one (pl_room_display_pick_monitor()),
 * so the operator keeps the controls on their own screen.
 *
 * It shows the live mode's timer and order and holds no state of its
 * own: closing it loses nothing, and the statement's state lives in the
 * session (the `room_state` record). Escape leaves full screen; it never
 * closes the window.
 */
struct _PlRoomDisplay
{
  AdwWindow       parent_instance;

  PlSession      *session;
  PlSpeakerList  *list;
  PlSpeakerOrder *order;
  PlSpeakerTimer *timer;

  GtkWidget      *header_bar;
  GtkLabel       *list_label;
  GtkStack       *stack;
  GtkLabel       *delegation_label;
  GtkLabel       *person_label;
  GtkLabel       *behalf_label;
  GtkLabel       *countdown_label;
  GtkLabel       *next_title_label;
  GtkBox         *next_box;
};

G_DEFINE_FINAL_TYPE (PlRoomDisplay, pl_room_display, ADW_TYPE_WINDOW)

/* How many of the speakers waiting the room sees. */
#define N_NEXT 3

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
update_display (PlRoomDisplay *self)
{
  PlSpeakerEntry *entry = pl_speaker_timer_get_current (self->timer);
  GListModel *model = G_LIST_MODEL (self->order);
  PlSpeaker *speaker;
  gboolean seen = FALSE;
  guint n_next = 0;
  int remaining;

  clear_box (self->next_box);
  for (guint i = 0; i < g_list_model_get_n_items (model) && n_next < N_NEXT; i++)
    {
      g_autoptr(PlSpeakerEntry) it = g_list_model_get_item (model, i);
      PlSpeaker *next = pl_speaker_entry_get_speaker (it);
      PlSpeakerStatus status = pl_speaker_get_status (next);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (it == entry)
        {
          seen = TRUE;
          continue;
        }
      if (!seen || status == PL_SPEAKER_STATUS_WITHDRAWN || status == PL_SPEAKER_STATUS_SPOKEN)
        continue;
      text = pl_speaker_get_person (next) && *pl_speaker_get_person (next)
             ? g_strdup_printf ("%s, %s", pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (next)),
                                pl_speaker_get_person (next))
             : g_strdup (pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (next)));
      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "title-2");
      gtk_box_append (self->next_box, label);
      n_next++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_title_label), n_next > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->next_box), n_next > 0);

  if (entry == NULL)
    {
      pl_compat_stack_show_only (self->stack, "none");
      return;
    }
  pl_compat_stack_show_only (self->stack, "speaker");

  speaker = pl_speaker_entry_get_speaker (entry);
  gtk_label_set_label (self->delegation_label,
                       pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (speaker)));
  gtk_label_set_label (self->person_label, pl_speaker_get_person (speaker) ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->person_label),
                          pl_speaker_get_person (speaker) != NULL && *pl_speaker_get_person (speaker) != '\0');
  pl_speaker_show_behalf (self->behalf_label, self->session, speaker);

  remaining = pl_speaker_timer_get_remaining_s (self->timer);
  g_free (pl_speaker_show_countdown (self->countdown_label, remaining, pl_speaker_timer_get_overtime (self->timer)));
  if (pl_speaker_timer_get_overtime (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "overtime");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "overtime");
  if (pl_speaker_timer_get_warning (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "warning");
}

/* Full screen, the room sees no window title. */
static void
on_fullscreened_cb (PlRoomDisplay *self)
{
  gtk_widget_set_visible (self->header_bar, !gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

static void
pl_room_display_dispose (GObject *object)
{
  PlRoomDisplay *self = PL_ROOM_DISPLAY (object);

  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  g_clear_object (&self->timer);
  g_clear_object (&self->order);
  g_clear_object (&self->list);
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_ROOM_DISPLAY);

  G_OBJECT_CLASS (pl_room_display_parent_class)->dispose (object);
}

static void
pl_room_display_class_init (PlRoomDisplayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_room_display_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-room-display.ui");
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, list_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, stack);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, delegation_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, person_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, behalf_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, next_title_label);
  gtk_widget_class_bind_template_child (widget_class, PlRoomDisplay, next_box);

  pl_fullscreen_install_actions (widget_class, "room.fullscreen", "room.leave-fullscreen");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "room.leave-fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "room.fullscreen", NULL);
}

static void
pl_room_display_init (PlRoomDisplay *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened_cb), NULL);
}

GtkWidget *
pl_room_display_new (PlSession      *session,
                     PlSpeakerList  *list,
                     PlSpeakerOrder *order,
                     PlSpeakerTimer *timer)
{
  PlRoomDisplay *self;
  g_autofree char *item = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_ORDER (order), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (timer), NULL);

  self = g_object_new (PL_TYPE_ROOM_DISPLAY, NULL);
  self->session = g_object_ref (session);
  self->list = g_object_ref (list);
  self->order = g_object_ref (order);
  self->timer = g_object_ref (timer);

  item = pl_speaker_item_label (session, pl_speaker_list_get_item (list));
  /* Translators: the room display's heading: a list of speakers' title,
   * then its agenda item */
  heading = item != NULL && *item != '\0' ? g_strdup_printf (_("%s — %s"), pl_speaker_list_get_title (list), item)
                                          : g_strdup (pl_speaker_list_get_title (list));
  gtk_label_set_label (self->list_label, heading);

  g_signal_connect_swapped (timer, "notify", G_CALLBACK (update_display), self);
  g_signal_connect_swapped (order, "items-changed", G_CALLBACK (update_display), self);
  update_display (self);
  return GTK_WIDGET (self);
}

/**
 * pl_room_display_pick_monitor:
 * @operator_window: the live mode's window
 *
 * The monitor the room display goes full screen on: one other than the
 * operator's, the first such in the display's list.
 *
 * Returns: (transfer none) (nullable): that monitor, or %NULL when the
 *   display has one monitor only
 */
GdkMonitor *
pl_room_display_pick_monitor (GtkWindow *operator_window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (operator_window));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (operator_window));
  GdkMonitor *operator_monitor = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
  guint n = g_list_model_get_n_items (monitors);

  if (n < 2)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      /* Without a surface yet, the operator is taken to be on the first. */
      if (operator_monitor != NULL ? monitor != operator_monitor : i > 0)
        return monitor;   /* the display's list holds it */
    }
  return NULL;
}

/**
 * pl_room_display_show_on:
 * @monitor: (nullable): the monitor to fill, %NULL for a window beside
 *   the operator's
 *
 * Shows the room display: full screen on @monitor, or as an ordinary
 * window (F11 makes it full screen) when the display has one monitor.
 */
void
pl_room_display_show_on (PlRoomDisplay *self,
                         GdkMonitor    *monitor)
{
  g_return_if_fail (PL_IS_ROOM_DISPLAY (self));

  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  gtk_window_present (GTK_WINDOW (self));
}
