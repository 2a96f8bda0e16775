/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-deadlines.h"
#include "pl-schedule.h"

/*
 * The deadlines of a session, computed from the rules and the session's
 * dates in its time zone (RULES.md, "Deadlines the document states or
 * implies"). A computed deadline carries its `basis`, so that a refresh
 * finds it again; when the user sets another date by hand (the extended
 * Bureau's exceptional 21 September 2020 for draft resolutions), its
 * origin becomes "manual" and refreshes leave it alone, while the basis
 * still says which rule it replaces so that the rule is not added twice.
 *
 * Durations in days ("two weeks before") count calendar days and keep the
 * wall-clock time of the opening, whatever a daylight-saving change in
 * between does to the offset; "twenty-four hours in advance" (rule 18)
 * counts elapsed hours.
 *
 * Titles, rules and notes are written in English, the original language
 * of the session's documents (like the seed), not in the language of the
 * user who happens to refresh: a shared session must not change language
 * with whoever synced last.
 */

/* UN working hours begin at 9 a.m.: the pre-session consultations take up
 * the working day (decision 6/3). */
#define WORKING_DAY_START (9 * 60)
#define NOON (12 * 60)

typedef enum {
  BEFORE_OPENING_DAYS,
  BEFORE_OPENING_HOURS,
  WORKING_DAY_BEFORE,
  LAST_DAY_AT,
} Method;

typedef struct {
  const char *basis;
  const char *title;
  const char *rule;
  const char *note;
  Method      method;
  int         amount;
} Rule;

static const Rule rules[] = {
  { PL_DEADLINE_BASIS_BUDGET,
    "Budget for technical cooperation communicated to States parties",
    "rule 72",
    "At least 60 days in advance of the opening of the regular session at which the budget is to be adopted.",
    BEFORE_OPENING_DAYS, 60 },
  { PL_DEADLINE_BASIS_NGO_LIST,
    "Circulation of the list of non-governmental organizations without consultative status",
    "rule 17, para. 2",
    "At least 30 days before the session, should relevant non-governmental organizations not having "
    "consultative status with the Economic and Social Council apply for observer status.",
    BEFORE_OPENING_DAYS, 30 },
  { PL_DEADLINE_BASIS_DRAFT_RESOLUTIONS,
    "Submission of draft resolutions",
    "decision 6/3",
    "Firm deadline two weeks prior to the commencement of the session.",
    BEFORE_OPENING_DAYS, 14 },
  { PL_DEADLINE_BASIS_PRE_SESSION_CONSULTATIONS,
    "Informal pre-session consultations",
    "decision 6/3",
    "Held on the working day before the opening, without interpretation.",
    WORKING_DAY_BEFORE, WORKING_DAY_START },
  { PL_DEADLINE_BASIS_CREDENTIALS,
    "Submission of credentials",
    "rule 18, para. 1",
    "If possible not later than twenty-four hours in advance of the opening of the session.",
    BEFORE_OPENING_HOURS, 24 },
  { PL_DEADLINE_BASIS_PROVISIONAL_CREDENTIALS,
    "Proper credentials from provisional participants",
    "rule 20",
    "Representatives participating provisionally present proper credentials by noon on the last day "
    "so that their participation is recorded officially.",
    LAST_DAY_AT, NOON },
};

static int
compare_due_cb (gconstpointer a,
                gconstpointer b)
{
  PlDeadline *da = *(PlDeadline **) a;
  PlDeadline *db = *(PlDeadline **) b;
  g_autoptr(GDateTime) ta = pl_deadlines_get_due (da, NULL);
  g_autoptr(GDateTime) tb = pl_deadlines_get_due (db, NULL);

  /* Deadlines without a readable date go last. */
  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return g_date_time_compare (ta, tb);
}

static PlDeadline *
deadline_new (const char *basis,
              const char *title,
              const char *rule,
              const char *note,
              GDateTime  *due)
{
  PlDeadline *deadline = pl_deadline_new (NULL);
  g_autofree char *due_text = pl_calendar_format_date_time (due);

  pl_deadline_set_title (deadline, title);
  pl_deadline_set_due (deadline, due_text);
  pl_deadline_set_rule (deadline, rule);
  pl_deadline_set_origin (deadline, PL_DEADLINE_ORIGIN_COMPUTED);
  pl_deadline_set_note (deadline, note);
  pl_deadline_set_basis (deadline, basis);

  return deadline;
}

