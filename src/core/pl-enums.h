/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Each enum's value nicks are the strings of the document format
 * (DESIGN.md, "The document format"); the codec reads and writes them. */

typedef enum {
  PL_SESSION_FORMAT_IN_PERSON,
  PL_SESSION_FORMAT_HYBRID,
  PL_SESSION_FORMAT_ONLINE,
} PlSessionFormat;

typedef enum {
  PL_DOCUMENT_KIND_REPORT,
  PL_DOCUMENT_KIND_NOTE,
  PL_DOCUMENT_KIND_CRP,
  PL_DOCUMENT_KIND_RESOLUTION,
  PL_DOCUMENT_KIND_OTHER,
} PlDocumentKind;

typedef enum {
  PL_DOCUMENT_STATUS_PLANNED,
  PL_DOCUMENT_STATUS_SUBMITTED,
  PL_DOCUMENT_STATUS_ISSUED,
} PlDocumentStatus;

typedef enum {
  PL_MEETING_BODY_PLENARY,
  PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE,
  PL_MEETING_BODY_OTHER,
} PlMeetingBody;

/* What became of a meeting of the organization of work (issue 20): a
 * record without `status` was planned. */
typedef enum {
  PL_MEETING_STATUS_PLANNED,
  PL_MEETING_STATUS_HELD,
  PL_MEETING_STATUS_CANCELLED,
} PlMeetingStatus;

typedef enum {
  PL_DELEGATION_CATEGORY_STATE_PARTY,
  PL_DELEGATION_CATEGORY_SIGNATORY,
  PL_DELEGATION_CATEGORY_NON_SIGNATORY_STATE,
  PL_DELEGATION_CATEGORY_REIO,
  PL_DELEGATION_CATEGORY_UN_ENTITY,
  PL_DELEGATION_CATEGORY_IGO,
  PL_DELEGATION_CATEGORY_NGO_ECOSOC,
  PL_DELEGATION_CATEGORY_NGO_OTHER,
} PlDelegationCategory;

/* Rules 14-17: States parties take part as of right and have no observer
 * status, hence NONE. */
typedef enum {
  PL_OBSERVER_STATUS_NONE,
  PL_OBSERVER_STATUS_NOTIFIED,
  PL_OBSERVER_STATUS_APPLIED,
  PL_OBSERVER_STATUS_ACCORDED,
  PL_OBSERVER_STATUS_OBJECTED,
} PlObserverStatus;

typedef enum {
  PL_CREDENTIALS_FORM_NONE,
  PL_CREDENTIALS_FORM_ORIGINAL,
  PL_CREDENTIALS_FORM_COPY,
  PL_CREDENTIALS_FORM_NOTE_VERBALE,
  PL_CREDENTIALS_FORM_LETTER,
  PL_CREDENTIALS_FORM_FAX,
  PL_CREDENTIALS_FORM_EMAIL,
} PlCredentialsForm;

typedef enum {
  PL_CREDENTIALS_ISSUER_OTHER,
  PL_CREDENTIALS_ISSUER_HEAD_OF_STATE,
  PL_CREDENTIALS_ISSUER_HEAD_OF_GOVERNMENT,
  PL_CREDENTIALS_ISSUER_FOREIGN_MINISTER,
  PL_CREDENTIALS_ISSUER_PERMANENT_REPRESENTATIVE,
  PL_CREDENTIALS_ISSUER_REIO_AUTHORITY,
} PlCredentialsIssuer;

typedef enum {
  PL_OFFICE_PRESIDENT,
  PL_OFFICE_VICE_PRESIDENT,
  PL_OFFICE_RAPPORTEUR,
} PlOffice;

/* A withdrawn nomination keeps its State and person on the record, for
 * the report, but leaves the seat to be filled. */
typedef enum {
  PL_OFFICER_STATUS_VACANT,
  PL_OFFICER_STATUS_NOMINATED,
  PL_OFFICER_STATUS_ELECTED,
  PL_OFFICER_STATUS_WITHDRAWN,
} PlOfficerStatus;

/* In order of protocol precedence: the speakers' list gives priority by
 * rank (seed, item 1 (f)). Unknown (a speaker recorded without a rank,
 * issue 16) comes last: no priority can be given on a rank nobody stated. */
typedef enum {
  PL_RANK_HEAD_OF_STATE,
  PL_RANK_HEAD_OF_GOVERNMENT,
  PL_RANK_VICE_PRESIDENT,
  PL_RANK_MINISTER,
  PL_RANK_DEPUTY_MINISTER,
  PL_RANK_AMBASSADOR,
  PL_RANK_OFFICIAL,
  PL_RANK_OTHER,
  PL_RANK_UNKNOWN,
} PlRank;

