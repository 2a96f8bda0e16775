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
#include "pl-speaker-order.h"
#include "pl-speakers-live.h"
#include "pl-speakers-page.h"

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
};

G_DEFINE_FINAL_TYPE (PlSpeakersPage, pl_speakers_page, PL_TYPE_PAGE)

typedef enum {
  COLUMN_NUMBER,
  COLUMN_SPEAKER,
  COLUMN_REQUESTED,
  COLUMN_STATUS,
  COLUMN_MEETING,
} Column;

static void select_list (PlSpeakersPage *self,
                         PlSpeakerList  *list);

/* Helpers */

/* GTK 4.8 reports unrevealed revealers to AT-SPI as showing (see
 * pl_compat_stack_show_only()): only what is on screen is visible, so
 * that a screen reader reads no stale empty state. */
static void
reveal (GtkRevealer *revealer,
        gboolean     shown)
{
  gtk_revealer_set_reveal_child (revealer, shown);
  gtk_widget_set_visible (GTK_WIDGET (revealer), shown);
}

static GtkWindow *
parent_window (PlSpeakersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static GPtrArray *
sorted_lists (PlSpeakersPage *self)
{
  GListModel *lists = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_SPEAKER_LIST);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (lists); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (lists, i));
  return sorted;
}

static PlSpeakerEntry *
selected_entry (PlSpeakersPage *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static char *
item_label (PlSpeakersPage *self,
            PlSpeakerList  *list)
{
  return pl_speaker_item_label (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_item (list));
}

/* Mid-sentence, as the seed cites it: "for item 1 (f)". */
static char *
item_in_sentence (PlSpeakersPage *self,
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
      g_autofree char *item = item_in_sentence (self, self->list);

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
  pl_column_view_append_column (self->column_view, title, NULL, expand, fixed_width,
                                G_CALLBACK (setup_cell_cb), G_CALLBACK (bind_cell_cb), G_CALLBACK (unbind_cell_cb),
                                GINT_TO_POINTER (column), GINT_TO_POINTER (column));
}

/* The header, the summary and the requests */

static void
update_header (PlSpeakersPage *self)
{
  g_autofree char *item = NULL;
  g_autofree char *opens = NULL;
  g_autofree char *closes = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *group_limit = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GTimeZone) tz = NULL;
  GListModel *model;
  guint n = 0, n_spoken = 0, n_withdrawn = 0, first_overflow = 0, n_overflow;
  g_autofree char *summary = NULL;

  if (self->list == NULL)
    return;

  tz = pl_speaker_order_dup_time_zone (pl_page_get_session (PL_PAGE (self)));
  item = item_label (self, self->list);
  /* Translators: when a list opens or closes, see g_date_time_format() */
  opens = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_opens (self->list), _("%-d %b %Y %H:%M"));
  closes = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_list_get_closes (self->list), _("%-d %b %Y %H:%M"));
  limit = pl_speaker_format_clock (pl_speaker_list_get_time_limit_s (self->list));
  group_limit = pl_speaker_format_clock (pl_speaker_list_get_group_time_limit_s (self->list) > 0
                                         ? pl_speaker_list_get_group_time_limit_s (self->list)
                                         : pl_speaker_list_get_time_limit_s (self->list));

  gtk_label_set_label (self->title_label, pl_speaker_list_get_title (self->list));
  {
    /* Translators: a list's time limits, "3:00 per statement, 5:00 for a group" */
    g_autofree char *limits = g_strdup_printf (_("%s per statement, %s for a group"), limit, group_limit);

    g_string_append_printf (details, "%s · %s\n", item, limits);
  }
  if (opens != NULL && closes != NULL)
    /* Translators: when a list of speakers is open, and the time zone */
    g_string_append_printf (details, _("Open from %s to %s, %s"), opens, closes, g_time_zone_get_identifier (tz));
  else if (closes != NULL)
    g_string_append_printf (details, _("Closes %s, %s"), closes, g_time_zone_get_identifier (tz));
  else if (opens != NULL)
    g_string_append_printf (details, _("Opens %s, %s"), opens, g_time_zone_get_identifier (tz));
  else
    g_string_append (details, _("Open at any time"));
  gtk_label_set_label (self->details_label, details->str);

  model = G_LIST_MODEL (self->order);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PlSpeakerEntry) entry = g_list_model_get_item (model, i);
      PlSpeakerStatus status = pl_speaker_get_status (pl_speaker_entry_get_speaker (entry));

      if (pl_speaker_entry_get_number (entry) > 0)
        n++;
      if (status == PL_SPEAKER_STATUS_SPOKEN)
        n_spoken++;
      else if (status == PL_SPEAKER_STATUS_WITHDRAWN)
        n_withdrawn++;
      if (first_overflow == 0 && pl_speaker_entry_get_overflow (entry) && pl_speaker_entry_get_number (entry) > 0)
        first_overflow = pl_speaker_entry_get_number (entry);
    }

  n_overflow = pl_speaker_order_get_n_overflow (self->order);
  if (first_overflow > 0)
    {
      g_autofree char *where = item_in_sentence (self, self->list);
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Speaker %u falls after the last meeting for %s (%u speaker in all). "
                                      "Add a meeting, shorten the time limit or close the list.",
                                      "Speaker %u falls after the last meeting for %s (%u speakers in all). "
                                      "Add a meeting, shorten the time limit or close the list.",
                                      n_overflow),
                         first_overflow, where, n_overflow);

      gtk_label_set_label (self->overflow_label, text);
    }
  reveal (self->overflow_revealer, first_overflow > 0);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u speaker, %u spoken, %u withdrawn",
                                          "%u speakers, %u spoken, %u withdrawn", n),
                             n, n_spoken, n_withdrawn);
  gtk_label_set_label (self->summary_label, summary);
  pl_compat_stack_show_only (self->entries_stack, g_list_model_get_n_items (model) > 0 ? "entries" : "empty");
}

