/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-check-speakers.h"
#include "pl-finding.h"
#include "pl-speaker-order.h"

/*
 * Lists of speakers (seed, item 1 (f); see PlSpeakerOrder for the order
 * and the projection onto meetings).
 *
 * Finding codes (stable; the help pages document them):
 *
 * speakers.closed (warning) — a speaker's request came after the list's
 *   closing time, or before its opening time. Instants are compared, so
 *   offsets count; the message gives both times in the session's time
 *   zone. Subject: the speaker.
 * speakers.overflow (warning) — a speaker falls after the last meeting
 *   that serves the list's item ("speaker 41 falls after the last meeting
 *   for item 1 (f)"), subject the speaker; or no meeting serves the item
 *   of a list that has speakers, subject the list.
 */

static void
add (GPtrArray  *findings,
     const char *code,
     PlRecord   *subject,
     char       *message)
{
  g_ptr_array_add (findings, pl_finding_new (PL_SEVERITY_WARNING, code, pl_record_get_id (subject), message));
  g_free (message);
}

static char *
format_instant (GDateTime *instant)
{
  /* Translators: a date and time, see g_date_time_format() */
  return g_date_time_format (instant, _("%-d %B %Y at %H:%M"));
}

static char *
format_duration (gint64 seconds)
{
  if (seconds % 3600 == 0)
    return g_strdup_printf (_("%lld h"), (long long) (seconds / 3600));
  if (seconds >= 3600)
    return g_strdup_printf (_("%lld h %lld min"), (long long) (seconds / 3600),
                            (long long) ((seconds % 3600) / 60));
  return g_strdup_printf (_("%lld min"), (long long) (seconds / 60));
}

static const char *
speaker_name (PlSession *session,
              PlSpeaker *speaker)
{
  PlRecord *delegation = pl_session_lookup (session, pl_speaker_get_delegation (speaker));

  if (PL_IS_DELEGATION (delegation) && pl_delegation_get_name (PL_DELEGATION (delegation)) != NULL)
    return pl_delegation_get_name (PL_DELEGATION (delegation));
  if (pl_speaker_get_person (speaker) != NULL && *pl_speaker_get_person (speaker) != '\0')
    return pl_speaker_get_person (speaker);
  return pl_record_get_id (PL_RECORD (speaker));
}

static void
check_list (PlSession     *session,
            PlSpeakerList *list,
            GPtrArray     *findings)
{
  g_autoptr(PlSpeakerProjection) projection = NULL;
  g_autoptr(GPtrArray) entries = pl_speaker_list_arrange (session, list, &projection);
  g_autoptr(GDateTime) opens = pl_speaker_order_parse_date_time (session, pl_speaker_list_get_opens (list));
  g_autoptr(GDateTime) closes = pl_speaker_order_parse_date_time (session, pl_speaker_list_get_closes (list));
  g_autoptr(GTimeZone) tz = pl_speaker_order_dup_time_zone (session);
  PlRecord *item = pl_session_lookup (session, pl_speaker_list_get_item (list));
  g_autofree char *item_label = NULL;
  guint n_active = 0, n_fit = 0;

  if (PL_IS_AGENDA_ITEM (item))
    /* Translators: an agenda item, e.g. "item 1 (f)" */
    item_label = g_strdup_printf (_("item %s"), pl_agenda_item_get_number (PL_AGENDA_ITEM (item)));
  else
    item_label = g_strdup_printf (_("the list “%s”"), pl_speaker_list_get_title (list));

  for (guint i = 0; i < entries->len; i++)
    {
      PlSpeakerEntry *entry = g_ptr_array_index (entries, i);

      if (pl_speaker_entry_get_number (entry) == 0)
        continue;
      n_active++;
      if (!pl_speaker_entry_get_overflow (entry))
        n_fit++;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      PlSpeakerEntry *entry = g_ptr_array_index (entries, i);
      PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);
      guint number = pl_speaker_entry_get_number (entry);

      if (pl_speaker_entry_get_closed (entry))
        {
          GDateTime *asked = pl_speaker_entry_get_requested_at (entry);
          g_autofree char *when = format_instant (asked);
          gboolean late = closes != NULL && g_date_time_compare (asked, closes) > 0;
          g_autofree char *limit = format_instant (late ? closes : opens);

          add (findings, "speakers.closed", PL_RECORD (speaker),
               late
               ? g_strdup_printf (_("%s (%s) asked to speak on %s (%s), after the list of speakers for %s closed on %s. "
                                    "Decline the request, or keep it knowingly."),
                                  speaker_name (session, speaker), pl_speaker_list_get_title (list), when,
                                  g_time_zone_get_identifier (tz), item_label, limit)
               : g_strdup_printf (_("%s (%s) asked to speak on %s (%s), before the list of speakers for %s opened on %s. "
                                    "Ask the delegation to renew the request, or keep it knowingly."),
                                  speaker_name (session, speaker), pl_speaker_list_get_title (list), when,
                                  g_time_zone_get_identifier (tz), item_label, limit));
        }

      if (number > 0 && pl_speaker_entry_get_overflow (entry) && projection->meetings->len > 0)
        {
          g_autofree char *total = format_duration (projection->total_s);

          add (findings, "speakers.overflow", PL_RECORD (speaker),
               g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Speaker %u (%s) falls after the last meeting for %s: its %u meeting gives "
                                             "%s, room for %u of the %u statements. Add a meeting, shorten the time limit "
                                             "or close the list.",
                                             "Speaker %u (%s) falls after the last meeting for %s: its %u meetings give "
                                             "%s, room for %u of the %u statements. Add a meeting, shorten the time limit "
                                             "or close the list.",
                                             projection->meetings->len),
                                number, speaker_name (session, speaker), item_label, projection->meetings->len,
                                total, n_fit, n_active));
        }
    }

  if (n_active > 0 && projection->meetings->len == 0)
    add (findings, "speakers.overflow", PL_RECORD (list),
         g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "No meeting is scheduled for %s, so its %u speaker cannot be heard. "
                                       "Schedule the item in the organization of work.",
                                       "No meeting is scheduled for %s, so its %u speakers cannot be heard. "
                                       "Schedule the item in the organization of work.",
                                       n_active),
                          item_label, n_active));
}

/**
 * pl_check_speakers:
 * @findings: (element-type PlFinding): where to append
 *
 * The lists of speakers' entry in the rules engine's table.
 */
void
pl_check_speakers (PlSession *session,
                   GPtrArray *findings)
{
  GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);

  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    {
      g_autoptr(PlSpeakerList) list = g_list_model_get_item (lists, i);

      check_list (session, list, findings);
    }
}
