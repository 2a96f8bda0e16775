/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-bureau-seat-row.h"
#include "pl-bureau-state-choice.h"
#include "pl-calendar.h"
#include "pl-check-bureau.h"
#include "pl-date-picker.h"
#include "pl-edit-burst.h"
#include "pl-finding-list.h"
#include "pl-json-text.h"
#include "pl-participation.h"
#include "pl-scroll-into-view.h"

/**
 * PlBureauSeatRow:
 *
 * One seat of the Bureau on the Bureau page: its office and state, the
 * nominated State (chosen in a searchable popover that lists the seat's
 * own group's States parties, present first, and finds any other State by
 * name: pl_bureau_list_candidates() says which and in what order), the
 * representative (typed, or chosen from the delegation's registered
 * members, head first: pl_delegation_list_members_by_rank()), the date of
 * nomination, the actions elect / withdraw / clear, and the findings of
 * rule 22 about the seat right below it.
 *
 * Every action goes through #PlBureau, so each is one undo step; typing
 * in the name or the date is one step per burst (pl-edit-burst.h).
 */
struct _PlBureauSeatRow
{
  GtkListBoxRow  parent_instance;

  PlBureau      *bureau;
  PlSeat        *seat;

  GtkLabel      *title_label;
  GtkLabel      *status_label;
  GtkMenuButton *state_button;
  GtkLabel      *state_label;
  GtkPopover    *state_popover;
  GtkSearchEntry *state_search;
  GtkListBox    *state_list;
  GtkLabel      *state_hint;
  GtkEntry      *person_entry;
  GtkMenuButton *person_button;
  GtkEntry      *date_entry;
  GtkEntry      *elected_entry;
  PlDatePicker  *date_picker;     /* beside date_entry, shown with it */
  PlDatePicker  *elected_picker;
  GtkButton     *elect_button;
  GtkButton     *withdraw_button;
  GtkButton     *clear_button;
  PlFindingList *findings;

  guint          popup_tick_id;
  guint          popup_ticks;
};

G_DEFINE_FINAL_TYPE (PlBureauSeatRow, pl_bureau_seat_row, GTK_TYPE_LIST_BOX_ROW)

static PlSession *
row_session (PlBureauSeatRow *self)
{
  return pl_bureau_get_session (self->bureau);
}

/* Today, or the session's opening day when today is outside its dates
 * (pl_session_settings_default_date()). */
static char *
today (PlBureauSeatRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return pl_session_settings_default_date (pl_session_get_settings (row_session (self)), date);
}

/* What a date is, the calendar's (YYYY-MM-DD). */
static gboolean
is_iso_date (const char *text)
{
  GDate date;

  return pl_calendar_parse_date (text, &date, NULL);
}

static void
set_entry_text (PlBureauSeatRow *self,
                GtkEntry        *entry,
                const char      *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text ? text : "") == 0)
    return;
  g_signal_handlers_block_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  g_signal_handlers_unblock_matched (entry, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

/* The headings name the seat's group: "African States: Parties Present". */
static char *
section_heading (PlBureauSeatRow        *self,
                 PlSeatCandidateSection  section)
{
  const char *group = pl_seat_get_regional_group_name (self->seat);

  switch (section)
    {
    case PL_SEAT_CANDIDATE_GROUP_PRESENT:
      /* Translators: a heading in a seat's State chooser; %s is a regional group, such as “African States” */
      return group != NULL ? g_strdup_printf (_("%s: Parties Present"), group) : g_strdup (_("States Parties Present"));
    case PL_SEAT_CANDIDATE_GROUP_NOT_PRESENT:
      /* Translators: a heading in a seat's State chooser; %s is a regional group, such as “African States” */
      return group != NULL ? g_strdup_printf (_("%s: Parties Not Marked Present"), group)
                           : g_strdup (_("States Parties Not Marked Present"));
    case PL_SEAT_CANDIDATE_OTHER_GROUP:
      return g_strdup (_("States Parties of Other Groups"));
    case PL_SEAT_CANDIDATE_NOT_PARTY:
    default:
      return g_strdup (_("Other States"));
    }
}

static void
state_header_cb (GtkListBoxRow *row,
                 GtkListBoxRow *before,
                 gpointer       user_data)
{
  PlBureauSeatRow *self = user_data;
  PlSeatCandidateSection rank = pl_bureau_state_choice_get_section (PL_BUREAU_STATE_CHOICE (row));
  g_autofree char *heading = NULL;
  GtkWidget *header;

  if (before != NULL && pl_bureau_state_choice_get_section (PL_BUREAU_STATE_CHOICE (before)) == rank)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  /* Its margins are the stylesheet's (.state-header). */
  heading = section_heading (self, rank);
  header = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "state-header");
  if (before == NULL)
    gtk_widget_add_css_class (header, "first");
  gtk_list_box_row_set_header (row, header);
}

