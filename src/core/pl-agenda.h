/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pl-agenda-item.h"
#include "pl-session.h"

G_BEGIN_DECLS

#define PL_TYPE_AGENDA (pl_agenda_get_type ())

G_DECLARE_FINAL_TYPE (PlAgenda, pl_agenda, PL, AGENDA, GObject)

PlAgenda     *pl_agenda_new             (PlSession    *session);
GListModel   *pl_agenda_get_children    (PlAgenda     *self,
                                         PlAgendaItem *parent);
PlAgendaItem *pl_agenda_get_parent      (PlAgenda     *self,
                                         PlAgendaItem *item);
GPtrArray    *pl_agenda_list_in_order   (PlAgenda     *self);
PlAgendaItem *pl_agenda_find_by_number  (PlAgenda     *self,
                                         const char   *number);
PlAgendaItem *pl_agenda_find_by_link    (PlAgenda     *self,
                                         const char   *target);
gboolean      pl_agenda_is_item_link    (const char   *target);
void          pl_agenda_rebuild         (PlAgenda     *self);
void          pl_agenda_hold            (PlAgenda     *self);
void          pl_agenda_release         (PlAgenda     *self);

PlAgendaItem *pl_agenda_add_item        (PlAgenda     *self,
                                         PlAgendaItem *parent,
                                         PlAgendaItem *after,
                                         const char   *title);
void          pl_agenda_delete_item     (PlAgenda     *self,
                                         PlAgendaItem *item);
gboolean      pl_agenda_move_item       (PlAgenda     *self,
                                         PlAgendaItem *item,
                                         PlAgendaItem *new_parent,
                                         guint         index);
gboolean      pl_agenda_move_up         (PlAgenda     *self,
                                         PlAgendaItem *item);
gboolean      pl_agenda_move_down       (PlAgenda     *self,
                                         PlAgendaItem *item);
gboolean      pl_agenda_indent          (PlAgenda     *self,
                                         PlAgendaItem *item);
gboolean      pl_agenda_outdent         (PlAgenda     *self,
                                         PlAgendaItem *item);

G_END_DECLS
