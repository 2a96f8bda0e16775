/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "pl-credentials-status.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/*
 * The credentials checklist (rules 18-20): from what the secretariat
 * recorded (form, issuer, time received, objection), the status the Bureau
 * reports on. The status is derived, never stored (DESIGN.md, "The
 * model"), so a change of the session's settings (amendments, opening)
 * changes every status at once and nothing can disagree.
 *
 * Which status wins when several apply, most pressing first:
 *  1. objected: an objection not withdrawn (rule 20): the Bureau must take
 *     it up whatever was received;
 *  2. missing: nothing received (form `none`, or no record);
 *  3. defective: the issuer is not allowed (rule 18, paras. 3 and 4);
 *  4. provisional: information, not formal credentials (rule 20);
 *  5. late: the original came after the 24-hour mark (rule 18, para. 1);
 *  6. in due form.
 */

GType
pl_credentials_status_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PL_CREDENTIALS_STATUS_IN_DUE_FORM, "PL_CREDENTIALS_STATUS_IN_DUE_FORM", "in_due_form" },
    { PL_CREDENTIALS_STATUS_PROVISIONAL, "PL_CREDENTIALS_STATUS_PROVISIONAL", "provisional" },
    { PL_CREDENTIALS_STATUS_MISSING, "PL_CREDENTIALS_STATUS_MISSING", "missing" },
    { PL_CREDENTIALS_STATUS_DEFECTIVE, "PL_CREDENTIALS_STATUS_DEFECTIVE", "defective" },
    { PL_CREDENTIALS_STATUS_LATE, "PL_CREDENTIALS_STATUS_LATE", "late" },
    { PL_CREDENTIALS_STATUS_OBJECTED, "PL_CREDENTIALS_STATUS_OBJECTED", "objected" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PlCredentialsStatus"), values));

  return type_id;
}

