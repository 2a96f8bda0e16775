/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pl-agenda-item.h"
#include "pl-contact.h"
#include "pl-cosponsor-request.h"
#include "pl-credentials.h"
#include "pl-deadline.h"
#include "pl-delegation.h"
#include "pl-document.h"
#include "pl-history.h"
#include "pl-meeting.h"
#include "pl-office-holder.h"
#include "pl-officer.h"
#include "pl-proposal.h"
#include "pl-record.h"
#include "pl-report-override.h"
#include "pl-room-state.h"
#include "pl-session-settings.h"
#include "pl-speaker.h"
#include "pl-speaker-list.h"
#include "pl-speaker-request.h"
#include "pl-vote.h"

G_BEGIN_DECLS

#define PL_TYPE_SESSION (pl_session_get_type ())

G_DECLARE_FINAL_TYPE (PlSession, pl_session, PL, SESSION, GObject)

typedef struct _PlAgenda PlAgenda;

/**
 * PlChangeKind:
 * @PL_CHANGE_FIELD: a stored field of the record changed
 * @PL_CHANGE_ADDED: the record joined the session
 * @PL_CHANGE_REMOVED: the record left the session
 */
typedef enum {
  PL_CHANGE_FIELD,
  PL_CHANGE_ADDED,
  PL_CHANGE_REMOVED,
} PlChangeKind;

PlSession          *pl_session_new                 (void);
PlSession          *pl_session_new_empty           (void);
PlSessionSettings  *pl_session_get_settings        (PlSession     *self);
PlHistory          *pl_session_get_history         (PlSession     *self);
PlAgenda           *pl_session_get_agenda          (PlSession     *self);
GListModel         *pl_session_get_records         (PlSession     *self,
                                                    GType          record_type);
PlRecord           *pl_session_lookup              (PlSession     *self,
                                                    const char    *id);
GPtrArray          *pl_session_get_foreign_docs    (PlSession     *self);
JsonObject         *pl_session_get_sync_state      (PlSession     *self);
void                pl_session_set_sync_state      (PlSession     *self,
                                                    JsonObject    *sync_state);
gboolean            pl_session_is_delegate_copy    (PlSession     *self);
JsonObject         *pl_session_get_extra           (PlSession     *self);
void                pl_session_set_extra           (PlSession     *self,
                                                    JsonObject    *extra);
void                pl_session_add_record          (PlSession     *self,
                                                    PlRecord      *record);
void                pl_session_insert_record       (PlSession     *self,
                                                    PlRecord      *record,
                                                    guint          position);
void                pl_session_remove_record       (PlSession     *self,
                                                    PlRecord      *record);
void                pl_session_load_records        (PlSession     *self,
                                                    GPtrArray     *records);
void                pl_session_add_foreign_doc     (PlSession     *self,
                                                    JsonObject    *doc);
const GType        *pl_session_list_record_types   (guint         *n_types);
GType               pl_session_record_type_from_name (const char  *type_name);

PlRoomState        *pl_session_get_room_state      (PlSession     *self,
                                                    const char    *body);
GPtrArray          *pl_session_requests_of         (PlSession     *self,
                                                    const char    *delegation_id);

G_END_DECLS
