/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-check-credentials.h"
#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-credentials-editor.h"
#include "pl-credentials-page-private.h"
#include "pl-credentials-progress.h"
#include "pl-credentials-status.h"
#include "pl-delegation-table-page.h"
#include "pl-edit-burst.h"
#include "pl-page.h"
#include "pl-record-table.h"
#include "pl-participation.h"
#include "pl-json-text.h"

/**
 * PlCredentialsPage:
 *
 * The credentials checklist (rules 18-20): every State party and regional
 * economic integration organization with its derived status (in due form,
 * provisional, missing, defective, late, objected), the reason, and the
 * progress ("132 of 181 in due form"); the two deadlines in the session's
 * time zone; and the editor of the selected State's record. Receipts go
 * through pl_credentials_record_receipt(), so an original replaces a copy
 * and a copy never replaces an original. The status is derived, never
 * stored: every change of a record, of the settings or of the meetings
 * (the opening hour) refreshes the statuses shown.
 */

G_DEFINE_FINAL_TYPE (PlCredentialsPage, pl_credentials_page, PL_TYPE_DELEGATION_TABLE_PAGE)

typedef enum {
  COLUMN_NAME,
  COLUMN_STATUS,
  COLUMN_FORM,
  COLUMN_RECEIVED,
  COLUMN_REASON,
} Column;

void
pl_credentials_page_status_style (PlCredentialsStatus   status,
                                  const char          **icon_name,
                                  const char          **css_class)
{
  switch (status)
    {
    case PL_CREDENTIALS_STATUS_IN_DUE_FORM:
      *icon_name = "emblem-ok-symbolic";
      *css_class = "success";
      break;
    case PL_CREDENTIALS_STATUS_PROVISIONAL:
      *icon_name = "dialog-information-symbolic";
      *css_class = "accent";
      break;
    case PL_CREDENTIALS_STATUS_LATE:
      *icon_name = "alarm-symbolic";
      *css_class = "warning";
      break;
    case PL_CREDENTIALS_STATUS_DEFECTIVE:
      *icon_name = "dialog-error-symbolic";
      *css_class = "error";
      break;
    case PL_CREDENTIALS_STATUS_OBJECTED:
      *icon_name = "dialog-warning-symbolic";
      *css_class = "error";
      break;
    case PL_CREDENTIALS_STATUS_MISSING:
    default:
      *icon_name = "action-unavailable-symbolic";
      *css_class = "dim-label";
      break;
    }
}

void
pl_credentials_page_apply_status_class (GtkWidget  *widget,
                                        const char *css_class)
{
  static const char *classes[] = { "success", "accent", "warning", "error", "dim-label" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (widget, classes[i]);
  gtk_widget_add_css_class (widget, css_class);
}

static PlCredentialsStatus
status_of (PlCredentialsPage *self,
           PlDelegation      *delegation)
{
  return pl_credentials_derive_status (pl_delegation_get_category (delegation),
                                       pl_credentials_context_find (&self->context, delegation), &self->context);
}

/* Filtering */

static gboolean
facet_filter_cb (gpointer item,
                 gpointer user_data)
{
  PlCredentialsPage *self = user_data;
  PlDelegation *delegation = item;
  guint status = gtk_drop_down_get_selected (self->status_drop);

  /* Rule 18: States parties and REIOs; observers need no credentials. */
  if (!pl_participation_needs_credentials (pl_delegation_get_category (delegation)))
    return FALSE;
  if (status > 0 && status != GTK_INVALID_LIST_POSITION && status_of (self, delegation) != status - 1)
    return FALSE;

  return TRUE;
}

static int
compare_status_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  PlCredentialsPage *self = user_data;

  return (int) status_of (self, (PlDelegation *) a) - (int) status_of (self, (PlDelegation *) b);
}

static int
compare_received_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  PlCredentialsPage *self = user_data;
  PlCredentials *ca = pl_credentials_context_find (&self->context, (PlDelegation *) a);
  PlCredentials *cb = pl_credentials_context_find (&self->context, (PlDelegation *) b);

  return g_strcmp0 (ca ? pl_credentials_get_received (ca) : NULL, cb ? pl_credentials_get_received (cb) : NULL);
}

static int
compare_form_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  PlCredentialsPage *self = user_data;
  PlCredentials *ca = pl_credentials_context_find (&self->context, (PlDelegation *) a);
  PlCredentials *cb = pl_credentials_context_find (&self->context, (PlDelegation *) b);

  return (int) (ca ? pl_credentials_get_form (ca) : 0) - (int) (cb ? pl_credentials_get_form (cb) : 0);
}

/* Cells */

/* The details in full, however narrow the column
 * (pl_record_table_set_cell_tooltips()). */
static char *
cell_tooltip (gpointer item,
              guint    column,
              gpointer user_data)
{
  PlCredentialsPage *self = user_data;

  if (column != COLUMN_REASON)
    return NULL;
  return pl_credentials_status_describe (&self->context, PL_DELEGATION (item));
}

