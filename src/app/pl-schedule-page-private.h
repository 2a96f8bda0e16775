/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-schedule-page.h"
#include "pl-schedule.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-schedule-page.c and
 * its meetings' cards, pl-meeting-card.c. */

struct _PlSchedulePage
{
  PlPage         parent_instance;

  PlSchedule    *schedule;
  GCancellable  *cancellable;
  char          *selected_item;   /* _id of the item selected on the left */
  gboolean       rebuilding;
  GHashTable    *cards;           /* meeting _id -> its PlMeetingCard */
  char          *reveal_meeting;  /* _id of the meeting to scroll to */
  guint          reveal_tick_id;
  gboolean       reveal_focus;    /* and give its day field the focus */

  GtkMenuButton *assign_button;
  GtkPopover    *assign_popover;
  GtkBox        *assign_box;
  GtkLabel      *selection_label;
  GtkListBox    *items_list;
  GtkStack      *days_stack;
  GtkScrolledWindow *days_scroller;
  AdwStatusPage *empty_page;
  GtkBox        *days_box;
};

PlAgendaItem *pl_schedule_page_lookup_item      (PlSchedulePage *self,
                                                 const char     *id);
PlMeeting    *pl_schedule_page_lookup_meeting   (PlSchedulePage *self,
                                                 GObject        *widget);
char         *pl_schedule_page_meeting_label    (PlMeeting      *meeting);
const char   *pl_schedule_page_body_name        (PlMeetingBody   body);
const char   *pl_schedule_page_item_title       (PlAgendaItem   *item);
const char   *pl_schedule_page_note_shown       (const char     *note);
const char   *pl_schedule_page_note_stored      (const char     *text);
void          pl_schedule_page_add_drag_source  (GtkWidget      *widget,
                                                 char           *payload);
GtkEventController *pl_schedule_page_add_drop_target (PlSchedulePage *self,
                                                     GtkWidget      *widget);
void          pl_schedule_page_report_error     (PlSchedulePage *self,
                                                 const char     *heading,
                                                 GError         *error);
void          pl_schedule_page_set_focus_key    (GtkWidget      *widget,
                                                 char           *key,
                                                 char           *fallback);

/* Drag payloads: "item\n<item _id>" from the item list, and
 * "entry\n<meeting _id>\n<item _id>" from a meeting's entries. */
#define DRAG_ITEM  "item"
#define DRAG_ENTRY "entry"

G_END_DECLS
