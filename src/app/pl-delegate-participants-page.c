/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-delegate-participants-page.h"
#include "pl-enums.h"
#include "pl-json-text.h"
#include "pl-participants-page-private.h"
#include "pl-participation.h"

/**
 * PlDelegateParticipantsPage:
 *
 * The list of participants as a delegate sees it (issue 18, point 3):
 * each delegation and its members, with their function and rank, and no
 * contact data (a member's e-mail stays with the secretariat).
 */
struct _PlDelegateParticipantsPage
{
  PlPage      parent_instance;

  GtkStack   *stack;
  GtkWidget  *content_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateParticipantsPage, pl_delegate_participants_page, PL_TYPE_PAGE)

static const char *
label_for (GType               enum_type,
           const char * const *labels,
           const char         *nick)
{
  int value;

  if (nick == NULL || !pl_enum_from_nick (enum_type, nick, &value))
    return NULL;
  return _(labels[value]);
}

/* Name, function and rank: never the member's `email`. */
static GtkWidget *
member_row_new (JsonObject *member)
{
  GtkWidget *row = adw_action_row_new ();
  const char *function = label_for (PL_TYPE_MEMBER_FUNCTION, pl_participants_function_labels,
                                    pl_json_object_get_string (member, "function", NULL));
  const char *rank = label_for (PL_TYPE_RANK, pl_participants_rank_labels,
                                pl_json_object_get_string (member, "rank", NULL));
  g_autofree char *subtitle = NULL;

  if (function != NULL && rank != NULL)
    subtitle = g_strdup_printf ("%s · %s", function, rank);
  else
    subtitle = g_strdup (function != NULL ? function : rank);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_json_object_get_string (member, "name", ""));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
delegation_row_new (PlDelegation *delegation)
{
  GtkWidget *row = adw_expander_row_new ();
  JsonNode *members = pl_delegation_get_members (delegation);
  JsonArray *array = members != NULL && JSON_NODE_HOLDS_ARRAY (members) ? json_node_get_array (members) : NULL;
  guint n = array != NULL ? json_array_get_length (array) : 0;
  const char *category = _(pl_participants_category_short_labels[pl_delegation_get_category (delegation)]);
  g_autofree char *subtitle = NULL;

  /* Translators: a delegation's category and the number of its members */
  subtitle = g_strdup_printf (ngettext ("%s · %u member", "%s · %u members", n), category, n);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pl_delegation_get_name (delegation));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  /* libadwaita 1.2 names an expander row's header, not the row. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pl_delegation_get_name (delegation), -1);
  gtk_widget_set_sensitive (row, n > 0);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), member_row_new (json_node_get_object (node)));
    }
  return row;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  PlDelegation *da = *(PlDelegation **) a;
  PlDelegation *db = *(PlDelegation **) b;

  return g_utf8_collate (pl_delegation_get_name (da) ? pl_delegation_get_name (da) : "",
                         pl_delegation_get_name (db) ? pl_delegation_get_name (db) : "");
}

static void
pl_delegate_participants_page_refresh (PlPage *page)
{
  PlDelegateParticipantsPage *self = PL_DELEGATE_PARTICIPANTS_PAGE (page);
  GListModel *records = pl_session_get_records (pl_page_get_session (page), PL_TYPE_DELEGATION);
  g_autoptr(GPtrArray) delegations = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *group;
  GtkWidget *child;
  g_autofree char *description = NULL;

  while ((child = gtk_widget_get_first_child (self->content_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->content_box), child);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    g_ptr_array_add (delegations, g_list_model_get_item (records, i));
  g_ptr_array_sort (delegations, compare_names);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Delegations"));
  description = g_strdup_printf (ngettext ("%u delegation registered", "%u delegations registered", delegations->len),
                                 delegations->len);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  for (guint i = 0; i < delegations->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), delegation_row_new (delegations->pdata[i]));
  gtk_box_append (GTK_BOX (self->content_box), group);

  gtk_stack_set_visible_child_name (self->stack, delegations->len > 0 ? "content" : "empty");
}

static gboolean
pl_delegate_participants_page_select_record (PlPage   *page,
                                             PlRecord *record)
{
  return PL_IS_DELEGATION (record);
}

static void
pl_delegate_participants_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (pl_delegate_participants_page_parent_class)->constructed (object);

  pl_delegate_participants_page_refresh (PL_PAGE (object));
}

static void
pl_delegate_participants_page_class_init (PlDelegateParticipantsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_participants_page_constructed;
  page_class->refresh = pl_delegate_participants_page_refresh;
  page_class->select_record = pl_delegate_participants_page_select_record;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/plenary/Plenary/pl-delegate-participants-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateParticipantsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateParticipantsPage, content_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_delegate_participants_page_init (PlDelegateParticipantsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_delegate_participants_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_PARTICIPANTS_PAGE, session);
}
