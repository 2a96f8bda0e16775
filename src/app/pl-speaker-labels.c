/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-speaker-labels.h"
#include "pl-json-text.h"

const char *
pl_speaker_rank_label (PlRank rank)
{
  switch (rank)
    {
    case PL_RANK_HEAD_OF_STATE:
      return _("Head of State");
    case PL_RANK_HEAD_OF_GOVERNMENT:
      return _("Head of Government");
    case PL_RANK_VICE_PRESIDENT:
      return _("Vice-President");
    case PL_RANK_MINISTER:
      return _("Minister");
    case PL_RANK_DEPUTY_MINISTER:
      return _("Deputy Minister");
    case PL_RANK_AMBASSADOR:
      return _("Ambassador");
    case PL_RANK_OFFICIAL:
      return _("Official");
    case PL_RANK_UNKNOWN:
      /* Translators: a speaker recorded without a rank */
      return _("Rank unknown");
    case PL_RANK_OTHER:
    default:
      return _("Other");
    }
}

const char *
pl_speaker_mode_label (PlSpeakerMode mode)
{
  switch (mode)
    {
    case PL_SPEAKER_MODE_PODIUM:
      return _("Podium");
    case PL_SPEAKER_MODE_FLOOR:
      return _("Floor");
    case PL_SPEAKER_MODE_REMOTE:
    default:
      return _("Remote link");
    }
}

const char *
pl_speaker_status_label (PlSpeakerStatus status)
{
  switch (status)
    {
    case PL_SPEAKER_STATUS_LISTED:
      return _("Listed");
    case PL_SPEAKER_STATUS_SPEAKING:
      return _("Speaking");
    case PL_SPEAKER_STATUS_SPOKEN:
      return _("Spoken");
    case PL_SPEAKER_STATUS_WITHDRAWN:
    default:
      return _("Withdrawn");
    }
}

/**
 * pl_speaker_delegation_name:
 *
 * Returns: (transfer none): the delegation's name, else @delegation_id
 */
const char *
pl_speaker_delegation_name (PlSession  *session,
                            const char *delegation_id)
{
  PlRecord *record = pl_session_lookup (session, delegation_id);

  if (PL_IS_DELEGATION (record) && pl_delegation_get_name (PL_DELEGATION (record)) != NULL)
    return pl_delegation_get_name (PL_DELEGATION (record));
  return delegation_id != NULL ? delegation_id : "";
}

/**
 * pl_speaker_behalf_label:
 *
 * On whose behalf a statement is made, as the secretariat reads it: the
 * regional group's name when @on_behalf_of is one of the session's groups,
 * a delegation's name when it names one, else the text as stored.
 *
 * Returns: (transfer full) (nullable): %NULL when the State speaks for
 *   itself
 */
char *
pl_speaker_behalf_label (PlSession  *session,
                         const char *delegation_id,
                         const char *on_behalf_of)
{
  g_autoptr(GPtrArray) groups = NULL;

  if (on_behalf_of == NULL || *on_behalf_of == '\0' || g_strcmp0 (on_behalf_of, delegation_id) == 0)
    return NULL;

  groups = pl_json_node_get_objects (pl_session_settings_get_regional_groups (pl_session_get_settings (session)));
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (pl_json_object_get_string (g_ptr_array_index (groups, i), "id", NULL), on_behalf_of) == 0)
      return g_strdup (pl_json_object_get_string (g_ptr_array_index (groups, i), "name", on_behalf_of));

  return g_strdup (pl_speaker_delegation_name (session, on_behalf_of));
}

/**
 * pl_speaker_format_clock:
 *
 * Returns: (transfer full): @seconds as "3:00" (minutes and seconds), the
 *   magnitude only
 */
