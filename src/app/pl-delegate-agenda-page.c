/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-agenda.h"
#include "pl-compat.h"
#include "pl-delegate-agenda-page.h"
#include "pl-export-choices.h"
#include "pl-json-text.h"

/**
 * PlDelegateAgendaPage:
 *
 * A delegate's agenda (issue 18, point 3): each item with its number and
 * the documents issued under it: symbol, title, the languages it is
 * issued in, and the document itself where the secretariat gives its
 * address. Read only: the page installs no action that edits.
 */
struct _PlDelegateAgendaPage
{
  PlPage      parent_instance;

  GtkStack   *stack;
  GtkWidget  *content_box;
};

G_DEFINE_FINAL_TYPE (PlDelegateAgendaPage, pl_delegate_agenda_page, PL_TYPE_PAGE)

/* Where the document can be read: the address the secretariat gives,
 * when it is a web address (pl_document_url_is_valid: a delegate's copy
 * never launches a file:// or other scheme a record might carry). */
static const char *
document_address (PlDocument *document)
{
  const char *url = pl_document_get_url (document);

  return pl_document_url_is_valid (url) ? url : NULL;
}

static char *
document_languages (PlDocument *document)
{
  const char * const *languages = pl_document_get_languages (document);

  if (pl_document_get_status (document) != PL_DOCUMENT_STATUS_ISSUED)
    return g_strdup (_("Not issued yet"));
  if (languages == NULL || languages[0] == NULL)
    return g_strdup (_("Issued"));
  {
    g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
    g_auto(GStrv) list = NULL;
    g_autofree char *joined = NULL;

    /* Each language in its own name (العربية, English), as the documents
     * print them; a code the export does not know, as it is. */
    for (guint i = 0; languages[i] != NULL; i++)
      {
        const PlExportLanguageChoice *choice = pl_export_choices_get_language (pl_export_choices_find_language (languages[i]));

        g_strv_builder_add (names, g_ascii_strncasecmp (choice->code, languages[i], strlen (choice->code)) == 0
                                     ? choice->endonym : languages[i]);
      }
    list = g_strv_builder_end (names);
    joined = g_strjoinv (", ", list);
    /* Translators: %s lists languages, such as “English, Français” */
    return g_strdup_printf (_("Issued in %s"), joined);
  }
}

static GtkWidget *
document_row_new (PlDocument *document)
{
  GtkWidget *row = adw_action_row_new ();
  const char *symbol = pl_document_get_symbol (document);
  const char *title = pl_document_get_title (document);
  const char *url = document_address (document);
  g_autofree char *languages = document_languages (document);
  g_autofree char *subtitle = NULL;

  if (symbol == NULL || *symbol == '\0')
    symbol = _("No symbol yet");
  subtitle = g_strdup_printf ("%s · %s", symbol, languages);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL && *title != '\0' ? title : symbol);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  if (url != NULL)
    {
      GtkWidget *link = gtk_button_new_with_label (_("Open"));
      /* Translators: %s is a document's symbol, such as “CTOC/COP/2020/1” */
      g_autofree char *name = g_strdup_printf (_("Open %s"), symbol);

      /* An action, declared safe: a read-only page keeps it. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (link), "delegate-agenda.open-document");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (link), "s", pl_record_get_id (PL_RECORD (document)));
      gtk_widget_add_css_class (link, "flat");
      gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (link, url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), link);
    }

  return row;
}

static GtkWidget *
item_group_new (PlSession    *session,
                PlAgendaItem *item)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_auto(GStrv) ids = pl_agenda_item_dup_document_ids (item);
  const char *number = pl_agenda_item_get_number (item);
  const char *title = pl_agenda_item_get_title (item);
  g_autofree char *heading = NULL;
  guint n = 0;

  if (number == NULL)
    heading = g_strdup (title ? title : "");
  else if (g_str_has_suffix (number, ")"))
    /* Translators: a sub-item's number and title, such as “1 (a) Opening of the session” */
    heading = g_strdup_printf (_("%s %s"), number, title ? title : "");
  else
    /* Translators: an item's number and title, such as “3. Adoption of the agenda” */
    heading = g_strdup_printf (_("%s. %s"), number, title ? title : "");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
  if (pl_agenda_item_get_depth (item) > 0)
    gtk_widget_set_margin_start (group, 24 * pl_agenda_item_get_depth (item));

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      PlRecord *document = pl_session_lookup (session, ids[i]);

      if (!PL_IS_DOCUMENT (document))
        continue;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), document_row_new (PL_DOCUMENT (document)));
      n++;
    }

  if (n == 0)
    {
      const char *note = pl_agenda_item_get_no_documentation_note (item);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             note != NULL && *note != '\0' ? note : _("No documents"));
    }

  return group;
}

static void
on_launch_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkWidget) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  window = pl_page_get_window (PL_PAGE (self));
  if (window != NULL)
    pl_compat_show_message (window, _("Could Not Open the Document"), error->message);
}

/* delegate-agenda.open-document: the document at the address its record
 * gives, in the browser or viewer the desktop chooses. */
static void
open_document_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PlRecord *document = pl_session_lookup (pl_page_get_session (PL_PAGE (widget)), g_variant_get_string (parameter, NULL));
  g_autoptr(GdkAppLaunchContext) context = NULL;
  const char *url;

  if (!PL_IS_DOCUMENT (document) || (url = document_address (PL_DOCUMENT (document))) == NULL)
    return;

  context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_app_info_launch_default_for_uri_async (url, G_APP_LAUNCH_CONTEXT (context), NULL, on_launch_done_cb,
                                           g_object_ref (widget));
}

static void
pl_delegate_agenda_page_refresh (PlPage *page)
{
  PlDelegateAgendaPage *self = PL_DELEGATE_AGENDA_PAGE (page);
  PlSession *session = pl_page_get_session (page);
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->content_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->content_box), child);

  for (guint i = 0; i < items->len; i++)
    gtk_box_append (GTK_BOX (self->content_box), item_group_new (session, items->pdata[i]));

  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "content" : "empty");
}

static gboolean
pl_delegate_agenda_page_select_record (PlPage   *page,
                                       PlRecord *record)
{
  return PL_IS_AGENDA_ITEM (record);
}

static void
pl_delegate_agenda_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (pl_delegate_agenda_page_parent_class)->constructed (object);

  pl_delegate_agenda_page_refresh (PL_PAGE (object));
}

static void
pl_delegate_agenda_page_class_init (PlDelegateAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);

  object_class->constructed = pl_delegate_agenda_page_constructed;
  page_class->refresh = pl_delegate_agenda_page_refresh;
  page_class->select_record = pl_delegate_agenda_page_select_record;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-delegate-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDelegateAgendaPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDelegateAgendaPage, content_box);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "delegate-agenda.open-document", "s", open_document_action);
  pl_page_class_set_safe_actions (page_class, "delegate-agenda.open-document", NULL);
}

static void
pl_delegate_agenda_page_init (PlDelegateAgendaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_delegate_agenda_page_new (PlSession *session)
{
  return pl_page_new (PL_TYPE_DELEGATE_AGENDA_PAGE, session);
}
