/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-schedule.h"
#include "pl-json-text.h"

/**
 * PlSchedule:
 *
 * The organization of work (seed, annex): the session's `meeting` records
 * seen as days, each with its meetings in order of time, and the edits of
 * the Organization of work page. Every edit goes through the records'
 * setters inside one #PlHistory group, so it is one undo step and reaches
 * autosave and sync like any other change; the days follow the session's
 * #PlSession::changed signal, whoever made the change.
 */
struct _PlSchedule
{
  GObject     parent_instance;

  PlSession  *session;
  GListStore *days;       /* of PlScheduleDay, by date */
};

G_DEFINE_FINAL_TYPE (PlSchedule, pl_schedule, G_TYPE_OBJECT)
G_DEFINE_QUARK (pl-schedule-error-quark, pl_schedule_error)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_meetings_cb (gconstpointer a,
                     gconstpointer b)
{
  return pl_schedule_compare_meetings (*(PlMeeting **) a, *(PlMeeting **) b);
}

/* Days to show: every working day of the session, any other day of it
 * that has a meeting, and the days outside it where a meeting was put, so
 * that such a meeting can still be seen and moved back. */
static GPtrArray *
collect_dates (PlSchedule *self,
               GPtrArray  *meetings,
               GHashTable *in_session)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GDate start, end;

  if (pl_calendar_get_dates (self->session, &start, &end, NULL))
    {
      for (GDate day = start; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
        {
          char *text = pl_calendar_format_date (&day);

          g_hash_table_add (in_session, g_strdup (text));
          if (pl_calendar_is_working_day (&day))
            g_ptr_array_add (dates, text);
          else
            g_free (text);
        }
    }

  for (guint i = 0; i < dates->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (dates, i));

  for (guint i = 0; i < meetings->len; i++)
    {
      const char *date = pl_meeting_get_date (g_ptr_array_index (meetings, i));
      GDate parsed;

      if (!pl_calendar_parse_date (date, &parsed, NULL) || g_hash_table_contains (seen, date))
        continue;

      g_ptr_array_add (dates, g_strdup (date));
      g_hash_table_add (seen, g_ptr_array_index (dates, dates->len - 1));
    }

  return g_steal_pointer (&dates);
}

static int
compare_date_strings_cb (gconstpointer a,
                         gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
rebuild (PlSchedule *self)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (self->session);
  g_autoptr(GHashTable) in_session = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) old_days = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old, prefix = 0, suffix = 0, m = 0;

  dates = collect_dates (self, meetings, in_session);
  g_ptr_array_sort (dates, compare_date_strings_cb);

  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->days));
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(PlScheduleDay) day = g_list_model_get_item (G_LIST_MODEL (self->days), i);

      g_hash_table_insert (old_days, (gpointer) pl_schedule_day_get_date (day), day);
    }

  for (guint i = 0; i < dates->len; i++)
    {
      const char *date = g_ptr_array_index (dates, i);
      PlScheduleDay *day = g_hash_table_lookup (old_days, date);
      g_autoptr(GPtrArray) of_day = g_ptr_array_new ();

      day = day ? g_object_ref (day) : pl_schedule_day_new (date);

      /* Meetings are sorted by date first, and every valid date is a day. */
      while (m < meetings->len
             && g_strcmp0 (pl_meeting_get_date (g_ptr_array_index (meetings, m)), date) < 0)
        m++;
      while (m < meetings->len
             && g_strcmp0 (pl_meeting_get_date (g_ptr_array_index (meetings, m)), date) == 0)
        g_ptr_array_add (of_day, g_ptr_array_index (meetings, m++));

      pl_schedule_day_set_in_session (day, g_hash_table_contains (in_session, date));
      pl_schedule_day_set_meetings (day, of_day);
      g_ptr_array_add (days, day);
    }

  /* Splice only the run of days that changed, so that a view keeps the
   * columns that stayed (STYLE.md: lists through GListStore). */
  while (prefix < n_old && prefix < days->len)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->days), prefix);

      if (old != g_ptr_array_index (days, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < days->len - prefix)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->days), n_old - 1 - suffix);

      if (old != g_ptr_array_index (days, days->len - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix != n_old || prefix != days->len)
    g_list_store_splice (self->days, prefix, n_old - prefix - suffix,
                         days->pdata + prefix, days->len - prefix - suffix);
}

