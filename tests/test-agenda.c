/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <pango/pango.h>

#include "pl-agenda.h"
#include "pl-check.h"
#include "pl-check-text.h"
#include "pl-render.h"
#include "pl-samples.h"
#include "pl-session-file.h"
#include "pl-test-support.h"

/* The numbers of the whole agenda, depth first: "1 2 2 (a) 2 (b) 3". */
static char *
numbers (PlSession *session)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (s, "%s%s", i ? "|" : "", pl_agenda_item_get_number (g_ptr_array_index (items, i)));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
titles (PlSession *session)
{
  g_autoptr(GPtrArray) items = pl_agenda_list_in_order (pl_session_get_agenda (session));
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (s, "%s%s", i ? "|" : "", pl_agenda_item_get_title (g_ptr_array_index (items, i)));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

#define assert_agenda(session, expected_numbers, expected_titles) \
  G_STMT_START { \
    g_autofree char *n_ = numbers (session); \
    g_autofree char *t_ = titles (session); \
    g_assert_cmpstr (n_, ==, expected_numbers); \
    g_assert_cmpstr (t_, ==, expected_titles); \
  } G_STMT_END

static void
test_sample_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlAgenda *agenda;

  g_assert_no_error (error);
  agenda = pl_session_get_agenda (session);

  assert_agenda (session,
                 "1|1 (a)|1 (b)|1 (c)|1 (d)|1 (e)|1 (f)|2|2 (a)|2 (b)|2 (c)|2 (d)|3|4|5|6|7|8|9",
                 "Organizational matters|Opening of the tenth session of the Conference|Election of officers|"
                 "Adoption of the agenda and organization of work|Participation|"
                 "Adoption of the report of the Bureau on credentials|General discussion|"
                 "Review of the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto|"
                 "United Nations Convention against Transnational Organized Crime|"
                 "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children|"
                 "Protocol against the Smuggling of Migrants by Land, Sea and Air|"
                 "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition|"
                 "Other serious crimes, as defined in the Convention, including new forms and dimensions of transnational organized crime|"
                 "International cooperation, with particular emphasis on extradition, mutual legal assistance and international cooperation for the purpose of confiscation, and the establishment and strengthening of central authorities|"
                 "Technical assistance|Financial and budgetary matters|"
                 "Provisional agenda for the eleventh session of the Conference|Other matters|"
                 "Adoption of the report of the Conference on its tenth session");
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "2 (d)")), ==,
                   "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition");
  g_assert_cmpuint (g_list_model_get_n_items (pl_agenda_get_children (agenda, NULL)), ==, 9);
}

static PlSession *
small_agenda (void)
{
  PlSession *session = pl_session_new ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *a = pl_agenda_add_item (agenda, NULL, NULL, "A");
  PlAgendaItem *b = pl_agenda_add_item (agenda, NULL, NULL, "B");

  pl_agenda_add_item (agenda, NULL, NULL, "C");
  pl_agenda_add_item (agenda, b, NULL, "B1");
  pl_agenda_add_item (agenda, b, NULL, "B2");
  (void) a;

  return session;
}

