/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-bureau.h"
#include "pl-delegate-officers-page.h"
#include "pl-seat.h"

/**
 * PlDelegateOfficersPage:
 *
 * The officers of the Bureau as a delegate sees them (issue 18, point 3):
 * who is elected, and who is nominated for which seat, without the
 * secretariat's findings about the seats or its means to fill them.
 */
struct _PlDelegateOfficersPage
{
  PlPage      parent_instance;

  PlBureau   *bureau;

  GtkStack   *stack;
  GtkWidget  *content_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateOfficersPage, pl_delegate_officers_page, PL_TYPE_PAGE)

static GtkWidget *
seat_row_new (PlSeat *seat)
{
  GtkWidget *row = adw_action_row_new ();
  const char *person = pl_seat_get_person (seat);
  const char *delegation = pl_seat_get_delegation_name (seat);
  g_autofree char *subtitle = NULL;

  if (person != NULL && *person != '\0' && delegation != NULL && *delegation != '\0')
    /* Translators: a person and their State, such as “Ms. Ito (Japan)” */
    subtitle = g_strdup_printf (_("%s (%s)"), person, delegation);
  else
    subtitle = g_strdup (person != NULL && *person != '\0' ? person : delegation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_seat_get_title (seat));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  return row;
}

static void
pl_delegate_officers_page_refresh (PlPage *page)
{
  PlDelegateOfficersPage *self = PL_DELEGATE_OFFICERS_PAGE (page);
  GListModel *seats = G_LIST_MODEL (self->bureau);
  struct {
    PlOfficerStatus status;
    const char     *title;
  } groups[] = {
    { PL_OFFICER_STATUS_ELECTED, N_("Elected") },
    { PL_OFFICER_STATUS_NOMINATED, N_("Nominated") },
  };
  GtkWidget *child;
  guint n_shown = 0;

  while ((child = gtk_widget_get_first_child (self->content_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->content_box), child);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      guint n = 0;

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[g].title));
      for (guint i = 0; i < g_list_model_get_n_items (seats); i++)
        {
          g_autoptr(PlSeat) seat = g_list_model_get_item (seats, i);

          if (pl_seat_get_status (seat) != groups[g].status)
            continue;
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), seat_row_new (seat));
          n++;
        }
      if (n == 0)
        {
          g_object_ref_sink (group);
          g_object_unref (group);
          continue;
        }
      gtk_box_append (GTK_BOX (self->content_box), group);
      n_shown += n;
    }

  gtk_stack_set_visible_child_name (self->stack, n_shown > 0 ? "content" : "empty");
}

static gboolean
pl_delegate_officers_page_select_record (PlPage   *page,
                                         PlRecord *record)
{
  return PL_IS_OFFICER (record);
}

static void
pl_delegate_officers_page_constructed (GObject *object)
{
  PlDelegateOfficersPage *self = PL_DELEGATE_OFFICERS_PAGE (object);

  G_OBJECT_CLASS (pl_delegate_officers_page_parent_class)->constructed (object);

  self->bureau = pl_bureau_new (pl_page_get_session (PL_PAGE (self)));
  pl_delegate_officers_page_refresh (PL_PAGE (self));
}

static void
pl_delegate_officers_page_dispose (GObject *object)
{
  PlDelegateOfficersPage *self = PL_DELEGATE_OFFICERS_PAGE (object);

  G_OBJECT_CLASS (pl_delegate_officers_page_parent_class)->dispose (object);

  g_clear_object (&self->bureau);
}

static void
pl_delegate_officers_page_class_init (PlDelegateOfficersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_officers_page_constructed;
  object_class->dispose = pl_delegate_officers_page_dispose;
  page_class->refresh = pl_delegate_officers_page_refresh;
  page_class->select_record = pl_delegate_officers_page_select_record;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-officers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateOfficersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateOfficersPage, content_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_delegate_officers_page_init (PlDelegateOfficersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_delegate_officers_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_OFFICERS_PAGE, session);
}
