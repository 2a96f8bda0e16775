/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda-item.h"
#include "pl-codec.h"
#include "pl-compat.h"
#include "pl-conflicts-dialog.h"
#include "pl-json-text.h"
#include "pl-translatable.h"

/**
 * PlConflictsDialog:
 *
 * The sync engine's conflict list (DESIGN.md, "Merge"): one row per
 * field changed on both sides, with the record, the field, this copy's
 * value and the server's, and Keep Mine / Keep Theirs. Until the user
 * chooses, the server's value is shown in the pages and the local one is
 * kept here: an edit is never dropped silently.
 */

struct _PlConflictsDialog
{
  AdwWindow       parent_instance;

  PlSyncEngine   *engine;
  gulong          conflicts_id;
  guint           rebuild_id;

  /* template children */
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (PlConflictsDialog, pl_conflicts_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_ENGINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *type;
  const char *label;
} type_labels[] = {
  { "session", N_("Session settings") },
  { "item", N_("Agenda item") },
  { "document", N_("Document") },
  { "meeting", N_("Meeting") },
  { "delegation", N_("Delegation") },
  { "credentials", N_("Credentials") },
  { "officer", N_("Officer") },
  { "speaker_list", N_("List of speakers") },
  { "speaker", N_("Speaker") },
  { "speaker_request", N_("Request to speak") },
  { "deadline", N_("Deadline") },
};

/* What the record is called, for a person: its kind, an agenda item's
 * number, and its title, name or symbol, from this copy or, for a
 * deleted record, from the conflict itself. */
static char *
record_label (PlConflictsDialog *self,
              JsonObject        *conflict)
{
  static const char *members[] = { "title", "name", "symbol", "person", NULL };
  const char *id = json_object_get_string_member (conflict, "_id");
  PlRecord *record = pl_session_lookup (pl_sync_engine_get_session (self->engine), id);
  g_autoptr(JsonObject) doc = NULL;
  const char *type = NULL, *kind = NULL, *name = NULL;
  g_autofree char *prefix = NULL;

  if (record != NULL)
    doc = pl_codec_record_to_json (record);
  else
    for (guint i = 0; i < 2 && doc == NULL; i++)
      {
        JsonNode *node = json_object_get_member (conflict, i == 0 ? "mine" : "theirs");

        if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
          doc = json_object_ref (json_node_get_object (node));
      }

  if (doc != NULL)
    type = pl_json_object_get_string (doc, "type", NULL);
  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (type_labels); i++)
    if (g_str_equal (type, type_labels[i].type))
      kind = _(type_labels[i].label);

  for (guint i = 0; doc != NULL && name == NULL && members[i] != NULL; i++)
    if (json_object_has_member (doc, members[i]) &&
        JSON_NODE_HOLDS_VALUE (json_object_get_member (doc, members[i])) &&
        json_node_get_value_type (json_object_get_member (doc, members[i])) == G_TYPE_STRING &&
        *json_object_get_string_member (doc, members[i]) != '\0')
      name = json_object_get_string_member (doc, members[i]);

  if (PL_IS_AGENDA_ITEM (record))
    /* Translators: “Agenda item 2 (a)” */
    prefix = g_strdup_printf ("%s %s", kind, pl_agenda_item_get_number (PL_AGENDA_ITEM (record)));
  else
    prefix = g_strdup (kind ? kind : id);

  if (name == NULL || PL_IS_SESSION_SETTINGS (record))
    return g_steal_pointer (&prefix);
  /* Translators: a kind of record and its title, “Agenda item 1: Organizational matters” */
  return g_strdup_printf (_("%s: %s"), prefix, name);
}

/* “venue” → “Venue”, “time_limit_s” → “Time limit s”: the JSON names are
 * English words already. */
static const char *
type_kind (const char *type)
{
  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (type_labels); i++)
    if (g_str_equal (type, type_labels[i].type))
      return _(type_labels[i].label);
  return type;
}

