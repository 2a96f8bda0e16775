/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-meetings.h"
#include "pl-speaker-timer.h"

/**
 * PlSpeakerTimer:
 *
 * The list of speakers in the room: the current speaker, a countdown with
 * the limit that applies to them (the group limit for a statement on behalf
 * of a group), a warning near the end, next and previous, and marking a
 * speaker spoken (recording `duration_s`) or withdrawn.
 *
 * Time comes from an injectable clock, so tests drive it with a fake one
 * and never sleep. The timer owns no main-loop source: the view calls
 * pl_speaker_timer_update() from its own tick (a frame clock or a timeout),
 * which notifies elapsed-s, remaining-s, warning and overtime when they
 * change; a model that ticked by itself would wake the CPU when nothing is
 * shown.
 *
 * Record changes (speaking, spoken with its duration, withdrawn) are edits
 * of the session and so undo steps; moving between speakers is not.
 *
 * Marking a speaker spoken also stamps `spoke_at` (issue 20) from the
 * timer's wall clock, in the same undo step, so that the statement lands
 * in the meeting it was made in (pl_meetings_of_statement()); a speaker
 * given the floor again loses the stamp until they finish anew. The wall
 * clock is injectable like the countdown's, for the same reason.
 */
struct _PlSpeakerTimer
{
  GObject         parent_instance;

  PlSpeakerOrder *order;
  PlSpeaker      *current;        /* held by the session; weak by _id */
  char           *current_id;

  PlClockFunc     clock_func;
  gpointer        clock_data;
  PlClockFunc     wall_clock_func;
  gpointer        wall_clock_data;

  gboolean        running;
  gint64          started_us;     /* clock time the current run began */
  gint64          banked_us;      /* time of earlier runs (pauses) */
  int             warning_s;

  int             elapsed_s;      /* last notified values */
  int             remaining_s;
  gboolean        warning;
  gboolean        overtime;
};

G_DEFINE_FINAL_TYPE (PlSpeakerTimer, pl_speaker_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORDER,
  PROP_CURRENT,
  PROP_RUNNING,
  PROP_LIMIT_S,
  PROP_ELAPSED_S,
  PROP_REMAINING_S,
  PROP_WARNING_S,
  PROP_WARNING,
  PROP_OVERTIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
default_wall_clock (gpointer user_data)
{
  return g_get_real_time ();
}

static gint64
now (PlSpeakerTimer *self)
{
  return self->clock_func (self->clock_data);
}

static PlSession *
session_of (PlSpeakerTimer *self)
{
  PlSession *session = NULL;

  g_object_get (self->order, "session", &session, NULL);
  g_object_unref (session);   /* the order holds it */
  return session;
}

static gint64
elapsed_us (PlSpeakerTimer *self)
{
  return self->banked_us + (self->running ? now (self) - self->started_us : 0);
}

static PlSpeakerEntry *
current_entry (PlSpeakerTimer *self)
{
  if (self->current_id == NULL)
    return NULL;
  return pl_speaker_order_find (self->order,
                                PL_SPEAKER (pl_session_lookup (session_of (self), self->current_id)));
}

static void
refresh (PlSpeakerTimer *self)
{
  PlSpeakerEntry *entry = current_entry (self);
  int limit = entry != NULL ? pl_speaker_entry_get_limit_s (entry) : 0;
  int elapsed = (int) (elapsed_us (self) / G_USEC_PER_SEC);
  int remaining = limit - elapsed;
  gboolean overtime = limit > 0 && remaining < 0;
  gboolean warning = limit > 0 && !overtime && remaining <= self->warning_s && elapsed_us (self) > 0;

  g_object_freeze_notify (G_OBJECT (self));
  if (elapsed != self->elapsed_s)
    {
      self->elapsed_s = elapsed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED_S]);
    }
  if (remaining != self->remaining_s)
    {
      self->remaining_s = remaining;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_S]);
    }
  if (warning != self->warning)
    {
      self->warning = warning;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING]);
    }
  if (overtime != self->overtime)
    {
      self->overtime = overtime;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERTIME]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_running (PlSpeakerTimer *self,
             gboolean        running)
{
  if (self->running == running)
    return;
  if (running)
    self->started_us = now (self);
  else
    self->banked_us += now (self) - self->started_us;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
set_current (PlSpeakerTimer *self,
             PlSpeakerEntry *entry)
{
  const char *id = entry != NULL ? pl_record_get_id (PL_RECORD (pl_speaker_entry_get_speaker (entry))) : NULL;

  set_running (self, FALSE);
  self->banked_us = 0;
  if (g_strcmp0 (id, self->current_id) != 0)
    {
      g_free (self->current_id);
      self->current_id = g_strdup (id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIMIT_S]);
    }
  refresh (self);
}

