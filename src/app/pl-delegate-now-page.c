/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda-item.h"
#include "pl-delegate-now-page.h"
#include "pl-speaker-labels.h"

/**
 * PlDelegateNowPage:
 *
 * What is happening in the room (issue 18, point 3): for each body whose
 * live mode runs, the meeting, the item, who has the floor, for which
 * delegation, and the time left, counting down each second. It reads
 * the `room_state` records the secretariat's live mode writes (public, so
 * on the delegates' server too) and derives the time from them
 * (pl_room_state_elapsed_s()), so every copy shows the same clock.
 */
struct _PlDelegateNowPage
{
  PlPage      parent_instance;

  guint       tick_id;
  GPtrArray  *clocks;   /* GtkLabel of each room's time, its room_state as data */

  GtkStack   *stack;
  GtkWidget  *content_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateNowPage, pl_delegate_now_page, PL_TYPE_PAGE)

/* The bodies that meet, in the order shown: room_state:<body>. */
static const struct {
  const char *body;
  const char *title;
} rooms[] = {
  /* Not the application's name: the body, as the schedule names it. */
  { "plenary", NC_("meeting body", "Plenary") },
  { "committee_of_the_whole", N_("Committee of the Whole") },
  { "other", N_("Other Meeting") },
};

static char *
clock_text (PlRoomState *state)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 elapsed = pl_room_state_elapsed_s (state, now);
  int limit = pl_room_state_get_time_limit_s (state);
  g_autofree char *clock = NULL;

  if (pl_room_state_get_started_at (state) == NULL)
    return g_strdup (_("Not started"));

  if (limit <= 0)
    {
      clock = pl_speaker_format_clock ((int) elapsed);
      /* Translators: %s is a time, such as “2:30” */
      return g_strdup_printf (pl_room_state_get_running (state) ? _("Speaking for %s") : _("Paused at %s"), clock);
    }

  clock = pl_speaker_format_clock ((int) (limit - elapsed));
  if (elapsed > limit)
    /* Translators: %s is a time, such as “0:12” */
    return g_strdup_printf (_("Over time by %s"), clock);
  if (!pl_room_state_get_running (state))
    /* Translators: %s is a time, such as “2:30” */
    return g_strdup_printf (_("Paused, %s left"), clock);
  /* Translators: %s is a time, such as “2:30” */
  return g_strdup_printf (_("%s left"), clock);
}

static void
update_clocks (PlDelegateNowPage *self)
{
  for (guint i = 0; i < self->clocks->len; i++)
    {
      GtkLabel *label = self->clocks->pdata[i];
      PlRoomState *state = g_object_get_data (G_OBJECT (label), "room-state");
      g_autofree char *text = clock_text (state);

      gtk_label_set_label (label, text);
    }
}

static gboolean
on_tick_cb (gpointer user_data)
{
  update_clocks (PL_DELEGATE_NOW_PAGE (user_data));
  return G_SOURCE_CONTINUE;
}

/* The clock ticks while a room's statement runs and the page is shown. */
static void
update_ticking (PlDelegateNowPage *self)
{
  gboolean running = FALSE;

  for (guint i = 0; i < self->clocks->len; i++)
    {
      PlRoomState *state = g_object_get_data (G_OBJECT (self->clocks->pdata[i]), "room-state");

      running |= pl_room_state_get_running (state);
    }

  if (running && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      if (self->tick_id == 0)
        self->tick_id = g_timeout_add_seconds (1, on_tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->tick_id, g_source_remove);
    }
}

