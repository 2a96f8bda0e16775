/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-agenda-item.h"
#include "pl-calendar.h"
#include "pl-session-setup.h"

/*
 * A new session from a short setup (issue 22, point 10): the body, its
 * number, dates, venue and time zone, and optionally the previous
 * session's file. A Conference meets again and again under the same
 * rules: from the previous session come the body's names, the
 * instruments, the regional groups, the Bureau's composition, the usual
 * meeting times and the majorities; and its item "Provisional agenda for
 * the next session" becomes this session's agenda.
 */

G_DEFINE_QUARK (pl-session-setup-error-quark, pl_session_setup_error)

static const char *ordinal_units[] = {
  NULL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
  "eighteenth", "nineteenth",
};
static const char *ordinal_tens[] = {
  NULL, NULL, "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
};
static const char *cardinal_tens[] = {
  NULL, NULL, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};

/* "tenth", "twenty-first": the words UN documents use for a session. */
static char *
ordinal_word (int n)
{
  if (n > 0 && n < 20)
    return g_strdup (ordinal_units[n]);
  if (n >= 20 && n < 100 && n % 10 == 0)
    return g_strdup (ordinal_tens[n / 10]);
  if (n > 20 && n < 100)
    return g_strdup_printf ("%s-%s", cardinal_tens[n / 10], ordinal_units[n % 10]);
  return NULL;
}

/**
 * pl_session_setup_ordinal_title:
 *
 * Returns: (transfer full): the session's title as the documents give it,
 *   "Eleventh session" (English, the original language of the records)
 */
char *
pl_session_setup_ordinal_title (int session_number)
{
  g_autofree char *word = ordinal_word (session_number);

  if (word == NULL)
    return g_strdup_printf ("Session %d", session_number);
  word[0] = g_ascii_toupper (word[0]);
  return g_strdup_printf ("%s session", word);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Each field's fault said with its name, as the setup shows them. */
static gboolean
validate (const PlSessionSetup  *setup,
          GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  GDate start, end;

  if (is_blank (setup->body))
    {
      g_set_error_literal (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                           _("Body: say which body meets, such as “Conference of the Parties to the United Nations "
                             "Convention against Transnational Organized Crime”"));
      return FALSE;
    }
  if (setup->session_number < 1 || setup->session_number > 999)
    {
      g_set_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                   _("Session number: %d is not a session’s number (1 for the first session)"),
                   setup->session_number);
      return FALSE;
    }
  if (!pl_calendar_parse_date (setup->start_date, &start, &local_error))
    {
      g_set_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                   _("First day: %s"), local_error->message);
      return FALSE;
    }
  g_clear_error (&local_error);
  if (!pl_calendar_parse_date (setup->end_date, &end, &local_error))
    {
      g_set_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                   _("Last day: %s"), local_error->message);
      return FALSE;
    }
  if (g_date_compare (&end, &start) < 0)
    {
      g_set_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                   _("Last day: %s is before the first day, %s"), setup->end_date, setup->start_date);
      return FALSE;
    }
  if (!is_blank (setup->timezone))
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (setup->timezone);

      if (tz == NULL)
        {
          g_set_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID,
                       _("Time zone: “%s” is not a time zone this computer knows (such as “Europe/Vienna”)"),
                       setup->timezone);
          return FALSE;
        }
    }
  return TRUE;
}

/* @text with the session ordinals of the previous session moved on to
 * this one's: "Opening of the tenth session" → "eleventh", "Provisional
 * agenda for the eleventh session" → "twelfth". Word by word, so that no
 * word moves twice; a capital stays a capital. */
static char *
shift_ordinals (const char *text,
                int         previous_number,
                int         number)
{
  g_autofree char *previous = ordinal_word (previous_number);
  g_autofree char *previous_next = ordinal_word (previous_number + 1);
  g_autofree char *current = ordinal_word (number);
  g_autofree char *current_next = ordinal_word (number + 1);
  GString *out;
  const char *p = text;

  if (text == NULL)
    return NULL;
  out = g_string_sized_new (strlen (text) + 8);
  while (*p != '\0')
    {
      const char *end = p;
      g_autofree char *word = NULL;
      const char *replacement = NULL;

      if (!g_ascii_isalpha (*p))
        {
          g_string_append_c (out, *p++);
          continue;
        }
      while (g_ascii_isalpha (*end) || (*end == '-' && g_ascii_isalpha (end[1])))
        end++;
      word = g_ascii_strdown (p, end - p);
      if (previous_next != NULL && g_str_equal (word, previous_next))
        replacement = current_next;
      else if (previous != NULL && g_str_equal (word, previous))
        replacement = current;

      if (replacement == NULL)
        g_string_append_len (out, p, end - p);
      else
        {
          gsize at = out->len;

          g_string_append (out, replacement);
          if (g_ascii_isupper (*p))
            out->str[at] = g_ascii_toupper (out->str[at]);
        }
      p = end;
    }
  return g_string_free (out, FALSE);
}

