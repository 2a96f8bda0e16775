/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-draft-report.h"
#include "pl-export-l10n.h"
#include "pl-meetings.h"
#include "pl-proposals.h"

G_BEGIN_DECLS

/*
 * What the two halves of the draft report share: pl-draft-report.c (the
 * paragraphs' machinery, the chapters per agenda item, the adoption, the
 * document model) and pl-draft-report-org.c (chapter I, the texts adopted,
 * and chapter II, the organization of the session). Private to
 * src/export.
 */

#define T(msgid) pl_export_translate (b->language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (b->language, ctx, msgid)

/* The sub-items of the organizational item, in the order of the seed. */
enum {
  ORG_OPENING,
  ORG_OFFICERS,
  ORG_AGENDA,
  ORG_ATTENDANCE,
  ORG_CREDENTIALS,
  N_ORG
};

typedef struct
{
  PlSession  *session;
  const char *language;
  PlDocModel *model;        /* in the report's language: where the texts
                             * printed in their original are noted
                             * (pl_report_text()), and kept */
  GPtrArray  *out;          /* of PlReportParagraph */
  guint       n_chapters;
  guint       n_sections;
  char       *chapter;      /* the current chapter's heading */
  char       *section;      /* the current section's heading, or NULL */
} PlDraftBuilder;

void          pl_draft_begin_chapter      (PlDraftBuilder *b,
                                           const char     *title);
void          pl_draft_begin_section      (PlDraftBuilder *b,
                                           const char     *title);
void          pl_draft_add_source         (GPtrArray      *sources,
                                           const char     *id);
void          pl_draft_emit               (PlDraftBuilder *b,
                                           const char     *key,
                                           const char     *generated,
                                           GPtrArray      *sources,
                                           const char     *stale_what);
char         *pl_draft_item_number        (PlDraftBuilder *b,
                                           PlAgendaItem   *item);
const char   *pl_draft_item_title         (PlDraftBuilder *b,
                                           PlAgendaItem   *item);
const char   *pl_draft_text               (PlDraftBuilder *b,
                                           gpointer        record,
                                           const char     *field);
GPtrArray    *pl_draft_children_of        (PlSession      *session,
                                           PlAgendaItem   *parent);
char         *pl_draft_meetings_clause    (PlDraftBuilder *b,
                                           GPtrArray      *meetings);
char         *pl_draft_one_meeting_clause (PlDraftBuilder *b,
                                           PlMeeting      *meeting);
PlMeeting    *pl_draft_first_meeting_for  (PlSession      *session,
                                           PlAgendaItem   *item);
gboolean      pl_draft_is_representative  (PlDelegation   *delegation);
const char   *pl_draft_action_member      (PlProposal     *proposal,
                                           const char     *name);
GPtrArray    *pl_draft_acted_on           (PlSession      *session,
                                           const char     *item_id);
void          pl_draft_add_proceedings    (PlDraftBuilder *b,
                                           PlAgendaItem   *item,
                                           gboolean        with_meetings);

char         *pl_draft_session_in_sentence (PlDraftBuilder *b);

void          pl_draft_add_decisions      (PlDraftBuilder *b);
void          pl_draft_add_organization   (PlDraftBuilder *b,
                                           PlAgendaItem   *first);

/* pl-draft-report.c: the paragraphs in @model's language, the texts
 * printed in their original noted on @model (pl-draft-report-build.c
 * builds the document on the same model). */
GPtrArray      *pl_draft_build_paragraphs       (PlSession        *session,
                                                 PlDocModel       *model);

G_END_DECLS
