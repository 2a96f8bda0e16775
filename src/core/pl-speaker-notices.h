/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

/**
 * PlSpeakerNotice:
 * @id: the event, the same each time it is computed: a notice is given
 *   once per id (`request:<_id>`, `accepted:<_id>`, `declined:<_id>`,
 *   `closing:<list _id>:<closes>`, `position:<speaker _id>:<position>`)
 * @title: what happened, in a few words
 * @body: (nullable): the details
 *
 * Something on the lists of speakers a person should learn of.
 */
typedef struct
{
  char *id;
  char *title;
  char *body;
} PlSpeakerNotice;

#define PL_TYPE_SPEAKER_NOTICE (pl_speaker_notice_get_type ())

GType            pl_speaker_notice_get_type           (void) G_GNUC_CONST;
PlSpeakerNotice *pl_speaker_notice_copy               (PlSpeakerNotice *notice);
void             pl_speaker_notice_free               (PlSpeakerNotice *notice);

GPtrArray       *pl_speaker_notices_for_secretariat   (PlSession       *session);
GPtrArray       *pl_speaker_notices_for_delegation    (PlSession       *session,
                                                       const char      *delegation,
                                                       GDateTime       *now);

#define PL_SPEAKER_NOTICE_CLOSING_S (15 * 60)
#define PL_SPEAKER_NOTICE_POSITION  3

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlSpeakerNotice, pl_speaker_notice_free)

G_END_DECLS
