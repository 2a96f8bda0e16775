/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-attendance-row.h"
#include "pl-participants-page-private.h"
#include "pl-record.h"

/**
 * PlAttendanceRow:
 *
 * A registered delegation in a meeting's attendance (issue 20, point 5):
 * ticked when it is present. The row only shows; the page records the
 * tick (pl_meetings_set_attending()) when the row says it was toggled by
 * the user (#PlAttendanceRow::toggled), not when the page sets it.
 */
struct _PlAttendanceRow
{
  AdwActionRow    parent_instance;

  char           *delegation_id;
  char           *name;
  gboolean        state_party;
  gboolean        setting;

  GtkCheckButton *check;
};

G_DEFINE_FINAL_TYPE (PlAttendanceRow, pl_attendance_row, ADW_TYPE_ACTION_ROW)

enum {
  TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_toggled_cb (PlAttendanceRow *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[TOGGLED], 0, gtk_check_button_get_active (self->check));
}

static void
pl_attendance_row_finalize (GObject *object)
{
  PlAttendanceRow *self = PL_ATTENDANCE_ROW (object);

  g_free (self->delegation_id);
  g_free (self->name);

  G_OBJECT_CLASS (pl_attendance_row_parent_class)->finalize (object);
}

static void
pl_attendance_row_class_init (PlAttendanceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pl_attendance_row_finalize;

  /**
   * PlAttendanceRow::toggled:
   * @present: whether the user ticked the delegation present
   */
  signals[TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-attendance-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAttendanceRow, check);
  gtk_widget_class_bind_template_callback (widget_class, on_toggled_cb);
}

static void
pl_attendance_row_init (PlAttendanceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_attendance_row_new (PlDelegation *delegation,
                       gboolean      state_party)
{
  PlAttendanceRow *self = g_object_new (PL_TYPE_ATTENDANCE_ROW, NULL);
  const char *name = pl_delegation_get_name (delegation);

  self->delegation_id = g_strdup (pl_record_get_id (PL_RECORD (delegation)));
  self->name = g_strdup (name != NULL && *name != '\0' ? name : self->delegation_id);
  self->state_party = state_party;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), self->name);
  /* Why a delegation is not among the States parties: "Signatory State". */
  if (!state_party && pl_delegation_get_category (delegation) <= PL_DELEGATION_CATEGORY_NGO_OTHER)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), _(pl_participants_category_labels[pl_delegation_get_category (delegation)]));
  /* The tick box is said by the delegation's name, the row's title
   * (AdwActionRow labels its activatable widget by it): "Kenya, check box". */

  return GTK_WIDGET (self);
}

const char *
pl_attendance_row_get_delegation_id (PlAttendanceRow *self)
{
  g_return_val_if_fail (PL_IS_ATTENDANCE_ROW (self), NULL);

  return self->delegation_id;
}

const char *
pl_attendance_row_get_name (PlAttendanceRow *self)
{
  g_return_val_if_fail (PL_IS_ATTENDANCE_ROW (self), NULL);

  return self->name;
}

gboolean
pl_attendance_row_get_state_party (PlAttendanceRow *self)
{
  g_return_val_if_fail (PL_IS_ATTENDANCE_ROW (self), FALSE);

  return self->state_party;
}

gboolean
pl_attendance_row_get_present (PlAttendanceRow *self)
{
  g_return_val_if_fail (PL_IS_ATTENDANCE_ROW (self), FALSE);

  return gtk_check_button_get_active (self->check);
}

/* What the record says, shown without being recorded again. */
void
pl_attendance_row_set_present (PlAttendanceRow *self,
                               gboolean         present)
{
  g_return_if_fail (PL_IS_ATTENDANCE_ROW (self));

  self->setting = TRUE;
  gtk_check_button_set_active (self->check, present);
  self->setting = FALSE;
}
