/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include "pl-column-view.h"
#include "pl-compat.h"
#include "pl-delegation-table-page.h"
#include "pl-edit-burst.h"

/**
 * PlDelegationTablePage:
 *
 * What the Participants and Credentials pages have in common: the
 * session's delegations in a #PlRecordTable narrowed by a search entry,
 * and beside it, in an #AdwFlap, the editor of the delegation selected
 * (the table's columns of lesser priority hide before the table would
 * scroll sideways).
 * Choosing a row opens the editor, Escape closes it, Ctrl+F finds; a
 * delegation deleted (or whose addition is undone) leaves the editor.
 *
 * A subclass's template names the shared children `table`, `flap`,
 * `search_entry`, `list_stack` (pages "list" and "empty") and
 * `editor_stack` (pages "editor" and "empty");
 * pl_delegation_table_page_class_bind_template() binds them and installs
 * the subclass's `PREFIX.search` and `PREFIX.close-editor` actions. The
 * subclass adds its columns and facets, and implements
 * PlDelegationTablePageClass.show_delegation for its editor.
 */

typedef struct
{
  PlDelegation   *delegation;   /* being edited */

  /* the subclass's template children */
  PlRecordTable  *table;
  AdwFlap        *flap;
  GtkSearchEntry *search_entry;
  GtkStack       *list_stack;
  GtkStack       *editor_stack;
} PlDelegationTablePagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlDelegationTablePage, pl_delegation_table_page, PL_TYPE_PAGE)

#define GET_PRIV(self) ((PlDelegationTablePagePrivate *) pl_delegation_table_page_get_instance_private (self))

static void
on_selection_changed_cb (PlDelegationTablePage *self)
{
  PlDelegationTablePagePrivate *priv = GET_PRIV (self);

  pl_delegation_table_page_set_delegation (self,
                                           pl_record_table_editor_item (priv->table,
                                                                        pl_page_get_session (PL_PAGE (self)),
                                                                        priv->delegation));
}

/* An editor hidden otherwise than by Escape (a folded flap, were the
 * page to fold it) leaves the delegation as Escape does. */
static void
on_reveal_flap_cb (PlDelegationTablePage *self)
{
  PlDelegationTablePagePrivate *priv = GET_PRIV (self);

  if (!adw_flap_get_reveal_flap (priv->flap) && priv->delegation != NULL)
    {
      pl_record_table_unselect (priv->table);
      pl_delegation_table_page_set_delegation (self, NULL);
    }
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (GET_PRIV (PL_DELEGATION_TABLE_PAGE (widget))->search_entry));
}

static void
close_editor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PlDelegationTablePage *self = PL_DELEGATION_TABLE_PAGE (widget);

  pl_record_table_unselect (GET_PRIV (self)->table);
  pl_delegation_table_page_set_delegation (self, NULL);
}

static void
pl_delegation_table_page_dispose (GObject *object)
{
  PlDelegationTablePage *self = PL_DELEGATION_TABLE_PAGE (object);
  PlDelegationTablePagePrivate *priv = GET_PRIV (self);

  if (priv->table != NULL)
    pl_record_table_release (priv->table, self);
  g_clear_object (&priv->delegation);

  G_OBJECT_CLASS (pl_delegation_table_page_parent_class)->dispose (object);
}

static void
pl_delegation_table_page_class_init (PlDelegationTablePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_delegation_table_page_dispose;

  g_type_ensure (PL_TYPE_RECORD_TABLE);
}

static void
pl_delegation_table_page_init (PlDelegationTablePage *self)
{
}

/**
 * pl_delegation_table_page_class_bind_template:
 * @widget_class: a subclass's class, after its template is set
 * @action_prefix: the prefix of the subclass's actions ("participants")
 *
 * Binds the shared children of the subclass's template and installs
 * `PREFIX.search` (Ctrl+F) and `PREFIX.close-editor` (Escape). Both change
 * no record: list them in the subclass's pl_page_class_set_safe_actions().
 */
void
pl_delegation_table_page_class_bind_template (GtkWidgetClass *widget_class,
                                              const char     *action_prefix)
{
  g_autofree char *search = g_strconcat (action_prefix, ".search", NULL);
  g_autofree char *close_editor = g_strconcat (action_prefix, ".close-editor", NULL);

  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), PL_TYPE_DELEGATION_TABLE_PAGE));

  gtk_widget_class_bind_template_child_full (widget_class, "table", FALSE,
                                             G_PRIVATE_OFFSET (PlDelegationTablePage, table));
  gtk_widget_class_bind_template_child_full (widget_class, "flap", FALSE,
                                             G_PRIVATE_OFFSET (PlDelegationTablePage, flap));
  gtk_widget_class_bind_template_child_full (widget_class, "search_entry", FALSE,
                                             G_PRIVATE_OFFSET (PlDelegationTablePage, search_entry));
  gtk_widget_class_bind_template_child_full (widget_class, "list_stack", FALSE,
                                             G_PRIVATE_OFFSET (PlDelegationTablePage, list_stack));
  gtk_widget_class_bind_template_child_full (widget_class, "editor_stack", FALSE,
                                             G_PRIVATE_OFFSET (PlDelegationTablePage, editor_stack));

  /* Action names live as long as the class: interned. */
  gtk_widget_class_install_action (widget_class, g_intern_string (search), NULL, search_action);
  gtk_widget_class_install_action (widget_class, g_intern_string (close_editor), NULL, close_editor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, g_intern_string (close_editor), NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, g_intern_string (search), NULL);
}

