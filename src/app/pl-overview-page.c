/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-deadlines-page.h"
#include "pl-deadlines.h"
#include "pl-finding-list.h"
#include "pl-overview-page.h"
#include "pl-page.h"

/**
 * PlOverviewPage:
 *
 * The session at a glance and the findings of the rules engine
 * (pl_check_session), refreshed shortly after each edit while shown, and
 * when shown again after edits made meanwhile. Activating a
 * finding shows its record on the page that edits it.
 */
struct _PlOverviewPage
{
  PlPage      parent_instance;

  gboolean    read_only;  /* a delegate's window */

  GtkLabel   *title_label;
  GtkLabel   *body_label;
  GtkLabel   *details_label;
  GtkLabel   *findings_heading;
  GtkListBox *findings_list;
  GtkListBox *next_list;
  GtkListBox *passed_list;
  GtkWidget  *passed_box;
};

G_DEFINE_FINAL_TYPE (PlOverviewPage, pl_overview_page, PL_TYPE_PAGE)

/* How many deadlines each list shows; the Deadlines page has them all. */
#define N_DEADLINES_SHOWN 5
/* The Overview shows this many findings of one code, then one row for
 * the rest: the sample's 190 "credentials missing" made hundreds of rows,
 * rebuilt after every edit and each read to assistive technologies,
 * which made the page slow to show (issue 22). The first ones stay in
 * words: the session's own findings come first. */
#define FINDINGS_SHOWN_PER_CODE 5

static GDateTime *
parse_day (const char *iso)
{
  g_autofree char *noon = NULL;

  if (iso == NULL || *iso == '\0')
    return NULL;

  noon = g_strdup_printf ("%sT12:00:00Z", iso);
  return g_date_time_new_from_iso8601 (noon, NULL);
}

/* The session's days as people write them, "12–16 October 2020", in the
 * interface's language; the ISO dates as they are if they do not parse. */
static char *
format_days (const char *start,
             const char *end)
{
  g_autoptr(GDateTime) first = parse_day (start);
  g_autoptr(GDateTime) last = parse_day (end);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (first == NULL || last == NULL)
    /* Translators: the first and last days of the session, as written */
    return g_strdup_printf (_("%s to %s"), start && *start ? start : "…", end && *end ? end : "…");

  /* Translators: a day, see g_date_time_format(): "16 October 2020" */
  to = g_date_time_format (last, _("%-d %B %Y"));
  if (g_date_time_get_year (first) == g_date_time_get_year (last) &&
      g_date_time_get_month (first) == g_date_time_get_month (last))
    {
      if (g_date_time_get_day_of_month (first) == g_date_time_get_day_of_month (last))
        return g_steal_pointer (&to);
      /* Translators: the first day of a range within one month: "12" */
      from = g_date_time_format (first, _("%-d"));
    }
  else if (g_date_time_get_year (first) == g_date_time_get_year (last))
    /* Translators: the first day of a range within one year: "30 September" */
    from = g_date_time_format (first, _("%-d %B"));
  else
    from = g_date_time_format (first, _("%-d %B %Y"));

  /* Translators: a range of days, "12–16 October 2020" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

static void
refresh_summary (PlOverviewPage *self)
{
  PlSessionSettings *settings = pl_session_get_settings (pl_page_get_session (PL_PAGE (self)));
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (pl_page_get_session (PL_PAGE (self))));
  guint n_documents = g_list_model_get_n_items (pl_session_get_records (pl_page_get_session (PL_PAGE (self)), PL_TYPE_DOCUMENT));
  const char *title = pl_session_settings_get_title (settings);
  const char *venue = pl_session_settings_get_venue (settings);
  const char *start = pl_session_settings_get_start_date (settings);
  const char *end = pl_session_settings_get_end_date (settings);
  g_autofree char *details = NULL;

  gtk_label_set_label (self->title_label, title && *title ? title : _("New Session"));
  gtk_label_set_label (self->body_label, pl_session_settings_get_body (settings));

  {
    guint n_items = 0, n_sub_items = 0;
    g_autofree char *n_items_text = NULL;
    g_autofree char *n_documents_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n_documents), n_documents);

    g_autofree char *days = format_days (start, end);

    /* "19 agenda items" read as nineteen items to a user who sees nine
     * numbered items and ten lettered ones (issue 22). */
    for (guint i = 0; i < items->len; i++)
      {
        const char *parent = pl_agenda_item_get_parent (g_ptr_array_index (items, i));

        if (parent != NULL && *parent != '\0')
          n_sub_items++;
        else
          n_items++;
      }
    if (n_sub_items > 0)
      {
        g_autofree char *items_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agenda item",
                                                                    "%u agenda items", n_items), n_items);
        g_autofree char *sub_items_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-item",
                                                                        "%u sub-items", n_sub_items), n_sub_items);

        /* Translators: "9 agenda items and 10 sub-items" */
        n_items_text = g_strdup_printf (_("%s and %s"), items_part, sub_items_part);
      }
    else
      n_items_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agenda item", "%u agenda items", n_items),
                                      n_items);

    /* Translators: venue, the session's days, then the counts of items
     * and documents */
    details = g_strdup_printf (_("%s, %s — %s, %s"),
                               venue && *venue ? venue : _("No venue"),
                               days, n_items_text, n_documents_text);
  }
  gtk_label_set_label (self->details_label, details);
}