/* Before any search, the seat's own group; typing searches all States.
 * Rows that do not match are hidden rather than filtered out: GTK 4.8
 * still reads a filtered row to assistive technologies. */
static void
apply_state_search (PlBureauSeatRow *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->state_search));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->state_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (PL_IS_BUREAU_STATE_CHOICE (row))
      gtk_widget_set_visible (row, *search == '\0'
                                     ? pl_bureau_state_choice_is_listed (PL_BUREAU_STATE_CHOICE (row))
                                     : pl_bureau_state_choice_matches (PL_BUREAU_STATE_CHOICE (row), search));
  gtk_list_box_invalidate_headers (self->state_list);
}

static GtkWidget *
state_choice_new (PlBureauSeatRow *self,
                  PlSeatCandidate *candidate)
{
  const char *note = NULL;
  g_autofree char *held = NULL;

  /* A State holds one office at a time (rule 22): say where it sits. */
  if (candidate->held_seat != NULL)
    {
      PlSeat *seat = pl_bureau_get_seat (self->bureau, candidate->held_seat);

      /* Translators: in the State chooser, %s is a seat such as “Vice-President 3” */
      held = g_strdup_printf (_("already %s"), seat != NULL ? pl_seat_get_title (seat) : candidate->held_seat);
    }

  /* The section headers say whether a party is present. */
  if (held != NULL)
    note = held;
  else if (pl_delegation_get_category (candidate->delegation) == PL_DELEGATION_CATEGORY_SIGNATORY)
    note = _("signatory, not a party");
  else if (candidate->section == PL_SEAT_CANDIDATE_NOT_PARTY)
    note = _("not a party");

  return pl_bureau_state_choice_new (candidate->delegation, candidate->section,
                                     pl_seat_candidate_is_listed (candidate), note);
}

/* What the search finds beyond the listed States, or that it finds none. */
static void
update_state_hint (PlBureauSeatRow *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->state_search));
  guint listed = 0, all = 0, shown = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->state_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (PL_IS_BUREAU_STATE_CHOICE (row))
      {
        all++;
        listed += pl_bureau_state_choice_is_listed (PL_BUREAU_STATE_CHOICE (row));
        shown += gtk_widget_get_visible (row);
      }

  if (*search != '\0')
    {
      g_autofree char *none = NULL;

      if (shown == 0)
        {
          /* Translators: %s is what was typed in a seat's State chooser */
          none = g_strdup_printf (_("No State matches “%s”."), search);
          gtk_label_set_label (self->state_hint, none);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->state_hint), shown == 0);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->state_hint), all > listed);
  if (all > listed && listed == 0)
    gtk_label_set_label (self->state_hint, _("No State party of this seat’s group is registered. Type a name to "
                                              "find any State."));
  else if (all > listed)
    gtk_label_set_label (self->state_hint, _("Type a name to find a State of another group."));
}

/* Filled each time the popover opens, so it always lists the session's
 * States as they are now. */
static void
on_state_popover_show_cb (PlBureauSeatRow *self)
{
  g_autoptr(GPtrArray) candidates = pl_bureau_list_candidates (row_session (self), pl_seat_get_id (self->seat));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->state_list))) != NULL)
    gtk_list_box_remove (self->state_list, child);

  for (guint i = 0; i < candidates->len; i++)
    gtk_list_box_append (self->state_list, state_choice_new (self, g_ptr_array_index (candidates, i)));

  gtk_editable_set_text (GTK_EDITABLE (self->state_search), "");
  apply_state_search (self);
  update_state_hint (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->state_search));
}

