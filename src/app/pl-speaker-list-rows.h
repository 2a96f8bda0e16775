/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pl-session.h"
#include "pl-speaker-list.h"
#include "pl-speaker-order.h"

G_BEGIN_DECLS

/* The sidebar of lists of speakers the secretariat's Speakers page and the
 * delegate's share: one row a list, in the lists' order, each row holding
 * its list as "list". */

typedef enum
{
  PL_SPEAKER_LIST_ROWS_DEFAULT       = 0,
  /* A count of pending requests after the title ("count", hidden). */
  PL_SPEAKER_LIST_ROWS_COUNT         = 1 << 0,
  /* The agenda item ends in an ellipsis rather than widening the sidebar. */
  PL_SPEAKER_LIST_ROWS_ELLIPSIZE     = 1 << 1,
} PlSpeakerListRowsFlags;

GPtrArray *pl_speaker_list_rows_sorted  (PlSession              *session);
gboolean   pl_speaker_list_rows_fill    (GtkListBox             *box,
                                         PlSession              *session,
                                         PlSpeakerList          *current,
                                         PlSpeakerListRowsFlags  flags,
                                         gpointer                handler_data,
                                         PlSpeakerList         **first);
void       pl_speaker_list_rows_select  (GtkListBox             *box,
                                         PlSpeakerList          *list,
                                         gpointer                handler_data);
gboolean   pl_speaker_list_rows_show    (GtkListBox             *box,
                                         PlSession              *session,
                                         PlSpeakerList          *list,
                                         PlSpeakerList         **shown,
                                         PlSpeakerOrder        **order,
                                         GCallback               order_changed,
                                         gpointer                handler_data);

G_END_DECLS