/**
 * pl_delegation_table_page_show_delegations:
 *
 * For the subclass's constructed: the table shows the session's
 * delegations, found by the search entry, and choosing one opens the
 * editor.
 *
 * Returns: (transfer none): the session's delegations, unfiltered
 */
GListModel *
pl_delegation_table_page_show_delegations (PlDelegationTablePage *self)
{
  PlDelegationTablePagePrivate *priv;
  GListModel *delegations;

  g_return_val_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self), NULL);

  priv = GET_PRIV (self);
  delegations = pl_column_view_show_delegations (priv->table, pl_page_get_session (PL_PAGE (self)), priv->search_entry);
  g_signal_connect_swapped (pl_record_table_get_selection (priv->table), "notify::selected-item",
                            G_CALLBACK (on_selection_changed_cb), self);
  g_signal_connect_swapped (priv->flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap_cb), self);
  pl_compat_stack_show_only (priv->editor_stack, "empty");

  return delegations;
}

/**
 * pl_delegation_table_page_get_table:
 *
 * Returns: (transfer none): the table, for the subclass's columns and facets
 */
PlRecordTable *
pl_delegation_table_page_get_table (PlDelegationTablePage *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self), NULL);

  return GET_PRIV (self)->table;
}

/**
 * pl_delegation_table_page_get_model:
 *
 * Returns: (transfer none): the delegations as shown: filtered, then sorted
 */
GListModel *
pl_delegation_table_page_get_model (PlDelegationTablePage *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self), NULL);

  return pl_record_table_get_shown (GET_PRIV (self)->table);
}

/**
 * pl_delegation_table_page_set_search:
 *
 * Filters by @text (name or ISO code), as typing in the search does.
 */
void
pl_delegation_table_page_set_search (PlDelegationTablePage *self,
                                     const char            *text)
{
  g_return_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self));

  pl_record_table_set_search (GET_PRIV (self)->table, text);
}

/**
 * pl_delegation_table_page_get_delegation:
 *
 * Returns: (transfer none) (nullable): the delegation being edited
 */
PlDelegation *
pl_delegation_table_page_get_delegation (PlDelegationTablePage *self)
{
  g_return_val_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self), NULL);

  return GET_PRIV (self)->delegation;
}

/**
 * pl_delegation_table_page_set_delegation:
 * @delegation: (nullable): the delegation to edit, %NULL to close the editor
 *
 * Opens the editor on @delegation, without touching the table's selection.
 */
void
pl_delegation_table_page_set_delegation (PlDelegationTablePage *self,
                                         PlDelegation          *delegation)
{
  PlDelegationTablePagePrivate *priv;

  g_return_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self));
  g_return_if_fail (delegation == NULL || PL_IS_DELEGATION (delegation));

  priv = GET_PRIV (self);
  if (priv->delegation == delegation)
    return;

  /* The burst of typing belongs to the delegation being left. */
  pl_edit_burst_flush (pl_page_get_session (PL_PAGE (self)));
  g_set_object (&priv->delegation, delegation);
  adw_flap_set_reveal_flap (priv->flap, delegation != NULL);
  PL_DELEGATION_TABLE_PAGE_GET_CLASS (self)->show_delegation (self, delegation);
  pl_compat_stack_show_only (priv->editor_stack, delegation != NULL ? "editor" : "empty");
}

/**
 * pl_delegation_table_page_select_delegation:
 *
 * Selects @delegation and opens the editor on it, clearing the search and
 * filters if they hide it, and scrolls to it.
 */
void
pl_delegation_table_page_select_delegation (PlDelegationTablePage *self,
                                            PlDelegation          *delegation)
{
  g_return_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self));
  g_return_if_fail (PL_IS_DELEGATION (delegation));

  /* A delegation just added is only in the filter once the model has
   * seen it; a filter that hides it is cleared. */
  pl_record_table_reveal_item (GET_PRIV (self)->table, delegation);
  pl_delegation_table_page_set_delegation (self, delegation);
}

/**
 * pl_delegation_table_page_forget_removed:
 *
 * After the session's delegations changed: if the delegation edited is
 * gone (deleted, or its addition undone), the editor follows the table's
 * selection instead.
 *
 * Returns: whether the editor left a delegation that is gone
 */
gboolean
pl_delegation_table_page_forget_removed (PlDelegationTablePage *self)
{
  PlDelegationTablePagePrivate *priv;

  g_return_val_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self), FALSE);

  priv = GET_PRIV (self);
  if (priv->delegation == NULL ||
      pl_session_lookup (pl_page_get_session (PL_PAGE (self)),
                         pl_record_get_id (PL_RECORD (priv->delegation))) == PL_RECORD (priv->delegation))
    return FALSE;

  pl_delegation_table_page_set_delegation (self, pl_record_table_get_selected_item (priv->table));
  return TRUE;
}

/**
 * pl_delegation_table_page_update_stack:
 * @n_total: how many delegations the page lists before any filter
 *
 * Shows the table, or the empty state when the page has none at all.
 */
void
pl_delegation_table_page_update_stack (PlDelegationTablePage *self,
                                       guint                  n_total)
{
  PlDelegationTablePagePrivate *priv;

  g_return_if_fail (PL_IS_DELEGATION_TABLE_PAGE (self));

  priv = GET_PRIV (self);
  pl_record_table_update_stack (priv->table, priv->list_stack, n_total);
}
