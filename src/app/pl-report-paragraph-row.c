/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-app"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-agenda-item.h"
#include "pl-credentials.h"
#include "pl-delegation.h"
#include "pl-document.h"
#include "pl-meeting-list-row.h"
#include "pl-meetings.h"
#include "pl-officer.h"
#include "pl-proposal.h"
#include "pl-report-override.h"
#include "pl-report-paragraph-row.h"
#include "pl-speaker-list.h"
#include "pl-speaker.h"
#include "pl-vote.h"

/**
 * PlReportParagraphRow:
 *
 * A paragraph of the draft report on the Report page (issue 20, points 3
 * and 5): its number and what prints, the records it rests on (each a
 * link to the record's page, win.select-record), and the Rapporteur's
 * override: edited in place, marked as the Rapporteur's, and, when the
 * facts beneath it changed since (#PlReportParagraph:stale), the reason
 * and the generated text as it now reads beside it, with Keep My Text and
 * Use Generated Text. The buttons are the page's actions
 * (report.edit, report.save, report.keep, report.use-generated) with the
 * paragraph's key as target, so that a read-only page turns them off.
 */
struct _PlReportParagraphRow
{
  GtkBox             parent_instance;

  PlReportParagraph *paragraph;
  gboolean           editing;

  GtkLabel          *number_label;
  GtkStack          *text_stack;
  GtkLabel          *text_label;
  GtkTextView       *text_view;
  GtkWidget         *cancel_button;
  GtkWidget         *save_button;
  GtkWidget         *edit_button;
  GtkWidget         *stale_box;
  GtkLabel          *reason_label;
  GtkLabel          *generated_label;
  GtkWidget         *use_generated_button;
  GtkWidget         *keep_button;
  GtkLabel          *edited_label;
  GtkWidget         *footer_box;
  GtkLabel          *sources_label;
  GtkMenuButton     *sources_button;
};

G_DEFINE_FINAL_TYPE (PlReportParagraphRow, pl_report_paragraph_row, GTK_TYPE_BOX)

/* A record the paragraph rests on, as its page names it. */
static char *
source_label (PlSession  *session,
              const char *id)
{
  PlRecord *record = pl_session_lookup (session, id);

  if (PL_IS_AGENDA_ITEM (record))
    /* Translators: a source of a report paragraph, "Item 2 (a)" */
    return g_strdup_printf (_("Item %s"), pl_agenda_item_get_number (PL_AGENDA_ITEM (record)));
  if (PL_IS_DOCUMENT (record) && pl_document_get_symbol (PL_DOCUMENT (record)) != NULL)
    return g_strdup (pl_document_get_symbol (PL_DOCUMENT (record)));
  if (PL_IS_PROPOSAL (record) && pl_proposal_get_symbol (PL_PROPOSAL (record)) != NULL)
    return g_strdup (pl_proposal_get_symbol (PL_PROPOSAL (record)));
  if (PL_IS_MEETING (record))
    {
      int number = pl_meetings_number (session, PL_MEETING (record));

      if (number > 0 && pl_meeting_get_body (PL_MEETING (record)) == PL_MEETING_BODY_COMMITTEE_OF_THE_WHOLE)
        {
          g_autofree char *nth = pl_meeting_list_row_number_text ((guint) number);

          /* Translators: a source of a report paragraph, "Committee of the Whole, 2nd meeting" */
          return g_strdup_printf (_("Committee of the Whole, %s"), nth);
        }
      if (number > 0)
        return pl_meeting_list_row_number_text ((guint) number);
      /* Translators: a source of a report paragraph: a meeting not held, by its date */
      return g_strdup_printf (_("Meeting of %s"), pl_meeting_get_date (PL_MEETING (record)));
    }
  if (PL_IS_DELEGATION (record))
    return g_strdup (pl_delegation_get_name (PL_DELEGATION (record)));
  if (PL_IS_SPEAKER (record))
    {
      PlRecord *delegation = pl_session_lookup (session, pl_speaker_get_delegation (PL_SPEAKER (record)) ?: "");

      /* Translators: a source of a report paragraph, "Statement by Kenya" */
      return g_strdup_printf (_("Statement by %s"), PL_IS_DELEGATION (delegation)
                              ? pl_delegation_get_name (PL_DELEGATION (delegation))
                              : pl_speaker_get_person (PL_SPEAKER (record)) ?: "");
    }
  if (PL_IS_SPEAKER_LIST (record))
    {
      PlRecord *item = pl_session_lookup (session, pl_speaker_list_get_item (PL_SPEAKER_LIST (record)) ?: "");

      if (PL_IS_AGENDA_ITEM (item))
        /* Translators: a source of a report paragraph, "List of speakers, item 2 (a)" */
        return g_strdup_printf (_("List of speakers, item %s"), pl_agenda_item_get_number (PL_AGENDA_ITEM (item)));
      return g_strdup (_("List of speakers"));
    }
  if (PL_IS_OFFICER (record))
    {
      const char *person = pl_officer_get_person (PL_OFFICER (record));

      return g_strdup (person != NULL && *person != '\0' ? person : _("Officer"));
    }
  if (PL_IS_CREDENTIALS (record))
    {
      PlRecord *delegation = pl_session_lookup (session, pl_credentials_get_delegation (PL_CREDENTIALS (record)) ?: "");

      /* Translators: a source of a report paragraph, "Credentials of Kenya" */
      return g_strdup_printf (_("Credentials of %s"), PL_IS_DELEGATION (delegation)
                              ? pl_delegation_get_name (PL_DELEGATION (delegation)) : "");
    }
  if (PL_IS_VOTE (record))
    {
      PlRecord *proposal = pl_session_lookup (session, pl_vote_get_proposal (PL_VOTE (record)) ?: "");

      /* Translators: a source of a report paragraph, "Vote on L.3" */
      return g_strdup_printf (_("Vote on %s"), PL_IS_PROPOSAL (proposal)
                              ? pl_proposal_get_symbol (PL_PROPOSAL (proposal)) : "");
    }
  if (PL_IS_SESSION_SETTINGS (record))
    return g_strdup (_("Session settings"));
  return g_strdup (id);
}