static gboolean
popup_later_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);

  /* One frame to lay the page out at its new scroll position. */
  if (++self->popup_ticks < 2)
    return G_SOURCE_CONTINUE;

  self->popup_tick_id = 0;
  gtk_menu_button_set_popover (self->state_button, GTK_WIDGET (self->state_popover));
  g_object_unref (self->state_popover);
  /* The menu button's toggle is still down from the activation. */
  gtk_popover_popup (self->state_popover);
  return G_SOURCE_REMOVE;
}

/* Before the popover opens, bring the seat into view: a popover anchored
 * off screen has no monitor (GDK warns and places it nowhere), which is
 * what happens when an assistive technology activates a seat scrolled out
 * of view. The popover is held back for a frame while the page scrolls. */
static void
state_popup_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  PlBureauSeatRow *self = user_data;

  if (self->popup_tick_id != 0 || !pl_scroll_into_view (GTK_WIDGET (self)))
    return;

  g_object_ref (self->state_popover);
  gtk_menu_button_set_popover (button, NULL);
  self->popup_ticks = 0;
  self->popup_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), popup_later_cb, NULL, NULL);
}

static void
on_state_search_changed_cb (PlBureauSeatRow *self)
{
  apply_state_search (self);
  update_state_hint (self);
}

/* The search field takes Escape for itself (stop-search): it closes the
 * chooser, as Escape does in any popover. */
static void
on_state_search_stop_cb (PlBureauSeatRow *self)
{
  gtk_popover_popdown (self->state_popover);
}

/* Enter in the search field takes the first State that matches. */
static void
on_state_search_activate_cb (PlBureauSeatRow *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->state_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (PL_IS_BUREAU_STATE_CHOICE (row) && gtk_widget_get_visible (row))
      {
        gtk_widget_activate_action (GTK_WIDGET (self), "seat.nominate", "s",
                                    pl_bureau_state_choice_get_delegation_id (PL_BUREAU_STATE_CHOICE (row)));
        return;
      }
}

static PlOfficer *
filled_officer (PlBureauSeatRow *self)
{
  switch (pl_seat_get_status (self->seat))
    {
    case PL_OFFICER_STATUS_NOMINATED:
    case PL_OFFICER_STATUS_ELECTED:
      return pl_seat_get_officer (self->seat);
    case PL_OFFICER_STATUS_VACANT:
    case PL_OFFICER_STATUS_WITHDRAWN:
    default:
      return NULL;
    }
}

static PlDelegation *
officer_delegation (PlBureauSeatRow *self)
{
  PlOfficer *officer = filled_officer (self);
  PlRecord *record = officer != NULL ? pl_session_lookup (row_session (self), pl_officer_get_delegation (officer))
                                     : NULL;

  return PL_IS_DELEGATION (record) ? PL_DELEGATION (record) : NULL;
}

/* Built each time it opens, from the delegation's registration as it is
 * now: the head of delegation first, then by rank. */
static void
person_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  PlBureauSeatRow *self = user_data;
  PlDelegation *delegation = officer_delegation (self);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GPtrArray) members = delegation != NULL ? pl_delegation_list_members_by_rank (delegation) : NULL;

  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const char *name = pl_json_object_get_string (g_ptr_array_index (members, i), "name", NULL);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "seat.representative", g_variant_new_string (name));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static void
on_person_changed_cb (PlBureauSeatRow *self)
{
  PlOfficer *officer = filled_officer (self);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->person_entry))));

  if (officer == NULL)
    return;

  pl_edit_burst_touch_field (row_session (self), _("Edit Officer’s Name"), PL_RECORD (officer), "person");
  pl_officer_set_person (officer, *text != '\0' ? text : NULL);
}

/* A date typed in a seat's date field: stored once it is a date, so the
 * file never holds anything else; marked with the reason until then. */
static gboolean
date_entry_value (GtkEntry    *entry,
                  const char  *tooltip,
                  char       **value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text != '\0' && !is_iso_date (text))
    {
      g_autofree char *reason =
        g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, such as 2020-09-01"), text);

      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), reason);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
      return FALSE;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), tooltip);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  *value = *text != '\0' ? g_steal_pointer (&text) : NULL;
  return TRUE;
}

