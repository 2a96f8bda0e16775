/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pl-bureau-page.h"
#include "pl-delegate-now-page.h"
#include "pl-delegate-participants-page.h"
#include "pl-delegate-speakers-page.h"
#include "pl-page.h"
#include "pl-participants-page.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-speak-request-dialog.h"
#include "pl-speakers-page.h"
#include "pl-test-support.h"
#include "pl-window.h"

/* Issue 18, points 2 and 3: a delegate's window shows a delegate's pages,
 * and offers no enabled action that changes the session (other than its
 * own request to speak, through a dialog this test closes). The test
 * walks every page of the delegate's sidebar and every action of every
 * widget in the window (the window's, each page's, each row's), with the
 * shortcuts of every shortcut controller, activates each one that is
 * enabled, and checks the session has not changed. */

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The sample with what a delegate's copy holds besides: delegations with
 * their members (an e-mail the secretariat keeps, which the delegate's
 * pages must not show), officers, speakers and a document's address. */
static const char extra_docs[] =
  "[{\"_id\": \"delegation:AUT\", \"type\": \"delegation\", \"name\": \"Austria\", \"iso3\": \"AUT\","
  "  \"category\": \"state_party\", \"regional_group\": \"weog\", \"present\": true,"
  "  \"members\": [{\"id\": \"m1\", \"name\": \"Ms. Anna Berger\", \"function\": \"head\", \"rank\": \"minister\","
  "                 \"email\": \"anna.berger@example.org\"},"
  "                {\"id\": \"m2\", \"name\": \"Mr. Karl Huber\", \"function\": \"adviser\", \"rank\": \"official\"}]},"
  " {\"_id\": \"delegation:KEN\", \"type\": \"delegation\", \"name\": \"Kenya\", \"iso3\": \"KEN\","
  "  \"category\": \"state_party\", \"regional_group\": \"african\", \"present\": true,"
  "  \"members\": [{\"id\": \"k1\", \"name\": \"Ms. Wanjiru Kamau\", \"function\": \"head\", \"rank\": \"ambassador\","
  "                 \"email\": \"w.kamau@example.org\"}]}]";

static PlSession *
load_delegate_sample (gboolean delegate)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) sample = pl_samples_load (&error);
  g_autofree char *dir = pl_test_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.plenary", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) extra = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *top;
  JsonArray *docs, *more;
  PlSession *session;
  char *text;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (pl_session_file_save (sample, path, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (extra, extra_docs, -1, &error));
  g_assert_no_error (error);

  top = json_node_get_object (json_parser_get_root (parser));
  docs = json_object_get_array_member (top, "docs");
  more = json_node_get_array (json_parser_get_root (extra));
  for (guint i = 0; i < json_array_get_length (more); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (more, i), "_id");

      /* The sample registers Austria and Kenya (issue 22): the copy's
       * record, with members, takes the place of the sample's. */
      for (guint k = json_array_get_length (docs); k-- > 0;)
        if (g_str_equal (json_object_get_string_member (json_array_get_object_element (docs, k), "_id"), id))
          json_array_remove_element (docs, k);
      json_array_add_element (docs, json_node_copy (json_array_get_element (more, i)));
    }
  /* A document the secretariat gives the address of, and an officer. */
  for (guint i = 0; i < json_array_get_length (docs); i++)
    {
      JsonObject *doc = json_array_get_object_element (docs, i);
      const char *type = json_object_get_string_member (doc, "type");
      const char *id = json_object_get_string_member (doc, "_id");

      if (g_str_equal (type, "document") && !json_object_has_member (top, "pl-test-url"))
        {
          json_object_set_string_member (doc, "url", "https://documents.example.org/CTOC/COP/2020/1");
          json_object_set_boolean_member (top, "pl-test-url", TRUE);
        }
      if (g_str_equal (id, "officer:president"))
        {
          json_object_set_string_member (doc, "status", "elected");
          json_object_set_string_member (doc, "delegation", "delegation:KEN");
          json_object_set_string_member (doc, "person", "Ms. Wanjiru Kamau");
        }
    }
  json_object_remove_member (top, "pl-test-url");
  if (delegate)
    {
      g_autoptr(JsonParser) sync = json_parser_new ();

      /* Port 9 (discard) refuses: the copy is offline, and its roles,
       * kept from before, make it a delegate's at once. */
      g_assert_true (json_parser_load_from_data (sync,
        "{\"server\": \"http://127.0.0.1:9/\", \"database\": \"cop10-delegates\", \"user\": \"aut\","
        " \"last_seq\": null, \"records\": {}, \"conflicts\": [],"
        " \"roles\": [\"delegate\", \"delegation:AUT\"]}", -1, &error));
      json_object_set_member (top, "sync", json_node_copy (json_parser_get_root (sync)));
    }

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (text, length);
  session = pl_session_file_load_bytes (bytes, "s.plenary", &error);
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);
  return session;
}