static void
update_cell (GtkWidget *cell,
             gpointer   item,
             guint      column,
             gpointer   user_data)
{
  PlCredentialsPage *self = user_data;
  PlDelegation *delegation = item;
  PlCredentials *credentials = pl_credentials_context_find (&self->context, delegation);
  PlCredentialsStatus status = status_of (self, delegation);
  const char *icon_name, *css_class;
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_STATUS:
      pl_credentials_page_status_style (status, &icon_name, &css_class);
      gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (cell)), icon_name);
      gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (cell)), pl_credentials_status_to_label (status));
      pl_credentials_page_apply_status_class (cell, css_class);
      break;
    case COLUMN_FORM:
      gtk_label_set_label (GTK_LABEL (cell), pl_credentials_form_to_label (credentials ? pl_credentials_get_form (credentials)
                                                                     : PL_CREDENTIALS_FORM_NONE));
      break;
    case COLUMN_RECEIVED:
      text = pl_credentials_context_format_received (&self->context, credentials);
      gtk_label_set_label (GTK_LABEL (cell), text);
      break;
    case COLUMN_REASON:
    default:
      text = pl_credentials_status_describe (&self->context, delegation);
      gtk_label_set_label (GTK_LABEL (cell), text);
      break;
    }
}

static GtkWidget *
cell_new (guint column)
{
  GtkWidget *cell;

  switch (column)
    {
    case COLUMN_STATUS:
      cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (cell), gtk_image_new ());
      gtk_box_append (GTK_BOX (cell), pl_column_view_label_new (FALSE));
      break;
    case COLUMN_RECEIVED:
      cell = pl_column_view_label_new (FALSE);
      gtk_widget_add_css_class (cell, "numeric");
      break;
    case COLUMN_REASON:
      cell = pl_column_view_label_new (TRUE);
      break;
    case COLUMN_FORM:
    default:
      cell = pl_column_view_label_new (FALSE);
      break;
    }

  return cell;
}

/* The editor */

static void
pl_credentials_page_show_delegation (PlDelegationTablePage *page,
                                     PlDelegation          *delegation)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (page);

  pl_credentials_editor_set_delegation (self->editor, delegation);
  pl_credentials_editor_update (self->editor);
}

static void
update_stack (PlCredentialsPage *self)
{
  pl_delegation_table_page_update_stack (PL_DELEGATION_TABLE_PAGE (self), pl_credentials_progress_get_total (self->progress));
}

static void
pl_credentials_page_refresh (PlPage *page)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (page);
  pl_credentials_context_clear (&self->context);
  pl_credentials_context_init (&self->context, pl_page_get_session (PL_PAGE (self)));

  pl_record_table_refilter (self->table, FALSE);
  pl_record_table_update_cells (self->table);

  /* The editor shows the statuses anew, unless its delegation is gone. */
  if (!pl_delegation_table_page_forget_removed (PL_DELEGATION_TABLE_PAGE (self)))
    pl_credentials_editor_update (self->editor);
  pl_credentials_page_update_deadlines (self);
  pl_credentials_page_update_progress (self);
  update_stack (self);
}

static void
pl_credentials_page_session_changed (PlPage       *page,
                                     PlRecord     *record,
                                     PlChangeKind  kind,
                                     const char   *field)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (page);

  /* The status depends on the record, the delegation's category, the
   * settings (amendments, dates, zone) and the meetings (opening hour). */
  if (PL_IS_DELEGATION (record) || PL_IS_CREDENTIALS (record) ||
      PL_IS_SESSION_SETTINGS (record) || PL_IS_MEETING (record))
    pl_page_queue_refresh (PL_PAGE (self));
}

/* PlPage */

static gboolean
pl_credentials_page_select_record (PlPage   *page,
                                   PlRecord *record)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (page);
  PlRecord *delegation;

  if (!PL_IS_CREDENTIALS (record))
    return FALSE;

  delegation = pl_session_lookup (pl_page_get_session (PL_PAGE (self)), pl_credentials_get_delegation (PL_CREDENTIALS (record)));
  if (!PL_IS_DELEGATION (delegation))
    return FALSE;

  pl_credentials_page_select_delegation (self, PL_DELEGATION (delegation));
  return TRUE;
}

/* GObject */

