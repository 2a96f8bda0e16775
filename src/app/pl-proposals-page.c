/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-cosponsor-requests.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-proposal-editor.h"
#include "pl-proposal-labels.h"
#include "pl-proposals-page.h"
#include "pl-proposals.h"
#include "pl-record-table.h"
#include "pl-take-action-dialog.h"
#include "pl-vote-dialog.h"

/**
 * PlProposalsPage:
 *
 * The register of the session's proposals (issue 19, point 5): draft
 * resolutions and decisions, amendments and motions by symbol, title,
 * agenda item, body, sponsors, status and the number an adopted text
 * received, searched by symbol, title or sponsor and filtered by status
 * and item; the editor of the selected one beside it
 * (#PlProposalEditor); "Take Action…" on it, without a vote or by a vote
 * (#PlTakeActionDialog, then PlVoteDialog); above the register, while
 * any waits, the delegates' requests to co-sponsor (#PlCosponsorRequests).
 * A text replaced by its
 * revision stays in the register as history, dimmed, just above the
 * revision that replaced it (the symbols sort so), and says by which.
 * The rules are the core's (pl-proposals.h); the page shows them.
 */
struct _PlProposalsPage
{
  PlPage            parent_instance;

  PlProposal       *proposal;        /* being edited */
  GPtrArray        *facet_item_ids;  /* item_drop position - 1 → agenda item _id */
  GHashTable       *item_order;      /* agenda item _id → its place in the agenda, from 1 */

  /* template children */
  GtkWidget        *requests_box;
  PlCosponsorRequests *cosponsor_requests;
  AdwFlap          *flap;
  GtkSearchEntry   *search_entry;
  GtkDropDown      *status_drop;
  GtkDropDown      *item_drop;
  GtkStack         *list_stack;
  PlRecordTable    *table;
  GtkLabel         *summary_label;
  PlProposalEditor *editor;
};

G_DEFINE_FINAL_TYPE (PlProposalsPage, pl_proposals_page, PL_TYPE_PAGE)

typedef enum {
  COLUMN_SYMBOL,
  COLUMN_TITLE,
  COLUMN_ITEM,
  COLUMN_BODY,
  COLUMN_SPONSORS,
  COLUMN_STATUS,
  COLUMN_ADOPTED_AS,
} Column;

static void
toast (PlProposalsPage *self,
       const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static PlSession *
session_of (PlProposalsPage *self)
{
  return pl_page_get_session (PL_PAGE (self));
}

/* Filtering and sorting */

static gboolean
facet_filter_cb (gpointer item,
                 gpointer user_data)
{
  PlProposalsPage *self = user_data;
  PlProposal *proposal = item;
  guint status = gtk_drop_down_get_selected (self->status_drop);
  guint agenda_item = gtk_drop_down_get_selected (self->item_drop);

  if (status > 0 && status != GTK_INVALID_LIST_POSITION && pl_proposal_get_status (proposal) != status - 1)
    return FALSE;
  if (agenda_item > 0 && agenda_item != GTK_INVALID_LIST_POSITION && agenda_item - 1 < self->facet_item_ids->len &&
      g_strcmp0 (pl_proposals_item_of (session_of (self), proposal), g_ptr_array_index (self->facet_item_ids, agenda_item - 1)) != 0)
    return FALSE;
  return TRUE;
}

/* "L.3" < "L.3/Rev.1" < "L.10": the numbers as numbers, so that a
 * revision comes right after the text it replaces. */
static int
compare_symbols (PlProposal *a,
                 PlProposal *b)
{
  g_autofree char *ka = g_utf8_collate_key_for_filename (pl_proposal_get_symbol (a) ?: "", -1);
  g_autofree char *kb = g_utf8_collate_key_for_filename (pl_proposal_get_symbol (b) ?: "", -1);

  return strcmp (ka, kb);
}

static int
compare_symbol_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return compare_symbols ((PlProposal *) a, (PlProposal *) b);
}