static void
accept_request (PlSpeakersPage   *self,
                PlSpeakerRequest *request)
{
  g_autoptr(PlSpeaker) speaker = pl_speaker_new (NULL);
  g_autoptr(PlSpeakerRequest) keep = g_object_ref (request);
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* One step: the speaker takes its derived place and the request goes. */
  pl_history_begin_group (history, _("Accept Request to Speak"));
  pl_speaker_set_list (speaker, pl_speaker_request_get_list (keep));
  pl_speaker_set_delegation (speaker, pl_speaker_request_get_delegation (keep));
  pl_speaker_set_person (speaker, pl_speaker_request_get_person (keep));
  pl_speaker_set_rank (speaker, pl_speaker_request_get_rank (keep));
  pl_speaker_set_on_behalf_of (speaker, pl_speaker_request_get_on_behalf_of (keep)
                                        ? pl_speaker_request_get_on_behalf_of (keep)
                                        : pl_speaker_request_get_delegation (keep));
  pl_speaker_set_requested_at (speaker, pl_speaker_request_get_requested_at (keep));
  pl_speaker_set_mode (speaker, PL_SPEAKER_MODE_FLOOR);
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_LISTED);
  pl_session_add_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (speaker));
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (keep));
  pl_history_end_group (history);
}

static void
decline_request (PlSpeakersPage   *self,
                 PlSpeakerRequest *request)
{
  g_autoptr(PlSpeakerRequest) keep = g_object_ref (request);
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  pl_history_begin_group (history, _("Decline Request to Speak"));
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (keep));
  pl_history_end_group (history);
}

static void
request_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlRecord *request = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), g_variant_get_string (parameter, NULL));

  if (!PL_IS_SPEAKER_REQUEST (request))
    return;
  if (g_str_equal (action_name, "speakers.accept-request"))
    accept_request (self, PL_SPEAKER_REQUEST (request));
  else
    decline_request (self, PL_SPEAKER_REQUEST (request));
}

static GtkWidget *
request_button (PlSpeakerRequest *request,
                gboolean          accept,
                const char       *who)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (accept ? _("_Accept") : _("_Decline"));
  g_autofree char *name = g_strdup_printf (accept ? _("Accept %s") : _("Decline %s"), who);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (accept)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button),
                                  accept ? "speakers.accept-request" : "speakers.decline-request");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", pl_record_get_id (PL_RECORD (request)));
  return button;
}

