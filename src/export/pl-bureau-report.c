/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pl-export"

#include "config.h"

#include "pl-bureau-report.h"
#include "pl-check-bureau.h"
#include "pl-export-l10n.h"
#include "pl-report-common.h"

/*
 * The election of officers (rule 22): the slate as it stands, seat by
 * seat (office, regional group, State, representative, status), the
 * findings of the rule engine that are still open, and a draft of the
 * paragraph of the Conference's report on the election ("At its 1st
 * meeting, on 12 October 2020, the Conference elected the following
 * officers by acclamation: ..."). The seats are those of the session's
 * `bureau` settings (pl_bureau_list_seat_specs()), so another body's
 * Bureau prints as its settings define it.
 *
 * The findings' messages are the rule engine's, in the interface's
 * language; the rest of the document is in the document's language.
 */

#define T(msgid) pl_export_translate (language, msgid)
#define TC(ctx, msgid) pl_export_translate_ctx (language, ctx, msgid)

typedef struct
{
  const PlSeatSpec *spec;
  PlOfficer        *officer;   /* nullable */
  const char       *state;     /* nullable: the nominee's State */
  const char       *person;    /* nullable */
} Seat;

static const char *
office_label (const char *language,
              PlOffice    office,
              gboolean    plural)
{
  switch (office)
    {
    case PL_OFFICE_PRESIDENT:
      return TC ("office", PL_DOC_NC_("office", "President"));
    case PL_OFFICE_VICE_PRESIDENT:
      return plural ? TC ("office", PL_DOC_NC_("office", "Vice-Presidents"))
                    : TC ("office", PL_DOC_NC_("office", "Vice-President"));
    case PL_OFFICE_RAPPORTEUR:
    default:
      return TC ("office", PL_DOC_NC_("office", "Rapporteur"));
    }
}

static char *
seat_label (const char *language,
            const PlSeatSpec *spec)
{
  g_autofree char *number = NULL;

  if (spec->office != PL_OFFICE_VICE_PRESIDENT)
    return g_strdup (office_label (language, spec->office, FALSE));
  number = g_strdup_printf ("%u", spec->number);
  /* Translators: a Vice-President's seat: "Vice-President 3" */
  return pl_report_fill (TC ("seat", PL_DOC_NC_("seat", "{office} {number}")),
                         "office", office_label (language, spec->office, FALSE), "number", number, NULL);
}

static gboolean
seat_filled (const Seat *seat)
{
  PlOfficerStatus status;

  if (seat->officer == NULL || seat->state == NULL)
    return FALSE;
  status = pl_officer_get_status (seat->officer);
  return status == PL_OFFICER_STATUS_NOMINATED || status == PL_OFFICER_STATUS_ELECTED;
}

static char *
status_text (const char *language,
             const Seat *seat)
{
  const char *pattern;
  const char *date = NULL;
  g_autofree char *date_text = NULL;

  switch (seat->officer != NULL ? pl_officer_get_status (seat->officer) : PL_OFFICER_STATUS_VACANT)
    {
    case PL_OFFICER_STATUS_ELECTED:
      date = pl_officer_get_elected_on (seat->officer);
      pattern = pl_report_is_blank (date) ? TC ("officer", PL_DOC_NC_("officer", "Elected"))
                                          : TC ("officer", PL_DOC_NC_("officer", "Elected on {date}"));
      break;
    case PL_OFFICER_STATUS_NOMINATED:
      date = pl_officer_get_nominated_on (seat->officer);
      pattern = pl_report_is_blank (date) ? TC ("officer", PL_DOC_NC_("officer", "Nominated"))
                                          : TC ("officer", PL_DOC_NC_("officer", "Nominated on {date}"));
      break;
    case PL_OFFICER_STATUS_WITHDRAWN:
      date = pl_officer_get_withdrawn_on (seat->officer);
      pattern = pl_report_is_blank (date) ? TC ("officer", PL_DOC_NC_("officer", "Nomination withdrawn"))
                                          : TC ("officer", PL_DOC_NC_("officer", "Nomination withdrawn on {date}"));
      break;
    case PL_OFFICER_STATUS_VACANT:
    default:
      return g_strdup (TC ("officer", PL_DOC_NC_("officer", "Vacant")));
    }

  date_text = pl_report_is_blank (date) ? g_strdup ("") : pl_export_format_date (language, date);
  return pl_report_fill (pattern, "date", date_text, NULL);
}