static guint
item_place (PlProposalsPage *self,
            PlProposal      *proposal)
{
  const char *item = pl_proposals_item_of (session_of (self), proposal);

  /* No item: after every item. */
  return item != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (self->item_order, item)) : G_MAXUINT;
}

/* The register's order: by item, then by symbol. */
static int
compare_item_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PlProposalsPage *self = user_data;
  guint pa = item_place (self, (PlProposal *) a);
  guint pb = item_place (self, (PlProposal *) b);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return compare_symbols ((PlProposal *) a, (PlProposal *) b);
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return (int) pl_proposal_get_status ((PlProposal *) a) - (int) pl_proposal_get_status ((PlProposal *) b);
}

/* What the search finds besides symbol and title: the sponsors' names. */
static char *
sponsors_text_cb (PlProposal      *proposal,
                  PlProposalsPage *self)
{
  g_autoptr(GPtrArray) sponsors = NULL;
  g_autoptr(GPtrArray) cosponsors = NULL;
  GString *text = g_string_new (NULL);

  if (proposal == NULL)
    return g_string_free (text, FALSE);
  sponsors = pl_proposals_sponsor_names (session_of (self), proposal, FALSE);
  cosponsors = pl_proposals_sponsor_names (session_of (self), proposal, TRUE);
  for (guint i = 0; i < sponsors->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (sponsors, i));
  for (guint i = 0; i < cosponsors->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (cosponsors, i));
  return g_string_free (text, FALSE);
}

/* Cells */

static GtkWidget *
cell_new (guint column)
{
  GtkWidget *cell = pl_column_view_label_new (FALSE);

  /* Two lines where a narrow column needs them: every column stays in
   * view in the default window. */
  if (column != COLUMN_SYMBOL && column != COLUMN_ITEM)
    {
      gtk_label_set_wrap (GTK_LABEL (cell), TRUE);
      gtk_label_set_lines (GTK_LABEL (cell), 2);
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_END);
    }
  if (column == COLUMN_ITEM || column == COLUMN_ADOPTED_AS)
    gtk_widget_add_css_class (cell, "numeric");
  return cell;
}

static void
update_cell (GtkWidget *cell,
             gpointer   item,
             guint      column,
             gpointer   user_data)
{
  PlProposalsPage *self = user_data;
  PlProposal *proposal = item;
  PlSession *session = session_of (self);
  gboolean superseded = pl_proposals_is_superseded (session, proposal);
  g_autofree char *text = NULL;
  PlRecord *agenda_item;

  switch (column)
    {
    case COLUMN_SYMBOL:
      text = g_strdup (pl_proposal_get_symbol (proposal));
      break;
    case COLUMN_TITLE:
      text = g_strdup (pl_proposal_get_title (proposal));
      gtk_widget_set_tooltip_text (cell, text);
      break;
    case COLUMN_ITEM:
      /* An amendment's item is that of the text it amends. */
      agenda_item = pl_proposals_item_of (session, proposal) ? pl_session_lookup (session, pl_proposals_item_of (session, proposal)) : NULL;
      text = g_strdup (PL_IS_AGENDA_ITEM (agenda_item) ? pl_agenda_item_get_number (PL_AGENDA_ITEM (agenda_item)) : "—");
      break;
    case COLUMN_BODY:
      text = g_strdup (pl_proposal_body_label (pl_proposal_get_body (proposal)));
      break;
    case COLUMN_SPONSORS:
      text = pl_proposal_sponsors_label (session, proposal);
      gtk_widget_set_tooltip_text (cell, text);
      break;
    case COLUMN_STATUS:
      if (superseded)
        {
          PlProposal *current = pl_proposals_current (session, proposal);

          /* Translators: a text replaced in the register by its revision, "Replaced by CTOC/COP/2020/L.3/Rev.1" */
          g_autofree char *by = g_strdup_printf (_("Replaced by %s"), current ? pl_proposal_get_symbol (current) : "");

          /* The revision is the row below: the cell says so in a word. */
          /* Translators: the status of a text replaced by its revision */
          text = g_strdup (_("Revised"));
          gtk_widget_set_tooltip_text (cell, by);
        }
      else
        {
          text = g_strdup (pl_proposal_status_label (pl_proposal_get_status (proposal)));
          gtk_widget_set_tooltip_text (cell, NULL);
        }
      break;
    case COLUMN_ADOPTED_AS:
    default:
      text = pl_proposal_adopted_label (proposal);
      break;
    }

  gtk_label_set_label (GTK_LABEL (cell), text ? text : "");
  /* History: a replaced text is read, not acted on. */
  if (superseded)
    gtk_widget_add_css_class (cell, "dim-label");
  else
    gtk_widget_remove_css_class (cell, "dim-label");
}

