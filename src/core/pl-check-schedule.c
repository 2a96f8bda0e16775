/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-check-schedule.h"
#include "pl-deadlines.h"
#include "pl-finding.h"
#include "pl-schedule.h"

/*
 * Checks of the organization of work (seed, annex), with these codes:
 *
 * - schedule.invalid-time (error): a meeting's date or times are missing
 *   or malformed, or it ends before it starts; it cannot be placed, so the
 *   other checks skip it.
 * - schedule.outside-session (error): a meeting falls outside the
 *   session's dates.
 * - schedule.overlap (error): two meetings of the same body overlap on the
 *   same day (a cancelled one overlaps nothing). A body cannot sit twice at once, but the plenary and the
 *   Committee of the Whole may meet in parallel (they have separate
 *   rooms and interpretation teams), so meetings of different bodies never
 *   overlap in this sense; meetings of body "other" (informals, side
 *   meetings) conflict only with another of the same title.
 * - schedule.unknown-item (error): a meeting takes up an item the agenda
 *   does not have.
 * - schedule.order (warning): a meeting takes up its items out of agenda
 *   order; the annex lists them in order, and so does the Conference.
 * - agenda.unscheduled (error): an item or sub-item is in no meeting. An
 *   item counts as scheduled when it appears in a meeting (which takes up
 *   its sub-items with it) or when all its sub-items are scheduled (the
 *   annex lists 1 (a) to 1 (f), never item 1 itself). An item none of
 *   whose sub-items is scheduled is reported once, not once per sub-item.
 * - deadlines.outdated (warning): a computed deadline no longer matches
 *   its rule (the session's dates or first meeting moved); "refresh
 *   computed deadlines" brings it up to date. Deadlines set by hand are
 *   the user's and never reported.
 */

static void
add (GPtrArray  *findings,
     PlSeverity  severity,
     const char *code,
     PlRecord   *subject,
     char       *message)
{
  g_ptr_array_add (findings,
                   pl_finding_new (severity, code,
                                   subject ? pl_record_get_id (subject) : NULL,
                                   message));
  g_free (message);
}

typedef struct {
  PlMeeting *meeting;
  GDate      date;
  int        start;
  int        end;
} Slot;

static gboolean
same_body (PlMeeting *a,
           PlMeeting *b)
{
  if (pl_meeting_get_body (a) != pl_meeting_get_body (b))
    return FALSE;
  if (pl_meeting_get_body (a) == PL_MEETING_BODY_OTHER)
    return g_strcmp0 (pl_meeting_get_title (a), pl_meeting_get_title (b)) == 0;
  return TRUE;
}

static const char *
body_label (PlMeeting *meeting)
{
  switch (pl_meeting_get_body (meeting))
    {
    case PL_MEETING_BODY_PLENARY:
      return _("plenary");
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      return _("Committee of the Whole");
    case PL_MEETING_BODY_OTHER:
    default:
      return pl_meeting_get_title (meeting) && *pl_meeting_get_title (meeting)
             ? pl_meeting_get_title (meeting) : _("other meeting");
    }
}

