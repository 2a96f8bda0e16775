/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-meeting.h"
#include "pl-schedule-day.h"

/**
 * PlScheduleDay:
 *
 * One day of the organization of work: its date, whether it lies within
 * the session's dates, and its meetings in order of time (a #GListModel of
 * #PlMeeting, for a column of the Organization of work page). Days are
 * made and kept current by #PlSchedule.
 */
struct _PlScheduleDay
{
  GObject     parent_instance;

  char       *date;
  GListStore *meetings;
  guint       in_session : 1;
};

G_DEFINE_FINAL_TYPE (PlScheduleDay, pl_schedule_day, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_IN_SESSION,
  PROP_MEETINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_schedule_day_finalize (GObject *object)
{
  PlScheduleDay *self = PL_SCHEDULE_DAY (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (pl_schedule_day_parent_class)->finalize (object);
}

static void
pl_schedule_day_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlScheduleDay *self = PL_SCHEDULE_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_IN_SESSION:
      g_value_set_boolean (value, self->in_session);
      break;

    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_schedule_day_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlScheduleDay *self = PL_SCHEDULE_DAY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      self->date = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_schedule_day_class_init (PlScheduleDayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pl_schedule_day_finalize;
  object_class->get_property = pl_schedule_day_get_property;
  object_class->set_property = pl_schedule_day_set_property;

  /**
   * PlScheduleDay:date:
   *
   * The ISO date of the day.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * PlScheduleDay:in-session:
   *
   * Whether the day lies within the session's dates; a day outside them is
   * shown only because a meeting was put there (schedule.outside-session).
   */
  properties[PROP_IN_SESSION] =
    g_param_spec_boolean ("in-session", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PlScheduleDay:meetings:
   *
   * The day's meetings in order of time, a #GListModel of #PlMeeting.
   */
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_schedule_day_init (PlScheduleDay *self)
{
  self->meetings = g_list_store_new (PL_TYPE_MEETING);
}

PlScheduleDay *
pl_schedule_day_new (const char *date)
{
  return g_object_new (PL_TYPE_SCHEDULE_DAY, "date", date, NULL);
}

const char *
pl_schedule_day_get_date (PlScheduleDay *self)
{
  g_return_val_if_fail (PL_IS_SCHEDULE_DAY (self), NULL);

  return self->date;
}

gboolean
pl_schedule_day_get_in_session (PlScheduleDay *self)
{
  g_return_val_if_fail (PL_IS_SCHEDULE_DAY (self), FALSE);

  return self->in_session;
}

/**
 * pl_schedule_day_get_meetings:
 *
 * Returns: (transfer none): the day's meetings in order of time
 */
GListModel *
pl_schedule_day_get_meetings (PlScheduleDay *self)
{
  g_return_val_if_fail (PL_IS_SCHEDULE_DAY (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

void
pl_schedule_day_set_in_session (PlScheduleDay *self,
                                gboolean       in_session)
{
  g_return_if_fail (PL_IS_SCHEDULE_DAY (self));

  in_session = !!in_session;
  if (self->in_session == in_session)
    return;

  self->in_session = in_session;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_SESSION]);
}

/**
 * pl_schedule_day_set_meetings:
 * @meetings: (element-type PlMeeting): the day's meetings, in order
 *
 * Replaces only the run of meetings that differs, so that a list view
 * keeps its rows (and their focus) for the meetings that stayed put.
 */
void
pl_schedule_day_set_meetings (PlScheduleDay *self,
                              GPtrArray     *meetings)
{
  guint n_old, prefix = 0, suffix = 0;

  g_return_if_fail (PL_IS_SCHEDULE_DAY (self));

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  while (prefix < n_old && prefix < meetings->len)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->meetings), prefix);

      if (old != g_ptr_array_index (meetings, prefix))
        break;
      prefix++;
    }

  while (suffix < n_old - prefix && suffix < meetings->len - prefix)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->meetings), n_old - 1 - suffix);

      if (old != g_ptr_array_index (meetings, meetings->len - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == meetings->len)
    return;

  g_list_store_splice (self->meetings, prefix, n_old - prefix - suffix,
                       meetings->pdata + prefix, meetings->len - prefix - suffix);
}