/* The editor, the actions */

static void
update_actions (PlProposalsPage *self)
{
  PlProposal *proposal = self->proposal;
  gboolean editable = !pl_page_get_read_only (PL_PAGE (self));
  gboolean current = proposal != NULL && !pl_proposals_is_superseded (session_of (self), proposal);
  gboolean open = current && pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_ADOPTED &&
                  pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_REJECTED &&
                  pl_proposal_get_status (proposal) != PL_PROPOSAL_STATUS_WITHDRAWN;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.add", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.revise", editable && current);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.add-sponsor", editable && proposal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.withdraw-sponsor", editable && proposal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.take-action", editable && open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.vote", editable && open);
}

static void
set_proposal (PlProposalsPage *self,
              PlProposal      *proposal)
{
  if (self->proposal == proposal)
    return;

  pl_edit_burst_flush (session_of (self));
  g_set_object (&self->proposal, proposal);
  adw_flap_set_reveal_flap (self->flap, proposal != NULL);
  pl_proposal_editor_set_proposal (self->editor, proposal);
  update_actions (self);
}

static void
on_selection_changed_cb (PlProposalsPage *self)
{
  PlProposal *proposal = pl_record_table_get_selected_item (self->table);

  /* A filter hid the row: the editor stays on it. */
  if (proposal == NULL && self->proposal != NULL &&
      pl_session_lookup (session_of (self), pl_record_get_id (PL_RECORD (self->proposal))) != NULL)
    return;
  set_proposal (self, proposal);
}

static void
select_proposal (PlProposalsPage *self,
                 PlProposal      *proposal)
{
  pl_page_flush_refresh (PL_PAGE (self));
  pl_record_table_reveal_item (self->table, proposal);
  set_proposal (self, proposal);
}

static void
update_stack (PlProposalsPage *self)
{
  GListModel *proposals = pl_session_get_records (session_of (self), PL_TYPE_PROPOSAL);

  if (g_list_model_get_n_items (proposals) == 0)
    pl_compat_stack_show_only (self->list_stack, "empty");
  else if (pl_record_table_get_n_shown (self->table) == 0)
    pl_compat_stack_show_only (self->list_stack, "no-match");
  else
    pl_compat_stack_show_only (self->list_stack, "list");
}

static void
update_summary (PlProposalsPage *self)
{
  GListModel *proposals = pl_session_get_records (session_of (self), PL_TYPE_PROPOSAL);
  guint n = g_list_model_get_n_items (proposals), adopted = 0, history = 0;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlProposal) proposal = g_list_model_get_item (proposals, i);

      if (pl_proposals_is_superseded (session_of (self), proposal))
        history++;
      else if (pl_proposal_get_status (proposal) == PL_PROPOSAL_STATUS_ADOPTED)
        adopted++;
    }
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposal", "%u proposals", n - history), n - history);
  /* Translators: "5 proposals, 2 adopted" */
  text = g_strdup_printf (_("%s, %u adopted"), count, adopted);
  gtk_label_set_label (self->summary_label, text);
}

/* The item facet lists the agenda's items, and the sort follows the
 * agenda's order: both come from the agenda as it is now. */
