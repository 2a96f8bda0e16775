/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "pl-bureau.h"
#include "pl-draft-report.h"
#include "pl-page.h"
#include "pl-test-ui.h"
#include "pl-report-override.h"
#include "pl-report-overrides.h"
#include "pl-report-page.h"
#include "pl-report-paragraph-row.h"
#include "pl-test-support.h"

/* The Report page (issue 20, points 3 and 5) on the sample with a few
 * States: the draft by chapter, as pl_draft_report_paragraphs() makes it;
 * a paragraph edited in place is kept as the Rapporteur's override and
 * prints; when the facts beneath it change (an officer elected) the
 * override is kept, not lost, and flagged with the reason and the
 * generated text beside it; Keep My Text keeps it, Use Generated Text
 * drops it; a read-only page edits nothing. */

#define KEY "org:officers"

static void
add_state (PlSession  *session,
           const char *iso,
           const char *name)
{
  g_autofree char *id = g_strdup_printf ("delegation:%s", iso);
  /* The sample's when it registers the State (issue 22). */
  g_autoptr(PlDelegation) delegation = pl_test_delegation (session, id);

  pl_delegation_set_name (delegation, name);
  pl_delegation_set_iso3 (delegation, iso);
  pl_delegation_set_category (delegation, PL_DELEGATION_CATEGORY_STATE_PARTY);
  pl_delegation_set_regional_group (delegation, "african");
}

typedef PlTestPageFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->session = pl_test_load_sample ();
  add_state (fixture->session, "KEN", "Kenya");
  add_state (fixture->session, "SEN", "Senegal");
  pl_history_clear (pl_session_get_history (fixture->session));
  fixture->page = g_object_ref_sink (pl_report_page_new (fixture->session));
  fixture->window = pl_test_show_page (fixture->page);
}

static PlReportParagraphRow *
row (Fixture *fixture)
{
  PlReportParagraphRow *found = pl_report_page_get_row (PL_REPORT_PAGE (fixture->page), KEY);

  g_assert_nonnull (found);
  return found;
}

static GtkWidget *
row_child (Fixture    *fixture,
           const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (row (fixture)), PL_TYPE_REPORT_PARAGRAPH_ROW, name));
}

static const char *
shown_text (Fixture *fixture)
{
  return gtk_label_get_label (GTK_LABEL (row_child (fixture, "text_label")));
}

static gboolean
stale_shown (gpointer data)
{
  return gtk_widget_get_visible (row_child (data, "stale_box"));
}

static gboolean
stale_hidden (gpointer data)
{
  return !stale_shown (data);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (fixture->page, action, "s", KEY));
  pl_test_spin (50);
}

/* The page shows what the export prints: every paragraph, in order. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) paragraphs = pl_draft_report_paragraphs (fixture->session, "en");

  g_assert_cmpuint (paragraphs->len, >, 0);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      PlReportParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      PlReportParagraphRow *shown = pl_report_page_get_row (PL_REPORT_PAGE (fixture->page),
                                                            pl_report_paragraph_get_key (paragraph));

      g_assert_nonnull (shown);
      g_assert_cmpstr (pl_report_paragraph_get_text (pl_report_paragraph_row_get_paragraph (shown)), ==,
                       pl_report_paragraph_get_text (paragraph));
    }
}

/* Edited in place, then the facts change: kept and flagged, never lost. */
static void
test_override_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PlBureau) bureau = pl_bureau_new (fixture->session);
  PlReportOverride *override;
  g_autofree char *generated_before = g_strdup (pl_report_paragraph_get_generated (pl_report_paragraph_row_get_paragraph (row (fixture))));

  activate (fixture, "report.edit");
  g_assert_true (pl_report_paragraph_row_get_editing (row (fixture)));
  pl_report_paragraph_row_set_edited_text (row (fixture), "The Conference elected its officers by acclamation.");
  activate (fixture, "report.save");
  g_assert_false (pl_report_paragraph_row_get_editing (row (fixture)));
  override = pl_report_overrides_find (fixture->session, KEY);
  g_assert_nonnull (override);
  g_assert_cmpstr (pl_report_override_get_text (override), ==, "The Conference elected its officers by acclamation.");
  g_assert_cmpstr (pl_report_override_get_generated (override), ==, generated_before);
  g_assert_cmpstr (shown_text (fixture), ==, "The Conference elected its officers by acclamation.");
  g_assert_false (gtk_widget_get_visible (row_child (fixture, "stale_box")));
  g_assert_true (gtk_widget_get_visible (row_child (fixture, "edited_label")));

  /* A fact beneath the paragraph changes: the President is elected. */
  pl_bureau_nominate (bureau, "president", "delegation:KEN", "Amina Otieno", "2020-10-12");
  pl_bureau_elect (bureau, "president", "2020-10-12");
  pl_test_spin_until (stale_shown, fixture, 5000);
  g_assert_cmpstr (shown_text (fixture), ==, "The Conference elected its officers by acclamation.");
  g_assert_cmpstr (pl_report_override_get_text (pl_report_overrides_find (fixture->session, KEY)), ==,
                   "The Conference elected its officers by acclamation.");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row_child (fixture, "generated_label"))), !=, generated_before);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (row_child (fixture, "reason_label"))), !=, "");
  g_assert_cmpuint (pl_report_page_get_n_stale (PL_REPORT_PAGE (fixture->page)), ==, 1);

  /* Keep My Text: the text stays, no longer flagged. */
  activate (fixture, "report.keep");
  pl_test_spin_until (stale_hidden, fixture, 5000);
  g_assert_cmpstr (shown_text (fixture), ==, "The Conference elected its officers by acclamation.");
  g_assert_cmpuint (pl_report_page_get_n_stale (PL_REPORT_PAGE (fixture->page)), ==, 0);

  /* Use Generated Text: the override goes, the records speak again. */
  activate (fixture, "report.use-generated");
  g_assert_null (pl_report_overrides_find (fixture->session, KEY));
  g_assert_cmpstr (shown_text (fixture), ==,
                   pl_report_paragraph_get_generated (pl_report_paragraph_row_get_paragraph (row (fixture))));
  g_assert_false (gtk_widget_get_visible (row_child (fixture, "edited_label")));
}

