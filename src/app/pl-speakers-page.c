/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-position.h"
#include "pl-speaker-dialog.h"
#include "pl-speaker-labels.h"
#include "pl-speaker-list-dialog.h"
#include "pl-speaker-list-rows.h"
#include "pl-speaker-order.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page-private.h"

/**
 * PlSpeakersPage:
 *
 * The session's lists of speakers (a sidebar) and, for the selected list,
 * its speakers in the order the rules derive (#PlSpeakerOrder: rank tiers,
 * observers after States, then time of request; seed, item 1 (f)), each
 * with the meeting it is projected onto and its marks: a request outside
 * the list's opening hours (speakers.closed), a speaker who falls after
 * the last meeting for the item (speakers.overflow), a placement by hand
 * and where the rules would have put it. Below, the delegates' pending
 * requests (`speaker_request` records from sync) to accept or decline.
 * Every edit is one undo step. The live mode (#PlSpeakersLive) runs the
 * selected list in the room.
 */

G_DEFINE_FINAL_TYPE (PlSpeakersPage, pl_speakers_page, PL_TYPE_PAGE)

typedef enum {
  COLUMN_NUMBER,
  COLUMN_SPEAKER,
  COLUMN_REQUESTED,
  COLUMN_STATUS,
  COLUMN_MEETING,
} Column;


/* Helpers */

/* GTK 4.8 reports unrevealed revealers to AT-SPI as showing (see
 * pl_compat_stack_show_only()): only what is on screen is visible, so
 * that a screen reader reads no stale empty state. */
void
pl_speakers_page_reveal (GtkRevealer *revealer,
                         gboolean     shown)
{
  gtk_revealer_set_reveal_child (revealer, shown);
  gtk_widget_set_visible (GTK_WIDGET (revealer), shown);
}

PlSpeakerEntry *
pl_speakers_page_selected_entry (PlSpeakersPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

char *
pl_speakers_page_item_label (PlSpeakersPage *self,
                             PlSpeakerList  *list)
{
  return pl_speaker_item_label (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_item (list));
}

/* Mid-sentence, as the seed cites it: "for item 1 (f)". */
char *
pl_speakers_page_item_in_sentence (PlSpeakersPage *self,
                                   PlSpeakerList  *list)
{
  PlRecord *item = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_item (list));

  if (!PL_IS_AGENDA_ITEM (item))
    /* Translators: a list of speakers, by its title */
    return g_strdup_printf (_("the list “%s”"), pl_speaker_list_get_title (list));
  {
    /* "1 (f)" is one word: a line never breaks inside it. */
    g_auto(GStrv) parts = g_strsplit (pl_agenda_item_get_number (PL_AGENDA_ITEM (item)), " ", -1);
    g_autofree char *number = g_strjoinv ("\u00a0", parts);

    /* Translators: an agenda item, mid-sentence: "item 1 (f)" */
    return g_strdup_printf (_("item %s"), number);
  }
}

/* The marks of an entry, one per line; %NULL when there is none. */
static char *
entry_notes (PlSpeakersPage *self,
             PlSpeakerEntry *entry,
             gboolean       *alarming)
{
  g_autoptr(GString) notes = g_string_new (NULL);

  *alarming = FALSE;
  if (pl_speaker_entry_get_closed (entry))
    {
      g_autoptr(GDateTime) closes = pl_speaker_order_parse_date_time (pl_page_get_session (PL_PAGE (self)),
                                                                      pl_speaker_list_get_closes (self->list));
      GDateTime *asked = pl_speaker_entry_get_requested_at (entry);

      /* speakers.closed */
      g_string_append (notes, closes != NULL && asked != NULL && g_date_time_compare (asked, closes) > 0
                              ? _("Asked after the list closed")
                              : _("Asked before the list opened"));
      *alarming = TRUE;
    }
  if (pl_speaker_entry_get_overflow (entry) && pl_speaker_entry_get_number (entry) > 0)
    {
      g_autofree char *item = pl_speakers_page_item_in_sentence (self, self->list);

      /* speakers.overflow */
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append_printf (notes, _("Falls after the last meeting for %s"), item);
      *alarming = TRUE;
    }
  if (pl_speaker_entry_get_deviation (entry) != NULL)
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, pl_speaker_entry_get_deviation (entry));
    }
  else if (pl_speaker_entry_get_manual (entry))
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, _("Placed by hand, where the rules put it too"));
    }
  if (pl_speaker_entry_get_observer (entry))
    {
      if (notes->len > 0)
        g_string_append_c (notes, '\n');
      g_string_append (notes, _("Observer: after the States"));
    }
  return notes->len > 0 ? g_strdup (notes->str) : NULL;
}

