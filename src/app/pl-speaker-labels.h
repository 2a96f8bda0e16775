/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"
#include "pl-speaker-order.h"

G_BEGIN_DECLS

/* Words and times the Speakers page, its dialogs and the live mode share. */

const char *pl_speaker_rank_label       (PlRank           rank);
const char *pl_speaker_mode_label       (PlSpeakerMode    mode);
const char *pl_speaker_status_label     (PlSpeakerStatus  status);
const char *pl_speaker_delegation_name  (PlSession       *session,
                                         const char      *delegation_id);
char       *pl_speaker_behalf_label     (PlSession       *session,
                                         const char      *delegation_id,
                                         const char      *on_behalf_of);
char       *pl_speaker_format_clock     (int              seconds);
char       *pl_speaker_format_stored    (PlSession       *session,
                                         const char      *stored,
                                         const char      *format);
GDateTime  *pl_speaker_parse_input      (PlSession       *session,
                                         const char      *text);
char       *pl_speaker_format_input     (GDateTime       *date_time);
char       *pl_speaker_format_iso       (GDateTime       *date_time);
char       *pl_speaker_item_label       (PlSession       *session,
                                         const char      *item_id);
void        pl_speaker_show_behalf      (GtkLabel        *label,
                                         PlSession       *session,
                                         PlSpeaker       *speaker);
char       *pl_speaker_show_countdown   (GtkLabel        *label,
                                         int              remaining,
                                         gboolean         overtime);

G_END_DECLS