static void
update_items (PlProposalsPage *self)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session_of (self)));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = gtk_drop_down_get_selected (self->item_drop);
  g_autofree char *selected_id = NULL;
  guint keep = 0;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected - 1 < self->facet_item_ids->len)
    selected_id = g_strdup (g_ptr_array_index (self->facet_item_ids, selected - 1));

  g_hash_table_remove_all (self->item_order);
  g_ptr_array_set_size (self->facet_item_ids, 0);
  gtk_string_list_append (labels, _("All Items"));
  for (guint i = 0; i < items->len; i++)
    {
      PlAgendaItem *item = g_ptr_array_index (items, i);
      const char *id = pl_record_get_id (PL_RECORD (item));
      /* Translators: an agenda item in the filter, "Item 3" */
      g_autofree char *label = g_strdup_printf (_("Item %s"), pl_agenda_item_get_number (item));

      g_hash_table_insert (self->item_order, g_strdup (id), GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (self->facet_item_ids, g_strdup (id));
      gtk_string_list_append (labels, label);
      if (g_strcmp0 (id, selected_id) == 0)
        keep = i + 1;
    }
  gtk_drop_down_set_model (self->item_drop, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->item_drop, keep);
}

static void
pl_proposals_page_refresh (PlPage *page)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (page);

  update_items (self);
  pl_record_table_refilter (self->table, TRUE);
  pl_record_table_update_cells (self->table);

  if (self->proposal != NULL &&
      pl_session_lookup (session_of (self), pl_record_get_id (PL_RECORD (self->proposal))) != PL_RECORD (self->proposal))
    set_proposal (self, NULL);
  else
    pl_proposal_editor_update (self->editor);
  update_stack (self);
  update_summary (self);
  update_actions (self);
}

static void
pl_proposals_page_session_changed (PlPage       *page,
                                   PlRecord     *record,
                                   PlChangeKind  kind,
                                   const char   *field)
{
  /* What the register shows: names of items, States and documents, the
   * meetings of an action, the regional groups. */
  if (PL_IS_PROPOSAL (record) || PL_IS_AGENDA_ITEM (record) || PL_IS_DELEGATION (record) ||
      PL_IS_DOCUMENT (record) || PL_IS_MEETING (record) || PL_IS_SESSION_SETTINGS (record))
    pl_page_queue_refresh (page);
}

/* Actions */

/* The next L document of the session's series: the agenda's own symbol
 * gives the prefix (CTOC/COP/2020/1 → CTOC/COP/2020/L.n). */
static char *
next_symbol (PlProposalsPage *self)
{
  const char *session_symbol = pl_session_settings_get_symbol (pl_session_get_settings (session_of (self)));
  g_autofree char *prefix = NULL;
  g_autoptr(GPtrArray) proposals = pl_proposals_list (session_of (self));

  if (session_symbol != NULL && strrchr (session_symbol, '/') != NULL)
    prefix = g_strndup (session_symbol, strrchr (session_symbol, '/') - session_symbol + 1);
  for (guint n = 1;; n++)
    {
      g_autofree char *symbol = g_strdup_printf ("%sL.%u", prefix ? prefix : "", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < proposals->len && !taken; i++)
        {
          g_autofree char *base = NULL;
          int revision = 0;

          taken = pl_proposal_symbol_parse (pl_proposal_get_symbol (g_ptr_array_index (proposals, i)), &base, &revision, NULL) &&
                  g_strcmp0 (base, symbol) == 0;
        }
      if (!taken)
        return g_steal_pointer (&symbol);
    }
}

/* What Add and Revise made is shown in the editor; what they refused,
 * said. */
static void
show_made (PlProposalsPage *self,
           PlProposal      *made,
           const GError    *error)
{
  if (made == NULL)
    toast (self, error->message);
  else
    select_proposal (self, made);
}

