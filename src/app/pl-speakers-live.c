/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-compat.h"
#include "pl-room-display.h"
#include "pl-room-state.h"
#include "pl-speaker-labels.h"
#include "pl-speakers-live.h"
#include "pl-fullscreen.h"

/**
 * PlSpeakersLive:
 *
 * The list of speakers in the room: a window meant for a second screen or
 * full screen (F11), with the current speaker in large type, the countdown
 * from the limit that applies to them (the group limit for a statement on
 * behalf of a group), a warning near the end (the countdown turns amber
 * and says how long is left; red with the time over once over time), and
 * the next speaker. Driven by #PlSpeakerTimer: Space starts or pauses, N
 * and P move, S marks spoken (recording the time used), W withdrawn.
 *
 * This is the operator's window. The room sees a #PlRoomDisplay, without
 * the controls, which opens full screen on the second monitor when there
 * is one, and otherwise on demand (D, or the header bar's button). Escape
 * leaves full screen and nothing else (issue 22: one press closed the
 * window in the middle of a statement); Ctrl+W closes, and asks first
 * while a statement runs.
 *
 * A statement's clock lives in the session, not in this window: the
 * `room_state` record holds its start instant and the time paused, so a
 * window closed and opened again, or opened after a crash, takes up the
 * statement where the record has it (pl_speaker_timer_resume()), still
 * counting if it ran. Closing the window does not pause it; only the
 * operator does.
 *
 * The countdown ticks with a 100 ms timeout while a statement runs, and
 * not at all otherwise: a frame-clock tick would redraw sixty times a
 * second for a figure that changes once.
 *
 * For tests, PLENARY_FAKE_CLOCK_FILE names a file holding the clock's
 * reading in seconds (a decimal number); the countdown reads it instead of
 * the monotonic clock, and the room's state takes it as seconds since the
 * Unix epoch for its instants, so a test advances time by writing the
 * file, and never sleeps through a statement.
 *
 * The room's state is public (issue 18, "Now"): each start, pause, resume
 * and end of a statement updates the `room_state` record of the body
 * meeting now (plenary when none), which delegates' copies receive, so
 * that their Now page and their forecasts follow the room. It is one
 * record update per transition, never per tick, and it is not an undo
 * step: undoing an edit must not rewind what the room saw. The changes of
 * one main-loop turn (marking spoken pauses, then moves on) are written
 * together, once the turn is over.
 */
struct _PlSpeakersLive
{
  AdwWindow       parent_instance;

  PlSession      *session;
  PlSpeakerList  *list;
  PlSpeakerOrder *order;
  PlSpeakerTimer *timer;
  char           *fake_clock_path;
  gint64          fake_clock_us;
  guint           tick_id;
  guint           room_id;        /* idle writing the room's state */
  char           *statement;      /* the speaker _id whose statement is on */
  gboolean        owns_statement; /* it gave the floor: ending is its to say */
  gboolean        close_confirmed;
  GtkWidget      *room_display;   /* a PlRoomDisplay, or NULL */

  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkLabel       *position_label;
  GtkLabel       *delegation_label;
  GtkLabel       *person_label;
  GtkLabel       *behalf_label;
  GtkLabel       *countdown_label;
  GtkLabel       *limit_label;
  GtkLabel       *warning_label;
  GtkLabel       *next_label;
  AdwButtonContent *toggle_content;
};

G_DEFINE_FINAL_TYPE (PlSpeakersLive, pl_speakers_live, ADW_TYPE_WINDOW)

#define TICK_MS 100

static gint64
fake_clock (gpointer user_data)
{
  PlSpeakersLive *self = user_data;
  g_autofree char *contents = NULL;

  /* The last good reading stands while a test rewrites the file. */
  if (g_file_get_contents (self->fake_clock_path, &contents, NULL, NULL))
    {
      char *end = NULL;
      double seconds = g_ascii_strtod (g_strstrip (contents), &end);

      if (end != NULL && end != contents && *end == '\0')
        self->fake_clock_us = (gint64) (seconds * G_USEC_PER_SEC);
    }
  return self->fake_clock_us;
}

/* The instant the room's state records: the fake clock's reading, as
 * seconds since the epoch, under a test's fake clock. */
static GDateTime *
wall_now (PlSpeakersLive *self)
{
  if (self->fake_clock_path != NULL)
    return g_date_time_new_from_unix_utc (fake_clock (self) / G_USEC_PER_SEC);
  return g_date_time_new_now_utc ();
}