/* Whether @action_name is enabled where @widget is: a hidden button bound
 * to it becomes sensitive exactly when it is (GtkActionable), as GTK 4.8
 * has no getter for a widget action's state. */
static gboolean
action_enabled (GtkWidget          *widget,
                const char         *action_name,
                GVariant           *target)
{
  GtkWidget *probe = g_object_ref_sink (gtk_button_new ());
  gboolean enabled;

  gtk_widget_set_visible (probe, FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (probe), target);
  gtk_widget_set_parent (probe, widget);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_widget_unparent (probe);
  g_object_unref (probe);
  return enabled;
}

typedef struct
{
  PlWindow   *window;
  PlSession  *session;
  guint       n_changes;
  GHashTable *enabled;    /* action names seen enabled */
  GHashTable *toplevels;  /* the windows there before the walk */
  GPtrArray  *strings;    /* "s" parameters to try */
  guint       depth;      /* 1 while walking a dialog an action opened */
} Walk;

static void
on_changed_cb (PlSession    *session,
               PlRecord     *record,
               PlChangeKind  kind,
               const char   *field,
               Walk         *walk)
{
  g_test_message ("changed: %s %s", pl_record_get_id (record), field ? field : "");
  walk->n_changes++;
}

static void walk_tree (Walk      *walk,
                       GtkWidget *widget);

/* Dialogs and windows an action opened: their own actions are walked
 * too (not those of a dialog a dialog opened), then they are closed
 * unanswered. */
static void
close_new_toplevels (Walk *walk)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  spin (20);
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i - 1);

      if (g_hash_table_contains (walk->toplevels, w) || !gtk_widget_get_visible (GTK_WIDGET (w)))
        continue;
      if (walk->depth == 0 && !GTK_IS_SHORTCUTS_WINDOW (w) && PL_IS_WINDOW (w) == FALSE)
        {
          g_test_message ("walking %s", G_OBJECT_TYPE_NAME (w));
          g_hash_table_add (walk->toplevels, w);
          walk->depth++;
          walk_tree (walk, GTK_WIDGET (w));
          walk->depth--;
          g_hash_table_remove (walk->toplevels, w);
        }
      gtk_window_close (w);
      if (gtk_widget_get_visible (GTK_WIDGET (w)) && !GTK_IS_SHORTCUTS_WINDOW (w))
        gtk_window_destroy (w);
    }
  spin (20);
}

static void
assert_unchanged (Walk       *walk,
                  const char *after)
{
  if (walk->n_changes != 0)
    g_error ("%s changed the session", after);
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (walk->session)));
}