static void
update_requests (PlSpeakersPage *self)
{
  GListModel *requests = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_SPEAKER_REQUEST);
  GtkWidget *child;
  guint n = 0;
  g_autofree char *heading = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->requests_box))) != NULL)
    gtk_list_box_remove (self->requests_box, child);

  for (guint i = 0; self->list != NULL && i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(PlSpeakerRequest) request = g_list_model_get_item (requests, i);
      GtkWidget *row;
      const char *delegation;
      g_autofree char *title = NULL;
      g_autofree char *when = NULL;
      g_autofree char *behalf = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (g_strcmp0 (pl_speaker_request_get_list (request), pl_record_get_id (PL_RECORD (self->list))) != 0)
        continue;

      delegation = pl_speaker_delegation_name (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_delegation (request));
      title = g_strdup_printf ("%s — %s", delegation, pl_speaker_request_get_person (request) ?: "");
      when = pl_speaker_format_stored (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_requested_at (request),
                                       _("%-d %b %H:%M"));
      behalf = pl_speaker_behalf_label (pl_page_get_session (PL_PAGE (self)), pl_speaker_request_get_delegation (request),
                                        pl_speaker_request_get_on_behalf_of (request));
      g_string_append (subtitle, pl_speaker_rank_label (pl_speaker_request_get_rank (request)));
      if (behalf != NULL)
        g_string_append_printf (subtitle, " · %s", behalf);
      if (when != NULL)
        {
          g_autofree char *asked = g_strdup_printf (_("asked %s"), when);

          g_string_append_printf (subtitle, " · %s", asked);
        }
      if (pl_speaker_request_get_requested_by (request) != NULL)
        {
          g_autofree char *by = g_strdup_printf (_("by %s"), pl_speaker_request_get_requested_by (request));

          g_string_append_printf (subtitle, " %s", by);
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), request_button (request, FALSE, delegation));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), request_button (request, TRUE, delegation));
      gtk_list_box_append (self->requests_box, row);
      n++;
    }

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Request from Delegates",
                                          "%u Requests from Delegates", n), n);
  gtk_label_set_label (self->requests_heading, heading);
  reveal (self->requests_revealer, n > 0);
}

static void
update_actions (PlSpeakersPage *self)
{
  PlSpeakerEntry *entry = selected_entry (self);
  gboolean has_list = self->list != NULL;
  guint number = entry ? pl_speaker_entry_get_number (entry) : 0;
  guint n_active = 0;

  if (self->order != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->order)); i++)
      {
        g_autoptr(PlSpeakerEntry) it = g_list_model_get_item (G_LIST_MODEL (self->order), i);

        if (pl_speaker_entry_get_number (it) > 0)
          n_active++;
      }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit-list", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.delete-list", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.add-speaker", has_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.live", has_list && n_active > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit-speaker", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.delete-speaker", entry != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.withdraw",
                                 entry != NULL && number > 0
                                 && pl_speaker_get_status (pl_speaker_entry_get_speaker (entry)) != PL_SPEAKER_STATUS_SPOKEN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.move-up", number > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.move-down", number > 0 && number < n_active);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.restore-order",
                                 entry != NULL && pl_speaker_entry_get_manual (entry));
}

/* The sidebar of lists */

static int
compare_lists (gconstpointer a,
               gconstpointer b)
{
  PlSpeakerList *la = *(PlSpeakerList * const *) a;
  PlSpeakerList *lb = *(PlSpeakerList * const *) b;
  int c = pl_position_compare (pl_speaker_list_get_position (la), pl_speaker_list_get_position (lb));

  return c != 0 ? c : g_strcmp0 (pl_record_get_id (PL_RECORD (la)), pl_record_get_id (PL_RECORD (lb)));
}

static void
fill_lists (PlSpeakersPage *self)
{
  g_autoptr(GPtrArray) lists = sorted_lists (self);
  GtkWidget *child;
  GtkListBoxRow *to_select = NULL;

  g_ptr_array_sort (lists, compare_lists);
  g_signal_handlers_block_matched (self->lists_box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lists_box))) != NULL)
    gtk_list_box_remove (self->lists_box, child);

  for (guint i = 0; i < lists->len; i++)
    {
      PlSpeakerList *list = g_ptr_array_index (lists, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (pl_speaker_list_get_title (list));
      g_autofree char *item = item_label (self, list);
      GtkWidget *subtitle = gtk_label_new (item);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), subtitle);
      gtk_widget_set_margin_top (box, 3);
      gtk_widget_set_margin_bottom (box, 3);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      pl_speaker_list_get_title (list), -1);
      g_object_set_data_full (G_OBJECT (row), "list", g_object_ref (list), g_object_unref);
      gtk_list_box_append (self->lists_box, row);
      if (list == self->list)
        to_select = GTK_LIST_BOX_ROW (row);
    }

  if (to_select != NULL)
    gtk_list_box_select_row (self->lists_box, to_select);
  g_signal_handlers_unblock_matched (self->lists_box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  /* The shown list was deleted (or undone away): show the first. */
  if (to_select == NULL)
    select_list (self, lists->len > 0 ? g_ptr_array_index (lists, 0) : NULL);
  pl_compat_stack_show_only (self->stack, lists->len > 0 ? "list" : "no-lists");
}

static void
on_list_row_selected_cb (GtkListBox     *box,
                         GtkListBoxRow  *row,
                         PlSpeakersPage *self)
{
  if (row != NULL)
    select_list (self, g_object_get_data (G_OBJECT (row), "list"));
}