/* The meeting going on now, if the schedule has one. */
static PlMeeting *
meeting_now (PlSpeakersLive *self,
             GDateTime      *now)
{
  GListModel *meetings = pl_session_get_records (self->session, PL_TYPE_MEETING);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *from = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (meeting) ?: "",
                                               pl_meeting_get_start (meeting) ?: "");
      g_autofree char *to = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (meeting) ?: "",
                                             pl_meeting_get_end (meeting) ?: "");
      g_autoptr(GDateTime) start = pl_speaker_order_parse_date_time (self->session, from);
      g_autoptr(GDateTime) end = pl_speaker_order_parse_date_time (self->session, to);

      if (start != NULL && end != NULL && g_date_time_compare (start, now) <= 0 && g_date_time_compare (now, end) < 0)
        return meeting;   /* the session holds it */
    }
  return NULL;
}

static char *
format_utc (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date_time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* Brings the room's state up to the timer's: a new statement, a pause, a
 * resumption or an end, as one update that is not an undo step. */
static void
write_room_state (PlSpeakersLive *self)
{
  PlSpeakerEntry *entry = pl_speaker_timer_get_current (self->timer);
  const char *current = entry ? pl_record_get_id (PL_RECORD (pl_speaker_entry_get_speaker (entry))) : NULL;
  gboolean running = pl_speaker_timer_get_running (self->timer);
  g_autoptr(GDateTime) now = wall_now (self);
  g_autofree char *stamp = format_utc (now);
  PlMeeting *meeting = meeting_now (self, now);
  PlMeetingBody body = meeting ? pl_meeting_get_body (meeting) : PL_MEETING_BODY_PLENARY;
  g_autofree char *id = pl_room_state_id_for_body (body);
  PlRecord *record = pl_session_lookup (self->session, id);
  g_autoptr(PlRoomState) state = PL_IS_ROOM_STATE (record) ? g_object_ref (PL_ROOM_STATE (record)) : NULL;
  PlHistory *history = pl_session_get_history (self->session);
  gboolean added = FALSE;

  if (running && g_strcmp0 (self->statement, current) != 0)
    {
      g_free (self->statement);
      self->statement = g_strdup (current);
      self->owns_statement = TRUE;
    }
  else if (!running && g_strcmp0 (self->statement, current) != 0)
    g_clear_pointer (&self->statement, g_free);

  /* A window that gave no one the floor leaves the room's state alone: a
   * statement paused in another window stays paused. */
  if (self->statement == NULL && (!self->owns_statement || state == NULL || pl_room_state_get_speaker (state) == NULL))
    return;

  pl_history_set_recording (history, FALSE);
  if (state == NULL)
    {
      state = pl_room_state_new_for_body (body);
      added = TRUE;
    }
  if (self->statement == NULL)
    {
      /* The statement ended: the list stays, no one speaks. */
      pl_room_state_set_speaker (state, NULL);
      pl_room_state_set_started_at (state, NULL);
      pl_room_state_set_paused_at (state, NULL);
      pl_room_state_set_paused_s (state, 0);
      pl_room_state_set_running (state, FALSE);
      self->owns_statement = FALSE;
    }
  else if (g_strcmp0 (pl_room_state_get_speaker (state), self->statement) != 0)
    {
      pl_room_state_set_meeting (state, meeting ? pl_record_get_id (PL_RECORD (meeting)) : NULL);
      pl_room_state_set_item (state, pl_speaker_list_get_item (self->list));
      pl_room_state_set_list (state, pl_record_get_id (PL_RECORD (self->list)));
      pl_room_state_set_speaker (state, self->statement);
      pl_room_state_set_started_at (state, stamp);
      pl_room_state_set_paused_at (state, running ? NULL : stamp);
      pl_room_state_set_paused_s (state, 0);
      pl_room_state_set_running (state, running);
      pl_room_state_set_time_limit_s (state, pl_speaker_timer_get_limit_s (self->timer));
    }
  else if (running && !pl_room_state_get_running (state))
    {
      g_autoptr(GDateTime) paused_at = pl_speaker_order_parse_date_time (self->session,
                                                                         pl_room_state_get_paused_at (state));
      gint64 paused = paused_at ? MAX (0, g_date_time_difference (now, paused_at) / G_TIME_SPAN_SECOND) : 0;

      pl_room_state_set_paused_s (state, pl_room_state_get_paused_s (state) + (int) paused);
      pl_room_state_set_paused_at (state, NULL);
      pl_room_state_set_running (state, TRUE);
    }
  else if (!running && pl_room_state_get_running (state))
    {
      pl_room_state_set_paused_at (state, stamp);
      pl_room_state_set_running (state, FALSE);
    }
  if (added)
    pl_session_add_record (self->session, PL_RECORD (state));
  pl_history_set_recording (history, TRUE);
}

static gboolean
on_room_idle_cb (gpointer user_data)
{
  PlSpeakersLive *self = user_data;

  self->room_id = 0;
  write_room_state (self);
  return G_SOURCE_REMOVE;
}

static void
queue_room_state (PlSpeakersLive *self)
{
  if (self->room_id == 0)
    self->room_id = g_idle_add (on_room_idle_cb, self);
}

static void
update_display (PlSpeakersLive *self)
{
  PlSpeakerEntry *entry = pl_speaker_timer_get_current (self->timer);
  PlSpeaker *speaker;
  GListModel *model = G_LIST_MODEL (self->order);
  guint n_active = 0;
  int remaining, limit;
  gboolean running, warning, overtime;
  g_autofree char *clock_name = NULL;
  g_autofree char *position = NULL;
  g_autofree char *person = NULL;
  g_autofree char *limit_text = NULL;
  g_autofree char *limit_clock = NULL;
  g_autofree char *next = NULL;
  PlSpeakerEntry *next_entry = NULL;
  gboolean seen = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) it = g_list_model_get_item (model, i);
      PlSpeakerStatus status = pl_speaker_get_status (pl_speaker_entry_get_speaker (it));

      if (pl_speaker_entry_get_number (it) > 0)
        n_active++;
      if (it == entry)
        seen = TRUE;
      else if (seen && next_entry == NULL && status != PL_SPEAKER_STATUS_WITHDRAWN && status != PL_SPEAKER_STATUS_SPOKEN)
        next_entry = it;   /* the order's store holds it */
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.toggle", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.spoken", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.withdrawn", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next", next_entry != NULL || entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.previous", !pl_speaker_timer_get_running (self->timer));

  if (entry == NULL)
    {
      pl_compat_stack_show_only (self->stack, "done");
      return;
    }
  pl_compat_stack_show_only (self->stack, "speaker");

  speaker = pl_speaker_entry_get_speaker (entry);
  remaining = pl_speaker_timer_get_remaining_s (self->timer);
  limit = pl_speaker_timer_get_limit_s (self->timer);
  running = pl_speaker_timer_get_running (self->timer);
  warning = pl_speaker_timer_get_warning (self->timer);
  overtime = pl_speaker_timer_get_overtime (self->timer);

  /* Translators: the place of the current speaker in the list */
  position = g_strdup_printf (_("Speaker %u of %u"), pl_speaker_entry_get_number (entry), n_active);
  gtk_label_set_label (self->position_label, position);
  gtk_label_set_label (self->delegation_label,
                       pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (speaker)));
  person = g_strdup_printf ("%s%s%s · %s", pl_speaker_get_person (speaker) ?: "",
                            pl_speaker_get_person (speaker) && *pl_speaker_get_person (speaker) ? ", " : "",
                            pl_speaker_rank_label (pl_speaker_get_rank (speaker)),
                            pl_speaker_mode_label (pl_speaker_get_mode (speaker)));
  gtk_label_set_label (self->person_label, person);
  pl_speaker_show_behalf (self->behalf_label, self->session, speaker);

  clock_name = pl_speaker_show_countdown (self->countdown_label, remaining, overtime);

  limit_clock = pl_speaker_format_clock (limit);
  limit_text = pl_speaker_entry_get_group_statement (entry)
               /* Translators: %s is a duration such as 5:00 */
               ? g_strdup_printf (_("Limit %s, for a group of States"), limit_clock)
               : g_strdup_printf (_("Limit %s"), limit_clock);
  gtk_label_set_label (self->limit_label, limit_text);

  if (overtime)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "overtime");
      gtk_label_set_label (self->warning_label, clock_name);
      gtk_widget_remove_css_class (GTK_WIDGET (self->warning_label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->warning_label), "error");
    }
  else if (warning)
    {
      g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second left", "%d seconds left",
                                                            remaining), remaining);

      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "overtime");
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_label_set_label (self->warning_label, left);
      gtk_widget_remove_css_class (GTK_WIDGET (self->warning_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->warning_label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "overtime");
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "warning");
    }
  /* An empty label keeps its line, so the layout does not jump. */
  if (!overtime && !warning)
    gtk_label_set_label (self->warning_label, running ? "" : pl_speaker_timer_get_elapsed_s (self->timer) > 0
                                                           ? _("Paused") : _("Press Space to give the floor"));

  /* The content, not the button: gtk_button_set_label() would drop the
   * icon. */
  adw_button_content_set_label (self->toggle_content,
                                running ? _("_Pause")
                                        : pl_speaker_timer_get_elapsed_s (self->timer) > 0 ? _("_Resume") : _("_Start"));
  adw_button_content_set_icon_name (self->toggle_content,
                                    running ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");

  if (next_entry != NULL)
    {
      PlSpeaker *next_speaker = pl_speaker_entry_get_speaker (next_entry);

      next = g_strdup_printf (_("Next: %s, %s"),
                              pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (next_speaker)),
                              pl_speaker_get_person (next_speaker) ?: "");
    }
  gtk_label_set_label (self->next_label, next ? next : _("Last speaker on the list"));
}