static GDateTime *
compute_rule (const Rule  *rule,
              GTimeZone   *zone,
              GDateTime   *opening,
              const GDate *end)
{
  GDate day;
  int year, month, dom;

  g_date_time_get_ymd (opening, &year, &month, &dom);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, dom, month, year);

  switch (rule->method)
    {
    case BEFORE_OPENING_DAYS:
      g_date_subtract_days (&day, rule->amount);
      return pl_calendar_local (zone, &day,
                                g_date_time_get_hour (opening) * 60 + g_date_time_get_minute (opening));

    case BEFORE_OPENING_HOURS:
      return g_date_time_add_hours (opening, -rule->amount);

    case WORKING_DAY_BEFORE:
      do
        g_date_subtract_days (&day, 1);
      while (!pl_calendar_is_working_day (&day));
      return pl_calendar_local (zone, &day, rule->amount);

    case LAST_DAY_AT:
      return pl_calendar_local (zone, end, rule->amount);

    default:
      g_assert_not_reached ();
    }
}

/**
 * pl_deadlines_compute:
 *
 * Computes every deadline the rules give for the session: those of
 * decision 6/3 and rules 17, 18, 20 and 72 from the opening (the first
 * meeting of the first day) and the last day, and the closing of each
 * list of speakers that has one.
 *
 * Returns: (transfer container) (element-type PlDeadline) (nullable): new
 *   deadline records, not in the session, or %NULL if the session's dates,
 *   time zone or a list's closing time are missing or wrong
 */
GPtrArray *
pl_deadlines_compute (PlSession  *session,
                      GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) opening = NULL;
  GListModel *lists;
  GDate start, end;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (!pl_calendar_get_dates (session, &start, &end, error))
    return NULL;
  if ((zone = pl_calendar_get_time_zone (session, error)) == NULL)
    return NULL;
  if ((opening = pl_calendar_get_opening (session, error)) == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GDateTime) due = compute_rule (&rules[i], zone, opening, &end);

      g_ptr_array_add (result, deadline_new (rules[i].basis, rules[i].title, rules[i].rule,
                                             rules[i].note, due));
    }

  /* The secretariat keeps each list between its opening and its closing
   * (seed, item 1 (f)); the closing is a deadline for delegations. */
  lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (lists, i);
      const char *closes = pl_speaker_list_get_closes (list);
      PlRecord *item = pl_session_lookup (session, pl_speaker_list_get_item (list));
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GDateTime) instant = NULL;
      g_autoptr(GDateTime) due = NULL;
      g_autofree char *title = NULL;
      g_autofree char *rule = NULL;

      if (closes == NULL || *closes == '\0')
        continue;

      if ((instant = pl_calendar_parse_date_time (closes, &local_error)) == NULL)
        {
          g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
                       _("List of speakers “%s”, field “closes”: %s"),
                       pl_record_get_id (PL_RECORD (list)), local_error->message);
          return NULL;
        }

      due = g_date_time_to_timezone (instant, zone);
      title = g_strdup_printf ("Closing of the list of speakers: %s",
                               pl_speaker_list_get_title (list) ? pl_speaker_list_get_title (list) : "");
      rule = PL_IS_AGENDA_ITEM (item)
        ? g_strdup_printf ("list of speakers, item %s", pl_agenda_item_get_number (PL_AGENDA_ITEM (item)))
        : g_strdup ("list of speakers");
      g_ptr_array_add (result, deadline_new (pl_record_get_id (PL_RECORD (list)), title, rule,
                                             "Kept by the secretariat until this time.", due));
    }

  return g_steal_pointer (&result);
}

/**
 * pl_deadlines_find_by_basis:
 *
 * Returns: (transfer none) (nullable): the session's deadline computed
 *   from, or set by hand in place of, @basis
 */
PlDeadline *
pl_deadlines_find_by_basis (PlSession  *session,
                            const char *basis)
{
  GListModel *deadlines;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (basis != NULL, NULL);

  deadlines = pl_session_get_records (session, PL_TYPE_DEADLINE);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PlDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (g_strcmp0 (pl_deadline_get_basis (deadline), basis) == 0)
        return deadline;
    }

  return NULL;
}

/**
 * pl_deadlines_refresh:
 * @n_changed: (out) (optional): how many deadlines were added, changed or
 *   removed
 *
 * Brings the computed deadlines up to date with the session's dates, time
 * zone and lists of speakers, in one undo step: a missing one is added, a
 * computed one gets its new date, and a computed one whose basis is gone
 * (a deleted list) is removed. Manual deadlines are never touched, nor is
 * a rule a manual deadline stands in for added again.
 *
 * Returns: %FALSE, changing nothing, if the deadlines cannot be computed
 */