static void
on_selection_changed_cb (PlSpeakersPage *self)
{
  update_actions (self);
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
  update_header (self);
  update_actions (self);
}

static void
select_list (PlSpeakersPage *self,
             PlSpeakerList  *list)
{
  if (list == self->list && (list == NULL || self->order != NULL))
    return;

  if (self->order != NULL)
    g_signal_handlers_disconnect_by_data (self->order, self);
  g_clear_object (&self->order);
  g_set_object (&self->list, list);

  if (list == NULL)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      update_requests (self);
      update_actions (self);
      return;
    }

  self->order = pl_speaker_order_new (pl_page_get_session (PL_PAGE (self)), list);
  g_signal_connect_swapped (self->order, "items-changed", G_CALLBACK (on_order_changed_cb), self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->order));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->lists_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "list") == list
        && gtk_list_box_get_selected_row (self->lists_box) != GTK_LIST_BOX_ROW (child))
      {
        g_signal_handlers_block_matched (self->lists_box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
        gtk_list_box_select_row (self->lists_box, GTK_LIST_BOX_ROW (child));
        g_signal_handlers_unblock_matched (self->lists_box, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      }

  update_header (self);
  update_requests (self);
  update_actions (self);
}

static void
pl_speakers_page_refresh (PlPage *page)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (page);

  if (self->lists_dirty)
    fill_lists (self);
  self->lists_dirty = FALSE;
  update_header (self);
  update_requests (self);
  update_actions (self);
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

static void
select_speaker (PlSpeakersPage *self,
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

/* Actions */

static void
add_list_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  g_autoptr(PlSpeakerList) list = pl_speaker_list_new (NULL);
  g_autoptr(GPtrArray) lists = sorted_lists (self);
  g_autofree char *position = NULL;
  GtkWidget *dialog;

  g_ptr_array_sort (lists, compare_lists);
  position = pl_position_between (lists->len > 0
                                  ? pl_speaker_list_get_position (g_ptr_array_index (lists, lists->len - 1))
                                  : NULL, NULL);

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  /* The seed's general discussion: three minutes a statement. */
  pl_speaker_list_set_title (list, _("New list of speakers"));
  pl_speaker_list_set_time_limit_s (list, 180);
  pl_speaker_list_set_group_time_limit_s (list, 180);
  pl_speaker_list_set_position (list, position);
  pl_session_add_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (list));
  self->lists_dirty = TRUE;
  fill_lists (self);
  select_list (self, list);

  dialog = pl_speaker_list_dialog_new (parent_window (self), pl_page_get_session (PL_PAGE (self)), list);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);

  if (self->list != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_list_dialog_new (parent_window (self), pl_page_get_session (PL_PAGE (self)), self->list)));
}

static void
delete_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  g_autoptr(PlSpeakerList) list = NULL;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));
  const GType kinds[] = { PL_TYPE_SPEAKER, PL_TYPE_SPEAKER_REQUEST };
  const char *id;

  if (self->list == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  list = g_object_ref (self->list);
  id = pl_record_get_id (PL_RECORD (list));

  /* One step: the list with its speakers and requests, so that no speaker
   * is left pointing at a list that is gone. */
  pl_history_begin_group (history, _("Delete List of Speakers"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GListModel *records = pl_session_get_records (pl_page_get_session (PL_PAGE (self)), kinds[k]);
      g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(PlRecord) record = g_list_model_get_item (records, i);
          const char *list_id = PL_IS_SPEAKER (record) ? pl_speaker_get_list (PL_SPEAKER (record))
                                                       : pl_speaker_request_get_list (PL_SPEAKER_REQUEST (record));

          if (g_strcmp0 (list_id, id) == 0)
            g_ptr_array_add (doomed, g_object_ref (record));
        }
      for (guint i = 0; i < doomed->len; i++)
        pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), g_ptr_array_index (doomed, i));
    }
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (list));
  pl_history_end_group (history);

  self->lists_dirty = TRUE;
  fill_lists (self);
}

static void
add_speaker_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);

  if (self->list != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_dialog_new (parent_window (self), pl_page_get_session (PL_PAGE (self)), self->list, NULL)));
}

static void
edit_speaker_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlSpeakerEntry *entry = selected_entry (self);

  if (entry != NULL)
    gtk_window_present (GTK_WINDOW (pl_speaker_dialog_new (parent_window (self), pl_page_get_session (PL_PAGE (self)), self->list,
                                                           pl_speaker_entry_get_speaker (entry))));
}