static void
on_session_changed_cb (PlSession    *session,
                       PlRecord     *record,
                       PlChangeKind  kind,
                       const char   *field,
                       PlSchedule   *self)
{
  if (PL_IS_MEETING (record))
    {
      /* Entries do not move a meeting; everything else may. */
      if (kind != PL_CHANGE_FIELD || g_strcmp0 (field, "entries") != 0)
        rebuild (self);
    }
  else if (PL_IS_SESSION_SETTINGS (record)
           && (g_strcmp0 (field, "start_date") == 0 || g_strcmp0 (field, "end_date") == 0))
    {
      rebuild (self);
    }
}

static void
pl_schedule_dispose (GObject *object)
{
  PlSchedule *self = PL_SCHEDULE (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, on_session_changed_cb, self);
  g_clear_object (&self->session);
  g_clear_object (&self->days);

  G_OBJECT_CLASS (pl_schedule_parent_class)->dispose (object);
}

static void
pl_schedule_constructed (GObject *object)
{
  PlSchedule *self = PL_SCHEDULE (object);

  G_OBJECT_CLASS (pl_schedule_parent_class)->constructed (object);

  g_assert (PL_IS_SESSION (self->session));

  g_signal_connect (self->session, "changed", G_CALLBACK (on_session_changed_cb), self);
  rebuild (self);
}

static void
pl_schedule_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PlSchedule *self = PL_SCHEDULE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_DAYS:
      g_value_set_object (value, self->days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_schedule_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PlSchedule *self = PL_SCHEDULE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_schedule_class_init (PlScheduleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_schedule_constructed;
  object_class->dispose = pl_schedule_dispose;
  object_class->get_property = pl_schedule_get_property;
  object_class->set_property = pl_schedule_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, PL_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * PlSchedule:days:
   *
   * The days of the organization of work, a #GListModel of #PlScheduleDay
   * in date order.
   */
  properties[PROP_DAYS] =
    g_param_spec_object ("days", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_schedule_init (PlSchedule *self)
{
  self->days = g_list_store_new (PL_TYPE_SCHEDULE_DAY);
}

/* Entries: the meeting's sealed `entries` copied into objects that can be
 * changed, keeping any member this version does not know. */

static JsonObject *
entry_copy (JsonObject *source)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, source);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (copy, name, json_node_copy (node));

  return copy;
}

static GPtrArray *
entries_dup (PlMeeting *meeting)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  JsonNode *node = pl_meeting_get_entries (meeting);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            g_ptr_array_add (entries, entry_copy (json_node_get_object (element)));
        }
    }

  return entries;
}

static void
entries_store (PlMeeting *meeting,
               GPtrArray *entries)
{
  g_autoptr(JsonArray) array = json_array_sized_new (entries->len);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < entries->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (entries, i)));
  json_node_set_array (node, array);

  pl_meeting_set_entries (meeting, node);
}

static const char *
entry_item (JsonObject *entry)
{
  return pl_json_object_get_string (entry, "item", NULL);
}

static const char *
entry_note (JsonObject *entry)
{
  const char *note = pl_json_object_get_string (entry, "note", NULL);

  return note ? note : "";
}

static int
entries_find (GPtrArray  *entries,
              const char *item_id)
{
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (entry_item (g_ptr_array_index (entries, i)), item_id) == 0)
      return (int) i;
  return -1;
}

static GHashTable *
agenda_order (PlSession *session)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  GHashTable *order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (order, g_strdup (pl_record_get_id (g_ptr_array_index (items, i))),
                         GUINT_TO_POINTER (i + 1));

  return order;
}