static GtkWidget *
info_row_new (const char *title,
              const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* @body_title: the room's body, already translated. */
static char *
meeting_label (PlSession   *session,
               PlRoomState *state,
               const char  *body_title)
{
  PlRecord *meeting = pl_session_lookup (session, pl_room_state_get_meeting (state));
  const char *title;

  if (!PL_IS_MEETING (meeting))
    return g_strdup (body_title);
  title = pl_meeting_get_title (PL_MEETING (meeting));
  if (pl_meeting_get_start (PL_MEETING (meeting)) != NULL && pl_meeting_get_end (PL_MEETING (meeting)) != NULL)
    {
      const char *date = pl_meeting_get_date (PL_MEETING (meeting));
      g_autofree char *iso = g_strdup_printf ("%sT00:00:00Z", date ? date : "");
      g_autoptr(GDateTime) day = g_date_time_new_from_iso8601 (iso, NULL);
      /* Translators: a meeting's day, see g_date_time_format() */
      g_autofree char *day_text = day ? g_date_time_format (day, _("%A %-d %B")) : g_strdup (date ? date : "");

      /* Translators: a meeting, its day and hours, such as “Plenary, Monday 12 October, 10:00–13:00” */
      return g_strdup_printf (_("%s, %s, %s–%s"), title != NULL && *title != '\0' ? title : body_title, day_text,
                              pl_meeting_get_start (PL_MEETING (meeting)), pl_meeting_get_end (PL_MEETING (meeting)));
    }
  return g_strdup (title != NULL && *title != '\0' ? title : body_title);
}

/* "1 (a) Opening of the session": the item as the agenda numbers it. */
static char *
item_text (PlSession  *session,
           const char *item_id)
{
  PlRecord *item = pl_session_lookup (session, item_id);
  const char *number, *title;

  if (!PL_IS_AGENDA_ITEM (item))
    return item_id != NULL ? pl_speaker_item_label (session, item_id) : NULL;
  number = pl_agenda_item_get_number (PL_AGENDA_ITEM (item));
  title = pl_agenda_item_get_title (PL_AGENDA_ITEM (item));
  if (number == NULL)
    return g_strdup (title);
  if (g_str_has_suffix (number, ")"))
    /* Translators: a sub-item's number and title, such as “1 (a) Opening of the session” */
    return g_strdup_printf (_("%s %s"), number, title ? title : "");
  /* Translators: an item's number and title, such as “3. Adoption of the agenda” */
  return g_strdup_printf (_("%s. %s"), number, title ? title : "");
}

/* One room: the meeting, who has the floor and the time left, large, then
 * the details. */
static GtkWidget *
room_group_new (PlDelegateNowPage *self,
                PlRoomState       *state,
                const char        *body_title)
{
  PlSession *session = pl_page_get_session (PL_PAGE (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *clock = gtk_label_new (NULL);
  GtkWidget *speaker_label = gtk_label_new (NULL);
  PlRecord *speaker = pl_session_lookup (session, pl_room_state_get_speaker (state));
  PlRecord *list = pl_session_lookup (session, pl_room_state_get_list (state));
  g_autofree char *meeting = meeting_label (session, state, body_title);
  g_autofree char *item = NULL;

  heading = gtk_label_new (meeting);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  gtk_widget_add_css_class (speaker_label, "title-1");
  gtk_label_set_wrap (GTK_LABEL (speaker_label), TRUE);
  gtk_label_set_justify (GTK_LABEL (speaker_label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), speaker_label);

  gtk_widget_add_css_class (clock, "title-2");
  gtk_widget_add_css_class (clock, "numeric");
  gtk_widget_set_margin_bottom (clock, 12);
  g_object_set_data_full (G_OBJECT (clock), "room-state", g_object_ref (state), g_object_unref);
  g_ptr_array_add (self->clocks, clock);
  gtk_box_append (GTK_BOX (box), clock);

  if (PL_IS_SPEAKER (speaker))
    {
      const char *delegation = pl_speaker_delegation_name (session, pl_speaker_get_delegation (PL_SPEAKER (speaker)));
      const char *person = pl_speaker_get_person (PL_SPEAKER (speaker));
      g_autofree char *behalf = pl_speaker_behalf_label (session, pl_speaker_get_delegation (PL_SPEAKER (speaker)),
                                                         pl_speaker_get_on_behalf_of (PL_SPEAKER (speaker)));
      g_autofree char *floor = NULL;

      gtk_label_set_label (GTK_LABEL (speaker_label), delegation);
      if (behalf != NULL)
        /* Translators: a delegation and the group it speaks for, such as “Chile, on behalf of GRULAC” */
        floor = g_strdup_printf (_("%s, on behalf of %s"), delegation, behalf);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 info_row_new (_("Delegation"), floor != NULL ? floor : delegation));
      if (person != NULL && *person != '\0')
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), info_row_new (_("Speaker"), person));
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (speaker_label), _("Nobody has the floor"));
    }

  item = item_text (session, pl_room_state_get_item (state));
  if (item != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), info_row_new (_("Item"), item));
  if (PL_IS_SPEAKER_LIST (list) && pl_speaker_list_get_title (PL_SPEAKER_LIST (list)) != NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               info_row_new (_("List of speakers"), pl_speaker_list_get_title (PL_SPEAKER_LIST (list))));
  gtk_box_append (GTK_BOX (box), group);

  return box;
}

