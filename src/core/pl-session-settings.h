/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-enums.h"
#include "pl-record.h"

G_BEGIN_DECLS

#define PL_TYPE_SESSION_SETTINGS (pl_session_settings_get_type ())

G_DECLARE_FINAL_TYPE (PlSessionSettings, pl_session_settings, PL, SESSION_SETTINGS, PlRecord)

PlSessionSettings * pl_session_settings_new                      (const char *id);
const char *        pl_session_settings_get_body                 (PlSessionSettings *self);
const char *        pl_session_settings_get_body_short           (PlSessionSettings *self);
int                  pl_session_settings_get_session_number       (PlSessionSettings *self);
const char *        pl_session_settings_get_title                (PlSessionSettings *self);
const char *        pl_session_settings_get_venue                (PlSessionSettings *self);
const char *        pl_session_settings_get_start_date           (PlSessionSettings *self);
const char *        pl_session_settings_get_end_date             (PlSessionSettings *self);
char *              pl_session_settings_default_date               (PlSessionSettings *self,
                                                                  const char        *date);
const char *        pl_session_settings_get_timezone             (PlSessionSettings *self);
PlSessionFormat      pl_session_settings_get_format               (PlSessionSettings *self);
const char *        pl_session_settings_get_symbol               (PlSessionSettings *self);
const char *        pl_session_settings_get_distribution         (PlSessionSettings *self);
const char *        pl_session_settings_get_issue_date           (PlSessionSettings *self);
const char *        pl_session_settings_get_original_language    (PlSessionSettings *self);
const char *        pl_session_settings_get_reissue_note         (PlSessionSettings *self);
JsonNode *          pl_session_settings_get_instruments          (PlSessionSettings *self);
const char *        pl_session_settings_get_convention_id        (PlSessionSettings *self);
JsonNode *          pl_session_settings_get_regional_groups      (PlSessionSettings *self);
JsonNode *          pl_session_settings_get_bureau               (PlSessionSettings *self);
gboolean             pl_session_settings_get_considers_amendments (PlSessionSettings *self);
JsonNode *          pl_session_settings_get_meeting_times        (PlSessionSettings *self);
void                 pl_session_settings_set_body                 (PlSessionSettings *self,
                                                                   const char *body);
void                 pl_session_settings_set_body_short           (PlSessionSettings *self,
                                                                   const char *body_short);
void                 pl_session_settings_set_session_number       (PlSessionSettings *self,
                                                                   int session_number);
void                 pl_session_settings_set_title                (PlSessionSettings *self,
                                                                   const char *title);
void                 pl_session_settings_set_venue                (PlSessionSettings *self,
                                                                   const char *venue);
void                 pl_session_settings_set_start_date           (PlSessionSettings *self,
                                                                   const char *start_date);
void                 pl_session_settings_set_end_date             (PlSessionSettings *self,
                                                                   const char *end_date);
void                 pl_session_settings_set_timezone             (PlSessionSettings *self,
                                                                   const char *zone);
void                 pl_session_settings_set_format               (PlSessionSettings *self,
                                                                   PlSessionFormat format);
void                 pl_session_settings_set_symbol               (PlSessionSettings *self,
                                                                   const char *symbol);
void                 pl_session_settings_set_distribution         (PlSessionSettings *self,
                                                                   const char *distribution);
void                 pl_session_settings_set_issue_date           (PlSessionSettings *self,
                                                                   const char *issue_date);
void                 pl_session_settings_set_original_language    (PlSessionSettings *self,
                                                                   const char *original_language);
void                 pl_session_settings_set_reissue_note         (PlSessionSettings *self,
                                                                   const char *reissue_note);
void                 pl_session_settings_set_instruments          (PlSessionSettings *self,
                                                                   JsonNode *instruments);
void                 pl_session_settings_set_regional_groups      (PlSessionSettings *self,
                                                                   JsonNode *regional_groups);
void                 pl_session_settings_set_bureau               (PlSessionSettings *self,
                                                                   JsonNode *bureau);
void                 pl_session_settings_set_considers_amendments (PlSessionSettings *self,
                                                                   gboolean considers_amendments);
void                 pl_session_settings_set_meeting_times        (PlSessionSettings *self,
                                                                   JsonNode *meeting_times);
PlMajority           pl_session_settings_get_majority_substance   (PlSessionSettings *self);
void                 pl_session_settings_set_majority_substance   (PlSessionSettings *self,
                                                                   PlMajority majority);
PlMajority           pl_session_settings_get_majority_procedure   (PlSessionSettings *self);
void                 pl_session_settings_set_majority_procedure   (PlSessionSettings *self,
                                                                   PlMajority majority);
const char *        pl_session_settings_get_proposal_deadline    (PlSessionSettings *self);
void                 pl_session_settings_set_proposal_deadline    (PlSessionSettings *self,
                                                                   const char *proposal_deadline);
JsonNode *          pl_session_settings_get_issue_languages      (PlSessionSettings *self);
void                 pl_session_settings_set_issue_languages      (PlSessionSettings *self,
                                                                   JsonNode *issue_languages);
char **              pl_session_settings_dup_issue_languages      (PlSessionSettings *self);

G_END_DECLS