/* Where an item goes when it is given no place: after the entries that
 * come before it in the agenda, so a meeting's items stay in agenda order
 * (the annex lists them so; schedule.order warns otherwise). */
static guint
agenda_order_index (PlSession  *session,
                    GPtrArray  *entries,
                    const char *item_id)
{
  g_autoptr(GHashTable) order = agenda_order (session);
  guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (order, item_id));

  for (guint i = 0; i < entries->len; i++)
    {
      guint other = GPOINTER_TO_UINT (g_hash_table_lookup (order, entry_item (g_ptr_array_index (entries, i))));

      if (other > rank)
        return i;
    }

  return entries->len;
}

/* The annex marks an item taken up again as "(continued)": the first
 * meeting that takes up an item has no note, the later ones
 * "continued". Only notes that are empty or that marker are ours to
 * change; anything else the user wrote stays. */
static void
refresh_continued (PlSchedule *self,
                   const char *item_id)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (self->session);
  gboolean first = TRUE;

  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GPtrArray) entries = entries_dup (meeting);
      gboolean changed = FALSE;

      for (guint k = 0; k < entries->len; k++)
        {
          JsonObject *entry = g_ptr_array_index (entries, k);
          const char *note = entry_note (entry);
          const char *wanted;

          if (g_strcmp0 (entry_item (entry), item_id) != 0)
            continue;

          wanted = first ? "" : PL_SCHEDULE_NOTE_CONTINUED;
          first = FALSE;

          if ((*note == '\0' || g_str_equal (note, PL_SCHEDULE_NOTE_CONTINUED))
              && !g_str_equal (note, wanted))
            {
              json_object_set_string_member (entry, "note", wanted);
              changed = TRUE;
            }
        }

      if (changed)
        entries_store (meeting, entries);
    }
}

static gboolean
check_in_session (PlSchedule  *self,
                  PlRecord    *record,
                  GError     **error)
{
  if (pl_session_lookup (self->session, pl_record_get_id (record)) == record)
    return TRUE;

  g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION,
               _("“%s” is not a record of this session"), pl_record_get_id (record));
  return FALSE;
}

/**
 * pl_schedule_new:
 *
 * Returns: (transfer full): the organization of work of @session
 */
PlSchedule *
pl_schedule_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_SCHEDULE, "session", session, NULL);
}

/**
 * pl_schedule_get_session:
 *
 * Returns: (transfer none): the session
 */
PlSession *
pl_schedule_get_session (PlSchedule *self)
{
  g_return_val_if_fail (PL_IS_SCHEDULE (self), NULL);

  return self->session;
}

/**
 * pl_schedule_get_days:
 *
 * Returns: (transfer none): a #GListModel of #PlScheduleDay, in date order
 */
GListModel *
pl_schedule_get_days (PlSchedule *self)
{
  g_return_val_if_fail (PL_IS_SCHEDULE (self), NULL);

  return G_LIST_MODEL (self->days);
}

/**
 * pl_schedule_create_default_pattern:
 * @n_created: (out) (optional): how many meetings were added
 *
 * Adds the default meetings (setting `meeting_times`, two a day in the
 * seed) on every working day of the session, as plenary meetings, in one
 * undo step. A slot that already has a meeting starting at that time is
 * left alone, so running it again adds nothing.
 *
 * Returns: %FALSE if the session's dates or meeting times are missing or
 *   wrong
 */
