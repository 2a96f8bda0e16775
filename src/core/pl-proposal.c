/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-core"

#include "config.h"

#include "pl-proposal.h"

/**
 * PlProposal:
 *
 * A proposal put to the Conference: a draft resolution or decision (an L
 * document, `CTOC/COP/2020/L.3`, revised as `L.3/Rev.1`), an amendment or
 * a procedural motion (RULES.md, "Meetings, decisions and the record").
 * Its stored fields are those of the `proposal` record of the document
 * format; their values live in #PlRecord. The register's rules are in
 * pl-proposals.c.
 */
struct _PlProposal
{
  PlRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (PlProposal, pl_proposal, PL_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SYMBOL,
  PROP_TITLE,
  PROP_ITEM,
  PROP_BODY,
  PROP_REVISES,
  PROP_AMENDS,
  PROP_SPONSORS,
  PROP_SUBMITTED,
  PROP_STATUS,
  PROP_FINANCIAL_IMPLICATIONS,
  PROP_TEXT,
  PROP_ACTION,
  PROP_ADOPTED_AS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pl_proposal_class_init (PlProposalClass *klass)
{
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
  /* draft resolution, draft decision, amendment, oral amendment or procedural motion */
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PL_TYPE_PROPOSAL_KIND, PL_PROPOSAL_KIND_DRAFT_RESOLUTION, FLAGS);
  /* the L document's symbol, "CTOC/COP/2020/L.3", "CTOC/COP/2020/L.3/Rev.1" */
  properties[PROP_SYMBOL] = g_param_spec_string ("symbol", NULL, NULL, NULL, FLAGS);
  /* the title as the L document gives it */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  /* the agenda item's _id (an amendment may leave it to the proposal it amends) */
  properties[PROP_ITEM] = g_param_spec_string ("item", NULL, NULL, NULL, FLAGS);
  /* where it is taken up: the plenary or the Committee of the Whole */
  properties[PROP_BODY] = g_param_spec_enum ("body", NULL, NULL, PL_TYPE_MEETING_BODY, PL_MEETING_BODY_PLENARY, FLAGS);
  /* the _id of the proposal this revision replaces in the register */
  properties[PROP_REVISES] = g_param_spec_string ("revises", NULL, NULL, NULL, FLAGS);
  /* the _id of the proposal this amendment amends */
  properties[PROP_AMENDS] = g_param_spec_string ("amends", NULL, NULL, NULL, FLAGS);
  /* sponsors and co-sponsors, States: [{delegation, role ("sponsor"/"cosponsor"), on_behalf_of (a
   * regional group id or null), joined (ISO date-time), withdrawn (ISO date-time or null)}], in order of joining */
  properties[PROP_SPONSORS] = pl_param_spec_json ("sponsors", NULL);
  /* when it reached the secretariat, ISO date-time; against the deadline (the session's
   * `proposal_deadline`) */
  properties[PROP_SUBMITTED] = g_param_spec_string ("submitted", NULL, NULL, NULL, FLAGS);
  /* where it is in the workflow (pl_proposals_set_status()) */
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, PL_TYPE_PROPOSAL_STATUS, PL_PROPOSAL_STATUS_DRAFT, FLAGS);
  /* rule 75: none, or the secretariat's statement pending or issued */
  properties[PROP_FINANCIAL_IMPLICATIONS] = g_param_spec_enum ("financial-implications", NULL, NULL, PL_TYPE_FINANCIAL_IMPLICATIONS, PL_FINANCIAL_IMPLICATIONS_NONE, FLAGS);
  /* the `document` _id of the L document */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, FLAGS);
  /* the action taken: {meeting, method ("without_vote"/"vote"), vote (the vote's _id)} or null */
  properties[PROP_ACTION] = pl_param_spec_json ("action", NULL);
  /* the number given on adoption, "10/1" (session / order of adoption, resolutions and
   * decisions numbered apart); derived when adopted, then kept, since a number
   * once announced never changes */
  properties[PROP_ADOPTED_AS] = g_param_spec_string ("adopted-as", NULL, NULL, NULL, FLAGS);
#undef FLAGS

  pl_record_class_install_fields (PL_RECORD_CLASS (klass), "proposal", properties, N_PROPS);
}

static void
pl_proposal_init (PlProposal *self)
{
}

PlProposal *
pl_proposal_new (const char *id)
{
  return g_object_new (PL_TYPE_PROPOSAL, "id", id, NULL);
}

