/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-agenda-page.h"
#include "pl-bureau-page.h"
#include "pl-compat.h"
#include "pl-deadlines-page.h"
#include "pl-credentials-page.h"
#include "pl-delegate-agenda-page.h"
#include "pl-delegate-now-page.h"
#include "pl-delegate-officers-page.h"
#include "pl-delegate-participants-page.h"
#include "pl-delegate-proposals-page.h"
#include "pl-delegate-speakers-page.h"
#include "pl-documents-page.h"
#include "pl-meetings-page.h"
#include "pl-overview-page.h"
#include "pl-page.h"
#include "pl-participants-page.h"
#include "pl-proposals-page.h"
#include "pl-report-page.h"
#include "pl-schedule-page.h"
#include "pl-settings-page.h"
#include "pl-speakers-page.h"
#include "pl-translations-page.h"
#include "pl-window.h"
#include "pl-window-private.h"

/* The window's pages (part of PlWindow, pl-window-private.h): the two
 * page tables, the secretariat's and a delegate's; the sidebar that lists
 * one of them; building a page when it is first shown; and, in the
 * content's header bar, the page's name and whose copy this is. */

/* The sidebar, in order. A page appears here when its feature exists
 * (issue 3: no empty placeholder pages); adding one is one line. */
const PlWindowPageInfo pl_window_pages[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", pl_overview_page_get_type },
  { "agenda", N_("Agenda"), "view-list-ordered-symbolic", pl_agenda_page_get_type },
  { "schedule", N_("Organization of Work"), "x-office-calendar-symbolic", pl_schedule_page_get_type },
  { "deadlines", N_("Deadlines"), "alarm-symbolic", pl_deadlines_page_get_type },
  { "documents", N_("Documents"), "x-office-document-symbolic", pl_documents_page_get_type },
  { "participants", N_("Participants"), "system-users-symbolic", pl_participants_page_get_type },
  { "credentials", N_("Credentials"), "mail-read-symbolic", pl_credentials_page_get_type },
  { "bureau", N_("Bureau"), "avatar-default-symbolic", pl_bureau_page_get_type },
  { "speakers", N_("Speakers"), "audio-input-microphone-symbolic", pl_speakers_page_get_type },
  /* What the Conference decides (issue 19): after the floor that debates it. */
  { "proposals", N_("Proposals"), "document-edit-symbolic", pl_proposals_page_get_type },
  /* The record of the session (issue 20): the meetings as held, and the
   * report drafted from them; after the pages whose facts they record,
   * so that Alt+1…0 keep their pages. */
  { "meetings", N_("Meetings"), "document-open-recent-symbolic", pl_meetings_page_get_type },
  { "report", N_("Report"), "accessories-text-editor-symbolic", pl_report_page_get_type },
  /* The language versions of what the documents print (issue 21). */
  { "translations", N_("Translations"), "preferences-desktop-locale-symbolic", pl_translations_page_get_type },
  { "settings", N_("Session Settings"), "document-properties-symbolic", pl_settings_page_get_type },
};
const guint pl_window_n_pages = G_N_ELEMENTS (pl_window_pages);

/* A delegate's sidebar (issue 18, point 3): what a delegate follows, all
 * of it read-only by construction (pl_page_set_read_only()). */
const PlWindowPageInfo pl_window_delegate_pages[] = {
  { "now", N_("Now"), "media-playback-start-symbolic", pl_delegate_now_page_get_type },
  { "agenda", N_("Agenda"), "view-list-ordered-symbolic", pl_delegate_agenda_page_get_type },
  { "proposals", N_("Proposals"), "document-edit-symbolic", pl_delegate_proposals_page_get_type },
  { "speakers", N_("Speakers"), "audio-input-microphone-symbolic", pl_delegate_speakers_page_get_type },
  { "officers", N_("Officers"), "avatar-default-symbolic", pl_delegate_officers_page_get_type },
  { "participants", N_("Participants"), "system-users-symbolic", pl_delegate_participants_page_get_type },
};
const guint pl_window_n_delegate_pages = G_N_ELEMENTS (pl_window_delegate_pages);