gboolean
pl_schedule_create_default_pattern (PlSchedule  *self,
                                    guint       *n_created,
                                    GError     **error)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *meetings;
  PlHistory *history;
  GDate start, end;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);

  if (n_created != NULL)
    *n_created = 0;

  if (!pl_calendar_get_dates (self->session, &start, &end, error))
    return FALSE;
  if ((slots = pl_calendar_get_meeting_times (self->session, error)) == NULL)
    return FALSE;

  meetings = pl_session_get_records (self->session, PL_TYPE_MEETING);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      g_hash_table_add (taken, g_strdup_printf ("%s %s", pl_meeting_get_date (meeting),
                                                pl_meeting_get_start (meeting)));
    }

  /* Decision 9/2: "five working days"; the pattern leaves weekends free. */
  for (GDate day = start; g_date_compare (&day, &end) <= 0; g_date_add_days (&day, 1))
    {
      g_autofree char *date = NULL;

      if (!pl_calendar_is_working_day (&day))
        continue;

      date = pl_calendar_format_date (&day);
      for (guint i = 0; i < slots->len; i++)
        {
          const PlTimeSlot *slot = &g_array_index (slots, PlTimeSlot, i);
          g_autofree char *start_text = pl_calendar_format_time (slot->start);
          g_autofree char *end_text = pl_calendar_format_time (slot->end);
          g_autofree char *key = g_strdup_printf ("%s %s", date, start_text);
          g_autoptr(JsonNode) entries = json_node_new (JSON_NODE_ARRAY);
          PlMeeting *meeting;

          /* take, not init: json_node_init_array adds a reference, and the
           * new array leaked (LeakSanitizer, test-deadlines). */
          json_node_take_array (entries, json_array_new ());

          if (g_hash_table_contains (taken, key))
            continue;

          meeting = pl_meeting_new (NULL);
          pl_meeting_set_date (meeting, date);
          pl_meeting_set_start (meeting, start_text);
          pl_meeting_set_end (meeting, end_text);
          pl_meeting_set_body (meeting, PL_MEETING_BODY_PLENARY);
          pl_meeting_set_title (meeting, "");
          pl_meeting_set_entries (meeting, entries);
          g_ptr_array_add (created, meeting);
        }
    }

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Create Default Meetings"));
  for (guint i = 0; i < created->len; i++)
    pl_session_add_record (self->session, g_ptr_array_index (created, i));
  pl_history_end_group (history);

  if (n_created != NULL)
    *n_created = created->len;

  return TRUE;
}

/**
 * pl_schedule_add_meeting:
 * @date: ISO date
 * @start: HH:MM
 * @end: HH:MM, after @start
 * @title: (nullable): a title, for a meeting not about agenda items
 *
 * Returns: (transfer none) (nullable): the new meeting, or %NULL if a
 *   date or time is wrong
 */
PlMeeting *
pl_schedule_add_meeting (PlSchedule     *self,
                         const char     *date,
                         const char     *start,
                         const char     *end,
                         PlMeetingBody   body,
                         const char     *title,
                         GError        **error)
{
  g_autoptr(PlMeeting) meeting = NULL;
  g_autoptr(JsonNode) entries = NULL;
  PlHistory *history;
  GDate d;
  int s, e;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), NULL);

  meeting = pl_meeting_new (NULL);
  pl_meeting_set_date (meeting, date);
  pl_meeting_set_start (meeting, start);
  pl_meeting_set_end (meeting, end);
  if (!pl_calendar_get_meeting_span (meeting, &d, &s, &e, error))
    return NULL;

  entries = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (entries, json_array_new ()); /* see above: take, not init */
  pl_meeting_set_body (meeting, body);
  pl_meeting_set_title (meeting, title ? title : "");
  pl_meeting_set_entries (meeting, entries);

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Add Meeting"));
  pl_session_add_record (self->session, PL_RECORD (meeting));
  pl_history_end_group (history);

  return meeting;
}

void
pl_schedule_delete_meeting (PlSchedule *self,
                            PlMeeting  *meeting)
{
  g_autoptr(GPtrArray) entries = NULL;
  PlHistory *history;

  g_return_if_fail (PL_IS_SCHEDULE (self));
  g_return_if_fail (PL_IS_MEETING (meeting));
  g_return_if_fail (check_in_session (self, PL_RECORD (meeting), NULL));

  entries = entries_dup (meeting);
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Delete Meeting"));
  g_object_ref (meeting);
  pl_session_remove_record (self->session, PL_RECORD (meeting));
  /* The next meeting of an item may now be its first. */
  for (guint i = 0; i < entries->len; i++)
    refresh_continued (self, entry_item (g_ptr_array_index (entries, i)));
  g_object_unref (meeting);
  pl_history_end_group (history);
}