const char *
pl_credentials_status_to_label (PlCredentialsStatus status)
{
  switch (status)
    {
    case PL_CREDENTIALS_STATUS_IN_DUE_FORM:
      return _("In due form");
    case PL_CREDENTIALS_STATUS_PROVISIONAL:
      return _("Provisional");
    case PL_CREDENTIALS_STATUS_MISSING:
      return _("Missing");
    case PL_CREDENTIALS_STATUS_DEFECTIVE:
      return _("Defective");
    case PL_CREDENTIALS_STATUS_LATE:
      return _("Late");
    case PL_CREDENTIALS_STATUS_OBJECTED:
      return _("Objected");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pl_credentials_form_to_label:
 *
 * Returns: what @form is called on its own ("Original", "Note verbale")
 */
const char *
pl_credentials_form_to_label (PlCredentialsForm form)
{
  switch (form)
    {
    case PL_CREDENTIALS_FORM_NONE:
      return _("Nothing");
    case PL_CREDENTIALS_FORM_ORIGINAL:
      return _("Original");
    case PL_CREDENTIALS_FORM_COPY:
      return _("Copy");
    case PL_CREDENTIALS_FORM_NOTE_VERBALE:
      return _("Note verbale");
    case PL_CREDENTIALS_FORM_LETTER:
      return _("Letter");
    case PL_CREDENTIALS_FORM_FAX:
      return _("Fax");
    case PL_CREDENTIALS_FORM_EMAIL:
      return _("Email");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pl_credentials_issuer_to_phrase:
 *
 * Returns: @issuer inside a sentence ("Original from the Head of State")
 */
const char *
pl_credentials_issuer_to_phrase (PlCredentialsIssuer issuer)
{
  switch (issuer)
    {
    case PL_CREDENTIALS_ISSUER_HEAD_OF_STATE:
      return _("the Head of State");
    case PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT:
      return _("the Head of Government");
    case PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER:
      return _("the Minister for Foreign Affairs");
    case PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE:
      return _("the Permanent Representative to the United Nations");
    case PL_CREDENTIALS_ISSUER_REIO_AUTHORITY:
      return _("the competent authority of the organization");
    case PL_CREDENTIALS_ISSUER_OTHER:
    default:
      return _("another authority");
    }
}

/**
 * pl_credentials_context_format_time:
 * @time: (nullable): a time
 *
 * Returns: (transfer full): @time in the session's zone, in full ("Monday
 *   12 October 2020, 10:00"); "" for %NULL
 */
char *
pl_credentials_context_format_time (const PlCredentialsContext *context,
                                    GDateTime                  *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (context != NULL, NULL);

  if (time == NULL)
    return g_strdup ("");

  local = context->timezone ? g_date_time_to_timezone (time, context->timezone) : g_date_time_ref (time);
  /* Translators: a date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%A %-d %B %Y, %H:%M"));
}

/**
 * pl_credentials_context_format_received:
 * @credentials: (nullable): credentials
 *
 * Returns: (transfer full): when @credentials were received, short, in the
 *   session's zone; as recorded when that is not a time; "" for %NULL
 */
char *
pl_credentials_context_format_received (const PlCredentialsContext *context,
                                        PlCredentials              *credentials)
{
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (context != NULL, NULL);

  if (credentials == NULL)
    return g_strdup ("");

  received = pl_credentials_dup_received (credentials, context->timezone);
  if (received == NULL)
    return g_strdup (pl_credentials_get_received (credentials) ?: "");

  local = context->timezone ? g_date_time_to_timezone (received, context->timezone) : g_date_time_ref (received);
  /* Translators: a short date and time, see g_date_time_format() */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

/**
 * pl_credentials_dup_deadline:
 *
 * Rule 18, para. 1: credentials go to the secretariat, if possible, not
 * later than 24 hours before the opening. Twenty-four hours of elapsed
 * time, not the same clock time the day before: the two differ when
 * summer time ends or begins in between.
 *
 * Returns: (transfer full): the mark, or %NULL with @error set
 */
GDateTime *
pl_credentials_dup_deadline (PlSession  *session,
                             GError    **error)
{
  g_autoptr(GDateTime) opening = pl_participation_dup_opening (session, error);

  if (opening == NULL)
    return NULL;
  return g_date_time_add_hours (opening, -24);
}

/**
 * pl_credentials_dup_provisional_deadline:
 *
 * Rule 20: representatives seated provisionally present proper credentials
 * by noon on the last day of the session (the practice the seed document
 * states for the tenth session: "until noon on Friday, 16 October 2020").
 *
 * Returns: (transfer full): noon on `end_date` in the session's zone
 */
GDateTime *
pl_credentials_dup_provisional_deadline (PlSession  *session,
                                         GError    **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  const char *end_date;
  int y, m, d;
  char end;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  end_date = pl_session_settings_get_end_date (pl_session_get_settings (session));
  if (end_date == NULL || sscanf (end_date, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3
      || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, PL_PARTICIPATION_ERROR, PL_PARTICIPATION_ERROR_NO_START_DATE,
                   _("The session’s end date “%s” is not a date (YYYY-MM-DD)"),
                   end_date ? end_date : "");
      return NULL;
    }
  if (!(tz = pl_participation_dup_timezone (session, error)))
    return NULL;

  return g_date_time_new (tz, y, m, d, 12, 0, 0);
}

/**
 * pl_credentials_context_init:
 *
 * Fills @context from @session. When the opening cannot be computed (no
 * start date, unknown time zone) the deadline is %NULL and nothing is
 * judged late; `check` reports the cause under `credentials.late`.
 */
void
pl_credentials_context_init (PlCredentialsContext *context,
                             PlSession            *session)
{
  g_return_if_fail (context != NULL);
  g_return_if_fail (PL_IS_SESSION (session));

  context->considers_amendments =
    pl_session_settings_get_considers_amendments (pl_session_get_settings (session));
  context->deadline = pl_credentials_dup_deadline (session, NULL);
  context->timezone = pl_participation_dup_timezone (session, NULL);
  context->session = session;
}

void
pl_credentials_context_clear (PlCredentialsContext *context)
{
  g_clear_pointer (&context->deadline, g_date_time_unref);
  g_clear_pointer (&context->timezone, g_time_zone_unref);
  g_clear_pointer (&context->by_delegation, g_hash_table_unref);
  context->session = NULL;
  context->n_indexed = 0;
}

/**
 * pl_credentials_is_formal:
 *
 * Only the original is formal credentials; everything else is
 * "information on the representatives" in the Bureau's report.
 */
gboolean
pl_credentials_is_formal (PlCredentialsForm form)
{
  return form == PL_CREDENTIALS_FORM_ORIGINAL;
}

/**
 * pl_credentials_issuer_allowed:
 *
 * Rule 18, para. 3: credentials are issued by the Head of State or
 * Government, the Minister for Foreign Affairs or the Permanent
 * Representative to the United Nations; for a regional economic
 * integration organization, by its competent authority. Para. 4: when the
 * Conference considers amendments (article 39, rule 62), a State's
 * credentials must come from the Head of State or Government or the
 * Minister for Foreign Affairs. Para. 4 names no authority of an
 * organization, so a REIO's competent authority stays the issuer.
 *
 * The issuer is judged for the forms that reproduce credentials (the
 * original, a copy, a fax): a copy of credentials signed by someone not
 * allowed is no better than the original would be. A note verbale, a
 * letter or an email only informs of the names; whoever sends it, it
 * stays information (provisional, rule 20).
 */
gboolean
pl_credentials_issuer_allowed (PlDelegationCategory category,
                               PlCredentialsForm    form,
                               PlCredentialsIssuer  issuer,
                               gboolean             considers_amendments)
{
  switch (form)
    {
    case PL_CREDENTIALS_FORM_NOTE_VERBALE:
    case PL_CREDENTIALS_FORM_LETTER:
    case PL_CREDENTIALS_FORM_EMAIL:
    case PL_CREDENTIALS_FORM_NONE:
      return TRUE;
    case PL_CREDENTIALS_FORM_ORIGINAL:
    case PL_CREDENTIALS_FORM_COPY:
    case PL_CREDENTIALS_FORM_FAX:
    default:
      break;
    }

  if (category == PL_DELEGATION_CATEGORY_REIO)
    return issuer == PL_CREDENTIALS_ISSUER_REIO_AUTHORITY;

  switch (issuer)
    {
    case PL_CREDENTIALS_ISSUER_HEAD_OF_STATE:
    case PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT:
    case PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER:
      return TRUE;
    case PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE:
      return !considers_amendments;
    case PL_CREDENTIALS_ISSUER_REIO_AUTHORITY:
    case PL_CREDENTIALS_ISSUER_OTHER:
    default:
      return FALSE;
    }
}

/**
 * pl_credentials_objection_is_active:
 *
 * An objection is `{by, date, note}`; once withdrawn it keeps its text for
 * the Bureau's report and gains `withdrawn` (the date), and no longer
 * counts. A null objection is none.
 */
gboolean
pl_credentials_objection_is_active (PlCredentials *credentials)
{
  JsonNode *node;
  JsonObject *objection;
  const char *withdrawn;

  g_return_val_if_fail (PL_IS_CREDENTIALS (credentials), FALSE);

  node = pl_credentials_get_objection (credentials);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  objection = json_node_get_object (node);
  if (!json_object_has_member (objection, "withdrawn"))
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (json_object_get_member (objection, "withdrawn")))
    return TRUE;
  withdrawn = pl_json_object_get_string (objection, "withdrawn", "");
  return withdrawn == NULL || *withdrawn == '\0';
}

/**
 * pl_credentials_dup_received:
 * @zone: (nullable): the zone of a `received` written without offset
 *
 * Returns: (transfer full) (nullable): when the credentials arrived
 */
GDateTime *
pl_credentials_dup_received (PlCredentials *credentials,
                             GTimeZone     *zone)
{
  const char *received;

  g_return_val_if_fail (PL_IS_CREDENTIALS (credentials), NULL);

  received = pl_credentials_get_received (credentials);
  if (received == NULL || *received == '\0')
    return NULL;
  return g_date_time_new_from_iso8601 (received, zone);
}

/**
 * pl_credentials_is_late:
 *
 * Received after the mark; exactly at the mark is on time ("not later
 * than twenty-four hours in advance").
 */
gboolean
pl_credentials_is_late (PlCredentials              *credentials,
                        const PlCredentialsContext *context)
{
  g_autoptr(GDateTime) received = NULL;

  g_return_val_if_fail (PL_IS_CREDENTIALS (credentials), FALSE);
  g_return_val_if_fail (context != NULL, FALSE);

  if (context->deadline == NULL)
    return FALSE;
  received = pl_credentials_dup_received (credentials, context->timezone);
  return received != NULL && g_date_time_compare (received, context->deadline) > 0;
}

/**
 * pl_credentials_derive_status:
 * @credentials: (nullable): the record, %NULL when there is none
 *
 * The status of a delegation of @category (the order of precedence is at
 * the top of this file).
 */
PlCredentialsStatus
pl_credentials_derive_status (PlDelegationCategory        category,
                              PlCredentials              *credentials,
                              const PlCredentialsContext *context)
{
  PlCredentialsForm form;

  g_return_val_if_fail (credentials == NULL || PL_IS_CREDENTIALS (credentials), PL_CREDENTIALS_STATUS_MISSING);
  g_return_val_if_fail (context != NULL, PL_CREDENTIALS_STATUS_MISSING);

  if (credentials == NULL)
    return PL_CREDENTIALS_STATUS_MISSING;
  if (pl_credentials_objection_is_active (credentials))
    return PL_CREDENTIALS_STATUS_OBJECTED;

  form = pl_credentials_get_form (credentials);
  if (form == PL_CREDENTIALS_FORM_NONE)
    return PL_CREDENTIALS_STATUS_MISSING;
  if (!pl_credentials_issuer_allowed (category, form, pl_credentials_get_issuer (credentials),
                                      context->considers_amendments))
    return PL_CREDENTIALS_STATUS_DEFECTIVE;
  if (!pl_credentials_is_formal (form))
    return PL_CREDENTIALS_STATUS_PROVISIONAL;
  if (pl_credentials_is_late (credentials, context))
    return PL_CREDENTIALS_STATUS_LATE;
  return PL_CREDENTIALS_STATUS_IN_DUE_FORM;
}

/* A State's credentials are `credentials:<ISO3>`, so that two people
 * offline land on the same record. */
static PlCredentials *
find_by_iso3 (PlSession    *session,
              PlDelegation *delegation)
{
  const char *iso3 = pl_delegation_get_iso3 (delegation);
  g_autofree char *cid = NULL;
  PlRecord *record;

  if (iso3 == NULL || *iso3 == '\0')
    return NULL;
  cid = g_strdup_printf ("credentials:%s", iso3);
  record = pl_session_lookup (session, cid);
  return PL_IS_CREDENTIALS (record) ? PL_CREDENTIALS (record) : NULL;
}

/**
 * pl_credentials_find:
 *
 * Returns: (transfer none) (nullable): @delegation's credentials:
 *   `credentials:<ISO3>` for a State, else the record naming it
 */
PlCredentials *
pl_credentials_find (PlSession    *session,
                     PlDelegation *delegation)
{
  PlCredentials *found;
  const char *id;
  GListModel *all;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  if ((found = find_by_iso3 (session, delegation)) != NULL)
    return found;

  id = pl_record_get_id (PL_RECORD (delegation));
  all = pl_session_get_records (session, PL_TYPE_CREDENTIALS);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(PlCredentials) credentials = g_list_model_get_item (all, i);

      if (g_strcmp0 (pl_credentials_get_delegation (credentials), id) == 0)
        return credentials;
    }
  return NULL;
}

/* The first credentials record naming each delegation, as the scan of
 * pl_credentials_find() would find it; built again when records were
 * added or removed since. */
static void
index_by_delegation (PlCredentialsContext *context)
{
  GListModel *all = pl_session_get_records (context->session, PL_TYPE_CREDENTIALS);
  guint n = g_list_model_get_n_items (all);

  if (context->by_delegation != NULL && context->n_indexed == n)
    return;

  g_clear_pointer (&context->by_delegation, g_hash_table_unref);
  context->by_delegation = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlCredentials) credentials = g_list_model_get_item (all, i);
      const char *delegation = pl_credentials_get_delegation (credentials);

      if (delegation != NULL && !g_hash_table_contains (context->by_delegation, delegation))
        g_hash_table_insert (context->by_delegation, g_strdup (delegation),
                             g_strdup (pl_record_get_id (PL_RECORD (credentials))));
    }
  context->n_indexed = n;
}

/**
 * pl_credentials_context_find:
 *
 * pl_credentials_find() for a list of delegations: the records naming a
 * delegation are looked up in an index instead of scanned, which made the
 * statuses of 250 delegations quadratic.
 *
 * Returns: (transfer none) (nullable): @delegation's credentials
 */
PlCredentials *
pl_credentials_context_find (PlCredentialsContext *context,
                             PlDelegation         *delegation)
{
  PlCredentials *found;
  PlRecord *record;
  const char *id, *cid;

  g_return_val_if_fail (context != NULL && PL_IS_SESSION (context->session), NULL);
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  if ((found = find_by_iso3 (context->session, delegation)) != NULL)
    return found;

  index_by_delegation (context);
  id = pl_record_get_id (PL_RECORD (delegation));
  if ((cid = g_hash_table_lookup (context->by_delegation, id)) == NULL)
    return NULL;
  record = pl_session_lookup (context->session, cid);
  if (PL_IS_CREDENTIALS (record) && g_strcmp0 (pl_credentials_get_delegation (PL_CREDENTIALS (record)), id) == 0)
    return PL_CREDENTIALS (record);
  /* The record was removed or names another delegation now: the index is
   * out of date, and the scan is right. */
  return pl_credentials_find (context->session, delegation);
}

/**
 * pl_credentials_status_for:
 *
 * A convenience for one delegation; for many, compute a
 * #PlCredentialsContext once and call pl_credentials_derive_status().
 */
PlCredentialsStatus
pl_credentials_status_for (PlSession    *session,
                           PlDelegation *delegation)
{
  g_auto(PlCredentialsContext) context = { 0 };

  g_return_val_if_fail (PL_IS_SESSION (session), PL_CREDENTIALS_STATUS_MISSING);
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), PL_CREDENTIALS_STATUS_MISSING);

  pl_credentials_context_init (&context, session);
  return pl_credentials_derive_status (pl_delegation_get_category (delegation),
                                       pl_credentials_find (session, delegation), &context);
}