typedef GtkWidget *(*ProposalDialogNew) (GtkWindow  *parent,
                                         PlSession  *session,
                                         PlProposal *proposal);

/* A dialog on the proposal shown (Vote, Take Action), once what is being
 * typed in the editor is in it; %NULL without a proposal. */
static GtkWidget *
proposal_dialog_new (PlProposalsPage   *self,
                     ProposalDialogNew  dialog_new)
{
  if (self->proposal == NULL)
    return NULL;
  pl_edit_burst_flush (session_of (self));
  return dialog_new (pl_page_get_window (PL_PAGE (self)), session_of (self), self->proposal);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (widget);
  g_autofree char *symbol = next_symbol (self);
  g_autoptr(GError) error = NULL;
  PlProposal *proposal;

  pl_edit_burst_flush (session_of (self));
  proposal = pl_proposals_add (session_of (self), PL_PROPOSAL_KIND_DRAFT_RESOLUTION, symbol, _("New proposal"), &error);
  show_made (self, proposal, error);
}

static void
revise_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  PlProposal *revision;

  if (self->proposal == NULL)
    return;
  pl_edit_burst_flush (session_of (self));
  revision = pl_proposals_revise (session_of (self), self->proposal, &error);
  show_made (self, revision, error);
}

static void
vote_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkWidget *dialog = proposal_dialog_new (PL_PROPOSALS_PAGE (widget), pl_vote_dialog_new);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_take_action_response_cb (PlTakeActionDialog *dialog,
                            const char         *response,
                            PlProposalsPage    *self)
{
  PlProposal *proposal = pl_take_action_dialog_get_proposal (dialog);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "vote"))
    {
      /* The vote dialog takes the proposal shown in the editor. */
      set_proposal (self, proposal);
      gtk_widget_activate_action (GTK_WIDGET (self), "proposals.vote", NULL);
    }
  else if (g_str_equal (response, "adopt"))
    {
      pl_edit_burst_flush (session_of (self));
      if (!pl_proposals_take_action_without_vote (session_of (self), proposal,
                                                  pl_take_action_dialog_get_meeting_id (dialog),
                                                  PL_PROPOSAL_STATUS_ADOPTED, &error))
        toast (self, error->message);
      else
        {
          g_autofree char *number = pl_proposal_adopted_label (proposal);
          /* Translators: a proposal's symbol, then the number it received, "L.3 adopted as Resolution 10/1" */
          g_autofree char *text = g_strdup_printf (_("%s adopted as %s"), pl_proposal_get_symbol (proposal) ?: "",
                                                   number ? number : "");

          toast (self, text);
        }
    }
}

static void
take_action_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (widget);
  GtkWidget *dialog = proposal_dialog_new (self, pl_take_action_dialog_new);

  if (dialog == NULL)
    return;
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_take_action_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_sponsor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pl_proposal_editor_add_sponsor (PL_PROPOSALS_PAGE (widget)->editor);
}

static void
withdraw_sponsor_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  pl_proposal_editor_withdraw_sponsor (PL_PROPOSALS_PAGE (widget)->editor, g_variant_get_string (parameter, NULL));
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (widget);
  PlRecord *record = pl_session_lookup (session_of (self), g_variant_get_string (parameter, NULL));

  if (PL_IS_PROPOSAL (record))
    select_proposal (self, PL_PROPOSAL (record));
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (widget);

  pl_record_table_unselect (self->table);
  set_proposal (self, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (PL_PROPOSALS_PAGE (widget)->search_entry));
}

/* PlPage */

static gboolean
pl_proposals_page_select_record (PlPage   *page,
                                 PlRecord *record)
{
  if (!PL_IS_PROPOSAL (record))
    return FALSE;
  select_proposal (PL_PROPOSALS_PAGE (page), PL_PROPOSAL (record));
  return TRUE;
}

static void
pl_proposals_page_set_read_only (PlPage   *page,
                                 gboolean  read_only)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (page);

  /* The requests' Accept and Decline are the widget's own actions. */
  pl_cosponsor_requests_set_read_only (self->cosponsor_requests, read_only);
  update_actions (self);
}