PlProposalKind
pl_proposal_get_kind (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), PL_PROPOSAL_KIND_DRAFT_RESOLUTION);

  return (PlProposalKind) pl_record_get_enum (PL_RECORD (self), PROP_KIND);
}

void
pl_proposal_set_kind (PlProposal *self,
                      PlProposalKind kind)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_enum (PL_RECORD (self), PROP_KIND, kind);
}

const char *
pl_proposal_get_symbol (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_SYMBOL);
}

void
pl_proposal_set_symbol (PlProposal *self,
                        const char *symbol)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_SYMBOL, symbol);
}

const char *
pl_proposal_get_title (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_TITLE);
}

void
pl_proposal_set_title (PlProposal *self,
                       const char *title)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_TITLE, title);
}

const char *
pl_proposal_get_item (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_ITEM);
}

void
pl_proposal_set_item (PlProposal *self,
                      const char *item)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_ITEM, item);
}

PlMeetingBody
pl_proposal_get_body (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), PL_MEETING_BODY_PLENARY);

  return (PlMeetingBody) pl_record_get_enum (PL_RECORD (self), PROP_BODY);
}

void
pl_proposal_set_body (PlProposal *self,
                      PlMeetingBody body)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_enum (PL_RECORD (self), PROP_BODY, body);
}

const char *
pl_proposal_get_revises (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_REVISES);
}

void
pl_proposal_set_revises (PlProposal *self,
                         const char *revises)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_REVISES, revises);
}

const char *
pl_proposal_get_amends (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_AMENDS);
}

void
pl_proposal_set_amends (PlProposal *self,
                        const char *amends)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_AMENDS, amends);
}

/**
 * pl_proposal_get_sponsors:
 *
 * Returns: (transfer none) (nullable): the field's JSON value
 */
JsonNode *
pl_proposal_get_sponsors (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_SPONSORS);
}

/**
 * pl_proposal_set_sponsors:
 * @sponsors: (nullable): copied
 */
void
pl_proposal_set_sponsors (PlProposal *self,
                          JsonNode *sponsors)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_json (PL_RECORD (self), PROP_SPONSORS, sponsors);
}

const char *
pl_proposal_get_submitted (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_SUBMITTED);
}

void
pl_proposal_set_submitted (PlProposal *self,
                           const char *submitted)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_SUBMITTED, submitted);
}

PlProposalStatus
pl_proposal_get_status (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), PL_PROPOSAL_STATUS_DRAFT);

  return (PlProposalStatus) pl_record_get_enum (PL_RECORD (self), PROP_STATUS);
}

void
pl_proposal_set_status (PlProposal *self,
                        PlProposalStatus status)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_enum (PL_RECORD (self), PROP_STATUS, status);
}

PlFinancialImplications
pl_proposal_get_financial_implications (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), PL_FINANCIAL_IMPLICATIONS_NONE);

  return (PlFinancialImplications) pl_record_get_enum (PL_RECORD (self), PROP_FINANCIAL_IMPLICATIONS);
}

void
pl_proposal_set_financial_implications (PlProposal *self,
                                        PlFinancialImplications financial_implications)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_enum (PL_RECORD (self), PROP_FINANCIAL_IMPLICATIONS, financial_implications);
}

const char *
pl_proposal_get_text (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_TEXT);
}

void
pl_proposal_set_text (PlProposal *self,
                      const char *text)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_TEXT, text);
}

/**
 * pl_proposal_get_action:
 *
 * Returns: (transfer none) (nullable): the field's JSON value
 */
JsonNode *
pl_proposal_get_action (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_json (PL_RECORD (self), PROP_ACTION);
}

/**
 * pl_proposal_set_action:
 * @action: (nullable): copied
 */
void
pl_proposal_set_action (PlProposal *self,
                        JsonNode *action)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_json (PL_RECORD (self), PROP_ACTION, action);
}

const char *
pl_proposal_get_adopted_as (PlProposal *self)
{
  g_return_val_if_fail (PL_IS_PROPOSAL (self), NULL);

  return pl_record_get_string (PL_RECORD (self), PROP_ADOPTED_AS);
}

void
pl_proposal_set_adopted_as (PlProposal *self,
                            const char *adopted_as)
{
  g_return_if_fail (PL_IS_PROPOSAL (self));

  pl_record_set_string (PL_RECORD (self), PROP_ADOPTED_AS, adopted_as);
}