/* Cells */

static void
update_cell (GtkWidget      *cell,
             PlSpeakerEntry *entry)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (gtk_widget_get_ancestor (cell, PL_TYPE_SPEAKERS_PAGE));
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "column"));
  PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);
  const char *delegation = NULL;
  guint number = pl_speaker_entry_get_number (entry);
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (self == NULL || self->list == NULL)
    return;
  delegation = pl_speaker_delegation_name (pl_page_get_session (PL_PAGE (self)), pl_speaker_get_delegation (speaker));

  switch (column)
    {
    case COLUMN_NUMBER:
      text = number > 0 ? g_strdup_printf ("%u", number) : g_strdup ("–");
      gtk_label_set_label (GTK_LABEL (cell), text);
      /* GTK 4.8 gives list rows no accessible name: this label carries
       * the row's. */
      name = number > 0
             /* Translators: a row of the list of speakers: number, delegation, person */
             ? g_strdup_printf (_("Speaker %u: %s, %s"), number, delegation, pl_speaker_get_person (speaker) ?: "")
             : g_strdup_printf (_("Withdrawn: %s, %s"), delegation, pl_speaker_get_person (speaker) ?: "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      break;

    case COLUMN_SPEAKER:
      {
        GtkWidget *title = gtk_widget_get_first_child (cell);
        GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
        GtkWidget *notes_box = gtk_widget_get_last_child (cell);
        GtkWidget *icon = gtk_widget_get_first_child (notes_box);
        GtkWidget *notes_label = gtk_widget_get_last_child (notes_box);
        g_autofree char *notes = NULL;
        gboolean alarming = FALSE;
        g_autofree char *behalf = pl_speaker_behalf_label (pl_page_get_session (PL_PAGE (self)), pl_speaker_get_delegation (speaker),
                                                           pl_speaker_get_on_behalf_of (speaker));
        g_autoptr(GString) detail = g_string_new (NULL);

        gtk_label_set_label (GTK_LABEL (title), delegation);
        if (pl_speaker_get_person (speaker) != NULL && *pl_speaker_get_person (speaker) != '\0')
          g_string_append_printf (detail, "%s · ", pl_speaker_get_person (speaker));
        g_string_append (detail, pl_speaker_rank_label (pl_speaker_get_rank (speaker)));
        g_string_append_printf (detail, " · %s", pl_speaker_mode_label (pl_speaker_get_mode (speaker)));
        if (behalf != NULL)
          {
            g_string_append (detail, " · ");
            /* Translators: %s is a group of States or a State */
            g_string_append_printf (detail, _("on behalf of %s"), behalf);
          }
        gtk_label_set_label (GTK_LABEL (subtitle), detail->str);

        /* The marks sit under the name, where the eye already is, rather
         * than in a column that a narrow window cuts off. */
        notes = entry_notes (self, entry, &alarming);
        gtk_label_set_label (GTK_LABEL (notes_label), notes ? notes : "");
        gtk_widget_set_visible (notes_box, notes != NULL);
        gtk_widget_set_visible (icon, alarming);
        if (alarming)
          gtk_widget_add_css_class (notes_label, "warning");
        else
          gtk_widget_remove_css_class (notes_label, "warning");
      }
      break;

    case COLUMN_REQUESTED:
      /* Translators: the time of a request to speak, see g_date_time_format() */
      text = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_get_requested_at (speaker), _("%-d %b %H:%M"));
      gtk_label_set_label (GTK_LABEL (cell), text ? text : _("Unknown"));
      break;

    case COLUMN_STATUS:
      if (pl_speaker_get_status (speaker) == PL_SPEAKER_STATUS_SPOKEN && pl_speaker_get_duration_s (speaker) > 0)
        {
          g_autofree char *clock = pl_speaker_format_clock (pl_speaker_get_duration_s (speaker));

          /* Translators: a speaker's status with the time used, "Spoken, 2:50" */
          text = g_strdup_printf (_("Spoken, %s"), clock);
        }
      gtk_label_set_label (GTK_LABEL (cell), text ? text : pl_speaker_status_label (pl_speaker_get_status (speaker)));
      break;

    case COLUMN_MEETING:
      if (pl_speaker_entry_get_estimated_start (entry) != NULL)
        /* Translators: the projected time of a statement, "Mon 12 Oct 16:00" */
        text = g_date_time_format (pl_speaker_entry_get_estimated_start (entry), _("%a %-d %b %H:%M"));
      else if (number == 0 || pl_speaker_get_status (speaker) == PL_SPEAKER_STATUS_WITHDRAWN)
        text = g_strdup ("");
      else
        text = g_strdup (_("No meeting left"));
      gtk_label_set_label (GTK_LABEL (cell), text);
      if (pl_speaker_entry_get_overflow (entry) && number > 0)
        gtk_widget_add_css_class (cell, "error");
      else
        gtk_widget_remove_css_class (cell, "error");
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
on_speaker_notify_cb (PlSpeaker  *speaker,
                      GParamSpec *pspec,
                      GtkWidget  *cell)
{
  PlSpeakerEntry *entry = g_object_get_data (G_OBJECT (cell), "entry");

  if (entry != NULL)
    update_cell (cell, entry);
}

static GtkWidget *
plain_label (gboolean numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell;

  switch (column)
    {
    case COLUMN_NUMBER:
      cell = plain_label (TRUE);
      gtk_label_set_xalign (GTK_LABEL (cell), 1);
      break;
    case COLUMN_SPEAKER:
      {
        GtkWidget *title = plain_label (FALSE);
        GtkWidget *subtitle = plain_label (FALSE);
        GtkWidget *notes_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
        GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
        GtkWidget *notes = plain_label (FALSE);

        gtk_widget_add_css_class (icon, "warning");
        gtk_widget_set_valign (icon, GTK_ALIGN_START);
        gtk_label_set_wrap (GTK_LABEL (notes), TRUE);
        gtk_widget_add_css_class (notes, "caption");
        gtk_widget_set_hexpand (notes, TRUE);
        gtk_widget_set_margin_top (notes_box, 2);
        gtk_box_append (GTK_BOX (notes_box), icon);
        gtk_box_append (GTK_BOX (notes_box), notes);

        cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
        gtk_widget_set_margin_top (cell, 6);
        gtk_widget_set_margin_bottom (cell, 6);
        gtk_widget_add_css_class (title, "heading");
        gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
        gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
        gtk_widget_add_css_class (subtitle, "dim-label");
        gtk_widget_add_css_class (subtitle, "caption");
        gtk_box_append (GTK_BOX (cell), title);
        gtk_box_append (GTK_BOX (cell), subtitle);
        gtk_box_append (GTK_BOX (cell), notes_box);
      }
      break;
    case COLUMN_REQUESTED:
    case COLUMN_MEETING:
      cell = plain_label (TRUE);
      break;
    case COLUMN_STATUS:
    default:
      cell = plain_label (FALSE);
      break;
    }

  g_object_set_data (G_OBJECT (cell), "column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  PlSpeakerEntry *entry = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PlSpeaker *speaker = pl_speaker_entry_get_speaker (entry);

  g_object_set_data_full (G_OBJECT (cell), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data_full (G_OBJECT (cell), "speaker", g_object_ref (speaker), g_object_unref);
  g_signal_connect (speaker, "notify", G_CALLBACK (on_speaker_notify_cb), cell);
  update_cell (cell, entry);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PlSpeaker *speaker = g_object_get_data (G_OBJECT (cell), "speaker");

  if (speaker != NULL)
    g_signal_handlers_disconnect_by_func (speaker, on_speaker_notify_cb, cell);
  g_object_set_data (G_OBJECT (cell), "speaker", NULL);
  g_object_set_data (G_OBJECT (cell), "entry", NULL);
}

static void
add_column (PlSpeakersPage *self,
            Column          column,
            const char     *title,
            gboolean        expand,
            int             fixed_width)
{
  pl_column_view_append_column (self->column_view, &(PlColumnSpec) {
      title, NULL, expand, fixed_width,
      G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb), G_CALLBACK (unbind_cell_cb), GINT_TO_POINTER (column) });
}

/* The sidebar of lists */

void
pl_speakers_page_fill_lists (PlSpeakersPage *self)
{
  PlSpeakerList *first = NULL;
  gboolean shown = pl_speaker_list_rows_fill (self->lists_box, pl_page_get_session (PL_PAGE (self)), self->list,
                                              PL_SPEAKER_LIST_ROWS_COUNT, self, &first);

  pl_speakers_page_update_counts (self);
  /* The shown list was deleted (or undone away): show the first. */
  if (!shown)
    pl_speakers_page_select_list (self, first);
  pl_compat_stack_show_only (self->stack, first != NULL ? "list" : "no-lists");
}

/* Each list's pending requests, beside its name: the secretariat sees
 * where delegates wait for an answer without opening every list. */
void
pl_speakers_page_update_counts (PlSpeakersPage *self)
{
  GListModel *requests = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_SPEAKER_REQUEST);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      const char *list = pl_speaker_request_get_list (request);

      if (list != NULL && pl_speaker_request_get_status (request) == PL_SPEAKER_REQUEST_PENDING)
        g_hash_table_insert (counts, (gpointer) list,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, list)) + 1));
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->lists_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      PlSpeakerList *list = g_object_get_data (G_OBJECT (row), "list");
      GtkWidget *count = g_object_get_data (G_OBJECT (row), "count");
      guint n = list ? GPOINTER_TO_UINT (g_hash_table_lookup (counts, pl_record_get_id (PL_RECORD (list)))) : 0;
      g_autofree char *text = g_strdup_printf ("%u", n);
      g_autofree char *name = NULL;

      if (count == NULL)
        continue;
      gtk_label_set_label (GTK_LABEL (count), text);
      gtk_widget_set_visible (count, n > 0);
      /* Translators: beside a list of speakers in the sidebar */
      name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request waiting", "%u requests waiting", n), n);
      gtk_widget_set_tooltip_text (count, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (count), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
on_list_row_selected_cb (GtkListBox     *box,
                         GtkListBoxRow  *row,
                         PlSpeakersPage *self)
{
  if (row != NULL)
    pl_speakers_page_select_list (self, g_object_get_data (G_OBJECT (row), "list"));
}

static void
on_selection_changed_cb (PlSpeakersPage *self)
{
  pl_speakers_page_update_actions (self);
}

static void
on_row_activated_cb (GtkColumnView  *view,
                     guint           position,
                     PlSpeakersPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "speakers.edit-speaker", NULL);
}

