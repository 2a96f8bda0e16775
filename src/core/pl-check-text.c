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

/* Links blanked out byte for byte, so that offsets in the result are
 * offsets in @annotation. */
static gboolean
blank_link_cb (const GMatchInfo *match,
               GString          *out,
               gpointer          user_data)
{
  int start, end;

  g_match_info_fetch_pos (match, 0, &start, &end);
  for (int i = start; i < end; i++)
    g_string_append_c (out, ' ');
  return FALSE;
}

/* A number typed as text that names an item of @agenda: where its digits
 * (and letter) are in the annotation, and the words around them. */
typedef struct
{
  char         *whole;   /* "agenda item 8" */
  char         *number;  /* "8", "2 (d)" */
  int           start;   /* bytes of the number itself in the annotation */
  int           end;
  PlAgendaItem *named;
} NumberInText;

static void
number_in_text_clear (gpointer data)
{
  NumberInText *found = data;

  g_free (found->whole);
  g_free (found->number);
}

/* Every item number of @agenda written as text in @annotation, in order
 * (agenda.number-in-text: the check and its fix read the same list). */
static GArray *
scan (PlAgenda   *agenda,
      const char *annotation)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (NumberInText));
  g_autofree char *text = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  g_array_set_clear_func (out, number_in_text_clear);
  if (annotation == NULL || *annotation == '\0')
    return out;

  /* Links are what the check asks for: their text is not typed numbers. */
  text = g_regex_replace_eval (link_regex (), annotation, -1, 0, 0, blank_link_cb, NULL, NULL);
  if (text == NULL)
    return out;

  g_regex_match (number_regex (), text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);
      g_autofree char *letter = g_match_info_fetch (match, 2);
      g_autofree char *other_session = g_match_info_fetch (match, 3);
      g_autofree char *number = letter != NULL && *letter != '\0'
                                ? g_strdup_printf ("%s (%s)", digits, letter)
                                : g_strdup (digits);
      PlAgendaItem *named = pl_agenda_find_by_number (agenda, number);

      if (named != NULL && (other_session == NULL || *other_session == '\0'))
        {
          NumberInText found = { 0 };
          int start, end;

          found.whole = g_strstrip (g_match_info_fetch (match, 0));
          found.number = g_steal_pointer (&number);
          found.named = named;
          /* Without "of the", the match ends with the number or its letter's ")". */
          g_match_info_fetch_pos (match, 1, &start, NULL);
          g_match_info_fetch_pos (match, 0, NULL, &end);
          found.start = start;
          found.end = end;
          g_array_append_val (out, found);
        }
      g_match_info_next (match, NULL);
    }

  return out;
}

static void
check_item (PlAgenda     *agenda,
            PlAgendaItem *item,
            GPtrArray    *findings)
{
  g_autoptr(GArray) found = scan (agenda, pl_agenda_item_get_annotation (item));

  for (guint i = 0; i < found->len; i++)
    {
      NumberInText *number = &g_array_index (found, NumberInText, i);
      g_autofree char *message = NULL;

      /* Translators: an item number, the words as typed ("agenda item
       * 8"), then the link to type instead ("[8](item:…)") */
      message = g_strdup_printf (_("The annotation of item %s writes “%s” as typed text, which stays "
                                   "as it is when items move. Write it as a link to the item, "
                                   "“[%s](%s)”, and the documents print the item’s current number."),
                                 pl_agenda_item_get_number (item), number->whole,
                                 number->number, pl_record_get_id (PL_RECORD (number->named)));
      g_ptr_array_add (findings, pl_finding_new (PL_SEVERITY_WARNING, "agenda.number-in-text",
                                                 pl_record_get_id (PL_RECORD (item)), message));
    }
}

/**
 * pl_check_text_link_numbers:
 * @agenda: the session's agenda
 * @annotation: (nullable): an annotation
 *
 * The fix of agenda.number-in-text: every item number of @agenda that
 * @annotation writes as text becomes a link to the item (“agenda item 8”
 * becomes “agenda item [8](item:…)”), the words around it as typed.
 *
 * Returns: (transfer full) (nullable): the annotation with links, or %NULL
 *   when it writes no item number as text
 */
char *
pl_check_text_link_numbers (PlAgenda   *agenda,
                            const char *annotation)
{
  g_autoptr(GArray) found = NULL;
  GString *out;
  int done = 0;

  g_return_val_if_fail (PL_IS_AGENDA (agenda), NULL);

  found = scan (agenda, annotation);
  if (found->len == 0)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    {
      NumberInText *number = &g_array_index (found, NumberInText, i);

      g_string_append_len (out, annotation + done, number->start - done);
      g_string_append_printf (out, "[%s](%s)", number->number, pl_record_get_id (PL_RECORD (number->named)));
      done = number->end;
    }
  g_string_append (out, annotation + done);

  return g_string_free (out, FALSE);
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