/* @more: how many other findings of the same code the row stands for. */
static GtkWidget *
finding_row_new (PlFinding *finding,
                 guint      more)
{
  GtkWidget *row = adw_action_row_new ();
  PlSeverity severity = pl_finding_get_severity (finding);
  GtkWidget *icon = pl_finding_list_severity_image_new (severity);
  g_autofree char *subtitle = NULL;
  g_autofree char *name = NULL;

  if (more > 0)
    {
      /* Translators: a row of the Overview standing for several findings; %s is the first one's message, %u how many others */
      name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s, and %u more like it", "%s: %s, and %u more like it", more),
                              pl_finding_list_severity_name (severity), pl_finding_get_message (finding), more);
      /* Translators: a row's subtitle on the Overview; %s is a finding's code, such as “credentials.missing” */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, and %u more like it", "%s, and %u more like it", more),
                                  pl_finding_get_code (finding), more);
    }
  else
    {
      name = g_strdup_printf ("%s: %s", pl_finding_list_severity_name (severity), pl_finding_get_message (finding));
      subtitle = g_strdup (pl_finding_get_code (finding));
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_finding_get_message (finding));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  if (pl_finding_get_subject (finding) != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "subject", g_strdup (pl_finding_get_subject (finding)), g_free);
    }

  return row;
}

static GtkWidget *
deadline_row_new (PlSession  *session,
                  PlDeadline *deadline)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *due = pl_deadlines_page_format_due (session, deadline);
  g_autofree char *origin = pl_deadlines_page_describe_origin (deadline);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", due, origin);
  g_autofree char *name = g_strdup_printf ("%s, %s", pl_deadline_get_title (deadline), due);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_deadline_get_title (deadline));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "subject", g_strdup (pl_record_get_id (PL_RECORD (deadline))), g_free);

  return row;
}

/* The next deadlines and those passed (issue 9), against the present. */
static void
refresh_deadlines (PlOverviewPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) passed = NULL;
  GtkWidget *child;

  pl_deadlines_split (pl_page_get_session (PL_PAGE (self)), now, &upcoming, &passed);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->next_list))) != NULL)
    gtk_list_box_remove (self->next_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->passed_list))) != NULL)
    gtk_list_box_remove (self->passed_list, child);

  for (guint i = 0; i < upcoming->len && i < N_DEADLINES_SHOWN; i++)
    gtk_list_box_append (self->next_list, deadline_row_new (pl_page_get_session (PL_PAGE (self)), g_ptr_array_index (upcoming, i)));
  if (upcoming->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     passed->len > 0 ? _("Every deadline has passed")
                                                     : _("No deadlines: compute them on the Deadlines page"));
      gtk_list_box_append (self->next_list, row);
    }

  for (guint i = 0; i < passed->len && i < N_DEADLINES_SHOWN; i++)
    gtk_list_box_append (self->passed_list, deadline_row_new (pl_page_get_session (PL_PAGE (self)), g_ptr_array_index (passed, i)));
  gtk_widget_set_visible (self->passed_box, passed->len > 0);
}