static void
on_order_changed_cb (PlSpeakersPage *self)
{
  pl_speakers_page_update_header (self);
  pl_speakers_page_update_actions (self);
}

void
pl_speakers_page_select_list (PlSpeakersPage *self,
                              PlSpeakerList  *list)
{
  g_return_if_fail (PL_IS_SPEAKERS_PAGE (self));

  if (!pl_speaker_list_rows_show (self->lists_box, pl_page_get_session (PL_PAGE (self)), list,
                                  &self->list, &self->order, G_CALLBACK (on_order_changed_cb), self))
    return;

  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->order));
  if (list == NULL)
    {
      pl_speakers_page_update_requests (self);
      pl_speakers_page_update_actions (self);
      return;
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  pl_speakers_page_update_header (self);
  pl_speakers_page_update_requests (self);
  pl_speakers_page_update_actions (self);
}

static void
pl_speakers_page_refresh (PlPage *page)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (page);

  if (self->lists_dirty)
    pl_speakers_page_fill_lists (self);
  self->lists_dirty = FALSE;
  pl_speakers_page_update_counts (self);
  pl_speakers_page_update_header (self);
  pl_speakers_page_update_requests (self);
  pl_speakers_page_update_actions (self);
}

static void
pl_speakers_page_session_changed (PlPage       *page,
                                  PlRecord     *record,
                                  PlChangeKind  kind,
                                  const char   *field)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (page);

  if (PL_IS_SPEAKER_LIST (record) || PL_IS_AGENDA_ITEM (record))
    self->lists_dirty = TRUE;
  /* Speakers too: a status change that leaves the order as it was (a
   * statement of exactly the limit) still changes the counts. */
  else if (!PL_IS_SPEAKER (record) && !PL_IS_SPEAKER_REQUEST (record) && !PL_IS_SESSION_SETTINGS (record)
           && !PL_IS_DELEGATION (record))
    return;

  pl_page_queue_refresh (PL_PAGE (self));
}