/* The first entry at or after @from (or before, going back) that can
 * still speak. */
static PlSpeakerEntry *
find_entry (PlSpeakerTimer *self,
            int             from,
            int             step,
            gboolean        waiting_only)
{
  GListModel *model = G_LIST_MODEL (self->order);
  int n = (int) g_list_model_get_n_items (model);

  for (int i = from; i >= 0 && i < n; i += step)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);
      PlSpeakerStatus status = pl_speaker_get_status (pl_speaker_entry_get_speaker (entry));

      if (status == PL_SPEAKER_STATUS_WITHDRAWN)
        continue;
      if (waiting_only && status == PL_SPEAKER_STATUS_SPOKEN)
        continue;
      return entry;   /* the order's store holds it */
    }
  return NULL;
}

static int
index_of_current (PlSpeakerTimer *self)
{
  GListModel *model = G_LIST_MODEL (self->order);
  PlSpeakerEntry *current = current_entry (self);

  for (guint i = 0; current != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);

      if (entry == current)
        return (int) i;
    }
  return -1;
}

static void
pl_speaker_timer_dispose (GObject *object)
{
  PlSpeakerTimer *self = PL_SPEAKER_TIMER (object);

  g_clear_object (&self->order);
  g_clear_pointer (&self->current_id, g_free);

  G_OBJECT_CLASS (pl_speaker_timer_parent_class)->dispose (object);
}