static gboolean
on_tick_cb (gpointer user_data)
{
  PlSpeakersLive *self = user_data;

  pl_speaker_timer_update (self->timer);
  return G_SOURCE_CONTINUE;
}

static void
on_running_changed_cb (PlSpeakersLive *self)
{
  if (pl_speaker_timer_get_running (self->timer) && self->tick_id == 0)
    self->tick_id = g_timeout_add (TICK_MS, on_tick_cb, self);
  else if (!pl_speaker_timer_get_running (self->timer))
    g_clear_handle_id (&self->tick_id, g_source_remove);
  queue_room_state (self);
  update_display (self);
}

/* A statement of this list that the room's state has under way (a
 * window closed during it, or a crash): the timer takes it up, with the
 * time already used, counting on if it ran. */
static void
take_up_statement (PlSpeakersLive *self)
{
  GListModel *states = pl_session_get_records (self->session, PL_TYPE_ROOM_STATE);
  const char *list_id = pl_record_get_id (PL_RECORD (self->list));

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      g_autoptr(PlRoomState) state = g_list_model_get_item (states, i);
      PlRecord *speaker = pl_session_lookup (self->session, pl_room_state_get_speaker (state));
      g_autoptr(GDateTime) now = NULL;
      PlSpeakerEntry *entry;

      if (g_strcmp0 (pl_room_state_get_list (state), list_id) != 0 || !PL_IS_SPEAKER (speaker) ||
          pl_speaker_get_status (PL_SPEAKER (speaker)) != PL_SPEAKER_STATUS_SPEAKING)
        continue;
      entry = pl_speaker_order_find (self->order, PL_SPEAKER (speaker));
      if (entry == NULL)
        continue;
      now = wall_now (self);
      if (pl_speaker_timer_resume (self->timer, entry, pl_room_state_elapsed_s (state, now) * G_USEC_PER_SEC,
                                   pl_room_state_get_running (state)))
        {
          g_free (self->statement);
          self->statement = g_strdup (pl_record_get_id (speaker));
          self->owns_statement = TRUE;
        }
      return;
    }
}