static char *
field_label (const char *field)
{
  g_autofree char *language = NULL;
  g_autofree char *translated = NULL;

  /* The engine's pseudo-field for a server record set aside (issue 16). */
  if (g_strcmp0 (field, "_type") == 0)
    return g_strdup (_("Another kind of record under the same identifier"));
  /* One language version of a field (issue 21): "i18n.fr.title". */
  if (pl_versions_split_path (field, &language, &translated))
    /* Translators: a language, then a field in words (“French version of the title”) */
    return g_strdup_printf (_("%s version of the %s"), pl_versions_language_name (language),
                            pl_translatables_field_label (translated));

  g_autofree char *words = g_strdelimit (g_strdup (field), "_", ' ');
  g_autofree char *first = g_utf8_strup (words, g_utf8_next_char (words) - words);

  return g_strconcat (first, g_utf8_next_char (words), NULL);
}

static char *
value_text (const char *field,
            JsonNode   *node,
            gboolean    mine)
{
  if (g_strcmp0 (field, "_deleted") == 0)
    {
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        return g_strdup (mine ? _("Edited here") : _("Edited on the server"));
      return g_strdup (mine ? _("Deleted here") : _("Deleted on the server"));
    }
  if (g_strcmp0 (field, "_type") == 0)
    {
      const char *type = NULL;

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        type = pl_json_object_get_string (json_node_get_object (node), "type", NULL);
      else if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        type = json_node_get_string (node);
      if (type == NULL)
        return g_strdup (mine ? _("None here") : _("None on the server"));
      /* Translators: a kind of record, “Request to speak on the server” */
      return g_strdup_printf (mine ? _("%s here") : _("%s on the server"), type_kind (type));
    }
  /* A language version: its text, without its source hash. */
  if (pl_versions_split_path (field, NULL, NULL) && node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    node = json_object_get_member (json_node_get_object (node), "text");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup (_("(empty)"));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);

      return g_strdup (*s ? s : _("(empty)"));
    }
  return json_to_string (node, FALSE);
}

static void
on_choice_clicked_cb (GtkButton         *button,
                      PlConflictsDialog *self)
{
  JsonObject *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  PlConflictChoice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));
  guint n = pl_sync_engine_get_n_conflicts (self->engine);

  /* Indexes move as conflicts are resolved: find this one again. */
  for (guint i = 0; i < n; i++)
    if (pl_sync_engine_get_conflict (self->engine, i) == conflict)
      {
        g_autoptr(GError) error = NULL;

        if (!pl_sync_engine_resolve_conflict (self->engine, i, choice, &error))
          pl_compat_show_message (GTK_WINDOW (self), _("Could Not Keep This Value"), error->message);
        return;
      }
}

static GtkWidget *
value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* One row of the Mine/Theirs grid: a dim caption right-aligned to its value. */
static void
attach_value_row (GtkGrid    *grid,
                  int         row,
                  const char *caption,
                  const char *value)
{
  GtkWidget *label = gtk_label_new (caption);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label (value), 1, row, 1, 1);
}

static GtkWidget *
choice_button (PlConflictsDialog *self,
               JsonObject        *conflict,
               PlConflictChoice   choice,
               const char        *what)
{
  const char *label = choice == PL_CONFLICT_KEEP_MINE ? _("Keep _Mine") : _("Keep _Theirs");
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  g_autofree char *name = NULL;

  /* Translators: %s names the record and field, “Keep Mine: Venue (session)” */
  name = g_strdup_printf (choice == PL_CONFLICT_KEEP_MINE ? _("Keep Mine: %s") : _("Keep Theirs: %s"), what);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "conflict", json_object_ref (conflict),
                          (GDestroyNotify) json_object_unref);
  g_object_set_data (G_OBJECT (button), "choice", GINT_TO_POINTER (choice));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choice_clicked_cb), self);
  return button;
}