static void
place (PlSpeakersPage *self,
       int             position)
{
  PlSpeakerEntry *entry = selected_entry (self);
  g_autoptr(PlSpeaker) speaker = NULL;
  PlHistory *history = pl_session_get_history (pl_page_get_session (PL_PAGE (self)));

  if (entry == NULL)
    return;

  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  speaker = g_object_ref (pl_speaker_entry_get_speaker (entry));
  pl_history_begin_group (history, position > 0 ? _("Place Speaker by Hand") : _("Restore Derived Place"));
  pl_speaker_set_manual_position (speaker, position);
  if (position == 0)
    pl_speaker_set_manual_note (speaker, NULL);
  pl_history_end_group (history);
  select_speaker (self, speaker);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlSpeakerEntry *entry = selected_entry (self);

  if (entry != NULL && pl_speaker_entry_get_number (entry) > 1)
    place (self, (int) pl_speaker_entry_get_number (entry) - 1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlSpeakerEntry *entry = selected_entry (self);

  if (entry != NULL && pl_speaker_entry_get_number (entry) > 0)
    place (self, (int) pl_speaker_entry_get_number (entry) + 1);
}

static void
restore_order_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  place (PL_SPEAKERS_PAGE (widget), 0);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlSpeakerEntry *entry = selected_entry (self);
  g_autoptr(PlSpeaker) speaker = NULL;

  if (entry == NULL)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  speaker = g_object_ref (pl_speaker_entry_get_speaker (entry));
  pl_speaker_set_status (speaker, PL_SPEAKER_STATUS_WITHDRAWN);
  select_speaker (self, speaker);
}

static void
delete_speaker_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);
  PlSpeakerEntry *entry = selected_entry (self);
  g_autoptr(PlSpeaker) speaker = NULL;

  if (entry == NULL)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  speaker = g_object_ref (pl_speaker_entry_get_speaker (entry));
  pl_session_remove_record (pl_page_get_session (PL_PAGE (self)), PL_RECORD (speaker));
}

static void
live_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (widget);

  if (self->list == NULL)
    return;
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  gtk_window_present (GTK_WINDOW (pl_speakers_live_new (parent_window (self), pl_page_get_session (PL_PAGE (self)), self->list)));
}

/* PlPage */

static gboolean
pl_speakers_page_select_record (PlPage   *page,
                                PlRecord *record)
{
  PlSpeakersPage *self = PL_SPEAKERS_PAGE (page);

  if (PL_IS_SPEAKER_LIST (record))
    {
      select_list (self, PL_SPEAKER_LIST (record));
      return TRUE;
    }
  if (PL_IS_SPEAKER (record) || PL_IS_SPEAKER_REQUEST (record))
    {
      const char *list_id = PL_IS_SPEAKER (record) ? pl_speaker_get_list (PL_SPEAKER (record))
                                                   : pl_speaker_request_get_list (PL_SPEAKER_REQUEST (record));
      PlRecord *list = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), list_id);

      if (!PL_IS_SPEAKER_LIST (list))
        return FALSE;
      select_list (self, PL_SPEAKER_LIST (list));
      if (PL_IS_SPEAKER (record))
        select_speaker (self, PL_SPEAKER (record));
      return TRUE;
    }
  return FALSE;
}

/* GObject */

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
  fill_lists (self);
  update_actions (self);
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

  gtk_widget_class_install_action (widget_class, "speakers.add-list", NULL, add_list_action);
  gtk_widget_class_install_action (widget_class, "speakers.edit-list", NULL, edit_list_action);
  gtk_widget_class_install_action (widget_class, "speakers.delete-list", NULL, delete_list_action);
  gtk_widget_class_install_action (widget_class, "speakers.add-speaker", NULL, add_speaker_action);
  gtk_widget_class_install_action (widget_class, "speakers.edit-speaker", NULL, edit_speaker_action);
  gtk_widget_class_install_action (widget_class, "speakers.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "speakers.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "speakers.restore-order", NULL, restore_order_action);
  gtk_widget_class_install_action (widget_class, "speakers.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "speakers.delete-speaker", NULL, delete_speaker_action);
  gtk_widget_class_install_action (widget_class, "speakers.live", NULL, live_action);
  gtk_widget_class_install_action (widget_class, "speakers.accept-request", "s", request_action);
  gtk_widget_class_install_action (widget_class, "speakers.decline-request", "s", request_action);

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
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_SPEAKERS_PAGE, "session", session, NULL);
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

void
pl_speakers_page_select_list (PlSpeakersPage *self,
                              PlSpeakerList  *list)
{
  g_return_if_fail (PL_IS_SPEAKERS_PAGE (self));
  select_list (self, list);
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
