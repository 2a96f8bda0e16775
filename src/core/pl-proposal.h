/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_PROPOSAL (pl_proposal_get_type ())

G_DECLARE_FINAL_TYPE (PlProposal, pl_proposal, PL, PROPOSAL, PlRecord)

PlProposal *        pl_proposal_new                        (const char *id);
PlProposalKind      pl_proposal_get_kind                   (PlProposal *self);
const char *        pl_proposal_get_symbol                 (PlProposal *self);
const char *        pl_proposal_get_title                  (PlProposal *self);
const char *        pl_proposal_get_item                   (PlProposal *self);
PlMeetingBody       pl_proposal_get_body                   (PlProposal *self);
const char *        pl_proposal_get_revises                (PlProposal *self);
const char *        pl_proposal_get_amends                 (PlProposal *self);
JsonNode *          pl_proposal_get_sponsors               (PlProposal *self);
const char *        pl_proposal_get_submitted              (PlProposal *self);
PlProposalStatus    pl_proposal_get_status                 (PlProposal *self);
PlFinancialImplications pl_proposal_get_financial_implications (PlProposal *self);
const char *        pl_proposal_get_text                   (PlProposal *self);
JsonNode *          pl_proposal_get_action                 (PlProposal *self);
const char *        pl_proposal_get_adopted_as             (PlProposal *self);
void                pl_proposal_set_kind                   (PlProposal *self,
                                                            PlProposalKind kind);
void                pl_proposal_set_symbol                 (PlProposal *self,
                                                            const char *symbol);
void                pl_proposal_set_title                  (PlProposal *self,
                                                            const char *title);
void                pl_proposal_set_item                   (PlProposal *self,
                                                            const char *item);
void                pl_proposal_set_body                   (PlProposal *self,
                                                            PlMeetingBody body);
void                pl_proposal_set_revises                (PlProposal *self,
                                                            const char *revises);
void                pl_proposal_set_amends                 (PlProposal *self,
                                                            const char *amends);
void                pl_proposal_set_sponsors               (PlProposal *self,
                                                            JsonNode *sponsors);
void                pl_proposal_set_submitted              (PlProposal *self,
                                                            const char *submitted);
void                pl_proposal_set_status                 (PlProposal *self,
                                                            PlProposalStatus status);
void                pl_proposal_set_financial_implications (PlProposal *self,
                                                            PlFinancialImplications financial_implications);
void                pl_proposal_set_text                   (PlProposal *self,
                                                            const char *text);
void                pl_proposal_set_action                 (PlProposal *self,
                                                            JsonNode *action);
void                pl_proposal_set_adopted_as             (PlProposal *self,
                                                            const char *adopted_as);

G_END_DECLS