static void
check_meetings (PlSession *session,
                GPtrArray *meetings,
                GPtrArray *findings)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  GDate start, end;
  gboolean have_dates = pl_calendar_get_dates (session, &start, &end, NULL);

  for (guint i = 0; i < meetings->len; i++)
    {
      g_autoptr(GError) error = NULL;
      Slot slot = { g_ptr_array_index (meetings, i) };

      if (!pl_calendar_get_meeting_span (slot.meeting, &slot.date, &slot.start, &slot.end, &error))
        {
          add (findings, PL_SEVERITY_ERROR, "schedule.invalid-time", PL_RECORD (slot.meeting),
               g_strdup (error->message));
          continue;
        }

      if (have_dates && (g_date_compare (&slot.date, &start) < 0 || g_date_compare (&slot.date, &end) > 0))
        add (findings, PL_SEVERITY_ERROR, "schedule.outside-session", PL_RECORD (slot.meeting),
             /* Translators: a meeting's date and time, then the session's first and last days */
             g_strdup_printf (_("The %s meeting of %s at %s is outside the session (%s to %s). "
                                "Move it into the session’s dates or change the dates."),
                              body_label (slot.meeting), pl_meeting_get_date (slot.meeting),
                              pl_meeting_get_start (slot.meeting),
                              pl_session_settings_get_start_date (pl_session_get_settings (session)),
                              pl_session_settings_get_end_date (pl_session_get_settings (session))));

      /* A cancelled meeting (issue 20) sits at no time: another may
       * take its slot. */
      if (pl_meeting_get_status (slot.meeting) != PL_MEETING_STATUS_CANCELLED)
        g_array_append_val (slots, slot);
    }

  /* The meetings are in order of time, so a meeting can only overlap
   * those after it until the first that starts at or after its end. */
  for (guint i = 0; i < slots->len; i++)
    {
      const Slot *a = &g_array_index (slots, Slot, i);

      for (guint k = i + 1; k < slots->len; k++)
        {
          const Slot *b = &g_array_index (slots, Slot, k);

          if (g_date_compare (&a->date, &b->date) != 0 || b->start >= a->end)
            break;
          if (!same_body (a->meeting, b->meeting))
            continue;

          add (findings, PL_SEVERITY_ERROR, "schedule.overlap", PL_RECORD (b->meeting),
               /* Translators: body, date, then two time ranges */
               g_strdup_printf (_("Two %s meetings overlap on %s: %s–%s and %s–%s. "
                                  "A body cannot sit twice at once; move or shorten one of them."),
                                body_label (a->meeting), pl_meeting_get_date (a->meeting),
                                pl_meeting_get_start (a->meeting), pl_meeting_get_end (a->meeting),
                                pl_meeting_get_start (b->meeting), pl_meeting_get_end (b->meeting)));
        }
    }
}

static void
check_entries (PlSession  *session,
               GPtrArray  *meetings,
               GHashTable *rank,
               GHashTable *scheduled,
               GPtrArray  *findings)
{
  for (guint i = 0; i < meetings->len; i++)
    {
      PlMeeting *meeting = g_ptr_array_index (meetings, i);
      g_autoptr(GArray) entries = pl_schedule_get_entries (meeting);
      PlAgendaItem *previous = NULL;
      gboolean order_reported = FALSE;

      for (guint k = 0; k < entries->len; k++)
        {
          const PlScheduleEntry *entry = &g_array_index (entries, PlScheduleEntry, k);
          PlRecord *record = pl_session_lookup (session, entry->item);
          PlAgendaItem *item;

          if (!PL_IS_AGENDA_ITEM (record))
            {
              add (findings, PL_SEVERITY_ERROR, "schedule.unknown-item", PL_RECORD (meeting),
                   /* Translators: a date, a time, then a record _id */
                   g_strdup_printf (_("The meeting of %s at %s takes up “%s”, which is not an item of the agenda. "
                                      "Remove it from the meeting."),
                                    pl_meeting_get_date (meeting), pl_meeting_get_start (meeting), entry->item));
              continue;
            }

          item = PL_AGENDA_ITEM (record);
          g_hash_table_add (scheduled, item);

          if (previous != NULL && !order_reported
              && GPOINTER_TO_UINT (g_hash_table_lookup (rank, item))
                 < GPOINTER_TO_UINT (g_hash_table_lookup (rank, previous)))
            {
              add (findings, PL_SEVERITY_WARNING, "schedule.order", PL_RECORD (meeting),
                   /* Translators: a date, a time, then two item numbers */
                   g_strdup_printf (_("The meeting of %s at %s takes up item %s after item %s, "
                                      "out of agenda order."),
                                    pl_meeting_get_date (meeting), pl_meeting_get_start (meeting),
                                    pl_agenda_item_get_number (item), pl_agenda_item_get_number (previous)));
              order_reported = TRUE;
            }
          previous = item;
        }
    }
}

/* Whether @item is covered: it appears, or all its sub-items are covered
 * (and it has some). An appearing ancestor covers it too, which the
 * caller handles by not descending into an item that appears. */
static gboolean
is_scheduled (PlAgenda     *agenda,
              PlAgendaItem *item,
              GHashTable   *scheduled)
{
  GListModel *children;
  guint n;

  if (g_hash_table_contains (scheduled, item))
    return TRUE;

  children = pl_agenda_get_children (agenda, item);
  n = g_list_model_get_n_items (children);
  if (n == 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlAgendaItem) child = g_list_model_get_item (children, i);

      if (!is_scheduled (agenda, child, scheduled))
        return FALSE;
    }

  return TRUE;
}

