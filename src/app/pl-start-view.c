/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <string.h>

#include "pl-start-view.h"

/**
 * PlStartView:
 *
 * What a window shows while it has no session: New, Open, Join a
 * Session (a delegate's way in, issue 18), the sample session, and the
 * recent sessions (the application's `recent-files`
 * setting) that are still on disk. Activating a recent session emits
 * #PlStartView::open; the window decides where it opens.
 */

struct _PlStartView
{
  AdwBin         parent_instance;

  GSettings     *settings;
  GStrv          paths;        /* the rows' files, in the rows' order */

  /* template children */
  GtkMenuButton *menu_button;
  GtkBox        *recent_box;
  GtkListBox    *recent_list;
};

G_DEFINE_FINAL_TYPE (PlStartView, pl_start_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MENU_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Folders under home as the Files app shows them: "~/Documents". */
static char *
display_folder (const char *path)
{
  g_autofree char *dirname = g_path_get_dirname (path);
  const char *home = g_get_home_dir ();
  size_t home_len = strlen (home);

  if (g_str_has_prefix (dirname, home) && (dirname[home_len] == '/' || dirname[home_len] == '\0'))
    return g_strconcat ("~", dirname + home_len, NULL);

  return g_steal_pointer (&dirname);
}

static void
fill_recent (PlStartView *self)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  if (self->settings != NULL)
    recent = g_settings_get_strv (self->settings, "recent-files");

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    {
      g_autofree char *basename = NULL;
      g_autofree char *folder = NULL;
      GtkWidget *row;

      /* A file moved or deleted since is not offered. */
      if (!g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        continue;

      basename = g_path_get_basename (recent[i]);
      folder = display_folder (recent[i]);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->recent_list, row);
      g_strv_builder_add (shown, recent[i]);
      n++;
    }

  g_strfreev (self->paths);
  self->paths = g_strv_builder_end (shown);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_box), n > 0);
}

static void
on_recent_row_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            PlStartView   *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && self->paths != NULL && (guint) index < g_strv_length (self->paths))
    g_signal_emit (self, signals[OPEN], 0, self->paths[index]);
}

static void
pl_start_view_dispose (GObject *object)
{
  PlStartView *self = PL_START_VIEW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, fill_recent, self);
  g_clear_object (&self->settings);

  /* libadwaita 1.2: an AdwBin's child goes before its template. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_START_VIEW);

  G_OBJECT_CLASS (pl_start_view_parent_class)->dispose (object);
}

static void
pl_start_view_finalize (GObject *object)
{
  PlStartView *self = PL_START_VIEW (object);

  g_strfreev (self->paths);

  G_OBJECT_CLASS (pl_start_view_parent_class)->finalize (object);
}

static void
pl_start_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PlStartView *self = PL_START_VIEW (object);

  switch (prop_id)
    {
    case PROP_MENU_MODEL:
      g_value_set_object (value, pl_start_view_get_menu_model (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_start_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PlStartView *self = PL_START_VIEW (object);

  switch (prop_id)
    {
    case PROP_MENU_MODEL:
      pl_start_view_set_menu_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_start_view_class_init (PlStartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_start_view_dispose;
  object_class->finalize = pl_start_view_finalize;
  object_class->get_property = pl_start_view_get_property;
  object_class->set_property = pl_start_view_set_property;

  /**
   * PlStartView:menu-model:
   *
   * The main menu, the one the session's header bar has too.
   */
  properties[PROP_MENU_MODEL] =
    g_param_spec_object ("menu-model", NULL, NULL, G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlStartView::open:
   * @path: the recent session's file
   *
   * A recent session was activated.
   */
  signals[OPEN] =
    g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-start-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlStartView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlStartView, recent_box);
  gtk_widget_class_bind_template_child (widget_class, PlStartView, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);
}

static void
pl_start_view_init (PlStartView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Nothing recent until the settings say otherwise. */
  fill_recent (self);
}

GMenuModel *
pl_start_view_get_menu_model (PlStartView *self)
{
  g_return_val_if_fail (PL_IS_START_VIEW (self), NULL);

  return gtk_menu_button_get_menu_model (self->menu_button);
}

void
pl_start_view_set_menu_model (PlStartView *self,
                              GMenuModel  *menu_model)
{
  g_return_if_fail (PL_IS_START_VIEW (self));
  g_return_if_fail (menu_model == NULL || G_IS_MENU_MODEL (menu_model));

  if (gtk_menu_button_get_menu_model (self->menu_button) == menu_model)
    return;

  gtk_menu_button_set_menu_model (self->menu_button, menu_model);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENU_MODEL]);
}

/**
 * pl_start_view_set_settings:
 * @settings: (nullable): the application's settings
 *
 * Lists the recent sessions of @settings, and follows them.
 */
void
pl_start_view_set_settings (PlStartView *self,
                            GSettings   *settings)
{
  g_return_if_fail (PL_IS_START_VIEW (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (self->settings == settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, fill_recent, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL)
    g_signal_connect_swapped (settings, "changed::recent-files", G_CALLBACK (fill_recent), self);
  fill_recent (self);
}