#define DEFAULT_PAGE "agenda"
#define DEFAULT_DELEGATE_PAGE "now"

/* Pages are built when first shown or asked for, not with the session.
 * Issue 11, first frame of the large session (3.1 s beside 0.25 s for a
 * minimal window): perf showed 74 % of the CPU time in building the
 * pages, most of it the rows of pages nobody sees yet (the Documents
 * page's cells 27 %, their drop-downs' tooltips each asking X for the
 * pointer), because a GTK 4.8 list view with a model but no allocation
 * builds up to 200 rows at once. */
GtkWidget *
pl_window_ensure_page (PlWindow   *self,
             const char *name)
{
  GtkWidget *page;

  if (self->session == NULL)
    return NULL;

  page = gtk_stack_get_child_by_name (self->page_stack, name);
  if (page != NULL)
    return page;

  for (guint i = 0; i < self->n_pages; i++)
    if (g_str_equal (self->pages[i].name, name))
      {
        GtkStackPage *stack_page;

        page = g_object_new (self->pages[i].get_type (), "session", self->session, NULL);
        /* Hidden until pl_compat_stack_show_only() shows it (see there). */
        gtk_widget_set_visible (page, FALSE);
        stack_page = gtk_stack_add_named (self->page_stack, page, self->pages[i].name);
        gtk_stack_page_set_title (stack_page, _(self->pages[i].title));
        if (self->read_only)
          pl_page_set_read_only (PL_PAGE (page), TRUE);
        return page;
      }

  return NULL;
}

/* Sidebar */

static GtkWidget *
sidebar_row_new (const PlWindowPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (info->icon_name);
  GtkWidget *label = gtk_label_new (_(info->title));

  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  /* How many things wait on the page (the Speakers page's requests);
   * shown by set_row_count(). */
  gtk_widget_set_hexpand (count, TRUE);
  gtk_widget_set_halign (count, GTK_ALIGN_END);
  gtk_widget_add_css_class (count, "pl-count");
  gtk_widget_set_visible (count, FALSE);
  gtk_box_append (GTK_BOX (box), count);   /* last: sidebar_row_get_count() */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->title), -1);

  return row;
}

/* The count a sidebar row shows, the last child of its box. */
static GtkLabel *
sidebar_row_get_count (GtkWidget *row)
{
  return GTK_LABEL (gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row))));
}

static void
on_sidebar_row_selected_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            PlWindow      *self)
{
  if (row == NULL)
    return;

  pl_window_ensure_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  pl_compat_stack_show_only (self->page_stack, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_sidebar_row_activated_cb (GtkListBox    *list,
                             GtkListBoxRow *row,
                             PlWindow      *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_back_clicked_cb (PlWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_visible_page_changed_cb (PlWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->page_stack);

  if (name == NULL)
    return;

  for (guint i = 0; i < self->n_pages; i++)
    if (g_str_equal (self->pages[i].name, name))
      adw_window_title_set_title (self->content_title, _(self->pages[i].title));
  /* The delegation's name may have arrived with the server's records. */
  pl_window_update_content_subtitle (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), name) == 0)
      {
        gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (child));
        break;
      }
}

/* The page table: the secretariat's, or a delegate's */

/* The Speakers row counts the requests waiting for an answer (issue 18,
 * point 5), said to screen readers in the row's description. */