gboolean
pl_deadlines_refresh (PlSession  *session,
                      guint      *n_changed,
                      GError    **error)
{
  g_autoptr(GPtrArray) computed = NULL;
  g_autoptr(GHashTable) bases = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *deadlines;
  PlHistory *history;
  guint changed = 0;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);

  if (n_changed != NULL)
    *n_changed = 0;

  if ((computed = pl_deadlines_compute (session, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < computed->len; i++)
    g_hash_table_add (bases, (gpointer) pl_deadline_get_basis (g_ptr_array_index (computed, i)));

  deadlines = pl_session_get_records (session, PL_TYPE_DEADLINE);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(PlDeadline) deadline = g_list_model_get_item (deadlines, i);
      const char *basis = pl_deadline_get_basis (deadline);

      if (basis != NULL && *basis != '\0'
          && pl_deadline_get_origin (deadline) == PL_DEADLINE_ORIGIN_COMPUTED
          && !g_hash_table_contains (bases, basis))
        g_ptr_array_add (stale, g_steal_pointer (&deadline));
    }

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Refresh Computed Deadlines"));

  for (guint i = 0; i < computed->len; i++)
    {
      PlDeadline *fresh = g_ptr_array_index (computed, i);
      PlDeadline *existing = pl_deadlines_find_by_basis (session, pl_deadline_get_basis (fresh));

      if (existing == NULL)
        {
          pl_session_add_record (session, PL_RECORD (fresh));
          changed++;
        }
      else if (pl_deadline_get_origin (existing) == PL_DEADLINE_ORIGIN_COMPUTED
               && (g_strcmp0 (pl_deadline_get_due (existing), pl_deadline_get_due (fresh)) != 0
                   || g_strcmp0 (pl_deadline_get_rule (existing), pl_deadline_get_rule (fresh)) != 0))
        {
          /* The title and note may have been edited; the date and the rule
           * are the computation's. */
          pl_deadline_set_due (existing, pl_deadline_get_due (fresh));
          pl_deadline_set_rule (existing, pl_deadline_get_rule (fresh));
          changed++;
        }
    }

  for (guint i = 0; i < stale->len; i++)
    {
      pl_session_remove_record (session, g_ptr_array_index (stale, i));
      changed++;
    }

  pl_history_end_group (history);

  if (n_changed != NULL)
    *n_changed = changed;

  return TRUE;
}

static char *
format_in_session_zone (PlSession *session,
                        GDateTime *due)
{
  g_autoptr(GTimeZone) zone = pl_calendar_get_time_zone (session, NULL);
  g_autoptr(GDateTime) local = zone ? g_date_time_to_timezone (due, zone) : g_date_time_ref (due);

  return pl_calendar_format_date_time (local);
}

/**
 * pl_deadlines_add_manual:
 * @due: when; stored in the session's time zone when it has one
 * @rule: (nullable): the rule or decision behind it, if any
 * @note: (nullable): a note
 *
 * Adds a deadline set by hand, in one undo step.
 *
 * Returns: (transfer none): the new deadline
 */
PlDeadline *
pl_deadlines_add_manual (PlSession  *session,
                         const char *title,
                         GDateTime  *due,
                         const char *rule,
                         const char *note)
{
  g_autoptr(PlDeadline) deadline = NULL;
  g_autofree char *due_text = NULL;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (due != NULL, NULL);

  due_text = format_in_session_zone (session, due);
  deadline = pl_deadline_new (NULL);
  pl_deadline_set_title (deadline, title);
  pl_deadline_set_due (deadline, due_text);
  pl_deadline_set_rule (deadline, rule ? rule : "");
  pl_deadline_set_origin (deadline, PL_DEADLINE_ORIGIN_MANUAL);
  pl_deadline_set_note (deadline, note ? note : "");

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Add Deadline"));
  pl_session_add_record (session, PL_RECORD (deadline));
  pl_history_end_group (history);

  return deadline;
}

/**
 * pl_deadlines_override:
 * @due: the date the user sets
 * @note: (nullable): why, or %NULL to keep the note
 *
 * Sets a deadline's date by hand, in one undo step: it becomes "manual"
 * and keeps its basis, so refreshing leaves it as the user set it (the
 * extended Bureau may set another deadline exceptionally, decision 6/3).
 */
