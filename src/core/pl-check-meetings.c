/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-check-meetings.h"
#include "pl-finding.h"
#include "pl-json-text.h"
#include "pl-meetings.h"
#include "pl-speaker-order.h"

/*
 * Checks of the record of the meetings (issue 20), with these codes:
 *
 * - meetings.quorum (warning): a held meeting whose recorded attendance
 *   is below one third of the States parties participating in the
 *   session (rule 41: the President may open a meeting and let the debate
 *   proceed with that many present). A meeting whose attendance was never
 *   recorded is not reported: nothing is known of it.
 * - meetings.unheld (warning): a planned meeting whose end is past, with
 *   neither a record of it being held nor of it being cancelled. Only once
 *   the record is kept in the file at all (some meeting held or
 *   cancelled): a file used to plan, or the archive of an earlier session,
 *   would otherwise list every meeting it has.
 * - meetings.item-unknown (error): a meeting's items taken up name an
 *   item the agenda does not have (deleted, or a slip in a file); the
 *   report could not say what was considered.
 *
 * "Now" is the clock's, read once per run; pl_check_meetings_at() takes it
 * from the caller, for tests.
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

/* "the plenary meeting of 2020-10-12 at 10:00", as the schedule checks
 * name meetings. */
static char *
describe (PlMeeting *meeting)
{
  const char *date = pl_meeting_get_date (meeting) ? pl_meeting_get_date (meeting) : "";
  const char *start = pl_meeting_get_start (meeting) ? pl_meeting_get_start (meeting) : "";

  switch (pl_meeting_get_body (meeting))
    {
    case PL_MEETING_BODY_PLENARY:
      /* Translators: a date, then a time */
      return g_strdup_printf (_("The plenary meeting of %s at %s"), date, start);
    case PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE:
      /* Translators: a date, then a time */
      return g_strdup_printf (_("The meeting of the Committee of the Whole of %s at %s"), date, start);
    case PL_MEETING_BODY_OTHER:
    default:
      if (pl_meeting_get_title (meeting) != NULL && *pl_meeting_get_title (meeting) != '\0')
        /* Translators: a meeting's title, a date, then a time */
        return g_strdup_printf (_("The meeting “%s” of %s at %s"), pl_meeting_get_title (meeting), date, start);
      /* Translators: a date, then a time */
      return g_strdup_printf (_("The meeting of %s at %s"), date, start);
    }
}

static void
check_quorum (PlSession *session,
              PlMeeting *meeting,
              GPtrArray *findings)
{
  g_autofree char *what = NULL;
  PlMeetingQuorum quorum;

  if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_HELD || pl_meeting_get_present (meeting) == NULL)
    return;
  pl_meetings_quorum (session, meeting, &quorum);
  if (quorum.present >= quorum.to_open)
    return;

  what = describe (meeting);
  add (findings, PL_SEVERITY_WARNING, "meetings.quorum", PL_RECORD (meeting),
       /* Translators: a meeting ("The plenary meeting of ..."), then three numbers */
       g_strdup_printf (ngettext ("%s records %u State party present, fewer than the %u needed to open the "
                                  "meeting: one third of the %u States parties participating (rule 41). "
                                  "Tick the delegations present, or note why the meeting proceeded.",
                                  "%s records %u States parties present, fewer than the %u needed to open the "
                                  "meeting: one third of the %u States parties participating (rule 41). "
                                  "Tick the delegations present, or note why the meeting proceeded.",
                                  quorum.present),
                        what, quorum.present, quorum.to_open, quorum.participating));
}

static void
check_unheld (PlSession *session,
              PlMeeting *meeting,
              GDateTime *now,
              GPtrArray *findings)
{
  g_autofree char *end_text = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_PLANNED
      || pl_meeting_get_date (meeting) == NULL || pl_meeting_get_end (meeting) == NULL)
    return;
  end_text = g_strdup_printf ("%sT%s:00", pl_meeting_get_date (meeting), pl_meeting_get_end (meeting));
  end = pl_speaker_order_parse_date_time (session, end_text);
  if (end == NULL || g_date_time_compare (end, now) > 0)
    return;

  what = describe (meeting);
  add (findings, PL_SEVERITY_WARNING, "meetings.unheld", PL_RECORD (meeting),
       /* Translators: a meeting ("The plenary meeting of ...") */
       g_strdup_printf (_("%s is over, but the record does not say whether it was held. "
                          "Record it as held, with when it opened and closed, or as cancelled."),
                        what));
}

static void
check_items (PlSession *session,
             PlMeeting *meeting,
             GPtrArray *findings)
{
  JsonNode *node = pl_meeting_get_taken_up (meeting);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *item = JSON_NODE_HOLDS_OBJECT (element)
                         ? pl_json_object_get_string (json_node_get_object (element), "item", NULL) : NULL;
      g_autofree char *what = NULL;

      if (item != NULL && PL_IS_AGENDA_ITEM (pl_session_lookup (session, item)))
        continue;
      what = describe (meeting);
      add (findings, PL_SEVERITY_ERROR, "meetings.item-unknown", PL_RECORD (meeting),
           /* Translators: a meeting ("The plenary meeting of ..."), then a record _id */
           g_strdup_printf (_("%s took up “%s”, which is not an item of the agenda, so the report cannot say "
                              "what the meeting considered. Remove it from the items taken up, or choose the "
                              "item again."),
                            what, item != NULL ? item : ""));
    }
}

static gboolean
record_is_kept (GListModel *meetings)
{
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      if (pl_meeting_get_status (meeting) != PL_MEETING_STATUS_PLANNED)
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_check_meetings_at:
 * @now: the present
 *
 * Adds the findings of the record of the meetings (the file's comment
 * lists them), with @now as the present.
 */
void
pl_check_meetings_at (PlSession *session,
                      GDateTime *now,
                      GPtrArray *findings)
{
  GListModel *meetings;
  gboolean kept;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (now != NULL);

  meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  kept = record_is_kept (meetings);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      check_quorum (session, meeting, findings);
      if (kept)
        check_unheld (session, meeting, now, findings);
      check_items (session, meeting, findings);
    }
}

/**
 * pl_check_meetings:
 *
 * pl_check_meetings_at() now.
 */
void
pl_check_meetings (PlSession *session,
                   GPtrArray *findings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  pl_check_meetings_at (session, now, findings);
}
