/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <string.h>

#include "pl-json-text.h"
#include "pl-session-settings.h"
#include "pl-versions.h"

/**
 * PlSessionSettings:
 *
 * The session's own settings: the record with `_id` "session". Its stored fields are those of the `session` record of the
 * document format; their values live in #PlRecord.
 */
struct _PlSessionSettings
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlSessionSettings, pl_session_settings, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_BODY,
  PROP_BODY_SHORT,
  PROP_SESSION_NUMBER,
  PROP_TITLE,
  PROP_VENUE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_TIMEZONE,
  PROP_FORMAT,
  PROP_SYMBOL,
  PROP_DISTRIBUTION,
  PROP_ISSUE_DATE,
  PROP_ORIGINAL_LANGUAGE,
  PROP_REISSUE_NOTE,
  PROP_INSTRUMENTS,
  PROP_REGIONAL_GROUPS,
  PROP_BUREAU,
  PROP_CONSIDERS_AMENDMENTS,
  PROP_MEETING_TIMES,
  PROP_MAJORITY_SUBSTANCE,
  PROP_MAJORITY_PROCEDURE,
  PROP_PROPOSAL_DEADLINE,
  PROP_ISSUE_LANGUAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_session_settings_class_init (PlSessionSettingsClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* the body, e.g. "Conference of the Parties to ..." */
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, NULL, FLAGS);
  /* the short name used in running text ("Conference") */
  properties[PROP_BODY_SHORT] = g_param_spec_string ("body-short", NULL, NULL, NULL, FLAGS);
  /* the session's number (10 for the tenth session) */
  properties[PROP_SESSION_NUMBER] = g_param_spec_int ("session-number", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  /* "Tenth session" */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* the venue */
  properties[PROP_VENUE] = g_param_spec_string ("venue", NULL, NULL, NULL, FLAGS);
  /* the opening day, ISO date */
  properties[PROP_START_DATE] = g_param_spec_string ("start-date", NULL, NULL, NULL, FLAGS);
  /* the closing day, ISO date */
  properties[PROP_END_DATE] = g_param_spec_string ("end-date", NULL, NULL, NULL, FLAGS);
  /* the venue's IANA time zone */
  properties[PROP_TIMEZONE] = g_param_spec_string ("timezone", NULL, NULL, NULL, FLAGS);
  /* in person, hybrid or online */
  properties[PROP_FORMAT] = g_param_spec_enum ("format", NULL, NULL, PL_TYPE_SESSION_FORMAT, 0, FLAGS);
  /* the agenda's document symbol */
  properties[PROP_SYMBOL] = g_param_spec_string ("symbol", NULL, NULL, NULL, FLAGS);
  /* "General" or "Limited" */
  properties[PROP_DISTRIBUTION] = g_param_spec_string ("distribution", NULL, NULL, NULL, FLAGS);
  /* the agenda's issue date, ISO date */
  properties[PROP_ISSUE_DATE] = g_param_spec_string ("issue-date", NULL, NULL, NULL, FLAGS);
  /* the original language, a language code */
  properties[PROP_ORIGINAL_LANGUAGE] = g_param_spec_string ("original-language", NULL, NULL, NULL, FLAGS);
  /* "Reissued for technical reasons on ..." */
  properties[PROP_REISSUE_NOTE] = g_param_spec_string ("reissue-note", NULL, NULL, NULL, FLAGS);
  /* the treaty instruments: [{id, short_title, title}] */
  properties[PROP_INSTRUMENTS] = pl_param_spec_json ("instruments", NULL);
  /* the regional groups: [{id, name}] */
  properties[PROP_REGIONAL_GROUPS] = pl_param_spec_json ("regional-groups", NULL);
  /* rule 22 settings: {vice_presidents, per_group, president_group, rapporteur_group, vice_president_groups} */
  properties[PROP_BUREAU] = pl_param_spec_json ("bureau", NULL);
  /* whether the session considers amendments (rule 18, para. 4) */
  properties[PROP_CONSIDERS_AMENDMENTS] = g_param_spec_boolean ("considers-amendments", NULL, NULL, FALSE, FLAGS);
  /* the default meetings of a day, [{start, end}] (HH:MM), for the
   * organization of work's default pattern (seed annex: 12:00-14:00 and
   * 16:00-18:00) */
  properties[PROP_MEETING_TIMES] = pl_param_spec_json ("meeting-times", NULL);
  /* the majority a question of substance needs: RULES.md marks it a
   * setting, two thirds of those present and voting unless said otherwise */
  properties[PROP_MAJORITY_SUBSTANCE] = g_param_spec_enum ("majority-substance", NULL, NULL, PL_TYPE_MAJORITY,
                                                           PL_MAJORITY_TWO_THIRDS, FLAGS);
  /* the majority a procedural question needs: a simple majority unless
   * said otherwise */
  properties[PROP_MAJORITY_PROCEDURE] = g_param_spec_enum ("majority-procedure", NULL, NULL, PL_TYPE_MAJORITY,
                                                           PL_MAJORITY_SIMPLE, FLAGS);
  /* the deadline for draft resolutions, ISO date: two weeks before the
   * opening by decision 6/3, or as the extended Bureau set it (the seed:
   * 21 September 2020 for the tenth session); a setting, never computed,
   * for the Bureau may set it on an exceptional basis */
  properties[PROP_PROPOSAL_DEADLINE] = g_param_spec_string ("proposal-deadline", NULL, NULL, NULL, FLAGS);
  /* the languages the session issues its documents in (rule 38), an
   * array of UN codes; absent or null: the six (issue 21) */
  properties[PROP_ISSUE_LANGUAGES] = pl_param_spec_json ("issue-languages", NULL);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "session", properties, N_PROPS);
}