/* "Ms. Ana López (Mexico)", or the State alone when no person is named. */
static char *
officer_text (const Seat *seat)
{
  if (pl_report_is_blank (seat->person))
    return g_strdup (seat->state);
  return g_strdup_printf ("%s (%s)", seat->person, seat->state);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  PlMeeting *x = *(PlMeeting **) a, *y = *(PlMeeting **) b;
  int cmp = g_strcmp0 (pl_meeting_get_date (x), pl_meeting_get_date (y));

  return cmp != 0 ? cmp : g_strcmp0 (pl_meeting_get_start (x), pl_meeting_get_start (y));
}

/* The plenary meetings in time order: the Conference numbers them from
 * the opening ("at its 1st meeting"). */
static GPtrArray *
plenary_meetings (PlSession *session)
{
  GListModel *meetings = pl_session_get_records (session, PL_TYPE_MEETING);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(PlMeeting) meeting = g_list_model_get_item (meetings, i);

      if (pl_meeting_get_body (meeting) == PL_MEETING_BODY_PLENARY)
        g_ptr_array_add (result, g_steal_pointer (&meeting));
    }
  g_ptr_array_sort (result, compare_meetings);
  return result;
}

/* "At its 1st meeting, on 12 October 2020, the Conference elected the
 * following officers by acclamation:" then one line per office. */
static void
add_election_paragraph (PlDocModel *model,
                        const char *language,
                        GPtrArray  *meetings,
                        const char *date,
                        GPtrArray  *seats)
{
  g_autofree char *date_text = pl_export_format_date (language, date);
  g_autofree char *sentence = NULL;
  guint number = 0;
  static const PlOffice offices[] = { PL_OFFICE_PRESIDENT, PL_OFFICE_VICE_PRESIDENT, PL_OFFICE_RAPPORTEUR };

  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (pl_meeting_get_date (g_ptr_array_index (meetings, i)), date) == 0)
      {
        number = i + 1;
        break;
      }

  if (number > 0)
    {
      g_autofree char *nth = pl_report_ordinal (language, number);

      sentence = pl_report_fill (T (PL_DOC_N_("At its {ordinal} meeting, on {date}, the Conference elected the "
                                              "following officers by acclamation:")),
                                 "ordinal", nth, "date", date_text, NULL);
    }
  else
    sentence = pl_report_fill (T (PL_DOC_N_("On {date}, the Conference elected the following officers by "
                                            "acclamation:")),
                               "date", date_text, NULL);
  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, sentence);

  for (guint o = 0; o < G_N_ELEMENTS (offices); o++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *joined = NULL;
      PlDocBlock *block;

      for (guint i = 0; i < seats->len; i++)
        {
          Seat *seat = g_ptr_array_index (seats, i);

          if (seat->spec->office == offices[o])
            g_ptr_array_add (names, officer_text (seat));
        }
      if (names->len == 0)
        continue;

      joined = pl_report_join (language, names);
      block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
      block->indent = 1;
      pl_doc_runs_add (block->runs, office_label (language, offices[o], names->len > 1), PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (block->runs, ": ", 0);
      pl_doc_runs_add (block->runs, joined, 0);
      pl_doc_runs_add (block->runs, o + 1 < G_N_ELEMENTS (offices) ? ";" : ".", 0);
    }
}