/**
 * pl_schedule_move_meeting:
 * @date: the new ISO date
 * @start: the new start, HH:MM; the meeting keeps its length
 *
 * Returns: %FALSE, changing nothing, if the date or time is wrong or the
 *   meeting would run past midnight
 */
gboolean
pl_schedule_move_meeting (PlSchedule  *self,
                          PlMeeting   *meeting,
                          const char  *date,
                          const char  *start,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *end_text = NULL;
  PlHistory *history;
  GDate old_date, new_date;
  int old_start, old_end, new_start;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (!check_in_session (self, PL_RECORD (meeting), error)
      || !pl_calendar_get_meeting_span (meeting, &old_date, &old_start, &old_end, error))
    return FALSE;

  if (!pl_calendar_parse_date (date, &new_date, &local_error)
      || !pl_calendar_parse_time (start, &new_start, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, local_error->code,
                   _("Moving meeting “%s”: %s"), pl_record_get_id (PL_RECORD (meeting)),
                   local_error->message);
      return FALSE;
    }

  if (new_start + (old_end - old_start) > 24 * 60)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Moving meeting “%s”: starting at %s it would end after midnight"),
                   pl_record_get_id (PL_RECORD (meeting)), start);
      return FALSE;
    }

  end_text = pl_calendar_format_time (new_start + (old_end - old_start));
  entries = entries_dup (meeting);

  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Move Meeting"));
  pl_meeting_set_date (meeting, date);
  pl_meeting_set_start (meeting, start);
  pl_meeting_set_end (meeting, end_text);
  /* Moving a meeting before another may change which one "continues". */
  for (guint i = 0; i < entries->len; i++)
    refresh_continued (self, entry_item (g_ptr_array_index (entries, i)));
  pl_history_end_group (history);

  return TRUE;
}

/**
 * pl_schedule_resize_meeting:
 *
 * Sets the meeting's times on its day.
 *
 * Returns: %FALSE, changing nothing, if a time is wrong or @end is not
 *   after @start
 */
gboolean
pl_schedule_resize_meeting (PlSchedule  *self,
                            PlMeeting   *meeting,
                            const char  *start,
                            const char  *end,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  PlHistory *history;
  int s, e;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);

  if (!check_in_session (self, PL_RECORD (meeting), error))
    return FALSE;

  if (!pl_calendar_parse_time (start, &s, &local_error)
      || !pl_calendar_parse_time (end, &e, &local_error))
    {
      g_set_error (error, PL_SCHEDULE_ERROR, local_error->code,
                   _("Changing the times of meeting “%s”: %s"),
                   pl_record_get_id (PL_RECORD (meeting)), local_error->message);
      return FALSE;
    }

  if (e <= s)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_TIME,
                   _("Changing the times of meeting “%s”: the end (%s) is not after the start (%s)"),
                   pl_record_get_id (PL_RECORD (meeting)), end, start);
      return FALSE;
    }

  entries = entries_dup (meeting);
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, _("Change Meeting Times"));
  pl_meeting_set_start (meeting, start);
  pl_meeting_set_end (meeting, end);
  for (guint i = 0; i < entries->len; i++)
    refresh_continued (self, entry_item (g_ptr_array_index (entries, i)));
  pl_history_end_group (history);

  return TRUE;
}

static void
insert_entry (PlSchedule   *self,
              PlMeeting    *meeting,
              PlAgendaItem *item,
              int           index)
{
  g_autoptr(GPtrArray) entries = entries_dup (meeting);
  const char *item_id = pl_record_get_id (PL_RECORD (item));
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, "item", item_id);
  json_object_set_string_member (entry, "note", "");

  if (index < 0 || (guint) index > entries->len)
    index = index < 0 ? (int) agenda_order_index (self->session, entries, item_id) : (int) entries->len;
  g_ptr_array_insert (entries, index, entry);

  entries_store (meeting, entries);
}