static void
test_insert (void)
{
  g_autoptr(PlSession) session = small_agenda ();
  PlAgenda *agenda = pl_session_get_agenda (session);

  assert_agenda (session, "1|2|2 (a)|2 (b)|3", "A|B|B1|B2|C");

  /* Insert after A: everything after it renumbers. */
  pl_agenda_add_item (agenda, NULL, pl_agenda_find_by_number (agenda, "1"), "A2");
  assert_agenda (session, "1|2|3|3 (a)|3 (b)|4", "A|A2|B|B1|B2|C");

  /* A sub-item between B1 and B2. */
  pl_agenda_add_item (agenda, pl_agenda_find_by_number (agenda, "3"),
                      pl_agenda_find_by_number (agenda, "3 (a)"), "B1b");
  assert_agenda (session, "1|2|3|3 (a)|3 (b)|3 (c)|4", "A|A2|B|B1|B1b|B2|C");
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* Issue 23: a batch of item changes (a page of a sync pull) rebuilds the
 * tree once, at the last release, and the tree is then what a rebuild
 * from scratch makes. */
static void
test_hold (void)
{
  g_autoptr(PlSession) session = small_agenda ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  GListModel *top = pl_agenda_get_children (agenda, NULL);
  PlAgendaItem *a = pl_agenda_find_by_number (agenda, "1");
  PlAgendaItem *b = pl_agenda_find_by_number (agenda, "2");
  PlAgendaItem *c = pl_agenda_find_by_number (agenda, "3");
  g_autofree char *held_numbers = NULL;
  g_autofree char *held_titles = NULL;
  guint top_changes = 0;

  g_signal_connect (top, "items-changed", G_CALLBACK (count_changes_cb), &top_changes);

  pl_agenda_hold (agenda);
  pl_agenda_hold (agenda);
  pl_agenda_item_set_parent (c, pl_record_get_id (PL_RECORD (b)));
  pl_agenda_item_set_parent (a, pl_record_get_id (PL_RECORD (b)));
  /* Held: the tree from before the batch. */
  assert_agenda (session, "1|2|2 (a)|2 (b)|3", "A|B|B1|B2|C");
  pl_agenda_release (agenda);
  assert_agenda (session, "1|2|2 (a)|2 (b)|3", "A|B|B1|B2|C");
  g_assert_cmpuint (top_changes, ==, 0);

  pl_agenda_release (agenda);
  g_assert_cmpuint (top_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (top), ==, 1);
  held_numbers = numbers (session);
  held_titles = titles (session);
  pl_agenda_rebuild (agenda);
  assert_agenda (session, held_numbers, held_titles);

  /* Released: each change rebuilds again. */
  pl_agenda_item_set_parent (a, NULL);
  g_assert_cmpuint (top_changes, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (top), ==, 2);
}

static void
test_move (void)
{
  g_autoptr(PlSession) session = small_agenda ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *c = pl_agenda_find_by_number (agenda, "3");
  PlAgendaItem *b2 = pl_agenda_find_by_number (agenda, "2 (b)");

  g_assert_true (pl_agenda_move_up (agenda, c));
  assert_agenda (session, "1|2|3|3 (a)|3 (b)", "A|C|B|B1|B2");
  g_assert_true (pl_agenda_move_up (agenda, c));
  assert_agenda (session, "1|2|3|3 (a)|3 (b)", "C|A|B|B1|B2");
  g_assert_false (pl_agenda_move_up (agenda, c));
  g_assert_true (pl_agenda_move_down (agenda, c));
  assert_agenda (session, "1|2|3|3 (a)|3 (b)", "A|C|B|B1|B2");

  g_assert_true (pl_agenda_move_up (agenda, b2));
  assert_agenda (session, "1|2|3|3 (a)|3 (b)", "A|C|B|B2|B1");

  /* Indent C under A, then out again. */
  g_assert_true (pl_agenda_indent (agenda, c));
  assert_agenda (session, "1|1 (a)|2|2 (a)|2 (b)", "A|C|B|B2|B1");
  g_assert_true (pl_agenda_outdent (agenda, c));
  assert_agenda (session, "1|2|3|3 (a)|3 (b)", "A|C|B|B2|B1");

  /* Never into its own subtree. */
  g_assert_false (pl_agenda_move_item (agenda, pl_agenda_find_by_number (agenda, "3"), b2, 0));
}

static void
test_delete (void)
{
  g_autoptr(PlSession) session = small_agenda ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlHistory *history = pl_session_get_history (session);

  pl_agenda_delete_item (agenda, pl_agenda_find_by_number (agenda, "2"));
  assert_agenda (session, "1|2", "A|C");
  g_assert_cmpuint (g_list_model_get_n_items (pl_session_get_records (session, PL_TYPE_AGENDA_ITEM)), ==, 2);

  /* One undo brings back the item and both sub-items, numbered. */
  g_assert_true (pl_history_undo (history));
  assert_agenda (session, "1|2|2 (a)|2 (b)|3", "A|B|B1|B2|C");
  g_assert_true (pl_history_redo (history));
  assert_agenda (session, "1|2", "A|C");
}

static void
test_equal_keys_respread (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *a = pl_agenda_add_item (agenda, NULL, NULL, "A");
  PlAgendaItem *b = pl_agenda_add_item (agenda, NULL, NULL, "B");

  /* Two replicas inserted at the same place offline: equal keys. The _id
   * orders them; inserting between them respreads the keys. */
  pl_agenda_item_set_position (b, pl_agenda_item_get_position (a));
  pl_agenda_add_item (agenda, NULL, pl_agenda_find_by_number (agenda, "1"), "Between");
  {
    g_autofree char *n = numbers (session);
    g_assert_cmpstr (n, ==, "1|2|3");
  }
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "2")), ==, "Between");
}