typedef enum {
  PL_SPEAKER_MODE_PODIUM,
  PL_SPEAKER_MODE_FLOOR,
  PL_SPEAKER_MODE_REMOTE,
} PlSpeakerMode;

typedef enum {
  PL_SPEAKER_STATUS_LISTED,
  PL_SPEAKER_STATUS_SPEAKING,
  PL_SPEAKER_STATUS_SPOKEN,
  PL_SPEAKER_STATUS_WITHDRAWN,
} PlSpeakerStatus;

/* A delegate's request to speak, as staff answered it (issue 18). An
 * absent status reads as pending: requests written before it existed. */
typedef enum {
  PL_SPEAKER_REQUEST_PENDING,
  PL_SPEAKER_REQUEST_ACCEPTED,
  PL_SPEAKER_REQUEST_DECLINED,
} PlSpeakerRequestStatus;

/* What a proposal is (RULES.md, "Meetings, decisions and the record"):
 * draft resolutions and draft decisions are L documents numbered apart on
 * adoption; amendments are taken before what they amend. */
typedef enum {
  PL_PROPOSAL_KIND_DRAFT_RESOLUTION,
  PL_PROPOSAL_KIND_DRAFT_DECISION,
  PL_PROPOSAL_KIND_AMENDMENT,
  PL_PROPOSAL_KIND_ORAL_AMENDMENT,
  PL_PROPOSAL_KIND_PROCEDURAL_MOTION,
} PlProposalKind;

/* The workflow of a proposal: draft -> submitted -> in consultations ->
 * approved (by the Committee of the Whole) -> adopted | rejected |
 * withdrawn (rule 54) | deferred. */
typedef enum {
  PL_PROPOSAL_STATUS_DRAFT,
  PL_PROPOSAL_STATUS_SUBMITTED,
  PL_PROPOSAL_STATUS_IN_CONSULTATIONS,
  PL_PROPOSAL_STATUS_APPROVED,
  PL_PROPOSAL_STATUS_ADOPTED,
  PL_PROPOSAL_STATUS_REJECTED,
  PL_PROPOSAL_STATUS_WITHDRAWN,
  PL_PROPOSAL_STATUS_DEFERRED,
} PlProposalStatus;

/* Rule 75: a proposal with financial implications waits for the
 * secretariat's statement of them before the Conference acts on it. */
typedef enum {
  PL_FINANCIAL_IMPLICATIONS_NONE,
  PL_FINANCIAL_IMPLICATIONS_PENDING,
  PL_FINANCIAL_IMPLICATIONS_ISSUED,
} PlFinancialImplications;

/* Whether a question is of substance is itself decided by the
 * Conference, so each vote records it: the majority follows from it. */
typedef enum {
  PL_VOTE_QUESTION_SUBSTANCE,
  PL_VOTE_QUESTION_PROCEDURE,
} PlVoteQuestion;

typedef enum {
  PL_VOTE_KIND_RECORDED,
  PL_VOTE_KIND_ROLL_CALL,
  PL_VOTE_KIND_NON_RECORDED,
} PlVoteKind;

/* One State's vote; NONE is "not voting" (absent, or not called yet) and
 * is never stored: the `ballots` object simply has no member for it. */
typedef enum {
  PL_BALLOT_NONE,
  PL_BALLOT_YES,
  PL_BALLOT_NO,
  PL_BALLOT_ABSTAIN,
} PlBallot;

/* The majority a question needs (a session setting per kind of question,
 * RULES.md: two thirds of those present and voting for substance, a
 * majority for procedure). */
typedef enum {
  PL_MAJORITY_TWO_THIRDS,
  PL_MAJORITY_SIMPLE,
} PlMajority;

/* A vote's outcome, derived by pl_vote_tally_compute(), never stored:
 * INCOMPLETE while a roll call has States not yet called. */
typedef enum {
  PL_VOTE_OUTCOME_ADOPTED,
  PL_VOTE_OUTCOME_REJECTED,
  PL_VOTE_OUTCOME_NO_QUORUM,
  PL_VOTE_OUTCOME_INCOMPLETE,
} PlVoteOutcome;

typedef enum {
  PL_DEADLINE_ORIGIN_COMPUTED,
  PL_DEADLINE_ORIGIN_MANUAL,
} PlDeadlineOrigin;

typedef enum {
  PL_SEVERITY_INFO,
  PL_SEVERITY_WARNING,
  PL_SEVERITY_ERROR,
} PlSeverity;

