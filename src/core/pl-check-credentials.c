/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-check-credentials.h"
#include "pl-credentials-status.h"
#include "pl-finding.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/*
 * The credentials checks (rules 18-20), one finding per State party or
 * REIO whose credentials the Bureau cannot yet report as in due form:
 *  - credentials.missing (warning): nothing received;
 *  - credentials.issuer (error): an issuer rule 18 does not allow: the
 *    credentials must be issued again;
 *  - credentials.provisional (warning): information only, or credentials
 *    that do not cover every listed member: those representatives sit
 *    provisionally (rule 20) until proper credentials arrive;
 *  - credentials.late (info): after the 24-hour mark, which rule 18 sets
 *    only "if possible"; also when a `received` cannot be read or the
 *    opening cannot be computed;
 *  - credentials.objection (warning): an objection not withdrawn, for the
 *    Bureau to take up (rule 20).
 * The subject is the credentials record when there is one, else the
 * delegation.
 */

static void
add (GPtrArray  *findings,
     PlSeverity  severity,
     const char *code,
     PlRecord   *subject,
     char       *message)
{
  g_ptr_array_add (findings, pl_finding_new (severity, code, pl_record_get_id (subject), message));
  g_free (message);
}

static const char *
issuer_label (PlCredentialsIssuer issuer)
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
      return _("the Permanent Representative");
    case PL_CREDENTIALS_ISSUER_REIO_AUTHORITY:
      return _("the competent authority of an organization");
    case PL_CREDENTIALS_ISSUER_OTHER:
    default:
      return _("another authority");
    }
}

static const char *
form_label (PlCredentialsForm form)
{
  switch (form)
    {
    case PL_CREDENTIALS_FORM_ORIGINAL:
      return _("the original");
    case PL_CREDENTIALS_FORM_COPY:
      return _("a copy");
    case PL_CREDENTIALS_FORM_NOTE_VERBALE:
      return _("a note verbale");
    case PL_CREDENTIALS_FORM_LETTER:
      return _("a letter");
    case PL_CREDENTIALS_FORM_FAX:
      return _("a fax");
    case PL_CREDENTIALS_FORM_EMAIL:
      return _("an email");
    case PL_CREDENTIALS_FORM_NONE:
    default:
      return _("nothing");
    }
}

/* Which paragraph of rule 18 a defective issuer breaks: the finding and
 * the checklist's reason (pl_credentials_status_describe()) both say it
 * from here, so that they cannot disagree. */
typedef enum {
  ISSUER_RULE_PARA_3,     /* a State's: Head of State or Government, Foreign Minister, Permanent Representative */
  ISSUER_RULE_PARA_4,     /* a State's, when the Conference considers amendments */
  ISSUER_RULE_REIO,       /* an organization's: its competent authority */
} IssuerRule;

static IssuerRule
issuer_rule (PlDelegationCategory        category,
             const PlCredentialsContext *context)
{
  if (category == PL_DELEGATION_CATEGORY_REIO)
    return ISSUER_RULE_REIO;
  return context->considers_amendments ? ISSUER_RULE_PARA_4 : ISSUER_RULE_PARA_3;
}

static char *
format_date_time (GDateTime *date_time)
{
  /* Translators: a date and time in strftime format, e.g. 11 October 2020, 12:00 */
  return g_date_time_format (date_time, _("%-d %B %Y, %H:%M"));
}

static char *
reio_issuer_message (const char *name)
{
  return g_strdup_printf (_("The credentials of %s must be issued by its competent authority (rule 18, para. 3)."),
                          name);
}