static void
test_letters_beyond_z (void)
{
  g_autoptr(PlSession) session = pl_session_new ();
  PlAgenda *agenda = pl_session_get_agenda (session);
  PlAgendaItem *top = pl_agenda_add_item (agenda, NULL, NULL, "Top");
  PlAgendaItem *last = NULL;

  for (guint i = 0; i < 28; i++)
    last = pl_agenda_add_item (agenda, top, NULL, "sub");
  g_assert_cmpstr (pl_agenda_item_get_number (last), ==, "1 (ab)");

  last = pl_agenda_add_item (agenda, last, NULL, "subsub");
  g_assert_cmpstr (pl_agenda_item_get_number (last), ==, "1 (ab) (i)");
}

/* Parents that loop (a bad merge, a hand-edited file): the items show at
 * the top, numbered, and the agenda can be walked. */
static void
test_parent_cycle (void)
{
  static const char text[] =
    "{\"format\":\"plenary-session\",\"version\":1,\"docs\":["
    "{\"_id\":\"item:a\",\"type\":\"item\",\"parent\":\"item:b\",\"position\":\"V\",\"title\":\"A\"},"
    "{\"_id\":\"item:b\",\"type\":\"item\",\"parent\":\"item:a\",\"position\":\"W\",\"title\":\"B\"},"
    "{\"_id\":\"item:c\",\"type\":\"item\",\"parent\":\"item:b\",\"position\":\"V\",\"title\":\"C\"},"
    "{\"_id\":\"item:d\",\"type\":\"item\",\"parent\":null,\"position\":\"X\",\"title\":\"D\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_file_load_bytes (bytes, "cycle.plenary", &error);

  g_assert_no_error (error);
  assert_agenda (session, "1|2|3|4", "A|C|B|D");
}

#define OTHER_MATTERS "item:904050ab-6a10-4273-911e-07a99a39432d"

/* An annotation's link names the item by _id: a move renumbers it. */
static void
test_item_link (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlAgenda *agenda;
  PlAgendaItem *item;

  g_assert_no_error (error);
  agenda = pl_session_get_agenda (session);

  g_assert_true (pl_agenda_is_item_link (OTHER_MATTERS));
  g_assert_false (pl_agenda_is_item_link ("item:"));
  g_assert_false (pl_agenda_is_item_link ("https://www.unodc.org/"));
  g_assert_null (pl_agenda_find_by_link (agenda, "https://www.unodc.org/"));
  g_assert_null (pl_agenda_find_by_link (agenda, "item:no-such-item"));
  /* A link to another kind of record is no item. */
  g_assert_null (pl_agenda_find_by_link (agenda, "session"));

  item = pl_agenda_find_by_link (agenda, OTHER_MATTERS);
  g_assert_nonnull (item);
  g_assert_cmpstr (pl_agenda_item_get_title (item), ==, "Other matters");
  g_assert_cmpstr (pl_agenda_item_get_number (item), ==, "8");

  g_assert_true (pl_agenda_move_down (agenda, item));
  g_assert_true (pl_agenda_find_by_link (agenda, OTHER_MATTERS) == item);
  g_assert_cmpstr (pl_agenda_item_get_number (item), ==, "9");

  /* The sample names items by link where the seed names them. */
  g_assert_nonnull (strstr (pl_agenda_item_get_annotation (item),
                            "under agenda item [8](" OTHER_MATTERS ") have"));
}

static GPtrArray *
number_findings (PlSession *session)
{
  g_autoptr(GListStore) findings = pl_check_session (session);
  GPtrArray *mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (findings)); i++)
    {
      g_autoptr(PlFinding) finding = g_list_model_get_item (G_LIST_MODEL (findings), i);

      if (g_str_equal (pl_finding_get_code (finding), "agenda.number-in-text"))
        g_ptr_array_add (mine, g_object_ref (finding));
    }
  return mine;
}

