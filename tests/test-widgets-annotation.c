/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "pl-agenda.h"
#include "pl-annotation-editor.h"
#include "pl-item-editor.h"
#include "pl-test-support.h"

#include "test-widgets.h"

/* The item editor's annotation (issue 22, point 3): links to items shown
 * with the items' current numbers, Link to Item, and the fix of
 * agenda.number-in-text. */

#define OTHER_MATTERS "item:904050ab-6a10-4273-911e-07a99a39432d"

typedef struct
{
  PlSession *session;
  PlAgenda  *agenda;
  GtkWidget *window;
  GtkWidget *editor;
  GtkWidget *annotation;
} Fixture;

static void
fixture_open (Fixture    *f,
              const char *number)
{
  f->session = pl_test_load_sample ();
  f->agenda = pl_session_get_agenda (f->session);
  f->window = gtk_window_new ();
  f->editor = g_object_ref (pl_item_editor_new (f->session));
  pl_item_editor_set_item (PL_ITEM_EDITOR (f->editor), pl_agenda_find_by_number (f->agenda, number));
  gtk_window_set_child (GTK_WINDOW (f->window), f->editor);
  gtk_window_present (GTK_WINDOW (f->window));
  pl_test_spin (100);
  f->annotation = GTK_WIDGET (gtk_widget_get_template_child (f->editor, PL_TYPE_ITEM_EDITOR, "annotation_editor"));
  g_assert_true (PL_IS_ANNOTATION_EDITOR (f->annotation));
}

static void
fixture_close (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  pl_test_spin (300);
  g_assert_finalize_object (f->editor);
  g_assert_finalize_object (f->session);
}

static GtkWidget *
child (Fixture    *f,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (f->annotation, PL_TYPE_ANNOTATION_EDITOR, name));
}

static const char *
printed (Fixture *f)
{
  GtkWidget *preview = child (f, "preview");

  g_assert_true (gtk_widget_is_visible (preview));
  return gtk_label_get_text (GTK_LABEL (preview));
}

static char *
source (Fixture *f)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (f, "annotation_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The sample's item 8, Other matters, says "under agenda item
 * [8](item:…)" of itself: moving it up makes it 7, and the window then
 * reads "agenda item 7" (issue 22's report had it under item 9). */
void
test_annotation_link_follows_move (void)
{
  Fixture f = { 0 };
  PlAgendaItem *other_matters;
  g_autofree char *text = NULL;

  fixture_open (&f, "8");
  other_matters = pl_agenda_find_by_link (f.agenda, OTHER_MATTERS);
  g_assert_true (pl_item_editor_get_item (PL_ITEM_EDITOR (f.editor)) == other_matters);

  g_assert_nonnull (strstr (printed (&f), "under agenda item 8 have"));
  g_assert_null (strstr (printed (&f), "item:"));

  g_assert_true (pl_agenda_move_up (f.agenda, other_matters));
  g_assert_cmpstr (pl_agenda_item_get_number (other_matters), ==, "7");
  g_assert_nonnull (strstr (printed (&f), "under agenda item 7 have"));
  g_assert_null (strstr (printed (&f), "item 8"));

  /* The source keeps the link as typed; only the printed number moves. */
  text = source (&f);
  g_assert_nonnull (strstr (text, "[8](" OTHER_MATTERS ")"));

  /* Undo moves it back, and the number with it. */
  g_assert_true (pl_history_undo (pl_session_get_history (f.session)));
  g_assert_nonnull (strstr (printed (&f), "under agenda item 8 have"));

  fixture_close (&f);
}

/* Link to Item lists the items by current number and title, and inserts
 * the link at the cursor, as one undo step. */
void
test_annotation_link_to_item (void)
{
  Fixture f = { 0 };
  PlAgendaItem *item, *firearms;
  GtkMenuButton *button;
  GMenuModel *menu;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  g_autofree char *before = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) items = NULL;

  fixture_open (&f, "9");
  item = pl_agenda_find_by_number (f.agenda, "9");
  firearms = pl_agenda_find_by_number (f.agenda, "2 (d)");
  before = g_strdup (pl_agenda_item_get_annotation (item));
  g_assert_false (gtk_widget_is_visible (child (&f, "preview")));

  button = GTK_MENU_BUTTON (child (&f, "link_button"));
  gtk_menu_button_popup (button);
  pl_test_spin (50);
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  items = pl_agenda_list_in_order (f.agenda);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, (int) items->len);
  for (int i = 0; i < g_menu_model_get_n_items (menu) && label == NULL; i++)
    {
      g_autofree char *target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target);
      if (g_strcmp0 (target, pl_record_get_id (PL_RECORD (firearms))) == 0)
        g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
    }
  g_assert_nonnull (label);
  g_assert_true (g_str_has_prefix (label, "2 (d)  "));
  gtk_menu_button_popdown (button);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (child (&f, "annotation_view")));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_activate_action (f.annotation, "annotation.link-item", "s", pl_record_get_id (PL_RECORD (firearms)));

  expected = g_strdup_printf ("%s[2 (d)](%s)", before, pl_record_get_id (PL_RECORD (firearms)));
  g_assert_cmpstr (pl_agenda_item_get_annotation (item), ==, expected);
  text = source (&f);
  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_str_has_suffix (printed (&f), "2 (d)"));

  g_assert_true (pl_history_undo (pl_session_get_history (f.session)));
  g_assert_cmpstr (pl_agenda_item_get_annotation (item), ==, before);

  fixture_close (&f);
}

/* A number typed as text offers its fix: Link Numbers makes it a link. */
void
test_annotation_link_numbers (void)
{
  Fixture f = { 0 };
  PlAgendaItem *item;

  fixture_open (&f, "9");
  item = pl_agenda_find_by_number (f.agenda, "9");
  g_assert_false (gtk_widget_is_visible (child (&f, "typed_numbers_box")));

  pl_agenda_item_set_annotation (item, "As under agenda item 8.");
  g_assert_true (gtk_widget_is_visible (child (&f, "typed_numbers_box")));
  g_assert_true (gtk_widget_is_visible (child (&f, "link_numbers_button")));

  g_signal_emit_by_name (child (&f, "link_numbers_button"), "clicked");
  g_assert_cmpstr (pl_agenda_item_get_annotation (item), ==, "As under agenda item [8](" OTHER_MATTERS ").");
  g_assert_false (gtk_widget_is_visible (child (&f, "typed_numbers_box")));
  g_assert_cmpstr (printed (&f), ==, "As under agenda item 8.");

  fixture_close (&f);
}