static gboolean
any_scheduled (PlAgenda     *agenda,
               PlAgendaItem *item,
               GHashTable   *scheduled)
{
  GListModel *children;

  if (g_hash_table_contains (scheduled, item))
    return TRUE;

  children = pl_agenda_get_children (agenda, item);
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlAgendaItem) child = g_list_model_get_item (children, i);

      if (any_scheduled (agenda, child, scheduled))
        return TRUE;
    }

  return FALSE;
}

static void
report_unscheduled (PlAgenda     *agenda,
                    PlAgendaItem *parent,
                    GHashTable   *scheduled,
                    GPtrArray    *findings)
{
  GListModel *children = pl_agenda_get_children (agenda, parent);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(PlAgendaItem) item = g_list_model_get_item (children, i);

      if (is_scheduled (agenda, item, scheduled))
        continue;

      if (any_scheduled (agenda, item, scheduled))
        {
          /* Part of it is scheduled: name the sub-items that are not. */
          report_unscheduled (agenda, item, scheduled, findings);
          continue;
        }

      add (findings, PL_SEVERITY_ERROR, "agenda.unscheduled", PL_RECORD (item),
           g_list_model_get_n_items (pl_agenda_get_children (agenda, item)) > 0
           /* Translators: an item number */
           ? g_strdup_printf (_("Item %s and its sub-items are in no meeting of the organization of work. "
                                "Assign the item, or each of its sub-items, to a meeting."),
                              pl_agenda_item_get_number (item))
           /* Translators: an item number */
           : g_strdup_printf (_("Item %s is in no meeting of the organization of work. Assign it to a meeting."),
                              pl_agenda_item_get_number (item)));
    }
}

static void
check_deadlines (PlSession *session,
                 GPtrArray *findings)
{
  /* A session without dates or time zone has no rules to compare with;
   * that is not a finding of the deadlines. */
  g_autoptr(GPtrArray) computed = pl_deadlines_compute (session, NULL);

  for (guint i = 0; computed != NULL && i < computed->len; i++)
    {
      PlDeadline *fresh = g_ptr_array_index (computed, i);
      PlDeadline *existing = pl_deadlines_find_by_basis (session, pl_deadline_get_basis (fresh));
      g_autoptr(GDateTime) due = NULL;
      g_autoptr(GDateTime) wanted = NULL;

      if (existing == NULL || pl_deadline_get_origin (existing) != PL_DEADLINE_ORIGIN_COMPUTED)
        continue;

      due = pl_deadlines_get_due (existing, NULL);
      wanted = pl_deadlines_get_due (fresh, NULL);
      /* No date from the rule (a session whose dates or time zone do not
       * read, found by fuzz-session-file): nothing to compare with. */
      if (wanted == NULL || (due != NULL && g_date_time_equal (due, wanted)))
        continue;

      add (findings, PL_SEVERITY_WARNING, "deadlines.outdated", PL_RECORD (existing),
           /* Translators: a deadline's title, its stored date, then the date its rule gives */
           g_strdup_printf (_("The deadline “%s” is %s, but its rule now gives %s. "
                              "Refresh the computed deadlines."),
                            pl_deadline_get_title (existing) ? pl_deadline_get_title (existing) : "",
                            pl_deadline_get_due (existing) ? pl_deadline_get_due (existing) : "",
                            pl_deadline_get_due (fresh)));
    }
}

/**
 * pl_check_schedule:
 *
 * The checks of the organization of work; see the codes above.
 */
void
pl_check_schedule (PlSession *session,
                   GPtrArray *findings)
{
  g_autoptr(GPtrArray) meetings = pl_schedule_list_meetings (session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GHashTable) rank = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) scheduled = g_hash_table_new (NULL, NULL);

  g_return_if_fail (PL_IS_SESSION (session));

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (rank, g_ptr_array_index (items, i), GUINT_TO_POINTER (i + 1));

  check_meetings (session, meetings, findings);
  check_entries (session, meetings, rank, scheduled, findings);
  report_unscheduled (pl_session_get_agenda (session), NULL, scheduled, findings);
  check_deadlines (session, findings);
}
