/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-json-text.h"
#include "pl-meetings.h"
#include "pl-report-overrides.h"

/*
 * The Rapporteur's changes to the draft report (issue 20, point 3; seed,
 * item 9: the draft "will be prepared by the secretariat in coordination
 * with the Rapporteur"). The report is generated from the records; a
 * paragraph the Rapporteur rewrote is a `report_override` record keyed by
 * the paragraph, holding their text and the generated text it was written
 * against. Nothing here or in the report ever replaces the Rapporteur's
 * text: when the facts beneath it change, the override is stale (the
 * generated text now differs from the one stored), and the app shows both
 * so the Rapporteur decides.
 */

static char *
override_id (const char *key)
{
  return g_strconcat ("report_override:", key, NULL);
}

/**
 * pl_report_overrides_find:
 * @key: the paragraph's key (`org:opening`, `item:<_id>:statements`...)
 *
 * Returns: (transfer none) (nullable): the Rapporteur's text for the
 *   paragraph, if they wrote one
 */
PlReportOverride *
pl_report_overrides_find (PlSession  *session,
                          const char *key)
{
  g_autofree char *id = NULL;
  PlRecord *record;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  if (key == NULL || *key == '\0')
    return NULL;
  id = override_id (key);
  record = pl_session_lookup (session, id);
  return PL_IS_REPORT_OVERRIDE (record) ? PL_REPORT_OVERRIDE (record) : NULL;
}

/* Who edits: the account the session syncs with, as the other clients
 * know them, else the person logged in here. */
static const char *
editor_name (PlSession *session)
{
  JsonObject *state = pl_session_get_sync_state (session);
  const char *user = state != NULL ? pl_json_object_get_string (state, "user", NULL) : NULL;

  if (user != NULL && *user != '\0')
    return user;
  if (g_strcmp0 (g_get_real_name (), "Unknown") != 0 && *g_get_real_name () != '\0')
    return g_get_real_name ();
  return g_get_user_name ();
}

/**
 * pl_report_overrides_set:
 * @key: the paragraph's key
 * @language: the language of @text and @generated (`en`, `fr`...)
 * @text: (nullable): the Rapporteur's text (CommonMark inline); %NULL
 *   removes the override, and the generated text prints again
 * @generated: (nullable): the generated text the Rapporteur saw, in full
 *
 * Keeps the Rapporteur's text for a paragraph, with the generated text it
 * replaces, when and by whom: one undo step. Setting it again (the
 * Rapporteur edits once more, or accepts the new generated text as the
 * base) updates the same record, so two people editing one paragraph
 * meet in a sync conflict instead of two overrides.
 */
void
pl_report_overrides_set (PlSession  *session,
                         const char *key,
                         const char *language,
                         const char *text,
                         const char *generated)
{
  g_autoptr(PlReportOverride) created = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *edited_at = NULL;
  PlReportOverride *override;
  PlHistory *history;

  g_return_if_fail (PL_IS_SESSION (session));
  g_return_if_fail (key != NULL && *key != '\0');

  override = pl_report_overrides_find (session, key);
  history = pl_session_get_history (session);

  if (text == NULL)
    {
      if (override == NULL)
        return;
      pl_history_begin_group (history, _("Restore Generated Paragraph"));
      pl_session_remove_record (session, PL_RECORD (override));
      pl_history_end_group (history);
      return;
    }

  if (override != NULL
      && g_strcmp0 (pl_report_override_get_text (override), text) == 0
      && g_strcmp0 (pl_report_override_get_generated (override), generated) == 0
      && g_strcmp0 (pl_report_override_get_language (override), language) == 0)
    return;

  now = g_date_time_new_now_utc ();
  edited_at = pl_meetings_format_instant (session, now);

  pl_history_begin_group (history, _("Edit Report Paragraph"));
  if (override == NULL)
    {
      g_autofree char *id = override_id (key);

      /* Filled in before it joins, so the undo step is the addition. */
      override = created = pl_report_override_new (id);
      pl_report_override_set_paragraph (override, key);
    }
  pl_report_override_set_text (override, text);
  pl_report_override_set_generated (override, generated);
  pl_report_override_set_language (override, language);
  pl_report_override_set_edited_at (override, edited_at);
  pl_report_override_set_edited_by (override, editor_name (session));
  if (created != NULL)
    pl_session_add_record (session, PL_RECORD (created));
  pl_history_end_group (history);
}

/**
 * pl_report_override_is_stale:
 * @generated_now: (nullable): the paragraph's text as generated now
 *
 * Whether the facts beneath the paragraph changed since the Rapporteur
 * wrote their text: the text generated now differs from the one the
 * override was written against. The override stays what prints either
 * way; stale only asks for a look.
 */
gboolean
pl_report_override_is_stale (PlReportOverride *self,
                             const char       *generated_now)
{
  const char *generated;

  g_return_val_if_fail (PL_IS_REPORT_OVERRIDE (self), FALSE);

  generated = pl_report_override_get_generated (self);
  /* An absent text and an empty one say the same. */
  return g_strcmp0 (generated != NULL ? generated : "", generated_now != NULL ? generated_now : "") != 0;
}