static void
on_date_changed_cb (PlBureauSeatRow *self)
{
  PlOfficer *officer = filled_officer (self);
  g_autofree char *value = NULL;

  if (officer == NULL || !date_entry_value (self->date_entry, _("Date of nomination"), &value))
    return;

  pl_edit_burst_touch (row_session (self), _("Edit Nomination Date"));
  pl_officer_set_nominated_on (officer, value);
}

static void
on_elected_changed_cb (PlBureauSeatRow *self)
{
  PlOfficer *officer = filled_officer (self);
  g_autofree char *value = NULL;

  if (officer == NULL || pl_seat_get_status (self->seat) != PL_OFFICER_STATUS_ELECTED ||
      !date_entry_value (self->elected_entry, _("Date of election"), &value))
    return;

  pl_edit_burst_touch (row_session (self), _("Edit Election Date"));
  pl_officer_set_elected_on (officer, value);
}

static void
on_focus_leave_cb (PlBureauSeatRow *self)
{
  pl_edit_burst_flush (row_session (self));
}

/* Actions: each one undo step, through PlBureau */

static void
nominate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);
  PlOfficer *officer = filled_officer (self);
  const char *delegation = g_variant_get_string (parameter, NULL);
  g_autofree char *date = NULL;

  /* Chosen in the State chooser, which closes. */
  gtk_popover_popdown (self->state_popover);
  if (officer != NULL && g_strcmp0 (pl_officer_get_delegation (officer), delegation) == 0)
    return;

  pl_edit_burst_flush (row_session (self));
  /* The State changed: a new nomination, of a person yet to be named. */
  date = today (self);
  pl_bureau_nominate (self->bureau, pl_seat_get_id (self->seat), delegation, NULL, date);
}

/* A member chosen from the delegation: as if typed, one undo step. */
static void
representative_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);

  if (filled_officer (self) == NULL)
    return;

  pl_edit_burst_flush (row_session (self));
  gtk_editable_set_text (GTK_EDITABLE (self->person_entry), g_variant_get_string (parameter, NULL));
  pl_edit_burst_flush (row_session (self));
}

static void
elect_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);
  PlSessionSettings *settings = pl_session_get_settings (row_session (self));
  const char *opening = pl_session_settings_get_start_date (settings);
  g_autofree char *date = NULL;

  if (pl_seat_get_status (self->seat) != PL_OFFICER_STATUS_NOMINATED)
    return;

  pl_edit_burst_flush (row_session (self));
  /* Rule 22: the officers are elected at the opening of the session. */
  date = opening != NULL && is_iso_date (opening) ? g_strdup (opening) : today (self);
  pl_bureau_elect (self->bureau, pl_seat_get_id (self->seat), date);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);
  g_autofree char *date = today (self);

  if (filled_officer (self) == NULL)
    return;

  pl_edit_burst_flush (row_session (self));
  pl_bureau_withdraw (self->bureau, pl_seat_get_id (self->seat), date);
}

static void
vacate_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (widget);

  pl_edit_burst_flush (row_session (self));
  pl_bureau_vacate (self->bureau, pl_seat_get_id (self->seat));
}

static const char *
status_text (PlBureauSeatRow *self)
{
  switch (pl_seat_get_status (self->seat))
    {
    case PL_OFFICER_STATUS_NOMINATED:
      return _("Nominated");
    case PL_OFFICER_STATUS_ELECTED:
      return _("Elected");
    case PL_OFFICER_STATUS_WITHDRAWN:
      return _("Nomination withdrawn");
    case PL_OFFICER_STATUS_VACANT:
    default:
      return _("Vacant");
    }
}

static void
set_name (GtkWidget *widget,
          char      *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_free (name);
}