void
pl_deadlines_override (PlSession  *session,
                       PlDeadline *deadline,
                       GDateTime  *due,
                       const char *note)
{
  g_autofree char *due_text = NULL;
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (PL_IS_DEADLINE (deadline));
  g_return_if_fail (due != NULL);

  due_text = format_in_session_zone (session, due);
  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Set Deadline by Hand"));
  pl_deadline_set_due (deadline, due_text);
  pl_deadline_set_origin (deadline, PL_DEADLINE_ORIGIN_MANUAL);
  if (note != NULL)
    pl_deadline_set_note (deadline, note);
  pl_history_end_group (history);
}

/**
 * pl_deadlines_revert:
 *
 * Gives a deadline set by hand back to its rule, in one undo step: its
 * origin becomes "computed" and its date the computed one.
 *
 * Returns: %FALSE, changing nothing, if it has no basis the rules still
 *   compute, or the deadlines cannot be computed
 */
gboolean
pl_deadlines_revert (PlSession   *session,
                     PlDeadline  *deadline,
                     GError     **error)
{
  g_autoptr(GPtrArray) computed = NULL;
  const char *basis;
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_DEADLINE (deadline), FALSE);

  basis = pl_deadline_get_basis (deadline);
  if ((computed = pl_deadlines_compute (session, error)) == NULL)
    return FALSE;

  for (guint i = 0; basis != NULL && i < computed->len; i++)
    {
      PlDeadline *fresh = g_ptr_array_index (computed, i);

      if (g_strcmp0 (pl_deadline_get_basis (fresh), basis) != 0)
        continue;

      history = pl_session_get_history (session);
      pl_history_begin_group (history, _("Compute Deadline from Its Rule"));
      pl_deadline_set_due (deadline, pl_deadline_get_due (fresh));
      pl_deadline_set_rule (deadline, pl_deadline_get_rule (fresh));
      pl_deadline_set_origin (deadline, PL_DEADLINE_ORIGIN_COMPUTED);
      pl_history_end_group (history);
      return TRUE;
    }

  g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_NOT_IN_SESSION,
               _("Deadline “%s” was set by hand and no rule computes it"),
               pl_deadline_get_title (deadline) ? pl_deadline_get_title (deadline) : pl_record_get_id (PL_RECORD (deadline)));
  return FALSE;
}

/**
 * pl_deadlines_get_due:
 *
 * Returns: (transfer full) (nullable): the deadline's `due` as an instant
 */
GDateTime *
pl_deadlines_get_due (PlDeadline  *deadline,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GDateTime *due;

  g_return_val_if_fail (PL_IS_DEADLINE (deadline), NULL);

  due = pl_calendar_parse_date_time (pl_deadline_get_due (deadline), &local_error);
  if (due == NULL)
    g_set_error (error, PL_SCHEDULE_ERROR, PL_SCHEDULE_ERROR_INVALID_DATE_TIME,
                 _("Deadline “%s”, field “due”: %s"),
                 pl_record_get_id (PL_RECORD (deadline)), local_error->message);

  return due;
}

/**
 * pl_deadlines_list:
 *
 * Returns: (transfer container) (element-type PlDeadline): the session's
 *   deadlines by date, those without a readable date last
 */
GPtrArray *
pl_deadlines_list (PlSession *session)
{
  GListModel *deadlines;
  GPtrArray *result;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  deadlines = pl_session_get_records (session, PL_TYPE_DEADLINE);
  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    g_ptr_array_add (result, g_list_model_get_item (deadlines, i));
  g_ptr_array_sort (result, compare_due_cb);

  return result;
}

/**
 * pl_deadlines_split:
 * @now: the present
 * @upcoming: (out) (transfer container) (element-type PlDeadline): those
 *   due at or after @now, soonest first
 * @passed: (out) (transfer container) (element-type PlDeadline): those
 *   due before @now, most recent first
 *
 * For the Overview page: the next deadlines and those passed.
 */
void
pl_deadlines_split (PlSession   *session,
                    GDateTime   *now,
                    GPtrArray  **upcoming,
                    GPtrArray  **passed)
{
  g_autoptr(GPtrArray) all = NULL;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (now != NULL);
  g_return_if_fail (upcoming != NULL && passed != NULL);

  all = pl_deadlines_list (session);
  *upcoming = g_ptr_array_new_with_free_func (g_object_unref);
  *passed = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      PlDeadline *deadline = g_ptr_array_index (all, i);
      g_autoptr(GDateTime) due = pl_deadlines_get_due (deadline, NULL);

      if (due == NULL)
        continue;
      if (g_date_time_compare (due, now) >= 0)
        g_ptr_array_add (*upcoming, g_object_ref (deadline));
      else
        g_ptr_array_insert (*passed, 0, g_object_ref (deadline));
    }
}