/* The previous session's item "Provisional agenda for the eleventh
 * session of the Conference", if it has one. */
static PlAgendaItem *
find_next_agenda_item (PlSession *previous)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (previous));

  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *title = g_utf8_casefold (pl_agenda_item_get_title (item) ?: "", -1);

      if (strstr (title, "provisional agenda for") != NULL && strstr (title, "session") != NULL)
        return item;
    }
  return NULL;
}

/* A line of a list the annotation gives: "1. Organizational matters" is
 * an item; "(a) Opening of the session", "a. …", "- …" or "* …" under
 * it (indented, or lettered) a sub-item. Returns the title, or %NULL. */
static char *
list_line (const char *line,
           gboolean   *sub_item)
{
  const char *p = line;
  gboolean indented;

  while (*p == ' ' || *p == '\t')
    p++;
  indented = p - line >= 2;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (*p != '.' && *p != ')')
        return NULL;
      p++;
      *sub_item = indented;
    }
  else if (*p == '(' && g_ascii_islower (p[1]) && p[2] == ')')
    {
      p += 3;
      *sub_item = TRUE;
    }
  else if (g_ascii_islower (*p) && p[1] == '.' && p[2] == ' ')
    {
      p += 2;
      *sub_item = TRUE;
    }
  else if ((*p == '-' || *p == '*') && p[1] == ' ' && indented)
    {
      p += 1;
      *sub_item = TRUE;
    }
  else
    return NULL;
  if (*p != ' ' && *p != '\t')
    return NULL;
  while (*p == ' ' || *p == '\t')
    p++;
  return *p != '\0' ? g_strstrip (g_strdup (p)) : NULL;
}

/* The agenda the previous session foresaw: the sub-items of its item
 * "Provisional agenda for the next session", or the list its annotation
 * gives; failing both, the previous agenda's items, titles only, their
 * session ordinals moved on. Returns how many items were added. */
static guint
carry_agenda (PlSession *session,
              PlSession *previous,
              int        previous_number,
              int        number)
{
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgenda *old_agenda = pl_session_get_agenda (previous);
  PlAgendaItem *next = find_next_agenda_item (previous);
  GListModel *children = next != NULL ? pl_agenda_get_children (old_agenda, next) : NULL;
  guint added = 0;

  if (children != NULL && g_list_model_get_n_items (children) > 0)
    {
      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(PlAgendaItem) child = g_list_model_get_item (children, i);
          PlAgendaItem *item = pl_agenda_add_item (agenda, NULL, NULL, pl_agenda_item_get_title (child));
          GListModel *grandchildren = pl_agenda_get_children (old_agenda, child);

          added++;
          for (guint k = 0; k < g_list_model_get_n_items (grandchildren); k++)
            {
              g_autoptr(PlAgendaItem) grandchild = g_list_model_get_item (grandchildren, k);

              pl_agenda_add_item (agenda, item, NULL, pl_agenda_item_get_title (grandchild));
              added++;
            }
        }
      return added;
    }

  if (next != NULL && pl_agenda_item_get_annotation (next) != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (pl_agenda_item_get_annotation (next), "\n", -1);
      PlAgendaItem *parent = NULL;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          gboolean sub_item = FALSE;
          g_autofree char *title = list_line (lines[i], &sub_item);

          if (title == NULL)
            continue;
          if (sub_item && parent != NULL)
            pl_agenda_add_item (agenda, parent, NULL, title);
          else
            parent = pl_agenda_add_item (agenda, NULL, NULL, title);
          added++;
        }
      if (added > 0)
        return added;
    }

  {
    g_autoptr(GPtrArray) items = pl_agenda_list_in_order (old_agenda);
    g_autoptr(GHashTable) copies = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < items->len; i++)
      {
        PlAgendaItem *old = g_ptr_array_index (items, i);
        const char *parent_id = pl_agenda_item_get_parent (old);
        PlAgendaItem *parent = parent_id != NULL ? g_hash_table_lookup (copies, parent_id) : NULL;
        g_autofree char *title = shift_ordinals (pl_agenda_item_get_title (old), previous_number, number);
        g_autofree char *short_title = shift_ordinals (pl_agenda_item_get_short_title (old), previous_number, number);
        PlAgendaItem *item;

        if (parent_id != NULL && parent == NULL)
          continue;   /* under an item not copied */
        item = pl_agenda_add_item (agenda, parent, NULL, title);
        if (short_title != NULL && *short_title != '\0')
          pl_agenda_item_set_short_title (item, short_title);
        g_hash_table_insert (copies, (gpointer) pl_record_get_id (PL_RECORD (old)), item);
        added++;
      }
  }
  return added;
}