void
pl_speakers_page_select_speaker (PlSpeakersPage *self,
                                 PlSpeaker      *speaker)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);

      if (pl_speaker_entry_get_speaker (entry) == speaker)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", i);
          return;
        }
    }
}

/* PlPage */

static gboolean
pl_speakers_page_select_record (PlPage   *page,
                                PlRecord *record)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (page);

  if (PL_IS_SPEAKER_LIST (record))
    {
      pl_speakers_page_select_list (self, PL_SPEAKER_LIST (record));
      return TRUE;
    }
  if (PL_IS_SPEAKER (record) || PL_IS_SPEAKER_REQUEST (record))
    {
      const char *list_id = PL_IS_SPEAKER (record) ? pl_speaker_get_list (PL_SPEAKER (record))
                                                   : pl_speaker_request_get_list (PL_SPEAKER_REQUEST (record));
      PlRecord *list = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), list_id);

      if (!PL_IS_SPEAKER_LIST (list))
        return FALSE;
      pl_speakers_page_select_list (self, PL_SPEAKER_LIST (list));
      if (PL_IS_SPEAKER (record))
        pl_speakers_page_select_speaker (self, PL_SPEAKER (record));
      return TRUE;
    }
  return FALSE;
}

/* GObject */

static void
on_map_changed_cb (PlSpeakersPage *self)
{
  GtkWindow *window = pl_page_get_window (PL_PAGE (self));

  /* Through the window's application: the portal in the Flatpak. */
  if (window != NULL && gtk_window_get_application (window) != NULL)
    pl_notices_set_application (self->notices, G_APPLICATION (gtk_window_get_application (window)));
  pl_notices_set_quiet (self->notices, gtk_widget_get_mapped (GTK_WIDGET (self)));
}

