/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-session.h"

G_BEGIN_DECLS

#define PL_MEETINGS_ERROR (pl_meetings_error_quark ())

/**
 * PlMeetingsError:
 * @PL_MEETINGS_ERROR_ALREADY_OPEN: another meeting of the same body sits
 *   (a body cannot sit twice at once)
 * @PL_MEETINGS_ERROR_STATUS: the meeting is not in the state the change
 *   needs: opening one held or cancelled, closing one not open,
 *   cancelling one not planned
 * @PL_MEETINGS_ERROR_NO_ITEM: the agenda has no such item
 * @PL_MEETINGS_ERROR_TIME: the closing time is before the opening
 *
 * Why the record of the meetings refused a change; nothing was changed.
 */
typedef enum {
  PL_MEETINGS_ERROR_ALREADY_OPEN,
  PL_MEETINGS_ERROR_STATUS,
  PL_MEETINGS_ERROR_NO_ITEM,
  PL_MEETINGS_ERROR_TIME,
} PlMeetingsError;

/**
 * PlMeetingQuorum:
 * @participating: the States parties participating in the session (rule
 *   41's base): those registered, present at the meeting or not
 * @present: how many of them the meeting's attendance lists
 * @to_open: one third of @participating, rounded up: the President may
 *   open the meeting and let the debate proceed with that many present
 * @to_decide: a majority of @participating: needed for any decision
 *
 * The quorum of a meeting (rule 41), derived, never stored.
 */
typedef struct
{
  guint participating;
  guint present;
  guint to_open;
  guint to_decide;
} PlMeetingQuorum;

GQuark      pl_meetings_error_quark    (void);

PlMeeting  *pl_meetings_open           (PlSession       *session,
                                        PlMeeting       *planned,
                                        PlMeetingBody    body,
                                        GDateTime       *at,
                                        GError         **error);
gboolean    pl_meetings_close          (PlSession       *session,
                                        PlMeeting       *meeting,
                                        GDateTime       *at,
                                        GError         **error);
gboolean    pl_meetings_cancel         (PlSession       *session,
                                        PlMeeting       *meeting,
                                        GError         **error);
void        pl_meetings_set_presiding  (PlSession       *session,
                                        PlMeeting       *meeting,
                                        const char      *officer_id_or_name);
gboolean    pl_meetings_take_up        (PlSession       *session,
                                        PlMeeting       *meeting,
                                        const char      *item_id,
                                        const char      *note,
                                        GError         **error);
gboolean    pl_meetings_drop_item      (PlSession       *session,
                                        PlMeeting       *meeting,
                                        const char      *item_id);
void        pl_meetings_set_attending  (PlSession       *session,
                                        PlMeeting       *meeting,
                                        const char      *delegation_id,
                                        gboolean         present);
gboolean    pl_meetings_is_attending   (PlMeeting       *meeting,
                                        const char      *delegation_id);

PlMeeting  *pl_meetings_open_meeting   (PlSession       *session,
                                        PlMeetingBody    body);
int         pl_meetings_number         (PlSession       *session,
                                        PlMeeting       *meeting);
void        pl_meetings_quorum         (PlSession       *session,
                                        PlMeeting       *meeting,
                                        PlMeetingQuorum *out);
PlMeeting  *pl_meetings_at             (PlSession       *session,
                                        PlMeetingBody    body,
                                        const char      *iso_instant);
PlMeeting  *pl_meetings_of_statement   (PlSession       *session,
                                        PlSpeaker       *speaker);
GPtrArray  *pl_meetings_on_date        (PlSession       *session,
                                        const char      *iso_date);
GPtrArray  *pl_meetings_for_item       (PlSession       *session,
                                        const char      *item_id);
GPtrArray  *pl_meetings_statements     (PlSession       *session,
                                        const char      *item_id);

char       *pl_meetings_format_instant (PlSession       *session,
                                        GDateTime       *at);

G_END_DECLS