static void
pl_session_settings_init (PlSessionSettings *self)
{
}

PlSessionSettings *
pl_session_settings_new (const char *id)
{
  return g_object_new (PL_TYPE_SESSION_SETTINGS, "id", id, NULL);
}

const char *
pl_session_settings_get_body (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_BODY);
}

const char *
pl_session_settings_get_body_short (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_BODY_SHORT);
}

int
pl_session_settings_get_session_number (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_int (PL_RECORD (self), PROP_SESSION_NUMBER);
}

const char *
pl_session_settings_get_title (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

const char *
pl_session_settings_get_venue (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_VENUE);
}

const char *
pl_session_settings_get_start_date (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_START_DATE);
}

/* Whether @text is an ISO date (YYYY-MM-DD), whose order is the text's. */
static gboolean
is_iso_date (const char *text)
{
  return text != NULL && strlen (text) == 10 && g_ascii_isdigit (text[0]) && text[4] == '-' && text[7] == '-';
}

/**
 * pl_session_settings_default_date:
 * @date: an ISO date (YYYY-MM-DD), usually today
 *
 * The date a record of the session's own business defaults to (a
 * nomination, its withdrawal): @date while the session runs, else the
 * session's first day, the opening at which officers are elected (rule
 * 22), so that recording a session of 2020 today does not date its
 * nominations today, nor after the election (issue 22, point 6). The
 * session's dates unknown, @date.
 *
 * Returns: (transfer full): the date
 */
char *
pl_session_settings_default_date (PlSessionSettings *self,
                                  const char        *date)
{
  const char *start, *end;

  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  start = pl_session_settings_get_start_date (self);
  end = pl_session_settings_get_end_date (self);
  if (!is_iso_date (start))
    return g_strdup (date);
  if (!is_iso_date (end))
    end = start;
  if (strcmp (date, start) < 0 || strcmp (date, end) > 0)
    return g_strdup (start);
  return g_strdup (date);
}

const char *
pl_session_settings_get_end_date (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_END_DATE);
}

const char *
pl_session_settings_get_timezone (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_TIMEZONE);
}