/**
 * pl_schedule_assign_item:
 * @index: where among the meeting's entries, or -1 for its place in
 *   agenda order
 *
 * Puts an item or sub-item on a meeting's agenda, in one undo step. When an
 * earlier meeting already took it up, its note becomes "continued". An item
 * the meeting already has stays where it is.
 *
 * Returns: %FALSE if the meeting or the item is not in the session
 */
gboolean
pl_schedule_assign_item (PlSchedule    *self,
                         PlMeeting     *meeting,
                         PlAgendaItem  *item,
                         int            index,
                         GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *label = NULL;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (item), FALSE);

  if (!check_in_session (self, PL_RECORD (meeting), error)
      || !check_in_session (self, PL_RECORD (item), error))
    return FALSE;

  entries = entries_dup (meeting);
  if (entries_find (entries, pl_record_get_id (PL_RECORD (item))) >= 0)
    return TRUE;

  /* Translators: %s is an agenda item number, "2 (a)" */
  label = g_strdup_printf (_("Schedule Item %s"), pl_agenda_item_get_number (item));
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, label);
  insert_entry (self, meeting, item, index);
  refresh_continued (self, pl_record_get_id (PL_RECORD (item)));
  pl_history_end_group (history);

  return TRUE;
}

/**
 * pl_schedule_unassign_item:
 *
 * Takes an item off a meeting's agenda, in one undo step.
 *
 * Returns: whether the meeting had the item
 */
gboolean
pl_schedule_unassign_item (PlSchedule   *self,
                           PlMeeting    *meeting,
                           PlAgendaItem *item)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *label = NULL;
  const char *item_id;
  PlHistory *history;
  int found;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (item), FALSE);

  item_id = pl_record_get_id (PL_RECORD (item));
  entries = entries_dup (meeting);
  if ((found = entries_find (entries, item_id)) < 0)
    return FALSE;

  g_ptr_array_remove_index (entries, found);

  /* Translators: %s is an agenda item number, "2 (a)" */
  label = g_strdup_printf (_("Unschedule Item %s"), pl_agenda_item_get_number (item));
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, label);
  entries_store (meeting, entries);
  refresh_continued (self, item_id);
  pl_history_end_group (history);

  return TRUE;
}

/**
 * pl_schedule_move_entry:
 * @from: the meeting that has the item
 * @to: the meeting to take it up instead, or @from to reorder
 * @index: where among @to's entries, or -1 for agenda order
 *
 * Drag and drop: moves an item from one meeting to another, in one undo
 * step.
 *
 * Returns: %FALSE, changing nothing, if @from does not have the item or
 *   a meeting is not in the session
 */
gboolean
pl_schedule_move_entry (PlSchedule    *self,
                        PlMeeting     *from,
                        PlAgendaItem  *item,
                        PlMeeting     *to,
                        int            index,
                        GError       **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *label = NULL;
  g_autoptr(JsonObject) moved = NULL;
  const char *item_id;
  PlHistory *history;
  int found;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (from), FALSE);
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (to), FALSE);

  if (!check_in_session (self, PL_RECORD (from), error)
      || !check_in_session (self, PL_RECORD (to), error))
    return FALSE;

  item_id = pl_record_get_id (PL_RECORD (item));
  entries = entries_dup (from);
  if ((found = entries_find (entries, item_id)) < 0)
    {
      g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION,
                   _("Meeting “%s” does not take up item %s"),
                   pl_record_get_id (PL_RECORD (from)), pl_agenda_item_get_number (item));
      return FALSE;
    }

  /* Translators: %s is an agenda item number, "2 (a)" */
  label = g_strdup_printf (_("Move Item %s"), pl_agenda_item_get_number (item));
  history = pl_session_get_history (self->session);
  pl_history_begin_group (history, label);

  moved = json_object_ref (g_ptr_array_index (entries, found));
  g_ptr_array_remove_index (entries, found);

  if (from == to)
    {
      if (index < 0)
        index = (int) agenda_order_index (self->session, entries, item_id);
      g_ptr_array_insert (entries, MIN ((guint) index, entries->len), g_steal_pointer (&moved));
      entries_store (from, entries);
    }
  else
    {
      g_autoptr(GPtrArray) target = entries_dup (to);

      entries_store (from, entries);
      if (entries_find (target, item_id) < 0)
        {
          if (index < 0 || (guint) index > target->len)
            index = index < 0 ? (int) agenda_order_index (self->session, target, item_id) : (int) target->len;
          g_ptr_array_insert (target, index, g_steal_pointer (&moved));
          entries_store (to, target);
        }
    }

  refresh_continued (self, item_id);
  pl_history_end_group (history);

  return TRUE;
}