/* The requests show while one waits for an answer: the register keeps
 * the page otherwise. */
static void
update_requests (PlProposalsPage *self)
{
  gtk_widget_set_visible (self->requests_box, pl_cosponsor_requests_get_n_pending (self->cosponsor_requests) > 0);
}

/* GObject */

static void
pl_proposals_page_constructed (GObject *object)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (object);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkColumnViewColumn *item_column;

  G_OBJECT_CLASS (pl_proposals_page_parent_class)->constructed (object);

  pl_record_table_set_items (self->table, pl_session_get_records (session_of (self), PL_TYPE_PROPOSAL));
  pl_record_table_set_search_entry (self->table, self->search_entry);
  pl_record_table_add_search (self->table, gtk_property_expression_new (PL_TYPE_PROPOSAL, NULL, "symbol"));
  pl_record_table_add_search (self->table, gtk_property_expression_new (PL_TYPE_PROPOSAL, NULL, "title"));
  pl_record_table_add_search (self->table, gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                        G_CALLBACK (sponsors_text_cb), self, NULL));
  pl_record_table_set_facets (self->table, facet_filter_cb, self, self->status_drop, self->item_drop, NULL);

  gtk_string_list_append (statuses, _("All Statuses"));
  for (PlProposalStatus s = PL_PROPOSAL_STATUS_DRAFT; s <= PL_PROPOSAL_STATUS_DEFERRED; s++)
    gtk_string_list_append (statuses, pl_proposal_status_label (s));
  gtk_drop_down_set_model (self->status_drop, G_LIST_MODEL (statuses));
  update_items (self);

  /* Fixed widths but for the title: every column in view in the default
   * window with the editor closed. */
  pl_record_table_set_cells (self->table, cell_new, update_cell, self);
  pl_record_table_add_cell_column (self->table, COLUMN_SYMBOL, _("Symbol"),
                                   GTK_SORTER (gtk_custom_sorter_new (compare_symbol_cb, self, NULL)), FALSE, 175);
  pl_record_table_add_cell_column (self->table, COLUMN_TITLE, _("Title"), NULL, TRUE, -1);
  item_column = pl_record_table_add_cell_column (self->table, COLUMN_ITEM, _("Item"),
                                                 GTK_SORTER (gtk_custom_sorter_new (compare_item_cb, self, NULL)),
                                                 FALSE, 56);
  pl_record_table_add_cell_column (self->table, COLUMN_BODY, _("Body"), NULL, FALSE, 100);
  pl_record_table_add_cell_column (self->table, COLUMN_SPONSORS, _("Sponsors"), NULL, FALSE, 150);
  pl_record_table_add_cell_column (self->table, COLUMN_STATUS, _("Status"),
                                   GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, self, NULL)), FALSE, 120);
  pl_record_table_add_cell_column (self->table, COLUMN_ADOPTED_AS, _("Adopted As"), NULL, FALSE, 100);
  pl_record_table_sort_by (self->table, item_column);

  pl_proposal_editor_set_session (self->editor, session_of (self));
  pl_cosponsor_requests_set_session (self->cosponsor_requests, session_of (self));
  g_signal_connect_object (self->cosponsor_requests, "notify::n-pending", G_CALLBACK (update_requests), self,
                           G_CONNECT_SWAPPED);
  update_requests (self);

  g_signal_connect_swapped (pl_record_table_get_selection (self->table), "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (pl_record_table_get_shown (self->table), "items-changed",
                            G_CALLBACK (update_stack), self);

  update_stack (self);
  update_summary (self);
  update_actions (self);
}

static void
pl_proposals_page_dispose (GObject *object)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (object);

  if (self->table != NULL)
    pl_record_table_release (self->table, self);
  g_clear_object (&self->proposal);

  G_OBJECT_CLASS (pl_proposals_page_parent_class)->dispose (object);
}

