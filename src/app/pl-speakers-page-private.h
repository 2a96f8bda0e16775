/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pl-speakers-page.h"

G_BEGIN_DECLS

/* What the files of the page share: pl-speakers-page.c and
 * pl-speakers-page-requests.c. */

struct _PlSpeakersPage
{
  PlPage              parent_instance;

  PlSpeakerList      *list;
  PlSpeakerOrder     *order;
  GtkSingleSelection *selection;
  gboolean            lists_dirty;

  GtkListBox         *lists_box;
  GtkStack           *stack;
  GtkLabel           *title_label;
  GtkLabel           *details_label;
  GtkRevealer        *overflow_revealer;
  GtkLabel           *overflow_label;
  GtkStack           *entries_stack;
  GtkColumnView      *column_view;
  GtkRevealer        *requests_revealer;
  GtkLabel           *requests_heading;
  GtkListBox         *requests_box;
  GtkLabel           *summary_label;

  PlNotices          *notices;
};

PlSpeakerEntry *pl_speakers_page_selected_entry        (PlSpeakersPage *self);
char           *pl_speakers_page_item_in_sentence      (PlSpeakersPage *self,
                                                        PlSpeakerList  *list);
char           *pl_speakers_page_item_label            (PlSpeakersPage *self,
                                                        PlSpeakerList  *list);
void            pl_speakers_page_fill_lists            (PlSpeakersPage *self);
void            pl_speakers_page_install_actions       (GtkWidgetClass *widget_class);
void            pl_speakers_page_reveal                (GtkRevealer    *revealer,
                                                        gboolean        shown);
void            pl_speakers_page_select_speaker        (PlSpeakersPage *self,
                                                        PlSpeaker      *speaker);
void            pl_speakers_page_update_counts         (PlSpeakersPage *self);
void            pl_speakers_page_update_actions        (PlSpeakersPage *self);
void            pl_speakers_page_update_header         (PlSpeakersPage *self);
void            pl_speakers_page_update_requests       (PlSpeakersPage *self);

G_END_DECLS