char *
pl_speaker_format_clock (int seconds)
{
  int s = ABS (seconds);

  if (s >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  return g_strdup_printf ("%d:%02d", s / 60, s % 60);
}

/**
 * pl_speaker_format_stored:
 * @format: a g_date_time_format() pattern
 *
 * Returns: (transfer full) (nullable): the stored date-time in the
 *   session's time zone, or %NULL when there is none
 */
char *
pl_speaker_format_stored (PlSession  *session,
                          const char *stored,
                          const char *format)
{
  g_autoptr(GDateTime) date_time = pl_speaker_order_parse_date_time (session, stored);

  return date_time != NULL ? g_date_time_format (date_time, format) : NULL;
}

/**
 * pl_speaker_parse_input:
 *
 * Reads a date-time as typed, "2020-10-09 12:00" (with or without
 * seconds, a "T" or a space), in the session's time zone; a full ISO 8601
 * date-time with an offset is accepted as well.
 *
 * Returns: (transfer full) (nullable): the instant, or %NULL
 */
GDateTime *
pl_speaker_parse_input (PlSession  *session,
                        const char *text)
{
  g_autofree char *iso = NULL;
  g_autoptr(GRegex) short_form = NULL;

  if (text == NULL)
    return NULL;
  iso = g_strstrip (g_strdup (text));
  if (*iso == '\0')
    return NULL;
  if (iso[10] == ' ')
    iso[10] = 'T';
  short_form = g_regex_new ("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$", 0, 0, NULL);
  if (g_regex_match (short_form, iso, 0, NULL))
    {
      char *with_seconds = g_strconcat (iso, ":00", NULL);

      g_free (iso);
      iso = with_seconds;
    }
  return pl_speaker_order_parse_date_time (session, iso);
}

/**
 * pl_speaker_format_input:
 *
 * Returns: (transfer full): @date_time as pl_speaker_parse_input() reads it
 */
char *
pl_speaker_format_input (GDateTime *date_time)
{
  return g_date_time_format (date_time, "%Y-%m-%d %H:%M");
}

/**
 * pl_speaker_format_iso:
 *
 * Returns: (transfer full): @date_time as stored: ISO 8601 with its offset
 */
char *
pl_speaker_format_iso (GDateTime *date_time)
{
  return g_date_time_format (date_time, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * pl_speaker_item_label:
 *
 * Returns: (transfer full): "Item 1 (f)", or a note that the list serves
 *   no item
 */
char *
pl_speaker_item_label (PlSession  *session,
                       const char *item_id)
{
  PlRecord *item = pl_session_lookup (session, item_id);

  if (!PL_IS_AGENDA_ITEM (item))
    return g_strdup (_("No agenda item"));
  /* Translators: an agenda item, as the seed cites it: "item 1 (f)" */
  return g_strdup_printf (_("Item %s"), pl_agenda_item_get_number (PL_AGENDA_ITEM (item)));
}

/**
 * pl_speaker_show_behalf:
 *
 * Shows on @label whom @speaker speaks for, "On behalf of …", and hides
 * it when the speaker speaks for their own delegation only. The live
 * mode's controls and the room display say it alike.
 */
void
pl_speaker_show_behalf (GtkLabel  *label,
                        PlSession *session,
                        PlSpeaker *speaker)
{
  g_autofree char *behalf = pl_speaker_behalf_label (session, pl_speaker_get_delegation (speaker),
                                                     pl_speaker_get_on_behalf_of (speaker));

  if (behalf != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("On behalf of %s"), behalf);

      gtk_label_set_label (label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (label), behalf != NULL);
}

/**
 * pl_speaker_show_countdown:
 *
 * Shows the time left, or "+" the time over, on @label, and gives it the
 * words a screen reader says: the digits alone do not say which of the
 * two they are.
 *
 * Returns: (transfer full): those words, for a label that says them aloud
 */
char *
pl_speaker_show_countdown (GtkLabel *label,
                           int       remaining,
                           gboolean  overtime)
{
  g_autofree char *clock = pl_speaker_format_clock (remaining);
  char *clock_name;

  if (overtime)
    {
      g_autofree char *over = g_strdup_printf ("+%s", clock);

      gtk_label_set_label (label, over);
      /* Translators: %s is a duration such as 0:12 */
      clock_name = g_strdup_printf (_("Over time by %s"), clock);
    }
  else
    {
      gtk_label_set_label (label, clock);
      /* Translators: %s is a duration such as 2:55 */
      clock_name = g_strdup_printf (_("Time remaining %s"), clock);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, clock_name, -1);
  return clock_name;
}