static void
test_number_in_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  g_autoptr(GPtrArray) findings = NULL;
  PlAgendaItem *item;
  PlFinding *finding;

  g_assert_no_error (error);

  /* The sample writes its references as links. */
  findings = number_findings (session);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  item = pl_agenda_find_by_number (pl_session_get_agenda (session), "9");
  pl_agenda_item_set_annotation (item,
                                 "As under agenda item 8, and under sub-item 2 (d). "
                                 "Not item 42, nor agenda item 3 of the ninth session, "
                                 "nor a [link to item 7](" OTHER_MATTERS "), nor agenda item [8](" OTHER_MATTERS ").");
  findings = number_findings (session);
  g_assert_cmpuint (findings->len, ==, 2);

  finding = g_ptr_array_index (findings, 0);
  g_assert_cmpint (pl_finding_get_severity (finding), ==, PL_SEVERITY_WARNING);
  g_assert_cmpstr (pl_finding_get_subject (finding), ==, pl_record_get_id (PL_RECORD (item)));
  g_assert_nonnull (strstr (pl_finding_get_message (finding), "“agenda item 8”"));
  /* The message gives the link to type. */
  g_assert_nonnull (strstr (pl_finding_get_message (finding), "“[8](" OTHER_MATTERS ")”"));
  g_assert_null (strstr (pl_finding_get_message (finding), "number-in-text"));

  finding = g_ptr_array_index (findings, 1);
  g_assert_nonnull (strstr (pl_finding_get_message (finding), "“sub-item 2 (d)”"));
}

/* The fix offered with agenda.number-in-text: the typed numbers become
 * links, the words and the links already there stay as typed, and the
 * check then finds nothing. */
static void
test_link_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlAgenda *agenda;
  PlAgendaItem *item, *firearms;
  g_autofree char *fixed = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_no_error (error);
  agenda = pl_session_get_agenda (session);
  item = pl_agenda_find_by_number (agenda, "9");
  firearms = pl_agenda_find_by_number (agenda, "2 (d)");

  g_assert_null (pl_check_text_link_numbers (agenda, pl_agenda_item_get_annotation (item)));
  g_assert_null (pl_check_text_link_numbers (agenda, NULL));

  fixed = pl_check_text_link_numbers (agenda,
                                      "As under agenda item 8, and under sub-item 2 (d) – “déjà vu”. "
                                      "Not item 42, nor agenda item 3 of the ninth session, "
                                      "nor a [link to item 7](" OTHER_MATTERS "), nor agenda item [8](" OTHER_MATTERS ").");
  expected = g_strdup_printf ("As under agenda item [8](" OTHER_MATTERS "), and under sub-item [2 (d)](%s) – “déjà vu”. "
                              "Not item 42, nor agenda item 3 of the ninth session, "
                              "nor a [link to item 7](" OTHER_MATTERS "), nor agenda item [8](" OTHER_MATTERS ").",
                              pl_record_get_id (PL_RECORD (firearms)));
  g_assert_cmpstr (fixed, ==, expected);

  pl_agenda_item_set_annotation (item, fixed);
  findings = number_findings (session);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* What the window shows of an annotation (pl_render_annotation_markup):
 * the documents' reading, a link as the item's current number, the rest
 * escaped for Pango. */
static void
test_link_printed (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_samples_load (&error);
  PlAgenda *agenda;
  g_autofree char *markup = NULL;
  const char *text = "*Inter alia* <b> & under agenda item [8](" OTHER_MATTERS ").\n\n1. One\n2. Two";

  g_assert_no_error (error);
  agenda = pl_session_get_agenda (session);

  markup = pl_render_annotation_markup (agenda, text);
  g_assert_cmpstr (markup, ==, "<i>Inter alia</i> &lt;b&gt; &amp; under agenda item 8.\n\n1. One\n\n2. Two");
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));

  g_assert_true (pl_agenda_move_up (agenda, pl_agenda_find_by_link (agenda, OTHER_MATTERS)));
  g_clear_pointer (&markup, g_free);
  markup = pl_render_annotation_markup (agenda, text);
  g_assert_nonnull (strstr (markup, "under agenda item 7."));

  g_clear_pointer (&markup, g_free);
  markup = pl_render_annotation_markup (agenda, NULL);
  g_assert_cmpstr (markup, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/sample-numbers", test_sample_numbers);
  g_test_add_func ("/agenda/insert", test_insert);
  g_test_add_func ("/agenda/hold", test_hold);
  g_test_add_func ("/agenda/move", test_move);
  g_test_add_func ("/agenda/delete", test_delete);
  g_test_add_func ("/agenda/equal-keys", test_equal_keys_respread);
  g_test_add_func ("/agenda/letters", test_letters_beyond_z);
  g_test_add_func ("/agenda/parent-cycle", test_parent_cycle);
  g_test_add_func ("/agenda/item-link", test_item_link);
  g_test_add_func ("/agenda/number-in-text", test_number_in_text);
  g_test_add_func ("/agenda/link-numbers", test_link_numbers);
  g_test_add_func ("/agenda/link-printed", test_link_printed);

  return g_test_run ();
}