/* The records the paragraph rests on, said in words under it, and each
 * a way to its page (the window finds the page that shows it,
 * win.select-record). */
static void
update_sources (PlReportParagraphRow *self,
                PlSession            *session)
{
  const char * const *sources = pl_report_paragraph_get_sources (self->paragraph);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GString) words = g_string_new (NULL);
  g_autofree char *text = NULL;
  guint n = 0;

  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      g_autofree char *label = source_label (session, sources[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.select-record", "s", sources[i]);
      g_menu_append_item (menu, item);
      if (n++ > 0)
        /* Translators: between two sources of a report paragraph */
        g_string_append (words, _(", "));
      g_string_append (words, label);
    }
  /* Translators: the records a report paragraph rests on, "From: 1st meeting, Amina Otieno" */
  text = n > 0 ? g_strdup_printf (_("From: %s"), words->str) : NULL;
  gtk_label_set_label (self->sources_label, text ? text : "");
  gtk_menu_button_set_menu_model (self->sources_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->sources_button), n > 0);
}

/**
 * pl_report_paragraph_row_update:
 * @number: the paragraph's number in the report, from 1
 *
 * Shows @paragraph; what is being typed in the row stays.
 */
void
pl_report_paragraph_row_update (PlReportParagraphRow *self,
                                PlSession            *session,
                                PlReportParagraph    *paragraph,
                                guint                 number)
{
  const char *key = pl_report_paragraph_get_key (paragraph);
  PlReportOverride *override = pl_report_paragraph_get_override (paragraph);
  gboolean stale = pl_report_paragraph_get_stale (paragraph);
  g_autofree char *place = g_strdup_printf ("%u.", number);

  g_return_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self));

  g_set_object (&self->paragraph, paragraph);
  gtk_label_set_label (self->number_label, place);
  gtk_label_set_label (self->text_label, pl_report_paragraph_get_text (paragraph));
  gtk_widget_set_visible (self->stale_box, override != NULL && stale);
  if (override != NULL && stale)
    {
      const char *reason = pl_report_paragraph_get_stale_reason (paragraph);

      gtk_label_set_label (self->reason_label,
                           reason ? reason : _("The facts beneath this paragraph changed since you edited it"));
      gtk_label_set_label (self->generated_label, pl_report_paragraph_get_generated (paragraph));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->edited_label), override != NULL);
  gtk_label_set_label (self->edited_label, _("Rapporteur’s text"));

  for (GtkWidget *button = self->edit_button; button != NULL;
       button = button == self->edit_button ? self->save_button
              : button == self->save_button ? self->cancel_button
              : button == self->cancel_button ? self->keep_button
              : button == self->keep_button ? self->use_generated_button : NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", key);

  update_sources (self, session);
  /* Nothing to say under the paragraph: no room taken. */
  gtk_widget_set_visible (self->footer_box, override != NULL ||
                          gtk_widget_get_visible (GTK_WIDGET (self->sources_button)));
}

PlReportParagraph *
pl_report_paragraph_row_get_paragraph (PlReportParagraphRow *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self), NULL);

  return self->paragraph;
}

/**
 * pl_report_paragraph_row_begin_edit:
 *
 * Puts what prints in an editable field in place of the paragraph.
 */
void
pl_report_paragraph_row_begin_edit (PlReportParagraphRow *self)
{
  g_return_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self));

  if (!self->editing)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view),
                              pl_report_paragraph_get_text (self->paragraph), -1);
  self->editing = TRUE;
  gtk_stack_set_visible_child_name (self->text_stack, "edit");
  gtk_widget_set_visible (self->edit_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
pl_report_paragraph_row_end_edit (PlReportParagraphRow *self)
{
  g_return_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self));

  self->editing = FALSE;
  gtk_stack_set_visible_child_name (self->text_stack, "view");
  gtk_widget_set_visible (self->edit_button, TRUE);
}

gboolean
pl_report_paragraph_row_get_editing (PlReportParagraphRow *self)
{
  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self), FALSE);

  return self->editing;
}

char *
pl_report_paragraph_row_get_edited_text (PlReportParagraphRow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What a test types. */
void
pl_report_paragraph_row_set_edited_text (PlReportParagraphRow *self,
                                         const char           *text)
{
  g_return_if_fail (PL_IS_REPORT_PARAGRAPH_ROW (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
}

static void
pl_report_paragraph_row_dispose (GObject *object)
{
  PlReportParagraphRow *self = PL_REPORT_PARAGRAPH_ROW (object);

  g_clear_object (&self->paragraph);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_REPORT_PARAGRAPH_ROW);

  G_OBJECT_CLASS (pl_report_paragraph_row_parent_class)->dispose (object);
}

static void
pl_report_paragraph_row_class_init (PlReportParagraphRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_report_paragraph_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/plenary/Plenary/pl-report-paragraph-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, text_stack);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, save_button);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, stale_box);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, generated_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, use_generated_button);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, keep_button);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, edited_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, footer_box);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, sources_label);
  gtk_widget_class_bind_template_child (widget_class, PlReportParagraphRow, sources_button);
}

static void
pl_report_paragraph_row_init (PlReportParagraphRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_report_paragraph_row_new (void)
{
  return g_object_new (PL_TYPE_REPORT_PARAGRAPH_ROW, NULL);
}
