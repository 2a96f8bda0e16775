/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-proposal-labels.h"
#include "pl-proposals.h"

const char *
pl_proposal_kind_label (PlProposalKind kind)
{
  switch (kind)
    {
    case PL_PROPOSAL_KIND_DRAFT_RESOLUTION:
      return _("Draft resolution");
    case PL_PROPOSAL_KIND_DRAFT_DECISION:
      return _("Draft decision");
    case PL_PROPOSAL_KIND_AMENDMENT:
      return _("Amendment");
    case PL_PROPOSAL_KIND_ORAL_AMENDMENT:
      return _("Oral amendment");
    case PL_PROPOSAL_KIND_PROCEDURAL_MOTION:
    default:
      return _("Procedural motion");
    }
}

const char *
pl_proposal_status_label (PlProposalStatus status)
{
  switch (status)
    {
    case PL_PROPOSAL_STATUS_DRAFT:
      return _("Draft");
    case PL_PROPOSAL_STATUS_SUBMITTED:
      return _("Submitted");
    case PL_PROPOSAL_STATUS_IN_CONSULTATIONS:
      return _("In consultations");
    case PL_PROPOSAL_STATUS_APPROVED:
      /* Translators: a draft the Committee of the Whole approved for the plenary */
      return _("Approved by the Committee");
    case PL_PROPOSAL_STATUS_ADOPTED:
      return _("Adopted");
    case PL_PROPOSAL_STATUS_REJECTED:
      return _("Rejected");
    case PL_PROPOSAL_STATUS_WITHDRAWN:
      return _("Withdrawn");
    case PL_PROPOSAL_STATUS_DEFERRED:
    default:
      return _("Deferred");
    }
}

const char *
pl_proposal_financial_label (PlFinancialImplications financial)
{
  switch (financial)
    {
    case PL_FINANCIAL_IMPLICATIONS_NONE:
      return _("None");
    case PL_FINANCIAL_IMPLICATIONS_PENDING:
      /* Translators: a statement of financial implications (rule 75) is awaited */
      return _("Statement pending");
    case PL_FINANCIAL_IMPLICATIONS_ISSUED:
    default:
      return _("Statement issued");
    }
}

const char *
pl_proposal_body_label (PlMeetingBody body)
{
  return body == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE ? _("Committee of the Whole") : C_("meeting body", "Plenary");
}

/**
 * pl_proposal_adopted_label:
 *
 * Returns: (transfer full) (nullable): "Resolution 10/1", "Decision 10/2",
 *   or %NULL while the proposal has no number
 */
char *
pl_proposal_adopted_label (PlProposal *proposal)
{
  const char *number = pl_proposal_get_adopted_as (proposal);

  if (number == NULL || *number == '\0')
    return NULL;
  switch (pl_proposal_get_kind (proposal))
    {
    case PL_PROPOSAL_KIND_DRAFT_RESOLUTION:
      /* Translators: the number an adopted draft resolution receives, "Resolution 10/1" */
      return g_strdup_printf (_("Resolution %s"), number);
    case PL_PROPOSAL_KIND_DRAFT_DECISION:
      /* Translators: the number an adopted draft decision receives, "Decision 10/2" */
      return g_strdup_printf (_("Decision %s"), number);
    default:
      return g_strdup (number);
    }
}

/**
 * pl_proposal_sponsors_label:
 *
 * Returns: (transfer full): the sponsors by name, then how many States
 *   co-sponsor: "Austria, Brazil + 3 co-sponsors"
 */
char *
pl_proposal_sponsors_label (PlSession  *session,
                            PlProposal *proposal)
{
  g_autoptr(GPtrArray) sponsors = pl_proposals_sponsor_names (session, proposal, FALSE);
  g_autoptr(GPtrArray) cosponsors = pl_proposals_sponsor_names (session, proposal, TRUE);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sponsors->len; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (sponsors, i));
    }
  if (cosponsors->len > 0)
    {
      if (text->len > 0)
        g_string_append (text, " ");
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "+ %u co-sponsor", "+ %u co-sponsors", cosponsors->len),
                              cosponsors->len);
    }
  return g_string_free (text, FALSE);
}

/**
 * pl_proposal_meeting_label:
 *
 * Returns: (transfer full): "2020-10-16 10:00, 9th plenary meeting"
 */
char *
pl_proposal_meeting_label (PlMeeting *meeting)
{
  const char *title = pl_meeting_get_title (meeting);

  /* Translators: a meeting's date, start time and title */
  return g_strdup_printf (_("%s %s, %s"), pl_meeting_get_date (meeting) ?: "", pl_meeting_get_start (meeting) ?: "",
                          title != NULL && *title != '\0' ? title : pl_proposal_body_label (pl_meeting_get_body (meeting)));
}

/**
 * pl_proposal_now:
 *
 * Returns: (transfer full): now in the session's time zone, the time a
 *   sponsor joins or a text is submitted as the clerk records it
 */
GDateTime *
pl_proposal_now (PlSession *session)
{
  const char *zone = pl_session_settings_get_timezone (pl_session_get_settings (session));
  g_autoptr(GTimeZone) tz = zone != NULL ? g_time_zone_new_identifier (zone) : NULL;

  return tz != NULL ? g_date_time_new_now (tz) : g_date_time_new_now_local ();
}