void
pl_check_credentials (PlSession *session,
                      GPtrArray *findings)
{
  g_auto(PlCredentialsContext) context = { 0 };
  g_autoptr(GError) deadline_error = NULL;
  g_autoptr(GDateTime) deadline = NULL;
  g_autoptr(GDateTime) provisional_deadline = NULL;
  g_autofree char *deadline_text = NULL;
  g_autofree char *provisional_text = NULL;
  GListModel *delegations;
  gboolean any = FALSE;

  g_return_if_fail (PL_IS_SESSION (session));

  pl_credentials_context_init (&context, session);
  deadline = pl_credentials_dup_deadline (session, &deadline_error);
  provisional_deadline = pl_credentials_dup_provisional_deadline (session, NULL);
  deadline_text = deadline ? format_date_time (deadline) : NULL;
  provisional_text = provisional_deadline ? format_date_time (provisional_deadline) : g_strdup (_("the end of the session"));

  delegations = pl_session_get_records (session, PL_TYPE_DELEGATION);
  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(PlDelegation) delegation = g_list_model_get_item (delegations, i);
      PlDelegationCategory category = pl_delegation_get_category (delegation);
      const char *name = pl_delegation_get_name (delegation);
      PlCredentials *credentials;
      PlRecord *subject;

      if (!pl_participation_needs_credentials (category))
        continue;
      any = TRUE;

      if (name == NULL || *name == '\0')
        name = pl_record_get_id (PL_RECORD (delegation));
      credentials = pl_credentials_context_find (&context, delegation);
      subject = credentials ? PL_RECORD (credentials) : PL_RECORD (delegation);

      switch (pl_credentials_derive_status (category, credentials, &context))
        {
        case PL_CREDENTIALS_STATUS_MISSING:
          add (findings, PL_SEVERITY_WARNING, "credentials.missing", subject,
               /* Translators: a State's name */
               g_strdup_printf (_("No credentials or information on the representatives of %s have been received "
                                  "(rule 18, para. 1)."), name));
          break;

        case PL_CREDENTIALS_STATUS_DEFECTIVE:
          add (findings, PL_SEVERITY_ERROR, "credentials.issuer", subject,
               issuer_rule (category, &context) == ISSUER_RULE_PARA_4
               ? g_strdup_printf (_("The credentials of %s were issued by %s; when the Conference considers "
                                    "amendments only the Head of State or Government or the Minister for Foreign "
                                    "Affairs may issue them (rule 18, para. 4)."),
                                  name, issuer_label (pl_credentials_get_issuer (credentials)))
               : issuer_rule (category, &context) == ISSUER_RULE_REIO
               ? reio_issuer_message (name)
               : g_strdup_printf (_("The credentials of %s were issued by %s, not by the Head of State or Government, "
                                    "the Minister for Foreign Affairs or the Permanent Representative to the "
                                    "United Nations (rule 18, para. 3)."),
                                  name, issuer_label (pl_credentials_get_issuer (credentials))));
          break;

        case PL_CREDENTIALS_STATUS_PROVISIONAL:
          add (findings, PL_SEVERITY_WARNING, "credentials.provisional", subject,
               /* Translators: a State's name, then the form (note_verbale...), then a date */
               g_strdup_printf (_("%s sent information on its representatives (%s), not formal credentials: they "
                                  "participate provisionally and should present proper credentials by %s (rule 20)."),
                                name, form_label (pl_credentials_get_form (credentials)),
                                provisional_text));
          break;

        case PL_CREDENTIALS_STATUS_OBJECTED:
          {
            JsonObject *objection = json_node_get_object (pl_credentials_get_objection (credentials));
            const char *by = pl_json_object_get_string (objection, "by", "");
            PlRecord *objector = pl_session_lookup (session, by);

            if (PL_IS_DELEGATION (objector) && pl_delegation_get_name (PL_DELEGATION (objector)) != NULL)
              by = pl_delegation_get_name (PL_DELEGATION (objector));
            add (findings, PL_SEVERITY_WARNING, "credentials.objection", subject,
                 /* Translators: two States' names */
                 g_strdup_printf (_("%s objects to the representatives of %s: they are seated provisionally until "
                                    "the Bureau reports and the Conference decides (rule 20)."),
                                  *by ? by : _("A State party"), name));
          }
          break;

        case PL_CREDENTIALS_STATUS_LATE:
          {
            g_autoptr(GDateTime) received = pl_credentials_dup_received (credentials, context.timezone);
            g_autofree char *received_text = format_date_time (received);

            add (findings, PL_SEVERITY_INFO, "credentials.late", subject,
                 /* Translators: a State's name, two dates */
                 g_strdup_printf (_("The credentials of %s arrived on %s, after the 24-hour mark before the "
                                    "opening (%s, rule 18, para. 1)."),
                                  name, received_text, deadline_text));
          }
          break;

        case PL_CREDENTIALS_STATUS_IN_DUE_FORM:
        default:
          break;
        }

      if (credentials == NULL || pl_credentials_get_form (credentials) == PL_CREDENTIALS_FORM_NONE)
        continue;

      /* Rule 18, para. 1: the names of all the delegation go with the
       * credentials; members they do not cover sit provisionally. */
      if (pl_credentials_is_formal (pl_credentials_get_form (credentials))
          && !pl_credentials_get_members_covered (credentials)
          && pl_delegation_get_n_members (delegation) > 0)
        add (findings, PL_SEVERITY_WARNING, "credentials.provisional", subject,
             g_strdup_printf (_("The credentials of %s do not cover every listed member of its delegation: those "
                                "not covered participate provisionally (rules 18 and 20)."), name));

      if (pl_credentials_get_received (credentials) != NULL && *pl_credentials_get_received (credentials) != '\0')
        {
          g_autoptr(GDateTime) received = pl_credentials_dup_received (credentials, context.timezone);

          if (received == NULL)
            add (findings, PL_SEVERITY_WARNING, "credentials.late", subject,
                 g_strdup_printf (_("The time the credentials of %s were received, “%s”, is not an ISO 8601 "
                                    "date and time: whether they were late cannot be told."),
                                  name, pl_credentials_get_received (credentials)));
        }
    }

  if (any && deadline == NULL)
    add (findings, PL_SEVERITY_WARNING, "credentials.late",
         PL_RECORD (pl_session_get_settings (session)),
         g_strdup_printf (_("The 24-hour mark for credentials cannot be computed: %s."), deadline_error->message));
}