static void
activate (Walk       *walk,
          GtkWidget  *widget,
          const char *name,
          GVariant   *floating_target)
{
  g_autoptr(GVariant) target = floating_target ? g_variant_ref_sink (floating_target) : NULL;
  guint n_toplevels;
  g_autofree char *what = target ? g_strdup_printf ("%s(%s)", name, g_variant_print (target, FALSE)) : g_strdup (name);

  if (!action_enabled (widget, name, target))
    return;
  g_hash_table_add (walk->enabled, g_strdup (name));
  /* Presents GTK's shortcuts window, whose labels GTK 4.8 measures
   * negative when it closes at once (a warning), or starts a browser:
   * enabled is enough. The same for GTK's own print and file dialogs,
   * which change their widgets from asynchronous callbacks (the print
   * backends, the path bar's folder queries): opened and closed within a
   * few frames under load they warned of a GtkButton snapshotted
   * without an allocation, or of a surface gone, in GTK's own widgets.
   * They change no record. */
  if (g_str_equal (name, "win.show-shortcuts") || g_str_equal (name, "delegate-agenda.open-document")
      || g_str_equal (name, "win.print") || g_str_equal (name, "win.save") || g_str_equal (name, "win.save-as")
      || g_str_equal (name, "export.choose-file"))
    return;
  g_test_message ("activating %s", what);
  n_toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
  gtk_widget_activate_action_variant (widget, name, target);
  /* What the action set off, to the end (bounded: a ticking clock). */
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  if (g_list_model_get_n_items (gtk_window_get_toplevels ()) != n_toplevels)
    close_new_toplevels (walk);
  assert_unchanged (walk, what);
}

/* Actions whose activation would end the test, not edit: closing the
 * window under test. */
static gboolean
skipped (const char *name)
{
  return g_str_has_prefix (name, "window.") || g_str_has_prefix (name, "app.");
}

static void
walk_actions_of (Walk      *walk,
                 GtkWidget *widget)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  const char *name, *property;
  const GVariantType *parameter_type;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      /* Plenary's own actions, and GTK's that write into a field. */
      if (!g_str_has_prefix (g_type_name (owner), "Pl") &&
          !(GTK_IS_EDITABLE (widget) &&
            (g_str_equal (name, "clipboard.paste") || g_str_equal (name, "clipboard.cut") ||
             g_str_equal (name, "selection.delete"))))
        continue;
      if (skipped (name))
        continue;
      if (parameter_type == NULL)
        activate (walk, widget, name, NULL);
      else if (g_variant_type_equal (parameter_type, G_VARIANT_TYPE_STRING))
        for (guint j = 0; j < walk->strings->len; j++)
          activate (walk, widget, name, g_variant_new_string (walk->strings->pdata[j]));
      else if (g_variant_type_equal (parameter_type, G_VARIANT_TYPE_UINT32))
        for (guint j = 0; j < 10; j++)
          activate (walk, widget, name, g_variant_new_uint32 (j));
      else
        g_error ("%s takes a %s: teach the test", name, (const char *) parameter_type);
    }
}

/* Every shortcut of every shortcut controller (the class's key bindings
 * included) that names an action. */
static void
walk_shortcuts_of (Walk      *walk,
                   GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *name;

          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (skipped (name) || !g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Pl"))
            continue;
          activate (walk, widget, name, gtk_shortcut_get_arguments (shortcut));
        }
    }
}

static void
walk_tree (Walk      *walk,
           GtkWidget *widget)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);

  walk_actions_of (walk, widget);
  walk_shortcuts_of (walk, widget);
  /* An action may rebuild the tree: walk what was there. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (children, g_object_ref (child));
  for (guint i = 0; i < children->len; i++)
    if (gtk_widget_get_parent (children->pdata[i]) != NULL)
      walk_tree (walk, children->pdata[i]);
}

/* Each row of each selectable list in turn (the Speakers page's lists:
 * switching lists re-enabled its edits, issue 18), then the whole tree. */
static void
walk_page (Walk      *walk,
           GtkWidget *page)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkWidget *w = page;

  walk_tree (walk, GTK_WIDGET (walk->window));

  /* Depth-first search for list boxes that select. */
  while (w != NULL)
    {
      if (GTK_IS_LIST_BOX (w) && gtk_list_box_get_selection_mode (GTK_LIST_BOX (w)) != GTK_SELECTION_NONE &&
          gtk_widget_get_visible (w))
        g_ptr_array_add (lists, w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != page && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == page ? NULL : gtk_widget_get_next_sibling (w);
        }
    }

  for (guint i = 0; i < lists->len; i++)
    for (guint j = 0; j < 4; j++)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (lists->pdata[i], j);

        if (row == NULL)
          break;
        gtk_list_box_select_row (lists->pdata[i], row);
        spin (50);
        assert_unchanged (walk, "selecting a row");
        walk_tree (walk, page);
      }
}