static void
add_draft (PlDocModel *model,
           PlSession  *session,
           const char *language,
           GArray     *seats)
{
  g_autoptr(GPtrArray) meetings = plenary_meetings (session);
  g_autoptr(GPtrArray) elected = g_ptr_array_new ();
  g_autoptr(GPtrArray) nominated = g_ptr_array_new ();
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();

  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Draft paragraph for the report of the Conference")));

  for (guint i = 0; i < seats->len; i++)
    {
      Seat *seat = &g_array_index (seats, Seat, i);

      if (!seat_filled (seat))
        continue;
      if (pl_officer_get_status (seat->officer) == PL_OFFICER_STATUS_ELECTED)
        {
          const char *date = pl_officer_get_elected_on (seat->officer);

          g_ptr_array_add (elected, seat);
          if (!g_ptr_array_find_with_equal_func (dates, pl_report_nonnull (date), g_str_equal, NULL))
            g_ptr_array_add (dates, (gpointer) pl_report_nonnull (date));
        }
      else
        g_ptr_array_add (nominated, seat);
    }

  if (elected->len > 0)
    {
      /* One paragraph per day of election, in date order. */
      g_ptr_array_sort (dates, (GCompareFunc) g_strcmp0);
      for (guint d = 0; d < dates->len; d++)
        {
          g_autoptr(GPtrArray) those = g_ptr_array_new ();

          for (guint i = 0; i < elected->len; i++)
            {
              Seat *seat = g_ptr_array_index (elected, i);

              if (g_str_equal (pl_report_nonnull (pl_officer_get_elected_on (seat->officer)),
                               g_ptr_array_index (dates, d)))
                g_ptr_array_add (those, seat);
            }
          add_election_paragraph (model, language, meetings, g_ptr_array_index (dates, d), those);
        }
      if (nominated->len > 0)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *joined = NULL;
          g_autofree char *sentence = NULL;

          for (guint i = 0; i < nominated->len; i++)
            {
              Seat *seat = g_ptr_array_index (nominated, i);
              g_autofree char *label = seat_label (language, seat->spec);
              g_autofree char *who = officer_text (seat);

              g_ptr_array_add (names, g_strdup_printf ("%s, %s", who, label));
            }
          joined = pl_report_join (language, names);
          sentence = pl_report_fill (T (PL_DOC_N_("Nominations not yet acted upon: {names}.")), "names", joined, NULL);
          pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, sentence);
        }
    }
  else if (nominated->len > 0)
    {
      /* Before the election the secretariat drafts the paragraph from the
       * nominations, for the opening meeting, where rule 22 places it. */
      PlDocBlock *note = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, NULL);
      const char *date = meetings->len > 0
                         ? pl_meeting_get_date (g_ptr_array_index (meetings, 0))
                         : pl_session_settings_get_start_date (pl_session_get_settings (session));

      pl_doc_runs_add (note->runs, T (PL_DOC_N_("No officer has been elected yet. Drafted from the nominations, "
                                                "for the opening meeting:")),
                       PL_DOC_RUN_ITALIC);
      add_election_paragraph (model, language, meetings, pl_report_nonnull (date), nominated);
    }
  else
    pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY,
                                T (PL_DOC_N_("No nomination has been received yet: there is nothing to draft.")));
}

static const char *
severity_label (const char *language,
                PlSeverity  severity)
{
  switch (severity)
    {
    case PL_SEVERITY_ERROR:
      return TC ("severity", PL_DOC_NC_("severity", "Error"));
    case PL_SEVERITY_WARNING:
      return TC ("severity", PL_DOC_NC_("severity", "Warning"));
    case PL_SEVERITY_INFO:
    default:
      return TC ("severity", PL_DOC_NC_("severity", "Note"));
    }
}

static void
add_findings (PlDocModel *model,
              PlSession  *session,
              const char *language,
              GArray     *seats)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_bureau_finding_free);
  guint n = 0;

  pl_bureau_evaluate (session, findings);
  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Open findings")));

  if (findings->len == 0)
    {
      pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY,
                                  T (PL_DOC_N_("The slate meets every requirement of rule 22.")));
      return;
    }

  /* Errors first, as plenary-cli check orders them. */
  for (int severity = PL_SEVERITY_ERROR; severity >= PL_SEVERITY_INFO; severity--)
    for (guint i = 0; i < findings->len; i++)
      {
        PlBureauFinding *bf = g_ptr_array_index (findings, i);
        PlDocBlock *block;
        g_autofree char *label = NULL;

        if ((int) pl_finding_get_severity (bf->finding) != severity)
          continue;

        label = g_strdup_printf ("%u.", ++n);
        block = pl_doc_model_add_paragraph (model, PL_DOC_STYLE_LIST, NULL);
        block->label = g_steal_pointer (&label);
        pl_doc_runs_add (block->runs, severity_label (language, severity), PL_DOC_RUN_BOLD);
        if (bf->seat != NULL)
          for (guint s = 0; s < seats->len; s++)
            {
              Seat *seat = &g_array_index (seats, Seat, s);

              if (g_str_equal (seat->spec->id, bf->seat))
                {
                  g_autofree char *seat_title = seat_label (language, seat->spec);

                  pl_doc_runs_add (block->runs, " (", PL_DOC_RUN_BOLD);
                  pl_doc_runs_add (block->runs, seat_title, PL_DOC_RUN_BOLD);
                  pl_doc_runs_add (block->runs, ")", PL_DOC_RUN_BOLD);
                  break;
                }
            }
        pl_doc_runs_add (block->runs, ": ", PL_DOC_RUN_BOLD);
        /* The message in words only: a finding's code is for the help
         * and scripts, not for the Bureau's readers (issue 22, point 6). */
        pl_doc_runs_add (block->runs, pl_finding_get_message (bf->finding), 0);
      }
}

