/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A new session from the short setup (issue 22, point 10): the fields
 * refused with their names, and what the previous session carries over. */
#include "config.h"

#include <string.h>

#include "pl-agenda.h"
#include "pl-agenda-item.h"
#include "pl-history.h"
#include "pl-session-setup.h"
#include "pl-test-support.h"

#define BODY "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"

static const PlSessionSetup eleventh = {
  .body = BODY,
  .session_number = 11,
  .start_date = "2022-10-17",
  .end_date = "2022-10-21",
  .venue = "Vienna",
  .timezone = "Europe/Vienna",
};

static void
test_ordinal_title (void)
{
  static const struct { int n; const char *title; } cases[] = {
    { 1, "First session" }, { 10, "Tenth session" }, { 11, "Eleventh session" }, { 20, "Twentieth session" },
    { 21, "Twenty-first session" }, { 42, "Forty-second session" }, { 120, "Session 120" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = pl_session_setup_ordinal_title (cases[i].n);

      g_assert_cmpstr (title, ==, cases[i].title);
    }
}

/* Each bad field is refused with its name and nothing is made. */
static void
test_refused (void)
{
  static const struct { PlSessionSetup setup; const char *mentions; } cases[] = {
    { { "  ", 11, "2022-10-17", "2022-10-21", NULL, NULL }, "Body" },
    { { BODY, 0, "2022-10-17", "2022-10-21", NULL, NULL }, "Session number" },
    { { BODY, 11, "17 October", "2022-10-21", NULL, NULL }, "First day" },
    { { BODY, 11, "2022-10-17", "2022-13-01", NULL, NULL }, "Last day" },
    { { BODY, 11, "2022-10-21", "2022-10-17", NULL, NULL }, "before the first day" },
    { { BODY, 11, "2022-10-17", "2022-10-21", NULL, "Mars/Olympus" }, "Time zone" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PlSession) session = pl_session_setup_new (&cases[i].setup, NULL, &error);

      g_assert_null (session);
      g_assert_error (error, PL_SESSION_SETUP_ERROR, PL_SESSION_SETUP_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].mentions));
    }
}

static void
test_without_previous (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = pl_session_setup_new (&eleventh, NULL, &error);
  PlSessionSettings *settings;

  g_assert_no_error (error);
  settings = pl_session_get_settings (session);
  g_assert_cmpstr (pl_session_settings_get_body (settings), ==, BODY);
  g_assert_cmpint (pl_session_settings_get_session_number (settings), ==, 11);
  g_assert_cmpstr (pl_session_settings_get_title (settings), ==, "Eleventh session");
  g_assert_cmpstr (pl_session_settings_get_start_date (settings), ==, "2022-10-17");
  g_assert_cmpstr (pl_session_settings_get_end_date (settings), ==, "2022-10-21");
  g_assert_cmpstr (pl_session_settings_get_venue (settings), ==, "Vienna");
  g_assert_cmpstr (pl_session_settings_get_timezone (settings), ==, "Europe/Vienna");
  g_assert_cmpuint (g_list_model_get_n_items (pl_agenda_get_children (pl_session_get_agenda (session), NULL)), ==, 0);
  /* A new session: nothing to undo. */
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));
}

/* From the sample (the tenth session): the settings carried over, and,
 * its item 7 having no list, the tenth session's agenda with its session
 * ordinals moved on. */
static void
test_from_previous (void)
{
  g_autoptr(PlSession) previous = pl_test_load_sample ();
  PlSessionSettings *old = pl_session_get_settings (previous);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  PlSessionSettings *settings;
  PlAgenda *agenda;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) old_items = pl_agenda_list_in_order (pl_session_get_agenda (previous));
  PlSessionSetup setup = eleventh;

  setup.timezone = NULL;
  session = pl_session_setup_new (&setup, previous, &error);
  g_assert_no_error (error);
  settings = pl_session_get_settings (session);
  agenda = pl_session_get_agenda (session);

  g_assert_true (json_node_equal (pl_session_settings_get_instruments (settings),
                                  pl_session_settings_get_instruments (old)));
  g_assert_true (json_node_equal (pl_session_settings_get_regional_groups (settings),
                                  pl_session_settings_get_regional_groups (old)));
  g_assert_true (json_node_equal (pl_session_settings_get_bureau (settings), pl_session_settings_get_bureau (old)));
  g_assert_cmpstr (pl_session_settings_get_timezone (settings), ==, pl_session_settings_get_timezone (old));
  g_assert_cmpstr (pl_session_settings_get_title (settings), ==, "Eleventh session");

  items = pl_agenda_list_in_order (agenda);
  g_assert_cmpuint (items->len, ==, old_items->len);
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "1 (a)")), ==,
                   "Opening of the eleventh session of the Conference");
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "7")), ==,
                   "Provisional agenda for the twelfth session of the Conference");
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "9")), ==,
                   "Adoption of the report of the Conference on its eleventh session");
  /* Titles only: the annotations are the new session's to write. */
  g_assert_cmpstr (pl_agenda_item_get_annotation (pl_agenda_find_by_number (agenda, "1 (a)")), ==, "");
  g_assert_false (pl_history_get_can_undo (pl_session_get_history (session)));
}

/* When the previous session's item for the next agenda lists the items
 * (as the adopted provisional agenda does), that list is the agenda. */
static void
test_listed_agenda (void)
{
  g_autoptr(PlSession) previous = pl_test_load_sample ();
  PlAgenda *old_agenda = pl_session_get_agenda (previous);
  PlAgendaItem *next = pl_agenda_find_by_number (old_agenda, "7");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlSession) session = NULL;
  PlAgenda *agenda;

  pl_agenda_item_set_annotation (next,
                                 "The Conference approved the following provisional agenda:\n\n"
                                 "1. Organizational matters:\n"
                                 "   (a) Opening of the session;\n"
                                 "   (b) Election of officers.\n"
                                 "2. Review of the implementation of the Convention.\n"
                                 "3. Adoption of the report.\n");
  session = pl_session_setup_new (&eleventh, previous, &error);
  g_assert_no_error (error);
  agenda = pl_session_get_agenda (session);

  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "1")), ==, "Organizational matters:");
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "1 (b)")), ==,
                   "Election of officers.");
  g_assert_cmpstr (pl_agenda_item_get_title (pl_agenda_find_by_number (agenda, "3")), ==, "Adoption of the report.");
  g_assert_null (pl_agenda_find_by_number (agenda, "4"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session-setup/ordinal-title", test_ordinal_title);
  g_test_add_func ("/session-setup/refused", test_refused);
  g_test_add_func ("/session-setup/without-previous", test_without_previous);
  g_test_add_func ("/session-setup/from-previous", test_from_previous);
  g_test_add_func ("/session-setup/listed-agenda", test_listed_agenda);

  return g_test_run ();
}