static void
pl_credentials_page_constructed (GObject *object)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (object);
  GtkColumnViewColumn *name_column;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (pl_credentials_page_parent_class)->constructed (object);

  pl_credentials_context_init (&self->context, pl_page_get_session (PL_PAGE (self)));
  self->progress = pl_credentials_progress_new (pl_page_get_session (PL_PAGE (self)));
  self->table = pl_delegation_table_page_get_table (PL_DELEGATION_TABLE_PAGE (self));
  pl_delegation_table_page_show_delegations (PL_DELEGATION_TABLE_PAGE (self));
  pl_record_table_set_facets (self->table, facet_filter_cb, self, self->status_drop, NULL);

  pl_record_table_set_cells (self->table, cell_new, update_cell, self);
  pl_record_table_set_cell_tooltips (self->table, cell_tooltip);
  name_column = pl_column_view_add_delegation_name_column (self->table, COLUMN_NAME, _("State"), FALSE, 170);
  pl_record_table_add_cell_column (self->table, COLUMN_STATUS, _("Status"),
                                   GTK_SORTER (gtk_custom_sorter_new (compare_status_cb, self, NULL)), FALSE, 124);
  /* Beside the editor the State and its status stay; the editor shows
   * the rest of the row. */
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_FORM, _("Form"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_form_cb, self, NULL)), FALSE, 100),
                                       2);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_RECEIVED, _("Received"),
                                                                        GTK_SORTER (gtk_custom_sorter_new (compare_received_cb, self, NULL)),
                                                                        FALSE, 130),
                                       1);
  pl_record_table_set_column_priority (self->table,
                                       pl_record_table_add_cell_column (self->table, COLUMN_REASON, _("Details"), NULL, TRUE, -1),
                                       3);
  pl_record_table_sort_by (self->table, name_column);

  gtk_string_list_append (statuses, _("All Statuses"));
  for (PlCredentialsStatus s = PL_CREDENTIALS_STATUS_IN_DUE_FORM; s < PL_CREDENTIALS_N_STATUSES; s++)
    gtk_string_list_append (statuses, pl_credentials_status_to_label (s));
  gtk_drop_down_set_model (self->status_drop, G_LIST_MODEL (statuses));
  pl_credentials_editor_set_session (self->editor, pl_page_get_session (PL_PAGE (self)), &self->context);

  g_signal_connect_swapped (pl_record_table_get_shown (self->table), "items-changed",
                            G_CALLBACK (update_stack), self);
  g_signal_connect_swapped (self->progress, "notify", G_CALLBACK (pl_credentials_page_update_progress), self);

  pl_credentials_page_update_progress (self);
  pl_credentials_page_update_deadlines (self);
  update_stack (self);
  pl_credentials_editor_update (self->editor);
}

static void
pl_credentials_page_dispose (GObject *object)
{
  PlCredentialsPage *self = PL_CREDENTIALS_PAGE (object);

  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_data (self->progress, self);
  g_clear_object (&self->progress);
  pl_credentials_context_clear (&self->context);

  G_OBJECT_CLASS (pl_credentials_page_parent_class)->dispose (object);
}

static void
pl_credentials_page_class_init (PlCredentialsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlPageClass *page_class = PL_PAGE_CLASS (klass);
  PlDelegationTablePageClass *table_page_class = PL_DELEGATION_TABLE_PAGE_CLASS (klass);

  object_class->constructed = pl_credentials_page_constructed;
  object_class->dispose = pl_credentials_page_dispose;
  page_class->refresh = pl_credentials_page_refresh;
  page_class->refresh_when_hidden = TRUE;
  page_class->session_changed = pl_credentials_page_session_changed;
  page_class->select_record = pl_credentials_page_select_record;
  table_page_class->show_delegation = pl_credentials_page_show_delegation;

  g_type_ensure (PL_TYPE_CREDENTIALS_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-credentials-page.ui");
  pl_delegation_table_page_class_bind_template (widget_class, "credentials");
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, counts_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, provisional_deadline_label);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, status_drop);
  gtk_widget_class_bind_template_child (widget_class, PlCredentialsPage, editor);

  gtk_widget_class_install_action (widget_class, "credentials.record", NULL, pl_credentials_page_record_action);
  /* Finding changes nothing (issue 18). */
  pl_page_class_set_safe_actions (PL_PAGE_CLASS (klass), "credentials.search", "credentials.close-editor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "credentials.record", NULL);
}

static void
pl_credentials_page_init (PlCredentialsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_credentials_page_new (PlSession *session)
{
  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  return g_object_new (PL_TYPE_CREDENTIALS_PAGE, "session", session, NULL);
}

/**
 * pl_credentials_page_select_delegation:
 *
 * Shows @delegation's credentials, clearing a search or filter that hides
 * it. A delegation that needs no credentials (an observer) is not listed.
 */
void
pl_credentials_page_select_delegation (PlCredentialsPage *self,
                                       PlDelegation      *delegation)
{
  g_return_if_fail (PL_IS_CREDENTIALS_PAGE (self));
  g_return_if_fail (PL_IS_DELEGATION (delegation));

  if (!pl_participation_needs_credentials (pl_delegation_get_category (delegation)))
    return;

  /* A delegation added a moment ago: let the refresh see it first. */
  pl_page_flush_refresh (PL_PAGE (self));

  pl_delegation_table_page_select_delegation (PL_DELEGATION_TABLE_PAGE (self), delegation);
}