PlSessionFormat
pl_session_settings_get_format (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return (PlSessionFormat) pl_record_get_enum (PL_RECORD (self), PROP_FORMAT);
}

const char *
pl_session_settings_get_symbol (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_SYMBOL);
}

const char *
pl_session_settings_get_distribution (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_DISTRIBUTION);
}

const char *
pl_session_settings_get_issue_date (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ISSUE_DATE);
}

const char *
pl_session_settings_get_original_language (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_ORIGINAL_LANGUAGE);
}

const char *
pl_session_settings_get_reissue_note (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_string (PL_RECORD (self), PROP_REISSUE_NOTE);
}

JsonNode *
pl_session_settings_get_instruments (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_INSTRUMENTS);
}

/**
 * pl_session_settings_get_convention_id:
 *
 * The Convention is the session's first instrument; the others are its
 * Protocols (rule 1; the Bureau's checks, the speakers' order and the
 * States entitled to vote all read it so).
 *
 * Returns: (nullable): the `id` of the first of the `instruments`
 */
const char *
pl_session_settings_get_convention_id (PlSessionSettings *self)
{
  JsonNode *node;
  JsonNode *first;

  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);

  node = pl_session_settings_get_instruments (self);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) == 0)
    return NULL;
  first = json_array_get_element (json_node_get_array (node), 0);
  if (!JSON_NODE_HOLDS_OBJECT (first))
    return NULL;
  return pl_json_object_get_string (json_node_get_object (first), "id", NULL);
}

JsonNode *
pl_session_settings_get_regional_groups (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_REGIONAL_GROUPS);
}

JsonNode *
pl_session_settings_get_bureau (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_json (PL_RECORD (self), PROP_BUREAU);
}

gboolean
pl_session_settings_get_considers_amendments (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), 0);

  return pl_record_get_boolean (PL_RECORD (self), PROP_CONSIDERS_AMENDMENTS);
}

void
pl_session_settings_set_body (PlSessionSettings *self,
                              const char *body)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_BODY, body);
}

void
pl_session_settings_set_body_short (PlSessionSettings *self,
                                    const char *body_short)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_BODY_SHORT, body_short);
}

void
pl_session_settings_set_session_number (PlSessionSettings *self,
                                        int session_number)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_int (PL_RECORD (self), PROP_SESSION_NUMBER, session_number);
}

void
pl_session_settings_set_title (PlSessionSettings *self,
                               const char *title)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

void
pl_session_settings_set_venue (PlSessionSettings *self,
                               const char *venue)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_VENUE, venue);
}

void
pl_session_settings_set_start_date (PlSessionSettings *self,
                                    const char *start_date)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_START_DATE, start_date);
}

void
pl_session_settings_set_end_date (PlSessionSettings *self,
                                  const char *end_date)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_END_DATE, end_date);
}

void
pl_session_settings_set_timezone (PlSessionSettings *self,
                                  const char *zone)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_TIMEZONE, zone);
}

void
pl_session_settings_set_format (PlSessionSettings *self,
                                PlSessionFormat format)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_enum (PL_RECORD (self), PROP_FORMAT, format);
}

void
pl_session_settings_set_symbol (PlSessionSettings *self,
                                const char *symbol)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_SYMBOL, symbol);
}

void
pl_session_settings_set_distribution (PlSessionSettings *self,
                                      const char *distribution)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_DISTRIBUTION, distribution);
}

void
pl_session_settings_set_issue_date (PlSessionSettings *self,
                                    const char *issue_date)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_ISSUE_DATE, issue_date);
}

void
pl_session_settings_set_original_language (PlSessionSettings *self,
                                           const char *original_language)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_ORIGINAL_LANGUAGE, original_language);
}

void
pl_session_settings_set_reissue_note (PlSessionSettings *self,
                                      const char *reissue_note)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_REISSUE_NOTE, reissue_note);
}