/**
 * pl_credentials_ensure:
 *
 * Returns: (transfer none): @delegation's credentials record, added (as
 *   an undo step) with form `none` if it had none; `credentials:<ISO3>`
 *   for a State, so that two people offline land on the same record
 */
PlCredentials *
pl_credentials_ensure (PlSession    *session,
                       PlDelegation *delegation)
{
  g_autoptr(PlCredentials) credentials = NULL;
  g_autofree char *id = NULL;
  const char *iso3;
  PlCredentials *found;

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  if ((found = pl_credentials_find (session, delegation)) != NULL)
    return found;

  iso3 = pl_delegation_get_iso3 (delegation);
  if (iso3 != NULL && *iso3 != '\0')
    id = g_strdup_printf ("credentials:%s", iso3);

  credentials = pl_credentials_new (id);
  pl_credentials_set_delegation (credentials, pl_record_get_id (PL_RECORD (delegation)));
  pl_credentials_set_form (credentials, PL_CREDENTIALS_FORM_NONE);
  pl_session_add_record (session, PL_RECORD (credentials));
  return credentials;
}

/**
 * pl_credentials_record_receipt:
 * @received: (nullable): ISO 8601 date-time
 *
 * Records credentials or information as they arrive, as one undo step.
 * "Originals replace copies when they arrive" (RULES.md, practice of the
 * Bureau's report): an original replaces whatever was there, and the time
 * received becomes the original's; information arriving after the
 * original does not replace it.
 *
 * Returns: %TRUE if the record changed to what arrived, %FALSE if the
 *   original on file was kept
 */