/* Actions */

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlSpeakersLive *self = PL_SPEAKERS_LIVE (widget);

  if (pl_speaker_timer_get_running (self->timer))
    pl_speaker_timer_pause (self->timer);
  else
    pl_speaker_timer_start (self->timer);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  pl_speaker_timer_next (PL_SPEAKERS_LIVE (widget)->timer);
  update_display (PL_SPEAKERS_LIVE (widget));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pl_speaker_timer_previous (PL_SPEAKERS_LIVE (widget)->timer);
  update_display (PL_SPEAKERS_LIVE (widget));
}

static void
spoken_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  pl_speaker_timer_mark_spoken (PL_SPEAKERS_LIVE (widget)->timer);
  update_display (PL_SPEAKERS_LIVE (widget));
}

static void
withdrawn_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pl_speaker_timer_mark_withdrawn (PL_SPEAKERS_LIVE (widget)->timer);
  update_display (PL_SPEAKERS_LIVE (widget));
}

/* The room display */

static void
on_room_display_destroy_cb (PlSpeakersLive *self)
{
  g_clear_object (&self->room_display);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.room-display", TRUE);
}

static void
show_room_display (PlSpeakersLive *self,
                   GdkMonitor     *monitor)
{
  if (self->room_display == NULL)
    {
      self->room_display = g_object_ref_sink (pl_room_display_new (self->session, self->list,
                                                                   self->order, self->timer));
      g_signal_connect_swapped (self->room_display, "destroy", G_CALLBACK (on_room_display_destroy_cb), self);
    }
  pl_room_display_show_on (PL_ROOM_DISPLAY (self->room_display), monitor);
  /* The keyboard stays the operator's: Space must reach this window. */
  gtk_window_present (GTK_WINDOW (self));
}