static void
pl_overview_page_refresh (PlPage *page)
{
  PlOverviewPage *self = PL_OVERVIEW_PAGE (page);
  /* A delegate's window (read-only, from the account's roles) checks
   * only what a delegate's copy holds: no "credentials missing" for
   * records the secretariat keeps to itself (issue 16). */
  g_autoptr(GListStore) findings =
    pl_check_session_for (pl_page_get_session (PL_PAGE (self)), self->read_only ? PL_CHECK_AUDIENCE_DELEGATE
                                                         : pl_check_audience_for_session (pl_page_get_session (PL_PAGE (self))));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (findings));
  GtkWidget *child;
  g_autofree char *heading = NULL;
  g_autoptr(GHashTable) per_code = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  refresh_summary (self);
  refresh_deadlines (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Finding", "%u Findings", n), n);
  gtk_label_set_label (self->findings_heading, heading);

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      gtk_widget_add_css_class (icon, "success");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The checks found nothing to correct"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->findings_list, row);
      return;
    }

  per_code = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const char *code = g_intern_string (pl_finding_get_code (finding));

      g_hash_table_insert (per_code, (gpointer) code,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_code, code)) + 1));
    }

  /* A code's first findings, then one row for the rest. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);
      const char *code = g_intern_string (pl_finding_get_code (finding));
      guint of_code = GPOINTER_TO_UINT (g_hash_table_lookup (per_code, code));
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (shown, code));

      g_hash_table_insert (shown, (gpointer) code, GUINT_TO_POINTER (seen + 1));
      if (seen < FINDINGS_SHOWN_PER_CODE)
        gtk_list_box_append (self->findings_list, finding_row_new (finding, 0));
      else if (seen == FINDINGS_SHOWN_PER_CODE)
        gtk_list_box_append (self->findings_list, finding_row_new (finding, of_code - seen - 1));
    }
}

static void
on_finding_activated_cb (GtkListBox     *list,
                         GtkListBoxRow  *row,
                         PlOverviewPage *self)
{
  const char *subject = g_object_get_data (G_OBJECT (row), "subject");

  if (subject != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.select-record", "s", subject);
}

static void
pl_overview_page_set_read_only (PlPage   *page,
                                gboolean  read_only)
{
  PlOverviewPage *self = PL_OVERVIEW_PAGE (page);

  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  pl_overview_page_refresh (page);
}

static void
pl_overview_page_constructed (GObject *object)
{
  PlOverviewPage *self = PL_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (pl_overview_page_parent_class)->constructed (object);

  /* Built with its findings (a page shown at once, and the tests read a
   * page never shown); the rebuild due when first shown is this one. */
  pl_page_flush_refresh (PL_PAGE (self));
}

static void
pl_overview_page_class_init (PlOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_overview_page_constructed;
  page_class->set_read_only = pl_overview_page_set_read_only;
  page_class->refresh = pl_overview_page_refresh;
  /* Checked again only while shown, and when shown again after changes:
   * the check of the whole session takes 35 ms on the large session and
   * a second on the huge one, and a hidden Overview ran it after every
   * burst of a server feed's changes, between the frames of the page in
   * view (issue 23). Nothing else reads the page's findings. */
  page_class->refresh_when_hidden = FALSE;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, body_label);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, findings_heading);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, next_list);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, passed_list);
  gtk_widget_class_bind_template_child (widget_class, PlOverviewPage, passed_box);
  gtk_widget_class_bind_template_callback (widget_class, on_finding_activated_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_overview_page_init (PlOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_overview_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_OVERVIEW_PAGE, session);
}