/* A long paragraph opened for editing wraps in its field: the page does
 * not grow wider than the window (it did: 861 px for the opening's one
 * line, which folded the sidebar away). */
static void
test_edit_wraps (Fixture       *fixture,
                 gconstpointer  data)
{
  PlReportParagraphRow *opening = pl_report_page_get_row (PL_REPORT_PAGE (fixture->page), "org:opening");
  int min = 0;

  g_assert_nonnull (opening);
  g_assert_true (gtk_widget_activate_action (fixture->page, "report.edit", "s", "org:opening"));
  g_assert_true (pl_report_paragraph_row_get_editing (opening));
  pl_test_spin (100);
  gtk_widget_measure (fixture->page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <, 600);
  g_assert_true (gtk_widget_activate_action (fixture->page, "report.cancel-edit", "s", "org:opening"));
  g_assert_false (pl_report_paragraph_row_get_editing (opening));
}

typedef struct
{
  Fixture *fixture;
  char    *generated;
} Change;

static gboolean
officers_regenerated (gpointer data)
{
  Change *change = data;

  return g_strcmp0 (pl_report_paragraph_get_generated (pl_report_paragraph_row_get_paragraph (row (change->fixture))),
                    change->generated) != 0;
}

/* What the Rapporteur is typing stays, focus and all, when a fact
 * changes elsewhere and the page refreshes. */
static void
test_typing_kept (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PlBureau) bureau = pl_bureau_new (fixture->session);
  PlReportParagraphRow *opening = pl_report_page_get_row (PL_REPORT_PAGE (fixture->page), "org:opening");
  g_autofree char *typed = NULL;
  Change change = { fixture, g_strdup (pl_report_paragraph_get_generated (pl_report_paragraph_row_get_paragraph (row (fixture)))) };

  g_assert_true (gtk_widget_activate_action (fixture->page, "report.edit", "s", "org:opening"));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (opening), PL_TYPE_REPORT_PARAGRAPH_ROW,
                                                                                 "text_view"))));
  pl_report_paragraph_row_set_edited_text (opening, "The Conference met in Vienna.");
  pl_bureau_nominate (bureau, "president", "delegation:KEN", "Amina Otieno", "2020-10-12");
  pl_bureau_elect (bureau, "president", "2020-10-12");
  pl_test_spin_until (officers_regenerated, &change, 5000);
  g_assert_true (pl_report_page_get_row (PL_REPORT_PAGE (fixture->page), "org:opening") == opening);
  g_assert_true (pl_report_paragraph_row_get_editing (opening));
  typed = pl_report_paragraph_row_get_edited_text (opening);
  g_assert_cmpstr (typed, ==, "The Conference met in Vienna.");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (opening), PL_TYPE_REPORT_PARAGRAPH_ROW,
                                                                                 "text_view"))));
  g_free (change.generated);
}

/* Read-only: no paragraph can be edited. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  pl_page_set_read_only (PL_PAGE (fixture->page), TRUE);
  gtk_widget_activate_action (fixture->page, "report.edit", "s", KEY);
  pl_test_spin (50);
  g_assert_false (pl_report_paragraph_row_get_editing (row (fixture)));
  g_assert_false (gtk_widget_is_sensitive (row_child (fixture, "edit_button")));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/report-page/draft", Fixture, NULL, fixture_set_up, test_draft, pl_test_page_fixture_tear_down);
  g_test_add ("/report-page/override-kept", Fixture, NULL, fixture_set_up, test_override_kept, pl_test_page_fixture_tear_down);
  g_test_add ("/report-page/edit-wraps", Fixture, NULL, fixture_set_up, test_edit_wraps, pl_test_page_fixture_tear_down);
  g_test_add ("/report-page/typing-kept", Fixture, NULL, fixture_set_up, test_typing_kept, pl_test_page_fixture_tear_down);
  g_test_add ("/report-page/read-only", Fixture, NULL, fixture_set_up, test_read_only, pl_test_page_fixture_tear_down);

  return g_test_run ();
}