/* D, or the header bar's button: the room display, full screen on the
 * second monitor when there is one, else as a window of its own. */
static void
room_display_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlSpeakersLive *self = PL_SPEAKERS_LIVE (widget);

  show_room_display (self, pl_room_display_pick_monitor (GTK_WINDOW (self)));
}

/* With a second monitor (a projector), the room display opens there by
 * itself: the operator's window stays on the operator's screen. */
static void
on_map_cb (PlSpeakersLive *self)
{
  GdkMonitor *monitor = pl_room_display_pick_monitor (GTK_WINDOW (self));

  if (monitor != NULL && self->room_display == NULL)
    show_room_display (self, monitor);
}

/* Closing */

static void
on_close_answer_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PlSpeakersLive) self = user_data;
  g_autofree char *response = pl_compat_ask_finish (result, NULL);

  if (g_strcmp0 (response, "pause") == 0)
    pl_speaker_timer_pause (self->timer);
  else if (g_strcmp0 (response, "close") != 0)
    return;
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* While a statement runs, closing asks: keep it counting (the room's
 * state has it; the window opened again shows it), or pause it. */
static gboolean
pl_speakers_live_close_request (GtkWindow *window)
{
  PlSpeakersLive *self = PL_SPEAKERS_LIVE (window);
  PlSpeakerEntry *entry = pl_speaker_timer_get_current (self->timer);

  if (!self->close_confirmed && entry != NULL && pl_speaker_timer_get_running (self->timer))
    {
      static const char *responses[] = {
        "close", N_("_Keep Counting"),
        "pause", N_("_Pause"),
        "cancel", N_("_Cancel"),
        NULL
      };
      const char *translated[G_N_ELEMENTS (responses)];
      PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);
      g_autofree char *body = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (responses); i++)
        translated[i] = (i % 2 == 1 && responses[i]) ? _(responses[i]) : responses[i];
      /* Translators: %s is a delegation, such as France */
      body = g_strdup_printf (_("%s has the floor. The time goes on counting while the live mode is closed, "
                                "and the live mode shows it again when opened."),
                              pl_speaker_delegation_name (self->session, pl_speaker_get_delegation (speaker)));
      pl_compat_ask_async (window, _("Close the Live Mode?"), body, translated, NULL,
                           on_close_answer_cb, g_object_ref (self));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pl_speakers_live_parent_class)->close_request (window);
}

static void
pl_speakers_live_dispose (GObject *object)
{
  PlSpeakersLive *self = PL_SPEAKERS_LIVE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  /* The statement goes on without the window: the room's state has it
   * (a change of this main-loop turn is written now), and the window
   * opened again takes it up. */
  if (self->timer != NULL && self->room_id != 0)
    {
      g_clear_handle_id (&self->room_id, g_source_remove);
      write_room_state (self);
    }
  if (self->room_display != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->room_display, self);
      gtk_window_destroy (GTK_WINDOW (self->room_display));
      g_clear_object (&self->room_display);
    }
  g_clear_object (&self->timer);
  g_clear_pointer (&self->statement, g_free);
  g_clear_object (&self->order);
  g_clear_object (&self->list);
  g_clear_object (&self->session);
  g_clear_pointer (&self->fake_clock_path, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_SPEAKERS_LIVE);

  G_OBJECT_CLASS (pl_speakers_live_parent_class)->dispose (object);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_named_action_new (action)));
}

static void
pl_speakers_live_class_init (PlSpeakersLiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_speakers_live_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = pl_speakers_live_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-speakers-live.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, stack);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, position_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, delegation_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, person_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, behalf_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, limit_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, warning_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, next_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersLive, toggle_content);

  gtk_widget_class_install_action (widget_class, "live.toggle", NULL, toggle_action);
  gtk_widget_class_install_action (widget_class, "live.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "live.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "live.spoken", NULL, spoken_action);
  gtk_widget_class_install_action (widget_class, "live.withdrawn", NULL, withdrawn_action);
  pl_fullscreen_install_actions (widget_class, "live.fullscreen", "live.leave-fullscreen");
  gtk_widget_class_install_action (widget_class, "live.room-display", NULL, room_display_action);
}