static void
on_n_pending_cb (PlNotices  *notices,
                 GParamSpec *pspec,
                 GtkWidget  *row)
{
  GtkLabel *count = sidebar_row_get_count (row);
  guint n = pl_notices_get_n_pending (notices);
  g_autofree char *text = g_strdup_printf ("%u", n);
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u request waits for an answer",
                                                               "%u requests wait for an answer", n), n);

  gtk_label_set_label (count, text);
  gtk_widget_set_visible (GTK_WIDGET (count), n > 0);
  gtk_widget_set_tooltip_text (row, n > 0 ? description : NULL);
  if (n > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Requests to speak arrive with sync: the staff of a connected session
 * hear of them on any page, so the Speakers page (which keeps the
 * secretariat's notices) is built with the window rather than when first
 * shown, and its count goes on its row. */
static void
watch_requests (PlWindow  *self,
                GtkWidget *row)
{
  GtkWidget *page;
  PlNotices *notices;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->session == NULL || self->pages != pl_window_pages || pl_session_get_sync_state (self->session) == NULL)
    return;
  page = pl_window_ensure_page (self, "speakers");
  if (!PL_IS_SPEAKERS_PAGE (page))
    return;
  notices = pl_speakers_page_get_notices (PL_SPEAKERS_PAGE (page));
  if (application != NULL)
    pl_notices_set_application (notices, G_APPLICATION (application));
  g_signal_connect_object (notices, "notify::n-pending", G_CALLBACK (on_n_pending_cb), row, 0);
  on_n_pending_cb (notices, NULL, row);
}

/* Only the page shown is built now (ensure_page()), and the secretariat's
 * Speakers page of a connected session (watch_requests()). Without a
 * session (its file being read, pl_window_show_opening()), the rows only:
 * the sidebar the session will have. */
void
pl_window_fill_sidebar (PlWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);
  for (guint i = 0; i < self->n_pages; i++)
    {
      GtkWidget *row = sidebar_row_new (&self->pages[i]);

      gtk_list_box_append (self->sidebar_list, row);
      if (g_str_equal (self->pages[i].name, "speakers"))
        watch_requests (self, row);
    }

  adw_leaflet_set_visible_child (self->leaflet, self->content);
  if (self->session != NULL)
    pl_window_show_page (self, self->pages == pl_window_delegate_pages ? DEFAULT_DELEGATE_PAGE : DEFAULT_PAGE);
}

gboolean
pl_window_is_delegate_window (PlWindow *self)
{
  return self->read_only && self->delegation != NULL;
}

/* A delegate's window shows a delegate's pages; the roles may arrive after
 * the session is shown (the server's answer), so the table can change
 * under a shown session: its pages go, the other table's come. */
void
pl_window_update_page_table (PlWindow *self)
{
  const PlWindowPageInfo *pages = pl_window_is_delegate_window (self) ? pl_window_delegate_pages : pl_window_pages;
  GtkWidget *child;

  if (self->pages == pages)
    return;

  self->pages = pages;
  self->n_pages = pages == pl_window_delegate_pages ? pl_window_n_delegate_pages : pl_window_n_pages;
  if (self->session == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_stack))) != NULL)
    gtk_stack_remove (self->page_stack, child);
  pl_window_fill_sidebar (self);
}

/* Whose copy this is, where the page's name is: "Delegation of Austria". */
void
pl_window_update_content_subtitle (PlWindow *self)
{
  g_autofree char *subtitle = NULL;

  if (pl_window_is_delegate_window (self))
    {
      PlRecord *record = self->session ? pl_session_lookup (self->session, self->delegation) : NULL;
      const char *name = NULL;

      if (PL_IS_DELEGATION (record))
        name = pl_delegation_get_name (PL_DELEGATION (record));
      if (name == NULL || *name == '\0')
        name = g_str_has_prefix (self->delegation, "delegation:") ? self->delegation + strlen ("delegation:")
                                                                  : self->delegation;
      /* Translators: %s is a State or organization, such as “Austria” */
      subtitle = g_strdup_printf (_("Delegation of %s"), name);
    }
  else if (self->read_only)
    {
      /* Said where the page's name is, so that nobody wonders why the
       * fields do not take their typing. */
      subtitle = g_strdup (_("Read-only: a delegate’s account"));
    }

  adw_window_title_set_subtitle (self->content_title, subtitle);
}

void
pl_window_pages_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
}