static void
pl_speaker_timer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PlSpeakerTimer *self = PL_SPEAKER_TIMER (object);

  switch (prop_id)
    {
    case PROP_ORDER:
      g_value_set_object (value, self->order);
      break;
    case PROP_CURRENT:
      g_value_set_object (value, pl_speaker_timer_get_current (self));
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    case PROP_LIMIT_S:
      g_value_set_int (value, pl_speaker_timer_get_limit_s (self));
      break;
    case PROP_ELAPSED_S:
      g_value_set_int (value, self->elapsed_s);
      break;
    case PROP_REMAINING_S:
      g_value_set_int (value, self->remaining_s);
      break;
    case PROP_WARNING_S:
      g_value_set_int (value, self->warning_s);
      break;
    case PROP_WARNING:
      g_value_set_boolean (value, self->warning);
      break;
    case PROP_OVERTIME:
      g_value_set_boolean (value, self->overtime);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_speaker_timer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PlSpeakerTimer *self = PL_SPEAKER_TIMER (object);

  switch (prop_id)
    {
    case PROP_ORDER:
      self->order = g_value_dup_object (value);
      break;
    case PROP_WARNING_S:
      pl_speaker_timer_set_warning_s (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_speaker_timer_constructed (GObject *object)
{
  PlSpeakerTimer *self = PL_SPEAKER_TIMER (object);

  G_OBJECT_CLASS (pl_speaker_timer_parent_class)->constructed (object);

  set_current (self, find_entry (self, 0, 1, TRUE));
}

static void
pl_speaker_timer_class_init (PlSpeakerTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_speaker_timer_constructed;
  object_class->dispose = pl_speaker_timer_dispose;
  object_class->get_property = pl_speaker_timer_get_property;
  object_class->set_property = pl_speaker_timer_set_property;

#define FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  properties[PROP_ORDER] =
    g_param_spec_object ("order", NULL, NULL, PL_TYPE_SPEAKER_ORDER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT] = g_param_spec_object ("current", NULL, NULL, PL_TYPE_SPEAKER_ENTRY, FLAGS);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, FLAGS);
  /* the limit for the current statement */
  properties[PROP_LIMIT_S] = g_param_spec_int ("limit-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_ELAPSED_S] = g_param_spec_int ("elapsed-s", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* negative once the speaker is over time */
  properties[PROP_REMAINING_S] = g_param_spec_int ("remaining-s", NULL, NULL, G_MININT, G_MAXINT, 0, FLAGS);
  /* how near the end the warning shows */
  properties[PROP_WARNING_S] =
    g_param_spec_int ("warning-s", NULL, NULL, 0, G_MAXINT, 30,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WARNING] = g_param_spec_boolean ("warning", NULL, NULL, FALSE, FLAGS);
  properties[PROP_OVERTIME] = g_param_spec_boolean ("overtime", NULL, NULL, FALSE, FLAGS);
#undef FLAGS

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_speaker_timer_init (PlSpeakerTimer *self)
{
  self->clock_func = default_clock;
  self->wall_clock_func = default_wall_clock;
  self->warning_s = 30;
}

PlSpeakerTimer *
pl_speaker_timer_new (PlSpeakerOrder *order)
{
  g_return_val_if_fail (PL_IS_SPEAKER_ORDER (order), NULL);

  return g_object_new (PL_TYPE_SPEAKER_TIMER, "order", order, NULL);
}

/**
 * pl_speaker_timer_set_clock:
 * @clock_func: (nullable): the clock, %NULL for g_get_monotonic_time()
 *
 * Replaces the clock; for tests. Set it before starting.
 */
void
pl_speaker_timer_set_clock (PlSpeakerTimer *self,
                            PlClockFunc     clock_func,
                            gpointer        user_data)
{
  g_return_if_fail (PL_IS_SPEAKER_TIMER (self));
  g_return_if_fail (!self->running);

  self->clock_func = clock_func != NULL ? clock_func : default_clock;
  self->clock_data = user_data;
}

/**
 * pl_speaker_timer_set_wall_clock:
 * @clock_func: (nullable): a clock giving microseconds since the Unix
 *   epoch, as g_get_real_time(); %NULL for that one
 *
 * Replaces the clock that stamps when a speaker finished (`spoke_at`);
 * for tests.
 */
void
pl_speaker_timer_set_wall_clock (PlSpeakerTimer *self,
                                 PlClockFunc     clock_func,
                                 gpointer        user_data)
{
  g_return_if_fail (PL_IS_SPEAKER_TIMER (self));

  self->wall_clock_func = clock_func != NULL ? clock_func : default_wall_clock;
  self->wall_clock_data = user_data;
}

/* The time a statement ended, as the record keeps date-times. */
static char *
format_wall_clock (PlSpeakerTimer *self)
{
  gint64 us = self->wall_clock_func (self->wall_clock_data);
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  return pl_meetings_format_instant (session_of (self), at);
}

/**
 * pl_speaker_timer_get_current:
 *
 * Returns: (transfer none) (nullable): the current speaker's entry
 */
PlSpeakerEntry *
pl_speaker_timer_get_current (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), NULL);
  return current_entry (self);
}

gboolean
pl_speaker_timer_get_running (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);
  return self->running;
}

int
pl_speaker_timer_get_limit_s (PlSpeakerTimer *self)
{
  PlSpeakerEntry *entry;

  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), 0);
  entry = current_entry (self);
  return entry != NULL ? pl_speaker_entry_get_limit_s (entry) : 0;
}

int
pl_speaker_timer_get_elapsed_s (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), 0);
  return self->elapsed_s;
}

int
pl_speaker_timer_get_remaining_s (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), 0);
  return self->remaining_s;
}

int
pl_speaker_timer_get_warning_s (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), 0);
  return self->warning_s;
}

gboolean
pl_speaker_timer_get_warning (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);
  return self->warning;
}

gboolean
pl_speaker_timer_get_overtime (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);
  return self->overtime;
}

void
pl_speaker_timer_set_warning_s (PlSpeakerTimer *self,
                                int             warning_s)
{
  g_return_if_fail (PL_IS_SPEAKER_TIMER (self));
  g_return_if_fail (warning_s >= 0);

  if (self->warning_s == warning_s)
    return;
  self->warning_s = warning_s;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_S]);
  refresh (self);
}

/**
 * pl_speaker_timer_update:
 *
 * Reads the clock and notifies what changed; call it from the view's tick.
 */
void
pl_speaker_timer_update (PlSpeakerTimer *self)
{
  g_return_if_fail (PL_IS_SPEAKER_TIMER (self));
  refresh (self);
}

/**
 * pl_speaker_timer_start:
 *
 * Gives the floor to the current speaker (their status becomes
 * `speaking`, an undo step) and starts or resumes the countdown.
 *
 * Returns: %FALSE if there is no one to give the floor to
 */