static void
pl_speakers_live_init (PlSpeakersLive *self)
{
  /* Captured before the focused button sees them: Space must start the
   * countdown, not press whatever button has the focus. */
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, GDK_KEY_space, 0, "live.toggle");
  add_shortcut (shortcuts, GDK_KEY_n, 0, "live.next");
  add_shortcut (shortcuts, GDK_KEY_Right, 0, "live.next");
  add_shortcut (shortcuts, GDK_KEY_p, 0, "live.previous");
  add_shortcut (shortcuts, GDK_KEY_Left, 0, "live.previous");
  add_shortcut (shortcuts, GDK_KEY_s, 0, "live.spoken");
  add_shortcut (shortcuts, GDK_KEY_w, 0, "live.withdrawn");
  add_shortcut (shortcuts, GDK_KEY_F11, 0, "live.fullscreen");
  add_shortcut (shortcuts, GDK_KEY_f, 0, "live.fullscreen");
  add_shortcut (shortcuts, GDK_KEY_d, 0, "live.room-display");
  /* Escape leaves full screen, never the window: one press closed it in
   * the middle of a statement. */
  add_shortcut (shortcuts, GDK_KEY_Escape, 0, "live.leave-fullscreen");
  add_shortcut (shortcuts, GDK_KEY_w, GDK_CONTROL_MASK, "window.close");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

GtkWidget *
pl_speakers_live_new (GtkWindow     *parent,
                      PlSession     *session,
                      PlSpeakerList *list)
{
  PlSpeakersLive *self;
  const char *fake_clock_path = g_getenv ("PLENARY_FAKE_CLOCK_FILE");
  g_autofree char *title = NULL;
  g_autofree char *item = NULL;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_SPEAKER_LIST (list), NULL);

  self = g_object_new (PL_TYPE_SPEAKERS_LIVE, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->list = g_object_ref (list);
  self->order = pl_speaker_order_new (session, list);
  self->timer = pl_speaker_timer_new (self->order);
  if (fake_clock_path != NULL && *fake_clock_path != '\0')
    {
      self->fake_clock_path = g_strdup (fake_clock_path);
      pl_speaker_timer_set_clock (self->timer, fake_clock, self);
    }
  /* Translators: the live mode's window title; %s is a list's title */
  title = g_strdup_printf (_("%s — Live"), pl_speaker_list_get_title (list));
  gtk_window_set_title (GTK_WINDOW (self), title);

  item = pl_speaker_item_label (session, pl_speaker_list_get_item (list));
  adw_window_title_set_title (self->window_title, pl_speaker_list_get_title (list));
  adw_window_title_set_subtitle (self->window_title, item);
  /* Closed by the main window (or the app) with it: the session goes. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  take_up_statement (self);
  if (pl_speaker_timer_get_running (self->timer))
    self->tick_id = g_timeout_add (TICK_MS, on_tick_cb, self);

  g_signal_connect_swapped (self->timer, "notify::running", G_CALLBACK (on_running_changed_cb), self);
  g_signal_connect_swapped (self->timer, "notify::current", G_CALLBACK (queue_room_state), self);
  g_signal_connect_swapped (self->timer, "notify", G_CALLBACK (update_display), self);
  g_signal_connect_swapped (self->order, "items-changed", G_CALLBACK (update_display), self);
  update_display (self);
  return GTK_WIDGET (self);
}

/**
 * pl_speakers_live_get_timer:
 *
 * Returns: (transfer none): the timer this window drives
 */
PlSpeakerTimer *
pl_speakers_live_get_timer (PlSpeakersLive *self)
{
  g_return_val_if_fail (PL_IS_SPEAKERS_LIVE (self), NULL);
  return self->timer;
}

/**
 * pl_speakers_live_get_list:
 *
 * Returns: (transfer none): the list of speakers this window runs
 */
PlSpeakerList *
pl_speakers_live_get_list (PlSpeakersLive *self)
{
  g_return_val_if_fail (PL_IS_SPEAKERS_LIVE (self), NULL);
  return self->list;
}
