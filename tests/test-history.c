/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pl-agenda.h"
#include "pl-codec.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/* Each kind of edit, undone back to the saved point, leaves the session
 * byte-identical to what was saved; redo brings the edit back. */

typedef void (*EditFunc) (PlSession *session);

static void
edit_field (PlSession *session)
{
  PlAgendaItem *item = pl_agenda_find_by_number (pl_session_get_agenda (session), "2 (d)");

  pl_agenda_item_set_title (item, "Firearms");
}

static void
edit_json_field (PlSession *session)
{
  g_autoptr(JsonNode) bureau = json_from_string ("{\"vice_presidents\":6}", NULL);

  pl_session_settings_set_bureau (pl_session_get_settings (session), bureau);
}

static void
edit_add (PlSession *session)
{
  PlAgenda *agenda = pl_session_get_agenda (session);

  pl_agenda_add_item (agenda, pl_agenda_find_by_number (agenda, "1"), NULL, "New sub-item");
}

static void
edit_delete (PlSession *session)
{
  PlAgenda *agenda = pl_session_get_agenda (session);

  pl_agenda_delete_item (agenda, pl_agenda_find_by_number (agenda, "2"));
}

static void
edit_move (PlSession *session)
{
  PlAgenda *agenda = pl_session_get_agenda (session);

  pl_agenda_move_up (agenda, pl_agenda_find_by_number (agenda, "9"));
  pl_agenda_indent (agenda, pl_agenda_find_by_number (agenda, "5"));
}

static void
edit_record (PlSession *session)
{
  g_autoptr(PlDeadline) deadline = pl_deadline_new (NULL);
  GListModel *documents = pl_session_get_records (session, PL_TYPE_DOCUMENT);
  g_autoptr(PlDocument) first = g_list_model_get_item (documents, 0);

  pl_deadline_set_title (deadline, "Submission of comments");
  pl_session_add_record (session, PL_RECORD (deadline));
  pl_session_remove_record (session, PL_RECORD (first));
}

static void
edit_group (PlSession *session)
{
  PlHistory *history = pl_session_get_history (session);

  pl_history_begin_group (history, "Several");
  edit_field (session);
  edit_add (session);
  edit_delete (session);
  pl_history_end_group (history);
}

static const struct {
  const char *name;
  EditFunc    edit;
  guint       steps;
} edits[] = {
  { "field", edit_field, 1 },
  { "json-field", edit_json_field, 1 },
  { "add", edit_add, 1 },
  { "delete", edit_delete, 1 },
  { "move", edit_move, 2 },
  { "add-remove-record", edit_record, 2 },
  { "group", edit_group, 1 },
};

static void
test_undo_to_saved (gconstpointer data)
{
  guint which = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlHistory *history = pl_session_get_history (session);
  g_autofree char *saved = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_no_error (error);
  pl_history_mark_saved (history);
  g_assert_false (pl_history_get_modified (history));
  saved = pl_session_file_serialize (session, NULL);

  edits[which].edit (session);
  g_assert_true (pl_history_get_modified (history));
  edited = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (edited, !=, saved);

  for (guint i = 0; i < edits[which].steps; i++)
    g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_false (pl_history_get_modified (history));
  undone = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (undone, ==, saved);

  for (guint i = 0; i < edits[which].steps; i++)
    g_assert_true (pl_history_redo (history));
  g_assert_true (pl_history_get_modified (history));
  redone = pl_session_file_serialize (session, NULL);
  g_assert_cmpstr (redone, ==, edited);
}

static void
test_saved_point (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  PlSessionSettings *settings = pl_session_get_settings (session);
  g_autoptr(PlNotifyCounter) counter = pl_notify_counter_new (G_OBJECT (history));

  g_assert_false (pl_history_get_modified (history));
  pl_session_settings_set_venue (settings, "Vienna");
  g_assert_true (pl_history_get_modified (history));
  g_assert_cmpuint (pl_notify_counter_get (counter, "modified"), ==, 1);
  g_assert_cmpuint (pl_notify_counter_get (counter, "can-undo"), ==, 1);

  pl_history_mark_saved (history);
  g_assert_false (pl_history_get_modified (history));
  pl_session_settings_set_venue (settings, "Geneva");
  g_assert_true (pl_history_get_modified (history));

  /* Undo back to the save: not modified; undo past it: modified again. */
  pl_history_undo (history);
  g_assert_false (pl_history_get_modified (history));
  pl_history_undo (history);
  g_assert_true (pl_history_get_modified (history));
  g_assert_null (pl_session_settings_get_venue (settings));

  /* A new edit now forks history: the saved point is gone for good. */
  pl_session_settings_set_venue (settings, "New York");
  g_assert_false (pl_history_get_can_redo (history));
  g_assert_true (pl_history_get_modified (history));
  pl_history_undo (history);
  g_assert_true (pl_history_get_modified (history));
}

static void
test_group_label_and_merge (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlHistory *history = pl_session_get_history (session);
  PlSessionSettings *settings = pl_session_get_settings (session);

  /* Typing in one field, one group: one step whose undo restores the
   * value from before the first keystroke. */
  pl_history_begin_group (history, "Typing");
  pl_session_settings_set_venue (settings, "V");
  pl_session_settings_set_venue (settings, "Vi");
  pl_session_settings_set_venue (settings, "Vienna");
  pl_history_end_group (history);

  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Typing");
  pl_history_undo (history);
  g_assert_null (pl_session_settings_get_venue (settings));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_cmpstr (pl_history_get_redo_label (history), ==, "Typing");
  pl_history_redo (history);
  g_assert_cmpstr (pl_session_settings_get_venue (settings), ==, "Vienna");

  /* An empty group leaves no step. */
  pl_history_begin_group (history, "Nothing");
  pl_history_end_group (history);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Typing");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *path = g_strdup_printf ("/history/undo-to-saved/%s", edits[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_undo_to_saved);
    }
  g_test_add_func ("/history/saved-point", test_saved_point);
  g_test_add_func ("/history/groups", test_group_label_and_merge);

  return g_test_run ();
}