/**
 * pl_schedule_set_entry_note:
 * @note: (nullable): the note printed after the item, such as "continued"
 *
 * Returns: whether the meeting has the item
 */
gboolean
pl_schedule_set_entry_note (PlSchedule   *self,
                            PlMeeting    *meeting,
                            PlAgendaItem *item,
                            const char   *note)
{
  g_autoptr(GPtrArray) entries = NULL;
  int found;

  g_return_val_if_fail (PL_IS_SCHEDULE (self), FALSE);
  g_return_val_if_fail (PL_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (PL_IS_AGENDA_ITEM (item), FALSE);

  entries = entries_dup (meeting);
  if ((found = entries_find (entries, pl_record_get_id (PL_RECORD (item)))) < 0)
    return FALSE;

  json_object_set_string_member (g_ptr_array_index (entries, found), "note", note ? note : "");
  entries_store (meeting, entries);

  return TRUE;
}

/**
 * pl_schedule_compare_meetings:
 *
 * Orders meetings by date, start, end, body, then `_id`, so that every
 * list of them reads the same way.
 */
int
pl_schedule_compare_meetings (PlMeeting *a,
                              PlMeeting *b)
{
  int cmp;

  if ((cmp = g_strcmp0 (pl_meeting_get_date (a), pl_meeting_get_date (b))) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (pl_meeting_get_start (a), pl_meeting_get_start (b))) != 0)
    return cmp;
  if ((cmp = g_strcmp0 (pl_meeting_get_end (a), pl_meeting_get_end (b))) != 0)
    return cmp;
  if ((cmp = (int) pl_meeting_get_body (a) - (int) pl_meeting_get_body (b)) != 0)
    return cmp;
  return g_strcmp0 (pl_record_get_id (PL_RECORD (a)), pl_record_get_id (PL_RECORD (b)));
}

/**
 * pl_schedule_list_meetings:
 *
 * Returns: (transfer container) (element-type PlMeeting): the session's
 *   meetings in order of time
 */
GPtrArray *
pl_schedule_list_meetings (PlSession *session)
{
  GListModel *meetings;
  GPtrArray *result;
  guint n;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  n = g_list_model_get_n_items (meetings);
  result = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (result, g_list_model_get_item (meetings, i));
  g_ptr_array_sort (result, compare_meetings_cb);

  return result;
}

/**
 * pl_schedule_get_entries:
 *
 * Returns: (transfer full) (element-type PlScheduleEntry): the meeting's
 *   entries in order; the strings are the meeting's, valid until its
 *   entries change. Entries without an item are skipped.
 */
GArray *
pl_schedule_get_entries (PlMeeting *meeting)
{
  GArray *result = g_array_new (FALSE, FALSE, sizeof (PlScheduleEntry));
  JsonNode *node;

  g_return_val_if_fail (PL_IS_MEETING (meeting), result);

  node = pl_meeting_get_entries (meeting);
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          PlScheduleEntry entry;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          entry.item = entry_item (json_node_get_object (element));
          entry.note = entry_note (json_node_get_object (element));
          if (entry.item != NULL)
            g_array_append_val (result, entry);
        }
    }

  return result;
}
