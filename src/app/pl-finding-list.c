/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-finding.h"
#include "pl-finding-list.h"

/**
 * PlFindingList:
 *
 * Findings of the rules engine shown in place, beside what they concern
 * (a seat, a regional group): one line per finding, an icon for its
 * severity and its message, which says what would satisfy the rule. The
 * list follows its model live and takes no room when it is empty.
 *
 * Each line is a plain label whose accessible name is the message, so a
 * screen reader (and the end-to-end tests) read it as it is shown; the
 * icon carries the severity as its accessible name.
 */
struct _PlFindingList
{
  GtkWidget   parent_instance;

  GListModel *model;
  gulong      items_changed_id;
};

G_DEFINE_FINAL_TYPE (PlFindingList, pl_finding_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *severity_icon (PlSeverity severity);

/**
 * pl_finding_list_severity_name:
 *
 * Returns: what a finding of @severity is, in words, for its accessible
 *   name
 */
const char *
pl_finding_list_severity_name (PlSeverity severity)
{
  switch (severity)
    {
    case PL_SEVERITY_ERROR:
      return _("Error");
    case PL_SEVERITY_WARNING:
      return _("Warning");
    case PL_SEVERITY_INFO:
    default:
      /* Translators: a finding that says what is still needed */
      return _("To do");
    }
}

static const char *
severity_class (PlSeverity severity)
{
  switch (severity)
    {
    case PL_SEVERITY_ERROR:
      return "error";
    case PL_SEVERITY_WARNING:
      return "warning";
    case PL_SEVERITY_INFO:
    default:
      return "accent";
    }
}

static GtkWidget *
finding_line_new (PlFinding *finding)
{
  PlSeverity severity = pl_finding_get_severity (finding);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = pl_finding_list_severity_image_new (severity);
  GtkWidget *label = gtk_label_new (pl_finding_get_message (finding));

  gtk_widget_add_css_class (line, "finding");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  /* The message alone, no code ("bureau.vacant") even as a tooltip: codes
   * are for the help and scripts (issue 22, point 6). */
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), label);

  return line;
}

static void
rebuild (PlFindingList *self)
{
  GtkWidget *child;
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (self->model, i);

      gtk_widget_insert_before (finding_line_new (finding), GTK_WIDGET (self), NULL);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static void
on_items_changed_cb (PlFindingList *self)
{
  rebuild (self);
}

static void
pl_finding_list_dispose (GObject *object)
{
  PlFindingList *self = PL_FINDING_LIST (object);
  GtkWidget *child;

  pl_finding_list_set_model (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pl_finding_list_parent_class)->dispose (object);
}

static void
pl_finding_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PlFindingList *self = PL_FINDING_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_finding_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PlFindingList *self = PL_FINDING_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      pl_finding_list_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_finding_list_class_init (PlFindingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_finding_list_dispose;
  object_class->get_property = pl_finding_list_get_property;
  object_class->set_property = pl_finding_list_set_property;

  /* a GListModel of PlFinding */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "findinglist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
pl_finding_list_init (PlFindingList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pl_finding_list_new (GListModel *model)
{
  return g_object_new (PL_TYPE_FINDING_LIST, "model", model, NULL);
}

/**
 * pl_finding_list_get_model:
 *
 * Returns: (transfer none) (nullable): the findings shown
 */
GListModel *
pl_finding_list_get_model (PlFindingList *self)
{
  g_return_val_if_fail (PL_IS_FINDING_LIST (self), NULL);
  return self->model;
}

void
pl_finding_list_set_model (PlFindingList *self,
                           GListModel    *model)
{
  g_return_if_fail (PL_IS_FINDING_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_set_object (&self->model, model);
  if (self->model != NULL)
    self->items_changed_id = g_signal_connect_swapped (self->model, "items-changed",
                                                       G_CALLBACK (on_items_changed_cb), self);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * pl_finding_list_severity_image_new:
 *
 * Returns: (transfer floating): the icon of a finding of @severity, as
 *   the lists of findings (here and on the Overview) show it: coloured
 *   and named for its severity
 */
GtkWidget *
pl_finding_list_severity_image_new (PlSeverity severity)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (severity));

  gtk_widget_add_css_class (icon, severity_class (severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, pl_finding_list_severity_name (severity), -1);
  return icon;
}

static const char *
severity_icon (PlSeverity severity)
{
  switch (severity)
    {
    case PL_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case PL_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case PL_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}