gboolean
pl_credentials_record_receipt (PlSession           *session,
                               PlCredentials       *credentials,
                               PlCredentialsForm    form,
                               PlCredentialsIssuer  issuer,
                               const char          *signatory,
                               const char          *received)
{
  PlHistory *history;

  g_return_val_if_fail (PL_IS_SESSION (session), FALSE);
  g_return_val_if_fail (PL_IS_CREDENTIALS (credentials), FALSE);
  g_return_val_if_fail (form != PL_CREDENTIALS_FORM_NONE, FALSE);

  if (pl_credentials_is_formal (pl_credentials_get_form (credentials)) && !pl_credentials_is_formal (form))
    return FALSE;

  history = pl_session_get_history (session);
  pl_history_begin_group (history, _("Record credentials"));
  pl_credentials_set_form (credentials, form);
  pl_credentials_set_issuer (credentials, issuer);
  pl_credentials_set_signatory (credentials, signatory);
  pl_credentials_set_received (credentials, received);
  pl_history_end_group (history);
  return TRUE;
}

/**
 * pl_credentials_object:
 * @by: the objecting State party's delegation `_id`
 * @date: (nullable): ISO date
 * @note: (nullable): what it objects to
 *
 * Records an objection by another State party (rule 20).
 */
void
pl_credentials_object (PlCredentials *credentials,
                       const char    *by,
                       const char    *date,
                       const char    *note)
{
  g_autoptr(JsonObject) objection = json_object_new ();
  g_autoptr(JsonNode) node = NULL;

  g_return_if_fail (PL_IS_CREDENTIALS (credentials));
  g_return_if_fail (by != NULL);

  json_object_set_string_member (objection, "by", by);
  json_object_set_string_member (objection, "date", date ? date : "");
  json_object_set_string_member (objection, "note", note ? note : "");
  node = json_node_init_object (json_node_alloc (), objection);
  json_node_seal (node);
  pl_credentials_set_objection (credentials, node);
}

/**
 * pl_credentials_withdraw_objection:
 * @date: ISO date of the withdrawal
 *
 * Keeps the objection for the record, marked `withdrawn`.
 *
 * Returns: %FALSE if there was no active objection
 */
gboolean
pl_credentials_withdraw_objection (PlCredentials *credentials,
                                   const char    *date)
{
  g_autoptr(JsonObject) copy = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_return_val_if_fail (PL_IS_CREDENTIALS (credentials), FALSE);
  g_return_val_if_fail (date != NULL && *date != '\0', FALSE);

  if (!pl_credentials_objection_is_active (credentials))
    return FALSE;

  json_object_iter_init_ordered (&iter, json_node_get_object (pl_credentials_get_objection (credentials)));
  while (json_object_iter_next_ordered (&iter, &name, &value))
    json_object_set_member (copy, name, json_node_copy (value));
  json_object_set_string_member (copy, "withdrawn", date);

  node = json_node_init_object (json_node_alloc (), copy);
  json_node_seal (node);
  pl_credentials_set_objection (credentials, node);
  return TRUE;
}