static void
pl_proposals_page_finalize (GObject *object)
{
  PlProposalsPage *self = PL_PROPOSALS_PAGE (object);

  g_ptr_array_unref (self->facet_item_ids);
  g_hash_table_unref (self->item_order);

  G_OBJECT_CLASS (pl_proposals_page_parent_class)->finalize (object);
}

static void
pl_proposals_page_class_init (PlProposalsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_proposals_page_constructed;
  object_class->dispose = pl_proposals_page_dispose;
  object_class->finalize = pl_proposals_page_finalize;
  page_class->refresh = pl_proposals_page_refresh;
  page_class->session_changed = pl_proposals_page_session_changed;
  page_class->select_record = pl_proposals_page_select_record;
  page_class->set_read_only = pl_proposals_page_set_read_only;

  g_type_ensure (PL_TYPE_RECORD_TABLE);
  g_type_ensure (PL_TYPE_PROPOSAL_EDITOR);
  g_type_ensure (PL_TYPE_COSPONSOR_REQUESTS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-proposals-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, requests_box);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, cosponsor_requests);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, flap);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, item_drop);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, table);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlProposalsPage, editor);

  gtk_widget_class_install_action (widget_class, "proposals.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "proposals.revise", NULL, revise_action);
  gtk_widget_class_install_action (widget_class, "proposals.take-action", NULL, take_action_action);
  gtk_widget_class_install_action (widget_class, "proposals.vote", NULL, vote_action);
  gtk_widget_class_install_action (widget_class, "proposals.add-sponsor", NULL, add_sponsor_action);
  gtk_widget_class_install_action (widget_class, "proposals.withdraw-sponsor", "s", withdraw_sponsor_action);
  gtk_widget_class_install_action (widget_class, "proposals.select", "s", select_action);
  gtk_widget_class_install_action (widget_class, "proposals.close-editor", NULL, close_editor_action);
  gtk_widget_class_install_action (widget_class, "proposals.search", NULL, search_action);
  /* Reading, finding and moving between texts change nothing (issue 18). */
  pl_page_class_set_safe_actions (page_class, "proposals.select", "proposals.close-editor", "proposals.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "proposals.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "proposals.take-action", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "proposals.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "proposals.close-editor", NULL);
}

static void
pl_proposals_page_init (PlProposalsPage *self)
{
  self->facet_item_ids = g_ptr_array_new_with_free_func (g_free);
  self->item_order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_proposals_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_PROPOSALS_PAGE, session);
}

/**
 * pl_proposals_page_get_shown:
 *
 * Returns: (transfer none): the proposals as the table shows them
 */
GListModel *
pl_proposals_page_get_shown (PlProposalsPage *self)
{
  g_return_val_if_fail (PL_IS_PROPOSALS_PAGE (self), NULL);

  return pl_record_table_get_shown (self->table);
}

/**
 * pl_proposals_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the proposal in the editor
 */
PlProposal *
pl_proposals_page_get_selected (PlProposalsPage *self)
{
  g_return_val_if_fail (PL_IS_PROPOSALS_PAGE (self), NULL);

  return self->proposal;
}

/**
 * pl_proposals_page_set_facets:
 * @status: a #PlProposalStatus, or -1 for every status
 * @item_id: (nullable): an agenda item's _id, or %NULL for every item
 *
 * Sets the drop-downs as a click would.
 */
void
pl_proposals_page_set_facets (PlProposalsPage *self,
                              int              status,
                              const char      *item_id)
{
  guint item = 0;

  g_return_if_fail (PL_IS_PROPOSALS_PAGE (self));

  for (guint i = 0; item_id != NULL && i < self->facet_item_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->facet_item_ids, i), item_id))
      item = i + 1;
  gtk_drop_down_set_selected (self->status_drop, status < 0 ? 0 : (guint) status + 1);
  gtk_drop_down_set_selected (self->item_drop, item);
}