/**
 * pl_bureau_report_build:
 * @language: (nullable): the document's language; English when NULL
 *
 * Returns: (transfer full): the slate of the Bureau and the draft
 *   paragraph on the election of officers
 */
PlDocModel *
pl_bureau_report_build (PlSession  *session,
                        const char *language)
{
  g_autoptr(PlDocModel) model = pl_doc_model_new ();
  PlSessionSettings *settings;
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GArray) seats = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *n_seats = NULL, *n_nominated = NULL, *n_elected = NULL;
  guint nominated = 0, elected = 0;
  PlDocTable *table;
  static const double widths[] = { 0.17, 0.22, 0.17, 0.22, 0.22 };

  g_return_val_if_fail (PL_IS_SESSION (session), NULL);

  language = pl_report_language (language);
  settings = pl_session_get_settings (session);
  specs = pl_bureau_list_seat_specs (settings);
  seats = g_array_sized_new (FALSE, TRUE, sizeof (Seat), specs->len);

  for (guint i = 0; i < specs->len; i++)
    {
      Seat seat = { g_ptr_array_index (specs, i), NULL, NULL, NULL };
      g_autofree char *id = g_strdup_printf ("officer:%s", seat.spec->id);
      PlRecord *record = pl_session_lookup (session, id);

      if (PL_IS_OFFICER (record))
        {
          seat.officer = PL_OFFICER (record);
          if (!pl_report_is_blank (pl_officer_get_delegation (seat.officer)))
            seat.state = pl_report_delegation_name (session, pl_officer_get_delegation (seat.officer));
          if (!pl_report_is_blank (pl_officer_get_person (seat.officer)))
            seat.person = pl_officer_get_person (seat.officer);
          if (seat_filled (&seat))
            {
              nominated++;
              if (pl_officer_get_status (seat.officer) == PL_OFFICER_STATUS_ELECTED)
                elected++;
            }
        }
      g_array_append_val (seats, seat);
    }

  pl_report_add_front (model, session, language, T (PL_DOC_N_("Election of officers")));

  n_seats = g_strdup_printf ("%u", specs->len);
  n_nominated = g_strdup_printf ("%u", nominated);
  n_elected = g_strdup_printf ("%u", elected);
  summary = pl_report_fill (T (PL_DOC_N_("Rule 22 provides for the election of the officers of the Conference. Of "
                                         "the {seats} seats of the Bureau, {nominated} have a nominee and "
                                         "{elected} have been filled by election.")),
                            "seats", n_seats, "nominated", n_nominated, "elected", n_elected, NULL);
  pl_doc_model_add_paragraph (model, PL_DOC_STYLE_BODY, summary);

  pl_doc_model_add_heading (model, 1, NULL, T (PL_DOC_N_("Composition of the Bureau")));
  table = pl_doc_model_add_table (model, G_N_ELEMENTS (widths), widths);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Office")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Regional group")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("State")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Representative")), PL_DOC_RUN_ITALIC);
  pl_doc_runs_add (pl_doc_table_add_header_cell (table), T (PL_DOC_N_("Status")), PL_DOC_RUN_ITALIC);

  for (guint i = 0; i < seats->len; i++)
    {
      Seat *seat = &g_array_index (seats, Seat, i);
      PlDocRow *row = pl_doc_table_add_row (table, FALSE);
      g_autofree char *label = seat_label (language, seat->spec);
      g_autofree char *status = status_text (language, seat);
      const char *group = seat->spec->regional_group != NULL
                          ? pl_bureau_group_name (settings, seat->spec->regional_group)
                          : TC ("regional group", PL_DOC_NC_("regional group", "Any group"));
      gboolean filled = seat_filled (seat);

      pl_doc_runs_add (pl_doc_row_add_cell (row), label, 0);
      pl_doc_runs_add (pl_doc_row_add_cell (row), pl_report_nonnull (group), 0);
      /* A withdrawn nomination keeps its State and person on the record;
       * the table shows them beside the withdrawal, not as the holder. */
      pl_doc_runs_add (pl_doc_row_add_cell (row), pl_report_nonnull (seat->state), filled ? 0 : PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_row_add_cell (row), pl_report_nonnull (seat->person), filled ? 0 : PL_DOC_RUN_ITALIC);
      pl_doc_runs_add (pl_doc_row_add_cell (row), status, 0);
    }

  add_findings (model, session, language, seats);
  add_draft (model, session, language, seats);

  return g_steal_pointer (&model);
}