static void
copy_json (JsonNode  *node,
           void     (*set) (PlSessionSettings *, JsonNode *),
           PlSessionSettings *settings)
{
  if (node != NULL)
    set (settings, node);
}

/**
 * pl_session_setup_new:
 * @previous: (nullable): the previous session of the same body, read
 *   from its file
 *
 * A new session from @setup and, when given, @previous (see above). The
 * session starts with nothing to undo, like any new session.
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with @error
 *   saying which field is wrong and why
 */
PlSession *
pl_session_setup_new (const PlSessionSetup  *setup,
                      PlSession             *previous,
                      GError               **error)
{
  g_autoptr(PlSession) session = NULL;
  PlSessionSettings *settings;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (setup != NULL, NULL);
  g_return_val_if_fail (previous == NULL || PL_IS_SESSION (previous), NULL);

  if (!validate (setup, error))
    return NULL;

  session = pl_session_new ();
  settings = pl_session_get_settings (session);
  pl_history_set_recording (pl_session_get_history (session), FALSE);

  if (previous != NULL)
    {
      PlSessionSettings *old = pl_session_get_settings (previous);

      pl_session_settings_set_body_short (settings, pl_session_settings_get_body_short (old));
      pl_session_settings_set_original_language (settings, pl_session_settings_get_original_language (old));
      pl_session_settings_set_distribution (settings, pl_session_settings_get_distribution (old));
      pl_session_settings_set_format (settings, pl_session_settings_get_format (old));
      pl_session_settings_set_considers_amendments (settings, pl_session_settings_get_considers_amendments (old));
      pl_session_settings_set_majority_substance (settings, pl_session_settings_get_majority_substance (old));
      pl_session_settings_set_majority_procedure (settings, pl_session_settings_get_majority_procedure (old));
      copy_json (pl_session_settings_get_instruments (old), pl_session_settings_set_instruments, settings);
      copy_json (pl_session_settings_get_regional_groups (old), pl_session_settings_set_regional_groups, settings);
      copy_json (pl_session_settings_get_bureau (old), pl_session_settings_set_bureau, settings);
      copy_json (pl_session_settings_get_meeting_times (old), pl_session_settings_set_meeting_times, settings);
      if (is_blank (setup->timezone))
        pl_session_settings_set_timezone (settings, pl_session_settings_get_timezone (old));
    }

  title = pl_session_setup_ordinal_title (setup->session_number);
  body = g_strstrip (g_strdup (setup->body));
  pl_session_settings_set_body (settings, body);
  pl_session_settings_set_session_number (settings, setup->session_number);
  pl_session_settings_set_title (settings, title);
  pl_session_settings_set_start_date (settings, setup->start_date);
  pl_session_settings_set_end_date (settings, setup->end_date);
  if (!is_blank (setup->venue))
    pl_session_settings_set_venue (settings, setup->venue);
  if (!is_blank (setup->timezone))
    pl_session_settings_set_timezone (settings, setup->timezone);

  if (previous != NULL)
    carry_agenda (session, previous,
                  pl_session_settings_get_session_number (pl_session_get_settings (previous)),
                  setup->session_number);

  pl_history_set_recording (pl_session_get_history (session), TRUE);
  return g_steal_pointer (&session);
}