#define PL_TYPE_SESSION_FORMAT (pl_session_format_get_type ())
#define PL_TYPE_DOCUMENT_KIND (pl_document_kind_get_type ())
#define PL_TYPE_DOCUMENT_STATUS (pl_document_status_get_type ())
#define PL_TYPE_MEETING_BODY (pl_meeting_body_get_type ())
#define PL_TYPE_MEETING_STATUS (pl_meeting_status_get_type ())
#define PL_TYPE_DELEGATION_CATEGORY (pl_delegation_category_get_type ())
#define PL_TYPE_OBSERVER_STATUS (pl_observer_status_get_type ())
#define PL_TYPE_CREDENTIALS_FORM (pl_credentials_form_get_type ())
#define PL_TYPE_CREDENTIALS_ISSUER (pl_credentials_issuer_get_type ())
#define PL_TYPE_OFFICE (pl_office_get_type ())
#define PL_TYPE_OFFICER_STATUS (pl_officer_status_get_type ())
#define PL_TYPE_RANK (pl_rank_get_type ())
#define PL_TYPE_SPEAKER_MODE (pl_speaker_mode_get_type ())
#define PL_TYPE_SPEAKER_STATUS (pl_speaker_status_get_type ())
#define PL_TYPE_SPEAKER_REQUEST_STATUS (pl_speaker_request_status_get_type ())
#define PL_TYPE_PROPOSAL_KIND (pl_proposal_kind_get_type ())
#define PL_TYPE_PROPOSAL_STATUS (pl_proposal_status_get_type ())
#define PL_TYPE_FINANCIAL_IMPLICATIONS (pl_financial_implications_get_type ())
#define PL_TYPE_VOTE_QUESTION (pl_vote_question_get_type ())
#define PL_TYPE_VOTE_KIND (pl_vote_kind_get_type ())
#define PL_TYPE_BALLOT (pl_ballot_get_type ())
#define PL_TYPE_MAJORITY (pl_majority_get_type ())
#define PL_TYPE_VOTE_OUTCOME (pl_vote_outcome_get_type ())
#define PL_TYPE_DEADLINE_ORIGIN (pl_deadline_origin_get_type ())
#define PL_TYPE_SEVERITY (pl_severity_get_type ())

/* A language version of a text (pl-versions.h): absent, translating an
 * older original, or translating the current one. */
typedef enum {
  PL_VERSION_MISSING,
  PL_VERSION_OUTDATED,
  PL_VERSION_DONE,
} PlVersionState;

#define PL_TYPE_VERSION_STATE (pl_version_state_get_type ())

GType pl_session_format_get_type      (void) G_GNUC_CONST;
GType pl_document_kind_get_type       (void) G_GNUC_CONST;
GType pl_document_status_get_type     (void) G_GNUC_CONST;
GType pl_meeting_body_get_type        (void) G_GNUC_CONST;
GType pl_meeting_status_get_type      (void) G_GNUC_CONST;
GType pl_delegation_category_get_type (void) G_GNUC_CONST;
GType pl_observer_status_get_type     (void) G_GNUC_CONST;
GType pl_credentials_form_get_type    (void) G_GNUC_CONST;
GType pl_credentials_issuer_get_type  (void) G_GNUC_CONST;
GType pl_office_get_type              (void) G_GNUC_CONST;
GType pl_officer_status_get_type      (void) G_GNUC_CONST;
GType pl_rank_get_type                (void) G_GNUC_CONST;
GType pl_speaker_mode_get_type        (void) G_GNUC_CONST;
GType pl_speaker_status_get_type      (void) G_GNUC_CONST;
GType pl_speaker_request_status_get_type (void) G_GNUC_CONST;
GType pl_proposal_kind_get_type (void) G_GNUC_CONST;
GType pl_proposal_status_get_type (void) G_GNUC_CONST;
GType pl_financial_implications_get_type (void) G_GNUC_CONST;
GType pl_vote_question_get_type (void) G_GNUC_CONST;
GType pl_vote_kind_get_type (void) G_GNUC_CONST;
GType pl_ballot_get_type (void) G_GNUC_CONST;
GType pl_majority_get_type (void) G_GNUC_CONST;
GType pl_vote_outcome_get_type (void) G_GNUC_CONST;
GType pl_deadline_origin_get_type     (void) G_GNUC_CONST;
GType pl_severity_get_type            (void) G_GNUC_CONST;
GType pl_version_state_get_type       (void) G_GNUC_CONST;

const char *pl_enum_to_nick   (GType       enum_type,
                               int         value);
gboolean    pl_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
char       *pl_enum_list_nicks (GType      enum_type);

G_END_DECLS
