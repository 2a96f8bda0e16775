/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-finding-list.h"
#include "pl-meetings-page.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-meetings-page.c (the list of
 * meetings, opening, closing and cancelling) and pl-meetings-page-record.c
 * (what the selected meeting's record holds: who presided, the items
 * taken up, the attendance and the quorum). */

struct _PlMeetingsPage
{
  PlPage          parent_instance;

  char           *meeting_id;      /* the meeting shown on the right */
  GPtrArray      *presiding_ids;   /* combo position → officer _id; "" someone else, NULL none */
  char           *attendance_key;  /* the delegations the rows show, to rebuild only when they change */
  gboolean        updating;        /* the page is showing the record, not the user editing it */

  /* template children */
  GtkMenuButton  *unplanned_button;
  GtkLabel       *summary_label;
  GtkStack       *page_stack;
  GtkListBox     *meetings_list;
  GtkStack       *detail_stack;
  GtkScrolledWindow *detail_scroller;
  GtkLabel       *title_label;
  GtkLabel       *when_label;
  GtkLabel       *status_label;
  GtkWidget      *buttons_box;
  GtkWidget      *open_button;
  GtkWidget      *close_button;
  GtkWidget      *cancel_button;
  GtkLabel       *times_label;
  GtkLabel       *hint_label;
  PlFindingList  *findings_list;
  GtkWidget      *presiding_group;
  AdwComboRow    *presiding_row;
  AdwEntryRow    *presiding_name_row;
  GtkWidget      *items_group;
  GtkMenuButton  *add_item_button;
  GtkListBox     *taken_up_list;
  GtkWidget      *attendance_group;
  GtkLabel       *quorum_label;
  GtkSearchEntry *attendance_search;
  GtkWidget      *states_heading;
  GtkListBox     *states_list;
  GtkWidget      *others_heading;
  GtkListBox     *others_list;
};

PlMeeting *pl_meetings_page_lookup     (PlMeetingsPage *self);
void       pl_meetings_page_toast      (PlMeetingsPage *self,
                                        const char     *text);
void       pl_meetings_page_update_record (PlMeetingsPage *self,
                                           PlMeeting      *meeting);
void       pl_meetings_page_record_init   (PlMeetingsPage *self);
void       pl_meetings_page_record_class_init (GtkWidgetClass *widget_class);

PL_PAGE_DECLARE_ACTION (pl_meetings_page_take_up_action);
PL_PAGE_DECLARE_ACTION (pl_meetings_page_drop_item_action);

G_END_DECLS