static void
update_names (PlBureauSeatRow *self)
{
  const char *title = pl_seat_get_title (self->seat);
  g_autofree char *default_date = NULL;
  char *label;

  /* Translators: accessible names of a seat's controls; %s is the seat,
   * such as “Vice-President 3” */
  /* GTK 4.8: the menu button's own toggle button is what assistive
   * technologies activate, so the name goes there. */
  set_name (gtk_widget_get_first_child (GTK_WIDGET (self->state_button)),
            g_strdup_printf (_("State for %s"), title));
  set_name (GTK_WIDGET (self->person_entry), g_strdup_printf (_("Representative for %s"), title));
  set_name (gtk_widget_get_first_child (GTK_WIDGET (self->person_button)),
            g_strdup_printf (_("Choose representative for %s"), title));
  set_name (GTK_WIDGET (self->date_entry), g_strdup_printf (_("Nomination date for %s"), title));
  set_name (GTK_WIDGET (self->elected_entry), g_strdup_printf (_("Election date for %s"), title));
  label = g_strdup_printf (_("Nomination date for %s"), title);
  pl_date_picker_set_label (self->date_picker, label);
  g_free (label);
  label = g_strdup_printf (_("Election date for %s"), title);
  pl_date_picker_set_label (self->elected_picker, label);
  g_free (label);
  default_date = today (self);
  pl_date_picker_set_default_date (self->date_picker, default_date);
  pl_date_picker_set_default_date (self->elected_picker, default_date);
  set_name (GTK_WIDGET (self->elect_button), g_strdup_printf (_("Record election of %s"), title));
  set_name (GTK_WIDGET (self->withdraw_button), g_strdup_printf (_("Withdraw nomination for %s"), title));
  set_name (GTK_WIDGET (self->clear_button), g_strdup_printf (_("Clear seat of %s"), title));
  set_name (GTK_WIDGET (self->findings), g_strdup_printf (_("Findings about %s"), title));
  /* The row itself reads as its seat. */
  set_name (GTK_WIDGET (self), g_strdup (title));
}

/**
 * pl_bureau_seat_row_sync:
 *
 * Shows the seat's officer record as it is now: the page calls it after
 * every change to officers, delegations or settings.
 */
/* The members' menu is there once the State has registered members. */
static void
update_person_button (PlBureauSeatRow *self)
{
  PlDelegation *delegation = officer_delegation (self);
  guint n = delegation != NULL ? pl_delegation_get_n_members (delegation) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->person_button), n > 0);
  if (delegation == NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), _("Choose a State first"));
  else if (n == 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), _("No members of the delegation are registered"));
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_button), _("Choose from the Delegation’s Members"));
}

void
pl_bureau_seat_row_sync (PlBureauSeatRow *self)
{
  PlOfficer *officer;
  PlOfficerStatus status;
  const char *styles[] = { "vacant", "nominated", "elected", "withdrawn" };

  g_return_if_fail (PL_IS_BUREAU_SEAT_ROW (self));

  officer = filled_officer (self);
  status = pl_seat_get_status (self->seat);

  gtk_label_set_label (self->title_label, pl_seat_get_title (self->seat));
  gtk_label_set_label (self->status_label, status_text (self));
  if (officer != NULL && pl_officer_get_nominated_on (officer) != NULL)
    {
      /* Translators: %s is the ISO date of the nomination */
      g_autofree char *tip = g_strdup_printf (_("Nominated on %s"), pl_officer_get_nominated_on (officer));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), tip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (i == status)
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), styles[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), styles[i]);

  if (officer != NULL && pl_seat_get_delegation_name (self->seat) != NULL)
    {
      gtk_label_set_label (self->state_label, pl_seat_get_delegation_name (self->seat));
      gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->state_label, _("Choose a State…"));
      gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "dim-label");
    }

  /* Keep what the user is typing: the model already has it. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self->person_entry)) &&
      !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->person_entry))))
    set_entry_text (self, self->person_entry, officer ? pl_officer_get_person (officer) : NULL);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->date_entry)) &&
      !gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->date_entry))))
    set_entry_text (self, self->date_entry, officer ? pl_officer_get_nominated_on (officer) : NULL);
  if (!gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (self->elected_entry))))
    set_entry_text (self, self->elected_entry,
                    status == PL_OFFICER_STATUS_ELECTED ? pl_officer_get_elected_on (officer) : NULL);
  /* Once elected, the date that matters is the election's: it takes the
   * nomination date's place, so the seats' columns stay aligned. */
  gtk_widget_set_visible (GTK_WIDGET (self->elected_entry), status == PL_OFFICER_STATUS_ELECTED);
  gtk_widget_set_visible (GTK_WIDGET (self->date_entry), status != PL_OFFICER_STATUS_ELECTED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_entry), officer != NULL);
  update_person_button (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_entry), officer != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "seat.elect", status == PL_OFFICER_STATUS_NOMINATED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "seat.withdraw", officer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "seat.vacate",
                                 pl_seat_get_officer (self->seat) != NULL && status != PL_OFFICER_STATUS_VACANT);
}