/* A room shows while its live mode has a meeting or a speaker. */
static gboolean
room_in_use (PlRoomState *state)
{
  return state != NULL && (pl_room_state_get_speaker (state) != NULL || pl_room_state_get_meeting (state) != NULL ||
                           pl_room_state_get_list (state) != NULL);
}

static void
pl_delegate_now_page_refresh (PlPage *page)
{
  PlDelegateNowPage *self = PL_DELEGATE_NOW_PAGE (page);
  PlSession *session = pl_page_get_session (page);
  GtkWidget *child;

  g_ptr_array_set_size (self->clocks, 0);
  while ((child = gtk_widget_get_first_child (self->content_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->content_box), child);

  for (guint i = 0; i < G_N_ELEMENTS (rooms); i++)
    {
      PlRoomState *state = pl_session_get_room_state (session, rooms[i].body);

      if (room_in_use (state))
        gtk_box_append (GTK_BOX (self->content_box), room_group_new (self, state, i == 0 ? g_dpgettext2 (NULL, "meeting body", rooms[i].title) : _(rooms[i].title)));
    }

  gtk_stack_set_visible_child_name (self->stack, self->clocks->len > 0 ? "content" : "empty");
  update_clocks (self);
  update_ticking (self);
}

/* The room changes within a second of the live mode: no waiting for a
 * burst of edits to end, as other pages do. */
static void
pl_delegate_now_page_session_changed (PlPage       *page,
                                      PlRecord     *record,
                                      PlChangeKind  kind,
                                      const char   *field)
{
  if (PL_IS_ROOM_STATE (record) || PL_IS_SPEAKER (record))
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (page)))
        pl_delegate_now_page_refresh (page);
      else
        pl_page_queue_refresh (page);
      return;
    }
  pl_page_queue_refresh (page);
}

static void
on_map_changed_cb (PlDelegateNowPage *self)
{
  update_clocks (self);
  update_ticking (self);
}

static void
pl_delegate_now_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (pl_delegate_now_page_parent_class)->constructed (object);

  pl_delegate_now_page_refresh (PL_PAGE (object));
}

static void
pl_delegate_now_page_dispose (GObject *object)
{
  PlDelegateNowPage *self = PL_DELEGATE_NOW_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->clocks != NULL)
    g_ptr_array_set_size (self->clocks, 0);

  G_OBJECT_CLASS (pl_delegate_now_page_parent_class)->dispose (object);
}

static void
pl_delegate_now_page_finalize (GObject *object)
{
  PlDelegateNowPage *self = PL_DELEGATE_NOW_PAGE (object);

  g_clear_pointer (&self->clocks, g_ptr_array_unref);

  G_OBJECT_CLASS (pl_delegate_now_page_parent_class)->finalize (object);
}

static void
pl_delegate_now_page_class_init (PlDelegateNowPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_now_page_constructed;
  object_class->dispose = pl_delegate_now_page_dispose;
  object_class->finalize = pl_delegate_now_page_finalize;
  page_class->refresh = pl_delegate_now_page_refresh;
  page_class->session_changed = pl_delegate_now_page_session_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-now-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateNowPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateNowPage, content_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_delegate_now_page_init (PlDelegateNowPage *self)
{
  self->clocks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map_changed_cb), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (on_map_changed_cb), NULL);
}

GtkWidget *
pl_delegate_now_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_NOW_PAGE, session);
}