void
pl_session_settings_set_instruments (PlSessionSettings *self,
                                     JsonNode *instruments)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_json (PL_RECORD (self), PROP_INSTRUMENTS, instruments);
}

void
pl_session_settings_set_regional_groups (PlSessionSettings *self,
                                         JsonNode *regional_groups)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_json (PL_RECORD (self), PROP_REGIONAL_GROUPS, regional_groups);
}

void
pl_session_settings_set_bureau (PlSessionSettings *self,
                                JsonNode *bureau)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_json (PL_RECORD (self), PROP_BUREAU, bureau);
}

void
pl_session_settings_set_considers_amendments (PlSessionSettings *self,
                                              gboolean considers_amendments)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_boolean (PL_RECORD (self), PROP_CONSIDERS_AMENDMENTS, considers_amendments);
}

JsonNode *
pl_session_settings_get_meeting_times (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_MEETING_TIMES);
}

void
pl_session_settings_set_meeting_times (PlSessionSettings *self,
                                       JsonNode          *meeting_times)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_json (PL_RECORD (self), PROP_MEETING_TIMES, meeting_times);
}

PlMajority
pl_session_settings_get_majority_substance (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), PL_MAJORITY_TWO_THIRDS);

  return (PlMajority) pl_record_get_enum (PL_RECORD (self), PROP_MAJORITY_SUBSTANCE);
}

void
pl_session_settings_set_majority_substance (PlSessionSettings *self,
                                            PlMajority         majority)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_enum (PL_RECORD (self), PROP_MAJORITY_SUBSTANCE, majority);
}

PlMajority
pl_session_settings_get_majority_procedure (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), PL_MAJORITY_SIMPLE);

  return (PlMajority) pl_record_get_enum (PL_RECORD (self), PROP_MAJORITY_PROCEDURE);
}

void
pl_session_settings_set_majority_procedure (PlSessionSettings *self,
                                            PlMajority         majority)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_enum (PL_RECORD (self), PROP_MAJORITY_PROCEDURE, majority);
}

const char *
pl_session_settings_get_proposal_deadline (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_PROPOSAL_DEADLINE);
}

void
pl_session_settings_set_proposal_deadline (PlSessionSettings *self,
                                           const char        *proposal_deadline)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_string (PL_RECORD (self), PROP_PROPOSAL_DEADLINE, proposal_deadline);
}

JsonNode *
pl_session_settings_get_issue_languages (PlSessionSettings *self)
{
  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_ISSUE_LANGUAGES);
}

void
pl_session_settings_set_issue_languages (PlSessionSettings *self,
                                         JsonNode          *issue_languages)
{
  g_return_if_fail (PL_IS_SESSION_SETTINGS (self));

  pl_record_set_json (PL_RECORD (self), PROP_ISSUE_LANGUAGES, issue_languages);
}

/**
 * pl_session_settings_dup_issue_languages:
 *
 * Returns: (transfer full): the UN codes of the languages the session
 *   issues its documents in, in the UN's order, each once: those of
 *   `issue_languages` this version knows, or the six when the setting is
 *   absent, null or names none of them
 */
char **
pl_session_settings_dup_issue_languages (PlSessionSettings *self)
{
  const char * const *six = pl_versions_languages ();
  JsonNode *node;
  g_autoptr(GStrvBuilder) builder = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (PL_IS_SESSION_SETTINGS (self), NULL);

  node = pl_session_settings_get_issue_languages (self);
  builder = g_strv_builder_new ();
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint l = 0; six[l] != NULL; l++)
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            g_autofree char *code = NULL;

            if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
              continue;
            code = pl_versions_language_code (json_node_get_string (element));
            if (g_strcmp0 (code, six[l]) == 0)
              {
                g_strv_builder_add (builder, six[l]);
                any = TRUE;
                break;
              }
          }
    }
  if (!any)
    g_strv_builder_addv (builder, (const char **) six);

  return g_strv_builder_end (builder);
}