void
pl_bureau_seat_row_focus_state (PlBureauSeatRow *self)
{
  g_return_if_fail (PL_IS_BUREAU_SEAT_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->state_button));
}

PlSeat *
pl_bureau_seat_row_get_seat (PlBureauSeatRow *self)
{
  g_return_val_if_fail (PL_IS_BUREAU_SEAT_ROW (self), NULL);
  return self->seat;
}

static void
on_seat_notify_cb (PlBureauSeatRow *self)
{
  pl_bureau_seat_row_sync (self);
}

static void
pl_bureau_seat_row_dispose (GObject *object)
{
  PlBureauSeatRow *self = PL_BUREAU_SEAT_ROW (object);

  if (self->seat != NULL)
    g_signal_handlers_disconnect_by_data (self->seat, self);
  if (self->popup_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->popup_tick_id);
      self->popup_tick_id = 0;
      gtk_menu_button_set_popover (self->state_button, GTK_WIDGET (self->state_popover));
      g_object_unref (self->state_popover);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_BUREAU_SEAT_ROW);
  g_clear_object (&self->seat);
  g_clear_object (&self->bureau);

  G_OBJECT_CLASS (pl_bureau_seat_row_parent_class)->dispose (object);
}

static void
pl_bureau_seat_row_class_init (PlBureauSeatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_bureau_seat_row_dispose;

  g_type_ensure (PL_TYPE_FINDING_LIST);
  g_type_ensure (PL_TYPE_BUREAU_STATE_CHOICE);
  g_type_ensure (PL_TYPE_DATE_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-bureau-seat-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_popover);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_search);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_list);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, state_hint);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, person_entry);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, person_button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, elected_entry);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, date_picker);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, elected_picker);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, elect_button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauSeatRow, findings);
  gtk_widget_class_bind_template_callback (widget_class, on_state_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_state_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_elected_changed_cb);

  gtk_widget_class_install_action (widget_class, "seat.nominate", "s", nominate_action);
  gtk_widget_class_install_action (widget_class, "seat.representative", "s", representative_action);
  gtk_widget_class_install_action (widget_class, "seat.elect", NULL, elect_action);
  gtk_widget_class_install_action (widget_class, "seat.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "seat.vacate", NULL, vacate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "seat.elect", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "seat.withdraw", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "seat.vacate", NULL);
}

static void
pl_bureau_seat_row_init (PlBureauSeatRow *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->state_list, state_header_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->state_button, state_popup_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->person_button, person_popup_cb, self, NULL);
  /* GtkMenuButton centres its child in a box of its own; a State's name
   * reads better at the start, as in a combo row. */
  gtk_widget_set_halign (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->state_label))),
                         GTK_ALIGN_FILL);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->person_entry), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->date_entry), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->elected_entry), FALSE);
  pl_date_picker_set_target (self->date_picker, GTK_EDITABLE (self->date_entry));
  pl_date_picker_set_target (self->elected_picker, GTK_EDITABLE (self->elected_entry));
  /* A picker is there when its field is. */
  g_object_bind_property (self->date_entry, "visible", self->date_picker, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->date_entry, "sensitive", self->date_picker, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->elected_entry, "visible", self->elected_picker, "visible", G_BINDING_SYNC_CREATE);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
pl_bureau_seat_row_new (PlBureau *bureau,
                        PlSeat   *seat)
{
  PlBureauSeatRow *self;

  g_return_val_if_fail (PL_IS_BUREAU (bureau), NULL);
  g_return_val_if_fail (PL_IS_SEAT (seat), NULL);

  self = g_object_new (PL_TYPE_BUREAU_SEAT_ROW, NULL);
  self->bureau = g_object_ref (bureau);
  self->seat = g_object_ref (seat);
  pl_finding_list_set_model (self->findings, pl_seat_get_findings (seat));
  update_names (self);
  pl_bureau_seat_row_sync (self);
  g_signal_connect_swapped (seat, "notify", G_CALLBACK (on_seat_notify_cb), self);

  return GTK_WIDGET (self);
}
