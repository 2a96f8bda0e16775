/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include "pl-bureau-state-choice.h"

/**
 * PlBureauStateChoice:
 *
 * One State in a Bureau seat's chooser (#PlBureauSeatRow): its name, a
 * note on why it may not be the one (already holds an office, not a
 * party), and the section of the list it is in. Its button nominates the
 * State for the seat (the row's `seat.nominate` action).
 */
struct _PlBureauStateChoice
{
  GtkListBoxRow  parent_instance;

  char          *delegation_id;
  char          *search_key;    /* name and ISO code, case-folded */
  guint          section;
  gboolean       listed;        /* shown before any search */

  GtkButton     *button;
  GtkLabel      *name_label;
  GtkLabel      *note_label;
};

G_DEFINE_FINAL_TYPE (PlBureauStateChoice, pl_bureau_state_choice, GTK_TYPE_LIST_BOX_ROW)

static void
pl_bureau_state_choice_finalize (GObject *object)
{
  PlBureauStateChoice *self = PL_BUREAU_STATE_CHOICE (object);

  g_free (self->delegation_id);
  g_free (self->search_key);

  G_OBJECT_CLASS (pl_bureau_state_choice_parent_class)->finalize (object);
}

static void
pl_bureau_state_choice_class_init (PlBureauStateChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pl_bureau_state_choice_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-bureau-state-choice.ui");
  gtk_widget_class_bind_template_child (widget_class, PlBureauStateChoice, button);
  gtk_widget_class_bind_template_child (widget_class, PlBureauStateChoice, name_label);
  gtk_widget_class_bind_template_child (widget_class, PlBureauStateChoice, note_label);
}

static void
pl_bureau_state_choice_init (PlBureauStateChoice *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_bureau_state_choice_new:
 * @section: the section of the chooser the State is listed in
 * @listed: whether the chooser shows it before any search
 * @note: (nullable): shown after the name
 */
GtkWidget *
pl_bureau_state_choice_new (PlDelegation *delegation,
                            guint         section,
                            gboolean      listed,
                            const char   *note)
{
  PlBureauStateChoice *self = g_object_new (PL_TYPE_BUREAU_STATE_CHOICE, NULL);
  const char *name = pl_delegation_get_name (delegation);
  g_autofree char *key = g_strdup_printf ("%s %s", name ?: "", pl_delegation_get_iso3 (delegation) ?: "");

  self->delegation_id = g_strdup (pl_record_get_id (PL_RECORD (delegation)));
  self->search_key = g_utf8_casefold (key, -1);
  self->section = section;
  self->listed = listed;

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
  /* The row is read too (a list item): it reads as its State. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->button), "s", self->delegation_id);

  return GTK_WIDGET (self);
}

const char *
pl_bureau_state_choice_get_delegation_id (PlBureauStateChoice *self)
{
  g_return_val_if_fail (PL_IS_BUREAU_STATE_CHOICE (self), NULL);

  return self->delegation_id;
}

guint
pl_bureau_state_choice_get_section (PlBureauStateChoice *self)
{
  g_return_val_if_fail (PL_IS_BUREAU_STATE_CHOICE (self), 0);

  return self->section;
}

gboolean
pl_bureau_state_choice_is_listed (PlBureauStateChoice *self)
{
  g_return_val_if_fail (PL_IS_BUREAU_STATE_CHOICE (self), FALSE);

  return self->listed;
}

/* Whether @search (as typed) is in the State's name or ISO code. */
gboolean
pl_bureau_state_choice_matches (PlBureauStateChoice *self,
                                const char          *search)
{
  g_autofree char *needle = NULL;

  g_return_val_if_fail (PL_IS_BUREAU_STATE_CHOICE (self), FALSE);

  if (search == NULL || *search == '\0')
    return TRUE;
  needle = g_utf8_casefold (search, -1);
  return strstr (self->search_key, needle) != NULL;
}