gboolean
pl_speaker_timer_start (PlSpeakerTimer *self)
{
  PlSpeakerEntry *entry;
  PlSpeaker *speaker;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);

  entry = current_entry (self);
  if (entry == NULL || self->running)
    return entry != NULL;

  speaker = pl_speaker_entry_get_speaker (entry);
  history = pl_session_get_history (session_of (self));
  pl_history_begin_group (history, _("Give the Floor"));
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_SPEAKING);
  /* Given the floor back, the statement is not over: it gets its time
   * when it ends. */
  pl_speaker_set_spoke_at (speaker, NULL);
  pl_history_end_group (history);
  set_running (self, TRUE);
  refresh (self);
  return TRUE;
}

void
pl_speaker_timer_pause (PlSpeakerTimer *self)
{
  g_return_if_fail (PL_IS_SPEAKER_TIMER (self));

  set_running (self, FALSE);
  refresh (self);
}

static gboolean
finish (PlSpeakerTimer  *self,
        PlSpeakerStatus  status,
        const char      *label)
{
  PlSpeakerEntry *entry = current_entry (self);
  g_autoptr(PlSpeaker) speaker = NULL;
  PlHistory *history;
  int index, seconds;

  if (entry == NULL)
    return FALSE;

  speaker = g_object_ref (pl_speaker_entry_get_speaker (entry));
  index = index_of_current (self);
  seconds = (int) ((elapsed_us (self) + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
  set_running (self, FALSE);

  history = pl_session_get_history (session_of (self));
  pl_history_begin_group (history, label);
  pl_speaker_set_status (speaker, status);
  if (status == PL_SPEAKER_STATUS_SPOKEN)
    {
      g_autofree char *spoke_at = format_wall_clock (self);

      pl_speaker_set_duration_s (speaker, seconds);
      pl_speaker_set_spoke_at (speaker, spoke_at);
    }
  else
    pl_speaker_set_spoke_at (speaker, NULL);
  pl_history_end_group (history);

  /* The order may have moved (a withdrawn speaker goes to the end): the
   * next one is whoever now waits from the same place on. */
  set_current (self, find_entry (self, MAX (index, 0), 1, TRUE));
  return TRUE;
}

/**
 * pl_speaker_timer_mark_spoken:
 *
 * Records the current statement as made, with the time it took, as one
 * undo step, and moves to the next speaker who has not spoken.
 */
gboolean
pl_speaker_timer_mark_spoken (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);
  return finish (self, PL_SPEAKER_STATUS_SPOKEN, _("Mark speaker as spoken"));
}

/**
 * pl_speaker_timer_mark_withdrawn:
 *
 * Records that the current speaker withdrew, as one undo step, and moves
 * on.
 */
gboolean
pl_speaker_timer_mark_withdrawn (PlSpeakerTimer *self)
{
  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);
  return finish (self, PL_SPEAKER_STATUS_WITHDRAWN, _("Mark speaker as withdrawn"));
}

/**
 * pl_speaker_timer_next:
 *
 * Moves to the next speaker still waiting. While a statement runs, this
 * ends it as spoken first.
 *
 * Returns: %FALSE at the end of the list
 */
gboolean
pl_speaker_timer_next (PlSpeakerTimer *self)
{
  PlSpeakerEntry *next;

  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);

  if (self->running || elapsed_us (self) > 0)
    return finish (self, PL_SPEAKER_STATUS_SPOKEN, _("Mark speaker as spoken"))
           && current_entry (self) != NULL;

  next = find_entry (self, index_of_current (self) + 1, 1, TRUE);
  if (next == NULL)
    return FALSE;
  set_current (self, next);
  return TRUE;
}

/**
 * pl_speaker_timer_previous:
 *
 * Moves back to the previous speaker, spoken or not (to correct a
 * duration, or give back the floor). Refused while a statement runs.
 *
 * Returns: %FALSE if there is none, or the countdown runs
 */
gboolean
pl_speaker_timer_previous (PlSpeakerTimer *self)
{
  PlSpeakerEntry *previous;
  int index;

  g_return_val_if_fail (PL_IS_SPEAKER_TIMER (self), FALSE);

  if (self->running)
    return FALSE;
  index = index_of_current (self);
  if (index < 0)
    index = (int) g_list_model_get_n_items (G_LIST_MODEL (self->order));
  previous = find_entry (self, index - 1, -1, FALSE);
  if (previous == NULL)
    return FALSE;
  set_current (self, previous);
  return TRUE;
}