static void
pl_speakers_page_constructed (GObject *object)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (object);

  G_OBJECT_CLASS (pl_speakers_page_parent_class)->constructed (object);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* Mode and the marks go under the speaker's name: more columns do not
   * fit beside two sidebars on a laptop. */
  add_column (self, COLUMN_NUMBER, _("No."), FALSE, 48);
  add_column (self, COLUMN_SPEAKER, _("Speaker"), TRUE, -1);
  add_column (self, COLUMN_REQUESTED, _("Requested"), FALSE, 110);
  add_column (self, COLUMN_STATUS, _("Status"), FALSE, 110);
  add_column (self, COLUMN_MEETING, _("Expected"), FALSE, 140);

  g_signal_connect (self->lists_box, "row-selected", G_CALLBACK (on_list_row_selected_cb), self);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (on_row_activated_cb), self);
  pl_speakers_page_fill_lists (self);
  pl_speakers_page_update_actions (self);

  /* The secretariat hears of new requests while on another page; on this
   * one it sees them. */
  self->notices = pl_notices_new (pl_page_get_session (PL_PAGE (self)), NULL);
  g_signal_connect_swapped (self, "map", G_CALLBACK (on_map_changed_cb), self);
  g_signal_connect_swapped (self, "unmap", G_CALLBACK (on_map_changed_cb), self);
}

static void
pl_speakers_page_dispose (GObject *object)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  if (self->lists_box != NULL)
    g_signal_handlers_disconnect_by_data (self->lists_box, self);
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (self->column_view, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->order);
  g_clear_object (&self->list);
  g_clear_object (&self->notices);

  G_OBJECT_CLASS (pl_speakers_page_parent_class)->dispose (object);
}

static void
pl_speakers_page_class_init (PlSpeakersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_speakers_page_constructed;
  object_class->dispose = pl_speakers_page_dispose;
  page_class->refresh = pl_speakers_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_speakers_page_session_changed;
  page_class->select_record = pl_speakers_page_select_record;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-speakers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, lists_box);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, overflow_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, overflow_label);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, entries_stack);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, requests_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, requests_heading);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, requests_box);
  gtk_widget_class_bind_template_child (widget_class, PlSpeakersPage, summary_label);

  pl_speakers_page_install_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "speakers.add-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "speakers.edit-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "speakers.delete-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "speakers.add-speaker", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "speakers.add-speaker", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "speakers.edit-speaker", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "speakers.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "speakers.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "speakers.restore-order", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_ALT_MASK, "speakers.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "speakers.delete-speaker", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "speakers.live", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "speakers.live", NULL);
}

static void
pl_speakers_page_init (PlSpeakersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_speakers_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_SPEAKERS_PAGE, session);
}

/**
 * pl_speakers_page_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown
 */
PlSpeakerList *
pl_speakers_page_get_list (PlSpeakersPage *self)
{
  g_return_val_if_fail (PL_IS_SPEAKERS_PAGE (self), NULL);
  return self->list;
}

/**
 * pl_speakers_page_get_notices:
 *
 * Returns: (transfer none): the secretariat's notices of new requests,
 *   whose #PlNotices:n-pending the sidebar may show
 */
PlNotices *
pl_speakers_page_get_notices (PlSpeakersPage *self)
{
  g_return_val_if_fail (PL_IS_SPEAKERS_PAGE (self), NULL);
  return self->notices;
}

/**
 * pl_speakers_page_get_entries:
 *
 * Returns: (transfer none) (nullable): the shown list's entries, in order
 */
GListModel *
pl_speakers_page_get_entries (PlSpeakersPage *self)
{
  g_return_val_if_fail (PL_IS_SPEAKERS_PAGE (self), NULL);
  return self->order ? G_LIST_MODEL (self->order) : NULL;
}