static GPtrArray *
sidebar_names (PlWindow *window)
{
  GPtrArray *names = g_ptr_array_new ();
  GtkWidget *w = GTK_WIDGET (window);

  /* The sidebar's rows are the list box rows named after their page. */
  while (w != NULL)
    {
      if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_name (w) != NULL && GTK_IS_LIST_BOX (gtk_widget_get_parent (w)) &&
          g_strcmp0 (gtk_widget_get_name (gtk_widget_get_parent (w)), "sidebar") == 0)
        g_ptr_array_add (names, (gpointer) gtk_widget_get_name (w));
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != GTK_WIDGET (window) && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == GTK_WIDGET (window)) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return names;
}

static const char * const delegate_pages[] = { "now", "agenda", "proposals", "speakers", "officers", "participants", NULL };

/* What a delegate's window must still offer: the test fails if everything
 * is simply turned off. */
static const char * const expected_enabled[] = {
  "win.show-page", "win.show-page-at", "win.select-record", "win.export", "win.print", "win.save",
  "win.save-as", "win.show-shortcuts", "win.show-menu", "win.request-to-speak", "delegate-agenda.open-document",
  "delegate-proposals.cosponsor", "delegate-proposals.withdraw", NULL
};

static void
test_delegate_window_read_only (void)
{
  PlSession *session = load_delegate_sample (TRUE);
  g_autoptr(GPtrArray) names = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  Walk walk = { 0 };
  gulong changed_id;

  g_setenv ("PLENARY_PASSWORD", "aut-pw", TRUE);
  walk.window = pl_window_new (NULL);
  walk.session = session;
  g_object_ref (walk.window);
  pl_window_set_session (walk.window, session, NULL);
  gtk_window_present (GTK_WINDOW (walk.window));
  spin (300);
  g_assert_true (pl_window_get_read_only (walk.window));

  /* A delegate's sidebar, not the secretariat's. */
  names = sidebar_names (walk.window);
  g_assert_cmpuint (names->len, ==, g_strv_length ((char **) delegate_pages));
  for (guint i = 0; delegate_pages[i] != NULL; i++)
    g_assert_cmpstr (names->pdata[i], ==, delegate_pages[i]);
  g_assert_null (pl_window_get_page (walk.window, "documents"));
  g_assert_null (pl_window_get_page (walk.window, "credentials"));

  walk.enabled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  walk.toplevels = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      g_hash_table_add (walk.toplevels, w);
    }
  walk.strings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; delegate_pages[i] != NULL; i++)
    g_ptr_array_add (walk.strings, g_strdup (delegate_pages[i]));
  /* One record of each type, for the actions that take a record. */
  {
    guint n_types;
    const GType *types = pl_session_list_record_types (&n_types);

    for (guint i = 0; i < n_types; i++)
      {
        GListModel *records = pl_session_get_records (session, types[i]);
        g_autoptr(PlRecord) first = records && g_list_model_get_n_items (records) > 0
                                      ? g_list_model_get_item (records, 0) : NULL;

        if (first != NULL)
          g_ptr_array_add (walk.strings, g_strdup (pl_record_get_id (first)));
      }
  }
  changed_id = g_signal_connect (session, "changed", G_CALLBACK (on_changed_cb), &walk);

  for (guint i = 0; delegate_pages[i] != NULL; i++)
    {
      GtkWidget *page;

      pl_window_show_page (walk.window, delegate_pages[i]);
      spin (100);
      page = pl_window_get_page (walk.window, delegate_pages[i]);
      g_assert_nonnull (page);
      g_assert_true (pl_page_get_read_only (PL_PAGE (page)));
      g_test_message ("page %s", delegate_pages[i]);
      walk_page (&walk, page);
    }

  for (guint i = 0; expected_enabled[i] != NULL; i++)
    if (!g_hash_table_contains (walk.enabled, expected_enabled[i]))
      g_error ("%s is not enabled in a delegate's window", expected_enabled[i]);
  /* The edits are there, and off. */
  g_assert_false (g_hash_table_contains (walk.enabled, "win.undo"));
  g_assert_false (g_hash_table_contains (walk.enabled, "win.show-conflicts"));
  g_assert_false (g_hash_table_contains (walk.enabled, "speakers.add-speaker"));
  g_assert_false (g_hash_table_contains (walk.enabled, "speakers.delete-list"));

  g_signal_handler_disconnect (session, changed_id);
  close_new_toplevels (&walk);
  g_hash_table_unref (walk.enabled);
  g_hash_table_unref (walk.toplevels);
  g_ptr_array_unref (walk.strings);
  gtk_window_destroy (GTK_WINDOW (walk.window));
  spin (100);
  g_unsetenv ("PLENARY_PASSWORD");
  g_object_unref (walk.window);
  g_object_unref (session);
}