/**
 * pl_credentials_status_describe:
 * @context: the session's credentials context
 * @delegation: a State party or REIO
 *
 * Why @delegation's credentials have the status they have, in one short
 * phrase for the checklist beside the status (the findings of
 * pl_check_credentials() say the same at length, for the report).
 *
 * Returns: (transfer full): the reason
 */
char *
pl_credentials_status_describe (PlCredentialsContext *context,
                                PlDelegation         *delegation)
{
  PlDelegationCategory category;
  PlCredentials *credentials;
  PlCredentialsForm form;
  const char *issuer;
  g_autofree char *received = NULL;

  g_return_val_if_fail (context != NULL && PL_IS_SESSION (context->session), NULL);
  g_return_val_if_fail (PL_IS_DELEGATION (delegation), NULL);

  category = pl_delegation_get_category (delegation);
  credentials = pl_credentials_context_find (context, delegation);
  form = credentials ? pl_credentials_get_form (credentials) : PL_CREDENTIALS_FORM_NONE;
  issuer = credentials ? pl_credentials_issuer_to_phrase (pl_credentials_get_issuer (credentials)) : "";
  received = pl_credentials_context_format_received (context, credentials);

  switch (pl_credentials_derive_status (category, credentials, context))
    {
    case PL_CREDENTIALS_STATUS_OBJECTED:
      {
        JsonObject *objection = json_node_get_object (pl_credentials_get_objection (credentials));
        const char *by = pl_json_object_get_string (objection, "by", "");
        const char *date = pl_json_object_get_string (objection, "date", "");
        PlRecord *objector = by ? pl_session_lookup (context->session, by) : NULL;

        if (PL_IS_DELEGATION (objector) && pl_delegation_get_name (PL_DELEGATION (objector)) != NULL)
          by = pl_delegation_get_name (PL_DELEGATION (objector));
        /* Translators: objected to by a State, on a date */
        return g_strdup_printf (_("Objected to by %s on %s: seated provisionally until the Conference decides (rule 20)"),
                                by, *date ? date : "?");
      }

    case PL_CREDENTIALS_STATUS_MISSING:
      return g_strdup (_("Nothing received yet"));

    case PL_CREDENTIALS_STATUS_DEFECTIVE:
      switch (issuer_rule (category, context))
        {
        case ISSUER_RULE_PARA_4:
          /* Translators: %s is who issued the credentials */
          return g_strdup_printf (_("Issued by %s: while the Conference considers amendments only the Head of State or "
                                    "Government or the Minister for Foreign Affairs may issue credentials (rule 18, para. 4)"),
                                  issuer);
        case ISSUER_RULE_REIO:
          {
            const char *name = pl_delegation_get_name (delegation);

            return reio_issuer_message (name && *name ? name : pl_record_get_id (PL_RECORD (delegation)));
          }
        case ISSUER_RULE_PARA_3:
        default:
          return g_strdup_printf (_("Issued by %s, whom rule 18, para. 3 does not allow to issue credentials"), issuer);
        }

    case PL_CREDENTIALS_STATUS_PROVISIONAL:
      /* Translators: a form (copy, fax...), then a date */
      return g_strdup_printf (_("%s received %s: information, not formal credentials; participates provisionally (rule 20)"),
                              pl_credentials_form_to_label (form), received);

    case PL_CREDENTIALS_STATUS_LATE:
      {
        g_autofree char *deadline = pl_credentials_context_format_time (context, context->deadline);

        return g_strdup_printf (_("Original received %s, after the 24-hour mark of rule 18, para. 1 (%s)"),
                                received, deadline);
      }

    case PL_CREDENTIALS_STATUS_IN_DUE_FORM:
    default:
      return g_strdup_printf (_("Original from %s, received %s"), issuer, received);
    }
}