static GtkWidget *
conflict_row (PlConflictsDialog *self,
              JsonObject        *conflict)
{
  const char *field = json_object_get_string_member (conflict, "field");
  g_autofree char *record = record_label (self, conflict);
  g_autofree char *mine = value_text (field, json_object_get_member (conflict, "mine"), TRUE);
  g_autofree char *theirs = value_text (field, json_object_get_member (conflict, "theirs"), FALSE);
  g_autofree char *what = NULL;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading, *field_widget;

  if (g_strcmp0 (field, "_deleted") == 0)
    what = g_strdup_printf (_("%s, deleted on one side and edited on the other"), record);
  else
    {
      g_autofree char *name = field_label (field);

      /* Translators: a record, then one of its fields (“Title”) */
      what = g_strdup_printf (_("%s, %s"), record, name);
    }

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  heading = gtk_label_new (record);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  if (g_strcmp0 (field, "_deleted") == 0)
    field_widget = gtk_label_new (_("Deleted on one side, edited on the other"));
  else
    {
      g_autofree char *text = field_label (field);

      field_widget = gtk_label_new (text);
    }
  gtk_label_set_xalign (GTK_LABEL (field_widget), 0);
  gtk_widget_add_css_class (field_widget, "dim-label");
  gtk_widget_add_css_class (field_widget, "caption");
  gtk_box_append (GTK_BOX (box), field_widget);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  attach_value_row (GTK_GRID (grid), 0, _("Mine"), mine);
  attach_value_row (GTK_GRID (grid), 1, _("Theirs"), theirs);
  gtk_box_append (GTK_BOX (box), grid);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), choice_button (self, conflict, PL_CONFLICT_KEEP_MINE, what));
  gtk_box_append (GTK_BOX (buttons), choice_button (self, conflict, PL_CONFLICT_KEEP_THEIRS, what));
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, what, -1);
  return row;
}

static void
rebuild (PlConflictsDialog *self)
{
  GtkWidget *child;
  guint n = self->engine ? pl_sync_engine_get_n_conflicts (self->engine) : 0;
  g_autofree char *subtitle = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->list, conflict_row (self, pl_sync_engine_get_conflict (self->engine, i)));

  if (n > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to resolve", "%u to resolve", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  pl_compat_stack_show_only (self->stack, n > 0 ? "list" : "empty");
}

static gboolean
on_rebuild_idle_cb (gpointer user_data)
{
  PlConflictsDialog *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Not from the signal: the clicked button would be destroyed in the
 * middle of its own "clicked" emission. */
static void
on_conflicts_changed_cb (PlConflictsDialog *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (on_rebuild_idle_cb, self);
}

static void
pl_conflicts_dialog_constructed (GObject *object)
{
  PlConflictsDialog *self = PL_CONFLICTS_DIALOG (object);

  G_OBJECT_CLASS (pl_conflicts_dialog_parent_class)->constructed (object);

  g_assert (self->engine != NULL);
  self->conflicts_id = g_signal_connect_swapped (self->engine, "notify::n-conflicts",
                                                 G_CALLBACK (on_conflicts_changed_cb), self);
  rebuild (self);
}

static void
pl_conflicts_dialog_dispose (GObject *object)
{
  PlConflictsDialog *self = PL_CONFLICTS_DIALOG (object);

  if (self->engine != NULL)
    g_clear_signal_handler (&self->conflicts_id, self->engine);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->engine);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_CONFLICTS_DIALOG);

  G_OBJECT_CLASS (pl_conflicts_dialog_parent_class)->dispose (object);
}

static void
pl_conflicts_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlConflictsDialog *self = PL_CONFLICTS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_conflicts_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PlConflictsDialog *self = PL_CONFLICTS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_conflicts_dialog_class_init (PlConflictsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pl_conflicts_dialog_constructed;
  object_class->dispose = pl_conflicts_dialog_dispose;
  object_class->get_property = pl_conflicts_dialog_get_property;
  object_class->set_property = pl_conflicts_dialog_set_property;

  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, PL_TYPE_SYNC_ENGINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-conflicts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlConflictsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PlConflictsDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PlConflictsDialog, list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_conflicts_dialog_init (PlConflictsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_conflicts_dialog_new (GtkWindow    *parent,
                         PlSyncEngine *engine)
{
  g_return_val_if_fail (PL_IS_SYNC_ENGINE (engine), NULL);

  return g_object_new (PL_TYPE_CONFLICTS_DIALOG,
                       "transient-for", parent,
                       "engine", engine,
                       NULL);
}

PlSyncEngine *
pl_conflicts_dialog_get_engine (PlConflictsDialog *self)
{
  g_return_val_if_fail (PL_IS_CONFLICTS_DIALOG (self), NULL);

  return self->engine;
}