/* The secretariat's window keeps its edits: the guard is for a delegate. */
static void
test_secretariat_window_edits (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  PlWindow *window = pl_window_new (NULL);
  GtkWidget *speakers, *agenda, *participants;
  g_autoptr(GPtrArray) names = NULL;

  g_object_ref (window);
  pl_window_set_session (window, session, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  g_assert_false (pl_window_get_read_only (window));
  names = sidebar_names (window);
  g_assert_cmpstr (names->pdata[0], ==, "overview");
  g_assert_nonnull (pl_window_get_page (window, "documents"));

  speakers = pl_window_get_page (window, "speakers");
  agenda = pl_window_get_page (window, "agenda");
  participants = pl_window_get_page (window, "participants");
  pl_window_show_page (window, "speakers");
  spin (100);
  g_assert_true (action_enabled (speakers, "speakers.add-list", NULL));
  g_assert_true (action_enabled (speakers, "speakers.add-speaker", NULL));
  g_assert_true (action_enabled (agenda, "agenda.add-item", NULL));
  g_assert_true (action_enabled (participants, "participants.import", NULL));

  /* An edit: undo is there. */
  gtk_widget_activate_action (agenda, "agenda.add-item", NULL);
  spin (50);
  g_assert_true (action_enabled (speakers, "win.undo", NULL));

  /* Read-only and back: the edits come back as they were. */
  pl_window_set_read_only (window, TRUE);
  g_assert_false (action_enabled (speakers, "speakers.add-speaker", NULL));
  g_assert_false (action_enabled (speakers, "win.undo", NULL));
  g_assert_true (action_enabled (speakers, "win.export", NULL));
  pl_window_set_read_only (window, FALSE);
  g_assert_true (action_enabled (speakers, "speakers.add-speaker", NULL));
  g_assert_true (action_enabled (speakers, "speakers.add-list", NULL));
  g_assert_true (action_enabled (speakers, "win.undo", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_assert_finalize_object (window);
  g_assert_finalize_object (session);
}

/* A page that enables an edit of its own while read-only (the Speakers
 * page on switching lists, issue 18) finds it turned off again. */
static void
test_page_cannot_reenable (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_page_new (PL_TYPE_SPEAKERS_PAGE, session);
  guint n_before = g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_SPEAKER_LIST));

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  g_assert_false (action_enabled (page, "speakers.delete-list", NULL));

  /* The page's own code, as on a new selection. */
  gtk_widget_action_set_enabled (page, "speakers.delete-list", TRUE);
  g_assert_false (action_enabled (page, "speakers.delete-list", NULL));
  gtk_widget_activate_action (page, "speakers.delete-list", NULL);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_SPEAKER_LIST)), ==, n_before);

  pl_page_set_read_only (PL_PAGE (page), FALSE);
  g_assert_true (action_enabled (page, "speakers.delete-list", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (session);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Now: nothing under way is an empty state; the live mode's room_state
 * shows the delegation speaking and the time left, counting down each
 * second, and a new speaker shows at once (not after the pages' refresh
 * delay). */
static void
test_now_page (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_page_new (PL_TYPE_DELEGATE_NOW_PAGE, session);
  GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  g_autoptr(PlSpeakerList) list = g_list_model_get_item (lists, 0);
  g_autoptr(PlSpeaker) kenya = pl_speaker_new ("speaker:ken");
  g_autoptr(PlSpeaker) austria = pl_speaker_new ("speaker:aut");
  g_autoptr(PlRoomState) state = pl_room_state_new_for_body (PL_MEETING_BODY_PLENARY);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) started = g_date_time_add_seconds (now, -30);
  g_autofree char *started_at = g_date_time_format_iso8601 (started);
  GtkWidget *clock;
  g_autofree char *first = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_nonnull (find_label (page, "Nothing Under Way"));

  pl_speaker_set_list (kenya, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_set_delegation (kenya, "delegation:KEN");
  pl_speaker_set_person (kenya, "Ms. Wanjiru Kamau");
  pl_speaker_set_status (kenya, PL_SPEAKER_STATUS_SPEAKING);
  pl_session_add_record (session, PL_RECORD (kenya));
  pl_speaker_set_list (austria, pl_record_get_id (PL_RECORD (list)));
  pl_speaker_set_delegation (austria, "delegation:AUT");
  pl_speaker_set_person (austria, "Ms. Anna Berger");
  pl_session_add_record (session, PL_RECORD (austria));

  pl_room_state_set_list (state, pl_record_get_id (PL_RECORD (list)));
  pl_room_state_set_item (state, pl_speaker_list_get_item (list));
  pl_room_state_set_speaker (state, "speaker:ken");
  pl_room_state_set_started_at (state, started_at);
  pl_room_state_set_running (state, TRUE);
  pl_room_state_set_time_limit_s (state, 300);
  pl_session_add_record (session, PL_RECORD (state));

  /* At once, in the change's signal: not after the pages' refresh delay. */
  g_assert_nonnull (find_label (page, "Kenya"));
  g_assert_null (find_label (page, "Nothing Under Way"));
  g_assert_nonnull (find_label (page, "Ms. Wanjiru Kamau"));
  clock = find_label (page, "4:");
  g_assert_nonnull (clock);
  g_assert_true (g_str_has_suffix (gtk_label_get_label (GTK_LABEL (clock)), " left"));
  first = g_strdup (gtk_label_get_label (GTK_LABEL (clock)));

  /* Counting down: the label changes within two seconds. */
  {
    gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (g_str_equal (gtk_label_get_label (GTK_LABEL (clock)), first))
      {
        g_assert_cmpint (g_get_monotonic_time (), <, end);
        g_main_context_iteration (NULL, FALSE);
      }
  }

  /* The next speaker, from the live mode. */
  pl_room_state_set_speaker (state, "speaker:aut");
  g_assert_nonnull (find_label (page, "Austria"));
  g_assert_nonnull (find_label (page, "Ms. Anna Berger"));

  /* The live mode ends: nothing under way. */
  pl_session_remove_record (session, PL_RECORD (state));
  g_assert_nonnull (find_label (page, "Nothing Under Way"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (session);
}

static gboolean
any_label_contains (GtkWidget  *widget,
                    const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (any_label_contains (child, text))
      return TRUE;
  return FALSE;
}

/* Participants: each delegation's members with function and rank, and
 * none of the contact data the delegation record carries. */
static void
test_participants_page (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_page_new (PL_TYPE_DELEGATE_PARTICIPANTS_PAGE, session);

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_true (any_label_contains (page, "Austria"));
  g_assert_true (any_label_contains (page, "Ms. Anna Berger"));
  g_assert_true (any_label_contains (page, "Head of delegation · Minister"));
  g_assert_false (any_label_contains (page, "@"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (session);
}

static void
collect_entries (GtkWidget *widget,
                 GPtrArray *entries)
{
  if (GTK_IS_ENTRY (widget) || GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (entries, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_entries (child, entries);
}

/* A row a read-only page builds later, in a refresh (a past office holder
 * arriving from the server), is read-only too. */
static void
test_refresh_stays_read_only (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_page_new (PL_TYPE_BUREAU_PAGE, session);
  g_autoptr(PlOfficeHolder) holder = pl_office_holder_new ("office_holder:t1");
  g_autoptr(GPtrArray) before = g_ptr_array_new ();
  g_autoptr(GPtrArray) after = g_ptr_array_new ();
  gint64 end;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  pl_page_set_read_only (PL_PAGE (page), TRUE);
  collect_entries (page, before);

  pl_office_holder_set_session_number (holder, 9);
  pl_office_holder_set_office (holder, PL_OFFICE_PRESIDENT);
  pl_office_holder_set_person (holder, "Mr. Past President");
  pl_session_add_record (session, PL_RECORD (holder));

  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  do
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_ptr_array_set_size (after, 0);
      collect_entries (page, after);
    }
  while (after->len <= before->len);

  for (guint i = 0; i < after->len; i++)
    if (GTK_IS_ENTRY (after->pdata[i]))
      g_assert_false (gtk_editable_get_editable (after->pdata[i]));
    else
      g_assert_false (gtk_widget_is_sensitive (after->pdata[i]));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (session);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A read-only page still finds: its search field takes typing and its
 * search action stays, as the class declares it safe; its edits do not. */
static void
test_read_only_keeps_finding (void)
{
  PlSession *session = load_delegate_sample (FALSE);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = pl_page_new (PL_TYPE_PARTICIPANTS_PAGE, session);
  GtkWidget *search;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  pl_page_set_read_only (PL_PAGE (page), TRUE);

  search = find_type (page, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (search);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (search)));
  g_assert_true (action_enabled (page, "participants.search", NULL));
  g_assert_false (action_enabled (page, "participants.import", NULL));
  g_assert_false (action_enabled (page, "participants.add-state", NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (session);
}

/* The delegate's Speakers page is the delegate's own (My Requests), its
 * Request to Speak stays on in the read-only window, and the window's
 * Request to Speak (Shift+Ctrl+R from any page) defaults to the list the
 * page has selected. */
static void
test_speakers_page_requests (void)
{
  PlSession *session = load_delegate_sample (TRUE);
  PlWindow *window = pl_window_new (NULL);
  GListModel *lists = pl_session_get_records (session, PL_TYPE_SPEAKER_LIST);
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(PlSpeakerList) second = NULL;
  GtkWidget *page;
  GtkWidget *dialog = NULL;
  GtkWidget *combo;
  GtkStringObject *item;
  guint n_toplevels;

  g_assert_cmpuint (g_list_model_get_n_items (lists), >=, 2);
  second = g_list_model_get_item (lists, 1);
  g_setenv ("PLENARY_PASSWORD", "aut-pw", TRUE);
  g_object_ref (window);
  pl_window_set_session (window, session, NULL);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);

  page = pl_window_get_page (window, "speakers");
  g_assert_true (PL_IS_DELEGATE_SPEAKERS_PAGE (page));
  g_assert_true (pl_page_get_read_only (PL_PAGE (page)));
  pl_delegate_speakers_page_select_list (PL_DELEGATE_SPEAKERS_PAGE (page), second);
  spin (100);
  g_assert_true (action_enabled (page, "delegate-speakers.request", NULL));

  pl_window_show_page (window, "now");
  n_toplevels = g_list_model_get_n_items (toplevels);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.request-to-speak", NULL));
  spin (200);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_toplevels + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (PL_IS_SPEAK_REQUEST_DIALOG (w))
        dialog = GTK_WIDGET (w);
    }
  g_assert_nonnull (dialog);
  combo = find_type (dialog, ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (combo);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 1);
  item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (combo));
  g_assert_nonnull (strstr (gtk_string_object_get_string (item), pl_speaker_list_get_title (second)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (100);
  g_object_unref (window);
  g_object_unref (session);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/delegate-window/read-only", test_delegate_window_read_only);
  g_test_add_func ("/delegate-window/secretariat-edits", test_secretariat_window_edits);
  g_test_add_func ("/delegate-window/page-cannot-reenable", test_page_cannot_reenable);
  g_test_add_func ("/delegate-window/now-page", test_now_page);
  g_test_add_func ("/delegate-window/participants-page", test_participants_page);
  g_test_add_func ("/delegate-window/refresh-stays-read-only", test_refresh_stays_read_only);
  g_test_add_func ("/delegate-window/read-only-keeps-finding", test_read_only_keeps_finding);
  g_test_add_func ("/delegate-window/speakers-page-requests", test_speakers_page_requests);

  return g_test_run ();
}
