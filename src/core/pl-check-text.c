/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-agenda.h"
#include "pl-check-text.h"
#include "pl-finding.h"

/*
 * Item numbers written in annotations (issue 22, point 3).
 *
 * Finding codes (stable; the help pages document them):
 *
 * agenda.number-in-text (warning) — an annotation names an item of this
 *   agenda by its number as typed text ("agenda item 8", "sub-item 2 (d)"),
 *   which stays as typed when the items are renumbered. A link to the item,
 *   `[8](item:…)`, prints the item's current number instead (docs/documents.md,
 *   "Referring to an item"). Subject: the item whose annotation it is.
 *   A number that is no item of this agenda, or is followed by "of the"/"of
 *   its" (another session's agenda), is not flagged.
 */

static GRegex *
link_regex (void)
{
  static GRegex *regex;

  /* [text](item:…) and <item:…>: already links, whatever their text. */
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("\\[[^\\]]*\\]\\(\\s*<?item:[^)]*\\)|<item:[^>\\s]*>",
                                                    G_REGEX_OPTIMIZE, 0, NULL));
  return regex;
}

static GRegex *
number_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                               g_regex_new ("\\b(?:agenda\\s+)?(?:sub-)?item\\s+(\\d+)(?:\\s*\\(([a-z])\\))?"
                                            "(\\s+of\\s+(?:the|its)\\b)?",
                                            G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));
  return regex;
}

static void
check_item (PlAgenda     *agenda,
            PlAgendaItem *item,
            GPtrArray    *findings)
{
  const char *annotation = pl_agenda_item_get_annotation (item);
  g_autofree char *text = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (annotation == NULL || *annotation == '\0')
    return;

  /* Links are what the check asks for: their text is not typed numbers. */
  text = g_regex_replace_literal (link_regex (), annotation, -1, 0, " ", 0, NULL);
  if (text == NULL)
    return;

  g_regex_match (number_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *whole = g_match_info_fetch (match, 0);
      g_autofree char *digits = g_match_info_fetch (match, 1);
      g_autofree char *letter = g_match_info_fetch (match, 2);
      g_autofree char *other_session = g_match_info_fetch (match, 3);
      g_autofree char *number = letter != NULL && *letter != '\0'
                                ? g_strdup_printf ("%s (%s)", digits, letter)
                                : g_strdup (digits);
      PlAgendaItem *named = pl_agenda_find_by_number (agenda, number);

      if (named != NULL && (other_session == NULL || *other_session == '\0'))
        {
          g_autofree char *message = NULL;

          g_strstrip (whole);
          /* Translators: an item number, the words as typed ("agenda item
           * 8"), then the link to type instead ("[8](item:…)") */
          message = g_strdup_printf (_("The annotation of item %s writes “%s” as typed text, which stays "
                                       "as it is when items move. Write it as a link to the item, "
                                       "“[%s](%s)”, and the documents print the item’s current number."),
                                     pl_agenda_item_get_number (item), whole,
                                     number, pl_record_get_id (PL_RECORD (named)));
          g_ptr_array_add (findings, pl_finding_new (PL_SEVERITY_WARNING, "agenda.number-in-text",
                                                     pl_record_get_id (PL_RECORD (item)), message));
        }
      g_match_info_next (match, NULL);
    }
}

void
pl_check_number_in_text (PlSession *session,
                         GPtrArray *findings)
{
  PlAgenda *agenda = pl_session_get_agenda (session);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (agenda);

  for (guint i = 0; i < items->len; i++)
    check_item (agenda, g_ptr_array_index (items, i), findings);
}
